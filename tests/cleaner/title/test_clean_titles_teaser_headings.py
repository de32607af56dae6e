"""A related or most-read list that prints this story's sharing title as a teaser's linked heading
("<div class='related'><h3><a href='/r/1'>Council approves harbour bridge loan</a></h3>", the title written
for search, "Council approves harbour bridge loan | Site") beside the headline the page prints ("<h1>Harbour
bridge wins council approval after two-year fight</h1>") (issue 14): the page's other headings were matched
against the titles before the <h1> over the text was taken, so the teaser's heading, the sharing title,
came out. Now the other headings (``PageTitles.shown``) leave a teaser's (``headings.teaser_heading``: in
an aside, navigation or footer, or a link to another page). Guards: a theme's post title linked to its own
page (under a logo <h1>) and an unlinked <h2> headline printing the title stay.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Harbour Times"
URL = "https://harbourtimes.example/news/2024/03/12/12345.html"
CASES = {  # lang: (printed headline, sharing title)
    "en": ("Harbour bridge wins council approval after long fight", "Council approves harbour bridge loan"),
    "ru": ("Мост через Обь получил одобрение после двух лет споров", "Депутаты одобрили кредит на мост"),
    "es": ("El puente del puerto recibe luz verde tras dos años", "El concejo aprueba el préstamo"),
}
LOGO = "<header><h1 class='logo'><a href='/'>Harbour Times</a></h1></header>"


def _heads(title: str) -> list[str]:
    named = f"<meta property='og:site_name' content='{SITE}'>"
    return [f"<title>{title} | {SITE}</title><meta property='og:title' content='{title}'>{named}",
            f"<title>{title} - {SITE}</title>{named}"]


def _title(lang: str, head: str, body: str) -> str | None:
    page = f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"
    return page_metadata(lxml_html.fromstring(page), URL).title


def _related(title: str) -> str:
    return (f"<div class='related'><h2>More</h2><h3><a href='/r/1'>{title}</a></h3>"
            "<h3><a href='/r/2'>Storm closes the ferry again</a></h3></div>")


@pytest.mark.parametrize("lang", CASES)
def test_a_teasers_heading_printing_the_sharing_title_is_not_the_headline(lang: str) -> None:
    headline, title = CASES[lang]
    for head in _heads(title):
        article = f"<main><article><h1>{headline}</h1>{prose(8)}{_related(title)}</article></main>"
        assert _title(lang, head, article) == headline
        # Under a logo <h1>, the headline a named block.
        named = f"{LOGO}<main><article><div class='story-headline'>{headline}</div>{prose(8)}" \
                f"{_related(title)}</article></main>"
        assert _title(lang, head, named) == headline


@pytest.mark.parametrize("lang", CASES)
def test_a_post_title_linked_to_its_own_page_stays(lang: str) -> None:
    title = CASES[lang][1]
    for head in _heads(title):
        linked = f"<h2 class='entry-title'><a href='{URL}'>{title}</a></h2>"
        body = f"{LOGO}<main><article>{linked}{prose(8)}</article></main>"
        assert _title(lang, head, body) == title
        body = f"{LOGO}<main><article><h2>{title}</h2>{prose(8)}</article></main>"
        assert _title(lang, head, body) == title
