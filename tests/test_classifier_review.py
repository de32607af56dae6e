"""The review order (issue 13, migration 0014): uncertainty near the threshold, diversity across
stories; the view and ``classifier.review.review_order`` (what `newsflow review` prints) agree."""

from __future__ import annotations

from datetime import UTC, datetime

from analyst_seed import add_article, add_classification, add_label, add_model, add_source, add_story
from helpers import rows

from classifier.review import review_order
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
