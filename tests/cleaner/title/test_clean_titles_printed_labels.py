"""A label the page prints in its <h1>'s own text, as its titles do (issue 14): "LIVE: Headline",
"VIDÉO. Headline", "EN DIRECT - ...", "SON DAKİKA | ...", "【速報】...", "... (VIDEO)" in both the
<h1> and the sharing and tab titles. Every title the page states holds it, so it is the headline on
the page and stays (a label in an element of its own, a badge, or only in the titles is a kicker and
goes: tests/cleaner/title/test_clean_kickers.py). Its site name still goes from the tab title."""

from __future__ import annotations

import pytest
from helpers import PLANET_LINE, prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaysidechronicle.example/science/2024/04/12/exoplanet-water"
SITE = "Quayside Chronicle"
HEADLINE = "Astronomers find water vapour on distant exoplanet"
PROSE = prose(line=PLANET_LINE)


def _title(printed: str) -> str | None:
    head = (f"<title>{printed} | {SITE}</title><meta property='og:title' content=\"{printed}\">"
            f"<meta property='og:site_name' content='{SITE}'>")
    body = f"<header><a class='logo' href='/'>{SITE}</a></header><main><article><h1>{printed}</h1>{PROSE}"
    page = lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</article></main></body></html>")
    return page_metadata(page, URL).title


@pytest.mark.parametrize("printed", [
    f"LIVE: {HEADLINE}",
    f"BREAKING NEWS: {HEADLINE}",
    f"WATCH: {HEADLINE}",
    f"VIDÉO. {HEADLINE}",
    f"EN DIRECT - {HEADLINE}",
    f"+++ Eilmeldung +++ {HEADLINE}",
    f"ÚLTIMA HORA | {HEADLINE}",
    "SON DAKİKA | Gökbilimciler uzak gezegende su buharı buldu",
    "【速報】天文学者が遠い系外惑星で水蒸気を発見",
    f"{HEADLINE} (VIDEO)",
])
def test_a_label_every_title_prints_stays(printed: str) -> None:
    assert _title(printed) == printed


@pytest.mark.parametrize("printed", [
    "Brexit: what happens next for the harbour",
    "Live Nation cancels harbour concert series",
    "Watch the skies as comet returns to view",
    "Video games lift harbour town's economy",
])
def test_headline_that_only_starts_like_a_label_stays(printed: str) -> None:
    assert _title(printed) == printed
