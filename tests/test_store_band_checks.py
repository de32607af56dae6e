"""Migration 0022: ``article_bands`` keeps the rules of its former foreign key to ``articles`` (rows
name existing articles, go with them on delete and truncate, hold them against a concurrent delete),
now checked once per statement."""

from __future__ import annotations

import io

import psycopg2
import psycopg2.errors
import pytest
from helpers import connection, cursor, rows


def _articles(url: str, count: int) -> list[int]:
    with cursor(url) as cur:
        cur.execute("INSERT INTO sources (name) VALUES ('bands') RETURNING id")
        source_id = cur.fetchone()[0]
        ids = []
        for n in range(count):
            cur.execute(
                "INSERT INTO articles (canonical_url, url, source_id, title, text, text_sha256, extractor, "
                "extractor_version, cleaner_version) VALUES (%s, %s, %s, 't', 'x', %s, 'test', '0', '0') "
                "RETURNING id",
                (f"https://bands.test/{n}", f"https://bands.test/{n}", source_id, f"{n:064d}"))
            ids.append(cur.fetchone()[0])
        return ids


def _bands(url: str) -> list[tuple]:
    return rows(url, "SELECT article_id, band, hash FROM article_bands ORDER BY 1, 2, 3")


def test_bands_of_existing_articles_are_stored_by_insert_and_copy(db: str) -> None:
    first, second = _articles(db, 2)
    with cursor(db) as cur:
        cur.execute("INSERT INTO article_bands VALUES (%s, 0, 11), (%s, 1, 12)", (first, first))
        cur.copy_expert("COPY article_bands (article_id, band, hash) FROM STDIN",
                        io.StringIO(f"{second}\t0\t21\n{second}\t1\t22\n"))
    assert _bands(db) == [(first, 0, 11), (first, 1, 12), (second, 0, 21), (second, 1, 22)]


@pytest.mark.parametrize("how", ["insert", "copy", "update"])
def test_a_band_of_a_missing_article_is_refused(db: str, how: str) -> None:
    (article,) = _articles(db, 1)
    with cursor(db) as cur:
        cur.execute("INSERT INTO article_bands VALUES (%s, 0, 1)", (article,))
    with pytest.raises(psycopg2.errors.ForeignKeyViolation) as refused, cursor(db) as cur:
        if how == "insert":
            cur.execute("INSERT INTO article_bands VALUES (%s, 1, 2), (%s, 2, 3)", (article, article + 99))
        elif how == "copy":
            cur.copy_expert("COPY article_bands (article_id, band, hash) FROM STDIN",
                            io.StringIO(f"{article}\t1\t2\n{article + 99}\t2\t3\n"))
        else:
            cur.execute("UPDATE article_bands SET article_id = %s", (article + 99,))
    assert f"article_id {article + 99}" in str(refused.value)
    assert _bands(db) == [(article, 0, 1)]  # the statement's rows were rolled back


def test_deleting_articles_deletes_their_bands_only(db: str) -> None:
    first, second, third = _articles(db, 3)
    with cursor(db) as cur:
        for article in (first, second, third):
            cur.execute("INSERT INTO article_bands SELECT %s, b, b FROM generate_series(0, 63) b", (article,))
        cur.execute("DELETE FROM articles WHERE id IN (%s, %s)", (first, third))
    assert {row[0] for row in _bands(db)} == {second}
    assert len(_bands(db)) == 64


def test_truncating_articles_empties_bands(db: str) -> None:
    (article,) = _articles(db, 1)
    with cursor(db) as cur:
        cur.execute("INSERT INTO article_bands VALUES (%s, 0, 1)", (article,))
        cur.execute("TRUNCATE articles CASCADE")
    assert _bands(db) == []


def test_an_article_id_with_bands_cannot_change(db: str) -> None:
    (article,) = _articles(db, 1)
    with cursor(db) as cur:
        cur.execute("INSERT INTO article_bands VALUES (%s, 0, 1)", (article,))
    with pytest.raises(psycopg2.errors.ForeignKeyViolation), cursor(db) as cur:
        cur.execute("UPDATE articles SET id = id + 1000 WHERE id = %s", (article,))


def test_uncommitted_bands_hold_their_article_against_a_delete(db: str) -> None:
    """As the foreign key did: the inserting transaction's lock makes a concurrent delete wait, and
    once the bands are committed the delete takes them with it."""
    (article,) = _articles(db, 1)
    with connection(db) as writer, connection(db) as deleter:
        with writer.cursor() as cur:
            cur.execute("INSERT INTO article_bands VALUES (%s, 0, 1)", (article,))
        with deleter.cursor() as cur:
            cur.execute("SET lock_timeout = '200ms'")
            with pytest.raises(psycopg2.errors.LockNotAvailable):
                cur.execute("DELETE FROM articles WHERE id = %s", (article,))
        deleter.rollback()
        writer.commit()
        with deleter.cursor() as cur:
            cur.execute("DELETE FROM articles WHERE id = %s", (article,))
    assert _bands(db) == []


def test_bands_for_an_article_deleted_meanwhile_are_refused(db: str) -> None:
    (article,) = _articles(db, 1)
    with connection(db) as deleter, connection(db) as writer:
        with deleter.cursor() as cur:
            cur.execute("DELETE FROM articles WHERE id = %s", (article,))
        deleter.commit()
        with pytest.raises(psycopg2.errors.ForeignKeyViolation), writer.cursor() as cur:
            cur.execute("INSERT INTO article_bands VALUES (%s, 0, 1)", (article,))
        writer.rollback()
    assert _bands(db) == []
