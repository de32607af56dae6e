"""cleaner.ld_meta restates trafilatura's JSON-LD metadata reading: same Document on the same page."""

from __future__ import annotations

import pytest
from lxml import html
from trafilatura.json_metadata import normalize_json
from trafilatura.metadata import JSON_MINIFY, extract_meta_json
from trafilatura.settings import Document

from cleaner.ld_meta import _restated, meta_json, minified, normalized

BLOCKS = [
    '{"@context": "https://schema.org", "@type": "NewsArticle",\n'
    '  "headline": "Council  votes\\ton the budget",\n'
    '  "author": {"@type": "Person", "name": "Jane Doe"},\n  "publisher": {"name": "The Chronicle"}}',
    '{"@context":"http://schema.org","@type":"Article",'
    '"headline":"Caf\\u00e9 owners \\"welcome\\" the plan \\ud83d\\ude00",'
    '"author":[{"@type":"Person","name":"Max M\\u00fcller"},{"@type":"Person","name":"Ana Ruiz"}]}',
    '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Daily  News"},\n'
    '{"@type": "NewsArticle", "headline": "<b>Bold</b> &amp; plain", "articleSection": "Politik"}]}',
    '{"@type": "NewsArticle", "headline": "Broken block", "author": {"name": "Sam Lee"',  # malformed
    '  \n\t ',
    '{"@type":"Person","name":"Lone \\ud800 surrogate","headline":"a\\\\b"}',
]


def _page(*blocks: str) -> html.HtmlElement:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return html.fromstring(f"<html><head>{scripts}</head><body><p>Text</p></body></html>")


def _fields(document: Document) -> dict:
    """The fields JSON-LD fills (not the empty body trees a Document starts with)."""
    return {slot: value for slot in Document.__slots__
            if isinstance(value := getattr(document, slot), str | list | type(None))}


def test_restated_for_the_installed_trafilatura() -> None:
    assert _restated()


@pytest.mark.parametrize("block", BLOCKS)
def test_minified_and_normalized_as_trafilatura(block: str) -> None:
    assert minified(block) == JSON_MINIFY.sub(r"\1", block)
    assert normalized(minified(block)) == normalize_json(JSON_MINIFY.sub(r"\1", block))


@pytest.mark.parametrize("blocks", [BLOCKS[:1], BLOCKS[1:2], BLOCKS[2:3], BLOCKS[3:4], BLOCKS, []])
def test_same_document_as_trafilatura(blocks: list[str]) -> None:
    ours = meta_json(_page(*blocks), Document())
    theirs = extract_meta_json(_page(*blocks), Document())
    assert _fields(ours) == _fields(theirs)


def test_reads_the_article() -> None:
    document = meta_json(_page(BLOCKS[0]), Document())
    assert document.title == "Council voteson the budget"  # trafilatura drops an escaped tab
    assert document.author == "Jane Doe"
