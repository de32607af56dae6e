"""Daily quality checks against a real PostgreSQL, with rows placed at known times."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg2.extensions
import pytest
from helpers import connection, cursor

from newsflow.orchestrate import quality

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
DAY = timedelta(days=1)


class Rows:
    """Inserts the few rows each check reads, at chosen times."""

    def __init__(self, conn: psycopg2.extensions.connection) -> None:
        self.conn = conn
        self.sources: dict[str, int] = {}
        self.n = 0

    def source(self, name: str, enabled: bool = True) -> int:
        if name not in self.sources:
            with self.conn.cursor() as cur:
                cur.execute(
                    "INSERT INTO sources (name, enabled) VALUES (%s, %s) RETURNING id", (name, enabled)
                )
                self.sources[name] = cur.fetchone()[0]
        return self.sources[name]

    def pages(
        self,
        name: str,
        count: int,
        at: datetime,
        *,
        processed: bool = False,
        error: str | None = None,
        words: int | None = None,
    ) -> None:
        sid = self.source(name)
        with self.conn.cursor() as cur:
            for _ in range(count):
                self.n += 1
                url = f"https://{name}.example/{self.n}"
                cur.execute(
                    "INSERT INTO raw_pages (source_id, url, canonical_url, status, fetched_at, processed_at,"
                    " process_error) VALUES (%s, %s, %s, 200, %s, %s, %s) RETURNING id",
                    (sid, url, url, at, at if processed else None, error),
                )
                rp = cur.fetchone()[0]
                if words is not None:
                    cur.execute(
                        "INSERT INTO articles (canonical_url, url, source_id, raw_page_id, text, text_sha256,"
                        " word_count, extractor, extractor_version, cleaner_version, created_at)"
                        " VALUES (%s, %s, %s, %s, %s, %s, %s, 't', '1', '1', %s)",
                        (
                            url,
                            url,
                            sid,
                            rp,
                            "w " * words,
                            hashlib.sha256(url.encode()).hexdigest(),
                            words,
                            at,
                        ),
                    )

    def failures(self, name: str, count: int, at: datetime) -> None:
        sid = self.source(name)
        with self.conn.cursor() as cur:
            for i in range(count):
                cur.execute(
                    "INSERT INTO fetch_failures (source_id, url, kind, occurred_at)"
                    " VALUES (%s, %s, 'http', %s)",
                    (sid, f"https://{name}.example/f{i}", at),
                )

    def scored(self, name: str, relevant: int, irrelevant: int, at: datetime) -> None:
        sid = self.source(name)
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO models (version, seeds_hash, threshold, active) VALUES ('m1', 'h', 0.5, true)"
                " ON CONFLICT (version) DO UPDATE SET active = true RETURNING id"
            )
            model = cur.fetchone()[0]
            for flag in [True] * relevant + [False] * irrelevant:
                self.n += 1
                url = f"https://{name}.example/a{self.n}"
                cur.execute(
                    "INSERT INTO articles (canonical_url, url, source_id, text_sha256, word_count, extractor,"
                    " extractor_version, cleaner_version, created_at)"
                    " VALUES (%s, %s, %s, %s, 100, 't', '1', '1', %s) RETURNING id",
                    (url, url, sid, url, at),
                )
                cur.execute(
                    "INSERT INTO classifications (article_id, model_id, label, score, relevant)"
                    " VALUES (%s, %s, 'iis', %s, %s)",
                    (cur.fetchone()[0], model, 0.9 if flag else 0.1, flag),
                )


@pytest.fixture
def rows(db: str) -> Iterator[Rows]:
    with connection(db, autocommit=True) as conn:
        yield Rows(conn)


def by_source(results: list[quality.CheckResult]) -> dict[str, quality.CheckResult]:
    return {r.source: r for r in results}


@pytest.mark.slow  # ~3 s of rows
def test_volume_flags_a_source_that_went_silent_or_thin(db: str, rows: Rows) -> None:
    for day in range(1, 15):  # two weeks of norm: 20 pages a day for each source
        for name in ("steady", "silent", "thin"):
            rows.pages(name, 20, NOW - DAY - day * DAY + timedelta(hours=1))
    rows.pages("steady", 18, NOW - timedelta(hours=3))
    rows.pages("thin", 2, NOW - timedelta(hours=3))
    rows.source("newcomer")  # no history: not judged
    rows.pages("newcomer", 1, NOW - timedelta(hours=2))

    results = by_source(quality.volume(db, now=NOW))

    assert results["steady"].ok and results["newcomer"].ok
    assert not results["silent"].ok and not results["thin"].ok
    assert "'silent'" in results["silent"].message and "0 pages" in results["silent"].message
    assert "20.0" in results["silent"].message  # the norm is named
    assert results["thin"].value == 2 and results["thin"].baseline == pytest.approx(20.0)


def test_disabled_sources_are_not_checked(db: str, rows: Rows) -> None:
    rows.source("retired", enabled=False)
    rows.pages("retired", 50, NOW - 3 * DAY)
    assert "retired" not in by_source(quality.volume(db, now=NOW))


def test_empty_text_rate_rising_fails_with_the_figure(db: str, rows: Rows) -> None:
    for name in ("good", "broken"):
        rows.pages(name, 40, NOW - 5 * DAY, processed=True, words=200)
    rows.pages("good", 20, NOW - timedelta(hours=4), processed=True, words=150)
    rows.pages("good", 1, NOW - timedelta(hours=4), processed=True, words=0)
    rows.pages("broken", 6, NOW - timedelta(hours=4), processed=True, words=150)
    rows.pages("broken", 8, NOW - timedelta(hours=4), processed=True, words=0)
    rows.pages("broken", 2, NOW - timedelta(hours=4), processed=True, error="extract: no body")

    results = by_source(quality.empty_text(db, now=NOW))

    assert results["good"].ok
    assert not results["broken"].ok
    assert results["broken"].value == pytest.approx(10 / 16)
    assert "'broken'" in results["broken"].message and "62%" in results["broken"].message


def test_failure_rate_needs_a_real_rise_on_enough_pages(db: str, rows: Rows) -> None:
    rows.pages("flaky", 50, NOW - 3 * DAY)
    rows.failures("flaky", 25, NOW - 3 * DAY)  # norm: a third fail, and it stays so
    rows.pages("flaky", 20, NOW - timedelta(hours=1))
    rows.failures("flaky", 10, NOW - timedelta(hours=1))
    rows.pages("failing", 50, NOW - 3 * DAY)
    rows.pages("failing", 5, NOW - timedelta(hours=1))
    rows.failures("failing", 15, NOW - timedelta(hours=1))
    rows.pages("tiny", 1, NOW - timedelta(hours=1))  # 2 of 3 failed: too few pages to judge
    rows.failures("tiny", 2, NOW - timedelta(hours=1))

    results = by_source(quality.failure_rate(db, now=NOW))

    assert results["flaky"].ok and results["tiny"].ok
    assert not results["failing"].ok
    assert "75%" in results["failing"].message and "(15/20)" in results["failing"].message


def test_relevance_share_shift_is_flagged_overall_and_per_source(db: str, rows: Rows) -> None:
    rows.scored("wire", 30, 70, NOW - 4 * DAY)
    rows.scored("wire", 22, 8, NOW - timedelta(hours=2))  # 30% -> 73%
    rows.scored("calm", 30, 70, NOW - 4 * DAY)
    rows.scored("calm", 9, 21, NOW - timedelta(hours=2))  # 30% -> 30%

    results = by_source(quality.relevance_share(db, now=NOW))

    assert results["calm"].ok
    assert (
        not results["wire"].ok and "73%" in results["wire"].message and "30%" in results["wire"].message
    )
    assert "*" in results


def test_two_proportion_z() -> None:
    assert quality.two_proportion_z(50, 100, 50, 100) == 0
    assert quality.two_proportion_z(80, 100, 20, 100) > 8
    assert quality.two_proportion_z(1, 0, 1, 10) == 0


def test_run_check_records_one_row_per_day_and_overwrites(db: str, rows: Rows) -> None:
    for day in range(1, 15):
        rows.pages("gone", 10, NOW - DAY - day * DAY)

    first = quality.run_check(db, "volume", now=NOW)
    rows.pages("gone", 10, NOW - timedelta(hours=1))
    second = quality.run_check(db, "volume", now=NOW)

    assert quality.failure_summary(first) and "'gone'" in quality.failure_summary(first)
    assert quality.failure_summary(second) is None
    with cursor(db) as cur:
        cur.execute("SELECT checked_on, ok, value FROM quality_checks WHERE check_name = 'volume'")
        assert cur.fetchall() == [(NOW.date(), True, 10.0)]
    with pytest.raises(ValueError, match="unknown check"):
        quality.run_check(db, "nonsense", now=NOW)
