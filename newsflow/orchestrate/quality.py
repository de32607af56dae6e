"""Daily data-quality checks an analyst would otherwise do by hand.

Each check compares a figure per source over the last window (a day by default) with the same
figure's norm over the preceding baseline window (two weeks), and returns one ``CheckResult`` per
source. Failing results carry a message naming the source and the figures, e.g.
``volume: source 'demo' fetched 0 pages in the last 24 h against a norm of 41.5``.

- ``volume``: pages fetched drop to zero or far below the source's norm.
- ``empty_text``: the share of processed pages that yielded no text rises.
- ``failure_rate``: the share of fetches that failed rises.
- ``relevance_share``: the share of articles the active model calls relevant shifts (all sources
  together, ``'*'``, and per source), judged by size and by a two-proportion z-test.

``run_checks`` runs them, stores the results in ``quality_checks`` (one row per day, check and source,
overwritten on a re-run) and returns them; the DAG fails a task when any of its results failed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import psycopg2.extras

from core.store.db import connect


@dataclass(frozen=True)
class Thresholds:
    """When a figure counts as a failure. Defaults suit hourly crawls of news sites."""

    window: timedelta = timedelta(days=1)
    baseline_windows: int = 14
    # Volume: fail when the window's pages fall below this share of the norm (zero always fails),
    # but only for sources whose norm is at least min_norm pages a window.
    min_volume_ratio: float = 0.25
    min_norm: float = 3.0
    # Rates (empty text, failures): fail when the rate rose by rate_rise over its norm and is at
    # least min_rate, on at least min_sample pages.
    rate_rise: float = 0.2
    min_rate: float = 0.3
    min_sample: int = 10
    # Relevance: fail when the share moved by relevance_shift and |z| >= relevance_z.
    relevance_shift: float = 0.15
    relevance_z: float = 3.0


@dataclass(frozen=True)
class CheckResult:
    check: str
    source: str
    ok: bool
    value: float | None
    baseline: float | None
    message: str


@dataclass(frozen=True)
class _Counts:
    """Numerator and denominator of a figure in the window and in the baseline."""

    source: str
    num: int
    den: int
    base_num: int
    base_den: int


def _bounds(now: datetime | None, th: Thresholds) -> dict[str, datetime]:
    end = now or datetime.now(UTC)
    start = end - th.window
    return {"end": end, "start": start, "base_start": start - th.window * th.baseline_windows}


def _fetch_counts(database_url: str, query: str, params: dict) -> list[_Counts]:
    conn = connect(database_url)
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.NamedTupleCursor) as cur:
            cur.execute(query, params)
            return [
                _Counts(r.source, int(r.num), int(r.den), int(r.base_num), int(r.base_den))
                for r in cur.fetchall()
            ]
    finally:
        conn.close()


# Pages fetched per enabled source: num = in the window, base_num = in the baseline window.
_VOLUME_SQL = """
SELECT s.name AS source,
       count(*) FILTER (WHERE rp.fetched_at >= %(start)s AND rp.fetched_at < %(end)s) AS num,
       1 AS den,
       count(*) FILTER (WHERE rp.fetched_at >= %(base_start)s AND rp.fetched_at < %(start)s) AS base_num,
       1 AS base_den
FROM sources s
LEFT JOIN raw_pages rp ON rp.source_id = s.id AND rp.fetched_at >= %(base_start)s AND rp.fetched_at < %(end)s
WHERE s.enabled
GROUP BY s.name ORDER BY s.name
"""


def volume(
    database_url: str, *, now: datetime | None = None, th: Thresholds = Thresholds()
) -> list[CheckResult]:
    """Pages fetched per enabled source in the window against the source's norm per window."""
    results = []
    hours = th.window.total_seconds() / 3600
    for c in _fetch_counts(database_url, _VOLUME_SQL, _bounds(now, th)):
        norm = c.base_num / th.baseline_windows
        figure = (
            f"source {c.source!r} fetched {c.num} pages in the last {hours:g} h"
            f" against a norm of {norm:.1f}"
        )
        if norm < th.min_norm:
            ok, why = True, f"{figure} (norm below {th.min_norm:g}: not judged)"
        elif c.num == 0:
            ok, why = False, f"{figure}: dropped to zero"
        elif c.num < th.min_volume_ratio * norm:
            ok, why = False, f"{figure}: below {th.min_volume_ratio:.0%} of its norm"
        else:
            ok, why = True, figure
        results.append(CheckResult("volume", c.source, ok, float(c.num), norm, f"volume: {why}"))
    return results


# Pages that yielded no text: processed raw pages with a processing error or whose article is
# empty, over processed raw pages, by processing time.
_EMPTY_SQL = """
WITH pages AS (
    SELECT s.name AS source, rp.processed_at AS at,
           (rp.process_error IS NOT NULL OR coalesce(a.word_count, 1) = 0) AS bad
    FROM raw_pages rp
    JOIN sources s ON s.id = rp.source_id AND s.enabled
    LEFT JOIN articles a ON a.raw_page_id = rp.id
    WHERE rp.processed_at >= %(base_start)s AND rp.processed_at < %(end)s
)
SELECT source,
       count(*) FILTER (WHERE bad AND at >= %(start)s) AS num,
       count(*) FILTER (WHERE at >= %(start)s) AS den,
       count(*) FILTER (WHERE bad AND at < %(start)s) AS base_num,
       count(*) FILTER (WHERE at < %(start)s) AS base_den
FROM pages GROUP BY source ORDER BY source
"""

# Failed fetches over all fetch attempts (stored pages + recorded failures), by time.
_FAILURE_SQL = """
WITH attempts AS (
    SELECT rp.source_id, rp.fetched_at AS at, false AS bad FROM raw_pages rp
    WHERE rp.fetched_at >= %(base_start)s AND rp.fetched_at < %(end)s
      AND (rp.status IS NULL OR rp.status < 400)
    UNION ALL
    SELECT ff.source_id, ff.occurred_at, true FROM fetch_failures ff
    WHERE ff.occurred_at >= %(base_start)s AND ff.occurred_at < %(end)s
)
SELECT s.name AS source,
       count(*) FILTER (WHERE bad AND at >= %(start)s) AS num,
       count(*) FILTER (WHERE at >= %(start)s) AS den,
       count(*) FILTER (WHERE bad AND at < %(start)s) AS base_num,
       count(*) FILTER (WHERE at < %(start)s) AS base_den
FROM attempts JOIN sources s ON s.id = attempts.source_id AND s.enabled
GROUP BY s.name ORDER BY s.name
"""


def _rate_check(name: str, what: str, counts: Sequence[_Counts], th: Thresholds) -> list[CheckResult]:
    results = []
    for c in counts:
        rate = c.num / c.den if c.den else None
        norm = c.base_num / c.base_den if c.base_den else None
        if rate is None:
            results.append(
                CheckResult(
                    name,
                    c.source,
                    True,
                    None,
                    norm,
                    f"{name}: source {c.source!r} had no pages in the window",
                )
            )
            continue
        figure = f"source {c.source!r} {what} {rate:.0%} ({c.num}/{c.den})" + (
            f" against a norm of {norm:.0%}" if norm is not None else " (no norm yet)"
        )
        rose = rate >= th.min_rate and rate - (norm or 0.0) >= th.rate_rise
        ok = not (rose and c.den >= th.min_sample)
        results.append(
            CheckResult(name, c.source, ok, rate, norm, f"{name}: {figure}" + ("" if ok else ": rising"))
        )
    return results


def empty_text(
    database_url: str, *, now: datetime | None = None, th: Thresholds = Thresholds()
) -> list[CheckResult]:
    """Share of processed pages per source that yielded no text, against its norm."""
    counts = _fetch_counts(database_url, _EMPTY_SQL, _bounds(now, th))
    return _rate_check("empty_text", "yielded no text on", counts, th)


def failure_rate(
    database_url: str, *, now: datetime | None = None, th: Thresholds = Thresholds()
) -> list[CheckResult]:
    """Share of fetches per source that failed, against its norm."""
    counts = _fetch_counts(database_url, _FAILURE_SQL, _bounds(now, th))
    return _rate_check("failure_rate", "failed on", counts, th)


# Relevant articles (by the active model) over classified articles, by article creation time;
# one row for all sources ('*') and one per source.
_RELEVANCE_SQL = """
WITH scored AS (
    SELECT s.name AS source, a.created_at AS at, c.relevant
    FROM classifications c
    JOIN models m ON m.id = c.model_id AND m.active
    JOIN articles a ON a.id = c.article_id
    JOIN sources s ON s.id = a.source_id
    WHERE a.created_at >= %(base_start)s AND a.created_at < %(end)s
)
SELECT coalesce(source, '*') AS source,
       count(*) FILTER (WHERE relevant AND at >= %(start)s) AS num,
       count(*) FILTER (WHERE at >= %(start)s) AS den,
       count(*) FILTER (WHERE relevant AND at < %(start)s) AS base_num,
       count(*) FILTER (WHERE at < %(start)s) AS base_den
FROM scored GROUP BY ROLLUP (source) ORDER BY source NULLS FIRST
"""


def two_proportion_z(k1: int, n1: int, k0: int, n0: int) -> float:
    """z statistic of p1 = k1/n1 against p0 = k0/n0 with a pooled variance (0 when undefined)."""
    if not n1 or not n0:
        return 0.0
    pooled = (k1 + k0) / (n1 + n0)
    var = pooled * (1 - pooled) * (1 / n1 + 1 / n0)
    return 0.0 if var == 0 else (k1 / n1 - k0 / n0) / math.sqrt(var)


def relevance_share(
    database_url: str, *, now: datetime | None = None, th: Thresholds = Thresholds()
) -> list[CheckResult]:
    """Share of articles the active model calls relevant, against its norm."""
    results = []
    for c in _fetch_counts(database_url, _RELEVANCE_SQL, _bounds(now, th)):
        who = "all sources" if c.source == "*" else f"source {c.source!r}"
        if not c.den or not c.base_den:
            results.append(
                CheckResult(
                    "relevance_share",
                    c.source,
                    True,
                    None,
                    None,
                    f"relevance_share: {who}: not enough scored articles to compare",
                )
            )
            continue
        share, norm = c.num / c.den, c.base_num / c.base_den
        z = two_proportion_z(c.num, c.den, c.base_num, c.base_den)
        shifted = (
            abs(share - norm) >= th.relevance_shift
            and abs(z) >= th.relevance_z
            and min(c.den, c.base_den) >= th.min_sample
        )
        message = (
            f"relevance_share: {who} had {share:.0%} relevant ({c.num}/{c.den}) against a norm of "
            f"{norm:.0%} ({c.base_num}/{c.base_den}), z={z:.1f}" + (": shifted" if shifted else "")
        )
        results.append(CheckResult("relevance_share", c.source, not shifted, share, norm, message))
    return results


CHECKS: dict[str, Callable[..., list[CheckResult]]] = {
    "volume": volume,
    "empty_text": empty_text,
    "failure_rate": failure_rate,
    "relevance_share": relevance_share,
}


def record(database_url: str, results: Sequence[CheckResult], checked_on: date) -> None:
    """Store results, replacing that day's rows for the same check and source."""
    if not results:
        return
    conn = connect(database_url)
    try:
        with conn, conn.cursor() as cur:
            psycopg2.extras.execute_values(
                cur,
                "INSERT INTO quality_checks (checked_on, check_name, source, ok, value, baseline, message)"
                " VALUES %s ON CONFLICT (checked_on, check_name, source) DO UPDATE SET ok = EXCLUDED.ok,"
                " value = EXCLUDED.value, baseline = EXCLUDED.baseline, message = EXCLUDED.message,"
                " checked_at = now()",
                [(checked_on, r.check, r.source, r.ok, r.value, r.baseline, r.message) for r in results],
            )
    finally:
        conn.close()


def run_check(
    database_url: str, name: str, *, now: datetime | None = None, th: Thresholds = Thresholds()
) -> list[CheckResult]:
    """Run one named check, record its results under the window's end date, and return them."""
    if name not in CHECKS:
        raise ValueError(f"unknown check {name!r}; known: {', '.join(CHECKS)}")
    end = now or datetime.now(UTC)
    results = CHECKS[name](database_url, now=end, th=th)
    record(database_url, results, end.date())
    return results


def failure_summary(results: Sequence[CheckResult]) -> str | None:
    """One message listing every failed result, or None when all passed."""
    failed = [r.message for r in results if not r.ok]
    return "; ".join(failed) if failed else None
