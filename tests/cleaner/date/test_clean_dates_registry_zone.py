"""The registry's time zone, end to end (issue 14): a source whose registry entry states its zone
(``timezone``), synced into ``sources.config`` and read by the clean stage (cleaner.process
_source_timezones, passed to extract): a page that states its time without an offset is stored in
that zone, before the zone of the page's own country; a page that states an aware time keeps its
instant whatever the registry says. Real PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from helpers import BUDGET_BODY, cursor, rows

from crawlers.registry import parse_sources, sync_sources

REGISTRY = """[[source]]
name = "{name}"
domains = ["{host}"]
timezone = "{zone}"
[[source.entry_points]]
kind = "feed"
url = "https://{host}/feed"
"""


def _page(head: str, line: str = "") -> bytes:
    return (f"<html lang='en'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>").encode()


def _stored(db: str, name: str, host: str, zone: str, body: bytes, registry: str = REGISTRY) -> datetime:
    from cleaner.process import process_pending
    from core.store.migrate import upgrade

    upgrade(db)
    ids = sync_sources(db, parse_sources(registry.format(name=name, host=host, zone=zone)))
    url = f"https://{host}/news/2024/council-budget"
    with cursor(db) as cur:
        cur.execute("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id", (ids[name],))
        run_id = cur.fetchone()[0]
        cur.execute("INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, final_url, status, "
                    "headers, body, body_sha256) VALUES (%s, %s, %s, %s, %s, 200, '{}', %s, 'x')",
                    (run_id, ids[name], url, url, url, body))
    process_pending(db, workers=1)
    ((published,),) = rows(db, "SELECT published_at FROM articles")
    return published


NAIVE_META = '<meta property="article:published_time" content="2024-04-12T14:46:00">'


def test_a_naive_stated_time_is_read_in_the_registry_zone(db: str) -> None:
    published = _stored(db, "baku-news", "news.example.com", "Asia/Baku", _page(NAIVE_META))
    assert published == datetime(2024, 4, 12, 10, 46, tzinfo=UTC)  # 14:46 in Baku (+04:00)


def test_the_registry_zone_comes_before_the_host_country(db: str) -> None:
    # A German domain, but the registry says the outlet writes Moscow time.
    published = _stored(db, "moscow-de", "news.example.de", "Europe/Moscow", _page(NAIVE_META))
    assert published == datetime(2024, 4, 12, 11, 46, tzinfo=UTC)


def test_a_naive_printed_time_is_read_in_the_registry_zone(db: str) -> None:
    published = _stored(db, "baku-print", "news.example.com", "Asia/Baku", _page("", "12 April 2024, 14:46"))
    assert published == datetime(2024, 4, 12, 10, 46, tzinfo=UTC)


def test_an_aware_time_keeps_its_instant_whatever_the_registry_says(db: str) -> None:
    aware = '<meta property="article:published_time" content="2024-04-12T14:46:00+02:00">'
    published = _stored(db, "aware-meta", "news.example.com", "Asia/Tokyo", _page(aware))
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


def test_an_aware_json_ld_time_in_utc_keeps_its_instant(db: str) -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes on budget",'
          ' "datePublished": "2024-04-12T12:46:00Z"}</script>')
    published = _stored(db, "aware-ld", "news.example.com", "America/New_York",
                        _page(ld, "12 April 2024, 14:46 CEST"))
    assert published == datetime(2024, 4, 12, 12, 46, tzinfo=UTC)



def test_reprocess_reads_a_zone_added_to_the_registry_later(db: str) -> None:
    # `newsflow reprocess` after the operator states the outlet's zone in the registry and syncs it:
    # the stored page is read again in that zone (before: no zone anywhere, the printed day at noon
    # UTC), and the article keeps its id.
    from cleaner.process import reprocess

    unzoned = REGISTRY.replace('timezone = "{zone}"\n', "")
    published = _stored(db, "late-zone", "news.example.com", "", _page("", "12 April 2024, 14:46"), unzoned)
    assert published == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)
    ((article_id,),) = rows(db, "SELECT id FROM articles")
    zoned = REGISTRY.format(name="late-zone", host="news.example.com", zone="Asia/Baku")
    sync_sources(db, parse_sources(zoned))
    reprocess(db, source="late-zone")
    assert rows(db, "SELECT id, published_at FROM articles") == [
        (article_id, datetime(2024, 4, 12, 10, 46, tzinfo=UTC))]
