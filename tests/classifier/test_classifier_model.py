"""TopicModel on synthetic corpora: training, scores, threshold, labels, multi-class, persistence."""

from __future__ import annotations

import numpy as np
import pytest
from classifier_helpers import TOPICS, background, corpus, write_seeds

from classifier.corpus import CorpusError, load_seeds, seeds_hash
from classifier.model import TopicModel
from classifier.threshold import background_bound, choose_threshold

TOPIC = "cyberdiplomacy"


@pytest.fixture(scope="module")
def trained() -> TopicModel:
    seeds = {TOPIC: corpus(TOPIC, 5, seed=1)}
    pool = corpus(TOPIC, 20, seed=2) + background(100)
    return TopicModel().fit(seeds, unlabeled=pool, seeds_hash=seeds_hash(seeds))


def test_scores_separate_topic_from_background(trained: TopicModel) -> None:
    on = trained.score(corpus(TOPIC, 30, seed=50))
    off = trained.score(background(10, seed=60))
    assert min(s.score for s in on) > max(s.score for s in off)
    assert all(0.0 <= s.score <= 1.0 for s in on + off)
    assert sum(s.relevant for s in on) >= 27 and not any(s.relevant for s in off)
    assert {s.label for s in on if s.relevant} == {TOPIC}
    assert {s.label for s in off} == {"none"}


def test_threshold_is_learnt_not_half(trained: TopicModel) -> None:
    assert 0.0 < trained.threshold < 1.0 and trained.threshold != 0.5
    # Scores on either side of the threshold give the matching decision.
    for s in trained.score(corpus(TOPIC, 5, seed=70) + background(5, seed=71)):
        assert s.relevant == (s.score >= trained.threshold)


def test_top_terms_come_from_the_text_and_the_topic(trained: TopicModel) -> None:
    text = corpus(TOPIC, 1, seed=80)[0]
    terms = trained.score([text])[0].top_terms
    assert 1 <= len(terms) <= 5
    assert all(t in text.lower() for t in terms)
    assert set(terms) & set(TOPICS[TOPIC])


def test_background_bound_and_threshold_rules() -> None:
    rng = np.random.default_rng(0)
    pool = 1 / (1 + np.exp(-rng.normal(-4, 0.5, 2000)))
    bound = background_bound(pool)
    assert (pool >= bound).mean() < 0.01
    assert choose_threshold(np.array([0.9, 0.8]), pool) == pytest.approx(bound)
    # Never above what half the lowest seed reaches; without a pool, half the lowest seed.
    assert choose_threshold(np.array([0.001]), pool) == pytest.approx(0.0005)
    assert choose_threshold(np.array([0.9, 0.6]), np.empty(0)) == pytest.approx(0.3)


def test_labels_fix_a_confusable_background() -> None:
    """Texts mixing the topic's words with market words: 'none' labels teach the model to reject them."""
    seeds = {TOPIC: corpus(TOPIC, 5, seed=1)}
    pairs = zip(corpus(TOPIC, 40, seed=3), corpus("markets", 40, seed=4), strict=True)
    mixed = [a + " " + b for a, b in pairs]
    pool = background(60) + mixed[:20]
    plain = TopicModel().fit(seeds, unlabeled=pool)
    taught = TopicModel().fit(seeds, unlabeled=pool, labelled=[(t, "none") for t in mixed[20:30]])
    held_out = mixed[30:]
    def mean_score(model: TopicModel) -> float:
        return float(np.mean([s.score for s in model.score(held_out)]))

    assert mean_score(taught) < mean_score(plain)
    assert taught.metrics["labelled"] == 10


def test_multiclass_labels() -> None:
    seeds = {t: corpus(t, 15, seed=i) for i, t in enumerate(("football", "weather", "markets"))}
    model = TopicModel().fit(seeds)
    assert model.labels == ["football", "markets", "weather"]
    for i, topic in enumerate(("football", "weather", "markets")):
        got = [s.label for s in model.score(corpus(topic, 10, seed=200 + i))]
        assert got.count(topic) >= 9


def test_save_load_round_trip(tmp_path, trained: TopicModel) -> None:
    path = tmp_path / "m" / "model.npz"
    trained.save(path)
    loaded = TopicModel.load(path)
    texts = corpus(TOPIC, 3, seed=90) + background(2, seed=91)
    assert [s.__dict__ for s in loaded.score(texts)] == [s.__dict__ for s in trained.score(texts)]
    assert loaded.threshold == trained.threshold and loaded.seeds_hash == trained.seeds_hash
    assert loaded.labels == trained.labels and loaded.metrics == trained.metrics


def test_load_rejects_other_files(tmp_path) -> None:
    bad = tmp_path / "x.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ValueError, match=r"x\.npz: not a newsflow model") as refused:  # never unpickled
        TopicModel.load(bad)
    assert "pickle" not in str(refused.value)
    with pytest.raises(FileNotFoundError):
        TopicModel.load(tmp_path / "missing.npz")


def test_seed_loading_errors(tmp_path) -> None:
    with pytest.raises(CorpusError, match="not found"):
        load_seeds(tmp_path / "nope")
    (tmp_path / "empty_label").mkdir()
    with pytest.raises(CorpusError, match="empty_label"):
        load_seeds(tmp_path)
    write_seeds(tmp_path / "ok", {TOPIC: 2})
    seeds = load_seeds(tmp_path / "ok")
    assert list(seeds) == [TOPIC] and len(seeds[TOPIC]) == 2
    assert seeds_hash(seeds) == seeds_hash(load_seeds(tmp_path / "ok"))


def test_fast_transform_matches_sklearn() -> None:
    from classifier.features import Featurizer

    texts = corpus(TOPIC, 30, seed=5) + background(10, seed=6) + ["Cyber-attacks, 2024: ÉTATS-UNIS & l'ONU!"]
    featurizer = Featurizer().fit(texts[:25])
    fast = featurizer.transform(texts)
    reference = featurizer.vectorizer.transform(texts)  # the generic (sklearn) path, same analyzer
    assert fast.shape == reference.shape and fast.nnz == reference.nnz
    assert abs(fast - reference).max() < 1e-6


def test_scoring_over_processes_matches_one_process(trained: TopicModel, monkeypatch) -> None:
    import classifier.forked_scoring as forked_scoring

    monkeypatch.setattr(forked_scoring, "PARALLEL_MIN_TEXTS", 10)
    texts = corpus(TOPIC, 15, seed=70) + background(5, seed=71)
    assert trained.score(texts, workers=2) == trained.score(texts)


def test_names_are_down_weighted_by_learnt_capitalisation() -> None:
    from classifier.features import FeatureParams, Featurizer

    # "Ruritania" is always capitalised; "treaty" never is; both appear in the same texts.
    texts = [f"Ruritania signs treaty number {i}. The treaty binds Ruritania." for i in range(30)]
    texts += [f"weather report {i} with rain" for i in range(30)]
    plain = Featurizer(FeatureParams(proper_noun_weight=1.0)).fit(texts)
    named = Featurizer(FeatureParams(proper_noun_weight=0.2)).fit(texts)
    name, noun = plain.vectorizer.vocabulary_["ruritania"], plain.vectorizer.vocabulary_["treaty"]
    assert named.vectorizer.idf_[name] == pytest.approx(0.2 * plain.vectorizer.idf_[name])
    assert named.vectorizer.idf_[noun] == pytest.approx(plain.vectorizer.idf_[noun])
    # The training vectors, the fast scoring path and the generic path agree.
    fitted = Featurizer(FeatureParams(proper_noun_weight=0.2)).fit_transform(texts)
    assert abs(named.transform(texts) - fitted).max() < 1e-6
    assert abs(named.transform(texts) - named.vectorizer.transform(texts)).max() < 1e-6
