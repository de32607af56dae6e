"""A day's time written beside the day without its year, where the address states the day (issue 14).

Hungarian pages write "április 12., péntek 14:46" (the month first, a dot after the day, the weekday
before the time), Russian ones "12 апреля, пятница, 14:46"; the year only for older stories. htmldate
finds the day in the address ("/2024/04/12/"), but no line writes it with its year, so its time
was none: noon in the page's zone. Now the time written beside that month and day without a year
(``yearless.yearless_clock``; ``yearless._YEARLESS`` reads "április 12." and a weekday before the
time). Guards: a yearless stamp of another day, or one among other articles' teasers, gives no time;
a yearless stamp with its year-less time is read as before where no day is found."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.date.yearless import _stamp
from cleaner.extract import extract

_BODY = {
    "hu": "A képviselő-testület pénteki ülésén elfogadta az új utak és iskolák költségvetését. ",
    "ru": "Городская дума в пятницу утвердила бюджет на строительство новых дорог, школ и больниц. ",
}


def _found(lang: str, line: str, url: str, aside: str = ""):
    page = (f'<html lang="{lang}"><head><title>Budget | News</title></head><body><main>{aside}<article>'
            f'<h1>Budget approved</h1><div class="meta"><span>{line}</span></div><p>{_BODY[lang] * 6}</p>'
            f'</article></main></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "line", "url", "offset"), [
    ("hu", "április 12., péntek 14:46", "https://hirportal.hu/belfold/2024/04/12/kozgyules", 2),
    ("ru", "12 апреля, пятница, 14:46", "https://gorod-news.ru/news/2024/04/12/duma", 3),
])
def test_time_beside_the_yearless_day(lang, line, url, offset) -> None:
    found = _found(lang, line, url)
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=offset)))


@pytest.mark.parametrize(("line", "aside"), [
    ("április 13., szombat 09:10", ""),  # another day's stamp
    ("", '<aside class="latest"><p>április 12., péntek 09:10</p></aside>'),  # a teaser's
])
def test_no_time_from_another_stamp(line, aside) -> None:
    found = _found("hu", line, "https://hirportal.hu/belfold/2024/04/12/kozgyules", aside)
    assert found is not None and found.date() == datetime(2024, 4, 12).date() and found.hour == 12


@pytest.mark.parametrize(("text", "expected"), [
    ("április 12., péntek 14:46", ((4, 12), (14, 46, 0, None))),
    ("12.04. um 14:46 Uhr", ((4, 12), (14, 46, 0, None))),  # guards: read as before
    ("April 12, 2:46 PM", ((4, 12), (14, 46, 0, None))),
    ("április 12. 2024", None),
])
def test_stamps(text, expected) -> None:
    assert _stamp(text) == expected
