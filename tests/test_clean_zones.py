"""The time zone of a page's country (cleaner.zones): by its domain, else its language, never for
countries or languages that span several offsets."""

from __future__ import annotations

import pytest

from cleaner.zones import country_zone, page_zone


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
    ("https://example.com.au/a", None, None),                   # Australia's press spans offsets
    ("https://example.com/a", None, None),
    (None, None, None),
    ("http://[malformed/a", "ja", "Asia/Tokyo"),                 # no domain: the language still tells
])
def test_page_zone(url: str | None, lang: str | None, zone: str | None) -> None:
    found = page_zone(url, lang)
    assert (str(found) if found else None) == zone


def test_country_zone_reads_tzdata() -> None:
    assert str(country_zone("vn")) == "Asia/Ho_Chi_Minh"  # one zone in zone.tab
    assert country_zone("US") is None and country_zone("XX") is None and country_zone(None) is None
