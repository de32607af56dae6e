"""cleaner.precision_pass: trafilatura's fast precision pass restated with one copy of the page, not
three; the same text as ``bare_extraction`` on pages in several languages, the page left as it was,
and trafilatura's own pass where its source is not the one restated."""

from __future__ import annotations

import copy as copy_module

import pytest
from lxml import etree
from trafilatura import bare_extraction

import cleaner.precision_pass as precision_pass
from cleaner.decode import page_tree
from cleaner.extract import _body
from cleaner.precision_pass import precision_text

_PROSE = {
    "vi": "Chính phủ Việt Nam hôm nay công bố kế hoạch mới về phát triển hạ tầng giao thông tại các tỉnh "
          "miền Trung, với tổng vốn đầu tư dự kiến hơn 50.000 tỷ đồng trong giai đoạn tới.",
    "ru": "Правительство объявило о новой программе поддержки малого бизнеса в регионах, которая "
          "начнёт действовать с первого числа следующего месяца и продлится до конца года.",
    "ar": "أعلنت الحكومة اليوم عن خطة جديدة لتطوير البنية التحتية في المحافظات الجنوبية، تشمل بناء "
          "طرق ومدارس ومستشفيات جديدة خلال السنوات الثلاث المقبلة.",
    "zh": "政府今天宣布了一项新的基础设施发展计划，将在未来三年内在南部省份修建新的道路、学校和医院，"
          "总投资预计超过五百亿元人民币。",
    "es": "El Gobierno anunció hoy un nuevo plan de infraestructuras para las provincias del sur, que "
          "incluye la construcción de carreteras, escuelas y hospitales en los próximos tres años.",
}


def _news_page(lang: str) -> str:
    paragraphs = "".join(f"<p>{_PROSE[lang]} ({number})</p>" for number in range(1, 6))
    return (
        f'<html lang="{lang}"><head><title>T</title></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
        f'<article><h1>Headline</h1><div class="article-body">{paragraphs}'
        '<div class="comments"><p>A reader comment that the pass leaves out of the article.</p></div>'
        '</div></article><footer><p>© The outlet</p></footer></body></html>'
    )


def _forum_page() -> str:
    # A thread-forum page (DiscussionForumPosting): trafilatura skips its post-conversion comment prune.
    return (
        '<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
        f'</head><body><main><h1>Thread</h1><p>{_PROSE["es"]}</p><ul class="comment-list">'
        f'<li><p>{_PROSE["es"]} (2)</p></li></ul><div id="comments"><p>{_PROSE["es"]} (3)</p></div>'
        "</main></body></html>"
    )


def _bare_text(tree, url: str | None) -> str:
    document = bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                               favor_precision=True, fast=True)
    return (document.text or "") if document is not None else ""


def _with_blocks(lang: str, blocks: str) -> str:
    # A news page with blocks trafilatura's prunes look for by id or class, after the article.
    return _news_page(lang).replace("</article>", f"</article>{blocks}")


_PRUNED_BLOCKS = [
    _with_blocks("es", '<div id="disqus_thread"><p>Un commentaire de lecteur sous l\'article, assez '
                       "long pour compter comme un paragraphe de texte.</p></div>"),
    _with_blocks("ru", '<ol class="commentlist"><li><p>Комментарий читателя под статьёй, достаточно длинный, '
                       "чтобы считаться абзацем текста.</p></li></ol>"),
    _with_blocks("es", '<section class="infinite-scroll"><p>Otra noticia que el sitio añade al final de la '
                       "página al desplazarse, con su propio texto largo.</p></section>"),
    _with_blocks("vi", '<div class="elementor-share-buttons"><p>Chia sẻ bài viết này với bạn bè của bạn trên '
                       "các mạng xã hội ngay bây giờ.</p></div>"),
    # near-misses: named like a comment block but no match ("commentary"), or a list named otherwise
    _with_blocks("es", '<div class="commentary"><p>Un análisis del corresponsal sobre lo que significa el '
                       "plan para las provincias del sur.</p></div>"),
]
_EMPTY = '<html><body><nav><a href="/">Home</a></nav><article><p> </p></article></body></html>'
PAGES = [*(_news_page(lang) for lang in _PROSE), _forum_page(), _EMPTY, *_PRUNED_BLOCKS,
         "<html><body><article><p>Short.</p></article></body></html>"]


@pytest.mark.parametrize("html", PAGES)
def test_the_same_text_as_trafilaturas_pass_and_the_page_left_alone(html: str) -> None:
    tree = page_tree(html)
    before = etree.tostring(tree)
    text = precision_text(tree, "https://example.com/news/1")
    assert text == _bare_text(page_tree(html), "https://example.com/news/1")
    assert etree.tostring(tree) == before


def test_an_empty_page_gives_no_text_and_a_news_page_its_paragraphs() -> None:
    assert precision_text(page_tree(_EMPTY), None) == ""
    text = precision_text(page_tree(_news_page("vi")), None)
    assert text.count("Chính phủ") == 5 and "reader comment" not in text and "Home" not in text


def test_the_fast_pass_copies_the_page_once(monkeypatch) -> None:
    import trafilatura.core

    copies = []

    def counted(element):
        copies.append(element)
        return copy_module.copy(element)

    monkeypatch.setattr(trafilatura.core, "copy", counted)
    monkeypatch.setattr(precision_pass, "copy", counted, raising=False)
    text = _body(page_tree(_news_page("ru")), "https://example.com/news/1", favor_precision=True, fast=True)
    assert "Правительство" in text
    assert len(copies) == 1  # bare_extraction: three (the input, the pruned page, the cleaned one)


def test_another_trafilatura_source_runs_trafilaturas_own_pass(monkeypatch) -> None:
    monkeypatch.setattr(precision_pass, "_restated", lambda: False)
    tree = page_tree(_news_page("ar"))
    assert precision_text(tree, None) is None
    # _body then asks bare_extraction: the same text
    assert _body(tree, None, favor_precision=True, fast=True) == _bare_text(page_tree(_news_page("ar")), None)


def _prunes_run(monkeypatch, html: str) -> list:
    import trafilatura.core

    ran = []

    def counted(tree, nodelist, *args):
        ran.extend(nodelist)
        return prune(tree, nodelist, *args)

    prune = trafilatura.core.prune_unwanted_nodes
    monkeypatch.setattr(trafilatura.core, "prune_unwanted_nodes", counted)
    precision_text(page_tree(html), None)
    return ran


def test_a_page_with_no_id_or_class_they_look_for_runs_no_prune(monkeypatch) -> None:
    html = _news_page("zh").replace('class="comments"', 'class="reader-notes"')
    assert _prunes_run(monkeypatch, html) == []  # four XPaths over the whole page before


def test_a_page_with_such_an_id_or_class_runs_the_prunes_that_can_match(monkeypatch) -> None:
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )

    comment_prunes = [*REMOVE_COMMENTS_AND_LISTS_XPATH, *REMOVE_COMMENTS_XPATH]
    assert _prunes_run(monkeypatch, _news_page("ar")) == comment_prunes
    monkeypatch.undo()
    ran = _prunes_run(monkeypatch, _PRUNED_BLOCKS[2])  # infinite-scroll, and the comments block
    assert ran == [RAW_TREE_PRUNE_XPATH[0], *comment_prunes]
    monkeypatch.undo()
    monkeypatch.setattr(precision_pass, "_prunes_restated", lambda: False)  # other expressions: all run
    ran = _prunes_run(monkeypatch, _news_page("ar"))
    assert ran == [*RAW_TREE_PRUNE_XPATH, *comment_prunes]


@pytest.mark.parametrize("html", _PRUNED_BLOCKS[:4])
def test_the_blocks_the_prunes_find_stay_out(html: str) -> None:
    text = precision_text(page_tree(html), None)
    assert not any(word in text for word in ("commentaire", "Комментарий", "Otra noticia", "Chia sẻ"))
