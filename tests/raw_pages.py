"""Raw pages written as the fetch stage writes them (``Store``), templated article pages and the
story texts of ``fixtures/clean``: the clean stage's and the store's tests build their input here."""

from __future__ import annotations

import hashlib
import html as html_lib
import json
from pathlib import Path

import psycopg2
from helpers import rows

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"
ENGLISH_BODY = (
    "The delegates of the open-ended working group discussed confidence-building measures for cyberspace "
    "and agreed to continue their consultations at the next session in New York. "
)


def story(name: str) -> str:
    return (FIXTURES / f"story_{name}.txt").read_text(encoding="utf-8")


def article_html(title: str, text: str, *, canonical: str | None = None, lang: str = "en",
                 published: str = "2024-03-03T10:00:00+00:00") -> bytes:
    """A templated news page: navigation, the article, a related list and a comment form."""
    paragraphs = "\n".join(f"<p>{html_lib.escape(p)}</p>" for p in text.splitlines() if p.strip())
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{html_lib.escape(title)}</title>{link}
<meta property="article:published_time" content="{published}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{html_lib.escape(title)}</h1>{paragraphs}</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Storm closes schools</a></li></ul></aside>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</body></html>""".encode()


class Store:
    """Inserts sources, crawl runs and raw pages the way the fetch stage does."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sources: dict[str, tuple[int, int]] = {}

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return rows(self.url, sql, params)

    def source(self, name: str) -> tuple[int, int]:
        if name not in self.sources:
            source_id = self.query("INSERT INTO sources (name) VALUES (%s) RETURNING id", (name,))[0][0]
            run_id = self.query("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id",
                                (source_id,))[0][0]
            self.sources[name] = (source_id, run_id)
        return self.sources[name]

    def page(self, source: str, url: str, body: bytes | None, *, status: int = 200,
             headers: object = None) -> int:
        source_id, run_id = self.source(source)
        headers = {"Content-Type": "text/html; charset=utf-8"} if headers is None else headers
        return self.query(
            "INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, final_url, status, headers, "
            "body, body_sha256) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (run_id, source_id, url, url, url, status, json.dumps(headers),
             psycopg2.Binary(body) if body is not None else None,
             hashlib.sha256(body).hexdigest() if body is not None else None),
        )[0][0]

    def article(self, raw_page_id: int) -> dict:
        rows = self.query(
            "SELECT a.id, a.canonical_url, a.status, a.story_id, a.text, a.text_sha256, a.raw_page_id, "
            "a.extractor, a.extractor_version, a.cleaner_version, a.language, a.title, a.published_at "
            "FROM raw_pages r JOIN articles a ON a.id = r.article_id WHERE r.id = %s",
            (raw_page_id,),
        )
        keys = ["id", "canonical_url", "status", "story_id", "text", "text_sha256", "raw_page_id",
                "extractor", "extractor_version", "cleaner_version", "language", "title", "published_at"]
        return dict(zip(keys, rows[0], strict=True)) if rows else {}

    def outcome(self, raw_page_id: int) -> tuple:
        return self.query(
            "SELECT process_status, process_error, processed_at IS NOT NULL FROM raw_pages WHERE id = %s",
            (raw_page_id,),
        )[0]

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row the clean stage writes, without wall-clock timestamps."""
        return {
            "articles": self.query(
                "SELECT id, canonical_url, url, source_id, raw_page_id, title, authors, published_at, "
                "language, text, text_sha256, word_count, status, extractor, extractor_version, "
                "cleaner_version, story_id FROM articles ORDER BY id"),
            "stories": self.query(
                "SELECT s.id, s.title, s.article_count, s.first_seen_at - min(a.created_at), "
                "s.last_seen_at - min(a.created_at) FROM stories s JOIN articles a ON a.story_id = s.id "
                "GROUP BY s.id ORDER BY s.id"),
            "bands": self.query("SELECT article_id, band, hash FROM article_bands ORDER BY 1, 2, 3"),
            "raw_pages": self.query(
                "SELECT id, process_status, process_error, article_id, processed_at IS NOT NULL "
                "FROM raw_pages ORDER BY id"),
        }
