"""One article (text, lineage, scores, label history) and one story (every outlet's copy)."""

from __future__ import annotations

from typing import Any


def article(db, article_id: int) -> dict[str, Any] | None:
    return db.one(
        "SELECT a.id, a.title, a.url, a.canonical_url, a.text, a.authors, a.published_at, a.created_at,"
        " a.updated_at, a.language, a.status, a.word_count, a.text_sha256, a.extractor,"
        " a.extractor_version, a.cleaner_version, a.story_id, s.name AS source,"
        " r.id AS raw_page_id, r.body_sha256, r.fetched_at, r.processed_at, r.status AS http_status,"
        " r.found_via, cr.id AS crawl_run_id, cr.started_at AS run_started_at, cr.status AS run_status"
        " FROM articles a JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN raw_pages r ON r.id = a.raw_page_id"
        " LEFT JOIN crawl_runs cr ON cr.id = r.crawl_run_id"
        " WHERE a.id = %s", (article_id,))


def scores(db, article_id: int) -> list[dict[str, Any]]:
    """The article's classification by every model, the active one first, then newest."""
    return db.all(
        "SELECT m.id AS model_id, m.version, m.active, m.threshold, c.label, c.score, c.relevant,"
        " c.top_terms, c.scored_at FROM classifications c JOIN models m ON m.id = c.model_id"
        " WHERE c.article_id = %s ORDER BY m.active DESC, m.trained_at DESC", (article_id,))


def labels(db, article_id: int) -> list[dict[str, Any]]:
    """The current judgements (one per analyst), whatever wrote them (the workbench or the CLI)."""
    return db.all("SELECT label, labelled_by, labelled_at, note FROM labels WHERE article_id = %s"
                  " ORDER BY labelled_at DESC", (article_id,))


def label_history(db, article_id: int) -> list[dict[str, Any]]:
    """Every labelling action taken in the workbench (a NULL label: withdrawn), newest first."""
    return db.all("SELECT label, labelled_by, occurred_at FROM label_events WHERE article_id = %s"
                  " ORDER BY occurred_at DESC, id DESC LIMIT 100", (article_id,))


def model_labels(db) -> list[str]:
    row = db.one("SELECT labels FROM models WHERE active")
    return list(row["labels"]) if row else []


def story(db, story_id: int) -> dict[str, Any] | None:
    return db.one("SELECT id, title, first_seen_at, last_seen_at FROM stories WHERE id = %s", (story_id,))


def story_copies(db, story_id: int) -> list[dict[str, Any]]:
    """Every copy of the story, the first seen first, with its length against the first copy's."""
    copies = db.all(
        "SELECT a.id, a.title, a.url, s.name AS source, a.published_at, a.created_at,"
        " coalesce(a.published_at, a.created_at) AS seen, a.word_count, a.status, a.language,"
        " c.score, c.relevant FROM articles a JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)"
        "   ON c.article_id = a.id"
        " WHERE a.story_id = %s ORDER BY coalesce(a.published_at, a.created_at), a.id LIMIT 500",
        (story_id,))
    if copies:
        first = copies[0]["word_count"] or 0
        for copy in copies:
            copy["length_diff"] = (copy["word_count"] or 0) - first
    return copies
