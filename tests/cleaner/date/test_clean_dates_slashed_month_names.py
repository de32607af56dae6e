"""A day whose month's name stands between slashes or hyphens, after a label (issue 14).

Some CMSs print "نشر في: 12/أبريل/2024", "Yayınlanma: 12/Nisan/2024 - 14:46", "Publicado: 12/abril/2024"
or "Published: 12-Apr-2024": htmldate reads such a day only where it is a text of its own, so a
labelled one gave no date. The day is read as "12 أبريل 2024" is, with the time beside it. Guards:
a word that names no month between the slashes, a numeric day, the day without a label."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة يوم الجمعة عن خطة جديدة لتمويل الطرق والمدارس والمستشفيات في جميع المناطق. ",
    "tr": "Hükümet cuma günü yollar, okullar ve hastaneler için yeni bir bütçe planı açıkladı. ",
    "es": "El gobierno anunció el viernes un nuevo plan para financiar carreteras, escuelas y hospitales. ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
}


def _found(lang: str, line: str, url: str = "https://www.news-portal.com/news/1463345") -> datetime | None:
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title></head><body><article>'
            f'<h1>Headline of the story</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "line", "url", "expected"), [
    ("ar", "نشر في: 12/أبريل/2024", "https://www.akhbar-portal.com.eg/n/1",
     datetime(2024, 4, 12, 12, tzinfo=timezone(timedelta(hours=2)))),
    ("tr", "Yayınlanma: 12/Nisan/2024 - 14:46", "https://www.haber-portal.com.tr/h/1",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=3)))),
    ("es", "Publicado: 12/abril/2024", "https://www.noticias-portal.com/n/1",
     datetime(2024, 4, 12, 12, tzinfo=UTC)),
    ("en", "Published: 12-Apr-2024", "https://www.news-portal.com/n/1",
     datetime(2024, 4, 12, 12, tzinfo=UTC)),
])
def test_labelled_day_with_its_month_between_slashes(lang, line, url, expected) -> None:
    found = _found(lang, line, url)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "expected"), [
    ("Ref: 12/News/2024", None),  # no month's name between the slashes
    ("Published: 12/04/2024", datetime(2024, 4, 12, 12, tzinfo=UTC)),
    ("12/Apr/2024", datetime(2024, 4, 12, 12, tzinfo=UTC)),  # alone: read before too
])
def test_guards(line: str, expected: datetime | None) -> None:
    assert _found("en", line) == expected


def _stated_day(lang: str, line: str, url: str, head: str = "") -> datetime | None:
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{head}'
            '<meta property="article:published_time" content="2024-04-12"></head><body><article>'
            f'<h1>Headline of the story</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "line", "url", "expected"), [
    ("tr", "Güncelleme: 13/Nisan/2024 09:10 | Yayın: 12/Nisan/2024 14:46", "https://www.haber-portal.com.tr/h/2",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=3)))),
    ("ar", "نشر في: 12/أبريل/2024 - 11:40 م", "https://www.akhbar-portal.com.eg/n/2",
     datetime(2024, 4, 12, 23, 40, tzinfo=timezone(timedelta(hours=2)))),
    ("en", "Published: 12-Apr-2024 2:46 PM", "https://www.news-portal.com.ng/n/2",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=1)))),
])
def test_stated_day_takes_the_time_beside_its_slashed_form(lang, line, url, expected) -> None:
    found = _stated_day(lang, line, url)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "expected"), [
    ("Ref: 12/News/2024 14:46", datetime(2024, 4, 12, 12, tzinfo=timezone(timedelta(hours=1)))),  # no day
    ("Published: 12/04/2024 14:46", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=1)))),
])
def test_stated_day_guards(line: str, expected: datetime) -> None:
    assert _stated_day("en", line, "https://www.news-portal.com.ng/n/3") == expected
