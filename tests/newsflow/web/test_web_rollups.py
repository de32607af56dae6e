"""Migration 0021's search facts and rollup stay what a count over the articles gives, through every
kind of write (articles, scores, labels, a model activated, deletes, two writers at once, folding,
a rebuild); the search page's plans for a broad query (figures from a sample, pages walked newest
first, best first among the newest matches) say so on the page and page through every match once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from helpers import connection, cursor, rows
from web_support import article_links, config, fresh_newsroom, log_in, next_link

from newsflow.web.app import create_app
from newsflow.web.queries import search_pages, search_plan

# The same figures from the articles themselves: relevance as the relevant_articles view decides it.
COUNTED = """
SELECT (timezone('UTC', coalesce(a.published_at, a.created_at)))::date, (timezone('UTC', a.created_at))::date,
       a.source_id, a.language, c.label, EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id),
       a.id IN (SELECT article_id FROM relevant_articles), CASE WHEN a.status = 'ok' THEN c.relevant END,
       count(*)
FROM articles a LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)
     ON c.article_id = a.id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""
ROLLED = """
SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, sum(n)
FROM (SELECT * FROM search_day_counts UNION ALL SELECT * FROM search_day_deltas) r
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0
"""
WORD = "cyberspace"  # in two of the seeded newsroom's eight on-topic titles


def _table(url: str, statement: str) -> Counter:
    return Counter({tuple(r[:-1]): int(r[-1]) for r in rows(url, statement)})


def assert_exact(url: str) -> None:
    assert _table(url, ROLLED) == _table(url, COUNTED)
    stale = rows(url, "SELECT count(*) FROM (SELECT * FROM search_facts EXCEPT"
                      " SELECT * FROM newsflow_search_facts_of(NULL)) x")[0][0]
    assert stale == 0
    facts, articles = rows(url, "SELECT (SELECT count(*) FROM search_facts),"
                                " (SELECT count(*) FROM articles)")[0]
    assert facts == articles


@pytest.fixture(scope="module")
def room(database_url: str):
    return fresh_newsroom(database_url)


def test_the_rollup_equals_a_count_through_every_kind_of_write(database_url: str, room) -> None:
    url = database_url
    assert_exact(url)
    some = room.articles[:12]
    with cursor(url) as cur:  # a batch of new articles, then their scores (one statement each)
        cur.execute("INSERT INTO articles (canonical_url, url, source_id, title, published_at, language,"
                    " text, text_sha256, word_count, extractor, extractor_version, cleaner_version)"
                    " SELECT 'https://new.example/' || g, 'https://new.example/' || g, %s, 'new ' || g,"
                    " now() - make_interval(days => g), CASE WHEN g %% 2 = 0 THEN 'fr' END, 'text',"
                    " md5(g::text), 1, 'trafilatura', 'x', 'x' FROM generate_series(1, 30) g",
                    (room.sources["tass"],))
    assert_exact(url)
    with cursor(url) as cur:
        cur.execute("INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms)"
                    " SELECT id, %s, CASE WHEN id %% 3 = 0 THEN 'international_information_security'"
                    " ELSE 'none' END, 0.5, id %% 3 = 0, ARRAY['x'] FROM articles"
                    " WHERE url LIKE 'https://new.example/%%'", (room.active_model,))
        cur.execute("UPDATE classifications SET relevant = NOT relevant, label = 'none'"
                    " WHERE article_id = ANY(%s) AND model_id = %s", (some[:4], room.active_model))
        cur.execute("UPDATE classifications SET relevant = NOT relevant WHERE article_id = ANY(%s)"
                    " AND model_id = %s", (some[4:6], room.old_model))  # not the active model's: no change
    assert_exact(url)
    with cursor(url) as cur:  # labels: given, a later one by another analyst, changed, withdrawn
        cur.execute("INSERT INTO labels (article_id, label, labelled_by)"
                    " SELECT unnest(%s::bigint[]), 'none', 'ana'", (some[:6],))
        cur.execute("INSERT INTO labels (article_id, label, labelled_by, labelled_at) VALUES"
                    " (%s, 'international_information_security', 'bo', now() + interval '1 s')", (some[0],))
        cur.execute("UPDATE labels SET label = 'international_information_security' WHERE article_id = %s",
                    (some[1],))
        cur.execute("DELETE FROM labels WHERE article_id = %s", (some[2],))
        cur.execute("INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, 'none', 'cy')",
                    (some[7],))
    assert_exact(url)
    with cursor(url) as cur:  # an article moved in time, to another source, language, status; deleted
        cur.execute("UPDATE articles SET published_at = published_at - interval '3 days' WHERE id = %s",
                    (some[8],))
        cur.execute("UPDATE articles SET source_id = %s, language = 'de' WHERE id = %s",
                    (room.sources["xinhua"], some[9]))
        cur.execute("UPDATE articles SET status = 'too_short' WHERE id = %s", (some[10],))
        cur.execute("UPDATE articles SET published_at = NULL WHERE id = %s", (some[11],))
        cur.execute("DELETE FROM articles WHERE url LIKE 'https://new.example/1%'")
    assert_exact(url)
    assert rows(url, "SELECT newsflow_search_fold()")[0][0] > 0
    assert rows(url, "SELECT count(*) FROM search_day_deltas")[0][0] == 0
    assert_exact(url)
    with cursor(url) as cur:  # another model active (as classifier.registry.activate does it)
        cur.execute("UPDATE models SET active = false WHERE active")
        cur.execute("UPDATE models SET active = true WHERE id = %s", (room.old_model,))
    assert_exact(url)
    with cursor(url) as cur:
        cur.execute("UPDATE models SET active = false WHERE active")
        cur.execute("UPDATE models SET active = true WHERE id = %s", (room.active_model,))
        cur.execute("SELECT newsflow_search_rebuild()")  # a re-run changes nothing
    assert_exact(url)


def test_two_writers_on_one_article_leave_its_facts_right(database_url: str, room) -> None:
    """An article moved to another day while an analyst labels it: the second writer waits for the
    first's facts and reads its committed change (without the lock it wrote facts, and counts, from
    the older snapshot)."""
    article = room.articles[20]
    with connection(database_url) as first:
        cur = first.cursor()
        cur.execute("UPDATE articles SET published_at = published_at - interval '2 days' WHERE id = %s",
                    (article,))

        def label() -> None:
            with cursor(database_url) as other:
                other.execute("INSERT INTO labels (article_id, label, labelled_by)"
                              " VALUES (%s, 'none', 'dee')", (article,))

        writer = threading.Thread(target=label)
        writer.start()
        writer.join(timeout=1.0)
        assert writer.is_alive(), "the second writer did not wait for the first"
        first.commit()
    writer.join(timeout=30)
    assert_exact(database_url)


@pytest.fixture
def client(database_url: str, room, tmp_path) -> Iterator[TestClient]:
    with TestClient(create_app(config(database_url, tmp_path))) as test_client:
        log_in(test_client)
        yield test_client


def _walk(client: TestClient, params: dict[str, str]) -> tuple[list[int], list[str]]:
    seen: list[int] = []
    pages: list[str] = []
    reply = client.get("/search", params=params)
    while True:
        pages.append(reply.text)
        seen += [int(x) for x in article_links(reply.text)]
        link = next_link(reply.text)
        if not link:
            return seen, pages
        reply = client.get(link)


def _newest_matches(url: str, word: str) -> list[int]:
    return [r[0] for r in rows(url, "SELECT id FROM articles WHERE search_vector @@ websearch_to_tsquery"
                                    "('english', %s)"
                                    " ORDER BY coalesce(published_at, created_at) DESC, id DESC", (word,))]


def test_few_matches_are_counted_exactly_and_paged_from_the_index(client: TestClient,
                                                                  database_url: str) -> None:
    expected = _newest_matches(database_url, WORD)
    assert len(expected) > search_pages.PAGE_SIZE
    ids, pages = _walk(client, {"q": WORD, "since": ""})
    assert ids == expected
    assert f'<strong id="total">{len(expected)}</strong>' in pages[0] and 'id="estimated"' not in pages[0]
    best, _pages = _walk(client, {"q": WORD, "since": "", "order": "best"})  # ranked, keyset pages
    assert sorted(best) == sorted(expected[:search_pages.BEST_CANDIDATES]) and len(best) == len(set(best))


def test_a_broad_query_is_sampled_walked_newest_first_and_says_so(client: TestClient, database_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_plan, "SAMPLE_ROWS", 200)  # this month's articles as a million would be
    monkeypatch.setattr(search_plan, "EXACT_HITS", 1)
    monkeypatch.setattr(search_pages, "BEST_CANDIDATES", 30)
    expected = _newest_matches(database_url, WORD)
    ids, pages = _walk(client, {"q": WORD, "since": ""})
    assert ids == expected  # the walk: every match once, none missed, newest first
    assert 'id="estimated"' in pages[0] and "estimated from a sample of" in pages[0]
    # Scaled from the sample's share: a word in every article is estimated at about every article.
    everywhere = client.get("/search", params={"q": "delegations", "since": ""}).text
    total = int(everywhere.split('<strong id="total">')[1].split("<")[0])
    articles = rows(database_url, "SELECT count(*) FROM articles")[0][0]
    assert 'id="estimated"' in everywhere and 0.75 * articles <= total <= 1.25 * articles
    monkeypatch.setattr(search_pages, "WALK_ROWS", 30)  # pages past the walk's bound come from the index
    assert _walk(client, {"q": WORD, "since": ""})[0] == expected
    monkeypatch.setattr(search_pages, "WALK_ROWS", 20000)
    best, best_pages = _walk(client, {"q": WORD, "since": "", "order": "best"})
    assert 'id="best-bounded"' in best_pages[0]
    assert sorted(best) == sorted(expected[:30]) and len(best) == len(set(best))


def test_filters_alone_are_counted_exactly_from_the_rollup(client: TestClient, database_url: str) -> None:
    until = (datetime.now(UTC) - timedelta(days=3)).date()
    params = {"since": "", "until": until.isoformat(), "labelled": "no", "language": "en",
              "topic": "international_information_security", "source": "reuters"}
    expected = rows(database_url, """
        SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id
        JOIN classifications c ON c.article_id = a.id JOIN models m ON m.id = c.model_id AND m.active
        WHERE s.name = 'reuters' AND a.language = 'en' AND c.label = 'international_information_security'
          AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)
          AND coalesce(a.published_at, a.created_at) < %s::date + 1""", (until,))[0][0]
    assert expected > 0
    page = client.get("/search", params=params).text
    assert f'<strong id="total">{expected}</strong>' in page and 'id="estimated"' not in page
    ids, _pages = _walk(client, params)
    assert len(ids) == len(set(ids)) == expected
