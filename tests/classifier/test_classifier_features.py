"""The vectorised token lookup behind scoring (``TokenTable``): the same answer as a dict per token,
and the same vectors as scikit-learn whatever the slicing of a batch."""

from __future__ import annotations

import random

import numpy as np
import pytest
from classifier_helpers import corpus

from classifier import features
from classifier.features import FeatureParams, Featurizer
from classifier.tokens import KEY_BYTES, STOP, TokenTable


def _shaped(token: bytes) -> bool:
    return len(token) >= 2 and token[0] != 45 and token[-1] != 45


@pytest.mark.parametrize("seed", range(40))
def test_token_table_answers_as_a_dict(seed: int) -> None:
    rng = random.Random(seed)
    # A small alphabet makes many tokens share their first 8 bytes and hash slots (long probe
    # chains); lengths around 8 and 16 cross the key's word boundaries; above 16 goes to the dict.
    alphabet = rng.choice(["ab-", "abc", "abcdefghijklmnopqrstuvwxyz-"])
    lengths = [1, 2, 3, 7, 8, 9, 15, 16, 17, 30]
    vocab = sorted({"".join(rng.choices(alphabet, k=rng.choice(lengths))).encode() for _ in range(300)})
    entries = {t: i for i, t in enumerate(vocab)} | {b"\x01": -2}
    unknown_term = rng.choice([-1, 10**6])
    if unknown_term != -1:
        entries |= dict.fromkeys(STOP, -1)  # as the bigram path: a stop word is dropped, not unknown
    tokens = [
        rng.choice([*vocab, b"\x01", b"the"]) if rng.random() < 0.5
        else "".join(rng.choices(alphabet, k=rng.randint(1, 30))).encode()
        for _ in range(rng.randint(0, 600))
    ]
    joined = b" " + b"".join(t + b" " * rng.randint(1, 3) for t in tokens) + b" " * KEY_BYTES
    expected = [
        entries.get(t, unknown_term if unknown_term != -1 and _shaped(t) else -1) for t in joined.split()
    ]
    assert TokenTable(entries).lookup(joined, unknown_term).tolist() == expected


@pytest.mark.parametrize("ngram_max", [1, 2])
def test_vectors_do_not_depend_on_slicing(ngram_max: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus("football", 30, seed=3) + corpus("markets", 30, seed=4) + [
        "", "the of and", "Ünïcödé naïve café — co-operation; a-b -x- cyber--attack \x01 markets",
        "internationalisation-and-counter-proliferation " * 3,
    ]
    featurizer = Featurizer(FeatureParams(ngram_max=ngram_max, min_df=1, proper_noun_weight=1.0))
    featurizer.fit(texts[:60])
    whole = featurizer.transform(texts)
    monkeypatch.setattr(features, "_SLICE_BYTES", 500)  # a slice every few texts
    sliced = featurizer.transform(texts)
    reference = featurizer.vectorizer.transform(texts)  # the generic (sklearn) path, same analyzer
    for X in (whole, sliced):
        assert X.shape == reference.shape and X.nnz == reference.nnz
        assert abs(X - reference).max() < 1e-6
    assert np.array_equal(whole.indptr, sliced.indptr) and np.array_equal(whole.indices, sliced.indices)
    assert np.array_equal(whole.data, sliced.data)
