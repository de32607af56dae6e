"""A day written year first with a dot and a space after each part (issue 14; ``day_forms``).

Korean pages (Naver's "입력 2024. 4. 12. 오후 2:46") and Hungarian ones ("2024. 04. 12. 14:46") write
the year first, parted by ". "; the day forms read only "2024.04.12", and read "04. 12. 14" in
"2024. 04. 12. 14:46" as 4 December 2014. Such a line's day was none of the article's: a related
story's day stood (two days off), or the day htmldate found had no time beside it (noon). Guards:
"2024.04.12" and "2024-04-12" are read as before; a dotted day-first day is still day first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.date.day_forms import days_in
from cleaner.extract import extract

_BODY = {
    "ko": "시의회는 금요일 본회의에서 새 도로와 학교, 병원 건설을 위한 예산안을 통과시켰다. ",
    "hu": "A képviselő-testület pénteki ülésén elfogadta az új utak és iskolák költségvetését. ",
}
_RELATED = ('<aside class="related"><ul><li><a href="/r1">Another story of the week about the budget</a>'
            ' <span class="date">{day} 09:15</span></li><li><a href="/r2">A third story of the week about '
            'the city</a> <span class="date">{day} 08:00</span></li></ul></aside>')


def _found(lang: str, line: str, url: str, related: str | None = None):
    aside = _RELATED.format(day=related) if related else ""
    page = (f'<html lang="{lang}"><head><title>Budget | News</title></head><body><main><article>'
            f'<h1>Budget approved</h1><div class="meta"><span>{line}</span></div><p>{_BODY[lang] * 6}</p>'
            f'</article>{aside}</main></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "line", "url", "related", "expected"), [
    ("ko", "입력 2024. 4. 12. 오후 2:46 수정 2024. 4. 13. 오전 9:10", "https://www.news-portal.co.kr/article/1",
     "2024.04.10", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=9)))),
    ("hu", "Publikálás: 2024. 04. 12. 14:46", "https://hirportal.hu/belfold/2024/04/12/kozgyules",
     None, datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
])
def test_spaced_year_first_day_and_its_time(lang, line, url, related, expected) -> None:
    found = _found(lang, line, url, related)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "day"), [
    ("2024. 4. 12. 오후 2:46", datetime(2024, 4, 12)),
    ("2024. 04. 12. 14:46", datetime(2024, 4, 12)),
    ("2024.04.12 14:46", datetime(2024, 4, 12)),  # guards: read as before
    ("2024-04-12", datetime(2024, 4, 12)),
    ("12. 04. 2024 14:46", datetime(2024, 4, 12)),
])
def test_days_read(text, day) -> None:
    assert [found for _, _, found in days_in(text, None)] == [day]
