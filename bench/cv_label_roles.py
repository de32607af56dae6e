"""How analyst labels enter the few-seed fit: roles not tried before, none adopted
(docs/classifier-method.md, step 6, "Analyst labels: their place in the centroid and their weight
within their class"). Each a patch of ``selftraining.SelfTraining`` for one fit, measured on
relevance-dev with labels (``python bench/cv_label_roles.py VARIANT...``: ``eval_classifier.py
--labels``' 5-fold x 2, each error printed with its fold's threshold) and on BBC's train split
(``tune_classifier_cv.py --compare labels-roles``, ``role_scores``). Without labels every variant is
the shipped fit (seeds-only figures identical).

- ``seed-centroid``: the round-0 centroid, the reliable negatives' cohesion cut and Rocchio use the
  seeds only; topic labels enter the regressions alone. Why: labels drawn near the threshold are the
  topic's borderline cases; joined to the centroid they pull it, and lower the cohesion cut, towards
  the near-misses.
- ``symmetric``: the ``none`` labels hold the same share of the ``none`` class's weight as the topic
  labels hold of the topic's. Why: class balancing makes the labels nearly all of the topic's weight
  (16 labels at 20 against 5 seeds at 1 and 20 pseudo-positives at 0.5: 95%) but an eighth of the
  ``none`` class's (15 at 20 against 2,200 pool negatives at 1), a share that shrinks as the pool
  grows; the near-misses an analyst marks ``none`` weigh less than the borderline positives.
- ``symmetric-down``: the same symmetry the other way: the topic labels brought down to the ``none``
  labels' share of their class (the seeds and pseudo-positives keep the rest).
- ``share:N0`` / ``share-both:N0``: each class's labels hold ``m / (m + N0)`` of its weight (``m``
  labels; the topic labels only, or both kinds): labels count as evidence by their number, the
  seeds and the pool as N0 labels' worth, whatever the pool's size.
- ``mix:N0`` (score time, no refit): the labelled model's log-odds mixed with the labels-free one's,
  weight n / (n + N0) for n labels, the threshold keeping the labelled model's count of relevant
  pool texts.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import classifier.selftraining as st  # noqa: E402
from bench.eval_classifier import binary_report, dev_folds, load_bbc, load_dev  # noqa: E402
from classifier.corpus import load_seeds  # noqa: E402
from classifier.model import ModelParams, TopicModel  # noqa: E402
from classifier.threshold import count_threshold, logit  # noqa: E402

_ORIGINAL_INIT = st.SelfTraining.__init__
_ORIGINAL_SET = st.SelfTraining._training_set


def _seed_centroid_init(self, params, rows) -> None:
    """The shipped ``__init__`` seeing the seeds only as positives; the rows restored after."""
    X_pos, y_pos, w_pos = rows.X_pos, rows.y_pos, rows.w_pos
    rows.X_pos, rows.y_pos, rows.w_pos = X_pos[: rows.n_seeds], y_pos[: rows.n_seeds], w_pos[: rows.n_seeds]
    try:
        _ORIGINAL_INIT(self, params, rows)
    finally:
        rows.X_pos, rows.y_pos, rows.w_pos = X_pos, y_pos, w_pos


def _share_set(self, pseudo_weight=None, n0: float = 20.0, both: bool = False):
    """The shipped training set, each class's labels holding ``m / (m + n0)`` of its weight (``m``
    labels; the topic labels only, or ``both``); each class's total kept."""
    X, y, w = _ORIGINAL_SET(self, pseudo_weight)
    rows = self.rows
    none_class, n_pos = rows.n_labels, rows.X_pos.shape[0]
    w = w.copy()
    groups = [(np.arange(rows.n_seeds, n_pos), np.flatnonzero(y != none_class))]
    m = rows.X_none.shape[0]
    if both and m:
        none_rows = np.flatnonzero(y == none_class)
        groups.append((none_rows[-m:], none_rows))
    for labels_rows, class_rows in groups:
        rest = np.setdiff1d(class_rows, labels_rows)
        if not len(labels_rows) or not len(rest):
            continue
        share, total = len(labels_rows) / (len(labels_rows) + n0), w[class_rows].sum()
        w[labels_rows] *= share * total / w[labels_rows].sum()
        w[rest] *= (1 - share) * total / w[rest].sum()
    return X, y, w


def _symmetric_set(self, pseudo_weight=None, self_down: bool = False):
    """The shipped training set, the ``none`` labels (its last rows) reweighed to the topic labels'
    share of the topic classes' weight; each class's total kept."""
    X, y, w = _ORIGINAL_SET(self, pseudo_weight)
    rows = self.rows
    m = rows.X_none.shape[0]
    if not m or len(rows.y_pos) == rows.n_seeds:
        return X, y, w
    none_class = rows.n_labels
    n_pos = rows.X_pos.shape[0]
    share = w[rows.n_seeds : n_pos].sum() / w[y != none_class].sum()
    none_rows = np.flatnonzero(y == none_class)
    labels_rows, pool_rows = none_rows[-m:], none_rows[:-m]
    total = w[none_rows].sum()
    w = w.copy()
    if len(pool_rows) and not self_down:
        w[pool_rows] *= (1 - share) * total / w[pool_rows].sum()
        w[labels_rows] *= share * total / w[labels_rows].sum()
    elif self_down:  # the topic labels brought down to the none labels' share of their class
        target = w[labels_rows].sum() / total
        pos_rows = np.flatnonzero(y != none_class)
        topic_labels = np.arange(rows.n_seeds, n_pos)
        pos_total = w[pos_rows].sum()
        rest = np.setdiff1d(pos_rows, topic_labels)
        w[topic_labels] *= target * pos_total / w[topic_labels].sum()
        w[rest] *= (1 - target) * pos_total / w[rest].sum()
    return X, y, w


@contextmanager
def patched(variant: str):
    try:
        if variant == "seed-centroid":
            st.SelfTraining.__init__ = _seed_centroid_init
        elif variant == "symmetric":
            st.SelfTraining._training_set = _symmetric_set
        elif variant == "symmetric-down":
            st.SelfTraining._training_set = lambda self, pw=None: _symmetric_set(self, pw, self_down=True)
        elif variant.startswith("share"):
            n0, both = float(variant.split(":")[1]), variant.startswith("share-both")
            st.SelfTraining._training_set = lambda self, pw=None: _share_set(self, pw, n0, both)
        elif variant != "shipped":
            raise ValueError(variant)
        yield
    finally:
        st.SelfTraining.__init__ = _ORIGINAL_INIT
        st.SelfTraining._training_set = _ORIGINAL_SET


def mixed(labelled_model: TopicModel, free_model: TopicModel, n: int, n0: float, pool: list[str],
          scored: list[str]) -> tuple[np.ndarray, float]:
    """``mix:N0``: scores of ``scored`` and the threshold keeping the labelled model's pool count."""
    a = n / (n + n0)

    def z(texts: list[str]) -> np.ndarray:
        return (a * logit(labelled_model.topic_scores(texts)[0])
                + (1 - a) * logit(free_model.topic_scores(texts)[0]))

    zp = z(pool)
    count = int((labelled_model.topic_scores(pool)[0] >= labelled_model.threshold).sum())
    cut = count_threshold(zp, count, np.array([np.inf]))
    return 1 / (1 + np.exp(-z(scored))), float(1 / (1 + np.exp(-cut)))


def role_scores(seeds, pool, labelled, variant: str, scored: list[str]) -> tuple[np.ndarray, float]:
    """Scores of ``scored`` and the threshold of a fit with ``variant``'s patch."""
    with patched(variant):
        model = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
    return np.array([x.score for x in model.score(scored)]), model.threshold


def record(acc: tuple[list, list, list, list], name: str, rep: int, k: int, measured: list[dict],
           scores: np.ndarray, threshold: float) -> None:
    """Append one fold's truth, near-miss flag, scores and decisions to ``acc``; print its errors."""
    y, near, sc, rel = acc
    for r, x in zip(measured, scores, strict=True):
        y.append(r["label"] == "relevant")
        near.append(r["label"] != "off_topic")
        sc.append(x)
        rel.append(x >= threshold)
        if (x >= threshold) != (r["label"] == "relevant"):
            print(f"  {name} rep {rep} fold {k} {r['id']} {r['label']} {x:.3f} thr {threshold:.3f}",
                  flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+", help="shipped, seed-centroid, symmetric, "
                        "symmetric-down, share:N0, share-both:N0, mix:N0")
    args = parser.parse_args()
    dev, bbc = load_dev(), load_bbc()
    seeds = load_seeds(ROOT / "seeds")
    pool = [r["text"] for r in dev] + [t for t, _, _ in bbc]
    fits = {v for v in args.variants if not v.startswith("mix")}
    if any(v.startswith("mix") for v in args.variants):
        fits.add("shipped")
        free = TopicModel(ModelParams()).fit(seeds, unlabeled=pool)
    out = {v: ([], [], [], []) for v in args.variants}
    for rep, k, labelled, measured in dev_folds(dev):
        texts = [r["text"] for r in measured]
        models = {}
        for v in sorted(fits):
            with patched(v):
                models[v] = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
        for v in args.variants:
            if v.startswith("mix"):
                s, t = mixed(models["shipped"], free, len(labelled), float(v.split(":")[1]), pool, texts)
            else:
                s, t = models[v].topic_scores(texts)[0], models[v].threshold
            record(out[v], v, rep, k, measured, s, t)
    for v, (y, near, sc, rel) in out.items():
        binary_report(f"{v}: with labels", np.array(y), np.array(near), np.array(sc), np.array(rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
