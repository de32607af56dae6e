"""Malay month names (issue 14): Malaysian papers print "Mac 12, 2024 @ 11:35pm" (March), "Ogos"
(August), "Disember" (December). The month was not known, so the line was not read as a day and
htmldate's fallback took its time without its "pm" (11:35 for 23:35: the instant twelve hours off)
or another day. Guards: Indonesian "Maret", the English forms, and "Mac" as a word that is no month
("Mac 2024 review") as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_TEXT = ("Dewan Undangan Negeri meluluskan bajet baharu selepas perbahasan panjang mengenai peruntukan "
         "sekolah dan pengangkutan awam. ") * 4
_MYT = timezone(timedelta(hours=8))
_WIB = timezone(timedelta(hours=7))


def _page(stamp: str, lang: str = "ms") -> str:
    return (f'<html lang="{lang}"><head><title>Bajet</title></head><body><article><h1>Bajet</h1>'
            f'<div class="article-meta"><span>Oleh Ahmad Faizal</span> <span class="date">{stamp}</span>'
            "</div>"
            f"<p>{_TEXT}</p><p>{_TEXT}</p></article></body></html>")


@pytest.mark.parametrize(("stamp", "expected"), [
    # fixed
    ("Mac 12, 2024 @ 11:35pm", datetime(2024, 3, 12, 23, 35, tzinfo=_MYT)),
    ("12 Mac 2024, 11:35pm", datetime(2024, 3, 12, 23, 35, tzinfo=_MYT)),
    ("Ogos 5, 2024 @ 9:05pm", datetime(2024, 8, 5, 21, 5, tzinfo=_MYT)),
    ("Disember 31, 2024 @ 11:59pm", datetime(2024, 12, 31, 23, 59, tzinfo=_MYT)),
    # guards: as before
    ("March 12, 2024 @ 11:35pm", datetime(2024, 3, 12, 23, 35, tzinfo=_MYT)),
    ("Jun 3, 2024 @ 8:10am", datetime(2024, 6, 3, 8, 10, tzinfo=_MYT)),
])
def test_malay_months(stamp: str, expected: datetime) -> None:
    assert extract(_page(stamp), "https://www.example.com.my/berita/2024/bajet").published_at == expected


def test_indonesian_maret_as_before() -> None:
    page = _page("Selasa, 12 Maret 2024 23:35 WIB", "id")
    assert extract(page, "https://www.example.co.id/berita/bajet").published_at \
        == datetime(2024, 3, 12, 23, 35, tzinfo=_WIB)


def test_mac_that_is_no_month() -> None:
    """"Mac" before a number with no day shape ("Mac 2024 review"): no day read from it."""
    page = _page("Mac 2024 review")
    assert extract(page, "https://www.example.com.my/berita/bajet").published_at is None
