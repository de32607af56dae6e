"""A day printed piece by piece, each part in an element of its own ("<span>03</span>.<span>12</span>.
<span>2026</span> <span>14:05</span>"): htmldate reads the day from the block's whole text, but no text
node writes it, so its line and the time beside it were not found and the day came out at noon (issue
14). ``page_lines.date_line`` reads the short line of the block whose year stands alone in an element
or a tail of its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = {
    "ru": "Городской совет утвердил бюджет на следующий год после долгого обсуждения. Основные средства "
          "направят на ремонт школ, больниц и дорог в отдалённых районах города.",
    "de": "Der Gemeinderat hat nach langer Debatte den Haushalt für das kommende Jahr beschlossen. Das "
          "meiste Geld fließt in die Sanierung von Schulen, Kliniken und Straßen in den Außenbezirken.",
    "pl": "Rada miasta po długiej debacie przyjęła budżet na przyszły rok. Większość środków trafi na "
          "remonty szkół, szpitali i dróg w odległych dzielnicach miasta.",
    "uk": "Міська рада після тривалого обговорення затвердила бюджет на наступний рік. Основні кошти "
          "спрямують на ремонт шкіл, лікарень і доріг у віддалених районах міста.",
    "en": "The city council approved next year's budget after a long debate. Most of the money will go to "
          "repairing schools, clinics and roads in the outlying districts of the city.",
}


def _page(language: str, line: str, after: str = "") -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Budget</title></head><body><article>"
            f"<h1>Budget</h1>{line}<p>{text}</p><p>{text}</p><p>{text}</p></article>{after}"
            "<footer>© 2026</footer></body></html>")


@pytest.mark.parametrize(("language", "url", "line", "zone", "expected"), [
    ("ru", "https://example.ru/news/budget", "<div class='date'><span>03</span>.<span>12</span>.<span>2026"
     "</span> <span>14:05</span></div>", None, "2026-12-03T14:05:00+03:00"),
    ("de", "https://example.de/lokales/haushalt", "<div class='datum'><span class='d'>03</span>.<span "
     "class='m'>12</span>.<span class='y'>2026</span>, <span class='t'>14:05</span> Uhr</div>", None,
     "2026-12-03T14:05:00+01:00"),
    ("pl", "https://example.pl/region/budzet", "<div class='date'><span class='day'>03</span><span "
     "class='month'>.12.</span><span class='year'>2026</span> <span class='hour'>14:05</span></div>", None,
     "2026-12-03T14:05:00+01:00"),
    ("uk", "https://example.com.ua/news/budget", "<div class='date'><span>03</span>.<span>12</span>.2026 о "
     "<span>14:05</span></div>", None, "2026-12-03T14:05:00+02:00"),
    ("en", "https://example.com/news/budget", "<div class='date'><span class='month'>Dec</span> <span "
     "class='day'>3</span>, <span class='year'>2026</span> <span class='time'>2:05 PM</span></div>",
     "America/New_York", "2026-12-03T14:05:00-05:00"),
])
def test_a_split_days_time_is_read(language: str, url: str, line: str, zone: str | None,
                                   expected: str) -> None:
    published = extract(_page(language, line), url=url, timezone=zone).published_at
    assert published == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("language", "url", "line", "expected"), [
    # a split day with no time beside it; a day written whole with its time, as before
    ("ru", "https://example.ru/news/budget", "<div class='date'><span>03</span>.<span>12</span>.<span>2026"
     "</span></div>", "2026-12-03T12:00:00+03:00"),
    ("de", "https://example.de/lokales/haushalt", "<div class='datum'>03.12.2026, 14:05 Uhr</div>",
     "2026-12-03T14:05:00+01:00"),
])
def test_guards(language: str, url: str, line: str, expected: str) -> None:
    assert extract(_page(language, line), url=url).published_at == datetime.fromisoformat(expected)


def test_a_calendar_widgets_days_give_no_time() -> None:
    # A sidebar calendar prints its month's days in cells of their own: no day's line with a time.
    calendar = ("<aside><table class='calendar'><caption>Декабрь <span>2026</span></caption><tr>"
                + "".join(f"<td><a href='/2026/12/{day:02d}'>{day}</a></td>" for day in range(1, 8))
                + "</tr></table><p>12:30</p></aside>")
    page = _page("ru", "<div class='date'>03.12.2026</div>", after=calendar)
    assert extract(page, url="https://example.ru/news/budget").published_at == \
        datetime.fromisoformat("2026-12-03T12:00:00+03:00")
