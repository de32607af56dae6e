"""An unsigned wire story in Arabic whose dateline writes the day after the place with no comma and the
agency in brackets with no dash after it ("بكين 12 إبريل 2024 (شينخوا) اتفق ...", as Xinhua's Arabic
service and the Gulf agencies file) got no author: the bare dateline's pattern
(cleaner.author.author_datelines) wanted a comma before the day, and the agency list knew Reuters, AFP
and MENA only in Arabic. The day may now follow the place unseparated (its number, its month's word,
the year), and Xinhua, KUNA, Sputnik and dpa join the list in Arabic script. Guards: no agency in the
dateline, an agency's name later in the text, a Latin dateline that is no day ("12 days ago")."""

from __future__ import annotations

import pytest

from cleaner.author.author_datelines import dateline_agency
from cleaner.extract import extract

_TEXT = ("اتفق الجانبان على تعزيز التعاون في مجال ضمان أمن المعلومات الدولي وإجراء مشاورات منتظمة بين "
         "وزارتي الخارجية والأجهزة الأمنية في البلدين. ")


def _page(first: str) -> str:
    return ("<html lang='ar' dir='rtl'><head><title>الصين وروسيا تتعهدان بتعميق التعاون</title>"
            "<meta property='og:site_name' content='الوطن نيوز'></head><body><article>"
            "<h1>الصين وروسيا تتعهدان بتعميق التعاون</h1><div class='content'>"
            f"<p>{first}{_TEXT * 2}</p><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p></div></article></body></html>")


@pytest.mark.parametrize(("first", "agency"), [
    ("بكين 12 إبريل 2024 (شينخوا) ", "شينخوا"),
    ("الكويت 12 أبريل (كونا) ", "كونا"),
    ("موسكو 12 أبريل 2024 (سبوتنيك) ", "سبوتنيك"),
    ("القاهرة 12 أبريل (رويترز) ", "رويترز"),
])
def test_the_dateline_agency_signs(first: str, agency: str) -> None:
    assert extract(_page(first), "https://example.com/news/a").authors == [agency]


@pytest.mark.parametrize("first", ["بكين 12 إبريل 2024 ", "أعلنت الحكومة أمس أن وكالة شينخوا ذكرت "])
def test_no_agency_in_the_dateline_leaves_the_outlet(first: str) -> None:
    assert extract(_page(first), "https://example.com/news/a").authors == ["الوطن نيوز"]


def test_a_latin_text_with_no_day_stays() -> None:
    assert dateline_agency("Washington 12 days ago (AP) said the talks would go on.") is None
