"""A Korean, Chinese or Japanese tag in brackets before the headline (issue 14): "[단독]" (exclusive),
"[속보]" (breaking), "【独家】", "【速報】". Newsrooms print it in the <h1>'s own text (or an element of
its own there) as in their titles; it is a kicker and the headline is the words after it, even where
every title states it (unlike a label in Latin letters: tests/test_clean_titles_printed_labels.py).
Where the <h1> held it, the title kept it. Guards: a label in
Latin letters the <h1> prints ("[Updated] ...") stays, as does a bracket inside the headline, and a tag
that would leave almost nothing."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.kickers import without_tag
from cleaner.metadata import page_metadata

URL = "https://news.hanbando.example/article/2024/04/12/98765"
PROSE = "".join(f"<p>Paragraph {n} of the story, long enough to be prose and not a caption or a link, "
                "with a second clause to make it so.</p>" for n in range(6))
KOREAN = "서울시, 한강 다리 보수 예산 확정"
CHINESE = "港口维修预算获批，明年春季开工"


def _title(h1: str, head: str) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>{h1}"
            f"{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tag", "headline"), [
    ("[단독]", KOREAN), ("[속보] ", KOREAN), ("【独家】", CHINESE), ("【速報】", "港湾の補修予算が決定"),
    ("［独自］", "港湾の補修予算が決定"),
])
@pytest.mark.parametrize("head", ["og", "tab", ""])
def test_a_bracketed_cjk_tag_before_the_h1s_headline_is_a_kicker(tag: str, headline: str, head: str) -> None:
    heads = {"og": f"<meta property='og:title' content='{tag}{headline}'>",
             "tab": f"<title>{tag}{headline} | 한반도일보</title>", "": ""}
    assert _title(f"<h1>{tag}{headline}</h1>", heads[head]) == headline


@pytest.mark.parametrize("h1", [f"<h1><em>[단독]</em>{KOREAN}</h1>",
                                f"<h1><span>[속보]</span> {KOREAN}</h1>"])
@pytest.mark.parametrize("head", [f"<meta property='og:title' content='{KOREAN}'>", ""])
def test_a_tag_in_an_element_of_its_own_is_a_kicker(h1: str, head: str) -> None:
    assert _title(h1, head) == KOREAN


@pytest.mark.parametrize("title", [
    "[Updated] Council approves new budget for harbour repairs",
    "서울시 [단독] 한강 다리 보수 예산 확정",
    "[단독] 확정",
    "【独家】【视频】",
])
def test_what_is_no_cjk_tag_before_a_headline_stays(title: str) -> None:
    assert without_tag(title) == title
