"""The site's keys a title segment is matched against (cleaner.title.sitenames)."""

from __future__ import annotations

import pytest

from cleaner.title.sitenames import site_keys, spelled_keys, strip_site


def test_site_name_under_a_second_level_domain() -> None:
    assert "entermedia" in site_keys(None, "http://entermedia.co.kr/news/view.html?idx=1")
    assert "folha" in site_keys(None, "https://www1.folha.com.br/mundo/2024/03/x.shtml")


def test_long_site_name_beside_a_short_headline_is_cut() -> None:
    # The name the page declares, longer than the headline and than a section's name.
    name = "The Quayside Chronicle and Evening Post of the North"
    keys = site_keys(name, "https://www.qc-online.example/news/1")
    assert strip_site(f"Harbour reopens | {name}", keys) == "Harbour reopens"
    assert strip_site(f"{name} | Storm hits", keys) == "Storm hits"
    assert strip_site(f"Ebola | {name}", keys) == "Ebola"  # one word beside the declared name
    # A name the domain spells only in part, read as a name after the headline.
    keys = site_keys(None, "https://www.quaysidechronicle.example/news/1")
    assert strip_site("Storm hits | Quayside Chronicle and Evening Post Online", keys) == "Storm hits"
    assert strip_site("Harbour reopens - The Quayside Chronicle and Evening Post", keys) == "Harbour reopens"
    # ... not a headline segment that opens with the site's name, nor a lone word beside a name in part.
    assert strip_site("Quayside Chronicle wins the harbour press award | Local", keys) \
        == "Quayside Chronicle wins the harbour press award | Local"
    assert strip_site("Home | Quayside Chronicle and Evening Post Online", keys) \
        == "Home | Quayside Chronicle and Evening Post Online"


def test_cyrillic_and_greek_site_names_match_their_latin_domains() -> None:
    # Domains spell Cyrillic and Greek names in Latin letters, more than one way.
    assert {"novayagazeta", "novajagazeta"} <= spelled_keys("Новая газета")
    assert "kathimerini" in spelled_keys("Καθημερινή")
    assert strip_site("Госдума приняла закон о кибербезопасности - Новая газета",
                      site_keys(None, "https://novayagazeta.example/articles/1")) \
        == "Госдума приняла закон о кибербезопасности"
    # Initials as a short host spells them ("Комсомольская правда" on kp.*).
    assert strip_site("Госдума приняла закон о кибербезопасности - Комсомольская правда",
                      site_keys(None, "https://www.kp.example/daily/1")) \
        == "Госдума приняла закон о кибербезопасности"
    assert "yandeks" in spelled_keys("Яндекс") or "jandeks" in spelled_keys("Яндекс")
    assert "zhurnal" in spelled_keys("Журнал")
    # Latin names are as before.
    assert spelled_keys("Quayside Chronicle") == {"quaysidechronicle"}


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("港口新规出台：渔民担心生计_财经频道_东海日报", "东海日报", "港口新规出台：渔民担心生计"),
    ("港口新规出台：渔民担心生计 - 东海日报", "东海日报", "港口新规出台：渔民担心生计"),
    ("台風10号：九州で記録的大雨の恐れ｜社会｜東海新聞", "東海新聞", "台風10号：九州で記録的大雨の恐れ"),
    ("港口新规出台_财经频道_东海日报", "东海日报", "港口新规出台"),
])
def test_a_chinese_or_japanese_headline_keeps_what_follows_its_colon(title, site, expected):
    """A full-width colon inside a Chinese or Japanese headline parts its halves, not a section's name
    from the headline: only the segments "_" or "｜" set apart before the site's name go."""
    assert strip_site(title, site_keys(site, None)) == expected
