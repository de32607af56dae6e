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


_EMPTY = '<html><body><nav><a href="/">Home</a></nav><article><p> </p></article></body></html>'
PAGES = [*(_news_page(lang) for lang in _PROSE), _forum_page(), _EMPTY,
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
