"""Metadata and body quality on Mozilla Readability's test pages (../shared/data/readability-test-pages).

For newsflow's extractor and bare trafilatura (``bare_extraction`` with its metadata) on the same
pages in the same run, printed for the news pages and for all pages separately:
- title: exactly right (whitespace-normalised, case kept) against the expected title;
- title, site name aside: also right when the expected title is the found one with a site or section
  name joined at either end by a title separator (" | ", " - ", " – ", " — ", " · ", ": ", "_"): Readability's
  expected titles are the tab title, site name and all, while newsflow returns the headline as printed
  (issue 14's truth); the row shows how many misses are that convention alone;
- byline: of the pages with an expected byline, those where a returned author name appears in it;
- date: of the pages with an expected publication time, those on the same day in the page's own
  UTC offset (a naive expected time is taken as written);
- body F1: the benchmark's word 4-gram metric (extraction_metric.score) against the text of
  Readability's expected HTML, which keeps captions and some lists: a guide, not the truth.

    .venv/bin/python bench/eval_readability.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction_metric import score

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PAGES = SHARED / "data" / "readability-test-pages" / "pages.jsonl.gz"
# Test cases taken from news outlets (the rest are blogs, docs, fiction and synthetic markup cases).
NEWS = frozenset({
    "aktualne", "bbc-1", "breitbart", "bug-1255978", "buzzfeed-1", "citylab-1", "cnet", "cnet-svg-classes",
    "cnn", "engadget", "folha", "gmw", "guardian-1", "heise", "herald-sun-1", "la-nacion", "lemonde-1",
    "liberation-1", "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "nytimes-5", "qq",
    "quanta-1", "salon-1", "schema-org-context-object", "seattletimes-1", "telegraph", "theverge",
    "tmz-1", "videos-1", "videos-2", "wapo-1", "wapo-2", "yahoo-1", "yahoo-2", "yahoo-3", "yahoo-4",
    "youth", "ars-1", "medicalnewstoday", "wikia", "lazy-image-2", "article-author-tag", "webmd-1",
    "webmd-2",
})


@dataclass
class Result:
    title: str | None
    authors: list[str]
    published: datetime | date | None
    text: str


def load_pages(path: Path = PAGES) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def expected_text(html: str) -> str:
    from lxml import html as lxml_html

    if not html.strip():
        return ""
    root = lxml_html.fromstring(html)
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "br", "tr", "blockquote", "pre"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


def _norm(value: str | None) -> str:
    return " ".join((value or "").split())


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def same_day(found: datetime | date | None, expected: datetime) -> bool:
    if found is None:
        return False
    if isinstance(found, datetime):
        if found.tzinfo is not None and expected.tzinfo is not None:
            found = found.astimezone(expected.tzinfo)
        found = found.date()
    return found == expected.date()


def _tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def byline_found(authors: list[str], byline: str) -> bool:
    """A returned name whose words all occur in the byline ("John C Welch" in "John C. Welch")."""
    words = set(_tokens(byline))
    return any(_tokens(name) and set(_tokens(name)) <= words for name in authors)


def newsflow(html: str) -> Result:
    from cleaner.extract import extract

    result = extract(html)
    return Result(result.title, result.authors, result.published_at, result.text)


def bare(html: str) -> Result:
    from trafilatura import bare_extraction

    document = bare_extraction(html, with_metadata=True)
    if document is None:
        return Result(None, [], None, "")
    published = None
    if document.date:
        try:
            published = date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return Result(document.title, authors, published, document.text or "")


# A tab title's separators between the headline and a site or section name.
_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", ": ", " :: ", " « ", " » ", "_", " _")


def title_right_site_aside(found: str | None, expected: str | None) -> bool:
    """``found`` is ``expected`` without site or section names joined at its ends by a separator."""
    found, expected = _norm(found), _norm(expected)
    if not found or found == expected:
        return bool(found) and found == expected
    at = expected.find(found)
    if at < 0:
        return False
    before, after = expected[:at], expected[at + len(found):]
    return ((not before or before.endswith(_SEPARATORS) or before.rstrip().endswith(("|", "-", "–", "—")))
            and (not after or after.startswith(_SEPARATORS)))


def evaluate(pages: list[dict], results: dict[str, Result]) -> dict[str, str]:
    titles = [_norm(results[p["id"]].title) == _norm(p["expected_metadata"].get("title")) for p in pages]
    titles_site_aside = [title_right_site_aside(results[p["id"]].title, p["expected_metadata"].get("title"))
                         for p in pages]
    bylines = [byline_found(results[p["id"]].authors, p["expected_metadata"]["byline"])
               for p in pages if _norm(p["expected_metadata"].get("byline"))]
    dates = [same_day(results[p["id"]].published, when) for p in pages
             if (when := _parse(p["expected_metadata"].get("publishedTime")))]
    truth = {p["id"]: expected_text(p["expected_html"]) for p in pages}
    body = score(truth, {key: results[key].text for key in truth})

    def rate(hits: list[bool]) -> str:
        return f"{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})" if hits else "-"

    return {"title": rate(titles), "title, site aside": rate(titles_site_aside), "byline": rate(bylines),
            "date": rate(dates),
            "body F1": f"{body['f1']:.4f} (P {body['precision']:.3f} R {body['recall']:.3f})"}


def main() -> int:
    if not PAGES.is_file():
        print(f"readability test pages not found at {PAGES}", file=sys.stderr)
        return 2
    pages = load_pages()
    runners: dict[str, Callable[[str], Result]] = {"newsflow": newsflow, "bare trafilatura": bare}
    newsflow(pages[0]["source_html"])  # load models once
    results = {name: {p["id"]: fn(p["source_html"]) for p in pages} for name, fn in runners.items()}
    news = [p for p in pages if p["id"] in NEWS]
    for label, subset in ((f"news pages ({len(news)})", news), (f"all pages ({len(pages)})", pages)):
        print(f"readability-test-pages, {label}")
        rows = {name: evaluate(subset, results[name]) for name in runners}
        print(f"  {'':<18}" + "".join(f"{name:<32}" for name in runners))
        for metric in ("title", "title, site aside", "byline", "date", "body F1"):
            print(f"  {metric:<18}" + "".join(f"{rows[name][metric]:<32}" for name in runners))
    return 0


if __name__ == "__main__":
    sys.exit(main())
