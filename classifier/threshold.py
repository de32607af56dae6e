"""Choosing the decision threshold from the seeds and the unlabeled pool (never a fixed 0.5).

The pool is mostly off-topic news, so its scores (as log-odds) form a bulk of background; the topic's
articles form a shoulder on its right. How far out the threshold must sit depends on the topic's
breadth, i.e. on its share of the pool:

1. The background is modelled from the side the topic does not reach: its centre is the pool's median
   and its spread the MAD of the scores *below* the median (1.4826 x, a normal's standard deviation).
2. The topic's share of the pool is the excess of pool texts beyond ``SHARE_K`` such deviations over
   what that background alone would put there (``topic_share``).
3. A broad topic (share >= ``BROAD_SHARE``: a BBC category is a fifth of BBC) is decided where an
   article becomes more likely on-topic than background: the lowest log-odds above which the local
   false-discovery rate ``share0 * f0(z) / f(z)`` stays below 1/2 (Efron), with ``f`` the pool's smoothed
   density and ``f0`` the fitted background (``local_fdr_threshold``).
4. A narrow topic (a handful of pool texts, as for the shipped one) has too little mass to be told
   from the background's own tail, which is heavier than a normal's (near-misses live there): its
   threshold is a robust outlier bound, median + ``OUTLIER_K`` robust standard deviations of the
   background's log-odds. A broad topic takes the lower of the two.
Both are capped by the seeds' own scores (a threshold no seed passes would be useless): at half the
lowest seed, but never inside the background's bulk, i.e. not below the fitted background's centre
+ ``SEED_CAP_K`` = 1 spread (step 1), unless the lowest seed itself scores there (then half of it,
as before; ``seed_cap``). Why: halving a probability is arbitrary, and on a small pool it falls
into the background. The sample site's first crawl (30 articles, 11 on the topic): the five-round
model's local-FDR threshold (0.411) lay above two on-topic articles (0.405, 0.391) and was capped at
0.350 (lowest seed 0.700), under the background's top article (0.353, a marathon): 12 relevant,
kept by the distilled model's count. The floor (0.381 there) gives 11, all on the topic (0.5-1.5
spreads alike; 2 spreads 10; just below the lowest seed, or halfway in log-odds between it and the
background's centre, 9); the simulated analyst's first crawl P 0.917 -> 1.000 (R 1.0). Train-only
CV (``bench/tune_classifier_cv.py --compare seed-cap``, paired draws): on BBC's full pool the floor
never moves a threshold (10 draws; with analyst labels, ``--compare labels-seed-cap``, 5 broad and 5
narrow draws: identical), while a first crawl's pool (``--pool 30``: 30 train texts, a fifth on the
topic, scored themselves; 50 draws) had half the seed make every text relevant in all 50 (F1 0.331,
P 0.203); floored at 0 / 0.5 / 0.75 / 1 / 1.5 spreads: F1 0.545 / 0.613 / 0.628 / 0.616 / 0.594
(1: better in 45, worse in 5, two of those to F1 0, business and entertainment draws with few of
the 30 on the topic), just below the lowest seed 0.482 (31 / 19); ``--pool 100``: half
0.713, floor 1 0.754 (16 / 1), 0.5-1.5 within 0.752-0.761, just below 0.768 (26 / 4, lowest F1
0.111 against 0.381). One spread: the middle of the range that does well on both (not tuned finer).
The other constants were chosen on BBC's train split (5-seed topics, the pool's train articles
scored) and relevance-dev.

``count_threshold``: the threshold that keeps a count of relevant pool texts, how a distilled model
keeps the decision of the model it was distilled from (``model.py``'s docstring, step 4).

``label_shift``: how far analyst labels ask the threshold to move, from their out-of-fold margins;
measured by ``bench/tune_classifier_cv.py --compare labels-threshold`` and not adopted (figures in
``classifier/retrain.py``, whose ``LABEL_RULE`` would apply it).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.stats import norm

# How far outside the background bulk (in robust standard deviations of its log-odds) an article
# of a narrow topic must score. Large on purpose: the pool holds thousands of background articles.
OUTLIER_K = 7.0
# Deviations beyond which the pool's excess over the background counts as the topic's share.
SHARE_K = 3.0
# A topic holding at least this share of the pool is broad: its threshold comes from the local FDR.
BROAD_SHARE = 0.08
# The posterior odds at the threshold: on-topic as likely as background.
LOCAL_FDR = 0.5
# Fewer pool texts than this: no background to learn from.
MIN_POOL = 20
# How the seeds cap the threshold (``seed_cap``): "floor" (shipped): half the lowest seed, never below
# the background's centre + SEED_CAP_K spreads; measured against "half" (before) and "below" (just
# below the lowest seed) by ``bench/tune_classifier_cv.py --compare seed-cap``.
SEED_CAP = "floor"
SEED_CAP_K = 1.0


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return float(1 / (1 + np.exp(-z)))


def background_bound(pool_scores: np.ndarray, k: float = OUTLIER_K) -> float:
    """``median + k * 1.4826 * MAD`` of the pool's log-odds, as a probability."""
    z = _logit(pool_scores)
    median = float(np.median(z))
    spread = 1.4826 * float(np.median(np.abs(z - median)))
    return _sigmoid(median + k * max(spread, 1e-3))


def seed_cohesion_cut(X_pos, y_pos: np.ndarray, n_labels: int, quantile: float = 0.1) -> float:
    """How close (cosine) the least typical seeds are to their label's other seeds (leave-one-out,
    low ``quantile``); 1.0 when no label has two seeds (nothing to compare)."""
    loo = []
    for i in range(n_labels):
        rows = X_pos[y_pos == i]
        if rows.shape[0] < 2:
            continue
        total = np.asarray(rows.sum(axis=0)).ravel()
        dots = np.asarray(rows @ total).ravel()
        self_sq = np.asarray(rows.multiply(rows).sum(axis=1)).ravel()
        rest_norm = np.sqrt(np.maximum(total @ total - 2 * dots + self_sq, 1e-12))
        loo.append((dots - self_sq) / rest_norm)
    return float(np.quantile(np.concatenate(loo), quantile)) if loo else 1.0


def _background_fit(z: np.ndarray) -> tuple[float, float]:
    """Centre and spread of the background from the pool's lower half (the topic lies above)."""
    median = float(np.median(z))
    below = median - z[z < median]
    spread = 1.4826 * float(np.median(below)) if len(below) else 0.0
    return median, max(spread, 1e-3)


def topic_share(pool_scores: np.ndarray, k: float = SHARE_K) -> float:
    """Share of the pool beyond ``k`` background deviations, less what the background puts there."""
    z = _logit(pool_scores)
    centre, spread = _background_fit(z)
    beyond = float(np.mean(z > centre + k * spread))
    return max(0.0, beyond - float(norm.sf(k)))


def local_fdr_threshold(pool_scores: np.ndarray, fdr: float = LOCAL_FDR) -> float:
    """Lowest score above which ``share0 * f0 / f < fdr`` everywhere the pool has mass."""
    z = _logit(pool_scores)
    n = len(z)
    centre, spread = _background_fit(z)
    share0 = 1.0 - topic_share(pool_scores)
    edges = np.linspace(z.min() - 1, z.max() + 1, 801)
    counts, _ = np.histogram(z, bins=edges)
    mids, width = (edges[:-1] + edges[1:]) / 2, edges[1] - edges[0]
    # Gaussian smoothing of the histogram (Silverman-like bandwidth) gives the pool's density.
    bandwidth = 3 * float(np.std(z)) * n ** -0.2
    kernel = norm.pdf(np.arange(-50, 51) * width / bandwidth)
    density = np.convolve(counts, kernel / kernel.sum(), mode="same") / width
    background = share0 * n * norm.pdf(mids, centre, spread)
    has_mass = density > 1e-9 * n
    fdr_at = np.where(has_mass, background / np.maximum(density, 1e-12), 0.0)
    above = mids > centre
    bad = np.flatnonzero(above & (fdr_at >= fdr))
    if not len(bad) or bad[-1] + 1 >= len(mids):
        return _sigmoid(float(mids[-1]))
    return _sigmoid(float(mids[bad[-1] + 1]))


def choose_threshold(seed_scores: np.ndarray, pool_scores: np.ndarray,
                     background_scores: np.ndarray | None = None) -> float:
    """The shipped threshold. ``pool_scores``: every pool text; ``background_scores``: the part known
    to be background (reliable negatives; default the whole pool) for the outlier bound. Without a
    pool, half the lowest seed score (no background to learn from); with one, never above
    ``seed_cap``."""
    lowest_seed = float(np.min(seed_scores)) if len(seed_scores) else 1.0
    if len(pool_scores) < MIN_POOL:
        return lowest_seed / 2
    background = pool_scores if background_scores is None or len(background_scores) < MIN_POOL \
        else background_scores
    threshold = background_bound(background)
    if topic_share(pool_scores) >= BROAD_SHARE:
        threshold = min(threshold, local_fdr_threshold(pool_scores))
    return min(threshold, seed_cap(lowest_seed, pool_scores))


def seed_cap(lowest_seed: float, pool_scores: np.ndarray, rule: str | None = None,
             k: float | None = None) -> float:
    """The highest threshold the seeds allow (``SEED_CAP``): half ``lowest_seed``, raised to the
    background bulk's edge (centre + ``k`` spreads of ``pool_scores``' fitted background) when half
    lies inside it and the seed itself above it."""
    rule = rule or SEED_CAP
    if rule == "half":
        return lowest_seed / 2
    below = _sigmoid(float(_logit(np.array([lowest_seed]))[0]) - 1e-6)
    if rule == "below":
        return below
    if rule == "floor":
        centre, spread = _background_fit(_logit(pool_scores))
        edge = _sigmoid(centre + (SEED_CAP_K if k is None else k) * spread)
        return lowest_seed / 2 if edge >= below else max(lowest_seed / 2, edge)
    raise ValueError(f"unknown seed cap {rule!r}")


def count_threshold(pool_scores: np.ndarray, count: int, seed_scores: np.ndarray) -> float:
    """The threshold under which ``count`` of ``pool_scores`` are relevant (midway between the
    count-th and the next score); never above a seed (``seed_scores``). How a distilled model keeps
    the decision of the model it was distilled from (model.py's docstring, step 4)."""
    ranked = np.sort(pool_scores)[::-1]
    if count <= 0:
        cut = float(ranked[0]) + 1e-6
    elif count >= len(ranked):
        cut = float(ranked[-1]) / 2
    else:
        cut = float(ranked[count - 1] + ranked[count]) / 2
    return min(cut, float(seed_scores.min()))


def logit(p: float | np.ndarray) -> np.ndarray:
    """Log-odds (clipped away from 0 and 1)."""
    return _logit(np.atleast_1d(p))


def label_shift(margins: np.ndarray, relevant: np.ndarray, rule: str = "f1", n0: float = 5.0) -> float:
    """How far (in log-odds) the analysts' labels ask the threshold to move, shrunk by ``n / (n + n0)``.

    ``margins``: each label's out-of-fold log-odds margin to its fold model's threshold (scored by a
    model that never saw it; positive = decided relevant); ``relevant``: its label. Rules: ``f1``: the
    F1-best cut of the margins (candidates midway between consecutive margins, and 0 itself), the one
    nearest 0 among equals; ``platt``: where a logistic fit of the labels on their margins crosses 1/2
    (no move when the fit does not rise with the margin). No move without both kinds of label."""
    m = np.asarray(margins, dtype=np.float64)
    rel = np.asarray(relevant, dtype=bool)
    n = len(m)
    if n == 0 or rel.all() or not rel.any():
        return 0.0
    if rule == "f1":
        order = np.sort(np.unique(m))
        cuts = np.concatenate([[0.0], (order[:-1] + order[1:]) / 2, [order[0] - 1.0, order[-1] + 1.0]])
        f1 = np.array([2 * float((rel & (m >= c)).sum()) / (rel.sum() + (m >= c).sum()) for c in cuts])
        good = cuts[f1 >= f1.max() - 1e-12]
        target = float(good[np.argmin(np.abs(good))])
    elif rule == "platt":
        from sklearn.linear_model import LogisticRegression

        fit = LogisticRegression(C=1.0).fit(m.reshape(-1, 1), rel)
        slope, bias = float(fit.coef_[0, 0]), float(fit.intercept_[0])
        if slope <= 1e-9:
            return 0.0
        target = float(np.clip(-bias / slope, m.min(), m.max()))
    else:
        raise ValueError(f"unknown rule {rule!r}")
    return n / (n + n0) * target


# Pool texts at least as close to a topic as this share of its seeds are to each other are never
# taken as negatives (``reliable_negatives``).
RELIABLE_QUANTILE = 0.1
# A label's seeds whose cohesion cut is at most this share no term (rounding leaves ~1e-8, not 0).
NO_SPREAD = 1e-6


def reliable_negatives(
    X_pos: sp.csr_matrix, y_pos: np.ndarray, n_labels: int, pool_scores: np.ndarray
) -> np.ndarray:
    """Pool texts whose best centroid similarity is below what a seed has to its label's other seeds
    (leave-one-out cosine, low quantile). A label with a single seed, or whose own cut is 0 (at most
    ``NO_SPREAD``: its least typical seeds share no term with the others, as three one-line sport texts
    may), has no spread to compare with and is left out of the cut; with no label left, every pool text
    counts as a negative. (Counted in, such a label put the cut at 0, under every pool text: a model
    with the shipped topic beside it had no "none" class and called every text relevant;
    docs/classifier-method.md, step 4.)"""
    counts = np.bincount(y_pos, minlength=n_labels)
    measured = [label for label in range(n_labels) if counts[label] >= 2 and seed_cohesion_cut(
        X_pos[y_pos == label], np.zeros(counts[label], dtype=int), 1, RELIABLE_QUANTILE) > NO_SPREAD]
    if not measured:
        return np.ones(pool_scores.shape[0], dtype=bool)
    keep = np.isin(y_pos, measured)
    cut = seed_cohesion_cut(X_pos[keep], y_pos[keep], n_labels, RELIABLE_QUANTILE)
    return pool_scores.max(axis=1) < cut
