"""Labels win for the article they name (issue 13, migration 0012): the setback was an article an
analyst had labelled `none` staying relevant because the model still scored it above its threshold.
Labelled `none`: never in relevant_articles, the digest or the export's relevant rows; labelled
with a topic: always there; the model's score stays beside the label."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest
from analyst_seed import add_article, add_classification, add_label, add_model, add_source, add_story
from helpers import rows

from core.store.db import transaction
from newsflow.analyst.digest import load_digest, render_digest
from newsflow.analyst.export import export_articles

DAY = date(2026, 11, 20)
TOPIC = "international_information_security"


@pytest.fixture
def judged(db: str) -> dict[str, int]:
    """Four articles of one day: the model and the analysts disagree on two of them."""
    at = datetime(2026, 11, 20, 9, tzinfo=UTC)
    with transaction(db) as conn, conn.cursor() as cur:
        source = add_source(cur, "xinhua")
        model = add_model(cur, "v1", 0.5, active=True)
        ids = {}
        for n, name in enumerate(("overruled", "promoted", "agreed", "unscored")):
            story = add_story(cur, name, at, at)
            ids[name] = add_article(cur, source, f"https://x.example/{n}", f"{name} story",
                                    f"The text of the {name} story.", at, story_id=story)
        add_classification(cur, ids["overruled"], model, 0.9, 0.5, ["cyber"])   # model: relevant
        add_classification(cur, ids["promoted"], model, 0.2, 0.5, ["trade"])    # model: not
        add_classification(cur, ids["agreed"], model, 0.8, 0.5, ["norms"])      # model: relevant
        # Two analysts judged "overruled"; the latest judgement (none) wins.
        add_label(cur, ids["overruled"], TOPIC, by="ana")
        add_label(cur, ids["promoted"], TOPIC, by="ana")
        add_label(cur, ids["unscored"], TOPIC, by="ana")
    with transaction(db) as conn, conn.cursor() as cur:
        add_label(cur, ids["overruled"], "none", by="bob")
        cur.execute("UPDATE labels SET labelled_at = labelled_at + interval '1 minute'"
                    " WHERE labelled_by = 'bob'")
    return ids


def test_relevant_articles_follow_the_labels(db: str, judged: dict[str, int]) -> None:
    got = {r[0]: r[1:] for r in rows(db, "SELECT article_id, label, score, analyst_label, model_label,"
                                         " model_relevant FROM relevant_articles")}
    assert set(got) == {judged["promoted"], judged["agreed"], judged["unscored"]}
    # The model's score and verdict stay beside the label that overrides them.
    assert got[judged["promoted"]] == (TOPIC, 0.2, TOPIC, "none", False)
    assert got[judged["agreed"]] == (TOPIC, 0.8, None, TOPIC, True)
    assert got[judged["unscored"]] == (TOPIC, None, TOPIC, None, None)
    overview = dict(rows(db, "SELECT title, relevant FROM story_overview"))
    assert overview == {"overruled": False, "promoted": True, "agreed": True, "unscored": True}


def test_the_export_follows_the_labels(db: str, judged: dict[str, int]) -> None:
    buffer = io.BytesIO()
    export_articles(db, buffer, since=DAY, fmt="jsonl", relevant_only=True, progress=False)
    lines = [json.loads(line) for line in buffer.getvalue().decode().splitlines()]
    assert {r["article_id"] for r in lines} == {judged["promoted"], judged["agreed"], judged["unscored"]}
    promoted = next(r for r in lines if r["article_id"] == judged["promoted"])
    assert (promoted["label"], promoted["score"], promoted["relevant"]) == (TOPIC, 0.2, True)
    buffer = io.BytesIO()
    export_articles(db, buffer, since=DAY, fmt="jsonl", progress=False)
    every = {r["article_id"]: r for r in map(json.loads, buffer.getvalue().decode().splitlines())}
    overruled = every[judged["overruled"]]
    assert (overruled["label"], overruled["score"], overruled["relevant"]) == ("none", 0.9, False)


def test_the_digest_follows_the_labels(db: str, judged: dict[str, int]) -> None:
    digest = load_digest(db, DAY)
    listed = {a["article_id"] for story in digest.stories for a in story.articles}
    assert listed == {judged["promoted"], judged["agreed"], judged["unscored"]}
    html = render_digest(digest)
    assert "promoted story" in html and "overruled story" not in html
