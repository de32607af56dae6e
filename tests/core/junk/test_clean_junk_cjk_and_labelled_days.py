"""A day alone on its line in CJK writing, and a day under its label (issue 14; core.junk.date_lines
through core.text.clean_text). Ministries print the release's day above or under its text: Japan's MOFA
in its era ('令和8年4月11日'), Chinese and Korean pages as '2026年4月12日', '2026년 4월 12일'; German,
English and Russian agency pages as 'Datum: 12.04.2026', 'Date: 12 April 2026', 'Дата: 12.04.2026'.
Such a line goes, as '12 April 2026' alone did already; a sentence opening with the day, a day glued to
words, a label before something other than a day, stay."""

from __future__ import annotations

import pytest
from helpers import FERRY_PARAGRAPHS

from core.text import clean_text

BODY = FERRY_PARAGRAPHS
DAYS = ["令和8年4月11日", "2026年4月12日", "2026年4月12日（金）", "2026年4月12日 15:47",
        "2026年4月12日 10時30分", "2026년 4월 12일",
        "Datum: 12.04.2026", "Date: 12 April 2026", "Дата: 12.04.2026"]


@pytest.mark.parametrize("day", DAYS)
def test_a_day_line_above_the_text_goes(day: str) -> None:
    assert clean_text("\n".join([day, *BODY])).split("\n") == BODY


@pytest.mark.parametrize("day", DAYS[:3] + DAYS[6:7])
def test_a_day_line_under_the_text_goes(day: str) -> None:
    assert clean_text("\n".join([*BODY, day])).split("\n") == BODY


@pytest.mark.parametrize("line", [
    "2026年4月11日，外交部发言人主持例行记者会。",
    "2026年4月12日外交部发言人主持例行记者会",
    "2026年度予算の概算要求",
    "Data: 2,5 million records were exposed",
    "Datum: 12.04.2026 bis 14.04.2026 in Bonn",
])
def test_a_line_that_is_more_than_a_day_stays(line: str) -> None:
    lines = [line, *BODY]
    assert clean_text("\n".join(lines)).split("\n") == lines
