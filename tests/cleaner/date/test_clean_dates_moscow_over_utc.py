"""A stated time at +00:00 that a Russian page prints as Moscow's time, "14:46 МСК" (issue 14).

``restamps.printed_over_zero`` reads the zone a page prints with a stated UTC time's very wall clock
(a CMS's local time marked UTC), after a cheap test that a zone may follow the time in the page's
text (``_ZONE_AFTER``); that test knew no Cyrillic "МСК", so "2024-04-12T14:46:00+00:00" beside
"12 апреля 2024, 14:46 МСК" kept an instant three hours off. Guards: a true UTC stamp printed in
Moscow's time keeps its instant; a time printed with no zone keeps the stated one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = "Городская дума в пятницу утвердила бюджет на строительство новых дорог, школ и больниц. "


def _found(published: str, line: str):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Дума утвердила бюджет",
          "datePublished": published}
    page = (f'<html lang="ru"><head><title>Дума утвердила бюджет</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Дума утвердила бюджет</h1><div class="meta"><span>{line}</span></div><p>{_BODY * 6}</p>'
            f'</article></body></html>')
    return extract(page, "https://www.news-portal.com/politics/duma").published_at


@pytest.mark.parametrize("line", ["12 апреля 2024, 14:46 МСК", "12.04.2024 14:46 (мск)"])
def test_utc_stamp_printed_as_moscow_time(line) -> None:
    found = _found("2024-04-12T14:46:00+00:00", line)
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=3)))
    assert found.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(("published", "line"), [
    ("2024-04-12T11:46:00Z", "12 апреля 2024, 14:46 МСК"),  # a true UTC stamp
    ("2024-04-12T14:46:00Z", "12 апреля 2024, 14:46"),  # no zone printed
])
def test_stated_instant_stands(published, line) -> None:
    found = _found(published, line)
    assert found == datetime.fromisoformat(published.replace("Z", "+00:00"))
    assert found.utcoffset() == timedelta(0) and found.astimezone(UTC) == found
