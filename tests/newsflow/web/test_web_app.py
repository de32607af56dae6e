"""The workbench through its ASGI app (no browser): login on every page, CSRF on every write, the
roles it reads and writes with, search filters and pages, labels and their history, downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from helpers import rows
from web_support import (
    PASSWORD,
    article_links,
    config,
    csrf_of,
    ensure_user,
    fresh_newsroom,
    log_in,
    next_link,
)

from newsflow.web.app import create_app

PAGES = ["/search", "/review", "/sources", "/digests", "/article/1", "/story/1", "/search/export"]
WRITES = ["/review/label", "/review/skip", "/review/undo", "/review/retrain", "/article/1/label", "/logout"]


@pytest.fixture(scope="module")
def newsroom(database_url: str):
    return fresh_newsroom(database_url)


@pytest.fixture
def client(database_url: str, newsroom, tmp_path) -> Iterator[TestClient]:
    (tmp_path / "digest-2026-11-30.html").write_text("<html><body>digest of the day</body></html>")
    with TestClient(create_app(config(database_url, tmp_path))) as test_client:
        yield test_client


def test_every_page_needs_a_login(client: TestClient) -> None:
    for path in PAGES:
        reply = client.get(path, follow_redirects=False)
        assert reply.status_code == 303 and reply.headers["location"].startswith("/login?next="), path
    for path in WRITES:
        assert client.post(path, data={"article_id": "1", "label": "none"}).status_code in (401, 403), path
    assert "Log in" in client.get("/search").text  # followed to the login page


def test_wrong_password_is_refused_and_right_one_opens_the_pages(client: TestClient) -> None:
    page = client.get("/login")
    csrf = csrf_of(page.text)
    wrong = client.post("/login", data={"name": "ana", "password": PASSWORD + "x", "csrf": csrf})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    unknown = client.post("/login", data={"name": "nobody", "password": PASSWORD, "csrf": csrf})
    assert unknown.status_code == 401
    log_in(client)
    for path in ["/search", "/review", "/sources", "/digests"]:
        reply = client.get(path)
        assert reply.status_code == 200, path
        assert "script-src 'self'" in reply.headers["content-security-policy"]


def test_failed_logins_are_throttled_per_name_and_per_address(database_url: str, newsroom,
                                                              tmp_path) -> None:
    settings = config(database_url, tmp_path)
    settings.login_attempts = 3  # 3 per name and address, 12 per address
    ensure_user(database_url, "bo")
    with TestClient(create_app(settings)) as client:
        def attempt(name: str, password: str) -> int:
            csrf = csrf_of(client.get("/login").text)
            reply = client.post("/login", data={"name": name, "password": password, "csrf": csrf},
                                follow_redirects=False)
            if reply.status_code == 429:
                assert "Too many failed logins" in reply.text and int(reply.headers["retry-after"]) >= 1
            return reply.status_code

        assert [attempt("ana", "not the password") for _ in range(3)] == [401, 401, 401]
        assert attempt("ana", PASSWORD) == 429  # the right password too: not even checked
        assert attempt("ANA", "not the password") == 429  # names are throttled case-blind
        assert attempt("bo", PASSWORD) == 303  # another name from the address may still log in
        assert [attempt(f"guess{i}", "not the password") for i in range(9)] == [401] * 9
        assert attempt("bo", PASSWORD) == 429  # 12 failures from this address, whatever the names


def test_the_throttle_forgets_failures_after_its_window() -> None:
    import time

    from newsflow.web.throttle import LoginThrottle

    throttle = LoginThrottle(per_name=2, per_address=3, window=0.5)
    throttle.failed("ana", "10.0.0.1")
    assert throttle.retry_after("ana", "10.0.0.1") == 0
    throttle.failed("ana", "10.0.0.1")
    assert throttle.retry_after("ana", "10.0.0.1") == 1
    assert throttle.retry_after("ana", "10.0.0.2") == 0  # per address: another one is not blocked
    throttle.failed("bo", "10.0.0.1")
    assert throttle.retry_after("cy", "10.0.0.1") == 1  # 3 from the address
    throttle.succeeded("ana", "10.0.0.1")
    assert throttle.retry_after("ana", "10.0.0.1") == 1  # the address's count stays
    time.sleep(0.6)
    assert throttle.retry_after("ana", "10.0.0.1") == throttle.retry_after("cy", "10.0.0.1") == 0


def test_login_redirects_only_within_the_site(client: TestClient) -> None:
    page = client.get("/login")
    reply = client.post("/login", data={"name": "ana", "password": PASSWORD, "next": "//evil.example/x",
                                        "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert reply.headers["location"] == "/"


def test_writes_without_the_sessions_csrf_token_are_rejected(client: TestClient, database_url: str,
                                                              newsroom) -> None:
    csrf = log_in(client)
    article = newsroom.articles[0]
    before = rows(database_url, "SELECT count(*) FROM label_events")[0][0]
    for token in (None, "forged-token", csrf[:-1]):
        data = {"article_id": str(article), "label": "none", **({"csrf": token} if token else {})}
        assert client.post("/review/label", data=data).status_code == 403
        assert client.post(f"/article/{article}/label", data=data).status_code == 403
    page = client.get("/login")  # the login form too
    assert client.post("/login", data={"name": "ana", "password": PASSWORD}).status_code == 403
    assert page.status_code == 200
    assert rows(database_url, "SELECT count(*) FROM label_events")[0][0] == before
    ok = client.post(f"/article/{article}/label", data={"label": "none", "csrf": csrf})
    assert ok.status_code == 200


def test_sql_in_the_query_and_filters_is_only_text(client: TestClient, database_url: str) -> None:
    log_in(client)
    articles = rows(database_url, "SELECT count(*) FROM articles")[0][0]
    hostile = "x'); DROP TABLE articles; --"
    for params in ({"q": hostile}, {"source": hostile}, {"language": hostile}, {"topic": hostile},
                   {"q": "<script>alert(1)</script> cyber", "order": "best"}, {"after": "' OR 1=1 --"}):
        reply = client.get("/search", params=params)
        assert reply.status_code == 200, params
        assert "<script>alert(1)</script>" not in reply.text
    assert client.get("/search", params={"since": "2026-13-45"}).status_code == 400
    assert rows(database_url, "SELECT count(*) FROM articles")[0][0] == articles


def test_search_finds_highlights_filters_and_pages(client: TestClient, database_url: str) -> None:
    log_in(client)
    expected = rows(database_url, "SELECT count(*) FROM articles WHERE search_vector @@ "
                                  "websearch_to_tsquery('english', 'cybercrime convention')")[0][0]
    assert expected > 0
    page = client.get("/search", params={"q": "cybercrime convention", "since": ""})
    assert f'<strong id="total">{expected}</strong>' in page.text
    assert "<mark>" in page.text  # ts_headline's hits
    # Walk the keyset pages: every hit once, none twice, newest first.
    seen: list[int] = []
    params = {"q": "cybercrime convention", "since": ""}
    link = "/search"
    while link:
        reply = client.get(link, params=params) if link == "/search" else client.get(link)
        seen += [int(x) for x in article_links(reply.text)]
        link = next_link(reply.text)
    assert len(seen) == len(set(seen)) == expected
    best = client.get("/search", params={"q": "cybercrime convention", "since": "", "order": "best"})
    assert len(article_links(best.text)) == min(expected, 20)
    one = client.get("/search", params={"source": "tass", "since": ""})
    tass = rows(database_url, "SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id"
                              " WHERE s.name = 'tass'")[0][0]
    assert f'<strong id="total">{tass}</strong>' in one.text
    relevant = client.get("/search", params={"relevant": "1", "since": ""})
    count = rows(database_url, "SELECT count(*) FROM relevant_articles")[0][0]
    assert f'<strong id="total">{count}</strong>' in relevant.text


def test_export_downloads_the_same_result(client: TestClient, database_url: str) -> None:
    log_in(client)
    reply = client.get("/search/export", params={"q": "cybercrime", "since": "", "fmt": "csv"})
    assert reply.status_code == 200 and "attachment" in reply.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(reply.text)))
    expected = rows(database_url, "SELECT count(*) FROM articles WHERE search_vector @@ "
                                  "websearch_to_tsquery('english', 'cybercrime')")[0][0]
    assert len(table) == expected > 0 and all("ybercrime" in r["title"] + r["text"] for r in table)
    parquet = client.get("/search/export", params={"q": "cybercrime", "since": "", "fmt": "parquet"})
    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == expected


def test_labels_from_the_article_page_and_review_undo(client: TestClient, database_url: str,
                                                      newsroom) -> None:
    csrf = log_in(client)
    article = newsroom.articles[3]
    reply = client.post(f"/article/{article}/label", data={"label": "international_information_security",
                                                           "csrf": csrf})
    assert "international_information_security</span> by ana" in reply.text
    assert rows(database_url, "SELECT label FROM labels WHERE article_id = %s AND labelled_by = 'ana'",
                (article,)) == [("international_information_security",)]
    assert client.post(f"/article/{article}/label", data={"label": "sport", "csrf": csrf}).status_code == 400
    # Review: label the first queued article, undo, and it is queued again.
    first = _review_item(client.get("/review").text)
    client.post("/review/label", data={"article_id": first, "label": "none", "csrf": csrf})
    assert _review_item(client.get("/review").text) != first
    client.post("/review/undo", data={"csrf": csrf})
    assert _review_item(client.get("/review").text) == first
    history = client.get(f"/article/{first}").text
    assert "ana: none" in history and "ana: withdrew their label" in history
    assert rows(database_url, "SELECT count(*) FROM labels WHERE article_id = %s", (int(first),))[0][0] == 0


def test_roles_reads_cannot_write_and_the_labeller_only_inserts_events(database_url: str, newsroom,
                                                                       tmp_path) -> None:
    import psycopg2
    import psycopg2.errors

    from newsflow.web.db import Pool

    cfg = config(database_url, tmp_path)
    reads, labels = Pool(cfg.read_url, 1), Pool(cfg.label_url, 1)
    try:
        assert reads.one("SELECT current_user AS u")["u"] == "newsflow_analyst"
        assert labels.one("SELECT current_user AS u")["u"] == "newsflow_labeller"
        for statement in ("DELETE FROM labels", "UPDATE articles SET title = 'x'", "SELECT * FROM web_users"):
            refused = (psycopg2.errors.ReadOnlySqlTransaction, psycopg2.errors.InsufficientPrivilege)
            with pytest.raises(refused):
                reads.execute(statement)
        for statement in ("SELECT * FROM articles", "SELECT * FROM labels", "DELETE FROM label_events",
                          "INSERT INTO labels (article_id, label, labelled_by) VALUES (1, 'none', 'x')",
                          "SELECT * FROM web_users"):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                labels.execute(statement)
    finally:
        reads.close()
        labels.close()


def test_story_and_article_pages(client: TestClient, newsroom, database_url: str) -> None:
    log_in(client)
    story = client.get(f"/story/{newsroom.syndicated_story}").text
    for outlet in newsroom.syndicated_outlets:
        assert outlet in story
    assert story.count('class="tag rel">first') == 1
    article = newsroom.articles[0]
    page = client.get(f"/article/{article}").text
    raw_hash = rows(database_url, "SELECT r.body_sha256 FROM articles a JOIN raw_pages r ON r.id = "
                                  "a.raw_page_id WHERE a.id = %s", (article,))[0][0]
    assert "2026.11.20-labels (active)" in page and "Lineage" in page and "trafilatura 2.3.1" in page
    assert (raw_hash or "—") in page
    assert client.get("/article/999999999").status_code == 404


def test_digests_are_listed_and_served_by_date_only(client: TestClient) -> None:
    log_in(client)
    assert "/digests/2026-11-30" in client.get("/digests").text
    assert "digest of the day" in client.get("/digests/2026-11-30").text
    assert client.get("/digests/2026-12-01").status_code == 404
    assert client.get("/digests/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)




def _review_item(html: str) -> str:
    import re

    match = re.search(r'data-article-id="(\d+)"', html)
    assert match, "no article to review"
    return match.group(1)
