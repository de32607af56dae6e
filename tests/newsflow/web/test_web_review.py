"""The review page's queue (the head of the ``review_queue`` view kept by the server) and "Retrain
now" in the server when no Airflow is configured, against a real PostgreSQL and a real model."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from analyst_seed import seed_newsroom
from conftest import truncate_all
from fastapi.testclient import TestClient
from helpers import rows
from web_support import config, ensure_user, log_in, real_model

from newsflow.web.app import create_app
from newsflow.web.db import Pool
from newsflow.web.queue import ReviewQueue


@pytest.fixture(scope="module")
def scored(database_url: str) -> int:
    truncate_all(database_url)
    seed_newsroom(database_url, datetime.now(UTC).date(), days=20)
    ensure_user(database_url)
    return real_model(database_url)


@pytest.fixture
def reads(database_url: str, scored) -> Iterator[Pool]:
    pool = Pool(database_url, size=2)
    yield pool
    pool.close()


def _view(url: str) -> list[int]:
    return [r[0] for r in rows(url, "SELECT article_id FROM review_queue")]


def _label(url: str, article_id: int, label: str | None = "none", by: str = "test") -> None:
    rows(url, "INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, %s, %s) RETURNING id",
         (article_id, label, by))


def test_the_queue_follows_the_views_order_past_its_head(database_url: str, reads: Pool) -> None:
    queue = ReviewQueue(size=3)
    order = _view(database_url)
    assert len(order) > 8
    assert queue.next_item(reads, [])["article_id"] == order[0]
    assert queue.queued(reads) == len(order)
    assert queue.next_item(reads, [order[0], order[1]])["article_id"] == order[2]  # skipped ones
    for article in order[:3]:  # the whole head labelled: the view's next rows are taken
        _label(database_url, article)
    item = queue.next_item(reads, [])
    assert item["article_id"] == _view(database_url)[0] and item["excerpt"] and item["word_count"] > 0
    assert queue.queued(reads) == len(order) - 3
    for article in order[:3]:
        _label(database_url, article, None)  # withdrawn: back at the head of the view
    assert _view(database_url)[:3] == order[:3]


def test_labels_given_since_the_snapshot_leave_the_queue_at_once(database_url: str, reads: Pool) -> None:
    queue = ReviewQueue(size=50, ttl=3600)
    first = queue.next_item(reads, [])["article_id"]
    before = queue.queued(reads)
    _label(database_url, first, by="other")
    assert queue.next_item(reads, [])["article_id"] != first
    assert queue.queued(reads) == before - 1 == len(_view(database_url))
    _label(database_url, first, None, by="other")


def test_new_scores_are_taken_in_the_background(database_url: str, reads: Pool) -> None:
    queue = ReviewQueue(size=50, ttl=3600)
    taken = queue.head(reads)
    # Rescore a queued article as exactly at the threshold (a new classification row): the view's
    # order changes and the highest classification id moves.
    article = _view(database_url)[5]
    rows(database_url, "DELETE FROM classifications c USING models m WHERE m.id = c.model_id AND m.active"
                       " AND c.article_id = %s RETURNING c.id", (article,))
    rows(database_url, "INSERT INTO classifications (article_id, model_id, label, score, relevant) "
                       "SELECT %s, id, 'none', threshold, false FROM models WHERE active RETURNING id",
         (article,))
    assert queue.head(reads) is taken  # the old head is served while the new one is taken
    deadline = time.monotonic() + 10
    while queue.head(reads) is taken and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r["article_id"] for r in queue.head(reads).rows] == _view(database_url)[:50]


def test_retrain_now_without_airflow_runs_in_the_server_and_says_what_changed(
        database_url: str, scored, tmp_path) -> None:
    with TestClient(create_app(config(database_url, tmp_path))) as client:
        csrf = log_in(client)
        wb = client.app.state.workbench
        assert wb.retrainer.airflow is None
        topic = rows(database_url, "SELECT labels[1] FROM models WHERE active")[0][0]
        for key in (topic, "none", "none", "none", "none"):
            page = client.get("/review").text
            article = re.search(r'data-article-id="(\d+)"', page).group(1)
            client.post("/review/label", data={"article_id": article, "label": key, "csrf": csrf})
        before = rows(database_url, "SELECT id, threshold, (SELECT count(*) FROM classifications c "
                                    "WHERE c.model_id = m.id AND c.relevant) FROM models m WHERE active")[0]
        client.post("/review/retrain", data={"csrf": csrf})
        wb.retrainer.wait(240)
        job = client.get("/review/retrain/status", headers={"Accept": "application/json"}).json()
        assert job["state"] == "done" and job["via"] == "server", job
        after = rows(database_url, "SELECT id, threshold, (SELECT count(*) FROM classifications c "
                                   "WHERE c.model_id = m.id AND c.relevant) FROM models m WHERE active")[0]
        assert job["before"]["id"] == before[0] and job["after"]["id"] == after[0]
        status = re.sub(r"\s+", " ", client.get("/review").text)
        if after[0] != before[0]:
            assert "now active" in status
            assert f"Threshold {before[1]:.3f} → {after[1]:.3f}" in status
            assert f"relevant {before[2]} of " in status and f"→ {after[2]} of " in status
        else:  # the classifier keeps a model that is not better: the page says so, nothing changed
            made = rows(database_url, "SELECT max(id) FROM models")[0][0]
            assert (f"Model #{made} trained on" in status and "kept inactive" in status
                    and f"than #{before[0]}" in status) or "Nothing trained" in status
