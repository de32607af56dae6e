"""cleaner.body.embeds: an embedded post's fallback markup (the platform's blockquote or div of its own
class) is left out of the body whole, its sentences too, while the article's text after it stays,
and a quotation set in a plain <blockquote> is the article's (issue 14)."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_PARAGRAPH

from cleaner.extract import extract

_BEFORE = "The mayor defended the plan at the evening session, pointing to the flooding of last spring."
_AFTER = "Council members will vote on the final version of the plan at their next meeting in June."
_POST = "We stand with the families of the northern district and will rebuild every home."

EMBEDS = {
    "x": f'<blockquote class="twitter-tweet" data-lang="de"><p lang="de" dir="ltr">{_POST}</p>'
         "&mdash; Jane Doe (@janedoe) <a href='https://twitter.com/janedoe/status/1'>4. Mai 2024</a>"
         "</blockquote><script async src='https://platform.twitter.com/widgets.js'></script>",
    "instagram": '<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.com/p/x/" '
                 f'data-instgrm-version="14"><div><a href="https://www.instagram.com/p/x/"><p>{_POST}</p>'
                 "<div>Ver esta publicación en Instagram</div></a></div></blockquote>",
    "tiktok": f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@x/video/1"><section><p>{_POST}</p>'
              "<a href='https://www.tiktok.com/music/x'>♬ son original - x</a></section></blockquote>",
    "bluesky": f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1">'
               f"<p lang='en'>{_POST}</p>&mdash; Jane Doe (<a href='https://bsky.app/profile/x'>@jane.bsky.social"
               "</a>) May 4, 2024 at 2:46 PM</blockquote>",
    "threads": f'<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@x/post/1">'
               f"<a href='https://threads.net/@x/post/1'><div>{_POST}</div><div>Afficher sur Threads</div>"
               "</a></blockquote>",
    "facebook": f'<div class="fb-post" data-href="https://www.facebook.com/x/posts/1"><blockquote '
                f'cite="https://www.facebook.com/x/posts/1" class="fb-xfbml-parse-ignore"><p>{_POST}</p>'
                "Posted by <a href='https://www.facebook.com/x'>Jane Doe</a> on Saturday, May 4, 2024"
                "</blockquote></div>",
}


def _page(embed: str) -> str:
    paragraphs = "".join(f"<p>{COUNCIL_PARAGRAPH}</p>" for _ in range(3))
    return (f"<html><head><title>Council backs flood plan</title></head><body><article>"
            f"<h1>Council backs flood plan</h1>{paragraphs}<p>{_BEFORE}</p>{embed}<p>{_AFTER}</p>"
            "</article></body></html>")


@pytest.mark.parametrize("platform", sorted(EMBEDS))
def test_an_embedded_post_is_left_out_whole(platform: str) -> None:
    text = extract(_page(EMBEDS[platform]), url="https://news.example/local/council-backs-flood-plan").text
    assert _BEFORE in text and _AFTER in text
    assert "rebuild every home" not in text


def test_a_quotation_in_a_plain_blockquote_stays() -> None:
    quote = f"<blockquote><p>{_POST}</p></blockquote>"
    text = extract(_page(quote), url="https://news.example/local/council-backs-flood-plan").text
    assert "rebuild every home" in text and _AFTER in text
