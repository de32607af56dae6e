"""The page's country from the locale its address files it under (issue 14): "/ar-eg/", "/es_mx/".

Multi-edition sites and portals file each edition under a language-country segment
("https://www.example.com/ar-eg/news/..."): where the page's <html lang>, meta tags, geo.region and
hreflang name no country, that segment's country gives its naive times their zone. Guards: a
segment of another language than the page's, Facebook-style "ar-ar" (no country), a segment further
down the path, a country of several zones (the US): no zone, the day at noon UTC."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from cleaner.date.dates import zone
from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة اليوم عن خطة جديدة لتطوير الطرق والمدارس والمستشفيات في المحافظات. ",
    "es": "El concejo aprobó el viernes un plan para financiar caminos, escuelas y hospitales. ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
}


def _found(lang: str, url: str, canonical: str | None = None) -> datetime | None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Council backs the plan", "datePublished": "2024-04-12T23:40:00"})
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    page = (f'<html lang="{lang}"><head><title>Council backs the plan</title>{link}'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            f'<h1>Council backs the plan</h1><p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "url", "canonical", "tz"), [
    ("ar", "https://www.portal.com/ar-eg/news/story-123", None, "Africa/Cairo"),
    ("ar", "https://www.portal.com/ar-ae/news/story-123", None, "Asia/Dubai"),
    ("es", "https://www.portal.com/es_mx/noticias/nota-123", None, "America/Mexico_City"),
    ("en", "https://www.portal.com/story?id=123", "https://www.portal.com/en-in/news/story-123",
     "Asia/Kolkata"),
])
def test_path_locale_gives_the_zone(lang: str, url: str, canonical: str | None, tz: str) -> None:
    assert _found(lang, url, canonical) == datetime(2024, 4, 12, 23, 40, tzinfo=zone(tz))


@pytest.mark.parametrize(("lang", "url"), [
    ("ar", "https://www.portal.com/fr-ma/news/story-123"),
    ("ar", "https://www.portal.com/ar-ar/news/story-123"),
    ("ar", "https://www.portal.com/news/ar-eg/story-123"),
    ("en", "https://www.portal.com/en-us/news/story-123"),
])
def test_no_zone_from_other_segments(lang: str, url: str) -> None:
    assert _found(lang, url) == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)
