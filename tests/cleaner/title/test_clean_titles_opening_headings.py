"""The headline printed in an unmarked heading over the text where no <h1> prints one and the sharing and
tab titles were reworded for search engines and sharing (issue 14): "<h2 class='title'>Власти
Екатеринбурга утвердили план ремонта дорог</h2>" under the titles "Какие дороги отремонтируют в
Екатеринбурге | Site", a "<div class='news-title'>", "<span class='titulo'>", an <h3> post heading. The
heading was taken only where it shared two words of meaning with a title (``agrees``), so the reworded
sharing title was returned. Now, where no <h1> is a headline, the <h2>/<h3> that opens the article's text
(no standfirst) or the one block named as the title over it, of five words or more, is the headline where
it shares one word of meaning with a title, or its first five letters (an inflected form), or a Korean
word of two syllables. Guards: a label over the text that shares no word ("What we know so far today",
"O que se sabe até agora": "até" alone is no evidence), a standfirst sentence set in an <h2>, a subheading
after the lead, an <h1> headline over the text. An <h1> that names the site or a section (a few words,
as spaces part them) is no headline here.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

CASES = {  # language: (the printed headline, the reworded sharing title, a sentence of the story)
    "en": ("Council votes to keep the night ferry running through the winter",
           "Night ferry saved: what the council decided and why it matters",
           "The council met on Tuesday evening and heard from residents who rely on the late crossing."),
    "nl": ("Gemeente trekt extra geld uit voor onderhoud van fietspaden",
           "Fietspaden krijgen opknapbeurt: dit gaat er veranderen",
           "De gemeenteraad stemde dinsdagavond in met een voorstel om extra te investeren in fietsnetwerk."),
    "ru": ("Власти Екатеринбурга утвердили план ремонта дорог на следующий год",
           "Какие дороги отремонтируют в Екатеринбурге в следующем году",
           "Городская дума во вторник утвердила перечень улиц, на которых пройдет ремонт покрытия."),
    "ko": ("서울시, 내년부터 노후 주택 개선 사업 본격 추진",
           "노후 주택 개선 사업 내년 본격화…무엇이 달라지나",
           "서울시는 화요일 기자회견을 열고 내년부터 추진할 노후 주택 개선 사업의 구체적인 계획을 발표했다."),
    "vi": ("Thành phố phê duyệt kế hoạch xây dựng tuyến metro số hai",
           "Tuyến metro số hai: những điều người dân cần biết",
           "Ủy ban nhân dân thành phố hôm thứ Ba đã phê duyệt kế hoạch xây dựng tuyến metro nối trung tâm."),
    "hi": ("राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी", "किसानों के लिए नई योजना: जानिए क्या है खास",
           "राज्य मंत्रिमंडल ने मंगलवार को सूखे से प्रभावित किसानों को राहत देने के लिए नई योजना को मंजूरी दी।"),
    "pt": ("Prefeitura anuncia reforma completa do hospital municipal até o fim do ano",
           "Hospital municipal: entenda o que muda com a reforma",
           "A prefeitura apresentou nesta terça-feira o cronograma das obras, que começam no próximo mês."),
}
SITE = "Harbour Times"
URL = "https://www.harbourtimes.example/news/2025/03/11/story-1042.html"


def _title(lang: str, main: str, reworded: bool = True) -> str | None:
    headline, shared, _ = CASES[lang]
    title = shared if reworded else headline
    page = (f"<html lang='{lang}'><head><title>{title} | {SITE}</title>"
            f"<meta property='og:title' content=\"{title}\"><meta property='og:site_name' content='{SITE}'>"
            "</head><body><header><a href='/' class='logo'><img src='/logo.svg' alt='Harbour Times'></a>"
            "</header>"
            f"{main}<aside><h3>Most read</h3><ul><li><a href='/a/1'>Weather warning for the coast tonight</a>"
            f"</li></ul></aside><footer><p>© 2025 {SITE}</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


def _prose(lang: str) -> str:
    sentence = CASES[lang][2]
    return "".join(f"<p>{sentence} {sentence}</p>" for _ in range(6))


LAYOUTS = {
    "h2": lambda h, p: f"<div class='content'><h2 class='title'>{h}</h2><div class='text'>{p}</div></div>",
    "h3": lambda h, p: f"<div class='post'><h3 class='post-heading'>{h}</h3><div>{p}</div></div>",
    "div": lambda h, p: f"<div class='detail'><div class='news-title'>{h}</div><div>{p}</div></div>",
    "span": lambda h, p: f"<div class='nota'><span class='titulo'>{h}</span><div>{p}</div></div>",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang", CASES)
def test_the_heading_over_the_text_is_the_headline_under_reworded_titles(lang: str, layout: str) -> None:
    headline = CASES[lang][0]
    assert _title(lang, LAYOUTS[layout](headline, _prose(lang))) == headline


@pytest.mark.parametrize(("lang", "label"), [("en", "What we know so far today"),
                                             ("pt", "O que se sabe até agora")])
def test_a_label_over_the_text_sharing_no_word_is_no_headline(lang: str, label: str) -> None:
    assert _title(lang, LAYOUTS["h2"](label, _prose(lang))) == CASES[lang][1]


def test_a_standfirst_in_an_h2_is_no_headline() -> None:
    standfirst = "The council met on Tuesday evening and voted to keep the night ferry running all winter."
    assert _title("en", f"<div class='content'><h2>{standfirst}</h2>{_prose('en')}</div>") == CASES["en"][1]


def test_a_subheading_after_the_lead_is_no_headline() -> None:
    prose = _prose("en")
    first, rest = prose.split("</p>", 1)
    main = f"<div class='story'>{first}</p><h2>Why the night ferry council vote matters</h2>{rest}</div>"
    assert _title("en", main) == CASES["en"][1]


@pytest.mark.parametrize("lang", CASES)
@pytest.mark.parametrize("h1", ["<h1 class='brand-name'>Harbour Times</h1>",
                                "<h1 class='section'>Local News</h1>", "<h1>दैनिक समाचार</h1>"])
def test_an_h1_naming_the_site_or_a_section_leaves_the_heading_over_the_text(lang: str, h1: str) -> None:
    headline = CASES[lang][0]
    assert _title(lang, f"<div class='top'>{h1}</div>{LAYOUTS['h2'](headline, _prose(lang))}") == headline


def test_an_h1_headline_over_the_text_stays() -> None:
    main = (f"<main><article><h1>{CASES['en'][0]}</h1><h2>Night ferry crossing times for the winter</h2>"
            f"{_prose('en')}</article></main>")
    assert _title("en", main) == CASES["en"][0]
