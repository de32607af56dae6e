"""Turkish pages write their zone after a time as "TSİ" (Türkiye saati ile) or "TSI" (issue 14).

"12 Nisan 2024 Cuma 14:46 (TSİ)" beside a CMS's "2024-04-12T14:46:00Z" is a local time marked UTC
(``restamps.printed_over_zero`` reads the printed zone), and a naive time printed with it is Turkey's
time; "TSİ" was no zone ``clocks`` read, so the stated instant was three hours off (the next day's
in Turkey for an evening's). Guards: a true UTC stamp printed in Turkey's time keeps its instant; a
"Z" stamp printed without a zone keeps it too (``test_clean_dates_utc_marked_local``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = "Belediye meclisi cuma günü yapılan oturumda yeni yol, okul ve hastane projeleri için onay verdi. "
_TURKEY = timezone(timedelta(hours=3))


def _found(line: str, published: str | None, lang: str = "tr",
           url: str = "https://www.haber-portal.com/gundem/meclis-butce"):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Meclis bütçeyi onayladı"}
    if published:
        ld["datePublished"] = published
    page = (f'<html lang="{lang}"><head><title>Meclis bütçeyi onayladı</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Meclis bütçeyi onayladı</h1><div class="meta"><span>{line}</span></div><p>{_BODY * 6}</p>'
            f'</article></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("line", "published", "lang", "expected"), [
    ("12 Nisan 2024 Cuma 14:46 (TSİ)", "2024-04-12T14:46:00Z", "tr",
     datetime(2024, 4, 12, 14, 46, tzinfo=_TURKEY)),
    ("12.04.2024 23:40 TSİ", "2024-04-12T23:40:00Z", "tr", datetime(2024, 4, 12, 23, 40, tzinfo=_TURKEY)),
    ("12.04.2024 - 23:40 (TSI)", None, "en", datetime(2024, 4, 12, 23, 40, tzinfo=_TURKEY)),
])
def test_tsi_is_turkey_time(line, published, lang, expected) -> None:
    found = _found(line, published, lang)
    assert found == expected and found.utcoffset() == timedelta(hours=3)


def test_true_utc_stamp_printed_in_turkey_time_keeps_its_instant() -> None:
    found = _found("12.04.2024 14:46 TSİ", "2024-04-12T11:46:00Z")
    assert found == datetime(2024, 4, 12, 11, 46, tzinfo=UTC)
