"""Export streaming: throughput and peak memory of ``newsflow export`` at two table sizes, against a
baseline in the same run that loads the whole result at once (a plain client-side cursor).

Each export runs in its own process (peak RSS from ``wait4``), writing JSON Lines to a temp file. A
streaming export's peak memory should barely grow with the table (ratio large/small near 1), the
baseline's grows with it.

    .venv/bin/python bench/bench_analyst_export.py [--small 5000] [--large 40000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg2.extras  # noqa: E402

from core.store.db import transaction  # noqa: E402
from core.store.server import temporary_database  # noqa: E402

PARAGRAPH = ("Delegations at the open-ended working group discussed confidence-building measures, "
             "capacity building and the application of international law to cyberspace. ") * 12

# The baseline: same query, but every row fetched into memory before writing.
BASELINE = """
import json, sys, psycopg2
from newsflow.analyst.export import _ORDERED, COLUMNS, _iso
from datetime import UTC, datetime
conn = psycopg2.connect(sys.argv[1])
cur = conn.cursor()
cur.execute(_ORDERED, {"since": datetime(2000, 1, 1, tzinfo=UTC), "relevant_only": False})
rows = cur.fetchall()
names = [n for n, _ in COLUMNS]
with open(sys.argv[2], "w") as out:
    for row in rows:
        out.write(json.dumps(dict(zip(names, map(_iso, row)))) + "\\n")
"""


def fill(url: str, count: int) -> None:
    with transaction(url) as conn, conn.cursor() as cur:
        cur.execute("TRUNCATE sources, articles, models, classifications, stories RESTART IDENTITY CASCADE")
        cur.execute("INSERT INTO sources (name) VALUES ('bench') RETURNING id")
        source = cur.fetchone()[0]
        cur.execute("INSERT INTO models (version, seeds_hash, threshold, active)"
                    " VALUES ('b', 'h', 0.5, true)")
        psycopg2.extras.execute_values(
            cur,
            "INSERT INTO articles (canonical_url, url, source_id, title, published_at, text, text_sha256,"
            " word_count, extractor, extractor_version, cleaner_version) VALUES %s",
            [(f"https://b.example/{i}", f"https://b.example/{i}", source, f"Article {i}",
              f"2026-11-{1 + i % 20:02d}T08:00:00Z", f"{i} {PARAGRAPH}", f"{i:064x}", 260, "t", "1", "1")
             for i in range(count)],
            page_size=2000,
        )
        cur.execute("INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms)"
                    " SELECT id, 1, 'x', (id % 100) / 100.0, id % 100 >= 50, '{cyberspace,oewg}'"
                    " FROM articles")


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{cmd} failed")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=5000)
    parser.add_argument("--large", type=int, default=40000)
    parser.add_argument("--fill", nargs=2, metavar=("URL", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill[0], int(args.fill[1]))
        return 0
    with temporary_database("nf_bench") as (url, origin), tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": url}
        results = {}
        out = str(Path(tmp) / "export.jsonl")
        for size in (args.small, args.large):
            # Filled by a child: a child's peak RSS counts what it was forked from, so this
            # process stays small.
            subprocess.run([sys.executable, __file__, "--fill", url, str(size)], check=True)
            stream = run([sys.executable, "-m", "newsflow", "export", "--since", "2000-01-01",
                          "--format", "jsonl", "--out", out], env)
            base = run([sys.executable, "-c", BASELINE, url, out], env)
            results[size] = (stream, base)
            print(f"{size:>7} articles: streaming export {stream[0]:.2f} s "
                  f"({size / stream[0]:,.0f} rows/s), peak RSS {stream[1]:.0f} MiB | "
                  f"fetch-all baseline {base[0]:.2f} s, peak RSS {base[1]:.0f} MiB")
        (s_small, b_small), (s_large, b_large) = results[args.small], results[args.large]
        print(f"peak RSS growth for {args.large // args.small}x rows:"
              f" streaming {s_large[1] / s_small[1]:.2f}x,"
              f" baseline {b_large[1] / b_small[1]:.2f}x; streaming/baseline at {args.large}:"
              f" memory {s_large[1] / b_large[1]:.2f}x, time {s_large[0] / b_large[0]:.2f}x"
              f" (server: {origin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
