"""What a tab or sharing title carries beside the headline that the page does not print (issue 14),
where no <h1> prints the headline:
- a day written with its month's name between the headline and the site's name ("Headline - 12 апреля
  2024 - Site", "- 12. April 2024 -", "- 12 de abril de 2024 -", "| April 12, 2024 |", "2024年4月12日"),
  or after the headline alone: only a day in digits was read as one;
- a page's counter in brackets ("…を可決（1/2） - Site", "Headline (2/3)");
- labels in Chinese, Japanese, Korean and Vietnamese: before a full-width colon or bar ("直播｜",
  "快讯：", "独家："), in Japanese angle brackets ("＜速報＞"), "TRỰC TIẾP:", and after the headline in
  brackets of any width ("【图】", "[영상]", "(FOTO)", "[FOTO]", "(with video)").
Guards: a day among the headline's words, a short headline before a counter, words that open
with a label's characters ("直播带货：", "图书馆："), a speaker before a full-width colon.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.qsd-news.example/world/2024/04/12/council-approves-budget-98765.html"
EN = "Council approves new budget for harbour repairs"
RU = "Горсовет утвердил новый бюджет на ремонт порта"
DE = "Stadtrat beschließt neuen Haushalt für den Hafen"
ES = "El gobierno aprueba el nuevo presupuesto del puerto"
JA = "市議会が港湾修繕の新予算を可決"
ZH = "市议会通过港口维修新预算"
ZH_HANT = "市議會通過港口維修新預算"
KO = "시의회, 항만 보수 새 예산안 통과"
VI = "Hội đồng thông qua ngân sách mới sửa cảng"
PL = "Rada miasta przyjęła nowy budżet na remont portu"
HR = "Gradsko vijeće usvojilo novi proračun za luku"


def _title(tab: str, url: str = URL, lang: str = "en") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("tab", "url", "headline", "lang"), [
    (f"{RU} - 12 апреля 2024 - Фонтанка.Ру", "https://www.fontanka.ru/2024/04/12/123/", RU, "ru"),
    (f"{DE} - 12. April 2024 - Hafenblatt", "https://www.hafenblatt.de/x-123", DE, "de"),
    (f"{ES} - 12 de abril de 2024 - Diario del Puerto", "https://www.diariodelpuerto.es/x", ES, "es"),
    (f"{EN} | April 12, 2024 | Quayside Chronicle", "https://www.quaysidechronicle.example/x", EN, "en"),
    (f"{JA} - 2024年4月12日 - 港湾新報", "https://www.kowan-shimpo.example/x", JA, "ja"),
    (f"{RU} - 12 апреля 2024", URL, RU, "ru"),  # no site's name after it
])
def test_a_written_day_beside_the_sites_name_goes(tab: str, url: str, headline: str, lang: str) -> None:
    assert _title(tab, url, lang) == headline


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"{JA}（1/2） - 東洋経済オンライン", JA, "ja"),
    (f"{EN} (2/3) | Quayside Chronicle", EN, "en"),
    (f"{DE} (1/4)", DE, "de"),
])
def test_a_pages_counter_in_brackets_goes(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang=lang) == headline


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"直播｜{ZH}", ZH, "zh"),
    (f"快讯：{ZH}", ZH, "zh"),
    (f"独家：{ZH}", ZH, "zh"),
    (f"快訊：{ZH_HANT}", ZH_HANT, "zh"),
    (f"＜速報＞{JA}", JA, "ja"),
    (f"TRỰC TIẾP: {VI}", VI, "vi"),
    (f"{ZH}【图】", ZH, "zh"),
    (f"{KO} [영상]", KO, "ko"),
    (f"{PL} (FOTO)", PL, "pl"),
    (f"{HR} [FOTO]", HR, "hr"),
    (f"{EN} (with video)", EN, "en"),
])
def test_a_label_in_more_scripts_and_brackets_goes(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang=lang) == headline


@pytest.mark.parametrize(("tab", "lang"), [
    ("Storm of 12 April 2024 floods the harbour - and the town", "en"),  # a day in the headline's words
    ("Budget approved (1/2)", "en"),  # a headline of two words
    (f"直播带货：{ZH}", "zh"),  # "live-stream selling", not the label
    (f"图书馆：{ZH}", "zh"),  # "library"
    (f"外交部：{ZH}", "zh"),  # a speaker
])
def test_other_words_stay(tab: str, lang: str) -> None:
    assert _title(tab, lang=lang) == tab
