"""A headline in a script written without spaces set over two lines in its <h1>
("政府、経済対策の<br>原案まとめる", "<span>一季度国内生产总值</span><span>同比增长5.3%</span>", as
Japanese and Chinese CMSs break long headlines) is one phrase: the lines join with no space (issue 14;
a space was put at every break). Where a title the page states holds the lines with a space between
them ("一季度经济开局良好 国内生产总值增长5.3%"), the space is the headline's and stays. Guards: Latin and
Korean headlines (words spaced) keep a space at the break; a break between a Han letter and a Latin
word or a number keeps its space."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.heading_text import heading_text

URL = "https://www.dongxi.example/articles/2024/04/12/98765.html"


def _title(lang: str, h1: str, tab: str, og: str | None = None) -> str | None:
    head = f"<title>{tab}</title>" + (f"<meta property='og:title' content='{og}'>" if og else "")
    page = (f"<html lang='{lang}'><head>{head}</head><body><header><a href='/'>Site</a></header>"
            f"<main><article><h1>{h1}</h1><div class='article-body'>{prose(6)}</div></article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


JA = "政府、経済対策の原案まとめる"
JA_LINES = "政府、経済対策の<br>原案まとめる"
JA_SEO = "経済対策の原案判明　給付金や電気代補助の延長など"
ZH = "一季度国内生产总值同比增长5.3%"
KO = "정부, 물가 안정 종합대책 발표"


@pytest.mark.parametrize(("lang", "h1", "tab", "og", "headline"), [
    ("ja", JA_LINES, f"{JA} - 北海タイムス", JA, JA),
    ("ja", JA_LINES, f"{JA}｜北海タイムス", None, JA),
    ("ja", "給付金と補助延長が柱、<br>経済対策の原案", f"{JA_SEO}｜北海タイムス", JA_SEO,
     "給付金と補助延長が柱、経済対策の原案"),
    ("zh", "一季度国内生产总值<br>同比增长5.3%", f"{ZH}_华夏网", None, ZH),
    ("zh", "<span>一季度国内生产总值</span><span>同比增长5.3%</span>", f"{ZH}_华夏网", None, ZH),
])
def test_lines_of_an_unspaced_script_join_with_no_space(lang: str, h1: str, tab: str, og: str | None,
                                                       headline: str) -> None:
    assert _title(lang, h1, tab, og) == headline


def test_a_space_a_stated_title_puts_between_the_lines_stays() -> None:
    spaced = "一季度经济开局良好 国内生产总值增长5.3%"
    assert _title("zh", "一季度经济开局良好<br>国内生产总值增长5.3%", f"{spaced}_华夏网", spaced) == spaced


@pytest.mark.parametrize(("lang", "h1", "tab", "headline"), [
    ("de", "Bundesregierung beschließt<br>Entlastungspaket für Familien", "Entlastungspaket | Nordkurier24",
     "Bundesregierung beschließt Entlastungspaket für Familien"),
    ("ko", f"{KO}<br>과일값 잡는다", f"{KO} 과일값 잡는다 - 한빛일보", f"{KO} 과일값 잡는다"),
    ("zh", "苹果发布<br>iPhone 16 系列", "苹果发布 iPhone 16 系列_华夏网", "苹果发布 iPhone 16 系列"),
])
def test_spaced_scripts_and_latin_words_keep_the_space(lang: str, h1: str, tab: str, headline: str) -> None:
    assert _title(lang, h1, tab) == headline


def test_heading_text_reads_a_break_spaced_when_asked() -> None:
    heading = lxml_html.fromstring("<h1>政府、経済対策の<br>原案まとめる</h1>")
    assert heading_text(heading) == "政府、経済対策の原案まとめる"
    assert heading_text(heading, True) == "政府、経済対策の 原案まとめる"
