"""newsflow's side of ``bench_pipeline.py``'s cost benchmark, in a process of its own so that two
trees (this one and ``--other-tree``, e.g. a git worktree of an earlier commit) can be timed in one
run against the same baseline. Each worker imports the project from its tree, holds its own
temporary database with the same stored pages, and answers one JSON command per line.

    python bench/pipeline_worker.py TREE PAGES_JSON   (commands on stdin, answers on stdout)

The helpers here use only long-standing APIs (``process_pending``, ``score_pending``,
``ensure_active_model``, ``temporary_database``), so an older tree runs them unchanged.
"""

from __future__ import annotations

import cProfile
import hashlib
import io
import json
import pstats
import sys
import time
from contextlib import ExitStack

HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}
ANSWER = "@@bench "  # marks the answer lines (anything else on stdout is ignored)


def store_pages(url: str, pages: list[tuple[str, bytes]]) -> list[int]:
    """Store the pages as raw pages of one source; their ids, in order."""
    from psycopg2.extras import Json, execute_values

    from core.store.db import connect
    from core.urls import canonicalize

    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO sources (name, domains) VALUES (%s, %s) ON CONFLICT (name) DO UPDATE "
                        "SET name = EXCLUDED.name RETURNING id", ("bench", ["bench.example"]))
            source_id = cur.fetchone()[0]
            rows = [(source_id, page_url, canonicalize(page_url), page_url, 200, Json(HTML_HEADERS), body,
                     hashlib.sha256(body).hexdigest()) for page_url, body in pages]
            insert = ("INSERT INTO raw_pages (source_id, url, canonical_url, final_url, status, headers, "
                      "body, body_sha256) VALUES %s RETURNING id")
            ids: list[int] = []
            for start in range(0, len(rows), 1000):
                ids += [row[0] for row in execute_values(cur, insert, rows[start : start + 1000],
                                                         page_size=1000, fetch=True)]
            return ids
    finally:
        conn.close()


def reset_outputs(url: str, *, restart_ids: bool = False) -> None:
    """Forget what processing and scoring wrote (the raw pages stay), for another round; with
    ``restart_ids`` article and story ids start at 1 again (rounds then compare row for row)."""
    from core.store.db import connect

    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("UPDATE raw_pages SET processed_at = NULL, process_status = NULL, "
                        "process_error = NULL, article_id = NULL")
            cur.execute("DELETE FROM classifications; DELETE FROM article_bands; DELETE FROM articles; "
                        "DELETE FROM stories")
            for table in ("articles", "stories") if restart_ids else ():
                cur.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), 1, false)", (table,))
    finally:
        conn.close()


def first_model(url: str) -> tuple[int, str]:
    """The first real model, as a deployment gets it: trained once a first batch of pages is
    processed (its outputs are then reset, so the measured work starts from raw pages). Not timed;
    it also loads every lazy import and model the timed runs use."""
    from cleaner.process import process_pending
    from core.store.db import query
    from newsflow.pipeline import ensure_active_model

    first = [row[0] for row in query(url, "SELECT id FROM raw_pages ORDER BY id LIMIT 500")]
    process_pending(url, raw_page_ids=first)
    found = ensure_active_model(url)
    reset_outputs(url)
    if found is None:
        raise RuntimeError("too few articles in the first batch to train a model")
    return found


# CPU seconds of the PostgreSQL backends of the connections closed so far (see ``count_backend_cpu``).
_backend_cpu = [0.0]


def _on_cpu_seconds(pid: int) -> float:
    """Time the process has spent on a CPU (``/proc/PID/schedstat``, nanoseconds), 0 where unknown."""
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


def count_backend_cpu() -> None:
    """Make ``core.store.db.connect`` (the project's one way to connect) add each backend's CPU time,
    read when its connection closes, to ``_backend_cpu``: the database's share of a call's cost,
    which the calling process's own CPU time does not hold. Call before the project is imported."""
    import psycopg2
    import psycopg2.extensions
    import psycopg2.extras

    import core.store.db

    class Counted(psycopg2.extensions.connection):
        def close(self) -> None:
            if not self.closed:
                _backend_cpu[0] += _on_cpu_seconds(self.info.backend_pid)
            super().close()

    def connect(url: str) -> psycopg2.extensions.connection:
        conn = psycopg2.connect(url, connect_timeout=10, application_name="newsflow",
                                connection_factory=Counted)
        psycopg2.extras.register_default_jsonb(conn)
        return conn

    core.store.db.connect = connect


def newsflow_round(url: str, model_id: int,
                   raw_page_ids: list[int] | None = None) -> dict[str, float]:
    """Wall seconds and CPU seconds (this process's and its database backends') of processing and
    of scoring the pending pages (or ``raw_page_ids`` only), and the number of articles scored."""
    from classifier.scoring import score_pending
    from cleaner.process import process_pending

    started, cpu, backends = time.perf_counter(), time.process_time(), _backend_cpu[0]
    process_pending(url, raw_page_ids=raw_page_ids)
    processed, cpu_processed, backends_processed = time.perf_counter(), time.process_time(), _backend_cpu[0]
    scored = score_pending(url, model_id=model_id)
    return {"process": processed - started, "score": time.perf_counter() - processed,
            "process_cpu": cpu_processed - cpu + backends_processed - backends,
            "score_cpu": time.process_time() - cpu_processed + _backend_cpu[0] - backends_processed,
            "database_cpu": _backend_cpu[0] - backends,
            "scored": scored}


# What a pass writes, without times: two trees that process alike give the same digest.
_DIGESTED = (
    "SELECT id, canonical_url, url, source_id, raw_page_id, title, authors, published_at, language, text, "
    "text_sha256, word_count, status, extractor, extractor_version, cleaner_version, story_id, "
    "search_vector::text FROM articles ORDER BY id",
    "SELECT id, title, article_count FROM stories ORDER BY id",  # seen times: created_at where undated
    "SELECT article_id, band, hash FROM article_bands ORDER BY article_id, band, hash",
    "SELECT article_id, model_id, label, score, relevant, top_terms FROM classifications "
    "ORDER BY article_id, model_id",
    "SELECT id, process_status, process_error, article_id FROM raw_pages ORDER BY id",
)


def tables_digest(url: str) -> str:
    """SHA-256 of the rows processing and scoring wrote (ids, texts, stories, bands, scores)."""
    from core.store.db import query

    digest = hashlib.sha256()
    for sql in _DIGESTED:
        for row in query(url, sql):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def memoize_extract(url: str, model_id: int) -> None:
    """From now on ``extract()`` in the process stage returns (a copy of) its first result for the same
    arguments, and one pass fills the memo: what is timed after this is everything the pipeline
    spends beyond extraction (decode, dedup, stories, writes, indexing, scoring)."""
    import cleaner.page

    real = cleaner.page.extract
    memo: dict[tuple, object] = {}

    def extract(html, url=None, *args, **kwargs):
        # The memo's own cost is charged to the pipeline, so it is kept small: the page itself is
        # the key (exact; Python's string hash costs a third of encoding it and taking its SHA-256:
        # 0.07 against 0.21 ms a page), and the copy is shallow, with a list of its own for the one
        # mutable field (the process stage assigns fields, it never edits them in place).
        key = (html, url, repr(args), repr(sorted(kwargs.items())))
        found = memo.get(key)
        if found is None:
            found = memo[key] = real(html, url, *args, **kwargs)
        return found.model_copy(update={"authors": list(found.authors)})

    cleaner.page.extract = extract
    reset_outputs(url, restart_ids=True)
    newsflow_round(url, model_id)


def _profile(url: str, model_id: int) -> str:
    reset_outputs(url, restart_ids=True)
    profiler = cProfile.Profile()
    profiler.enable()
    newsflow_round(url, model_id)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    out.write("profile of one newsflow pass over all pages (top by own time):\n")
    stats.sort_stats("tottime").print_stats(15)
    out.write("newsflow's own functions (cumulative):\n")
    stats.sort_stats("cumulative").print_stats(r"/(core|crawlers|cleaner|classifier|newsflow)/", 25)
    return out.getvalue()


def serve(pages_file: str) -> None:
    from core.store.server import temporary_database

    with open(pages_file, encoding="utf-8") as handle:  # bodies as latin-1 text: bytes unchanged
        pages = [(page_url, html.encode("latin-1")) for page_url, html in json.load(handle)]
    with ExitStack() as stack:
        url, origin = stack.enter_context(temporary_database("nf_bench_pipe"))
        ids = store_pages(url, pages)
        model_id, version = first_model(url)
        _answer({"ids": ids, "version": version, "origin": origin})
        for line in sys.stdin:
            command = json.loads(line)
            if command["cmd"] == "reset":
                reset_outputs(url, restart_ids=True)
                _answer({})
            elif command["cmd"] == "run":
                _answer(newsflow_round(url, model_id, command["ids"]))
            elif command["cmd"] == "memoize":
                memoize_extract(url, model_id)
                _answer({})
            elif command["cmd"] == "digest":
                _answer({"digest": tables_digest(url)})
            elif command["cmd"] == "profile":
                _answer({"text": _profile(url, model_id)})
            else:
                return


def _answer(value: dict) -> None:
    print(ANSWER + json.dumps(value), flush=True)


if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])  # the tree under test, before anything of the project is imported
    count_backend_cpu()
    serve(sys.argv[2])
