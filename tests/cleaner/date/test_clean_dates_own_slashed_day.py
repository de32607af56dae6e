"""The article's own slashed day where htmldate took a related story's (issue 14; ``datelines.own_day``).

A related list under the article dates its stories in "date" classes ("10/04/2024 09:15"), which
htmldate reads first; the article's own day, written outside it, replaced it only where it could be
read without knowing the page's order: "12/4/2024" (both numbers up to 12) was no day, so the related
story's day stood, two days off. It is read day first, as htmldate read the teaser's, and a page
that writes its days month first is read so after (``day_orders``). Guards: a day whose order is
plain (13/04/2024) and the same page without a related list are read as before; a US page's
month-first day stays April's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "vi": "Hội đồng thành phố hôm thứ Sáu đã thông qua ngân sách xây dựng đường sá và trường học mới. ",
    "es": "El ayuntamiento aprobó el viernes el presupuesto para nuevas carreteras, escuelas y hospitales. ",
    "fr": "Le conseil municipal a adopté vendredi le budget consacré aux nouvelles routes et écoles. ",
    "en": "The city council on Friday approved a budget for new roads, schools and hospitals in the region. ",
}


def _related(day: str) -> str:
    return (f'<aside class="related"><h3>More</h3><ul><li><a href="/r1">Another story of the week about the'
            f' budget</a> <span class="date">{day} 09:15</span></li><li><a href="/r2">A third story of the '
            f'week about the city</a> <span class="date">{day} 08:00</span></li></ul></aside>')


def _found(lang: str, line: str, url: str, related: str | None = "10/04/2024", html_lang: str | None = None):
    page = (f'<html lang="{html_lang or lang}"><head><title>Budget | News</title></head><body><main><article>'
            f'<h1>Budget approved</h1><div class="meta"><span>{line}</span></div><p>{_BODY[lang] * 6}</p>'
            f'</article>{_related(related) if related else ""}</main></body></html>')
    return extract(page, url).published_at


def _at(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(("lang", "line", "url", "expected"), [
    ("vi", "Thứ sáu, 12/4/2024 - 14:46 (GMT+7)", "https://tinmoi-portal.vn/thoi-su/a-1.html",
     datetime(2024, 4, 12, 14, 46, tzinfo=_at(7))),
    ("vi", "Cập nhật: 09:12 13/04/2024 Đăng: 14:46 12/04/2024", "https://tinmoi-portal.vn/thoi-su/a-2.html",
     datetime(2024, 4, 12, 14, 46, tzinfo=_at(7))),
    ("es", "Actualizado: 13/04/2024 09:10h</span> <span>Publicado: 12/04/2024 14:46h",
     "https://www.diario-portal.es/local/a-3",
     datetime(2024, 4, 12, 14, 46, tzinfo=_at(2))),
    ("fr", "Mis à jour le 13/04/2024 à 09h10</span> <span>Publié le 05/04/2024 à 14h46",
     "https://www.journal-portal.fr/politique/a-4",
     datetime(2024, 4, 5, 14, 46, tzinfo=_at(2))),
])
def test_own_slashed_day_over_a_related_story(lang, line, url, expected) -> None:
    found = _found(lang, line, url)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "line", "url", "related", "expected"), [
    # A day whose order is plain was read before too.
    ("vi", "Thứ bảy, 13/4/2024 - 14:46 (GMT+7)", "https://tinmoi-portal.vn/thoi-su/b-1.html", "10/04/2024",
     datetime(2024, 4, 13, 14, 46, tzinfo=_at(7))),
    # No related list: the article's own day, as before.
    ("vi", "Thứ sáu, 12/4/2024 - 14:46 (GMT+7)", "https://tinmoi-portal.vn/thoi-su/b-2.html", None,
     datetime(2024, 4, 12, 14, 46, tzinfo=_at(7))),
])
def test_plain_days_read_as_before(lang, line, url, related, expected) -> None:
    assert _found(lang, line, url, related) == expected


def test_month_first_page_stays_month_first() -> None:
    found = _found("en", "Published 04/12/2024 2:46 PM ET", "https://www.citynews-portal.com/local/c-1",
                   "04/10/2024", html_lang="en-US")
    assert found is not None and found.date() == datetime(2024, 4, 12).date()
