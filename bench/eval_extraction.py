"""Extraction quality on the article-extraction-benchmark (../shared/data/article-extraction-benchmark).

Prints F1, precision, recall (the benchmark's own metric, see extraction_metric.py) and pages/s for
newsflow's extractor and for bare ``trafilatura.extract`` on the same pages in the same run, plus a
check that the scorer reproduces the published figure from the benchmark's own trafilatura output.

    .venv/bin/python bench/eval_extraction.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction_metric import BENCHMARK, load_output, load_pages, load_truth, score


def run(name: str, fn: Callable[[bytes, str | None], str], pages: dict[str, bytes], urls: dict[str, str],
        truth: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    predicted = {key: fn(html, urls.get(key)) or "" for key, html in pages.items()}
    elapsed = time.perf_counter() - start
    metrics = score(truth, predicted)
    print(f"{name:<28} F1={metrics['f1']:.4f}  P={metrics['precision']:.4f}  R={metrics['recall']:.4f}  "
          f"{len(pages) / elapsed:6.1f} pages/s", flush=True)
    return metrics


def main() -> int:
    if not BENCHMARK.is_dir():
        print(f"benchmark data not found at {BENCHMARK}", file=sys.stderr)
        return 2
    import trafilatura

    from cleaner.extract import extract

    gold = load_truth()
    truth = {key: item.get("articleBody", "") for key, item in gold.items()}
    urls = {key: item.get("url") for key, item in gold.items()}
    pages = load_pages()
    published = score(truth, load_output(BENCHMARK / "output" / "trafilatura.json"))
    print(f"scorer check: published trafilatura 2.0.0 output scores F1={published['f1']:.3f} (table: 0.958)")
    extract(pages[next(iter(pages))])  # load models once, outside the timing
    run("bare trafilatura.extract", lambda html, url: trafilatura.extract(html, url=url), pages, urls, truth)
    ours = run("newsflow extract", lambda html, url: extract(html, url).text, pages, urls, truth)
    print(f"goal F1 >= 0.97: {'met' if ours['f1'] >= 0.97 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
