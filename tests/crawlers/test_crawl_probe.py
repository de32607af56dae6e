"""``newsflow sources probe`` and ``sources add`` against the sample site's ``/shapes/`` outlets, over
real HTTP: what discovery finds, what a crawl would use, the private-address guard, and a registry
entry written from a homepage that a crawl then uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import truncate_all
from helpers import FAST_CRAWL, FAST_SOURCE

from crawlers.probe import ProbeReport, run_probe, spider_kinds, target_of, target_of_url
from crawlers.probe_spider import _language
from crawlers.registry import (
    EntryOptions,
    EntryPoint,
    RegistryError,
    Source,
    load_sources,
)
from crawlers.registry_writer import append_source, source_toml
from crawlers.runner import crawl_source
from newsflow.cli import main
from newsflow.cli.sources import guess_name
from newsflow.site.server import SiteHandle, running_site

ARTICLE = r"/articles/\d+-[a-z0-9-]+\.html"


@pytest.fixture(scope="module")
def site() -> Iterator[SiteHandle]:
    with running_site(articles=12, faults=True) as handle:
        yield handle


def shape(site: SiteHandle, name: str, path: str) -> Source:
    return Source(name=f"shape-{name}", domains=["127.0.0.1"], homepage=f"{site.base_url}/shapes/{name}/",
                  entry_points=[EntryPoint(kind="feed", url=site.base_url + path,
                                           options=EntryOptions(link_pattern=ARTICLE))])


def probe(source: Source, *, allow_private: bool = True) -> ProbeReport:
    # FAST_SOURCE, not FAST_CRAWL: settings reach the child as ``-s``, where the private-address flag
    # would override ``allow_private`` (the guard test turns that off).
    return run_probe(target_of(source), allow_private=allow_private, timeout=60, settings=FAST_SOURCE)


# The same shapes as tests/crawlers/test_crawl_discovery.py: the probe must name what the crawl falls back to.
@pytest.mark.slow  # each probe is a real Scrapy run (2-3 s; 8-10 s at production politeness)
@pytest.mark.parametrize(("name", "path", "problem", "used", "via"), [
    ("moved", "/shapes/moved/rss.xml", "HTTP 410", "/shapes/moved/feed", "common path"),
    ("linked", "/shapes/linked/news.rss", "HTTP 404", "/shapes/linked/x/latest-headlines.xml",
     "homepage link"),
    ("notfeed", "/shapes/notfeed/rss", "an HTML page", "/shapes/notfeed/feeds/all.xml", "homepage link"),
    ("stale", "/shapes/stale/feed.xml", "stale: newest item 2018-03-01", "/shapes/stale/current.xml",
     "homepage link"),
    ("robots", "/shapes/robots/feed.xml", "HTTP 404", "/shapes/robots/news-sitemap.xml", "robots.txt"),
])
def test_probe_names_the_broken_entry_and_what_a_crawl_would_use(site, name, path, problem, used,
                                                                 via) -> None:
    from crawlers.probe import describe

    report = probe(shape(site, name, path))
    (entry,) = report.entries
    assert entry.falls_back and describe(entry).startswith(problem), entry
    chosen = report.would_use(spider_kinds("news"))
    assert chosen is not None and chosen.url == site.base_url + used and chosen.via == via, report.candidates
    assert report.lang == "en" and report.homepage.status == 200


@pytest.mark.slow
def test_probe_of_a_working_entry_falls_back_to_nothing(site) -> None:
    report = probe(shape(site, "stale", "/shapes/stale/current.xml"))
    assert not report.entries[0].falls_back and report.entries[0].items == 12
    assert report.would_use(spider_kinds("news")) is None
    # A spider that reads only sitemaps cannot take the feed discovery offers.
    broken = probe(shape(site, "linked", "/shapes/linked/news.rss"))
    assert broken.would_use(("sitemap",)) is None and broken.would_use(("feed",)) is not None


@pytest.mark.slow
def test_probe_of_an_entry_redirected_off_site_says_so(site) -> None:
    source = shape(site, "offsite", "/shapes/offsite/story.html").model_copy(update={"homepage": None})
    report = probe(source)
    (entry,) = report.entries
    assert entry.error.startswith("no answer (redirected off") and report.homepage is None
    assert report.candidates == [] and report.would_use(("feed",)) is None


@pytest.mark.slow
def test_probe_keeps_to_the_private_address_guard(site) -> None:
    before = site.requests_total()
    report = probe(shape(site, "moved", "/shapes/moved/rss.xml"), allow_private=False)
    assert site.requests_total() == before  # refused before any request reached the site
    assert "private_address" in report.entries[0].error and "private_address" in report.homepage.error
    assert report.candidates == []  # nothing answered: discovery does not hammer the paths


@pytest.mark.slow
def test_probe_command_prints_the_fallback(site, registry: Path, capsys) -> None:
    append_source(registry, shape(site, "moved", "/shapes/moved/rss.xml"))
    assert main(["sources", "probe", "shape-moved", "--allow-private"]) == 0
    out = capsys.readouterr().out
    assert f"{site.base_url}/shapes/moved/rss.xml: HTTP 410 -> a crawl falls back to discovery" in out
    assert f"a crawl would use: {site.base_url}/shapes/moved/feed (feed via common path)" in out


@pytest.mark.slow
def test_sources_add_writes_an_entry_a_crawl_uses(db: str, site, registry: Path, capsys) -> None:
    homepage = f"{site.base_url}/shapes/linked/"
    assert main(["sources", "add", homepage, "--name", "linked", "--allow-private"]) == 0
    assert "added linked" in capsys.readouterr().out
    text = registry.read_text(encoding="utf-8")
    assert text.startswith("# Source registry") and "{demo_site_port}" in text  # the file's own text kept
    added = {s.name: s for s in load_sources(registry)}["linked"]
    assert added.homepage == homepage and added.domains == ["127.0.0.1"] and added.language == "en"
    assert [(e.kind, e.url) for e in added.entry_points] == [
        ("feed", f"{site.base_url}/shapes/linked/x/latest-headlines.xml")]
    assert main(["sources", "--check"]) == 0
    truncate_all(db)
    result = crawl_source(added, database_url=db, limit=5, timeout=60,
                          settings=FAST_CRAWL)
    assert result.status == "ok" and result.pages_fetched == 5, result.message


@pytest.mark.slow
def test_sources_add_takes_the_language_given_and_refuses_a_taken_name(site, registry: Path, capsys) -> None:
    homepage = f"{site.base_url}/shapes/robots/"
    assert main(["sources", "add", homepage, "--name", "demo", "--allow-private"]) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["sources", "add", homepage, "--name", "robots", "--language", "ru", "--allow-private"]) == 0
    added = {s.name: s for s in load_sources(registry)}["robots"]
    assert added.language == "ru" and added.entry_points[0].kind == "sitemap"
    assert added.entry_points[0].url == f"{site.base_url}/shapes/robots/news-sitemap.xml"


@pytest.mark.slow
def test_sources_add_refuses_a_homepage_with_nothing_to_crawl(site, registry: Path, capsys) -> None:
    before = registry.read_text(encoding="utf-8")
    assert main(["sources", "add", f"{site.base_url}/shapes/vov/en/", "--allow-private"]) == 2
    assert "found no usable feed or sitemap" in capsys.readouterr().err
    assert registry.read_text(encoding="utf-8") == before
    assert main(["sources", "add", "ftp://example.org/"]) == 2


def test_append_source_keeps_the_file_and_refuses_duplicates(tmp_path: Path) -> None:
    file = tmp_path / "r.toml"
    one = Source(name="one", domains=["example.org"], homepage="https://example.org/",
                 entry_points=[EntryPoint(kind="feed", url="https://example.org/feed/")])
    append_source(file, one)  # created
    file.write_text("# mine\n" + file.read_text())
    two = one.model_copy(update={"name": "two", "language": "de"})
    append_source(file, two)
    assert file.read_text().startswith("# mine\n") and source_toml(two) in file.read_text()
    assert load_sources(file) == [one, two]
    with pytest.raises(RegistryError, match="duplicate source name"):
        append_source(file, two)


def test_names_and_languages_guessed_from_the_homepage() -> None:
    assert guess_name("https://www.justsecurity.org/") == "justsecurity"
    assert guess_name("https://vietnamnet.vn/en") == "vietnamnet-en"
    assert guess_name("http://127.0.0.1:8765/shapes/moved/") == "127-0-0-1-shapes-moved"
    assert [_language(v) for v in ("en-GB", "ru", "EN_us", "english", None, "")] == ["en", "ru", "en", None,
                                                                                       None, None]
    assert target_of_url("https://www.example.org/x/")["domains"] == ["example.org"]
