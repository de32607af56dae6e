"""Titles with no headline on the page to compare with (issue 14): a kicker only the sharing or tab title
carries, in the words and brackets of more languages ("〈速報〉", "<영상> ", "فوری: ", "JUST NU - ",
"ΖΩΝΤΑΝΑ – ", "एक्सक्लूसिव – ", "בלעדי: "), was left in front of the headline; and a section's name after
the site's name before the headline ("中部新聞｜社会｜Headline", "Site | Local News | Headline") was left
in front of it (only the site's name was cut from the front; from the end, the short section names
beside the site's were cut already). Now those labels are cut (angle brackets only round a known
label), and after a leading site name, segments of one or two words not in lower case are cut too,
never the last. Guards: a work's title in angle brackets ("〈기생충〉 ..."), a Swedish headline opening
with "Just nu" in sentence case and no separator, a lower-case topic segment, a two-word headline last.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.kickers import strip_kicker

HEADLINES = {
    "ja": "市議会が新しい路面電車路線の建設計画を可決",
    "ko": "서울시, 내년부터 노후 주택 개선 사업 본격 추진",
    "fa": "دولت طرح جدید حمایت از کشاورزان را تصویب کرد",
    "sv": "Kommunen satsar miljoner på nya cykelbanor i centrum",
    "el": "Το δημοτικό συμβούλιο ενέκρινε τη νέα γραμμή τραμ",
    "hi": "राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी",
    "he": "הממשלה אישרה תוכנית חדשה לסיוע לחקלאים",
    "no": "Kommunen bruker millioner på nye sykkelveier i sentrum",
    "ru": "Власти утвердили план ремонта дорог на следующий год",
    "en": "Council votes to keep the night ferry running through the winter",
}


@pytest.mark.parametrize(("lang", "kicker"), [
    ("ja", "〈速報〉"), ("ko", "<영상> "), ("fa", "فوری: "), ("sv", "JUST NU - "), ("el", "ΖΩΝΤΑΝΑ – "),
    ("hi", "एक्सक्लूसिव – "), ("he", "בלעדי: "), ("no", "Siste nytt: "), ("fa", "ویدئو | "),
])
def test_a_label_in_more_languages_is_cut(lang: str, kicker: str) -> None:
    assert strip_kicker(kicker + HEADLINES[lang]) == HEADLINES[lang]


@pytest.mark.parametrize("title", ["〈기생충〉 칸 영화제 황금종려상 수상 쾌거",
                                   "Just nu råder full storm över hela västkusten"])
def test_a_work_in_brackets_or_a_headline_opening_so_stays(title: str) -> None:
    assert strip_kicker(title) == title


def _title(tab: str) -> str | None:
    site = tab.split("｜")[0] if "｜" in tab else tab.split(" | ")[0].split(" - ")[0]
    prose = "".join(f"<p>{HEADLINES['en']} as residents heard on Tuesday ({n}).</p>" for n in range(6))
    page = (f"<html><head><title>{tab}</title><meta property='og:site_name' content='{site}'></head><body>"
            f"<main><div class='story'>{prose}</div></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://www.example.com/news/2025/03/11/a1042").title


@pytest.mark.parametrize(("tab", "headline"), [
    (f"中部新聞｜社会｜{HEADLINES['ja']}", HEADLINES["ja"]),
    (f"Уральский вестник | Новости | {HEADLINES['ru']}", HEADLINES["ru"]),
    (f"Harbour Times | Local News | {HEADLINES['en']}", HEADLINES["en"]),
    (f"Harbour Times - Politics - 2025 - {HEADLINES['en']}", HEADLINES["en"]),
])
def test_a_section_after_a_leading_site_name_is_cut(tab: str, headline: str) -> None:
    assert _title(tab) == headline


@pytest.mark.parametrize(("tab", "headline"), [
    (f"Harbour Times | {HEADLINES['en']}", HEADLINES["en"]),
    (f"Harbour Times | storm season special | {HEADLINES['en']}",
     f"storm season special | {HEADLINES['en']}"),
    ("Harbour Times | Local News | Ferry Saved", "Ferry Saved"),
])
def test_what_is_no_short_section_stays(tab: str, headline: str) -> None:
    assert _title(tab) == headline
