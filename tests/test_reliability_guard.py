"""The private-address guard against a DNS answer that changes after the check, and against a
registry that tries to switch it off (issue 15). Everything stays on 127.0.0.1: the changing
answer is a fake lookup table inside the crawl's own process (tests/fake_dns/sitecustomize.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.store.db import query as rows
from crawlers.runner import crawl_source

FAKE_DNS = Path(__file__).parent / "fake_dns"
HOST = "flaky.newsflow.test"
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "RETRY_BACKOFF_BASE": 0.05}


def _registry(tmp_path: Path, host: str, port: int, extra: str = "") -> Path:
    file = tmp_path / "sources.toml"
    file.write_text(
        f'[[source]]\nname = "rebind"\ndomains = ["{host}"]\n{extra}'
        f'[[source.entry_points]]\nkind = "feed"\nurl = "http://{host}:{port}/feeds/rss.xml"\n'
    )
    return file


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
                          timeout=60, settings={**FAST, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": False})
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
                          timeout=60, settings={**FAST, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": False,
                                                "DOWNLOADER_MIDDLEWARES": "{}"})
    assert result.pages_fetched == 0, result
    assert rows(db, "SELECT count(*) FROM raw_pages") == [(0,)]
    assert news_site.requests_total() == before

