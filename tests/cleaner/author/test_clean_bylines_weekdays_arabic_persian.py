"""An Arabic or Persian byline running into the day line (issue 14): Egyptian sites write "كتب A"
and then the weekday with its day ("كتب محمد أحمد الخميس، 03 ديسمبر 2026 02:20 م"), Iranian ones
"A پنجشنبه ۱۲ آذر ۱۴۰۵"; the weekday is no part of the name."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("كتب محمد أحمد الخميس، 03 ديسمبر 2026 02:20 م", ["محمد أحمد"]),
    ("كتبت سارة علي الأربعاء، 12 أبريل 2024", ["سارة علي"]),
    ("بقلم خالد حسن السبت 13 أبريل 2024", ["خالد حسن"]),
    ("علی رضایی پنجشنبه ۱۲ آذر ۱۴۰۵", ["علی رضایی"]),
])
def test_an_arabic_or_persian_weekday_before_the_day_is_no_part_of_the_name(byline: str,
                                                                           names: list[str]) -> None:
    assert byline_names(byline) == names
    assert extract(byline_page(f'<div class="byline">{byline}</div>')).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # Gomaa (with its ta marbuta) is a surname, not Friday ("الجمعة")
    ("كتب محمد جمعة 12 أبريل 2024", ["محمد جمعة"]),
    # no day after the word: the name stays as written
    ("كتب محمد أحمد", ["محمد أحمد"]),
    ("بقلم خالد حسن، سارة علي", ["خالد حسن", "سارة علي"]),
])
def test_names_without_a_weekday_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
