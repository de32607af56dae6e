"""A kicker the page prints in its <h1>'s own text, as its titles do (issue 14): "LIVE: Headline",
"VIDÉO. Headline", "EN DIRECT - ...", "SON DAKİKA | ...", "【速報】...", "... (VIDEO)" in both the
<h1> and the sharing and tab titles. The headline goes without it, as it does where the label is a
badge in its own element or only in the titles. Guards: a topic before a colon, a name that starts
like a label, and a headline that opens with a label's word as a verb stay whole."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaysidechronicle.example/science/2024/04/12/exoplanet-water"
SITE = "Quayside Chronicle"
HEADLINE = "Astronomers find water vapour on distant exoplanet"
PROSE = "".join(f"<p>The team observed the planet on night {n} of the campaign, the report said after "
                "months of work with the new telescope.</p>" for n in range(6))


def _title(printed: str) -> str | None:
    head = (f"<title>{printed} | {SITE}</title><meta property='og:title' content=\"{printed}\">"
            f"<meta property='og:site_name' content='{SITE}'>")
    body = f"<header><a class='logo' href='/'>{SITE}</a></header><main><article><h1>{printed}</h1>{PROSE}"
    page = lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</article></main></body></html>")
    return page_metadata(page, URL).title


@pytest.mark.parametrize(("printed", "expected"), [
    (f"LIVE: {HEADLINE}", HEADLINE),
    (f"BREAKING NEWS: {HEADLINE}", HEADLINE),
    (f"WATCH: {HEADLINE}", HEADLINE),
    (f"VIDÉO. {HEADLINE}", HEADLINE),
    (f"EN DIRECT - {HEADLINE}", HEADLINE),
    (f"+++ Eilmeldung +++ {HEADLINE}", HEADLINE),
    (f"ÚLTIMA HORA | {HEADLINE}", HEADLINE),
    ("SON DAKİKA | Gökbilimciler uzak gezegende su buharı buldu",
     "Gökbilimciler uzak gezegende su buharı buldu"),
    ("【速報】天文学者が遠い系外惑星で水蒸気を発見", "天文学者が遠い系外惑星で水蒸気を発見"),
    (f"{HEADLINE} (VIDEO)", HEADLINE),
])
def test_printed_label_goes(printed: str, expected: str) -> None:
    assert _title(printed) == expected


@pytest.mark.parametrize("printed", [
    "Brexit: what happens next for the harbour",
    "Live Nation cancels harbour concert series",
    "Watch the skies as comet returns to view",
    "Video games lift harbour town's economy",
])
def test_headline_that_only_starts_like_a_label_stays(printed: str) -> None:
    assert _title(printed) == printed
