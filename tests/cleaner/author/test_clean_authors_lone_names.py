"""A byline with no "by" and no marker (issue 14): a lone name in bold right under the headline, or
in its own short element beside the date, as regional papers, WordPress themes and Balkan, Eastern
European, Greek and Latin American CMSs print it. Read strictly: the whole of its block is two to
four capitalised words, before the text begins; not a link, a tag, a caption, a label, a dateline's
place, nor a person the headline names. Bylines built from the structures of such templates, not
copied from any page."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract

BODY = COUNCIL_BODY
OUTLET = "The Daily Example"


def _page(byline: str, headline: str = "Council passes the budget after a long night") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": "2024-04-12T10:00:00+02:00",
          "publisher": {"@type": "Organization", "name": OUTLET}}
    return (f'<html><head><title>{headline} | {OUTLET}</title>'
            f'<meta property="og:site_name" content="{OUTLET}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><nav><a href="/">Home</a></nav><article><header><h1>{headline}</h1>{byline}</header>'
            f'{BODY}</article></body></html>')


@pytest.mark.parametrize(("byline", "name"), [
    # in bold in its own paragraph right under the headline
    ("<p><strong>Jean-Pierre Dupont</strong></p>", "Jean-Pierre Dupont"),
    ("<p><b>Γιώργος Παπαδόπουλος</b></p>", "Γιώργος Παπαδόπουλος"),
    ("<p><strong>JOHN SMITH</strong></p>", "John Smith"),
    ('<div class="entry-meta"><p><strong><em>Maria do Carmo Silva</em></strong></p></div>',
     "Maria do Carmo Silva"),
    # in its own short element beside the date
    ('<div class="article-meta"><span>Ana Marić</span><span>12.04.2024. u 14:46</span></div>', "Ana Marić"),
    ('<div class="article-info"><time datetime="2024-04-12T14:46">12 апреля 2024, 14:46</time>'
     "<div>Анна Петрова</div></div>", "Анна Петрова"),
    ('<div class="fecha">12/04/2024</div><div>María José López</div>', "María José López"),
    ("<p><span>Anna Schmidt</span><br>12.04.2024, 14:46 Uhr</p>", "Anna Schmidt"),
    ('<div class="meta"><span>Katarzyna Nowak</span> | <time datetime="2024-04-12">12.04.2024</time></div>',
     "Katarzyna Nowak"),
])
def test_a_lone_name_under_the_headline_is_the_byline(byline: str, name: str) -> None:
    assert extract(_page(byline)).authors == [name]


@pytest.mark.parametrize(("byline", "headline"), [
    ("<p><strong>Breaking News</strong></p>", None),  # a label
    ("<p><strong>Key Points</strong></p>", None),  # a box's heading
    ('<div class="meta"><span>Share Facebook</span><time>12.04.2024</time></div>', None),
    # the story's subject
    ("<p><strong>Olaf Scholz</strong></p>", "Olaf Scholz visits Kyiv for talks on air defence"),
    ('<div class="meta"><a href="/thema/anna-schmidt">Anna Schmidt</a><time>12.04.2024</time></div>', None),
    ('<ul class="tags"><li>Climate Change</li></ul><time datetime="2024-04-12">12.04.2024</time>', None),
    ('<figure><img src="/a.jpg"><figcaption>Anna Schmidt</figcaption></figure><time>12.04.2024</time>', None),
    ("<p><strong>Neue Regeln</strong> für Mieter ab Mai</p>", None),  # bold words in a line, no date
    ('<div><span class="place"><strong>Port Louis</strong></span>, <span>12 April 2024</span></div>', None),
    ("<p><strong>Rio de Janeiro</strong></p>", None),  # a dateline's city
    ("<p><strong>Das Wichtigste in Kürze</strong></p>", None),  # a heading, lower-case words
    ('<div class="meta"><span>Anna Schmidt</span></div>', None),  # no bold, no date beside it
    # another story's teaser: its byline beside its linked title
    ('<ul><li><a href="/2024/04/11/mayor-opens-bridge">Mayor opens the new bridge over the river</a>'
     '<span>Jane Doe</span><time datetime="2024-04-11">11.04.2024</time></li></ul>', None),
])
def test_no_lone_name_from_labels_tags_captions_places_or_the_subject(byline: str,
                                                                      headline: str | None) -> None:
    page = _page(byline, headline) if headline else _page(byline)
    assert extract(page).authors == [OUTLET]


def test_a_bold_name_after_the_text_has_begun_is_no_byline() -> None:
    page = _page("").replace(f"</header>{BODY}", f"</header>{BODY[:600]}<p><strong>Anna Schmidt</strong></p>"
                                                 f"{BODY[600:]}")
    assert extract(page).authors == [OUTLET]
