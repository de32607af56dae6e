"""Cost of newsflow's full clean (extract + text cleaning + language + dates + metadata) relative to
bare ``trafilatura.extract`` on the same pages, in the same run. Goal: <= 1.3x.

Rounds alternate between the two so that load from other processes hits both alike; the figure is
the ratio of the median round times.

    .venv/bin/python bench/bench_cleaning_cost.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction_metric import benchmark_pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import trafilatura

    from cleaner.extract import extract

    pages, urls = benchmark_pages()
    extract(pages[next(iter(pages))])  # load the language model outside the timing
    timings: dict[str, list[float]] = {"bare": [], "newsflow": []}
    runners = {
        "bare": lambda html, url: trafilatura.extract(html, url=url),
        "newsflow": lambda html, url: extract(html, url),
    }
    for _ in range(args.rounds):
        for name, fn in runners.items():
            start = time.perf_counter()
            for key, html in pages.items():
                fn(html, urls.get(key))
            timings[name].append(time.perf_counter() - start)
    bare, ours = (statistics.median(timings[name]) for name in ("bare", "newsflow"))
    print(f"pages: {len(pages)}  rounds: {args.rounds}")
    for label, seconds in (("bare trafilatura.extract", bare), ("newsflow full clean", ours)):
        print(f"{label:<25} {len(pages) / seconds:6.1f} pages/s ({1000 * seconds / len(pages):.1f} ms/page)")
    ratio = ours / bare
    print(f"cost ratio: {ratio:.2f}x (goal <= 1.3x: {'met' if ratio <= 1.3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
