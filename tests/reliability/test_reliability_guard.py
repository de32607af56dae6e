"""The private-address guard against a DNS answer that changes after the check, and against a
registry that tries to switch it off (issue 15). Everything stays on 127.0.0.1: the changing
answer is a fake lookup table inside the crawl's own process (tests/fake_dns/sitecustomize.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FAST_SOURCE, TESTS, entry, rows, source, write_registry

from crawlers.runner import crawl_source

FAKE_DNS = TESTS / "fake_dns"
HOST = "flaky.newsflow.test"
# Fast, and with the guard on whatever the test's environment says.
GUARDED = {**FAST_SOURCE, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": False}


def _registry(tmp_path: Path, host: str, port: int) -> Path:
    feed = entry("feed", f"http://{host}:{port}/feeds/rss.xml")
    return write_registry(tmp_path / "sources.toml", source("rebind", feed, domains=[host]))


@pytest.mark.parametrize("answers", ["fail,127.0.0.1", "fail,fail,127.0.0.1"])
def test_a_lookup_that_fails_then_answers_loopback_fetches_nothing(
        db: str, news_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: str) -> None:
    """Before: the failed first lookup was cached as a pass and the connection's own lookup went to
    127.0.0.1: pages stored, run ok. Now a failed lookup fails that request, and the next answer is
    refused before (middleware) and at (resolver) connect time."""
    monkeypatch.setenv("PYTHONPATH", str(FAKE_DNS))
    monkeypatch.setenv("NEWSFLOW_TEST_FAKE_DNS", f"{HOST}={answers}")
    monkeypatch.delenv("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES", raising=False)
    port = int(news_site.base_url.rsplit(":", 1)[1].strip("/"))
    before = news_site.requests_total()
    result = crawl_source("rebind", database_url=db, sources_file=_registry(tmp_path, HOST, port),
                          timeout=60, settings=GUARDED)
    assert result.pages_fetched == 0 and result.status == "failed", result
    assert rows(db, "SELECT count(*) FROM raw_pages") == [(0,)]
    kinds = {kind for (kind,) in rows(db, "SELECT kind FROM fetch_failures")}
    assert kinds <= {"dns", "private_address"} and "private_address" in kinds, kinds
    assert news_site.requests_total() == before  # the loopback site never saw a request


def test_the_resolver_refuses_an_answer_the_middleware_never_saw(
        db: str, news_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection's own lookup is checked: with the middleware's check answered by a lookup
    of its own that fails once, the connect-time lookup that answers 127.0.0.1 is refused."""
    monkeypatch.setenv("PYTHONPATH", str(FAKE_DNS))
    monkeypatch.setenv("NEWSFLOW_TEST_FAKE_DNS", f"{HOST}=fail,127.0.0.1")
    port = int(news_site.base_url.rsplit(":", 1)[1].strip("/"))
    before = news_site.requests_total()
    # The middleware is left out (only a test's command line can): the resolver stands alone.
    result = crawl_source("rebind", database_url=db, sources_file=_registry(tmp_path, HOST, port),
                          timeout=60, settings={**GUARDED, "DOWNLOADER_MIDDLEWARES": "{}"})
    assert result.pages_fetched == 0, result
    assert rows(db, "SELECT count(*) FROM raw_pages") == [(0,)]
    assert news_site.requests_total() == before



# --- the registry cannot switch a guard off, nor slip bad fields past `sources --check` --------------

ENTRY = '[[source.entry_points]]\nkind = "feed"\nurl = "{url}"\n'


@pytest.mark.parametrize(("fields", "url", "named"), [
    # security switches and anything not on the allow-list
    ("settings = { NEWSFLOW_ALLOW_PRIVATE_ADDRESSES = true }", "", "settings: Value error, NEWSFLOW_ALLOW"),
    ("settings = { DOWNLOADER_MIDDLEWARES = {} }", "", "Value error, DOWNLOADER_MIDDLEWARES is not"),
    ('settings = { TWISTED_DNS_RESOLVER = "scrapy.resolver.CachingThreadedResolver" }', "", "TWISTED_DNS"),
    ("settings = { ROBOTSTXT_OBEY = false }", "", "ROBOTSTXT_OBEY is not"),
    ('settings = { USER_AGENT = "Mozilla/5.0" }', "", "USER_AGENT is not"),
    # wrongly typed or out of bounds
    ('settings = { DOWNLOAD_DELAY = "slow" }', "", "settings: Value error, DOWNLOAD_DELAY"),
    ("settings = { RETRY_TIMES = true }", "", "RETRY_TIMES"),
    ("settings = { CONCURRENT_REQUESTS_PER_DOMAIN = 1000 }", "", "CONCURRENT_REQUESTS_PER_DOMAIN"),
    ("settings = { DOWNLOAD_MAXSIZE = 1e12 }", "", "DOWNLOAD_MAXSIZE"),
    # selectors: valid CSS the cleaner can use, known keys only
    ('selectors = { body = "div[" }', "", "selectors: Value error, body: not a valid CSS selector"),
    ('selectors = { title = "h1::text" }', "", "title: not a valid CSS selector"),
    ('selectors = { headline = "h1" }', "", "unknown selector 'headline'"),
    # a public suffix is everyone's sites; credentials would land in sources.config
    ('domains = ["com"]', "http://x.com/feed", "domains: Value error, 'com' is a public suffix"),
    ('domains = ["co.uk"]', "http://x.co.uk/feed", "'co.uk' is a public suffix"),
    ("", "http://user:secret@example.org/feed", "entry_points.0.url: Value error, credentials"),
    ("", "http://token@example.org/feed", "credentials in a URL"),
])
def test_sources_check_names_the_entry_and_field(tmp_path: Path, fields: str, url: str, named: str) -> None:
    import subprocess
    import sys

    domains = "" if fields.startswith("domains") else 'domains = ["example.org"]\n'
    registry = tmp_path / "sources.toml"
    registry.write_text(f'[[source]]\nname = "bad"\n{domains}{fields}\n'
                        + ENTRY.format(url=url or "http://example.org/feed"))
    done = subprocess.run([sys.executable, "-m", "newsflow", "sources", "--check"], capture_output=True,
                          text=True, env={**_env(), "NEWSFLOW_SOURCES_FILE": str(registry)}, timeout=60)
    assert done.returncode == 2, done
    (line,) = done.stderr.strip().splitlines()  # one line, no traceback
    assert f"{registry}: source #1 'bad': " in line and named in line, line


def test_a_registry_cannot_let_a_crawl_reach_loopback(db: str, news_site, tmp_path: Path) -> None:
    """Before: the entry's own settings lifted the guard and the sample site's pages were stored."""
    from crawlers.registry import RegistryError

    # Text, not write_registry: the project's writer validates, and would refuse to write this entry.
    file = tmp_path / "sources.toml"
    file.write_text('[[source]]\nname = "rebind"\ndomains = ["127.0.0.1"]\n'
                    "settings = { NEWSFLOW_ALLOW_PRIVATE_ADDRESSES = true }\n"
                    + ENTRY.format(url=f"{news_site.base_url}/feeds/rss.xml"))
    before = news_site.requests_total()
    with pytest.raises(RegistryError, match="NEWSFLOW_ALLOW_PRIVATE_ADDRESSES is not a setting"):
        crawl_source("rebind", database_url=db, sources_file=file, timeout=60, settings=GUARDED)
    assert rows(db, "SELECT count(*) FROM raw_pages") == [(0,)]
    assert news_site.requests_total() == before


def test_allowed_settings_keep_their_types() -> None:
    from crawlers.registry import parse_sources

    text = ('[[source]]\nname = "ok"\ndomains = ["bbc.co.uk"]\n'
            "settings = { DOWNLOAD_DELAY = 2, AUTOTHROTTLE_ENABLED = false, "
            "CONCURRENT_REQUESTS_PER_DOMAIN = 1 }\n"
            'selectors = { body = "article .story-body", date = "time[datetime]" }\n'
            + ENTRY.format(url="https://www.bbc.co.uk/news/rss.xml"))
    (source,) = parse_sources(text)
    assert source.settings == {"DOWNLOAD_DELAY": 2.0, "AUTOTHROTTLE_ENABLED": False,
                               "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


def _env() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if not key.startswith("NEWSFLOW_SOURCES")}
