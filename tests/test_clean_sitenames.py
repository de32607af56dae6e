"""The site's keys a title segment is matched against (cleaner.sitenames)."""

from __future__ import annotations

from cleaner.sitenames import site_keys, strip_site


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
