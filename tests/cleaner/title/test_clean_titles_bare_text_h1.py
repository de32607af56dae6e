"""The <h1> over a story set in bare text (issue 14): where a page sets its story in <div>s or in lines
parted by <br> (no <p>), as older and many Asian and Arabic CMSs do, its <h1> was not known to open the
text (``headings._opens_prose`` counts paragraphs), and a reworded sharing or tab title ("Ferry to run
through winter after council vote") replaced the headline the page prints ("All aboard: the little
ferry that refused to stop"). Now, where no <p> of prose is near, the <h1> opens the text when the
nearest block with a story's length of text beside it holds three runs of prose or more, nearly all
after it and little of it linked (``headings._opens_bare_text``; a Korean, Chinese or Japanese character
counts as two, so a short Korean story of 450 characters in <div>s is one).
Guards: an <h1> below the text, an <h1> over a list of linked teasers, a page whose story is in <p>s,
a page whose titles agree with the <h1>.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.coastpost.example/news/ferry-winter-2024-123456.html"
LINES = {
    "en": LINE_BODY,
    "de": "Der Gemeinderat hat am Dienstag beschlossen, den Fährbetrieb über die Wintermonate zu verlängern, "
          "teilten die Behörden nach einer langen Sitzung im Rathaus mit.",
    "es": "El consejo regional votó el martes a favor de ampliar el servicio de ferry durante los meses de "
          "invierno, según informaron los responsables tras una larga reunión.",
    "ko": "지역 의회는 화요일 겨울철에도 여객선 운항을 계속하기로 의결했다고 관계자들이 긴 회의 끝에 밝혔다. "
          "당국은 향후 운항 계획도 설명했다.",
    "ar": "صوت المجلس الإقليمي يوم الثلاثاء على تمديد خدمة العبّارات خلال أشهر الشتاء، وفق ما أفاد به مسؤولون "
          "بعد اجتماع طويل في مقر البلدية.",
}
CASES = {
    "en": ("All aboard: the little ferry that refused to stop",
           "Ferry to run through winter after council vote"),
    "de": ("Leinen los: Die kleine Fähre, die nicht aufgeben wollte", "Fähre fährt auch im Winter weiter"),
    "es": ("Todos a bordo: el pequeño ferry que se negó a parar", "El ferry seguirá navegando en invierno"),
    "ar": ("العبارات تواصل الإبحار طوال الشتاء", "تمديد خدمة العبارات في الشتاء"),
    "ko": ("겨울에도 여객선 운항 계속된다", "여객선 겨울 운항 의결"),
}


def _body(lang: str, kind: str) -> str:
    line = LINES[lang]
    if kind == "div":
        return "<div class='content'>" + "".join(f"<div>{line} ({n})</div>" for n in range(6)) + "</div>"
    if kind == "br":
        return "<div class='content'>" + "<br><br>".join(f"{line} ({n})" for n in range(6)) + "</div>"
    return "<div class='content'>" + "".join(f"<p>{line} ({n})</p>" for n in range(6)) + "</div>"


def _title(lang: str, main: str, shared: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{shared} - Coast Post</title>"
            f"<meta property='og:title' content=\"{shared}\">"
            "<meta property='og:site_name' content='Coast Post'>"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png' alt='Coast Post'></a>"
            "<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
            f"<div class='main'>{main}</div><footer><p>© 2024 Coast Post</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("kind", ["div", "br"])
@pytest.mark.parametrize("lang", ["en", "de", "es", "ar", "ko"])
def test_the_h1_over_a_story_in_bare_text_is_the_headline(lang: str, kind: str) -> None:
    headline, shared = CASES[lang]
    main = (f"<h1>{headline}</h1><div class='meta'>2024-04-12 08:30</div><div class='share'>Share</div>"
            + _body(lang, kind))
    assert _title(lang, main, shared) == headline


def test_a_story_in_paragraphs_is_as_before() -> None:
    headline, shared = CASES["en"]
    assert _title("en", f"<h1>{headline}</h1>" + _body("en", "p"), shared) == headline


def test_an_h1_below_the_text_is_not_the_headline() -> None:
    headline, shared = CASES["en"]
    assert _title("en", _body("en", "div") + f"<h1>{headline}</h1>", shared) == shared


def test_an_h1_over_linked_teasers_is_not_the_headline() -> None:
    _, shared = CASES["en"]
    teasers = "".join(f"<div class='teaser'><a href='/news/{n}'>{LINE_BODY} ({n})</a></div>"
                      for n in range(6))
    main = f"<h1>Ferry news and features</h1><div class='list'>{teasers}</div>"
    assert _title("en", main, shared) == shared


def test_titles_that_agree_with_the_h1_are_as_before() -> None:
    headline = "Ferry to run through winter after council vote"
    main = f"<h1>{headline}</h1>" + _body("en", "br")
    assert _title("en", main, headline) == headline
