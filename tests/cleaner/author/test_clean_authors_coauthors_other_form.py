"""The co-authors of the one author the meta tags or JSON-LD give, where the byline writes that
author otherwise (issue 14: "the fast author path misses names the full search finds"): a middle
initial more or less ("Jane A. Doe" in JSON-LD, "By Jane Doe and John Smith" on the page, or the
other way), capitals ("JANE DOE"), German letters spelled out ("Hans Müller", "Von Hans Mueller und
Anna Schmidt"), the byline's names marked (rel=author) or not. The byline naming that person was
looked for by the name as the tags write it, and the marked names compared letter for letter: the
co-authors were lost."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, head: str, lang: str = "en", foot: str = "") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{foot}</article></body></html>")


def _ld(name: str) -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Council passes the budget", "author": {"@type": "Person", "name": name}}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


_REL = '<a rel="author" href="/author/{slug}">{name}</a>'


@pytest.mark.parametrize(("byline", "head", "lang", "names"), [
    ('<p class="byline">By Jane Doe and John Smith</p>', _ld("Jane A. Doe"), "en",
     ["Jane A. Doe", "John Smith"]),
    ('<p class="byline">By Jane A. Doe and John Smith</p>', _ld("Jane Doe"), "en",
     ["Jane Doe", "John Smith"]),
    ('<p class="byline">By Jane Doe and John Smith</p>', '<meta name="author" content="JANE DOE">', "en",
     ["Jane Doe", "John Smith"]),
    ('<p class="byline">Von Hans Mueller und Anna Schmidt</p>', _ld("Hans Müller"), "de",
     ["Hans Müller", "Anna Schmidt"]),
    (f'<p class="byline">By {_REL.format(slug="jane-doe", name="Jane Doe")} and '
     f'{_REL.format(slug="john-smith", name="John Smith")}</p>', _ld("Jane A. Doe"), "en",
     ["Jane A. Doe", "John Smith"]),
])
def test_the_co_authors_are_found(byline: str, head: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, head, lang)).authors == names


@pytest.mark.parametrize(("byline", "head", "foot", "names"), [
    # guards: another person of the same surname with another; the person alone; a byline of others
    ('<p class="byline">By Jane Doe</p>', _ld("Jane Doe"),
     '<p class="related">By Mark Doe and Ann Lee</p>', ["Jane Doe"]),
    ('<p class="byline">By Jane A. Doe</p>', _ld("Jane Doe"), "", ["Jane Doe"]),
    ('<p class="byline">By Jane Doe</p>', _ld("Jane Doe"),
     '<p class="caption">Doe and Smith at the hall</p>', ["Jane Doe"]),
])
def test_guards(byline: str, head: str, foot: str, names: list[str]) -> None:
    assert extract(_page(byline, head, foot=foot)).authors == names
