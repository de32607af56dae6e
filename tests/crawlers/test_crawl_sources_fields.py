"""The registry's newer fields: timezone (IANA, for naive publication times), homepage (discovery),
adaptive polling bounds, sitemap child patterns; and the real outlets' corrections (issue 16)."""

from __future__ import annotations

import pytest
from helpers import rows

from crawlers.registry import RegistryError, load_sources, parse_sources

# Text, not tests/helpers' write_registry: what is under test is how the parser reads and names a field.
BASE = """[[source]]
name = "x"
domains = ["example.org"]
{extra}
[[source.entry_points]]
kind = "feed"
url = "https://example.org/feed"
"""


def one(extra: str):
    (source,) = parse_sources(BASE.format(extra=extra))
    return source


def test_timezone_is_an_iana_name() -> None:
    assert one('timezone = "Europe/Moscow"').timezone == "Europe/Moscow"
    assert one("").timezone is None
    with pytest.raises(RegistryError, match=r"'x': timezone: .*IANA"):
        one('timezone = "Moscow Standard Time"')


def test_homepage_must_be_on_the_domains() -> None:
    assert one('homepage = "https://www.example.org/"').homepage == "https://www.example.org/"
    with pytest.raises(RegistryError, match="homepage"):
        one('homepage = "https://elsewhere.example/"')


@pytest.mark.parametrize("extra", ["min_interval = 5", "min_interval = 60\nmax_interval = 10"])
def test_polling_bounds_go_together_and_in_order(extra: str) -> None:
    with pytest.raises(RegistryError, match="min_interval"):
        one(extra)


def test_timezone_reaches_the_sources_config(db: str) -> None:
    from core.store.migrate import upgrade
    from crawlers.registry import sync_sources

    upgrade(db)
    ids = sync_sources(db, [one('timezone = "Asia/Baku"')])
    timezone = rows(db, "SELECT config ->> 'timezone' FROM sources WHERE id = %s", (ids["x"],))
    assert timezone == [("Asia/Baku",)]


def test_real_outlets_follow_the_evidence() -> None:
    sources = {source.name: source for source in load_sources()}
    for name in ("just-security", "the-diplomat", "aspi-strategist", "global-times", "sputnik"):
        assert sources[name].notes and sources[name].homepage
    assert sources["tass-en"].timezone == "Europe/Moscow"
    assert sources["vietnamplus-en"].timezone == "Asia/Ho_Chi_Minh"
    assert sources["axar-az"].timezone == "Asia/Baku"
    assert sources["xinhua-en"].timezone == "Asia/Shanghai"
    # Naive times on these sites are read where they are written: UN headquarters, Recorded Future
    # News (Massachusetts), Geneva's UNIDIR and Digital Watch; not at 00:00 UTC or noon.
    assert {name: sources[name].timezone for name in ("un-news", "un-press", "the-record", "unidir",
                                                      "digwatch")} == {
        "un-news": "America/New_York", "un-press": "America/New_York", "the-record": "America/New_York",
        "unidir": "Europe/Zurich", "digwatch": "Europe/Zurich"}
    urls = {entry.url for source in sources.values() for entry in source.entry_points}
    assert "https://tass.com/sitemap.xml" in urls and "https://tass.com/sitemap_news.xml" not in urls
    assert not any(url.endswith("worldrss.xml") or url == "https://unidir.org/news/" for url in urls)
    for source in sources.values():
        if source.name != "demo":
            assert source.notes, f"{source.name}: notes should say what is confirmed"
