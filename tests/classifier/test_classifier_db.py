"""Registry, activation, scoring into classifications, labels and retraining against real Postgres."""

from __future__ import annotations

import hashlib

import pytest
from classifier_helpers import background, corpus
from helpers import cursor
from helpers import rows as _rows

from classifier.labels import LabelError, record_label
from classifier.model import TopicModel
from classifier.registry import activate, active_model, active_model_id, register
from classifier.retrain import retrain
from classifier.scoring import score_pending

TOPIC = "cyberdiplomacy"


def _model(seed: int = 1) -> TopicModel:
    return TopicModel().fit(
        {TOPIC: corpus(TOPIC, 5, seed=seed)}, unlabeled=corpus(TOPIC, 10, seed=2) + background(40)
    )


def _insert_articles(url: str, texts: list[str]) -> list[int]:
    ids = []
    with cursor(url) as cur:
        cur.execute(
            "INSERT INTO sources (name) VALUES ('test') ON CONFLICT (name) DO UPDATE "
            "SET name = EXCLUDED.name RETURNING id"
        )
        source_id = cur.fetchone()[0]
        for i, text in enumerate(texts):
            sha = hashlib.sha256(text.encode()).hexdigest()
            cur.execute(
                "INSERT INTO articles (canonical_url, url, source_id, title, text, text_sha256, extractor, "
                "extractor_version, cleaner_version) VALUES (%s, %s, %s, %s, %s, %s, 'test', '0', '0') "
                "RETURNING id",
                (
                    f"https://example.test/{sha[:12]}/{i}",
                    f"https://example.test/{i}",
                    source_id,
                    f"Title {i}",
                    text,
                    sha,
                ),
            )
            ids.append(cur.fetchone()[0])
    return ids


def test_register_activation_rule_and_round_trip(db: str) -> None:
    first = register(db, _model(), activate=False)
    assert active_model_id(db) == first  # no model was active: the first one becomes active
    second = register(db, _model(seed=3), activate=False)
    assert active_model_id(db) == first
    third = register(db, _model(seed=4), activate=True)
    assert active_model_id(db) == third
    assert _rows(db, "SELECT count(*) FROM models WHERE active") == [(1,)]
    activate(db, second)
    model_id, model = active_model(db)
    assert model_id == second and model.labels == [TOPIC]
    version, seeds_hash, threshold, metrics = _rows(
        db, "SELECT version, seeds_hash, threshold, metrics FROM models WHERE id = %s", (second,)
    )[0]
    assert (
        version
        and seeds_hash == model.seeds_hash
        and threshold == pytest.approx(model.threshold)
        and metrics["unlabeled"] == 130
    )
    with pytest.raises(LookupError):
        activate(db, 999)


def test_no_active_model(db: str) -> None:
    assert active_model(db) is None
    assert score_pending(db) == 0


def test_score_pending_is_batched_and_idempotent(db: str) -> None:
    on, off = corpus(TOPIC, 6, seed=30), background(3, seed=31)
    ids = _insert_articles(db, on + off)
    model_id = register(db, _model(), activate=True)
    batches: list[int] = []
    assert score_pending(db, batch_size=4, progress=batches.append) == len(ids)
    assert sum(batches) == len(ids) and max(batches) == 4  # reported per committed batch
    assert score_pending(db, batch_size=4) == 0  # nothing new
    rows = _rows(
        db,
        "SELECT article_id, label, score, relevant, top_terms FROM classifications "
        "WHERE model_id = %s ORDER BY article_id",
        (model_id,),
    )
    assert [r[0] for r in rows] == ids
    verdict = {r[0]: r for r in rows}
    assert all(verdict[i][3] and verdict[i][1] == TOPIC and verdict[i][4] for i in ids[:6])
    assert not any(verdict[i][3] for i in ids[6:]) and {verdict[i][1] for i in ids[6:]} == {"none"}
    before = _rows(db, "SELECT article_id, score FROM classifications ORDER BY article_id")
    assert score_pending(db, rescore=True) == len(ids)
    assert _rows(db, "SELECT article_id, score FROM classifications ORDER BY article_id") == before
    new_ids = _insert_articles(db, corpus(TOPIC, 2, seed=32))
    assert score_pending(db) == 2
    assert _rows(db, "SELECT count(*) FROM classifications") == [(len(ids) + len(new_ids),)]


def test_record_label_validates_and_upserts(db: str) -> None:
    (article,) = _insert_articles(db, corpus(TOPIC, 1, seed=40))
    register(db, _model(), activate=True)
    record_label(db, article, "none", by="ana")
    record_label(db, article, TOPIC, by="ana", note="on second thought")
    assert _rows(db, "SELECT label, labelled_by, note FROM labels") == [(TOPIC, "ana", "on second thought")]
    with pytest.raises(LabelError, match="neither"):
        record_label(db, article, "sport", by="ana")
    with pytest.raises(LabelError, match="does not exist"):
        record_label(db, 12345, "none", by="ana")


def test_retrain_registers_activates_and_rescores(db: str, tmp_path) -> None:
    seeds_dir = tmp_path / "seeds" / TOPIC
    seeds_dir.mkdir(parents=True)
    for i, text in enumerate(corpus(TOPIC, 5, seed=1)):
        (seeds_dir / f"{i}.txt").write_text(text)
    ids = _insert_articles(db, corpus(TOPIC, 8, seed=50) + background(20, seed=51))
    # The active model was taught the wrong topic: the retrained one is better on the labels.
    wrong = TopicModel().fit({TOPIC: corpus("football", 5, seed=1)}, unlabeled=background(15, seed=52))
    old = register(db, wrong, activate=True)
    assert score_pending(db) == len(ids)
    record_label(db, ids[0], TOPIC, by="ana")
    record_label(db, ids[8], "none", by="ana")  # a football report, which the active model likes
    result = retrain(db, tmp_path / "seeds")
    assert result.activated and result.previous_model_id == old and result.labels_used == 2
    assert active_model_id(db) == result.model_id and result.scored == len(ids)
    # Old scores are kept; every article now also has one by the new model.
    assert _rows(db, "SELECT model_id, count(*) FROM classifications GROUP BY model_id ORDER BY 1") == [
        (old, len(ids)),
        (result.model_id, len(ids)),
    ]
    assert result.metrics["n"] == 2 and result.metrics["f1"] == 1.0


def test_retrain_keeps_a_better_active_model(db: str, tmp_path) -> None:
    """Seeds on the wrong topic make a worse model: it is registered but not activated."""
    seeds_dir = tmp_path / "seeds" / TOPIC
    seeds_dir.mkdir(parents=True)
    for i, text in enumerate(corpus("football", 5, seed=5)):
        (seeds_dir / f"{i}.txt").write_text(text)
    ids = _insert_articles(db, corpus(TOPIC, 6, seed=60) + background(15, seed=61))
    good = register(db, _model(), activate=True)
    for i in ids[:3]:
        record_label(db, i, TOPIC, by="ana")
    for i in ids[6:12]:
        record_label(db, i, "none", by="ana")
    result = retrain(db, tmp_path / "seeds")
    assert not result.activated and active_model_id(db) == good
    assert result.metrics["f1"] < result.previous_metrics["f1"]
    assert _rows(db, "SELECT count(*) FROM classifications WHERE model_id = %s", (result.model_id,)) == [(0,)]
