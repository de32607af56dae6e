"""An Arabic site's name before the headline that the page names only in Latin letters (issue 14):
"الشرق الأوسط: Headline" where og:site_name or the logo says "Asharq Al-Awsat", or the host spells it
("asharq-alawsat.com"); "الدستور: Headline" on addustour.com. Latin spellings assimilate the article's
lam before a "sun" letter ("ash-Sharq", "ad-Dustour"), so the name's consonants did not match the
host's or the Latin name's (``sitekeys.abjad_skeleton``: "~lsrklst" against "~srklst"), and a declared
Latin name had no consonant key at all. Now an Arabic name's keys are taken with and without such an
article, and a declared Latin name of two words or more has one (for abjad segments only).
Guards: a topic before the colon ("السودان: Headline") stays; "الجزيرة نت : Headline" on aljazeera.net
(a moon letter, the lam spelled) goes as before; a Latin segment is not matched by consonants.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
AR = "استمرار خدمة العبارات خلال الشتاء بعد تصويت المجلس"
EN = "Ferry service to run through winter after council vote"


def _title(tab: str, url: str, site: str = "", logo: str = "", lang: str = "ar") -> str | None:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            f"{meta}</head><body><header><a href='/' class='logo'><img src='/logo.png' alt='{logo}'></a>"
            "</header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("tab", "url", "site", "logo"), [
    (f"الشرق الأوسط: {AR}", "https://aawsat.com/node/4960123", "Asharq Al-Awsat", ""),
    (f"الشرق الأوسط: {AR}", "https://aawsat.com/node/4960123", "", "Asharq Al-Awsat"),
    (f"الشرق الأوسط: {AR}", "https://www.asharq-alawsat.com/node/4960123", "", ""),
    (f"الدستور: {AR}", "https://www.addustour.com/articles/1412345", "", ""),
    (f"الدستور | {AR}", "https://www.addustour.com/articles/1412346", "", ""),
])
def test_an_arabic_name_the_page_spells_in_latin_letters_goes(tab: str, url: str, site: str,
                                                               logo: str) -> None:
    assert _title(tab, url, site, logo) == AR


@pytest.mark.parametrize(("tab", "url", "site", "headline"), [
    (f"{AR} | الشرق الأوسط", "https://aawsat.com/node/4960124", "Asharq Al-Awsat", AR),
    (f"الجزيرة نت : {AR}", "https://www.aljazeera.net/news/2024/4/12/x", "", AR),
    (f"السودان: {AR}", "https://aawsat.com/node/4960125", "Asharq Al-Awsat", f"السودان: {AR}"),
])
def test_other_arabic_titles_are_as_before(tab: str, url: str, site: str, headline: str) -> None:
    assert _title(tab, url, site) == headline


def test_a_latin_segment_is_not_matched_by_its_consonants() -> None:
    tab = f"Cost Pest: {EN}"
    assert _title(tab, "https://www.coastpost.example/news/1", "Coast Post", lang="en") == tab
