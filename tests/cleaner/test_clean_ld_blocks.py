"""cleaner.ld_blocks: the page's JSON-LD blocks found and parsed once; trafilatura's reading is given
the object parsed there only where its own preparation of the text would parse to the same."""

from __future__ import annotations

import pytest
from lxml import html
from trafilatura.metadata import extract_meta_json
from trafilatura.settings import Document

from cleaner import ld_blocks as blocks_module
from cleaner.ld_blocks import ld_blocks
from cleaner.ld_meta import ld_texts, meta_json

ARTICLE = ('{"@context": "https://schema.org", "@type": "NewsArticle",\n  "headline": "Council votes on the '
           'budget",\n  "author": {"@type": "Person", "name": "Jane Doe"},\n  "publisher": {"name": "The '
           'Chronicle"}}')
# (block, whether trafilatura's preparation leaves its parse as it is)
CASES = [
    (ARTICLE, True),
    ('{"@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt",'
     '"url":"https:\\/\\/example.de\\/politik","author":{"name":"Max Müller"}}', True),  # "\/" alone
    ('{"@type":"NewsArticle","headline":"Le conseil\\nvote le budget"}', False),  # an escaped newline
    ('{"@type":"NewsArticle","headline":"Caf\\u00e9 owners","author":{"name":"Ana Ruiz"}}', False),
    ('{"@type":"NewsArticle","headline":"Tom &amp; Jerry","url":"https:\\/\\/example.com\\/a"}', False),
    ('{"@type":"NewsArticle","headline":"Tom & Jerry","url":"https:\\/\\/example.com"}', True),  # no entity
    ('{"@type":"NewsArticle","headline":"Le \\"oui\\" du conseil","url":"https:\\/\\/example.fr"}', True),
    ('{"@type":"NewsArticle","headline":"A \\\\ backslash","author":{"name":"Sam Lee"}}', False),
    ('{"@type":"NewsArticle","headline":"Ends with a backslash \\\\","url":"https:\\/\\/x.com"}', False),
    ('{"@type":"NewsArticle","headline":"<b>Bold</b> claim","author":{"name":"Sam Lee"}}', False),
    ('{"@type":"NewsArticle","headline":"Two  spaces inside","author":{"name":"Sam Lee"}}', False),
    ('{"@type":"NewsArticle","headline":"A raw\nnewline in a string"}', False),
    ('{"@type":"NewsArticle","headline":"Broken", "author": {"name": "Sam Lee"', False),  # malformed
    ('//<![CDATA[\n{"@type":"NewsArticle","headline":"Wrapped"}\n//]]>', False),
    ('{"@type": "NewsArticle", "headline": "Noticia en español", "author": [{"name": "Lucía Gómez"}],'
     ' "datePublished": "2024-05-03T10:00:00+02:00", "wordCount": 512, "isAccessibleForFree": true}', True),
]


def _page(*scripts: tuple[str, str]) -> html.HtmlElement:
    body = "".join(f'<script type="{kind}">{text}</script>' for kind, text in scripts)
    return html.fromstring(f"<html><head>{body}</head><body><p>Text</p></body></html>")


def _fields(document: Document) -> dict:
    return {slot: value for slot in Document.__slots__
            if isinstance(value := getattr(document, slot), str | list | type(None))}


@pytest.mark.parametrize(("text", "verbatim"), CASES)
def test_verbatim_only_where_trafilatura_parses_the_same(text: str, verbatim: bool) -> None:
    tree = _page(("application/ld+json", text))
    (block,) = ld_blocks(tree)
    assert block.verbatim is verbatim
    # Either way, trafilatura's reading gives what trafilatura gives.
    theirs = extract_meta_json(_page(("application/ld+json", text)), Document())
    assert _fields(meta_json(tree, Document())) == _fields(theirs)


def test_trafilatura_reads_the_object_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.json_metadata

    tree = _page(("application/ld+json", ARTICLE))
    seen = []
    real = trafilatura.json_metadata.extract_json
    monkeypatch.setattr(trafilatura.json_metadata, "extract_json",
                        lambda schema, metadata: seen.append(schema) or real(schema, metadata))
    document = meta_json(tree, Document())
    assert document.title == "Council votes on the budget" and document.author == "Jane Doe"
    (block,) = ld_blocks(tree)
    assert seen == [block.data] and seen[0] is block.data
    monkeypatch.setattr(blocks_module.json, "loads", lambda *args, **kwargs: pytest.fail("parsed again"))
    assert ld_blocks(tree)[0].data is seen[0]  # found and parsed once per tree


def test_which_reader_takes_which_block() -> None:
    tree = _page(("application/ld+json", ARTICLE), ("application/settings+json", '{"a": 1}'),
                 ("application/LD+JSON; charset=utf-8", '{"@type": "NewsArticle"}'),
                 ("application/ld+json", ""), ("text/javascript", "var x = 1;"))
    found = [(block.article, block.trafilatura) for block in ld_blocks(tree)]
    assert found == [(True, True), (False, True), (True, False), (True, False)]
    assert ld_texts(tree) == [ARTICLE, '{"a": 1}']


def test_a_new_tree_is_read_anew() -> None:
    first = _page(("application/ld+json", ARTICLE))
    second = _page(("application/ld+json", '{"@type": "NewsArticle", "headline": "Other"}'))
    assert ld_blocks(first)[0].data["headline"] == "Council votes on the budget"
    assert ld_blocks(second)[0].data["headline"] == "Other"


def test_both_readers_see_the_one_parsed_object(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.json_metadata

    import cleaner.jsonld as jsonld_module

    tree = _page(("application/ld+json", ARTICLE))
    trafilatura_saw: list = []
    article_saw: list = []
    real_extract, real_objects = trafilatura.json_metadata.extract_json, jsonld_module._objects
    monkeypatch.setattr(trafilatura.json_metadata, "extract_json", lambda schema, metadata:
                        trafilatura_saw.append(schema) or real_extract(schema, metadata))
    monkeypatch.setattr(jsonld_module, "_objects",
                        lambda value, listed=False: article_saw.append(value) or real_objects(value, listed))
    meta_json(tree, Document())
    article = jsonld_module.read_article_ld(tree)
    assert article.headline == "Council votes on the budget" and article.authors == ["Jane Doe"]
    # (the article reader's walk asks again for the objects inside: its first ask is the block's)
    assert len(trafilatura_saw) == 1 and trafilatura_saw[0] is article_saw[0]
    assert article_saw[0] is ld_blocks(tree)[0].data


def test_the_article_reader_keeps_its_own_blocks() -> None:
    # Guards: a CDATA-wrapped block and a type with a charset are the article reader's alone (and a
    # broken block is skipped); what it reads from them is as before.
    from cleaner.jsonld import read_article_ld

    tree = _page(("application/ld+json", '{"@type": "NewsArticle", "headline": "Broken"'),
                 ("application/LD+JSON; charset=utf-8",
                  '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Nachrichten aus Berlin", '
                  '"datePublished": "2024-05-03", "author": {"name": "Max Müller"}}\n//]]>'))
    article = read_article_ld(tree)
    assert (article.headline, article.published, article.authors) == (
        "Nachrichten aus Berlin", "2024-05-03", ["Max Müller"])
    assert [block.trafilatura for block in ld_blocks(tree)] == [True, False]
