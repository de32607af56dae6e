"""Throughput of the whole clean stage with PostgreSQL: ``process_pending`` over the 181 benchmark
pages stored twice (a second outlet republishing them, so exact-duplicate and story look-ups run),
against extraction alone on the same pages in the same run. Uses a scratch database that is
dropped afterwards.

    .venv/bin/python bench/bench_process.py [--batch-size 100]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction_metric import benchmark_pages

from core.store.server import temporary_database


def _load(url: str, pages: dict[str, bytes], urls: dict[str, str]) -> None:
    from psycopg2.extras import execute_values

    from core.store.db import connect

    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            rows = []
            for outlet in ("first", "second"):
                cur.execute("INSERT INTO sources (name) VALUES (%s) RETURNING id", (outlet,))
                source_id = cur.fetchone()[0]
                cur.execute("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id", (source_id,))
                run_id = cur.fetchone()[0]
                for key, html in pages.items():
                    page_url = urls.get(key) or f"https://bench.test/{key}"
                    if outlet == "second":
                        page_url = f"https://mirror.test/{key}"
                    rows.append((run_id, source_id, page_url, page_url, page_url, 200,
                                 json.dumps({"Content-Type": "text/html; charset=utf-8"}), html,
                                 hashlib.sha256(html).hexdigest()))
            execute_values(cur, "INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, "
                                "final_url, status, headers, body, body_sha256) VALUES %s", rows)
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args()
    from cleaner.extract import extract
    from cleaner.process import process_pending

    pages, urls = benchmark_pages()
    extract(pages[next(iter(pages))])
    start = time.perf_counter()
    for key, html in pages.items():
        extract(html, urls.get(key))
    extract_seconds = 2 * (time.perf_counter() - start)  # both outlets' copies

    with temporary_database("nf_bench") as (url, _):
        _load(url, pages, urls)
        start = time.perf_counter()
        result = process_pending(url, batch_size=args.batch_size)
        process_seconds = time.perf_counter() - start
    total = 2 * len(pages)
    print(f"raw pages: {total}  batch size: {args.batch_size}")
    print(f"result: {result.model_dump()}")
    print(f"extraction alone:  {total / extract_seconds:6.1f} pages/s")
    print(f"process_pending:   {total / process_seconds:6.1f} pages/s "
          f"({process_seconds / extract_seconds:.2f}x extraction alone)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
