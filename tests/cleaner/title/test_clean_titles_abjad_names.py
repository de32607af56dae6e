"""A site's name in Arabic, Persian or Hebrew letters before the headline ("الجزيرة نت : Headline",
"هسبريس : Headline", "تسنیم : Headline") where no tag names the site (issue 14): the host spells the name
in Latin letters, and an abjad writes no short vowels, so the name is told by its consonants
(``sitekeys.abjad_skeleton``: "الجزيرة نت" and "aljazeera.net" are both "ljzrnt"). Guards: a topic before
the colon whose consonants are not the host's, and one of three consonants that a short host's happen to
be ("مصر", Egypt, on masrawy.com), stay; a name after the headline goes as before."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitekeys import abjad_skeleton

ARABIC = "مجلس المدينة يقر الميزانية الجديدة بعد نقاش طويل"
PERSIAN = "بودجه شهر پس از بحث طولانی تصویب شد"
HEBREW = "מועצת העיר אישרה את התקציב החדש אחרי דיון ארוך"


def _title(tab: str, url: str, lang: str = "ar") -> str | None:
    page = (f"<html lang='{lang}' dir='rtl'><head><title>{tab}</title></head><body><main><article>"
            f"<div class='article-body'>{STORY_PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("tab", "url", "lang", "headline"), [
    (f"الجزيرة نت : {ARABIC}", "https://www.aljazeera.net/news/2024/4/12/budget", "ar", ARABIC),
    (f"هسبريس : {ARABIC}", "https://www.hespress.com/budget-123.html", "ar", ARABIC),
    (f"تسنیم : {PERSIAN}", "https://www.tasnimnews.com/fa/news/1403/01/24/123/budget", "fa", PERSIAN),
    (f"גלובס : {HEBREW}", "https://www.globes.co.il/news/article.aspx?did=123", "he", HEBREW),
])
def test_a_name_the_host_spells_in_latin_goes(tab: str, url: str, lang: str, headline: str) -> None:
    assert _title(tab, url, lang) == headline


@pytest.mark.parametrize(("tab", "url"), [
    (f"غزة : {ARABIC}", "https://www.aljazeera.net/news/2024/4/12/budget"),
    (f"مصر : {ARABIC}", "https://www.masrawy.com/news/budget-123"),
    (f"السودان : {ARABIC}", "https://www.hespress.com/budget-123.html"),
])
def test_a_topic_stays(tab: str, url: str) -> None:
    assert _title(tab, url) == tab


@pytest.mark.parametrize(("name", "host"), [
    ("الجزيرة نت", "aljazeeranet"), ("المصري اليوم", "almasryalyoum"), ("خبرآنلاین", "khabaronline"),
    ("כלכליסט", "calcalist"), ("ישראל היום", "israelhayom"),
])
def test_the_consonants_agree(name: str, host: str) -> None:
    assert abjad_skeleton(name) == abjad_skeleton(host) != ""
