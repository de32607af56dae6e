"""`newsflow train|score|evaluate|label|rescore` contract: shapes of output, errors, registration."""

from __future__ import annotations

import json

import pytest
from classifier_helpers import background, corpus, write_jsonl, write_seeds
from helpers import cursor, rows

from newsflow.cli import main

TOPIC = "cyberdiplomacy"


@pytest.fixture
def files(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {TOPIC: 5})
    pool = corpus(TOPIC, 10, seed=2) + background(30)
    unlabeled = write_jsonl(tmp_path / "pool.jsonl", [{"id": f"u{i}", "text": t} for i, t in enumerate(pool)])
    labels = write_jsonl(
        tmp_path / "labels.jsonl",
        [{"text": t, "label": TOPIC} for t in corpus(TOPIC, 3, seed=9)]
        + [{"text": t, "label": "none"} for t in background(2, seed=8)],
    )
    score_in = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": corpus(TOPIC, 1, seed=11)[0], "title": "Cyber norms talks"},
            {"id": 7, "text": background(1, seed=12)[0]},
        ],
    )
    return tmp_path, seeds, unlabeled, labels, score_in


def _train(files, *extra) -> str:
    tmp, seeds, unlabeled, labels, _ = files
    out = str(tmp / "model.npz")
    assert (
        main(
            [
                "train",
                "--seeds",
                str(seeds),
                "--unlabeled",
                str(unlabeled),
                "--labels",
                str(labels),
                "--out",
                out,
                *extra,
            ]
        )
        == 0
    )
    return out


def test_train_score_evaluate(files, capsys, monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    from core.settings import reset_settings

    reset_settings()
    model = _train(files)
    assert "saved" in capsys.readouterr().out
    tmp, *_rest, score_in = files
    assert main(["score", "--model", model, "--input", str(score_in)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["a", 7]
    for x in lines:
        assert set(x) == {"id", "label", "score", "relevant", "top_terms"}
        assert 0 <= x["score"] <= 1 and isinstance(x["relevant"], bool) and isinstance(x["top_terms"], list)
    assert lines[0]["relevant"] and lines[0]["label"] == TOPIC and lines[0]["top_terms"]
    assert not lines[1]["relevant"] and lines[1]["label"] == "none"

    ev = write_jsonl(
        tmp / "ev.jsonl",
        [{"text": t, "label": TOPIC} for t in corpus(TOPIC, 4, seed=20)]
        + [{"text": t, "label": "none"} for t in background(2, seed=21)],
    )
    assert main(["evaluate", "--model", model, "--input", str(ev)]) == 0
    out = capsys.readouterr().out
    for key in ("roc_auc 1.0000", "precision", "recall", "f1"):
        assert key in out
    reset_settings()


@pytest.mark.parametrize("case", ["missing", "bad_json", "missing_field", "empty_seeds", "bad_label"])
def test_bad_input_is_one_clear_line(files, capsys, case) -> None:
    tmp, seeds, _unlabeled, _labels, _score_in = files
    model = _train(files)
    capsys.readouterr()
    bad = tmp / "bad.jsonl"
    if case == "missing":
        argv, needle = ["score", "--model", model, "--input", str(tmp / "nope.jsonl")], "nope.jsonl"
    elif case == "bad_json":
        bad.write_text('{"id": 1, "text": "ok"}\n{oops\n')
        argv, needle = ["score", "--model", model, "--input", str(bad)], "bad.jsonl:2"
    elif case == "missing_field":
        bad.write_text('{"id": 1}\n')
        argv, needle = (
            ["train", "--seeds", str(seeds), "--unlabeled", str(bad), "--out", str(tmp / "m")],
            "bad.jsonl:1: field 'text' is missing",
        )
    elif case == "empty_seeds":
        (tmp / "s2" / "empty").mkdir(parents=True)
        argv, needle = ["train", "--seeds", str(tmp / "s2"), "--out", str(tmp / "m")], "empty"
    else:
        bad.write_text('{"text": "x", "label": "sport"}\n')
        argv, needle = (
            ["train", "--seeds", str(seeds), "--labels", str(bad), "--out", str(tmp / "m")],
            "sport",
        )
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and needle in err[0] and "error" in err[0]


def test_train_registers_and_label_rescore(files, db, capsys) -> None:
    _train(files)
    assert "registered as model 1 (active)" in capsys.readouterr().out
    _train(files)
    assert "registered as model 2 (inactive)" in capsys.readouterr().out
    _train(files, "--activate")
    assert "registered as model 3 (active)" in capsys.readouterr().out
    with cursor(db) as cur:
        cur.execute("INSERT INTO sources (name) VALUES ('t') RETURNING id")
        sid = cur.fetchone()[0]
        cur.execute(
            "INSERT INTO articles (canonical_url, url, source_id, text, text_sha256, extractor, "
            "extractor_version, cleaner_version) VALUES ('u', 'u', %s, %s, 'h', 'x', '0', '0') "
            "RETURNING id",
            (sid, corpus(TOPIC, 1, seed=70)[0]),
        )
        article = cur.fetchone()[0]
    assert main(["rescore"]) == 0
    assert "scored 1 article(s)" in capsys.readouterr().out
    assert main(["label", str(article), TOPIC, "--by", "ana"]) == 0
    assert main(["label", str(article), "weather", "--by", "ana"]) == 2
    assert rows(db, "SELECT label, labelled_by FROM labels") == [(TOPIC, "ana")]
    assert rows(db, "SELECT model_id, relevant, label FROM classifications") == [(3, True, TOPIC)]
