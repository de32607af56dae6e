"""A time of day written with a dot and no word beside it, right after the day (issue 14): the
Finnish, Nordic, German and Indonesian way ("Julkaistu 12.4.2024 14.46", "12.04.2024, 14.46",
"<span>12.4.2024</span> <span>14.46</span>"), and after Indonesian "pukul" ("pukul 14.46"). Read
only right after a day: a number that is no time (a price, a percentage) stays no time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _published(meta: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1>{meta}{BODY}</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("meta", "lang", "url", "expected"), [
    # Finnish tabloids' and regional papers' stamp.
    ("<div class='published'>Julkaistu 12.4.2024 14.46</div>", "fi", "https://www.example.fi/uutiset/a-123",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    # The day and the time in elements of their own.
    ("<div class='meta'><span class='date'>12.4.2024</span><span class='time'>14.46</span></div>", "fi",
     "https://www.example.fi/kotimaa/a-123",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    ("<p class='article-date'>12.04.2024, 14.46</p>", "de", "https://www.example.de/politik/rat-123",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Berlin"))),
    # Indonesian "pukul" (at), without the zone's name.
    ("<div class='date'>Jumat, 12 April 2024 pukul 14.46</div>", "id", "https://www.example.co.id/read/123",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Asia/Jakarta"))),
    ("<div class='date'>Jumat, 12 Apr 2024 - 23.15</div>", "id", "https://news.example.co.id/berita/123",
     datetime(2024, 4, 12, 23, 15, tzinfo=ZoneInfo("Asia/Jakarta"))),
])
def test_a_bare_dotted_time_after_the_day_is_its_time(meta: str, lang: str, url: str,
                                                      expected: datetime) -> None:
    published = _published(meta, lang, url)
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("meta", "lang", "url"), [
    # A price, a percentage or a day after a day are no time: the day at noon in its zone, as before.
    ("<p class='article-date'>12.04.2024 14.50 €</p>", "de", "https://www.example.de/wirtschaft/a-123"),
    ("<p class='article-date'>12.04.2024 3.45%</p>", "de", "https://www.example.de/wirtschaft/a-124"),
    # The end of a span of days written without its year.
    ("<p class='article-date'>12.04.2024 – 14.05.</p>", "de", "https://www.example.de/kultur/a-125"),
])
def test_a_number_after_the_day_is_no_time(meta: str, lang: str, url: str) -> None:
    assert _published(meta, lang, url) == datetime(2024, 4, 12, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
