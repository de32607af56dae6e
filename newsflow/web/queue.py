"""The head of the ``review_queue`` view, kept by the server so that the review page stays fast.

The view orders every unlabelled article the active model scored (its order is the classifier's
business and lives in the view alone), so asking it for its first row, or its size, reads and sorts
all of them: half a second at 100k articles. The review page needs one article. The server takes the
view's first ``size`` rows and its size in one snapshot, and each page drops from that head what has
been labelled since (an index look-up on ``labels``) and what this session skipped.

The head is taken again: at once when the active model changes (a new order) or when every row of it
has been labelled or skipped; in the background, while the old one is still served, when new scores
have landed (the highest classification id moved) or it is older than ``ttl`` seconds (labels
withdrawn elsewhere, articles set aside). The size shown is the snapshot's, less the labels given
since: an estimate between snapshots.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    key: tuple[int | None, int | None]  # (active model id, highest classification id) when taken
    rows: list[dict[str, Any]] = field(default_factory=list)  # the view's first rows, in its order
    total: int = 0  # the view's size when taken
    taken_at: datetime | None = None  # the database's clock at the snapshot
    taken: float = 0.0  # time.monotonic() at the snapshot


class ReviewQueue:
    def __init__(self, size: int = 300, ttl: float = 300.0) -> None:
        self.size, self.ttl = size, ttl
        self._head: Head | None = None
        self._lock = threading.Lock()  # guards _head
        self._taking = threading.Lock()  # one snapshot at a time
        self._pending = False  # a snapshot is being taken in the background

    @staticmethod
    def key_of(row: dict[str, Any] | None) -> tuple[int | None, int | None]:
        """The key from a row with the active model's ``id`` and the highest classification ``scores``."""
        return (row["id"], row["scores"]) if row else (None, None)

    def _key(self, db) -> tuple[int | None, int | None]:
        row = db.one("SELECT (SELECT id FROM models WHERE active) AS model,"
                     " (SELECT max(id) FROM classifications) AS scores")
        return (row["model"], row["scores"]) if row else (None, None)

    def _take(self, db, key: tuple[int | None, int | None]) -> Head:
        with self._taking:
            with db.cursor() as cur:  # rows and size from one snapshot
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cur.execute("SELECT * FROM review_queue LIMIT %s", (self.size,))
                rows = [dict(r) for r in cur.fetchall()]
                cur.execute("SELECT count(*) AS n, now() AS at FROM review_queue")
                counted = cur.fetchone()
            head = Head(key, rows, int(counted["n"]), counted["at"], time.monotonic())
            with self._lock:
                self._head = head
            return head

    def _take_later(self, db, key: tuple[int | None, int | None]) -> None:
        with self._lock:
            if self._pending:
                return
            self._pending = True

        def run() -> None:
            try:
                self._take(db, key)
            except Exception:  # the old head keeps being served; the next page tries again
                log.exception("taking the review queue's head failed")
            finally:
                with self._lock:
                    self._pending = False

        threading.Thread(target=run, name="newsflow-web-queue", daemon=True).start()

    def head(self, db, key: tuple[int | None, int | None] | None = None) -> Head:
        """The head to serve; ``key`` (from ``key_of``) when the caller has read it already."""
        key = self._key(db) if key is None else key
        with self._lock:
            head = self._head
        if head is None or head.key[0] != key[0]:
            return self._take(db, key)
        if head.key != key or time.monotonic() - head.taken > self.ttl:
            self._take_later(db, key)
        return head

    def next_item(self, db, skipped: list[int], key: tuple[int | None, int | None] | None = None
                  ) -> dict[str, Any] | None:
        """The first row of the view not labelled since the snapshot and not in ``skipped``, with an
        excerpt of its text; None when the queue is empty."""
        head, passed = self.head(db, key), set(skipped)
        for retaken in (False, True):
            left = [r for r in head.rows if r["article_id"] not in passed]
            labelled = {r["article_id"] for r in db.all(
                "SELECT DISTINCT article_id FROM labels WHERE article_id = ANY (%s::bigint[])",
                ([r["article_id"] for r in left],))} if left else set()
            row = next((r for r in left if r["article_id"] not in labelled), None)
            if row is not None:
                text = db.one("SELECT left(text, 1500) AS excerpt, word_count FROM articles WHERE id = %s",
                              (row["article_id"],))
                return {**row, **(text or {"excerpt": "", "word_count": 0})}
            if len(head.rows) < self.size or retaken:
                return None  # the whole queue was in the snapshot, or a new one is no better
            head = self._take(db, self._key(db))  # all of this head done: the view's next rows
        return None

    def queued(self, db, key: tuple[int | None, int | None] | None = None) -> int:
        """About how many articles wait: the snapshot's count less the labels given since."""
        head = self.head(db, key)
        if head.taken_at is None:
            return head.total
        row = db.one(self.SINCE, (head.taken_at,))
        return self.left(head, row["n"] if row else 0)

    SINCE = "SELECT count(DISTINCT article_id) AS n FROM labels WHERE labelled_at > %s"

    @staticmethod
    def left(head: Head, labelled_since: int) -> int:
        return max(0, head.total - int(labelled_since))
