"""Another story's teaser named like an article body (``<div class="post-content">`` in a sidebar
or a promo strip) before the story, long enough not to look like a teaser: the fast pass read it
instead of the story under the page's headline. The story under the ``<h1>`` is read
(cleaner.body.containers.headline_article, without ``<article>`` elements)."""

from __future__ import annotations

from helpers import report_line
from lxml import html as lxml_html

_story = report_line


def _teaser(n: int) -> str:
    return (f"Elsewhere {n}: the football club has signed a new coach after a season in which it lost most "
            "of its home games, and the fans hope the change will bring them back up the table.")


TEASER = "".join(f"<p>{_teaser(n)}</p>" for n in range(3))
STORY = "".join(f"<p>{_story(n)}</p>" for n in range(16))


def _page(body: str) -> str:
    return ("<html><head><title>Housing rules</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
            f"<li><a href='/news'>News</a></li></ul></nav><div class='page'>{body}</div>"
            "<footer><p>About us</p></footer></body></html>")


def test_a_teaser_named_like_a_body_before_the_headline_is_not_read_for_the_story() -> None:
    from cleaner.extract import extract

    for body in (f"<div class='sidebar'><div class='post-content'><h3><a href='/o'>Club news</a></h3>{TEASER}"
                 "</div></div><div class='story'><h1>Housing rules</h1>"
                 f"<div class='story-text'>{STORY}</div></div>",
                 f"<div class='promo'><article class='card'>{TEASER}</article></div>"
                 f"<div class='story'><h1>Housing rules</h1>{STORY}</div>"):
        assert extract(_page(body)).text.splitlines() == [_story(n) for n in range(16)], body[:30]


def test_text_after_the_headline_or_a_page_without_one_headline_changes_nothing() -> None:
    from cleaner.body.containers import headline_article

    after = lxml_html.fromstring(_page(f"<h1>Housing rules</h1><div class='text'>{STORY}</div>"
                                       f"<div class='post-content'>{TEASER}</div>"))
    assert headline_article(after.xpath("//div[@class='text']/p")[0]) is None
    two = lxml_html.fromstring(_page(f"<h1>Site</h1><div class='post-content'>{TEASER}</div>"
                                     f"<h1>Housing rules</h1><div>{STORY}</div>"))
    assert headline_article(two.xpath("//div[@class='post-content']/p")[0]) is None
    nothing_after = lxml_html.fromstring(_page(f"<div class='text'>{STORY}</div><h1>Housing rules</h1>"
                                               "<p>Short.</p>"))
    assert headline_article(nothing_after.xpath("//p")[0]) is None
