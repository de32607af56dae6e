"""The review page's progress line ("you labelled N today, M in all") counts articles, not clicks: a
label changed or withdrawn is still one article or none, so today's count never exceeds the whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from analyst_seed import seed_newsroom
from conftest import truncate_all
from helpers import rows
from web_support import real_model

from newsflow.web.db import Pool
from newsflow.web.queries.review import progress
from newsflow.web.queue import ReviewQueue


@pytest.fixture
def reads(database_url: str) -> Iterator[Pool]:
    truncate_all(database_url)
    seed_newsroom(database_url, datetime.now(UTC).date(), days=3)
    real_model(database_url)
    pool = Pool(database_url, size=1)
    yield pool
    pool.close()


def _label(url: str, article_id: int, label: str | None, by: str) -> None:
    rows(url, "INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, %s, %s) RETURNING id",
         (article_id, label, by))


def _articles(url: str, n: int) -> list[int]:
    return [r[0] for r in rows(url, "SELECT id FROM articles ORDER BY id LIMIT %s", (n,))]


def test_a_changed_or_withdrawn_label_counts_once_today(database_url: str, reads: Pool) -> None:
    first, second, third = _articles(database_url, 3)
    topic = rows(database_url, "SELECT labels[1] FROM models WHERE active")[0][0]
    _label(database_url, first, topic, "ana")
    _label(database_url, first, "none", "ana")  # changed her mind: still one article
    _label(database_url, second, "none", "ana")
    _label(database_url, second, None, "ana")  # undone: no label left
    _label(database_url, third, "none", "ana")
    got = progress(reads, ReviewQueue(size=3), "ana")
    assert (got["today"], got["mine"]) == (2, 2)


def test_todays_count_leaves_out_older_labels_and_other_analysts(database_url: str, reads: Pool) -> None:
    first, second, third = _articles(database_url, 3)
    _label(database_url, first, "none", "ana")
    _label(database_url, second, "none", "ana")
    _label(database_url, third, "none", "ben")  # another analyst's
    rows(database_url, "UPDATE labels SET labelled_at = now() - interval '3 days' "  # an older label
                       "WHERE article_id = %s RETURNING article_id", (first,))
    rows(database_url, "UPDATE label_events SET occurred_at = now() - interval '3 days' "
                       "WHERE article_id = %s RETURNING article_id", (first,))
    got = progress(reads, ReviewQueue(size=3), "ana")
    assert (got["today"], got["mine"]) == (1, 2)
