"""A label written right after its day is that day's, not the next one's (issue 14; ``day_forms.labelled``).

Japanese pages write the update's label after its day and time ("2024年4月13日 9時10分 更新
2024年4月12日 14時46分 公開"), and the print edition's after its day ("2024年4月13日 東京朝刊"). The
label was read as the next day's too (it stands between the two days), so both days of the line were
an update's: the publication's day unread, a related story's stood (two days off). Guards: a label
before its day, and one right after the last day, still label that day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.date.day_forms import PRINT_LABEL, UPDATE_LABEL, days_in, labelled
from cleaner.extract import extract

_BODY = "市議会は金曜日の本会議で、新しい道路や学校、病院の整備に向けた予算案を可決した。"
_RELATED = ('<aside class="related"><ul><li><a href="/r1">Another story of the week about the budget</a>'
            ' <span class="date">2024年4月10日 9時15分</span></li><li><a href="/r2">A third story of the '
            'week about the city</a> <span class="date">2024年4月10日 8時00分</span></li></ul></aside>')


def test_update_label_after_its_day_on_a_page() -> None:
    meta = "<span>2024年4月13日 9時10分 更新</span> <span>2024年4月12日 14時46分 公開</span>"
    page = (f'<html lang="ja"><head><title>予算案 | News</title></head><body><main><article>'
            f'<h1>市議会、新予算案を可決</h1><div class="meta">{meta}</div><p>{_BODY * 6}</p>'
            f'</article>{_RELATED}</main></body></html>')
    found = extract(page, "https://www.news-portal.jp/articles/1").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(("line", "index", "label", "expected"), [
    ("2024年4月13日 9時10分 更新 2024年4月12日 14時46分 公開", 1, UPDATE_LABEL, False),
    ("2024年4月13日 東京朝刊 2024年4月12日 14時46分 配信", 1, PRINT_LABEL, False),
    # Guards: labelled as before.
    ("2024年4月13日 9時10分 更新 2024年4月12日 14時46分 公開", 0, UPDATE_LABEL, True),
    ("2024年4月12日 14時46分 公開 2024年4月13日 9時10分 更新", 1, UPDATE_LABEL, True),
    ("Published 12 April 2024 14:46 | Updated 13 April 2024 09:10", 1, UPDATE_LABEL, True),
    ("Published 12 April 2024 14:46 | Updated 13 April 2024 09:10", 0, UPDATE_LABEL, False),
])
def test_labelled(line, index, label, expected) -> None:
    assert labelled(line, days_in(line, None), index, label) is expected
