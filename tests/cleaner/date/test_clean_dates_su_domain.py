"""A page on a .su host (the Soviet Union's domain, still Russia's: uCoz's free "moy.su" sites and
Russian outlets) that prints its time with no zone was read in no known zone: its day at noon UTC, its
time lost (issue 14). The .su domain is Russia's, as .ru is: Moscow's zone where nothing else says more."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = ("Районная библиотека провела конкурс чтецов среди школьников. Победители получили книги и "
         "грамоты, а лучшие выступления покажут на городском празднике в конце месяца.")


def _page(line: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>Конкурс чтецов</title>{head}</head><body>"
            f"<div id='content'><h1>Конкурс чтецов</h1><div class='details'>{line}</div><p>{_TEXT}</p>"
            f"<p>{_TEXT}</p><p>{_TEXT}</p></div><footer>© 2026</footer></body></html>")


@pytest.mark.parametrize(("url", "line", "head", "zone", "expected"), [
    ("https://biblioteka.moy.su/news/konkurs/2026-12-03-4", "Дата: <span title='14:25'>03.12.2026</span>", "",
     None, "2026-12-03T14:25:00+03:00"),
    ("https://gazeta-primer.su/news/konkurs", "3 декабря 2026, 14:25", "", None, "2026-12-03T14:25:00+03:00"),
    ("https://gazeta-primer.su/news/konkurs", "",
     "<meta property='article:published_time' content='2026-12-03T23:40:00'>", None,
     "2026-12-03T23:40:00+03:00"),
])
def test_a_su_page_is_read_in_moscow_time(url: str, line: str, head: str, zone: str | None,
                                          expected: str) -> None:
    assert extract(_page(line, head), url=url, timezone=zone).published_at == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("url", "line", "head", "zone", "expected"), [
    # the registry's zone first; an aware time keeps its instant; a zone written with the time
    ("https://gazeta-primer.su/news/konkurs", "3 декабря 2026, 14:25", "", "Asia/Novosibirsk",
     "2026-12-03T14:25:00+07:00"),
    ("https://gazeta-primer.su/news/konkurs", "",
     "<meta property='article:published_time' content='2026-12-03T14:25:00+05:00'>", None,
     "2026-12-03T14:25:00+05:00"),
    ("https://gazeta-primer.su/news/konkurs", "3 декабря 2026, 14:25 (МСК+4)", "", None,
     "2026-12-03T14:25:00+07:00"),
])
def test_guards(url: str, line: str, head: str, zone: str | None, expected: str) -> None:
    assert extract(_page(line, head), url=url, timezone=zone).published_at == datetime.fromisoformat(expected)
