"""The time of day in brackets in an element of its own beside the day ("<span>02.12.2026</span>
<span>[13:17]</span>", as Azerbaijani and Central Asian agencies print it; "(14:30)"): the clock beside
the day was read only where it opened with a digit (``page_lines._clock_after``), so the day came out at
noon in the page's zone (issue 14). Guards: the same time unbracketed and in the day's own text (read
before), a bracketed number that is no time."""

from __future__ import annotations

from datetime import datetime

import pytest

_TEXT = {
    "en": "The president received a delegation of the organization and discussed cooperation in digital "
          "transformation and information security between the member states.",
    "az": "Prezident təşkilatın nümayəndə heyətini qəbul edib və rəqəmsal transformasiya sahəsində "
          "əməkdaşlığın genişləndirilməsi məsələlərini müzakirə edib.",
    "ru": "Президент принял делегацию организации и обсудил сотрудничество в области цифровой трансформации "
          "и информационной безопасности между государствами-членами.",
}


def _page(language: str, line: str) -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Delegation received</title></head>"
            f"<body><article><h1>Delegation received</h1><div class='news-date'>{line}</div><p>{text}</p>"
            f"<p>{text}</p><p>{text}</p></article><footer>© 2026</footer></body></html>")


@pytest.mark.parametrize(("language", "url", "line", "expected"), [
    ("en", "https://example.az/en/news/1", "<span>02.12.2026</span> <span>[13:17]</span>",
     "2026-12-02T13:17:00+04:00"),
    ("az", "https://example.az/xeber/1",
     "<span class='date'>02.12.2026</span><span class='time'>[13:17]</span>",
     "2026-12-02T13:17:00+04:00"),
    ("ru", "https://example.kz/ru/news/1", "<span>02.12.2026</span> <span>(16:40)</span>",
     "2026-12-02T16:40:00+05:00"),
    ("ru", "https://example.ru/news/1", "<span>02.12.2026</span> | <span>[09:05]</span>",
     "2026-12-02T09:05:00+03:00"),
    # guards: read before
    ("en", "https://example.az/en/news/1", "<span>02.12.2026</span> <span>13:17</span>",
     "2026-12-02T13:17:00+04:00"),
    ("en", "https://example.az/en/news/1", "02.12.2026 [13:17]", "2026-12-02T13:17:00+04:00"),
    # a bracketed number beside the day is no time: noon of the day as before
    ("en", "https://example.az/en/news/1", "<span>02.12.2026</span> <span>[12]</span>",
     "2026-12-02T12:00:00+04:00"),
])
def test_the_bracketed_time_is_read(language: str, url: str, line: str, expected: str) -> None:
    from cleaner.extract import extract

    assert extract(_page(language, line), url).published_at == datetime.fromisoformat(expected)
