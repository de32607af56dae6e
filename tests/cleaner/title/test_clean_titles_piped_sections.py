"""A section's name of three or four words between the headline and the site's name in a tab title,
set apart by a pipe ("Headline | Israel-Palestine conflict News | Site", "Headline | Latest News India -
Site", "Storm Floods Harbour | World News Desk | Site"), on a page with no other title to compare with
(issue 14): the section goes with the site's name where the headline before it holds as many words at
least. A dash before the segment is a Title Case headline's own ("Biden vs Trump - The Final Debate"),
and a short first segment is a kicker, not the headline."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/98765.html"
PROSE = prose(8)


def _title(tab: str, extra_head: str = "", url: str = URL) -> str | None:
    # The story's headline in no heading the page marks (a CMS's <div>s): the tab title is all there is.
    page = (f"<html><head><title>{tab}</title>{extra_head}</head><body><header><a href='/'>{SITE}</a>"
            f"</header><div class='content'>{PROSE}</div></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("headline", "section", "end"), [
    ("Storm Floods Harbour", "World News Desk", f" | {SITE}"),
    ("Israel strikes Gaza hospital again, killing dozens", "Israel-Palestine conflict News", f" | {SITE}"),
    ("Monsoon rains flood Mumbai suburbs as trains halt", "Latest News India", f" - {SITE}"),
    ("Notenbank senkt Leitzins überraschend", "Wirtschaft und Finanzen", f" | {SITE}"),
    ("Harbour board approves winter timetable", "Local News Desk", " | quaysidechronicle.example"),
])
def test_a_piped_section_before_the_site_goes_with_it(headline: str, section: str, end: str) -> None:
    assert _title(f"{headline} | {section}{end}") == headline
    site = f"<meta property='og:site_name' content='{SITE}'>"
    assert _title(f"{headline} | {section}{end}", extra_head=site) == headline


def test_a_dash_before_the_segment_keeps_a_title_case_headline_whole() -> None:
    headline = "Biden vs Trump - The Final Debate"
    assert _title(f"{headline} | {SITE}") == headline


def test_a_short_first_segment_is_no_headline_to_keep() -> None:
    # "Ceasefire Holds | Talks Resume In Cairo | Site": the longer segment is not cut as a section.
    assert "Talks Resume In Cairo" in (_title(f"Ceasefire Holds | Talks Resume In Cairo | {SITE}") or "")


def test_a_headline_in_the_h1_still_wins() -> None:
    headline = "Israel strikes Gaza hospital again, killing dozens"
    page = (f"<html><head><title>{headline} | Israel-Palestine conflict News | {SITE}</title></head><body>"
            f"<article><h1>{headline}</h1>{PROSE}</article></body></html>")
    assert page_metadata(lxml_html.fromstring(page), URL).title == headline


@pytest.mark.parametrize(("headline", "section"), [
    ("Meclis yeni bütçeyi kabul etti", "Son Dakika Haberleri"),
    ("El Gobierno aprueba el presupuesto del puerto", "Últimas Noticias Hoy"),
    ("Harbour board approves winter timetable", "Latest Local News"),
])
def test_a_section_that_names_the_news_goes_after_a_dash_too(headline: str, section: str) -> None:
    assert _title(f"{headline} - {section} - {SITE}") == headline


def test_a_page_number_after_the_headline_goes_with_the_site() -> None:
    # An Indonesian portal's paginated story: "Headline Halaman all - Site".
    headline = "Banjir Rendam Ribuan Rumah di Jakarta Timur"
    url = "https://news.quayside.com/read/1"
    assert _title(f"{headline} Halaman all - Quayside.com", url=url) == headline


def test_a_short_headline_after_a_topic_is_no_section() -> None:
    # "Topic | Headline | Site": a segment in lower case that does not name the news stays.
    assert "Kyiv hit overnight" in (_title(f"Russia-Ukraine war | Kyiv hit overnight | {SITE}") or "")
