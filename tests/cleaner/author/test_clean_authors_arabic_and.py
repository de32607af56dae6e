"""Arabic bylines (issue 14): two names joined by "و" (and) glued to the second ("محمد أحمد وخالد يوسف",
"كتب: ... و..."), read as one name before; the Gulf's and Syria's agencies in a dateline as their press
writes them ("أبوظبي في 3 ديسمبر / وام /": WAM; SPA "واس", SANA "سانا"), which went to the outlet."""

from __future__ import annotations

import pytest

from cleaner.author.byline_text import byline_language
from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_TEXT = ("عقدت وزارة الخارجية اليوم الأربعاء اجتماعا موسعا مع ممثلي عدد من الدول لبحث سبل تعزيز التعاون "
         "في مجال الأمن السيبراني وحماية البنية التحتية الحيوية في المنطقة.")


def _page(*, byline: str = "", first: str = "") -> str:
    return ("<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>عنوان الخبر - الموقع</title>"
            "<meta property='og:site_name' content='الموقع'></head><body><header><a href='/'>الموقع</a>"
            f"</header><article><h1>عنوان الخبر اليوم</h1>{byline}<p>{first}{_TEXT}</p><p>{_TEXT}</p>"
            f"<p>{_TEXT}</p></article><footer><p>© 2024 الموقع</p></footer></body></html>")


@pytest.mark.parametrize(("text", "names"), [
    ("محمد أحمد وخالد يوسف", ["محمد أحمد", "خالد يوسف"]),
    ("كتب: محمد أحمد وخالد يوسف", ["محمد أحمد", "خالد يوسف"]),
    ("سارة علي ووفاء حسن", ["سارة علي", "وفاء حسن"]),
    # guards: a given name that opens with "و" (one man's four names), two words, a spaced "و" as before
    ("أحمد محمد وليد حسن", ["أحمد محمد وليد حسن"]),
    ("محمد وليد", ["محمد وليد"]),
    ("محمد أحمد و خالد يوسف", ["محمد أحمد", "خالد يوسف"]),
])
def test_arabic_and_glued_to_the_second_name(text: str, names: list[str]) -> None:
    with byline_language("ar"):
        assert byline_names(text) == names


def test_glued_and_on_a_page_and_not_in_another_language() -> None:
    page = _page(byline="<div class='article-author'>محمد أحمد وخالد يوسف</div>")
    assert extract(page).authors == ["محمد أحمد", "خالد يوسف"]
    with byline_language("fa"):
        assert byline_names("محمد أحمد وخالد يوسف") == ["محمد أحمد وخالد يوسف"]


@pytest.mark.parametrize(("first", "names"), [
    ("أبوظبي في 3 ديسمبر / وام / ", ["وام"]),
    ("دمشق في 3 ديسمبر / سانا / ", ["سانا"]),
    # guard: as before
    ("الكويت - 3 - 12 (كونا) -- ", ["كونا"]),
])
def test_gulf_agencies_in_a_dateline(first: str, names: list[str]) -> None:
    assert extract(_page(first=first)).authors == names
