"""Update and print-edition labels in more languages (issue 14): a line that writes the last
update's day first, or the print edition's, and then the online publication's ("Dikemas kini: 13
Apr 2024 09:00 Diterbitkan: 12 Apr 2024 14:46", "Edisi cetak: 14 April 2024 · Terbit 12 April
2024, 14:46 WIB") gives the publication's day and time, as it does in the languages already read
(cleaner.date.day_forms.UPDATE_LABEL, PRINT_LABEL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _published(line: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url).published_at


UPDATED_FIRST = [
    ("Dikemas kini: 13 Apr 2024 09:00 Diterbitkan: 12 Apr 2024 14:46", "ms", "https://www.example.my/a/1", 8),
    ("Imesasishwa: 13 Aprili 2024 09:00 Imechapishwa: 12 Aprili 2024 14:46", "sw",
     "https://www.example.co.ke/a/1", 3),
    ("আপডেট: ১৩ এপ্রিল ২০২৪, ০৯:০০ প্রকাশ: ১২ এপ্রিল ২০২৪, ১৪:৪৬", "bn", "https://www.example.com.bd/a/1", 6),
    ("হালনাগাদ: ১৩ এপ্রিল ২০২৪ প্রকাশ: ১২ এপ্রিল ২০২৪, ১৪:৪৬", "bn", "https://www.example.com.bd/a/1", 6),
    ("Թարմացվել է՝ 13.04.2024 09:00 Հրապարակվել է՝ 12.04.2024 14:46", "hy",
     "https://www.example.am/a/1", 4),
    # guards: languages already read
    ("Diperbarui 13 Apr 2024, 09:00 WIB Diterbitkan 12 Apr 2024, 14:46 WIB", "id",
     "https://www.example.co.id/a/1", 7),
    ("Aktualizacja: 13.04.2024 09:00 Publikacja: 12.04.2024 14:46", "pl", "https://www.example.pl/a/1", 2),
]
PRINT_FIRST = [
    ("Друкована версія: 14.04.2024 · Опубліковано 12.04.2024, 14:46", "uk", "https://www.example.ua/a/1", 3),
    ("Edisi cetak: 14 April 2024 · Terbit 12 April 2024, 14:46 WIB", "id",
     "https://www.example.co.id/a/1", 7),
    ("Tiskano izdanje: 14.04.2024. · Objavljeno 12.04.2024. 14:46", "hr", "https://www.example.hr/a/1", 2),
    ("Tiskana izdaja: 14.04.2024 · Objavljeno 12.04.2024 14:46", "sl", "https://www.example.si/a/1", 2),
    ("Edició impresa: 14/04/2024 · Publicat 12/04/2024 14:46", "ca", "https://www.example.cat/a/1", 2),
    ("النسخة الورقية: 14 أبريل 2024 · نشر في 12 أبريل 2024 14:46", "ar", "https://www.example.com.eg/a/1", 2),
    ("Spausdintas leidinys: 2024-04-14 · Paskelbta 2024-04-12 14:46", "lt", "https://www.example.lt/a/1", 3),
    # guard: a language already read
    ("Printausgabe vom 14.04.2024 · Online: 12.04.2024, 14:46 Uhr", "de", "https://www.example.de/a/1", 2),
]


@pytest.mark.parametrize(("line", "lang", "url", "hours"), UPDATED_FIRST + PRINT_FIRST)
def test_the_online_publication_after_another_stamp(line: str, lang: str, url: str, hours: int) -> None:
    assert _published(line, lang, url) == datetime(2024, 4, 12, 14, 46,
                                                   tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(("line", "lang", "url", "hours"), [
    ("Diterbitkan: 12 Apr 2024 14:46", "ms", "https://www.example.my/a/1", 8),
    ("Imechapishwa: 12 Aprili 2024 14:46", "sw", "https://www.example.co.ke/a/1", 3),
    ("Опубліковано 12.04.2024, 14:46", "uk", "https://www.example.ua/a/1", 3),
])
def test_a_lone_publication_line_stays(line: str, lang: str, url: str, hours: int) -> None:
    assert _published(line, lang, url) == datetime(2024, 4, 12, 14, 46,
                                                   tzinfo=timezone(timedelta(hours=hours)))
