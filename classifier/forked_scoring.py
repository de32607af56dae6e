"""Scoring one large batch of texts in forked processes (``TopicModel.score(texts, workers)``).

Scoring is CPU-bound Python (tokenising), so a batch is split over one process per core, through
``core.parallel.run_forked`` (the project's one way to fork workers). The model and the texts are
set just before forking: the workers inherit them copy-on-write, so only index ranges go to them and
compact results come back (pickling 20,000 articles would cost more than scoring them). Stored
articles are scored in shares by ``scoring.score_pending`` instead.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.parallel import run_forked

if TYPE_CHECKING:
    from classifier.model import TopicModel

# Below this many texts a batch is scored in-process (forking costs more than it saves).
PARALLEL_MIN_TEXTS = 4000

_WORK: tuple[TopicModel, list[str]] | None = None

_Fields = tuple[list[str], list[float], list[bool], list[list[str]]]


def worth_forking(n_texts: int, workers: int) -> bool:
    # The workers find the texts in memory they inherit: only a forked process has them.
    return (workers > 1 and n_texts >= PARALLEL_MIN_TEXTS
            and "fork" in multiprocessing.get_all_start_methods())


def _score_range(bounds: tuple[int, int], _report: Callable[[object], None]) -> tuple[int, _Fields]:
    assert _WORK is not None
    model, texts = _WORK
    scores = model.score(texts[bounds[0] : bounds[1]])
    return bounds[0], ([s.label for s in scores], [s.score for s in scores], [s.relevant for s in scores],
                       [s.top_terms for s in scores])


def score_in_processes(model: TopicModel, texts: list[str], workers: int
                       ) -> list[tuple[str, float, bool, list[str]]]:
    """``(label, score, relevant, top_terms)`` of each text, in order, scored by ``workers`` processes."""
    global _WORK
    _WORK = (model, texts)
    size = -(-len(texts) // workers)
    ranges = [(i, min(i + size, len(texts))) for i in range(0, len(texts), size)]
    try:
        parts = run_forked(_score_range, [(bounds,) for bounds in ranges])
    finally:
        _WORK = None
    parts.sort(key=lambda part: part[0])  # run_forked returns them in completion order
    return [fields for _, part in parts for fields in zip(*part, strict=True)]
