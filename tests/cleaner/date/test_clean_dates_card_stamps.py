"""Other articles' stated dates under or beside the article (issue 14: the date of a related story
chosen over the article's): a grid of cards, each a linked headline with its ``<time
itemprop="datePublished">``, or a list of headline links with one each, where the article itself
states no time and prints its own ("3. Mai 2024, 14:30 Uhr"). Such an element is another article's
wherever it stands (``stated.itemprop_times``, ``date_places.other_articles``); before, the first
card's date was taken. Guards: the article's own stated element; a lone card (kept as before)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

OWN = datetime(2024, 5, 3, 14, 30, tzinfo=timezone(timedelta(hours=2)))


def _card(n: int, tag: str = "div") -> str:
    return (f'<{tag} class="card"><h3><a href="/b/{n}">Other story number {n} about the city</a></h3>'
            f'<time itemprop="datePublished" datetime="2024-04-2{n}T10:00:00+02:00">2{n}.04.2024</time>'
            f'</{tag}>')


def _item(n: int) -> str:
    return (f'<li><a href="/b/{n}">Other story number {n} about the city</a> '
            f'<time class="published" datetime="2024-04-2{n}T10:00:00+02:00">2{n}.04.2024</time></li>')


def _page(meta: str, inside: str = "", after: str = "") -> str:
    return ("<html lang='de'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1>{meta}{BUDGET_BODY}{inside}</article>{after}</body></html>")


PRINTED = '<p class="meta">3. Mai 2024, 14:30 Uhr</p>'


@pytest.mark.parametrize(("inside", "after"), [
    ("", "<aside>" + _card(1) + _card(2) + "</aside>"),
    ("<section>" + _card(1) + _card(2) + _card(3) + "</section>", ""),
    ("", "<div class='more-from'>" + _card(1, "article") + _card(2, "article") + "</div>"),
    ("<div class='weiter'><ul>" + _item(1) + _item(2) + "</ul></div>", ""),
])
def test_the_article_s_printed_time_not_a_card_s(inside: str, after: str) -> None:
    published = extract(_page(PRINTED, inside, after), url="https://www.example.de/a/1").published_at
    assert published == OWN and published.utcoffset() == OWN.utcoffset()


def test_the_article_s_own_stated_element_stays() -> None:
    meta = ('<p class="meta"><time itemprop="datePublished" datetime="2024-05-03T14:30:00+02:00">'
            '3. Mai 2024, 14:30 Uhr</time></p>')
    published = extract(_page(meta, "<section>" + _card(1) + _card(2) + "</section>"),
                        url="https://www.example.de/a/1").published_at
    assert published == OWN


def test_a_stated_element_in_the_article_s_own_meta_list_stays() -> None:
    """Guard: a meta line set as a list (author link, date) is no list of other articles."""
    meta = ('<ul class="meta"><li><a href="/autor/anna">Anna Schmidt</a></li>'
            '<li><time itemprop="datePublished" datetime="2024-05-03T14:30:00+02:00">03.05.2024</time>'
            '</li></ul>')
    published = extract(_page(meta), url="https://www.example.de/a/1").published_at
    assert published == OWN
