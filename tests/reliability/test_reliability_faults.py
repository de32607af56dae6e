"""Fault tests against real processes: nothing is lost or doubled when things break.

- PostgreSQL (a private server of this test, see ``pg_instance``) restarted in the middle of a
  processing run: the run or its retry completes; the tables equal those of an uninterrupted run.
- The processing killed with SIGKILL in the middle of a batch, then run again: same tables.
- A crawl killed with SIGKILL in the middle, then run again: every article stored once, none
  missing, and no stored article fetched again.
- The sample site under load: 2,000 articles of which 10% fail in assorted ways: the crawl finishes,
  every good article is stored once, every failure is a ``fetch_failures`` row of the right kind.
- Two crawls of one source at the same time: nothing doubled.

Processes are started by these tests and stopped by PID (never by name). The machine's shared
PostgreSQL on 5432 is never restarted: processing faults run on a private server on another port.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest
from helpers import FAST_CRAWL, child_pids, connection, entry, rows, source, write_registry
from pg_instance import PgInstance, PgUnavailable
from psycopg2 import sql

from core.settings import PROJECT_ROOT
from core.store import migrate
from core.urls import canonicalize
from crawlers.runner import crawl_source
from newsflow.site import faults
from newsflow.site.server import SampleSiteServer, SiteHandle, SiteRequestHandler, SiteState, running_site

# Private servers, kills and restarts, crawls of hundreds to thousands of articles: 5-15 s each.
pytestmark = pytest.mark.slow

ARTICLE_PATTERN = r"/articles/\d+-[a-z0-9-]+\.html$"
PROCESS_ARTICLES = 160
PROCESS_BATCH = 20


# --- helpers -------------------------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def registry(tmp_path: Path, base: str, name: str = "sample") -> Path:
    """A registry with one source: the sample site's sitemap index (all articles, not only the feed)."""
    sitemap = entry("sitemap", f"{base}/sitemap_index.xml", link_pattern=ARTICLE_PATTERN)
    return write_registry(tmp_path / f"{name}.toml", source(name, sitemap, spider="news"))


def article_hits(site: SiteHandle) -> dict[str, int]:
    return {path: n for path, n in site.request_log.items() if path.startswith("/articles/")}


def stored_pages(db: str) -> list[str]:
    return [row[0] for row in rows(db, "SELECT canonical_url FROM raw_pages ORDER BY id")]


# --- processing faults on a private PostgreSQL ------------------------------------------------------


@pytest.fixture(scope="module")
def private_pg() -> Iterator[PgInstance]:
    try:
        instance = PgInstance()
    except PgUnavailable as exc:
        pytest.skip(f"no private PostgreSQL for fault tests: {exc}")
    try:
        instance.start()
        yield instance
    finally:
        instance.destroy()


@pytest.fixture(scope="module")
def crawled_template(private_pg: PgInstance, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding a real crawl of the sample site (unprocessed): the template of each case."""
    url = private_pg.create_database("nf_fault_template")
    migrate.upgrade(url)
    tmp = tmp_path_factory.mktemp("template")
    with running_site(articles=PROCESS_ARTICLES) as site:
        result = crawl_source("sample", database_url=url, sources_file=registry(tmp, site.base_url),
                              timeout=120, settings=FAST_CRAWL)
    assert (result.status, result.pages_fetched) == ("ok", PROCESS_ARTICLES), result
    return "nf_fault_template"


def clone(pg: PgInstance, template: str, name: str) -> str:
    # Autocommit: CREATE DATABASE cannot run inside a transaction.
    with connection(pg.url(), autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                      sql.Identifier(template)))
    return pg.url(name)


def processing(url: str) -> subprocess.Popen:
    """``process_pending`` in its own process (so that it can be killed), in small batches."""
    code = ("import sys; from cleaner.process import process_pending; "
            f"print(process_pending(sys.argv[1], batch_size={PROCESS_BATCH}))")
    return subprocess.Popen([sys.executable, "-c", code, url], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "DATABASE_URL": url})


def process_all(url: str) -> None:
    """One processing run to the end (the reference, a retry, a re-run), which must succeed."""
    run = processing(url)
    _out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err[-3000:]


@contextmanager
def after_first_batch(url: str) -> Iterator[subprocess.Popen]:
    """A processing run that has committed its first batch and goes on; killed if still running
    when the block ends."""
    run = processing(url)
    try:
        wait_for(lambda: processed_count(url) >= PROCESS_BATCH, 120, "the first batch to commit")
        assert run.poll() is None, "processing ended after its first batch: make the run longer"
        yield run
    finally:
        if run.poll() is None:
            run.kill()


def backends_waiting_on_a_lock(url: str) -> int:
    return rows(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     " AND wait_event_type = 'Lock'")[0][0]


def other_backends(url: str) -> int:
    return rows(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     " AND pid <> pg_backend_pid()")[0][0]


def processed_count(url: str) -> int:
    try:
        return rows(url, "SELECT count(*) FROM raw_pages WHERE processed_at IS NOT NULL")[0][0]
    except psycopg2.OperationalError:
        return 0  # the server is restarting


def dump(url: str) -> dict[str, list[tuple]]:
    """What processing produced, keyed on natural keys: no serial ids, no timestamps. Stories are
    compared as the set of articles they group (their ids depend on timing, their content must not)."""
    return {
        "articles": rows(url, """
            SELECT a.canonical_url, a.url, a.title, a.authors, a.published_at, a.language, a.text,
                   a.text_sha256, a.word_count, a.status, a.extractor, a.extractor_version,
                   a.cleaner_version, r.url, a.story_id IS NOT NULL
            FROM articles a LEFT JOIN raw_pages r ON r.id = a.raw_page_id ORDER BY a.canonical_url"""),
        "stories": rows(url, """
            SELECT s.title, s.article_count, array_agg(a.canonical_url ORDER BY a.canonical_url)
            FROM stories s JOIN articles a ON a.story_id = s.id GROUP BY s.id
            ORDER BY min(a.canonical_url)"""),
        "raw_pages": rows(url, """
            SELECT r.url, r.processed_at IS NOT NULL, r.process_status, r.process_error, a.canonical_url
            FROM raw_pages r LEFT JOIN articles a ON a.id = r.article_id ORDER BY r.url, r.id"""),
        "bands": rows(url, """
            SELECT a.canonical_url, count(*) FROM article_bands b JOIN articles a ON a.id = b.article_id
            GROUP BY a.canonical_url ORDER BY a.canonical_url"""),
        "empty_stories": rows(url, "SELECT count(*) FROM stories s WHERE NOT EXISTS "
                                   "(SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
    }


@pytest.fixture(scope="module")
def reference(private_pg: PgInstance, crawled_template: str) -> dict[str, list[tuple]]:
    """The tables after one uninterrupted processing run."""
    url = clone(private_pg, crawled_template, "nf_fault_reference")
    process_all(url)
    tables = dump(url)
    assert len(tables["articles"]) >= PROCESS_ARTICLES * 0.9
    assert all(processed for _url, processed, *_ in tables["raw_pages"])
    return tables


def assert_same_tables(url: str, reference: dict[str, list[tuple]]) -> None:
    got = dump(url)
    for table, expected in reference.items():
        assert got[table] == expected, f"{table} differs from the uninterrupted run"


def test_postgres_restarted_mid_processing(private_pg: PgInstance, crawled_template: str,
                                           reference: dict[str, list[tuple]]) -> None:
    url = clone(private_pg, crawled_template, "nf_fault_restart")
    with after_first_batch(url) as run:
        private_pg.restart(mode="immediate", down_seconds=1.0)  # a crash, then back after 1 s
        run.communicate(timeout=300)
    if run.returncode != 0 or processed_count(url) < PROCESS_ARTICLES:
        process_all(url)  # what the scheduler's task retry does
    assert_same_tables(url, reference)


def test_processing_killed_mid_batch_then_rerun(private_pg: PgInstance, crawled_template: str,
                                                reference: dict[str, list[tuple]]) -> None:
    url = clone(private_pg, crawled_template, "nf_fault_sigkill")
    # Mid-batch for certain, not by timing: while the test holds this lock a batch can claim its
    # pages (raw_pages) and extract them, but its first write to articles waits.
    with after_first_batch(url) as run, connection(url) as lock, lock.cursor() as cur:
        cur.execute("LOCK TABLE articles IN EXCLUSIVE MODE")  # plain reads still pass
        wait_for(lambda: backends_waiting_on_a_lock(url) >= 1, 120, "a batch to wait on its write")
        os.kill(run.pid, signal.SIGKILL)
        run.communicate(timeout=30)
    # The killed client's backend rolls back once the lock is gone; its claimed pages are free then.
    wait_for(lambda: other_backends(url) == 0, 30, "the killed run's backend to end")
    assert run.returncode == -signal.SIGKILL
    assert PROCESS_BATCH <= processed_count(url) < PROCESS_ARTICLES
    process_all(url)
    assert_same_tables(url, reference)


# --- crawl faults (the session's database; the crawler is the process that is killed) ------------


def _scrapy_children() -> list[int]:
    """PIDs of the ``scrapy crawl`` processes this test process started (through crawl_source)."""
    found = []
    for pid in child_pids(os.getpid()):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"scrapy" in command and b"crawl" in command:
            found.append(pid)
    return found


def test_crawl_killed_mid_way_then_rerun_fetches_each_article_once(db: str, tmp_path: Path) -> None:
    total = 400
    with running_site(articles=total) as site:
        file = registry(tmp_path, site.base_url)
        settings = {**FAST_CRAWL, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}  # slow enough to be caught mid-way
        outcome: dict = {}
        first = threading.Thread(target=lambda: outcome.setdefault("first", crawl_source(
            "sample", database_url=db, sources_file=file, timeout=120, settings=settings)))
        first.start()
        wait_for(lambda: len(stored_pages(db)) >= total // 4, 120, "a quarter of the articles to be stored")
        victims = _scrapy_children()
        assert len(victims) == 1, victims
        os.killpg(victims[0], signal.SIGKILL)  # the runner starts scrapy in its own process group
        first.join(timeout=60)
        killed = outcome["first"]
        stored_by_first = set(stored_pages(db))
        requested_by_first = set(article_hits(site))
        assert killed.status == "failed" and len(stored_by_first) < total, killed
        assert len(stored_by_first) == len(stored_pages(db)), "the killed run stored a page twice"

        second = crawl_source("sample", database_url=db, sources_file=file, timeout=120, settings=FAST_CRAWL)
        assert second.status == "ok", second
        hits = article_hits(site)

    expected = {canonicalize(url) for url in site.article_urls()}
    pages = stored_pages(db)
    assert len(pages) == len(set(pages)), "an article was stored twice"
    assert set(pages) == expected, f"{len(expected - set(pages))} articles missing"
    # Nothing stored by the killed run was fetched again; only what was in flight when it died
    # (requested, not yet committed) may have been fetched twice.
    refetched = {path for path, n in hits.items() if n > 1}
    in_flight = {path for path in requested_by_first
                 if canonicalize(site.base_url + path) not in stored_by_first}
    assert refetched <= in_flight, sorted(refetched - in_flight)[:5]
    assert all(n <= 2 for n in hits.values())
    (status,) = rows(db, "SELECT status FROM crawl_runs WHERE id = %s", (killed.crawl_run_id,))[0]
    assert status == "failed"  # the killed run is recorded, not left 'running'


def test_two_crawls_of_one_source_at_once_double_nothing(db: str, tmp_path: Path) -> None:
    total = 200
    with running_site(articles=total) as site:
        file = registry(tmp_path, site.base_url)
        results: list = []
        crawls = [threading.Thread(target=lambda: results.append(
            crawl_source("sample", database_url=db, sources_file=file, timeout=120, settings=FAST_CRAWL)))
            for _ in range(2)]
        for crawl in crawls:
            crawl.start()
        for crawl in crawls:
            crawl.join(timeout=180)
        hits = article_hits(site)
    # The second crawl may wait and find nothing new, or decline to run: either way one of them
    # fetched everything and nothing was stored or fetched twice.
    assert len(results) == 2 and any(r.status == "ok" for r in results), results
    pages = stored_pages(db)
    assert len(pages) == len(set(pages)) == total, f"{len(pages)} raw pages for {total} articles"
    assert sum(r.pages_fetched for r in results) == total, results
    doubled = sorted(path for path, n in hits.items() if n > 1)
    assert not doubled, f"{len(doubled)} articles fetched by both crawls, e.g. {doubled[:3]}"


# --- the sample site's faults under load ----------------------------------------------------------

# Fast faults (no 6 s sleeps, no 10 MB bodies) in turn on every tenth article; "" = must still land.
LOAD_FAULTS = ["/faults/flaky-500.html", "/faults/flaky-503.html", "/faults/reset.html",
               "/faults/gone.html", "/faults/binary.html", "/faults/empty.html", "/faults/soft-404.html",
               "/faults/no-charset.html", "/faults/cp1251.html"]


class FaultyArticleHandler(SiteRequestHandler):
    """The sample site where article number n % 10 == 3 answers as one of ``LOAD_FAULTS``."""

    def _route(self, path: str, query: str, hits: int) -> faults.Reply:
        article = self.server.state.by_path(path)
        if article is not None and article.number % 10 == 3:
            fault = LOAD_FAULTS[(article.number // 10) % len(LOAD_FAULTS)]
            reply = faults.fault_reply(fault, query, hits, self._article_bytes(article))
            # Paths fault_reply leaves to the site (gone.html) answer 404 there.
            return reply or faults.Reply(404, {"Content-Type": "text/html"}, b"<h1>404 Not Found</h1>")
        return super()._route(path, query, hits)


# Failure kinds after which the page must still be stored (flaky recovers; a lying charset is decoded).
LANDS_ANYWAY = {"", "charset_mismatch"}


def faulty_article_kind(number: int) -> str | None:
    """The failure kind article ``number`` must be recorded with, or None if it must be stored."""
    if number % 10 != 3:
        return None
    kind = faults.FAULT_ARTICLES[LOAD_FAULTS[(number // 10) % len(LOAD_FAULTS)]]
    return None if kind in LANDS_ANYWAY else kind


def test_two_thousand_articles_with_ten_percent_faults(db: str, tmp_path: Path) -> None:
    total = 2000
    server = SampleSiteServer(("127.0.0.1", 0), SiteState(total, faults_enabled=False))
    server.RequestHandlerClass = FaultyArticleHandler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        site = SiteHandle(server)
        started = time.monotonic()
        result = crawl_source("sample", database_url=db, sources_file=registry(tmp_path, site.base_url),
                              timeout=300, settings=FAST_CRAWL)
        elapsed = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert result.status == "partial", result
    by_number = {a.number: canonicalize(site.base_url + a.path) for a in server.state.articles()}
    expect_failure = {url: faulty_article_kind(n) for n, url in by_number.items() if faulty_article_kind(n)}
    assert 100 <= len(expect_failure) < 200  # 10% faulty, some of which recover or land anyway

    pages = stored_pages(db)
    assert len(pages) == len(set(pages)), "a page was stored twice"
    recorded = {}
    for url, kind in rows(db, "SELECT url, kind FROM fetch_failures WHERE crawl_run_id = %s",
                          (result.crawl_run_id,)):
        recorded.setdefault(canonicalize(url), set()).add(kind)
    missing = [url for url in by_number.values() if url not in set(pages) and url not in recorded]
    assert not missing, f"{len(missing)} articles neither stored nor recorded as failed, e.g. {missing[:3]}"
    assert set(pages) == set(by_number.values()) - set(expect_failure), "good or recovering article lost"
    wrong = {url: (kind, recorded.get(url)) for url, kind in expect_failure.items()
             if kind not in recorded.get(url, set())}
    assert not wrong, f"{len(wrong)} failures not recorded with their kind, e.g. {list(wrong.items())[:3]}"
    assert result.pages_fetched == len(pages) and result.pages_failed >= len(expect_failure)
    print(f"\n2,000 articles, {len(expect_failure)} failing: crawled in {elapsed:.1f} s "
          f"({total / elapsed:.0f} articles/s), {result.requests} requests")
