"""Per-source selectors (registry ``selectors``) and the feed/sitemap fallbacks of the clean stage:
the source's own body, title and date blocks win where they match; otherwise generic extraction,
and the listed title and date where the page has none."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest
from raw_pages import Store, story

from cleaner.extract import extract
from cleaner.process import process_pending
from cleaner.selectors import SourceSelectors

XINHUA = SourceSelectors(body="#detailContent", title=".head-line h1", date=".header-time")
OTHER_STORY = ("Farmers in the northern provinces reported a record rice harvest this autumn, "
               "and officials said exports would rise next year as new irrigation canals open. ")


def xinhua_like_page(article: str) -> bytes:
    """The article in ``#detailContent``, and a longer block of another story beside it, which a
    generic extractor may take for the article; no meta title or date."""
    paragraphs = "".join(f"<p>{p}</p>" for p in article.splitlines() if p.strip())
    other = "".join(f"<p>{OTHER_STORY * 2}</p>" for _ in range(12))
    return f"""<html><head><title>Xinhua</title></head><body>
<div class="head-line"><h1> China, Russia sign  information security deal </h1></div>
<div class="header-time">Source: Xinhua | 2024-03-03 10:15:00</div>
<div id="detailContent">{paragraphs}</div>
<div class="feature"><h2>Feature</h2>{other}</div></body></html>""".encode()


def test_selectors_give_the_body_title_and_date() -> None:
    article = story("original")
    got = extract(xinhua_like_page(article), "https://english.news.cn/a/c.html", XINHUA)
    assert got.extractor == "trafilatura:selector"
    assert got.title == "China, Russia sign information security deal"
    assert got.published_at == datetime(2024, 3, 3, 10, 15, tzinfo=UTC)
    assert "rice harvest" not in got.text
    first_words = " ".join(article.split()[:8])
    assert first_words in " ".join(got.text.split())


def test_selector_matching_nothing_or_invalid_falls_back_to_generic(caplog) -> None:
    page = xinhua_like_page(story("original"))
    generic = extract(page, "https://english.news.cn/a/c.html")
    with caplog.at_level(logging.INFO):
        missing = extract(page, "https://english.news.cn/a/c.html", SourceSelectors(body="#nowhere"))
        invalid = extract(page, "https://english.news.cn/a/c.html", SourceSelectors(body="[[", title="]]"))
    assert missing.text == generic.text == invalid.text
    assert missing.extractor != "trafilatura:selector"
    assert "#nowhere" in caplog.text and "invalid CSS selector" in caplog.text


def test_process_uses_registry_selectors_and_listed_fallbacks(db: str) -> None:
    store = Store(db)
    source_id, _ = store.source("xinhua-en")
    store.query("UPDATE sources SET config = %s WHERE id = %s",
                (json.dumps({"selectors": XINHUA.model_dump(exclude_none=True)}), source_id))
    page = xinhua_like_page(story("original"))  # generic extraction takes the feature block here
    selected = store.page("xinhua-en", "https://english.news.cn/a/c.html", page)
    # Another source, no selectors; the page has no title or date of its own.
    bare = store.page("wire", "https://wire.test/b", (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in story("rewrite").splitlines() if p)
        + "</article></body></html>").encode())
    listed_at = datetime(2024, 5, 6, 7, 8, tzinfo=UTC)
    store.query("UPDATE raw_pages SET listed_published_at = %s, listed_title = %s WHERE id = %s",
                (listed_at, "  Listed   headline ", bare))
    process_pending(db)
    got = dict((r[0], r[1:]) for r in store.query(
        "SELECT raw_page_id, title, published_at, extractor, text FROM articles"))
    assert got[selected][:3] == ("China, Russia sign information security deal",
                                 datetime(2024, 3, 3, 10, 15, tzinfo=UTC), "trafilatura:selector")
    assert "rice harvest" not in got[selected][3]
    assert got[bare][:2] == ("Listed headline", listed_at)


@pytest.mark.parametrize("value", [{"body": "main", "unknown": "x"}, {}])
def test_selector_model_ignores_crawler_keys(value: dict) -> None:
    assert SourceSelectors.model_validate(value).body == value.get("body")
