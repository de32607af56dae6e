"""The analyst views (0006_analyst.sql): active model only, newest first, review order, story
overview, per-source health, and full-text search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from analyst_seed import (
    add_article,
    add_classification,
    add_failure,
    add_label,
    add_model,
    add_raw_page,
    add_run,
    add_source,
    add_story,
)
from helpers import cursor, rows

from core.store import migrate
from core.store.search import index_pending

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def two_models(db: str) -> dict[str, int]:
    """Three articles scored by an old and by the active model, which disagree."""
    with cursor(db) as cur:
        xinhua, tass = add_source(cur, "xinhua"), add_source(cur, "tass")
        story = add_story(cur, "UN cybercrime convention", T0, T0 + timedelta(hours=5), 2)
        ids = {
            "old": add_article(cur, xinhua, "https://x.example/1", "Cybercrime convention signed",
                               "States signed the UN cybercrime convention in Hanoi.", T0, story_id=story),
            "new": add_article(cur, tass, "https://t.example/2", "Cybercrime convention: Russia's view",
                               "Moscow welcomed the convention on countering ICT crime.",
                               T0 + timedelta(hours=5), story_id=story),
            "undated": add_article(cur, tass, "https://t.example/3", "Football results",
                                   "The league leaders won again.", None,
                                   created_at=T0 + timedelta(days=1)),
        }
        old = add_model(cur, "v1", 0.5, active=False)
        active = add_model(cur, "v2", 0.4, active=True)
        for name, (old_score, new_score) in {"old": (0.9, 0.8), "new": (0.2, 0.45),
                                             "undated": (0.7, 0.1)}.items():
            add_classification(cur, ids[name], old, old_score, 0.5, ["old-term"])
            add_classification(cur, ids[name], active, new_score, 0.4, ["convention", "cybercrime"])
    index_pending(db)  # as the clean stage does after writing articles
    return {**ids, "story": story, "old_model": old, "active_model": active}


def test_relevant_articles_uses_only_the_active_model_newest_first(db: str, two_models: dict) -> None:
    got = rows(db, "SELECT article_id, source, score, top_terms, model_version, story_id, story_title,"
                   " article_date FROM relevant_articles")
    assert [r[0] for r in got] == [two_models["new"], two_models["old"]]
    assert got[0][1:5] == ("tass", 0.45, ["convention", "cybercrime"], "v2")
    assert got[0][5:7] == (two_models["story"], "UN cybercrime convention")
    assert str(got[0][7]) == "2026-11-20"


def test_relevant_articles_follow_the_activated_model(db: str, two_models: dict) -> None:
    with cursor(db) as cur:
        cur.execute("UPDATE models SET active = false")
        cur.execute("UPDATE models SET active = true WHERE id = %s", (two_models["old_model"],))
    got = rows(db, "SELECT article_id, model_version FROM relevant_articles")
    # Old model: "old" (0.9) and the undated one (0.7, dated by when it was stored: newest).
    assert got == [(two_models["undated"], "v1"), (two_models["old"], "v1")]


def test_no_active_model_means_no_relevant_articles(db: str, two_models: dict) -> None:
    with cursor(db) as cur:
        cur.execute("UPDATE models SET active = false")
    assert rows(db, "SELECT * FROM relevant_articles") == []
    assert rows(db, "SELECT * FROM review_queue") == []


def test_review_queue_is_least_certain_first_and_skips_labelled(db: str, two_models: dict) -> None:
    got = rows(db, "SELECT article_id, score, threshold, distance_to_threshold, model_version"
                   " FROM review_queue")
    # Active model v2, threshold 0.4: new 0.45 (0.05), undated 0.1 (0.3), old 0.8 (0.4).
    assert [r[0] for r in got] == [two_models["new"], two_models["undated"], two_models["old"]]
    assert got[0][3] == pytest.approx(0.05)
    assert {r[4] for r in got} == {"v2"}
    with cursor(db) as cur:
        add_label(cur, two_models["new"], "international_information_security")
    assert [r[0] for r in rows(db, "SELECT article_id FROM review_queue")] == [
        two_models["undated"], two_models["old"]]


def test_story_overview_lists_outlets_and_relevance(db: str, two_models: dict) -> None:
    with cursor(db) as cur:
        lonely = add_story(cur, "Nobody carried this", T0, T0, 0)
    got = {r[0]: r[1:] for r in rows(
        db, "SELECT story_id, outlets, outlet_count, article_count, relevant, relevant_article_count,"
            " max_score FROM story_overview")}
    assert got[two_models["story"]] == (["tass", "xinhua"], 2, 2, True, 2, 0.8)
    assert got[lonely] == ([], 0, 0, False, 0, None)


def test_source_health_counts_per_source_and_day(db: str) -> None:
    day1, day2 = T0, T0 + timedelta(days=1)
    with cursor(db) as cur:
        src = add_source(cur, "un-news")
        model = add_model(cur, "v1", 0.5, active=True)
        run1 = add_run(cur, src, day1, "ok", pages=3)
        for n, score in enumerate((0.9, 0.2, None)):
            page = add_raw_page(cur, run1, src, f"https://u.example/{n}", day1)
            art = add_article(cur, src, f"https://u.example/{n}", f"t{n}", f"body {n}", day1,
                              raw_page_id=page, created_at=day1)
            if score is not None:
                add_classification(cur, art, model, score, 0.5)
        add_failure(cur, src, "https://u.example/gone", day1, run_id=run1)
        add_failure(cur, src, "https://u.example/private", day1, run_id=run1, kind="robots_disallowed",
                    detail="Forbidden by robots.txt", http_status=None)
        run2 = add_run(cur, src, day2, "unreachable")
        add_failure(cur, src, "https://u.example/", day2, run_id=run2, kind="connection_refused")
        add_failure(cur, src, "https://u.example/again", day2, run_id=run2, kind="connection_refused")
    got = rows(db, "SELECT day::text, crawl_runs, failed_runs, pages_fetched, fetch_failures, fetch_notes,"
                   " new_articles, scored_articles, relevant_articles, relevant_share FROM source_health"
                   " WHERE source = 'un-news'")
    assert got == [
        ("2026-11-21", 1, 1, 0, 2, 0, 0, 0, 0, None),
        ("2026-11-20", 1, 0, 3, 1, 1, 3, 2, 1, pytest.approx(0.5)),
    ]


def test_full_text_search_finds_title_and_body_with_stemming(db: str, two_models: dict) -> None:
    search = ("SELECT id FROM articles WHERE search_vector @@ websearch_to_tsquery('english', %s)"
              " ORDER BY ts_rank(search_vector, websearch_to_tsquery('english', %s)) DESC, id")
    assert [r[0] for r in rows(db, search, ("conventions", "conventions"))] == [
        two_models["old"], two_models["new"]]
    assert [r[0] for r in rows(db, search, ("Moscow welcomes", "Moscow welcomes"))] == [two_models["new"]]
    assert rows(db, search, ("cybercrime -Russia", "cybercrime -Russia")) == [(two_models["old"],)]
    assert rows(db, search, ("ransomware", "ransomware")) == []


def test_search_vector_follows_edits(db: str, two_models: dict) -> None:
    with cursor(db) as cur:
        cur.execute("UPDATE articles SET text = 'Ransomware gangs targeted hospitals.' WHERE id = %s",
                    (two_models["undated"],))
    search = "SELECT id FROM articles WHERE search_vector @@ to_tsquery('english', %s)"
    # The edit queues the article: its old words are gone at once, the new ones once indexed.
    assert rows(db, search, ("league",)) == []
    assert rows(db, "SELECT id FROM articles WHERE search_vector IS NULL") == [(two_models["undated"],)]
    assert index_pending(db) == 1
    assert rows(db, search, ("ransomware",)) == [(two_models["undated"],)]
    assert index_pending(db) == 0


def test_analyst_indexes_exist_and_migrations_are_idempotent(db: str) -> None:
    names = {r[0] for r in rows(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
    assert {"articles_search_idx", "articles_seen_idx", "classifications_model_relevant_idx",
            "raw_pages_source_fetched_idx"} <= names
    assert migrate.upgrade(db) == []


def test_unusable_articles_stay_out_of_the_analyst_views(db: str, two_models: dict) -> None:
    with cursor(db) as cur:  # the cleaner keeps a teaser as 'too_short' (0004)
        cur.execute("UPDATE articles SET status = 'too_short' WHERE id = %s", (two_models["new"],))
    assert [r[0] for r in rows(db, "SELECT article_id FROM relevant_articles")] == [two_models["old"]]
    assert two_models["new"] not in {r[0] for r in rows(db, "SELECT article_id FROM review_queue")}
    assert rows(db, "SELECT relevant_article_count, max_score, article_count FROM story_overview"
                    " WHERE story_id = %s", (two_models["story"],)) == [(1, 0.8, 2)]
