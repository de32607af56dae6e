"""The headline a theme prints in a block or heading it names as the post's title ("<h2 class='post-title'>",
"<div class='article-headline'>") over the text, where no <h1> is a headline and the sharing and tab titles
were reworded for search engines with no word of five letters in common with it (issue 14): "Мост через
Обь: депутаты одобрили кредит | СибНовости" over "<h2 class='post-title'>Город, который поставил всё на
мост</h2>". The heading over the text stood only where it shared such a word with a title
(``title_forms.touches``), so the reworded title was returned. Now the one text so named, not a link,
outside asides, navigation and footer, with none of the text's prose before it and no standfirst, of five
words or more, is the headline (``headings.post_title_opening``). Guards: an unnamed <h2> over the text
(a label, "What we know so far about the vote"), a named heading below the text's prose, a linked
named heading (a teaser), two named headings of different texts, an <h1> headline over the text.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

CASES = {  # lang: (printed headline, reworded title, a paragraph of prose)
    "ru": ("Город, который поставил всё на мост", "Мост через Обь: депутаты одобрили кредит",
           "Решение было принято после нескольких месяцев обсуждений с жителями, предпринимателями и "
           "представителями транспортных компаний региона."),
    "ar": ("المدينة التي راهنت على جسر", "مشروع الجسر: المجلس يوافق على قرض بقيمة 40 مليون",
           "وقالت السلطات إن القرار جاء بعد أشهر من المشاورات مع السكان والشركات وهيئات النقل في مختلف "
           "أنحاء المنطقة."),
    "ko": ("다리 하나에 모든 것을 건 마을", "교량 사업 400억 대출 승인",
           "관계 당국에 따르면 이번 결정은 주민과 기업, 교통 관련 단체와 수개월간 협의를 거친 끝에 "
           "내려졌다."),
    "zh": ("一座把一切押在桥上的小镇", "大桥项目获批四亿元贷款",
           "记者从有关部门获悉，该项决定是在与居民、企业和交通部门进行了数月的协商之后作出的，"
           "相关方案已经公开征求意见。"),
    "vi": ("Thị trấn đặt cược tất cả vào một cây cầu", "Dự án cầu: HĐND thông qua khoản vay 400 tỷ",
           "Theo cơ quan chức năng, quyết định được đưa ra sau nhiều tháng tham vấn với người dân, doanh "
           "nghiệp và các đơn vị vận tải."),
    "sr": ("Grad koji je sve uložio u most", "Most: skupština odobrila kredit od 40 miliona",
           "Odluka je doneta nakon višemesečnih konsultacija sa građanima, privrednicima i predstavnicima "
           "prevoznika iz celog regiona."),
}
URL = "https://www.sibnews.example/news/2026/11/20/most-kredit-123456"


def _title(lang: str, head: str, tail: str = "") -> str | None:
    _, seo, prose = CASES[lang]
    body = "".join(f"<p>{prose} ({n})</p>" for n in range(8))
    page = (f"<html lang='{lang}'><head><title>{seo} | Site News</title>"
            f"<meta property='og:title' content=\"{seo}\"></head><body>"
            "<header><h1 class='logo'><a href='/'>Site News</a></h1>"
            "<nav><a href='/news'>News</a></nav></header>"
            f"<main><article class='post'>{head}<div class='meta'><time>20.11.2026</time></div>"
            f"<div class='entry-content'>{body}</div>{tail}</article></main>"
            "<footer><p>© 2026 Site News</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("block", ["<h2 class='post-title'>{}</h2>", "<div class='article-headline'>{}</div>",
                                   "<h3 class='entry-title'>{}</h3>"])
def test_the_heading_named_as_the_posts_title_over_the_text_is_the_headline(lang: str, block: str) -> None:
    assert _title(lang, block.format(CASES[lang][0])) == CASES[lang][0]


def test_an_unnamed_heading_over_the_text_sharing_no_word_gives_way() -> None:
    assert _title("sr", "<h2>Šta znamo do sada o ovoj priči</h2>") == CASES["sr"][1]


def test_a_named_heading_after_the_prose_is_no_headline() -> None:
    tail = "<h2 class='post-title'>Grad koji je sve uložio u most</h2><p>Kratak tekst ispod.</p>"
    assert _title("sr", "", tail) == CASES["sr"][1]


def test_a_linked_named_heading_is_a_teaser() -> None:
    head = "<h2 class='post-title'><a href='/news/other-1'>Grad koji je sve uložio u most</a></h2>"
    assert _title("sr", head) == CASES["sr"][1]


def test_two_named_headings_of_different_texts_are_no_evidence() -> None:
    head = ("<div class='article-headline'>Grad koji je sve uložio u most</div>"
            "<h2 class='post-title'>Drugi naslov za ovu vest danas</h2>")
    assert _title("sr", head) == CASES["sr"][1]


def test_an_h1_headline_over_the_text_stays() -> None:
    head = ("<h1 class='title'>Grad koji je sve uložio u most</h1>"
            "<h2 class='post-title'>Drugi naslov za ovu vest danas</h2>")
    assert _title("sr", head) == "Grad koji je sve uložio u most"
