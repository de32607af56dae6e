"""A batch's place in line: claiming the next pending raw pages and waiting for the batch's turn to
write.

Claims are made one at a time (a session lock), so that batches hold the same pages as in a serial
run; each claimed batch holds an advisory lock ``(_ORDER_NS, first id)`` until it commits, and a
batch writes only after every in-flight batch with lower ids has committed, under one write lock
that serialises dedup and story decisions. Article ids, story ids and dedup decisions are then those
of a serial run, however many workers run."""

from __future__ import annotations

import io
import struct

import psycopg2

# Serialises the write phase of concurrent batches (dedup and story decisions).
_WRITE_LOCK_KEY = 7_130_004
# Session lock held only while a batch is claimed: claims happen one at a time, in id order.
_CLAIM_LOCK_KEY = 7_130_005
# First key of the per-batch order locks (second key: the batch's first raw page id, an int4).
_ORDER_NS = 0x6E6F  # "no"
_INT4_MAX = 2**31 - 1
# Position of the body in a claimed row; binary COPY's file signature.
_BODY = 7
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"


def wait_for_turn(cur, rows: list[tuple]) -> None:
    """Block until every batch with lower ids has committed, then take the write lock (held until
    this batch's transaction ends)."""
    _wait_for_earlier_batches(cur, _order_key(rows[0][0]))
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))


def _order_key(first_id: int) -> int:
    # Advisory keys of the two-key form are int4; beyond 2**31 raw pages the order lock saturates
    # (batches still never collide, only the serial-run order of their writes is not kept).
    return min(int(first_id), _INT4_MAX)


def claim(cur, wanted: list[int] | None, size: int) -> list[tuple]:
    """Lock the next ``size`` pending pages (skipping other workers' pages) and take this batch's
    order lock, one claim at a time: the same pages a serial run would give this batch."""
    cur.execute("SELECT pg_advisory_lock(%s)", (_CLAIM_LOCK_KEY,))
    try:
        cur.execute(
            "SELECT id, source_id, url, canonical_url, final_url, status, headers, NULL::bytea AS body, "
            "encoding, listed_published_at, listed_title, fetched_at FROM raw_pages "
            "WHERE processed_at IS NULL AND (%s::bigint[] IS NULL OR id = ANY(%s)) "
            "ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
            (wanted, wanted, size),
        )
        rows = cur.fetchall()
        if rows:
            cur.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_ORDER_NS, _order_key(rows[0][0])))
    finally:
        # After an error the transaction is aborted; closing the connection then frees the lock.
        if cur.connection.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_INERROR:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_CLAIM_LOCK_KEY,))
    if rows:  # the bodies after the claim lock (the rows are this batch's): claims stay short
        bodies = read_bodies(cur, [row[0] for row in rows])
        rows = [(*row[:_BODY], bodies.get(row[0]), *row[_BODY + 1 :]) for row in rows]
    return rows


def read_bodies(cur, ids: list[int]) -> dict[int, bytes | None]:
    """Raw page bodies by id, read with a binary COPY: in a query's text results a bytea comes
    hex-encoded, twice its size, and the server's encoding plus psycopg2's decoding cost several
    times what sending the bytes does (31 MB of pages: 410-690 ms against 110-160 ms)."""
    buffer = io.BytesIO()
    sql = cur.mogrify("COPY (SELECT id, body FROM raw_pages WHERE id = ANY(%s::bigint[])) "
                      "TO STDOUT (FORMAT binary)", (ids,))
    cur.copy_expert(sql.decode(), buffer)
    bodies: dict[int, bytes | None] = {}
    with buffer.getbuffer() as data:
        # Header: signature, flags (int32), extension length (int32) and extension; then per row
        # the field count (int16; -1 ends the data) and each field's length (int32; -1 is NULL)
        # and bytes: the id (int8), the body.
        if bytes(data[: len(_COPY_SIGNATURE)]) != _COPY_SIGNATURE:
            raise psycopg2.DataError("unexpected binary COPY header")
        (extension,) = struct.unpack_from("!i", data, len(_COPY_SIGNATURE) + 4)
        at = len(_COPY_SIGNATURE) + 8 + extension
        while struct.unpack_from("!h", data, at)[0] != -1:
            _, raw_id, length = struct.unpack_from("!iqi", data, at + 2)
            at += 18
            if length < 0:
                bodies[raw_id] = None
                continue
            bodies[raw_id] = bytes(data[at : at + length])
            at += length
    return bodies


def _wait_for_earlier_batches(cur, key: int) -> None:
    """Block until no other session holds the order lock of a batch with a lower first id (each
    such batch commits, or rolls back, and releases it)."""
    while True:
        cur.execute(
            "SELECT DISTINCT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = %s AND objsubid = 2 AND objid::bigint < %s AND pid <> pg_backend_pid() "
            "ORDER BY 1",
            (_ORDER_NS, key),
        )
        earlier = [row[0] for row in cur.fetchall()]
        if not earlier:
            return
        for other in earlier:  # a shared lock waits for the holder's commit; dropped at once
            cur.execute("SELECT pg_advisory_lock_shared(%s, %s)", (_ORDER_NS, other))
            cur.execute("SELECT pg_advisory_unlock_shared(%s, %s)", (_ORDER_NS, other))
