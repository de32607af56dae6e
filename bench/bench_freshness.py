"""Freshness bench (issue 16): polling each source at its own pace vs one fixed interval for all.

Two outlets of the sample site on 127.0.0.1 publish on a simulated clock (a busy one: an article every
~6 minutes at random; a quiet one: two in the whole span). Every tick (5 simulated minutes) the real
scheduling code (``crawlers.schedule.source_is_due`` with ``crawlers.store.recent_publications``)
decides which source is due, and a due source is crawled for real (``crawl_source``: Scrapy,
conditional requests, PostgreSQL). An article's delay is from its publication to the tick whose crawl
stored it, plus the crawl's real duration. Compared on the same publishing with every source crawled
at a fixed interval (cron, as the DAG did: hourly, and every 10 minutes, the fixed interval that
meets the 10-minute budget).

    .venv/bin/python bench/bench_freshness.py [--hours 4] [--seed 7]

Targets: busy p95 delay <= 10 min; quiet source <= 2 requests/hour; adaptive total request rate no
higher than the fixed interval that meets the same budget.
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.store.db import connect
from core.store.migrate import upgrade
from core.store.server import LOCAL_ADMIN_URL, create_database, drop_database, with_database
from core.urls import canonicalize
from crawlers import store
from crawlers.registry import EntryOptions, EntryPoint, Source
from crawlers.runner import crawl_source
from crawlers.schedule import RATE_SAMPLE, RATE_WINDOW, source_is_due
from newsflow.site.server import SiteHandle, running_site

TICK = timedelta(minutes=5)
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": True}


@dataclass
class Outlet:
    site: SiteHandle
    source: Source
    publish_at: list[datetime]  # simulated publication times
    published: dict[str, datetime] = field(default_factory=dict)  # canonical URL -> when
    delays: list[float] = field(default_factory=list)  # minutes
    requests: int = 0
    crawls: int = 0
    last_started: datetime | None = None


def outlet(site: SiteHandle, name: str, policy: str) -> Source:
    feed = EntryPoint(kind="feed", url=site.base_url + "/feeds/rss.xml",
                      options=EntryOptions(link_pattern=r"/articles/\d+-[a-z0-9-]+\.html"))
    bounds = {"min_interval": 5, "max_interval": 120} if policy == "adaptive" else {}
    schedule = {"hourly": "@hourly", "every-10-min": "*/10 * * * *"}.get(policy, "@hourly")
    return Source(name=name, domains=["127.0.0.1"], entry_points=[feed], schedule=schedule, **bounds)


def simulate(
    policy: str, start: datetime, hours: float, plans: dict[str, list[datetime]]
) -> dict[str, Outlet]:
    dbname = f"nf_bench_fresh_{secrets.token_hex(3)}"
    create_database(LOCAL_ADMIN_URL, dbname)
    url = with_database(LOCAL_ADMIN_URL, dbname)
    try:
        upgrade(url)
        with running_site(articles=0) as busy_site, running_site(articles=0) as quiet_site:
            outlets = {
                "busy": Outlet(busy_site, outlet(busy_site, "busy", policy), plans["busy"]),
                "quiet": Outlet(quiet_site, outlet(quiet_site, "quiet", policy), plans["quiet"]),
            }
            for o in outlets.values():  # the outlet's past: what its feed shows at the first crawl
                for at in [t for t in o.publish_at if t <= start]:
                    o.site.add_articles(1, published_at=at)
            conn = connect(url)
            conn.autocommit = True
            ids = store.upsert_sources(conn, [o.source for o in outlets.values()])
            now, end = start, start + timedelta(hours=hours)
            while now <= end:
                for name, o in outlets.items():
                    for at in [t for t in o.publish_at if now - TICK < t <= now]:
                        for link in o.site.add_articles(1, published_at=at):
                            o.published[canonicalize(link)] = at
                    recent = store.recent_publications(conn, [ids[name]], now - RATE_WINDOW, now, RATE_SAMPLE)
                    if not source_is_due(o.source, o.last_started, recent.get(ids[name], []), now):
                        continue
                    began = time.monotonic()
                    result = crawl_source(o.source, database_url=url, source_id=ids[name], settings=FAST)
                    took = (time.monotonic() - began) / 60
                    o.last_started, o.crawls, o.requests = now, o.crawls + 1, o.requests + result.requests
                    with conn.cursor() as cur:
                        cur.execute("SELECT canonical_url FROM raw_pages WHERE crawl_run_id = %s",
                                    (result.crawl_run_id,))
                        for (canonical,) in cur.fetchall():
                            if canonical in o.published:
                                o.delays.append((now - o.published[canonical]).total_seconds() / 60 + took)
                now += TICK
            conn.close()
            return outlets
    finally:
        drop_database(LOCAL_ADMIN_URL, dbname)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hours", type=float, default=4.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime.now(UTC).replace(second=0, microsecond=0)
    span = timedelta(hours=args.hours)
    busy, at = [], start - timedelta(hours=3)  # the busy outlet's pace before the clock starts too
    while True:  # Poisson publishing, one every 6 minutes on average
        at += timedelta(minutes=rng.expovariate(1 / 6))
        if at > start + span:
            break
        busy.append(at)
    quiet = sorted([start - timedelta(hours=20), *(start + span * rng.random() for _ in range(2))])
    plans = {"busy": busy, "quiet": quiet}
    print(f"simulated {args.hours:g} h, tick {TICK.seconds // 60} min: busy publishes "
          f"{sum(t > start for t in busy)}, quiet {sum(t > start for t in quiet)} (seed {args.seed})")
    print(f"{'policy':14} {'busy p95 min':>12} {'busy max':>8} {'quiet req/h':>11} {'total req/h':>11} "
          f"{'crawls':>6} {'stored':>6}")
    for policy in ("adaptive", "every-10-min", "hourly"):
        outlets = simulate(policy, start, args.hours, plans)
        b, q = outlets["busy"], outlets["quiet"]
        total = (b.requests + q.requests) / args.hours
        print(f"{policy:14} {p95(b.delays):12.1f} {max(b.delays, default=float('nan')):8.1f} "
              f"{q.requests / args.hours:11.2f} {total:11.1f} {b.crawls + q.crawls:6d} "
              f"{len(b.delays) + len(q.delays):6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
