"""The roles from migration 0008: analysts read and nothing else; the pipeline is no superuser."""

from __future__ import annotations

from importlib import resources
from urllib.parse import urlsplit, urlunsplit

from helpers import connection, cursor, denied
from psycopg2 import sql

PRIVATE_TABLES = {"raw_pages", "schema_migrations", "web_users"}  # web_users: password hashes (0013)


def _public_relations(url: str) -> list[str]:
    with cursor(url, autocommit=True) as cur:
        cur.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type IN ('BASE TABLE', 'VIEW') ORDER BY table_name"
        )
        return [row[0] for row in cur.fetchall()]


def test_analyst_reads_every_output_table_and_view(db: str, login_as) -> None:
    analyst = login_as("newsflow_analyst")
    relations = _public_relations(db)
    assert {"articles", "classifications", "relevant_articles", "stories"} <= set(relations)
    with analyst.cursor() as cur:
        for name in relations:
            if name in PRIVATE_TABLES:
                continue
            cur.execute(sql.SQL("SELECT * FROM {} LIMIT 1").format(sql.Identifier(name)))
        # Why a page did not become an article stays visible; its body does not.
        cur.execute("SELECT id, url, process_error FROM raw_pages LIMIT 1")
    assert denied(analyst, "SELECT body FROM raw_pages LIMIT 1")
    assert denied(analyst, "SELECT * FROM schema_migrations")


def test_analyst_cannot_write_or_create(db: str, login_as) -> None:
    analyst = login_as("newsflow_analyst")
    assert denied(analyst, "INSERT INTO sources (name) VALUES (%s)", ("x",))
    assert denied(analyst, "UPDATE articles SET title = 'x'")
    assert denied(analyst, "DELETE FROM classifications")
    assert denied(analyst, "INSERT INTO labels (article_id, label, labelled_by) VALUES (1, 'x', 'y')")
    assert denied(analyst, "TRUNCATE stories")
    assert denied(analyst, "CREATE TABLE mine (a int)")
    assert denied(analyst, "CREATE TEMPORARY TABLE mine (a int)")
    assert denied(analyst, "CREATE SCHEMA mine")
    assert denied(analyst, "DROP VIEW relevant_articles")


def test_analyst_reads_tables_created_by_later_migrations(db: str, login_as) -> None:
    with cursor(db, autocommit=True) as cur:
        cur.execute("CREATE TABLE nf_test_later (a int)")
        cur.execute("CREATE VIEW nf_test_later_view AS SELECT a FROM nf_test_later")
    try:
        analyst = login_as("newsflow_analyst")
        with analyst.cursor() as cur:
            cur.execute("SELECT * FROM nf_test_later_view")
            assert cur.fetchall() == []
        assert denied(analyst, "INSERT INTO nf_test_later VALUES (1)")
    finally:
        with cursor(db, autocommit=True) as cur:
            cur.execute("DROP TABLE nf_test_later CASCADE")


def test_pipeline_role_is_not_privileged_but_writes_rows(db: str, login_as) -> None:
    with cursor(db, autocommit=True) as cur:
        cur.execute(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolcanlogin FROM pg_roles "
            "WHERE rolname = 'newsflow_pipeline'"
        )
        assert cur.fetchone() == (False, False, False, False, False)
    pipeline = login_as("newsflow_pipeline")
    with pipeline.cursor() as cur:
        cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        assert cur.fetchone() == (False,)
        cur.execute("INSERT INTO sources (name) VALUES (%s) RETURNING id", ("roles-test",))
        source_id = cur.fetchone()[0]
        cur.execute("UPDATE sources SET enabled = false WHERE id = %s", (source_id,))
        cur.execute("CREATE TEMPORARY TABLE staging (a int)")  # COPY staging stays possible
        cur.execute("DROP TABLE staging")
        cur.execute("DELETE FROM sources WHERE id = %s", (source_id,))
    assert denied(pipeline, "CREATE TABLE mine (a int)")
    assert denied(pipeline, "DROP TABLE articles")
    assert denied(pipeline, "CREATE ROLE sneaky SUPERUSER")


def test_roles_migration_reapplies_cleanly(db: str) -> None:
    """Roles exist already (created by this session's first migration): applying again is a no-op."""
    roles_sql = (resources.files("core.store") / "migrations" / "0008_roles.sql").read_text("utf-8")
    # In one transaction that is rolled back: re-running 0008 alone would drop the grants that
    # later migrations (0010) added, and other tests of this session rely on them.
    with connection(db) as conn, conn.cursor() as cur:
        cur.execute(roles_sql)
        cur.execute(roles_sql)
        cur.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname IN ('newsflow_analyst', 'newsflow_pipeline')"
        )
        assert cur.fetchone()[0] == 2
        conn.rollback()


def _url_as(url: str, user: str) -> str:
    parts = urlsplit(url)
    netloc = user + "@" + (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def test_pipeline_role_runs_the_pipeline_steps(db: str, login_as) -> None:
    """What a DAG task does as newsflow_pipeline: the no-op migration check, then processing."""
    from cleaner.process import process_pending
    from core.store import migrate
    from newsflow.site.content import make_article
    from newsflow.site.pages import article_html

    with cursor(db, autocommit=True) as cur:
        cur.execute("INSERT INTO sources (name, domains) VALUES (%s, %s) RETURNING id",
                    ("roles", ["x.example"]))
        source_id = cur.fetchone()[0]
        for number in range(3):
            article = make_article(number)
            url = "https://x.example" + article.path
            cur.execute(
                "INSERT INTO raw_pages (source_id, url, canonical_url, status, headers, body) "
                "VALUES (%s, %s, %s, 200, %s, %s)",
                (source_id, url, url, '{"Content-Type": "text/html; charset=utf-8"}',
                 article_html(article, "https://x.example", []).encode()),
            )
    pipeline = login_as("newsflow_pipeline")
    role = pipeline.get_dsn_parameters()["user"]
    pipeline_url = _url_as(db, role)
    assert migrate.upgrade(pipeline_url) == []  # nothing pending: no DDL needed, none attempted
    result = process_pending(pipeline_url)
    assert (result.pages, result.errors) == (3, 0)
    with cursor(db, autocommit=True) as cur:
        cur.execute("SELECT count(*) FROM articles")
        assert cur.fetchone()[0] == 3
