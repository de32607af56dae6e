"""Malaysian stamps: the month abbreviated "Dis" (Disember) and the half of the day in Malay, "PTG"/
"petang" (afternoon) and "PG"/"pagi" (morning). "Diterbitkan: Dis 2, 2026 2:05 PTG" gave no date at all
(day_forms.MONTH_STEMS knew "disember" whole, not "Dis"), "2:05 petang" read 02:05 (clocks.CLOCK_TIME
knew no Malay half of the day). Guards: the morning's "PG", a 24-hour time, "@ 2:05pm", "Disember"
whole, a Malay page's Indonesian-style "Des"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_MYT = timezone(timedelta(hours=8))
_PAGE = ("<html lang='ms'><head><meta charset='utf-8'><title>Bantuan tunai tambahan untuk isi rumah</title>"
         "</head>"
         "<body><article><h1>Bantuan tunai tambahan untuk isi rumah</h1><div class='date'>{printed}</div>"
         "<div class='content'><p>Kerajaan hari ini mengumumkan bantuan tunai tambahan sebanyak RM500 "
         "kepada isi rumah berpendapatan rendah bagi meringankan beban kos sara hidup.</p>"
         "<p>Menteri Kewangan berkata bantuan itu akan dikreditkan terus ke akaun penerima secara "
         "berperingkat bermula minggu depan.</p>"
         "<p>Kira-kira empat juta isi rumah dijangka menerima manfaat daripada inisiatif tersebut.</p></div>"
         "</article></body></html>")
_URL = "https://www.example-berita.com.my/news/123456"


def _published(printed: str) -> datetime | None:
    return extract(_PAGE.format(printed=printed), _URL).published_at


@pytest.mark.parametrize("printed,want", [
    ("Diterbitkan: Dis 2, 2026 2:05 PTG ⋅ Dikemas kini: 3:10 PTG", datetime(2026, 12, 2, 14, 5)),
    ("Dis 2, 2026 2:05 PTG", datetime(2026, 12, 2, 14, 5)),
    ("2 Disember 2026, 2:05 petang", datetime(2026, 12, 2, 14, 5)),
    ("Dis 2, 2026 2:05 PM", datetime(2026, 12, 2, 14, 5)),
])
def test_malay_stamps(printed: str, want: datetime) -> None:
    assert _published(printed) == want.replace(tzinfo=_MYT)


@pytest.mark.parametrize("printed,want", [
    ("Rabu, 2 Disember 2026 14:05", datetime(2026, 12, 2, 14, 5)),
    # the morning's "PG" opens with a "p" too: not the afternoon
    ("2 Dis 2026 9:05 PG", datetime(2026, 12, 2, 9, 5)),
    ("2 Dis 2026 14:05", datetime(2026, 12, 2, 14, 5)),
    ("Disember 2, 2026 @ 2:05pm", datetime(2026, 12, 2, 14, 5)),
    ("Rabu, 02 Des 2026 14:05", datetime(2026, 12, 2, 14, 5)),
])
def test_guards(printed: str, want: datetime) -> None:
    assert _published(printed) == want.replace(tzinfo=_MYT)
