"""The article-extraction-benchmark's metric, re-implemented from its description (PROVENANCE.txt):
word 4-gram shingles, per-page TP/FP/FN normalised to sum 1, precision and recall averaged over
pages, F1 of the two means."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"\w+", re.UNICODE)
BENCHMARK = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "article-extraction-benchmark"


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over multisets of word 4-grams."""
    t, p = _shingles(true), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """F1, precision, recall over the pages of ``truth`` (missing predictions count as empty)."""
    counts = [shingle_match(truth[key], predicted.get(key) or "") for key in truth]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall}


def load_truth(root: Path = BENCHMARK) -> dict[str, dict]:
    return json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))


def load_pages(root: Path = BENCHMARK) -> dict[str, bytes]:
    paths = sorted((root / "html").glob("*.html.gz"))
    return {path.name.split(".")[0]: gzip.decompress(path.read_bytes()) for path in paths}


def load_output(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    data = data.get("output", data) if "version" in data else data
    return {key: (value or {}).get("articleBody", "") for key, value in data.items()}


def benchmark_pages() -> tuple[dict[str, bytes], dict[str, str | None]]:
    """(html by page id, url by page id) of the benchmark corpus; exits with a clear message when
    ../shared is not beside the clone."""
    if not BENCHMARK.is_dir():
        raise SystemExit(f"benchmark data not found at {BENCHMARK}")
    return load_pages(), {key: item.get("url") for key, item in load_truth().items()}
