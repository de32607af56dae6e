"""Near-duplicate story clustering: one story for the copies and lightly edited re-publications of
one article across outlets and runs.

Each article's text becomes a set of word 5-gram shingles and a MinHash (datasketch). The MinHash
is cut into LSH bands whose hashes are rows in ``article_bands``; articles sharing any band are
candidates, looked up by SQL, so clustering holds across processes and runs. A candidate joins the
story only if the shorter text's shingles are mostly found in the other (containment), which keeps
a syndicated copy that was trimmed or lightly edited, and keeps apart two outlets' own write-ups of
one event (they share facts, not 5-word runs). A story id, once given, never changes.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache

from psycopg2.extras import execute_values

SHINGLE_WORDS = 5
NUM_PERM = 128
# Named, not left to datasketch's default: stored band hashes must not change with its version.
MINHASH_SCHEME = "affine32"
BAND_ROWS = 2  # 64 bands of 2: pairs with Jaccard >= 0.3 share a band with probability > 0.99
BANDS = NUM_PERM // BAND_ROWS
# Fewer shingles than this: too little text to call two articles the same story.
MIN_SHINGLES = 20
# Share of the shorter text's shingles that must occur in the other one. Republished wire copies
# (trimmed, a few words changed) measure 0.85-1.0; separate write-ups of one event below 0.1.
MIN_CONTAINMENT = 0.7
# Stored candidates taken from one band bucket (the most recent ones).
BUCKET_CAP = 50
_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_UINT32 = 2**32 - 1
# Shingles hashed per block of the MinHash (block x permutations stays in the CPU cache).
_CHUNK = 512


def words(text: str | None) -> list[str]:
    """The text's words (``\\w+`` runs), as written."""
    return _WORD.findall(text or "")


def shingles(text: str | None, found: list[str] | None = None) -> set[str]:
    """Lower-cased word 5-grams (of ``found``, the text's ``words``, when given)."""
    lowered = [w.lower() for w in (words(text) if found is None else found)]
    if len(lowered) < SHINGLE_WORDS:
        return {" ".join(lowered)} if lowered else set()
    return set(map(" ".join, zip(*(lowered[i:] for i in range(SHINGLE_WORDS)), strict=False)))


def shingle_keys(text: str | None, found: list[str] | None = None) -> set[bytes]:
    """``shingles`` as UTF-8 bytes: what the MinHash hashes and containment compares. The words are
    lower-cased and encoded once, as one string (a word's lower case does not depend on its
    neighbours: a space, never part of a word, stops str.lower's final-sigma look-around), not once
    per shingle; the test compares the two."""
    lowered = " ".join(words(text) if found is None else found).lower()
    if not lowered:
        return set()
    parts = lowered.encode("utf-8").split(b" ")
    if len(parts) < SHINGLE_WORDS:
        return {b" ".join(parts)}
    return set(map(b" ".join, zip(*(parts[i:] for i in range(SHINGLE_WORDS)), strict=False)))


def _pg_array(values) -> str:
    """``values`` as one PostgreSQL array literal (``{1,2,3}``): psycopg2 sends a list as
    ``ARRAY[1,2,3]``, an expression the server parses element by element (thousands of band
    buckets: 40% of the probe's time)."""
    return "{" + ",".join(map(str, values)) + "}"


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    """The (a, b) MinHash permutations for seed 1 as datasketch draws them, drawn once, uint32."""
    import numpy as np
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _minhash(shingle_set: set[bytes] | set[str]):
    """The MinHash values (uint32) of ``shingle_set``, as datasketch's ``MinHash(num_perm=128,
    seed=1, scheme="affine32").update_batch`` gives them (the test compares the two): the first 32
    bits (little-endian) of each shingle's SHA-1, pre-mixed with MurmurHash3's 32-bit finalizer,
    then ``a * h + b`` modulo 2**32 per permutation, and the minimum. Vectorised here: datasketch
    hashes through a Python call per shingle."""
    import numpy as np

    a, b = _permutations()
    if not shingle_set:
        return np.full(NUM_PERM, _MAX_UINT32, dtype=np.uint32)
    if isinstance(next(iter(shingle_set)), str):  # ``shingles``' strings (the pipeline hashes bytes)
        shingle_set = [s.encode("utf-8") for s in shingle_set]
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in shingle_set])
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)  # 20-byte digests: every 5th word
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    values = np.full(NUM_PERM, _MAX_UINT32, dtype=np.uint32)
    for start in range(0, len(hv), _CHUNK):  # a minimum: order does not matter; chunks stay in cache
        block = hv[start : start + _CHUNK, None] * a
        block += b
        np.minimum(values, block.min(axis=0), out=values)
    return values


def band_hashes(shingle_set: set[bytes] | set[str]) -> list[tuple[int, int]]:
    """(band number, signed 64-bit hash of the band) for the MinHash of ``shingle_set`` (``shingle_keys``,
    or ``shingles``: the same hashes): the BLAKE2b-64 of each band's values as stored in memory
    (uint32, little-endian), read big-endian. The 64 digests are converted in one numpy call, not
    one ``int.from_bytes`` each."""
    import numpy as np

    values = _minhash(shingle_set).tobytes()
    step, blake2b = 4 * BAND_ROWS, hashlib.blake2b
    digests = b"".join([blake2b(values[i : i + step], digest_size=8).digest()
                        for i in range(0, len(values), step)])
    return list(enumerate(np.frombuffer(digests, dtype=">i8").tolist()))


def containment(a: set[bytes], b: set[bytes]) -> float:
    """|a ∩ b| / min(|a|, |b|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class ClusterItem:
    """One article to place in a story."""

    article_id: int
    title: str | None
    text: str
    story_id: int | None = None
    shingles: set[bytes] = field(default_factory=set)  # ``shingle_keys``
    bands: list[tuple[int, int]] = field(default_factory=list)

    def prepare(self, found: list[str] | None = None) -> ClusterItem:
        """Shingles and bands of ``text`` (``found``: its ``words``, when the caller has them)."""
        self.shingles = shingle_keys(self.text, found)
        self.bands = band_hashes(self.shingles) if self.comparable else []
        return self

    @property
    def comparable(self) -> bool:
        return len(self.shingles) >= MIN_SHINGLES


def assign_stories(cur, items: list[ClusterItem]) -> tuple[set[int], int]:
    """Give every comparable item a story (its own, a stored near-duplicate's, or one shared with
    an earlier item of this batch), store its bands, refresh the touched stories.

    Call with the clustering lock held (see ``process``). Returns (touched story ids, new stories).
    """
    items = sorted((i for i in items if i.comparable), key=lambda i: i.article_id)
    if not items:
        return set(), 0
    ids = [i.article_id for i in items]
    cur.execute("DELETE FROM article_bands WHERE article_id = ANY(%s::bigint[])", (_pg_array(ids),))
    stored = _stored_candidates(cur, items)
    seen_bands: dict[tuple[int, int], list[ClusterItem]] = {}
    for item in items:
        if item.story_id is None:
            item.story_id = _best_story(item, stored.get(item.article_id, []), seen_bands)
        for band in item.bands:
            seen_bands.setdefault(band, []).append(item)
    new_stories = _cluster_fresh(cur, items)
    execute_values(
        cur,
        "UPDATE articles AS a SET story_id = v.story_id FROM (VALUES %s) AS v(id, story_id) "
        "WHERE a.id = v.id AND a.story_id IS DISTINCT FROM v.story_id",
        [(i.article_id, i.story_id) for i in items],
        template="(%s::bigint, %s::bigint)",
        page_size=len(items),
    )
    # COPY: half the cost of one INSERT of three unnested arrays with ON CONFLICT DO NOTHING (itself far
    # cheaper than 64 VALUES rows per article). Nothing can conflict: these articles' bands were deleted
    # above, under the clustering lock, and the rows are made distinct here.
    band_rows = dict.fromkeys((i.article_id, band, value) for i in items for band, value in i.bands)
    lines = "".join(f"{article}\t{band}\t{value}\n" for article, band, value in band_rows)
    cur.copy_expert("COPY article_bands (article_id, band, hash) FROM STDIN", io.StringIO(lines))
    touched = {i.story_id for i in items if i.story_id is not None}
    refresh_stories(cur, touched)
    return touched, new_stories


def _cluster_fresh(cur, items: list[ClusterItem]) -> int:
    """Give the items still without a story new stories: in id order, each such item founds a story
    that later unassigned items of this batch sharing a band and verified by containment join.
    The stories are inserted in one statement; ids ascend in item order. Returns how many."""
    by_band: dict[tuple[int, int], list[ClusterItem]] = {}
    for item in items:
        for band in item.bands:
            by_band.setdefault(band, []).append(item)
    founders: list[ClusterItem] = []
    members: dict[int, list[ClusterItem]] = {}
    claimed: set[int] = set()
    for item in items:
        if item.story_id is not None or item.article_id in claimed:
            continue
        founders.append(item)
        claimed.add(item.article_id)
        joined = members.setdefault(item.article_id, [])
        # Only items sharing a band are compared (not every pair of the batch).
        for other in _band_neighbours(item, by_band):
            if (other.story_id is None and other.article_id > item.article_id
                    and other.article_id not in claimed
                    and containment(other.shingles, item.shingles) >= MIN_CONTAINMENT):
                claimed.add(other.article_id)
                joined.append(other)
    if not founders:
        return 0
    rows = execute_values(cur, "INSERT INTO stories (title) VALUES %s RETURNING id",
                          [(f.title,) for f in founders], fetch=True, page_size=len(founders))
    # Sequence values ascend in insert order: the earliest founder gets the smallest id, as when
    # stories were inserted one by one (titles are recomputed by refresh_stories anyway).
    for founder, (story_id,) in zip(founders, sorted(rows), strict=True):
        founder.story_id = story_id
        for other in members[founder.article_id]:
            other.story_id = story_id
    return len(founders)


def _band_neighbours(item: ClusterItem,
                     by_band: dict[tuple[int, int], list[ClusterItem]]) -> list[ClusterItem]:
    """Other items sharing at least one band with ``item``, each once, in id order."""
    seen: dict[int, ClusterItem] = {}
    for band in item.bands:
        for other in by_band.get(band, []):
            if other is not item:
                seen.setdefault(other.article_id, other)
    return [seen[k] for k in sorted(seen)]


def _stored_candidates(cur, items: list[ClusterItem]) -> dict[int, list[tuple[int, set[bytes]]]]:
    """article id -> [(story id, shingles)] of stored articles (outside this batch) sharing a band."""
    # Each distinct bucket is looked up once (on repetitive text most items share the same ones),
    # and yields only its most recent BUCKET_CAP articles (the primary key (band, hash, article_id)
    # serves this): a real near-duplicate shares many of the 64 bands, so it is still found.
    buckets = sorted({band for i in items for band in i.bands})
    cur.execute(
        "SELECT q.band, q.hash, c.article_id "
        "FROM unnest(%s::smallint[], %s::bigint[]) AS q(band, hash) "
        "CROSS JOIN LATERAL (SELECT b.article_id FROM article_bands b "
        "  WHERE b.band = q.band AND b.hash = q.hash ORDER BY b.article_id DESC LIMIT %s) AS c",
        (_pg_array(band for band, _ in buckets), _pg_array(value for _, value in buckets), BUCKET_CAP),
    )
    in_bucket: dict[tuple[int, int], list[int]] = {}
    for band, value, article_id in cur.fetchall():
        in_bucket.setdefault((band, value), []).append(article_id)
    # The batch's own bands were deleted just before; its ids are dropped once, here, anyway.
    batch_ids = {i.article_id for i in items}
    per_item: dict[int, set[int]] = {}
    for item in items:
        candidates: set[int] = set()
        for band in item.bands:
            candidates.update(in_bucket.get(band, ()))
        candidates -= batch_ids
        if candidates:
            per_item[item.article_id] = candidates
    pairs = sorted((article_id, c) for article_id, found_ids in per_item.items() for c in found_ids)
    if not pairs:
        return {}
    cur.execute(
        "SELECT id, story_id, text FROM articles WHERE id = ANY(%s::bigint[]) AND story_id IS NOT NULL",
        (_pg_array(sorted({candidate for _, candidate in pairs})),),
    )
    stored = {row[0]: (row[1], shingle_keys(row[2])) for row in cur.fetchall()}
    found: dict[int, list[tuple[int, set[bytes]]]] = {}
    for article_id, candidate in sorted(pairs):
        if candidate in stored:
            found.setdefault(article_id, []).append(stored[candidate])
    return found


def _best_story(item: ClusterItem, stored: list[tuple[int, set[bytes]]],
                seen_bands: dict[tuple[int, int], list[ClusterItem]]) -> int | None:
    """Story of the most similar verified candidate (ties: the oldest story), else None."""
    best: tuple[float, int] | None = None
    candidates = list(stored)
    # Each earlier item once, though it may share many bands with this one; per band only the
    # BUCKET_CAP most recent (as for stored articles).
    earlier = {other.article_id: other for band in item.bands
               for other in seen_bands.get(band, [])[-BUCKET_CAP:]}
    candidates.extend((other.story_id, other.shingles) for _, other in sorted(earlier.items())
                      if other.story_id is not None)
    for story_id, other in candidates:
        score = containment(item.shingles, other)
        if score >= MIN_CONTAINMENT and (best is None or (score, -story_id) > (best[0], -best[1])):
            best = (score, story_id)
    return best[1] if best else None


def refresh_stories(cur, story_ids: set[int]) -> None:
    """Recompute count, first/last seen and title (the earliest article's) of these stories; drop
    stories left without articles."""
    if not story_ids:
        return
    ids = sorted(story_ids)
    cur.execute(
        "UPDATE stories AS s SET article_count = agg.n, first_seen_at = agg.first_seen, "
        "last_seen_at = agg.last_seen, title = agg.title "
        "FROM (SELECT story_id, count(*) AS n, "
        "      min(coalesce(published_at, created_at)) AS first_seen, "
        "      max(coalesce(published_at, created_at)) AS last_seen, "
        "      (array_agg(title ORDER BY coalesce(published_at, created_at), id))[1] AS title "
        "      FROM articles WHERE story_id = ANY(%s) GROUP BY story_id) AS agg "
        "WHERE s.id = agg.story_id",
        (ids,),
    )
    cur.execute(
        "DELETE FROM stories AS s WHERE s.id = ANY(%s) "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)",
        (ids,),
    )
