"""Export articles as CSV, Parquet or JSON Lines, with the active model's verdict (an analyst's label
winning for the article it names).

Rows stream from a server-side cursor in batches, so memory stays flat however large the export;
a tqdm progress bar goes to stderr so stdout can be piped.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import BinaryIO

from psycopg2 import sql

from core.store.db import connect

FORMATS = ("csv", "parquet", "jsonl")

# (column, pyarrow type name) in output order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "int64"),
    ("source", "string"),
    ("title", "string"),
    ("url", "string"),
    ("canonical_url", "string"),
    ("published_at", "timestamp"),
    ("article_date", "date"),
    ("language", "string"),
    ("authors", "list"),
    ("word_count", "int64"),
    ("status", "string"),
    ("story_id", "int64"),
    ("story_title", "string"),
    ("model_version", "string"),
    ("label", "string"),
    ("score", "float64"),
    ("relevant", "bool"),
    ("top_terms", "list"),
    ("text", "string"),
)

# An analyst's latest label decides for its article (as in relevant_articles, migration 0012):
# ``label`` and ``relevant`` follow it; the model's score stays beside it. Shared with the
# workbench's search (newsflow.web), which exports the same columns: the latest label joined as ``j``
# beside the active model's classification ``c``.
LATEST_LABEL_JOIN = """
LEFT JOIN (SELECT DISTINCT ON (article_id) article_id, label FROM labels
           ORDER BY article_id, labelled_at DESC, id DESC) j ON j.article_id = a.id
"""
DECIDED = "(CASE WHEN j.label IS NULL THEN c.relevant ELSE j.label <> 'none' END)"
# ``COLUMNS`` in order, over articles a, sources s, stories st, models m, classifications c and j.
SELECT_COLUMNS = f"""
SELECT a.id, s.name, a.title, a.url, a.canonical_url, a.published_at,
       (timezone('UTC', coalesce(a.published_at, a.created_at)))::date,
       a.language, a.authors, a.word_count, a.status, a.story_id, st.title,
       m.version, coalesce(j.label, c.label), c.score, {DECIDED}, c.top_terms, a.text
"""
# The active model's classification is LEFT JOINed: unscored articles export with empty verdicts.
_QUERY = SELECT_COLUMNS + """
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN stories st ON st.id = a.story_id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active) ON c.article_id = a.id
""" + LATEST_LABEL_JOIN + f"""
WHERE coalesce(a.published_at, a.created_at) >= %(since)s
  AND (NOT %(relevant_only)s OR ({DECIDED} AND a.status = 'ok'))
"""
_ORDERED = sql.SQL("{} ORDER BY coalesce(a.published_at, a.created_at), a.id").format(sql.SQL(_QUERY))
_COUNT = sql.SQL("SELECT count(*) FROM ({}) AS rows_to_export").format(sql.SQL(_QUERY))


def export_articles(
    database_url: str, out: BinaryIO, *, since: date, fmt: str = "csv", relevant_only: bool = False,
    progress: bool | None = None, batch_size: int = 2000,
) -> int:
    """Write the articles dated ``since`` (UTC day) or later to ``out``; return the row count.

    An article's date is its publication time, else when it was stored. ``relevant_only`` keeps what
    ``relevant_articles`` shows (status ``ok``; relevant by the analyst's label, else by the active
    model). ``progress`` None shows the bar only when stderr is a terminal.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    from tqdm import tqdm

    # Midnight UTC, whatever the session's time zone.
    params = {"since": datetime.combine(since, time.min, tzinfo=UTC), "relevant_only": relevant_only}
    conn = connect(database_url)
    # One snapshot for the count and the rows; read-only, as an analyst's role may be.
    conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
    try:
        with conn.cursor() as cur:
            cur.execute(_COUNT, params)
            total = cur.fetchone()[0]
        # A named cursor is server-side: rows arrive ``itersize`` at a time. It needs a transaction.
        with conn, conn.cursor(name="newsflow_export") as cur:
            cur.itersize = batch_size
            cur.execute(_ORDERED, params)
            with tqdm(total=total, unit="article", file=sys.stderr, disable=_hide(progress),
                      desc="export") as bar:
                batches = _batches(cur, batch_size, bar)
                written = _WRITERS[fmt](batches, out)
    finally:
        conn.close()
    return written


def _hide(progress: bool | None) -> bool | None:
    # tqdm: disable=None means "hide when not a terminal".
    return None if progress is None else not progress


def _batches(cur, size: int, bar) -> Iterator[list[tuple]]:
    while True:
        rows = cur.fetchmany(size)
        if not rows:
            return
        bar.update(len(rows))
        yield rows


def _iso(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _write_jsonl(batches: Iterator[list[tuple]], out: BinaryIO) -> int:
    names = [name for name, _ in COLUMNS]
    count = 0
    for rows in batches:
        lines = [json.dumps(dict(zip(names, map(_iso, row), strict=True)), ensure_ascii=False)
                 for row in rows]
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
        count += len(rows)
    return count


# A cell a spreadsheet would run as a formula (crawled titles and texts are anyone's writing).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """``text`` with a leading ``'`` when it starts like a formula (OWASP's CSV-injection advice):
    shown as written, never evaluated. JSON Lines and Parquet keep the text as it is."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_cell(value: object) -> object:
    # Lists (authors, top terms) become one "a; b" cell: what spreadsheet users expect.
    if isinstance(value, list):
        value = "; ".join(value)
    value = _iso(value)
    return csv_safe(value) if isinstance(value, str) else value


def _write_csv(batches: Iterator[list[tuple]], out: BinaryIO) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow([name for name, _ in COLUMNS])
    count = 0
    for rows in batches:
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
        count += len(rows)
    text.flush()
    text.detach()  # leave ``out`` open for the caller
    return count


def _arrow_schema():
    import pyarrow as pa

    types = {"int64": pa.int64(), "string": pa.string(), "timestamp": pa.timestamp("us", tz="UTC"),
             "date": pa.date32(), "list": pa.list_(pa.string()), "float64": pa.float64(),
             "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def _write_parquet(batches: Iterator[list[tuple]], out: BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    count = 0
    # Each batch is one row group; the footer is written at close, no seeking (works on a pipe).
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for rows in batches:
            columns = list(zip(*rows, strict=True))
            writer.write_table(pa.Table.from_arrays(
                [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)],
                schema=schema))
            count += len(rows)
    return count


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}


def write_rows(cur, out: BinaryIO, fmt: str, batch_size: int = 2000) -> int:
    """Write the rows of an executed query (in ``COLUMNS`` order) to ``out`` as ``fmt``: the same
    files as ``export_articles``, for another selection (the workbench's search results)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    from tqdm import tqdm

    with tqdm(disable=True) as bar:
        return _WRITERS[fmt](_batches(cur, batch_size, bar), out)
