"""The time zone of a page's country (cleaner.date.zones): by its domain, else its language, never for
countries or languages that span several offsets."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html as lxml_html

from cleaner.date.zones import country_zone, page_language, page_zone
from cleaner.extract import extract


@pytest.mark.parametrize(("url", "lang", "zone"), [
    ("https://news.example.cn/a", None, "Asia/Shanghai"),       # several zones: the capital's
    ("https://www.yna.co.kr/view/1", "en", "Asia/Seoul"),       # the domain beats the language
    ("https://www.bbc.co.uk/news/1", None, "Europe/London"),    # .uk is GB
    ("https://tass.ru/politika/1", None, "Europe/Moscow"),
    ("https://example.com/a", "ja", "Asia/Tokyo"),
    ("https://example.com/a", "de-AT", "Europe/Vienna"),        # a region in the language tag
    ("https://example.io/a", "zh-CN", "Asia/Shanghai"),         # .io is not a country's in practice
    ("https://example.com/a", "en-US", None),                   # the US spans several offsets
    ("https://example.com/a", "es", None),                      # Spanish: Spain and the Americas
    ("https://example.com.br/a", None, "America/Sao_Paulo"),    # where Brazil's press sits
    ("https://example.com.au/a", None, "Australia/Sydney"),     # several zones: the national press's
    ("https://example.ca/a", None, "America/Toronto"),
    ("https://example.com/a", "fr-CA", "America/Toronto"),
    ("https://example.com/a", None, None),
    (None, None, None),
    ("http://[malformed/a", "ja", "Asia/Tokyo"),                 # no domain: the language still tells
    # Languages spoken in several countries of one offset.
    ("https://example.com/a", "sr-Latn", "Europe/Belgrade"),    # a script subtag is no region
    ("https://example.com/a", "zh-Hant", "Asia/Shanghai"),      # China, Taiwan, Hong Kong: UTC+8
    ("https://example.com/a", "zh-TW", "Asia/Taipei"),
    ("https://example.com/a", "ca", "Europe/Madrid"),
    ("https://example.com/a", "fil", "Asia/Manila"),
    ("https://example.com/a", "ru", None),                      # Russia's zones and other countries
])
def test_page_zone(url: str | None, lang: str | None, zone: str | None) -> None:
    found = page_zone(url, lang)
    assert (str(found) if found else None) == zone


def test_country_zone_reads_tzdata() -> None:
    assert str(country_zone("vn")) == "Asia/Ho_Chi_Minh"  # one zone in zone.tab
    assert country_zone("US") is None and country_zone("XX") is None and country_zone(None) is None


@pytest.mark.parametrize(("html", "lang"), [
    ("<html lang='en'><head><meta property='og:locale' content='en_IN'></head></html>", "en_IN"),
    ("<html><head><meta http-equiv='Content-Language' content='de-AT'></head></html>", "de-AT"),
    ("<html lang='en-GB'><head><meta property='og:locale' content='en_US'></head></html>", "en-GB"),
    # Another language's locale says nothing of this page's country.
    ("<html lang='fr'><head><meta property='og:locale' content='en_US'></head></html>", "fr"),
    ("<html><head><meta name='language' content='ja'></head></html>", "ja"),
    ("<html><head></head></html>", None),
])
def test_page_language_with_its_country_from_meta_tags(html: str, lang: str | None) -> None:
    assert page_language(lxml_html.fromstring(html)) == lang


def test_naive_time_read_in_the_country_of_the_pages_locale() -> None:
    page = ("<html lang='en'><head><meta property='og:locale' content='en_IN'>"
            "<meta property='article:published_time' content='2024-04-12T23:46:00'></head>"
            "<body><article><h1>Monsoon arrives early</h1>"
            + "<p>The monsoon reached the coast a week earlier than forecast, officials said. </p>" * 8
            + "</article></body></html>")
    found = extract(page, "https://news.example.com/a1").published_at
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("lang", "expected_offset_hours"), [("sr-Latn", 2), ("zh-Hant", 8)])
def test_a_naive_late_evening_time_stays_on_its_day(lang: str, expected_offset_hours: int) -> None:
    # A naive meta time at 23:46 on a .com page: read as UTC it was the next day in Belgrade and Taipei.
    meta = "<meta property='article:published_time' content='2024-04-12T23:46:00'>"
    page = (f"<html lang='{lang}'><head>{meta}<title>Vesti</title></head><body><article><h1>Vesti dana</h1>"
            + "<p>Gradsko veće je usvojilo budžet posle duge rasprave o školama i putevima.</p>" * 6
            + "</article></body></html>")
    published = extract(page, url="https://example.com/vesti/budzet").published_at
    assert published is not None and published.replace(tzinfo=None) == datetime(2024, 4, 12, 23, 46)
    assert published.utcoffset() is not None
    assert published.utcoffset().total_seconds() == expected_offset_hours * 3600


@pytest.mark.parametrize(("locale", "expected"), [
    ("ar_AR", None), ("es_LA", None), ("ar_EG", "Africa/Cairo"), ("es_MX", "America/Mexico_City")])
def test_facebooks_locales_of_no_country(locale: str, expected: str | None) -> None:
    # Facebook's "ar_AR" is Arabic, not Argentina's; "es_LA" Latin American Spanish, not Laos'.
    found = page_zone("https://www.example.com/news/a1", locale)
    assert (str(found) if found else None) == expected


def test_an_arabic_locale_is_not_argentinas() -> None:
    # Read in Buenos Aires' zone (UTC-3), the time was six hours off; the page writes Mecca's.
    page = ("<html lang='ar' dir='rtl'><head><meta property='og:locale' content='ar_AR'>"
            "<meta property='article:published_time' content='2024-04-12T23:46:00'></head>"
            "<body><article><h1>المجلس يقر الميزانية</h1>"
            "<div class='date'>12/4/2024 11:46 م (مكة المكرمة)</div>"
            + "<p>أقر المجلس البلدي الميزانية الجديدة بعد نقاش طويل حول المدارس والطرق.</p>" * 8
            + "</article></body></html>")
    found = extract(page, "https://www.example.net/news/2024/4/12/council").published_at
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Riyadh"))


@pytest.mark.parametrize(("html", "lang"), [
    # The country of the page's geo.region meta tag (ISO 3166-2), where its locale names none.
    ("<html lang='en'><head><meta name='geo.region' content='IN-DL'></head></html>", "en-IN"),
    ("<html lang='ar'><head><meta property='og:locale' content='ar_AR'>"
     "<meta name='geo.region' content='AE-DU'></head></html>", "ar-AE"),
    # A locale with its country comes first; a region that is no code says nothing.
    ("<html lang='en'><head><meta property='og:locale' content='en_GB'><meta name='geo.region' content='IN'>"
     "</head></html>", "en_GB"),
    ("<html lang='en'><head><meta name='geo.region' content='India'></head></html>", "en"),
])
def test_page_language_with_its_geo_region(html: str, lang: str) -> None:
    assert page_language(lxml_html.fromstring(html)) == lang


def test_a_naive_time_read_in_the_geo_regions_zone() -> None:
    page = ("<html lang='en'><head><meta name='geo.region' content='IN-MH'><meta name='geo.placename'"
            " content='Mumbai'><meta property='article:published_time' content='2024-04-12T23:46:00'></head>"
            "<body><article><h1>Monsoon arrives early</h1>"
            + "<p>The monsoon reached the coast a week earlier than forecast, officials said. </p>" * 8
            + "</article></body></html>")
    found = extract(page, "https://www.example.com/india/monsoon-arrives-early").published_at
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Kolkata"))


_EDITIONS = ("<link rel='canonical' href='https://www.example.com/in/news/monsoon'>"
             "<link rel='alternate' hreflang='en-us' href='https://www.example.com/us/news/monsoon'>"
             "<link rel='alternate' hreflang='en-in' href='https://www.example.com/in/news/monsoon'>"
             "<link rel='alternate' hreflang='x-default' href='https://www.example.com/news/monsoon'>")


@pytest.mark.parametrize(("html", "lang"), [
    # An international site's editions: the alternate link to the page's own address names its country.
    (f"<html lang='en'><head>{_EDITIONS}</head></html>", "en-in"),
    # Another language's link, or only the default, says nothing.
    (f"<html lang='fr'><head>{_EDITIONS}</head></html>", "fr"),
    ("<html lang='en'><head><link rel='canonical' href='https://www.example.com/a'>"
     "<link rel='alternate' hreflang='x-default' href='https://www.example.com/a'></head></html>", "en"),
])
def test_page_language_from_its_own_alternate_link(html: str, lang: str) -> None:
    assert page_language(lxml_html.fromstring(html)) == lang


def test_a_naive_time_read_in_the_zone_of_the_pages_edition() -> None:
    page = (f"<html lang='en'><head>{_EDITIONS}"
            "<meta property='article:published_time' content='2024-04-12T23:46:00'></head>"
            "<body><article><h1>Monsoon arrives early</h1>"
            + "<p>The monsoon reached the coast a week earlier than forecast, officials said. </p>" * 8
            + "</article></body></html>")
    found = extract(page, "https://www.example.com/in/news/monsoon").published_at
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo("Asia/Kolkata"))
