"""The review order (issue 13, migration 0014; stored since 0020): uncertainty near the threshold,
diversity across stories; the view and ``classifier.review.review_order`` (what `newsflow review`
prints) agree."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from analyst_seed import add_article, add_classification, add_label, add_model, add_source, add_story
from helpers import rows
from psycopg2.extras import execute_values

from classifier.review import review_order
from classifier.scoring import UPSERT
from core.store.db import transaction

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


def test_one_article_per_story_before_any_story_s_second(db: str) -> None:
    # (story, score): story "a" holds the three least certain articles; threshold 0.5.
    plan = [("a", 0.50), ("a", 0.51), ("a", 0.48), ("b", 0.60), ("c", 0.30), (None, 0.45), ("b", 0.9),
            ("c", 0.52)]
    with transaction(db) as conn, conn.cursor() as cur:
        source = add_source(cur, "xinhua")
        model = add_model(cur, "v1", 0.5, active=True)
        stories = {name: add_story(cur, name, AT, AT) for name in ("a", "b", "c")}
        candidates = []
        for n, (story, score) in enumerate(plan):
            story_id = stories[story] if story else None
            article = add_article(cur, source, f"https://x.example/{n}", f"t{n}", f"text {n}", AT,
                                  story_id=story_id)
            add_classification(cur, article, model, score, 0.5)
            candidates.append((article, story_id, score))
        labelled = add_article(cur, source, "https://x.example/l", "l", "labelled", AT)
        add_classification(cur, labelled, model, 0.5, 0.5)
        add_label(cur, labelled, "none")
    queue = rows(db, "SELECT article_id, story_rank FROM review_queue")
    ids = [c[0] for c in candidates]
    # Each story's least certain first (a: 0.50, c: 0.52, no story: 0.45, b: 0.60), then the seconds
    # (a: 0.51, c: 0.30, b: 0.9), then a's third.
    assert [i for i, _ in queue] == [ids[0], ids[7], ids[5], ids[3], ids[1], ids[4], ids[6], ids[2]]
    assert [rank for _, rank in queue] == [1, 1, 1, 1, 2, 2, 2, 3]
    assert review_order(candidates, 0.5) == [i for i, _ in queue]


def _view_order(db: str) -> list[int]:
    return [r[0] for r in rows(db, "SELECT article_id FROM review_queue")]


def _rule_order(db: str) -> list[int]:
    """classifier.review's rule on the rows as they are now (active model, usable, unlabelled)."""
    found = rows(db, "SELECT a.id, a.story_id, c.score, m.threshold FROM classifications c"
                     " JOIN models m ON m.id = c.model_id AND m.active JOIN articles a ON a.id = c.article_id"
                     " WHERE a.status = 'ok'"
                     " AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)")
    return review_order([(i, story, score) for i, story, score, _t in found], found[0][3] if found else 0.5)


def test_stored_ranking_follows_scoring_labels_moves_and_activation(db: str) -> None:
    """The view reads a ranking kept by triggers (migration 0020): after each kind of write its order
    is still the rule's, computed from scratch on the same rows."""
    rng = random.Random(7)
    with transaction(db) as conn, conn.cursor() as cur:
        source = add_source(cur, "xinhua")
        model = add_model(cur, "v1", 0.5, active=True)
        other = add_model(cur, "v2", 0.3)
        stories = [add_story(cur, f"s{n}", AT, AT) for n in range(12)]
        articles = [add_article(cur, source, f"https://x.example/{n}", f"t{n}", f"text {n}", AT,
                                story_id=rng.choice([*stories, None])) for n in range(80)]
        for article in articles[:60]:  # the first scoring pass leaves 20 articles unscored
            add_classification(cur, article, model, rng.random(), 0.5)
            add_classification(cur, article, other, rng.random(), 0.3)
    before = _view_order(db)
    assert len(before) == 60 and before == _rule_order(db)

    def score_pass(ids: list[int], model_id: int) -> None:  # score_pending's statement, one batch
        with transaction(db) as conn, conn.cursor() as cur:
            execute_values(cur, UPSERT, [(i, model_id, "none", rng.random(), False, []) for i in ids])

    score_pass(articles[40:], model)  # 20 rescored, 20 scored for the first time
    assert _view_order(db) == _rule_order(db) != before and len(_view_order(db)) == 80
    score_pass(articles[:30], other)  # a model that is not active changes nothing
    assert len(_view_order(db)) == 80 and _view_order(db) == _rule_order(db)

    head = _view_order(db)[:3]
    unusable, deleted = [a for a in _view_order(db) if a not in head][-2:]
    with transaction(db) as conn, conn.cursor() as cur:
        add_label(cur, head[0], "none")
        cur.execute("INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, 'none', 'web')",
                    (head[1],))
    order = _view_order(db)
    assert head[0] not in order and head[1] not in order and order == _rule_order(db)
    with transaction(db) as conn, conn.cursor() as cur:  # a label withdrawn: back in the queue
        cur.execute("DELETE FROM labels WHERE article_id = %s", (head[0],))
        cur.execute("UPDATE articles SET story_id = %s WHERE id = %s", (stories[0], head[2]))
        cur.execute("UPDATE articles SET status = 'too_short' WHERE id = %s", (unusable,))
        cur.execute("DELETE FROM articles WHERE id = %s", (deleted,))
    order = _view_order(db)
    assert head[0] in order and unusable not in order and order == _rule_order(db)

    with transaction(db) as conn, conn.cursor() as cur:  # registry.activate's two updates
        cur.execute("UPDATE models SET active = false WHERE id = %s", (model,))
        cur.execute("UPDATE models SET active = true WHERE id = %s", (other,))
    order = _view_order(db)
    assert set(order) <= set(articles[:60]) and order == _rule_order(db)
    with transaction(db) as conn, conn.cursor() as cur:
        cur.execute("UPDATE models SET threshold = 0.7 WHERE id = %s", (other,))
    assert _view_order(db) == _rule_order(db) != order
