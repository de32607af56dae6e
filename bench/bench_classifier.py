"""Speed of the topic classifier: scoring articles/s in one process and over all cores (goal >=
10,000/s) and training time on 2,000 articles (goal < 10 s), each with the ratio to a plain
TfidfVectorizer + LogisticRegression baseline measured in the same run on the same texts.

Texts: BBC News from ../shared when present (real article lengths), else synthetic articles.
Usage: .venv/bin/python bench/bench_classifier.py [--n-score 20000]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.corpus import load_seeds  # noqa: E402
from classifier.model import TopicModel  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc-news"


def articles(n: int) -> tuple[list[str], str]:
    if (BBC / "splits.csv").is_file():
        with (BBC / "splits.csv").open() as handle:
            paths = [BBC / r["path"] for r in csv.DictReader(handle)]
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
        source = "BBC News (../shared)"
    else:
        rng = random.Random(0)
        words = [f"w{i}" for i in range(5000)]
        texts = [" ".join(rng.choices(words, k=400)) for _ in range(2000)]
        source = "synthetic (../shared absent)"
    return [texts[i % len(texts)] for i in range(n)], source


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n-score", type=int, default=20_000)
    parser.add_argument("--n-train", type=int, default=2_000)
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    seeds = load_seeds(ROOT / "seeds")
    pool, source = articles(args.n_train)
    to_score, _ = articles(args.n_score)
    print(f"texts: {source}; mean length {np.mean([len(t) for t in to_score]):.0f} chars")

    model = TopicModel()
    train_s = timed(lambda: model.fit(seeds, unlabeled=pool))
    seed_texts = [t for texts in seeds.values() for t in texts]
    y = np.r_[np.ones(len(seed_texts)), np.zeros(len(pool))]
    vec = TfidfVectorizer()
    base = LogisticRegression(max_iter=1000, class_weight="balanced")
    base_train_s = timed(lambda: base.fit(vec.fit_transform(seed_texts + pool), y))

    model.score(to_score[:100])  # warm-up
    score_s = timed(lambda: model.score(to_score))
    cores = os.cpu_count() or 1
    parallel_s = timed(lambda: model.score(to_score, workers=cores))
    base_score_s = timed(lambda: base.predict_proba(vec.transform(to_score)))
    rate, base_rate = args.n_score / score_s, args.n_score / base_score_s
    parallel_rate = args.n_score / parallel_s
    print(f"training on {len(seed_texts)} seeds + {len(pool)} articles: {train_s:.2f} s "
          f"(goal < 10 s; baseline {base_train_s:.2f} s, ratio {train_s / base_train_s:.1f}x)")
    print(f"scoring {args.n_score} articles: {rate:,.0f} articles/s "
          f"in one process (baseline, one process: {base_rate:,.0f}/s, ratio {rate / base_rate:.2f}x)")
    print(f"scoring {args.n_score} articles over {cores} processes: {parallel_rate:,.0f} articles/s "
          f"(goal >= 10,000/s; ratio to the baseline {parallel_rate / base_rate:.2f}x; "
          f"load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
