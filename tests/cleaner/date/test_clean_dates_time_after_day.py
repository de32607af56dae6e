"""A date-only ``<time datetime="2024-05-03">`` with the time of day printed after it, outside the
element (issue 14): "<time>May 3, 2024</time> 14:30", "<time>03.05.2024</time> | 14:30 Uhr",
"<time>03/05/2024</time> lúc 14:30", in a span after a separator span, after a line break or an
icon, or after a wrapper that holds only the day. No stated field has the time: the printed one is
kept, read in the zone written with it, else the page's or the source's (``page_lines._clock_after``).
Before, the day's own line was the element's text alone: noon in the page's zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(line: str, lang: str, head: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


def _at(hour: int, minute: int, offset: float) -> datetime:
    return datetime(2024, 5, 3, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


def _time(text: str, attributes: str = "") -> str:
    return f'<time datetime="2024-05-03"{attributes}>{text}</time>'


@pytest.mark.parametrize(("line", "lang", "url", "zone", "expected"), [
    (_time("03.05.2024") + " | 14:30 Uhr", "de", "https://www.example.de/a/1", None, _at(14, 30, 2)),
    (_time("03.05.2024", ' class="published"') + ", 14:30 Uhr", "de", "https://www.example.de/a/1", None,
     _at(14, 30, 2)),
    (_time("03.05.2024", ' itemprop="datePublished"') + " um 14:30 Uhr", "de", "https://www.example.de/a/1",
     None, _at(14, 30, 2)),
    ("Publié le " + _time("3 mai 2024") + " à 14h30", "fr", "https://www.example.fr/a/1", None,
     _at(14, 30, 2)),
    (_time("03/05/2024") + " lúc 14:30", "vi", "https://www.example.vn/a/1", None, _at(14, 30, 7)),
    (_time("03/05/2024") + " - 14:30 (GMT+7)", "vi", "https://www.example.com/a/1", None, _at(14, 30, 7)),
    (_time("03/05/2024") + " 14h30", "pt-BR", "https://www.example.com.br/a/1", None, _at(14, 30, -3)),
    (_time("Jumat, 03 Mei 2024") + " 14:30 WITA", "id", "https://www.example.co.id/a/1", None,
     _at(14, 30, 8)),
    (_time("May 3, 2024") + " 2:30 p.m. EDT", "en", "https://www.example.com/a/1", None, _at(14, 30, -4)),
    (_time("May 3, 2024") + " at 2:30 pm", "en", "https://www.example.com/a/1", "America/New_York",
     _at(14, 30, -4)),
    (_time("3.5.2024") + " 14.30", "fi", "https://www.example.fi/a/1", None, _at(14, 30, 3)),
    (_time("May 3, 2024") + " <span class='sep'>|</span> <span class='time'>14:30</span>", "de",
     "https://www.example.de/a/1", None, _at(14, 30, 2)),
    # After a line break or an icon, and out of a wrapper that holds only the day.
    (_time("03.05.2024") + "<br>14:30 Uhr", "de", "https://www.example.de/a/1", None, _at(14, 30, 2)),
    (_time("03.05.2024") + " <i class='icon-clock'></i> 14:30", "de", "https://www.example.de/a/1", None,
     _at(14, 30, 2)),
    ("<span class='date'>" + _time("03.05.2024") + "</span> | <span class='time'>14:30 Uhr</span>", "de",
     "https://www.example.de/a/1", None, _at(14, 30, 2)),
    ("<span class='date'>" + _time("3 mai 2024") + "</span><span class='time'>14h30</span>", "fr",
     "https://www.example.fr/a/1", None, _at(14, 30, 2)),
])
def test_the_time_printed_after_the_day_is_kept(line: str, lang: str, url: str, zone: str | None,
                                               expected: datetime) -> None:
    published = extract(_page(line, lang), url=url, timezone=zone).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    # Guards: no time after the day (a reading time; a byline), noon in the page's zone as before.
    (_time("03.05.2024") + " | Lesezeit 4 min", "de", "https://www.example.de/a/1", _at(12, 0, 2)),
    (_time("03.05.2024") + " von Anna Schmidt", "de", "https://www.example.de/a/1", _at(12, 0, 2)),
    (_time("03.05.2024") + "<br>Aktualisiert 16:00 Uhr", "de", "https://www.example.de/a/1", _at(12, 0, 2)),
    ("<span class='date'>" + _time("03.05.2024") + "</span> <span class='author'>Anna Schmidt</span>", "de",
     "https://www.example.de/a/1", _at(12, 0, 2)),
    # No zone known (an en page at a .com host, no registry zone): the day at noon UTC, never 14:30 UTC.
    (_time("May 3, 2024") + " 14:30", "en", "https://www.example.com/a/1", _at(12, 0, 0)),
    # A time inside the element already counted.
    (_time("03.05.2024 | 14:30 Uhr"), "de", "https://www.example.de/a/1", _at(14, 30, 2)),
])
def test_without_a_printed_time_or_zone_the_day_stays(line: str, lang: str, url: str,
                                                      expected: datetime) -> None:
    published = extract(_page(line, lang), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


def test_a_stated_time_is_not_replaced() -> None:
    """A stated aware time keeps its instant where the page prints another time after the day."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes on budget",'
          ' "datePublished": "2024-05-03T12:30:00Z"}</script>')
    published = extract(_page(_time("03.05.2024") + " | 16:30 Uhr", "de", ld),
                        url="https://www.example.de/a/1").published_at
    assert published == _at(12, 30, 0)
