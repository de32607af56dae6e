"""The source registry: the shipped file validates, bad entries are named precisely, sync is idempotent."""

from __future__ import annotations

import pytest
from helpers import rows

from crawlers.registry import RegistryError, load_sources, parse_sources, sync_sources

GOOD = """
[[source]]
name = "example"
domains = ["www.example.org"]
[[source.entry_points]]
kind = "feed"
url = "https://example.org/rss.xml"
"""


def test_shipped_registry_has_the_seed_topic_outlets() -> None:
    names = {source.name for source in load_sources()}
    for required in (
        "demo",
        "vietnamnet-en",
        "vietnamplus-en",
        "vov-en",
        "interfax",
        "tass-en",
        "axar-az",
        "xinhua-en",
        "un-news",
    ):
        assert required in names
    assert len(names) >= 12
    demo = next(source for source in load_sources() if source.name == "demo")
    assert {entry.kind for entry in demo.entry_points} == {"feed", "sitemap", "listing"}


def test_domains_are_normalised() -> None:
    (source,) = parse_sources(GOOD)
    assert source.domains == ["example.org"] and source.spider == "news" and source.enabled


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('url = "https://example.org/rss.xml"', 'url = "example.org/rss.xml"'),
            "source #1 'example': entry_points.0.url: Value error, must be an absolute http(s) URL",
        ),
        (('kind = "feed"', 'kind = "podcast"'), "source #1 'example': entry_points.0.kind"),
        (('kind = "feed"', 'kind = "listing"'), "needs options.link_pattern"),
        (
            ('url = "https://example.org/rss.xml"', 'url = "https://other.net/rss.xml"'),
            "is not on the source's domains",
        ),
        (('name = "example"', 'name = "Bad Name"'), "source #1 'Bad Name': name"),
        (('domains = ["www.example.org"]', "domains = []"), "source #1 'example': domains"),
        (
            ('kind = "feed"', 'kind = "feed"\noptions = { link_pattern = "([" }'),
            "entry_points.0.options.link_pattern: Value error, not a valid regular expression",
        ),
        (
            ('name = "example"', 'name = "example"\ncolour = "red"'),
            "source #1 'example': colour: Extra inputs",
        ),
    ],
)
def test_errors_name_the_entry_and_field(change: tuple[str, str], expected: str) -> None:
    with pytest.raises(RegistryError) as raised:
        parse_sources(GOOD.replace(*change), origin="test.toml")
    assert expected in str(raised.value)
    assert str(raised.value).startswith("test.toml: ")


def test_duplicates_and_broken_toml_are_reported() -> None:
    with pytest.raises(RegistryError, match="duplicate source name"):
        parse_sources(GOOD + GOOD)
    with pytest.raises(RegistryError, match="not valid TOML"):
        parse_sources("[[source]\nname=")
    with pytest.raises(RegistryError, match="does not exist"):
        load_sources("/nonexistent/sources.toml")


def test_sync_sources_is_idempotent(db: str) -> None:
    sources = load_sources()
    first = sync_sources(db, sources)
    second = sync_sources(db, sources)
    assert first == second and len(first) == len(sources)
    assert rows(db, "SELECT count(*), count(*) FILTER (WHERE config ? 'entry_points') FROM sources") == [
        (len(sources), len(sources))]
    interfax = rows(db, "SELECT domains, language FROM sources WHERE name = 'interfax'")
    assert interfax == [(["interfax.ru"], "ru")]


def test_write_sources_reads_back_as_the_same_sources(tmp_path) -> None:
    from crawlers.registry import Source
    from crawlers.registry_writer import write_sources

    shipped = load_sources()
    assert load_sources(write_sources(tmp_path / "shipped.toml", shipped)) == shipped

    # Text TOML must escape or quote, and every scalar type a Source's settings may hold.
    awkward = Source.model_validate({
        "name": "awkward", "title": 'He said "hi" \\ left; l\'ami, Zürich\n\tnext line\x7f',
        "domains": ["Example.org"], "language": "de", "spider": "news", "enabled": False,
        "selectors": {"body": "div.article > p:not(.ad)", "title": 'h1[data-x="a \\ b\'s"]'},
        "settings": {"DOWNLOAD_DELAY": 1.5, "RETRY_TIMES": 0, "AUTOTHROTTLE_ENABLED": False,
                     "RETRY_BACKOFF_BASE": 1e-07, "DOWNLOAD_MAXSIZE": 10_000_000},
        "schedule": "0 */2 * * *", "notes": "",
        "entry_points": [
            {"kind": "listing", "url": "https://example.org/news?page=1",
             "options": {"link_pattern": r"/\d{4}/[a-z-]+\.html$", "max_pages": 2}},
            {"kind": "sitemap", "url": "https://www.example.org/sitemap.xml",
             "options": {"link_pattern": r"it's-\d+$", "max_sitemaps": 7}},
        ],
    })
    path = write_sources(tmp_path / "awkward.toml", [awkward], comment="two\nlines")
    assert load_sources(path) == [awkward]
    assert path.read_text().startswith("# two\n# lines\n")


def test_write_sources_refuses_what_toml_cannot_hold(tmp_path) -> None:
    from crawlers.registry import Source
    from crawlers.registry_writer import write_sources

    source = Source.model_validate({
        "name": "nulls", "domains": ["example.org"],
        "entry_points": [{"kind": "feed", "url": "https://example.org/rss"}],
    })
    # Validation keeps None out of settings; a model changed without it is still refused here.
    source = source.model_copy(update={"settings": {"DOWNLOAD_DELAY": None}})
    with pytest.raises(RegistryError, match="cannot write None"):
        write_sources(tmp_path / "nulls.toml", [source])
    assert not (tmp_path / "nulls.toml").exists()
