"""A page whose only machine-readable time is its last update's, in a ``<time>`` whose class or
label names the update, and which writes its publication day elsewhere ("Published: 12 April 2024",
"Опубликовано", "Veröffentlicht"; issue 14): htmldate takes the update's day; the publication day
the page writes before the update is the one kept. Page structures of the usual kinds (a meta line
under the headline with both times; the publication line at the foot of the article)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BERLIN = timezone(timedelta(hours=2))  # the offset the update's <time> states
ISTANBUL = timezone(timedelta(hours=3))
TEHRAN = timezone(timedelta(hours=3, minutes=30))
BODY = BUDGET_BODY
UPDATE = "<time class='updated' datetime='2024-04-14T09:00:00+02:00'>{}</time>"


def _published(meta: str, lang: str = "en", foot: str = "") -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{meta}</div>{BODY}{foot}</article>"
            "</body></html>")
    return extract(page, url="https://example.com/news/council-votes").published_at


@pytest.mark.parametrize(("meta", "lang", "foot", "expected"), [
    # The update's <time> in a labelled span of its own, the publication in the next span.
    ("<span class='updated'>Updated <time datetime='2024-04-14T09:00:00+02:00'>14 April 2024</time></span> "
     "<span class='published'>Published 12 April 2024, 14:46</span>", "en", "",
     datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # The update's <time>, known by its class alone; the publication at the article's foot.
    (UPDATE.format("14 April 2024"), "en", "<p class='published'>Published 12 April 2024</p>",
     datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
    (UPDATE.format("Обновлено 14 апреля 2024"), "ru", "<p>Опубликовано: 12 апреля 2024</p>",
     datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
    # Labelled lines of their own, the update's first.
    ("<p>Updated: <time datetime='2024-04-14T09:00:00+02:00'>14 April 2024</time></p>"
     "<p>Published: <time>12 April 2024</time></p>", "en", "", datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
    ("<p>Aktualisiert: <time datetime='2024-04-14T09:00:00+02:00'>14.04.2024</time></p>"
     "<p>Veröffentlicht: <span>12.04.2024, 14:46 Uhr</span></p>", "de", "",
     datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # No machine-readable time: the update's day written first with its label, htmldate's day.
    ("<p>Mis à jour le 14 avril 2024 à 09h00</p><p>Publié le 12 avril 2024 à 14h46</p>", "fr", "",
     datetime(2024, 4, 12, 12, 0, tzinfo=UTC)),
    # An itemprop="dateModified" element and a "Publicado" line after it.
    ("<p>Actualizado <time itemprop='dateModified' datetime='2024-04-14T09:00:00+02:00'>14/04/2024</time></p>"
     "<p>Publicado el 12 de abril de 2024</p>", "es", "", datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
])
def test_publication_day_written_apart_from_the_updates_time_is_the_publication(
        meta: str, lang: str, foot: str, expected: datetime) -> None:
    found = _published(meta, lang, foot)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("meta", "foot", "expected"), [
    # Nothing else written: the update's day is all there is (htmldate gives it without its time).
    (UPDATE.format("14 April 2024"), "", datetime(2024, 4, 14, 12, 0, tzinfo=BERLIN)),
    # A <time> whose class names the publication too is the publication's (a post never updated).
    ("<time class='entry-date published updated' datetime='2024-04-14T09:00:00+02:00'>14 April 2024</time>",
     "<p>12 April 2024</p>", datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)),
    # The other day written is after the update (a comment's): not the publication.
    (UPDATE.format("14 April 2024"), "<p>Comment, 15 April 2024</p>",
     datetime(2024, 4, 14, 12, 0, tzinfo=BERLIN)),
])
def test_updates_time_stays_where_the_page_writes_no_earlier_day(meta: str, foot: str,
                                                                  expected: datetime) -> None:
    assert _published(meta, "en", foot) == expected


def test_day_written_only_as_an_update_stays() -> None:
    # A labelled update's day without a machine-readable time and no other day: that day, at noon.
    assert _published("<p>Updated: 14 April 2024</p>") == datetime(2024, 4, 14, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("lines", "lang", "url", "expected"), [
    # The update's label as a noun ("Mise à jour", "Aktualisierung", "Güncelleme", "aggiornamento",
    # "Actualización"), written before the publication's line; nothing states either time.
    (("Mise à jour le 14 avril 2024 à 09h00", "Publié le 12 avril 2024 à 14h46"), "fr",
     "https://example.fr/politique/conseil", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    (("Letzte Aktualisierung: 14.04.2024, 09:00 Uhr", "Veröffentlicht: 12.04.2024, 14:46 Uhr"), "de",
     "https://example.de/politik/rat", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    (("Güncelleme: 14.04.2024 09:00", "Yayınlanma: 12.04.2024 14:46"), "tr",
     "https://example.com.tr/gundem/meclis", datetime(2024, 4, 12, 14, 46, tzinfo=ISTANBUL)),
    (("Ultimo aggiornamento: 14 aprile 2024 09:00", "Pubblicato il 12 aprile 2024 14:46"), "it",
     "https://example.it/politica/consiglio", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    (("Actualización: 14/04/2024 09:00", "Publicado: 12/04/2024 14:46"), "es",
     "https://example.es/politica/pleno", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # Hungarian month names with their accent ("április"), the update's first.
    (("Frissítés: 2024. április 14. 09:00", "Létrehozva: 2024. április 12. 14:46"), "hu",
     "https://example.hu/belfold/kozgyules", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # The Persian label holds a zero-width non-joiner, which the page's tree holds as a stand-in.
    (("به\u200cروزرسانی: ۲۶ فروردین ۱۴۰۳ - ۰۹:۰۰", "تاریخ انتشار: ۲۴ فروردین ۱۴۰۳ - ۱۴:۴۶"), "fa",
     "https://example.ir/siasi/majles", datetime(2024, 4, 12, 14, 46, tzinfo=TEHRAN)),
])
def test_an_update_labelled_with_a_noun_gives_way(lines: tuple[str, str], lang: str, url: str,
                                                  expected: datetime) -> None:
    meta = "<br>".join(f"<span>{line}</span>" for line in lines)
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{meta}</div>{BODY}</article></body></html>")
    published = extract(page, url=url).published_at
    assert published == expected
    assert published is not None and published.utcoffset() == expected.utcoffset()
