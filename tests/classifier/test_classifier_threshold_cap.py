"""The seeds' cap on the threshold (``threshold.seed_cap``, issue 13): it exists so that some seed
passes the threshold, and it never pulls the threshold into the background's bulk. Half the lowest
seed did: on a small first-crawl pool (30 articles, 11 on the topic) it sat among the background's
top scores and let one more article in."""

from __future__ import annotations

import numpy as np
from scipy.stats import norm

from classifier.threshold import choose_threshold, seed_cap


def _probability(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _pool(n_background: int = 20, n_topic: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """A first-crawl pool: a tight background bulk (log-odds about -0.7) and a topic above it."""
    background = -0.7 + 0.1 * norm.ppf((np.arange(n_background) + 0.5) / n_background)
    topic = np.linspace(0.0, 0.6, n_topic)
    return _probability(background), _probability(topic)


def test_the_seed_cap_stays_out_of_the_background_bulk() -> None:
    background, topic = _pool()
    seeds = np.array([0.70, 0.80])
    threshold = choose_threshold(seeds, np.concatenate([background, topic]))
    # Half the lowest seed (0.35) lies inside the bulk: 4 of its 20 articles scored above it.
    assert threshold > seeds.min() / 2
    assert int((background >= threshold).sum()) <= 1
    assert (topic >= threshold).all()
    assert (seeds >= threshold).all()


def test_some_seed_always_passes() -> None:
    background, topic = _pool()
    pool = np.concatenate([background, topic])
    for lowest in (0.9, 0.7, 0.5, 0.36, 0.3, 0.01):
        cap = seed_cap(lowest, pool)
        assert 0 < cap < lowest
        assert choose_threshold(np.array([lowest, 0.95]), pool) <= cap


def test_a_seed_inside_the_bulk_keeps_half_its_score() -> None:
    """No cap outside the bulk lets a seed scored inside it pass: the cap stays half that seed."""
    background, topic = _pool()
    pool = np.concatenate([background, topic])
    assert seed_cap(0.34, pool) == 0.17


def test_a_cap_that_does_not_bind_changes_nothing() -> None:
    rng = np.random.default_rng(3)
    pool = _probability(rng.normal(-4, 0.5, 2000))
    bound = choose_threshold(np.array([0.99]), pool)
    assert bound < seed_cap(0.99, pool)
    assert choose_threshold(np.array([0.9, 0.99]), pool) == bound
