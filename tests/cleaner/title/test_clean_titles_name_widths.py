"""A site's name after a headline where nothing on the page names the site (issue 14), told by its
shape, in more of the forms real tab titles use:
- a Chinese or Japanese headline beside a name in both scripts ("：東京新聞 TOKYO Web", "| 日テレNEWS NNN",
  "｜TBS NEWS DIG", "- BBC News 中文"): lengths are widths, a Chinese or Japanese character as wide as
  two Latin letters, so the name's Latin letters no longer outweigh the headline;
- a short Chinese headline before a name and its slogan ("| 明報新聞網 - 即時新聞 instant news"): the
  headline read as a name before a pipe, and the name and slogan were returned;
- a name in sentence case around the word for a paper ("Российская газета", "Новая газета Европа",
  "Українська правда", "Lidové noviny");
- Russian broadcasters' " // " ("Headline // Новости НТВ").
Guards: a Latin headline ending in a clause with such a word ("- and the newspaper"), a Chinese headline
beside a name longer than it, a " // " inside a headline's words.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.some-news.example/a/2024/04/12/story-123.html"
JA = "市議会が港湾修繕の新予算を可決"
ZH = "市议会通过港口维修新预算"
ZH_HANT = "市議會通過港口維修新預算"
RU = "Горсовет утвердил новый бюджет на ремонт порта"
UK = "Міська рада затвердила новий бюджет на ремонт порту"
CS = "Zastupitelstvo schválilo nový rozpočet na opravu přístavu"


def _title(tab: str, lang: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"{JA}：東京新聞 TOKYO Web", JA, "ja"),
    (f"{JA} | 日テレNEWS NNN", JA, "ja"),
    (f"{JA}｜TBS NEWS DIG", JA, "ja"),
    (f"{JA} - ITmedia NEWS", JA, "ja"),
    (f"{ZH} - BBC News 中文", ZH, "zh"),
    (f"{ZH_HANT} | 公視新聞網 PNN", ZH_HANT, "zh"),
    (f"{ZH_HANT} | 明報新聞網 - 即時新聞 instant news", ZH_HANT, "zh"),
])
def test_a_name_in_two_scripts_beside_a_chinese_or_japanese_headline_goes(tab: str, headline: str,
                                                                         lang: str) -> None:
    assert _title(tab, lang) == headline


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"{RU} - Российская газета", RU, "ru"),
    (f"{RU} — Новая газета Европа", RU, "ru"),
    (f"{UK} | Українська правда", UK, "uk"),
    (f"{RU} - Комсомольская правда", RU, "ru"),
    (f"{CS} | Lidové noviny", CS, "cs"),
    (f"{RU} // Новости НТВ", RU, "ru"),
])
def test_a_papers_name_in_sentence_case_or_after_a_double_slash_goes(tab: str, headline: str,
                                                                     lang: str) -> None:
    assert _title(tab, lang) == headline


@pytest.mark.parametrize(("tab", "lang"), [
    ("Council approves new budget for harbour repairs - and the newspaper", "en"),
    (f"港口新规 - 東京新聞 TOKYO Web 特別版 {ZH}", "zh"),
    ("Минфин // Бюджет: что изменится для семей после решения совета", "ru"),
])
def test_other_tails_stay(tab: str, lang: str) -> None:
    assert _title(tab, lang) == tab
