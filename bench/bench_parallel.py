"""Scale-up of the whole pipeline after the fetch (clean, classify, load) over the cores of one
machine: the same stored pages processed (``process_pending``) and scored (``score_pending``) with 1
worker, then with N workers (default: every core), rounds alternating, medians; pages/s and the
ratio in the same run (goal on 2 cores: >= 1.8x). Also checks that both runs wrote the same tables.

Pages: the article-extraction-benchmark's real news pages stored by two outlets (the second a
mirror, so exact-duplicate and story look-ups run) when ../shared is present, else sample-site pages
with varied bodies. A scratch database is created and dropped.

    .venv/bin/python bench/bench_parallel.py [--rounds 3] [--workers N] [--batch-size 50]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline_worker import reset_outputs

from core.store.db import connect, query
from core.store.server import temporary_database

GOAL_RATIO_2_CORES = 1.8
HTML_HEADERS = '{"Content-Type": "text/html; charset=utf-8"}'


def pages_to_store(sample: int) -> tuple[str, list[tuple[str, bytes]]]:
    """(where from, [(url, html)])."""
    from extraction_metric import BENCHMARK

    if BENCHMARK.is_dir():
        from extraction_metric import benchmark_pages

        html, _urls = benchmark_pages()
        out = []
        for outlet in ("https://bench.example/", "https://mirror.example/"):
            out += [(outlet + key, body) for key, body in sorted(html.items())]
        return f"{len(html)} article-extraction-benchmark pages x 2 outlets", out
    from corpus import varied_article

    from newsflow.site.pages import article_html

    base = "https://bench.example"
    articles = [varied_article(n) for n in range(sample)]
    return f"{sample} sample-site pages (../shared absent)", [
        (base + a.path, article_html(a, base, articles[max(0, i - 5) : i]).encode())
        for i, a in enumerate(articles)]


def store(url: str, pages: list[tuple[str, bytes]]) -> None:
    from psycopg2.extras import execute_values

    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO sources (name) VALUES ('bench') RETURNING id")
            source_id = cur.fetchone()[0]
            execute_values(cur, "INSERT INTO raw_pages (source_id, url, canonical_url, final_url, status, "
                                "headers, body, body_sha256) VALUES %s",
                           [(source_id, u, u, u, 200, HTML_HEADERS, body, hashlib.sha256(body).hexdigest())
                            for u, body in pages], page_size=200)
    finally:
        conn.close()


def snapshot(url: str) -> tuple:
    return (query(url, "SELECT id, canonical_url, text_sha256, story_id, status FROM articles ORDER BY id"),
            query(url, "SELECT id, article_count, title FROM stories ORDER BY id"),
            query(url, "SELECT id, process_status, article_id FROM raw_pages ORDER BY id"),
            query(url, "SELECT article_id, relevant, round(score::numeric, 6) FROM classifications "
                       "ORDER BY article_id"))


SERIAL = {"seconds": 0.0}  # time spent in the serialised write phase (1-worker rounds: this process)


def time_serial_part() -> None:
    """Count the time of the write phase, the part that runs one batch at a time whatever the
    workers: with the 1-worker time it bounds the speed-up on idle cores (Amdahl)."""
    import cleaner.process as process

    write = process.write_guarded

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return write(*args, **kwargs)
        finally:
            SERIAL["seconds"] += time.perf_counter() - started

    process.write_guarded = timed


def one_round(url: str, model_id: int, workers: int, batch_size: int) -> tuple[float, float]:
    """(processing seconds, scoring seconds) from raw pages to classifications."""
    from classifier.scoring import score_pending
    from cleaner.process import process_pending

    reset_outputs(url, restart_ids=True)
    started = time.perf_counter()
    process_pending(url, batch_size=batch_size, workers=workers)
    processed = time.perf_counter()
    score_pending(url, model_id=model_id, workers=workers)
    return processed - started, time.perf_counter() - processed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--sample-pages", type=int, default=600)
    args = parser.parse_args()
    from classifier.registry import active_model
    from classifier.retrain import retrain
    from cleaner.extract import extract
    from cleaner.process import process_pending
    from core.settings import get_settings

    load_before = os.getloadavg()[0]
    origin, pages = pages_to_store(args.sample_pages)
    extract(pages[0][1], pages[0][0])  # lazy imports and language model: loaded before the forks
    with temporary_database("nf_bench_par") as (url, where):
        store(url, pages)
        process_pending(url, batch_size=args.batch_size, workers=1)  # the pool a first model learns
        retrain(url, get_settings().seeds_dir)
        model_id = active_model(url)[0]
        timings: dict[int, list[tuple[float, float]]] = {1: [], args.workers: []}
        time_serial_part()
        tables = {}
        for _ in range(args.rounds):
            for workers in timings:
                timings[workers].append(one_round(url, model_id, workers, args.batch_size))
                tables[workers] = snapshot(url)
    n = len(pages)
    print(f"pages: {origin}; postgres: {where}; batch size {args.batch_size}; {args.rounds} rounds; "
          f"{os.cpu_count()} cores; load average before/after {load_before:.1f}/{os.getloadavg()[0]:.1f} "
          "(a ratio needs idle cores: other work on them caps it)")
    rates = {}
    for workers, runs in timings.items():
        process = statistics.median(r[0] for r in runs)
        score = statistics.median(r[1] for r in runs)
        whole = statistics.median(r[0] + r[1] for r in runs)
        rates[workers] = n / whole
        print(f"  {workers} worker(s): clean {n / process:6.1f} pages/s, classify {n / score:7.1f} pages/s, "
              f"whole pipeline {n / whole:6.1f} pages/s ({whole:.1f} s)")
    serial = SERIAL["seconds"] / sum(r[0] + r[1] for r in timings[1])
    bound = 1 / (serial + (1 - serial) / args.workers)
    print(f"  serialised write phase: {100 * serial:.1f}% of the 1-worker time; so at most {bound:.2f}x "
          f"on {args.workers} idle cores")
    ratio = rates[args.workers] / rates[1]
    verdict = ""
    if args.workers == 2:
        verdict = f" (goal >= {GOAL_RATIO_2_CORES}x: {'met' if ratio >= GOAL_RATIO_2_CORES else 'NOT met'})"
    print(f"  whole pipeline, {args.workers} workers vs 1: {ratio:.2f}x{verdict}")
    same = tables[1] == tables[args.workers]
    print(f"  tables (articles, stories, raw_pages outcomes, classifications) identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
