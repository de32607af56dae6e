"""The page's zone from its JSON-LD article (issue 14): its stated language with its country
("inLanguage": "ar-EG") and its publisher's country by its postal address ("addressCountry": "SA").

An Arabic, Spanish or French page on a .com host names no country by its domain or language; where
its og:locale, geo.region and hreflang say nothing either, its naive stated time had no zone. The
JSON-LD article may say it: its language's country, else its publisher's. Guards: a language tag
with no country, Facebook's "ar_AR", a country's name (not a code), another language's tag, a
country of several zones (the US): no zone; the domain's country and og:locale stay first."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from lxml import html as lxml_html

from cleaner.date.dates import zone
from cleaner.date.zones import page_language
from cleaner.extract import extract
from cleaner.jsonld import read_article_ld

_BODY = {
    "ar": "أعلنت الحكومة اليوم عن خطة جديدة لتطوير الطرق والمدارس والمستشفيات في المحافظات. ",
    "es": "El concejo aprobó el viernes un plan para financiar caminos, escuelas y hospitales. ",
    "fr": "Le conseil a voté vendredi un plan pour financer des routes, des écoles et des hôpitaux. ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
}


def _page(lang: str, head: str = "", **fields) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs the plan",
          "datePublished": "2024-04-12T23:40:00", **fields}
    return (f'<html lang="{lang}"><head><title>Council backs the plan</title>{head}'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>'
            f'<article><h1>Council backs the plan</h1><p>{_BODY[lang] * 6}</p></article></body></html>')


def _publisher(country) -> dict:
    return {"@type": "NewsMediaOrganization", "name": "Akhbar",
            "address": {"@type": "PostalAddress", "addressLocality": "x", "addressCountry": country}}


_ORG = {"@type": "NewsMediaOrganization", "@id": "https://www.akhbar-news.com/#org", "name": "Akhbar",
        "address": {"@type": "PostalAddress", "addressCountry": "KW"}}
_GRAPH = ("<script type='application/ld+json'>"
          + json.dumps({"@context": "https://schema.org",
                        "@graph": [{"@type": "WebSite", "name": "x"}, _ORG]})
          + "</script>")


def _found(page: str, url: str = "https://www.akhbar-news.com/story/123") -> datetime | None:
    return extract(page, url).published_at


@pytest.mark.parametrize(("page", "tz"), [
    (_page("ar", inLanguage="ar-EG"), "Africa/Cairo"),
    (_page("ar", inLanguage="ar_SA"), "Asia/Riyadh"),
    (_page("es", inLanguage="es-CO"), "America/Bogota"),
    (_page("ar", publisher=_publisher("SA")), "Asia/Riyadh"),
    (_page("ar", inLanguage="ar", publisher=_publisher("eg")), "Africa/Cairo"),
    (_page("fr", publisher=_publisher({"@type": "Country", "name": "SN"})), "Africa/Dakar"),
    # The publisher given as a reference to the graph's organization (Yoast).
    (_page("ar", publisher={"@id": _ORG["@id"]}).replace("</script>", f"</script>{_GRAPH}", 1),
     "Asia/Kuwait"),
])
def test_json_ld_country_gives_the_naive_time_its_zone(page: str, tz: str) -> None:
    assert _found(page) == datetime(2024, 4, 12, 23, 40, tzinfo=zone(tz))


@pytest.mark.parametrize("page", [
    _page("ar", inLanguage="ar"),
    _page("ar", inLanguage="ar_AR"),
    _page("ar", publisher=_publisher("Egypt")),
    _page("ar", inLanguage="fr-MA"),  # another language's tag says nothing of this page's
    _page("en", publisher=_publisher("US")),  # a country of several zones
])
def test_no_country_in_the_json_ld_keeps_the_day_only(page: str) -> None:
    assert _found(page) == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)


def test_domain_and_og_locale_stay_first() -> None:
    assert _found(_page("ar", publisher=_publisher("SA")), "https://www.akhbar.com.eg/a/1") == \
        datetime(2024, 4, 12, 23, 40, tzinfo=zone("Africa/Cairo"))
    page = _page("ar", '<meta property="og:locale" content="ar_AE">', inLanguage="ar-EG")
    assert page_language(lxml_html.fromstring(page)) == "ar_AE"


def test_read_article_ld_fields() -> None:
    found = read_article_ld(lxml_html.fromstring(_page("ar", inLanguage="ar-EG", publisher=_publisher("EG"))))
    assert (found.language, found.publisher_country, found.publisher) == ("ar-EG", "EG", "Akhbar")
    assert read_article_ld(lxml_html.fromstring(_page("ar"))).publisher_country is None
