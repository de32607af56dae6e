"""The sample site through the clean stage: one story per original article, its wire copies in it,
no two originals together (near-duplicate clustering on realistic, distinct text)."""

from __future__ import annotations

import hashlib
import json

import psycopg2
from helpers import cursor, rows

from cleaner.process import process_pending
from newsflow.site import pages
from newsflow.site.content import make_article

BASE = "http://sample.test"
ARTICLES = 64


def insert_site(url: str, count: int) -> None:
    articles = [make_article(i) for i in range(count)]
    with cursor(url) as cur:
        cur.execute("INSERT INTO sources (name) VALUES ('sample') RETURNING id")
        source_id = cur.fetchone()[0]
        cur.execute("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id", (source_id,))
        run_id = cur.fetchone()[0]
        for article in articles:
            see_also = [a for a in articles if a.number != article.number][:3]
            body = pages.article_html(article, BASE, see_also).encode()
            page_url = BASE + article.path
            cur.execute(
                "INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, final_url, status, "
                "headers, body, body_sha256) VALUES (%s, %s, %s, %s, %s, 200, %s, %s, %s)",
                (run_id, source_id, page_url, page_url, page_url,
                 json.dumps({"Content-Type": "text/html; charset=utf-8"}), psycopg2.Binary(body),
                 hashlib.sha256(body).hexdigest()),
            )


def stories_by_article(url: str) -> dict[int, int | None]:
    found = rows(url, "SELECT canonical_url, story_id FROM articles")
    return {int(canonical.rsplit("/", 1)[1][:5]): story for canonical, story in found}


def test_wire_copies_join_their_original_and_originals_stay_apart(db: str) -> None:
    insert_site(db, ARTICLES)
    process_pending(db)
    story = stories_by_article(db)
    assert len(story) == ARTICLES and None not in story.values()
    originals = [n for n in range(ARTICLES) if make_article(n).syndicated_from is None]
    copies = [n for n in range(ARTICLES) if make_article(n).syndicated_from is not None]
    assert copies, "the site should carry wire copies"
    for n in copies:
        assert story[n] == story[make_article(n).syndicated_from], f"copy {n} not with its original"
    merged = [n for n in originals if [m for m in originals if story[m] == story[n]] != [n]]
    assert not merged, f"distinct originals share a story: {merged}"
    assert len(set(story.values())) == len(originals)
