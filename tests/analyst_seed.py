"""Test data for the analyst tests, inserted straight into the tables (the crawl, clean and classify
stages are tested on their own): small row builders, and ``seed_newsroom`` for a realistic month
of six outlets, syndicated stories, two model versions, labels and failures."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import psycopg2.extensions
from helpers import cursor, rows

from core.store.search import index_pending

Cursor = psycopg2.extensions.cursor


def add_source(cur: Cursor, name: str, domain: str | None = None) -> int:
    cur.execute(
        "INSERT INTO sources (name, domains, language) VALUES (%s, %s, 'en') RETURNING id",
        (name, [domain or f"{name}.example"]),
    )
    return cur.fetchone()[0]


def add_run(cur: Cursor, source_id: int, started_at: datetime, status: str = "ok", pages: int = 0) -> int:
    cur.execute(
        "INSERT INTO crawl_runs (source_id, started_at, finished_at, status, requests, pages_fetched)"
        " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
        (source_id, started_at, started_at + timedelta(minutes=3), status, pages, pages),
    )
    return cur.fetchone()[0]


def add_raw_page(cur: Cursor, run_id: int | None, source_id: int, url: str, fetched_at: datetime) -> int:
    cur.execute(
        "INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, status, body, fetched_at,"
        " processed_at) VALUES (%s, %s, %s, %s, 200, %s, %s, %s) RETURNING id",
        (run_id, source_id, url, url, b"<html></html>", fetched_at, fetched_at),
    )
    return cur.fetchone()[0]


def add_failure(
    cur: Cursor, source_id: int, url: str, occurred_at: datetime, *, run_id: int | None = None,
    kind: str = "http_error", detail: str = "HTTP 503", http_status: int | None = 503,
) -> int:
    cur.execute(
        "INSERT INTO fetch_failures (crawl_run_id, source_id, url, kind, detail, http_status, occurred_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (run_id, source_id, url, kind, detail, http_status, occurred_at),
    )
    return cur.fetchone()[0]


def add_story(cur: Cursor, title: str, first_seen: datetime, last_seen: datetime, count: int = 1) -> int:
    cur.execute(
        "INSERT INTO stories (title, first_seen_at, last_seen_at, article_count)"
        " VALUES (%s, %s, %s, %s) RETURNING id",
        (title, first_seen, last_seen, count),
    )
    return cur.fetchone()[0]


def add_article(
    cur: Cursor, source_id: int, url: str, title: str, text: str, published_at: datetime | None, *,
    story_id: int | None = None, created_at: datetime | None = None, raw_page_id: int | None = None,
) -> int:
    created_at = created_at or published_at or datetime.now(UTC)
    cur.execute(
        "INSERT INTO articles (canonical_url, url, source_id, raw_page_id, title, published_at, language,"
        " text, text_sha256, word_count, extractor, extractor_version, cleaner_version, created_at,"
        " updated_at, story_id) VALUES (%s, %s, %s, %s, %s, %s, 'en', %s, %s, %s, 'trafilatura',"
        " '2.3.1', 'test', %s, %s, %s) RETURNING id",
        (url, url, source_id, raw_page_id, title, published_at, text,
         hashlib.sha256(text.encode()).hexdigest(), len(text.split()), created_at, created_at, story_id),
    )
    return cur.fetchone()[0]


def add_model(cur: Cursor, version: str, threshold: float = 0.5, *, active: bool = False,
              trained_at: datetime | None = None) -> int:
    cur.execute(
        "INSERT INTO models (version, seeds_hash, labels, threshold, active, metrics, trained_at)"
        " VALUES (%s, 'seedhash', %s, %s, %s, %s, coalesce(%s, now())) RETURNING id",
        (version, ["international_information_security"], threshold, active, '{"roc_auc": 0.97}',
         trained_at),
    )
    return cur.fetchone()[0]


def add_classification(
    cur: Cursor, article_id: int, model_id: int, score: float, threshold: float,
    top_terms: list[str] | None = None, scored_at: datetime | None = None,
) -> None:
    relevant = score >= threshold
    cur.execute(
        "INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms, scored_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, coalesce(%s, now()))",
        (article_id, model_id, "international_information_security" if relevant else "none", score,
         relevant, top_terms or [], scored_at),
    )


def add_label(cur: Cursor, article_id: int, label: str, by: str = "analyst") -> None:
    cur.execute(
        "INSERT INTO labels (article_id, label, labelled_by) VALUES (%s, %s, %s)", (article_id, label, by)
    )


# ---- a realistic month ------------------------------------------------------------------------

OUTLETS = ("xinhua", "tass", "reuters", "un-news", "the-record", "dw")
QUIET_OUTLET = "dw"  # stops answering five days before the digest day
THRESHOLD = 0.42

ON_TOPIC = (
    ("UN open-ended working group agrees on ICT confidence-building measures",
     ["oewg", "confidence-building", "ict"]),
    ("Russia and China call for a binding UN cybercrime convention",
     ["cybercrime", "convention", "binding"]),
    ("EU and Japan hold cyber dialogue on norms of responsible state behaviour",
     ["cyber dialogue", "norms", "responsible state"]),
    ("ASEAN ministers back regional cyberspace cooperation framework",
     ["asean", "cyberspace", "cooperation"]),
    ("Brazil supports UN programme of action on ICT security",
     ["programme of action", "ict security", "un"]),
    ("India and France sign agreement on digital sovereignty and cyber capacity building",
     ["digital sovereignty", "capacity building", "agreement"]),
    ("African Union adopts common position on international law in cyberspace",
     ["international law", "cyberspace", "african union"]),
    ("Iran accuses Western states of militarising information space at UN",
     ["information space", "un", "states"]),
)
OFF_TOPIC = (
    "Central bank holds interest rates steady",
    "Floods force thousands from homes in southern provinces",
    "League leaders extend winning run",
    "Film festival opens with record attendance",
    "Retail sales rise for third month",
    "Wildfire season starts early, officials warn",
    "Carmaker recalls vehicles over brake fault",
    "New metro line opens in capital",
)
FILLER = (
    "Officials said talks would continue next month. Delegations exchanged draft texts and agreed "
    "to meet again. Observers described the atmosphere as constructive. "
)


@dataclass
class Newsroom:
    """What ``seed_newsroom`` inserted, for the tests to check against."""

    day: date
    sources: dict[str, int] = field(default_factory=dict)
    active_model: int = 0
    old_model: int = 0
    articles: list[int] = field(default_factory=list)
    relevant_on_day: list[int] = field(default_factory=list)
    syndicated_story: int = 0
    syndicated_outlets: list[str] = field(default_factory=list)
    labelled: list[int] = field(default_factory=list)


_shared: dict[tuple[str, date, int], tuple[Newsroom, tuple]] = {}


def _fingerprint(url: str) -> tuple:
    return rows(url, "SELECT count(*), max(id), max(published_at) FROM articles")[0]


def shared_newsroom(url: str, day: date, days: int = 30) -> Newsroom:
    """The newsroom, seeded once and reused while the database still holds exactly it: for tests
    that only read. (A test using the ``db`` fixture empties the database; the next caller reseeds.)"""
    from conftest import truncate_all

    key = (url, day, days)
    if key in _shared and _fingerprint(url) == _shared[key][1]:
        return _shared[key][0]
    truncate_all(url)
    room = seed_newsroom(url, day, days)
    _shared[key] = (room, _fingerprint(url))
    return room


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def seed_newsroom(url: str, day: date, days: int = 30, seed: int = 7) -> Newsroom:
    """Six outlets crawled daily for ``days`` days ending on ``day``; each day two syndicated on-topic
    stories (carried by two to four outlets) plus local news; ``dw`` fails for the last five days."""
    rng = random.Random(seed)
    room = Newsroom(day=day)
    with cursor(url) as cur:
        room.sources = {name: add_source(cur, name) for name in OUTLETS}
        room.old_model = add_model(cur, "2026.11.01-seeds", 0.5, active=False,
                                   trained_at=_at(day - timedelta(days=20), 3))
        room.active_model = add_model(cur, "2026.11.20-labels", THRESHOLD, active=True,
                                      trained_at=_at(day - timedelta(days=3), 3))
        for back in range(days - 1, -1, -1):
            _seed_day(cur, room, rng, day - timedelta(days=back), is_digest_day=back == 0)
    index_pending(url)  # as the clean stage does after writing articles
    return room


_TITLE_STYLE = {"tass": "{title}: TASS", "reuters": "UPDATE 1-{title}", "dw": "{title} | DW"}


def _seed_day(cur: Cursor, room: Newsroom, rng: random.Random, d: date, is_digest_day: bool) -> None:
    quiet = (room.day - d).days < 5
    live = [o for o in OUTLETS if o != QUIET_OUTLET or not quiet]
    # Two syndicated on-topic stories a day, each carried by two to four outlets.
    planned: dict[str, list[tuple[str, list[str], float, int | None]]] = {name: [] for name in OUTLETS}
    for k in range(2):
        title, terms = ON_TOPIC[(d.toordinal() * 2 + k) % len(ON_TOPIC)]
        carriers = sorted(rng.sample(live, rng.choice((2, 3, 4))))
        story = add_story(cur, title, _at(d, 6), _at(d, 6 + len(carriers)), len(carriers))
        if is_digest_day and k == 0:
            room.syndicated_story, room.syndicated_outlets = story, carriers
        for name in carriers:
            styled = _TITLE_STYLE.get(name, "{title}").format(title=title)
            planned[name].append((styled, terms, rng.uniform(0.62, 0.97), story))
    for name, source_id in room.sources.items():
        run_at = _at(d, 5, 30)
        if name not in live:
            run = add_run(cur, source_id, run_at, "unreachable")
            add_failure(cur, source_id, f"https://{name}.example/", run_at, run_id=run,
                        kind="connection_refused",
                        detail="ConnectionRefusedError: Connection was refused by other side",
                        http_status=None)
            continue
        items = planned[name]
        for _ in range(rng.randint(2, 5)):
            items.append((rng.choice(OFF_TOPIC), ["market", "season"], rng.uniform(0.02, 0.36), None))
        if rng.random() < 0.3:  # an article the model is unsure about
            items.append((f"{name} column: technology and trade ties", ["technology"],
                          rng.uniform(0.38, 0.46), None))
        run = add_run(cur, source_id, run_at, "ok", pages=len(items))
        if rng.random() < 0.25:
            add_failure(cur, source_id, f"https://{name}.example/{d}/missing", run_at, run_id=run,
                        kind="http_error", detail="HTTP 404", http_status=404)
        for n, (title, terms, score, story_id) in enumerate(items):
            published = _at(d, 6 + n, rng.randint(0, 59))
            page_url = f"https://{name}.example/{d:%Y/%m/%d}/{n}"
            page = add_raw_page(cur, run, source_id, page_url, published + timedelta(minutes=20))
            if story_id is None:  # the cleaner gives every article a story, most of them alone
                story_id = add_story(cur, title, published, published)
            text = f"{title}. {FILLER * 3}"
            article = add_article(cur, source_id, page_url, title, text, published, story_id=story_id,
                                  raw_page_id=page, created_at=published + timedelta(minutes=20))
            room.articles.append(article)
            add_classification(cur, article, room.active_model, score, THRESHOLD, terms)
            add_classification(cur, article, room.old_model, max(0.0, score - 0.1), 0.5, terms[:1])
            if is_digest_day and score >= THRESHOLD:
                room.relevant_on_day.append(article)
            if abs(score - THRESHOLD) < 0.03 and rng.random() < 0.5:
                add_label(cur, article, "none")
                room.labelled.append(article)
