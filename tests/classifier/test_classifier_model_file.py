"""Model files written earlier stay loadable: the format (``classifier/model_file.py``) is JSON metadata
and arrays in one ``.npz``, never pickled, so no module path is stored and moving code cannot break it.
The fixture was written by the code before ``model.py`` was split (commit acee24f): a broad topic
(graph and distillation in use), trained as ``tests/classifier/test_classifier_graph.py`` trains one."""

from __future__ import annotations

import numpy as np
import pytest
from classifier_helpers import corpus
from helpers import TESTS

from classifier.model import TopicModel
from classifier.model_file import FORMAT, ModelFileError

FIXTURE = TESTS / "fixtures" / "classifier" / "topic_model_v1.npz"
TOPIC = "cyberdiplomacy"


def test_a_model_file_written_before_the_split_scores_as_it_did() -> None:
    model = TopicModel.load(FIXTURE)
    assert model.labels == [TOPIC] and model.has_none and model.threshold == 0.8065409292833291
    assert model.metrics["graph_weight"] == 0.5 and model.metrics["threshold_from"] == "background"
    texts = corpus(TOPIC, 2, seed=50) + corpus("football", 2, seed=60)
    got = [(s.label, s.score, s.relevant, s.top_terms) for s in model.score(texts)]
    # The scores the code of that commit gave these texts with this model.
    expected = [
        (TOPIC, 0.9435616797288963, True, ["cyberspace", "cyber", "ministers", "confidence-building",
                                           "convention"]),
        (TOPIC, 0.9439595712614409, True, ["information-security", "diplomats", "ministers", "sovereignty",
                                           "negotiation"]),
        ("none", 0.7414161946951507, False, ["match", "coach", "goal", "season", "league"]),
        ("none", 0.6504180181581452, False, ["season", "coach", "goal", "match", "league"]),
    ]
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[2:] for g in got] == [e[2:] for e in expected]
    assert [g[1] for g in got] == pytest.approx([e[1] for e in expected], abs=1e-12)


def test_the_file_holds_no_pickle_and_is_tagged_with_its_format() -> None:
    with np.load(FIXTURE, allow_pickle=False) as arrays:  # raises on any pickled object
        assert FORMAT in str(arrays["meta"])
        assert all(arrays[name].dtype != object for name in arrays.files)


def test_a_saved_model_loads_back_and_a_foreign_archive_is_refused(tmp_path) -> None:
    model = TopicModel.load(FIXTURE)
    again = TopicModel.from_bytes(model.to_bytes())
    texts = corpus(TOPIC, 3, seed=90)
    assert again.score(texts) == model.score(texts) and again.threshold == model.threshold
    foreign = tmp_path / "foreign.npz"
    np.savez_compressed(foreign, meta=np.array('{"format": "something-else/1"}'))
    with pytest.raises(ModelFileError, match=r"foreign\.npz: not a newsflow topic model"):
        TopicModel.load(foreign)
