"""A tab title that sets the site's name beside the headline with a separator written without spaces
("Council approves loan for new harbour bridge-Harbour Times", "Новости Сибири—Депутаты одобрили ...",
"Headline::Site", "Headline»Site") (issue 14): the separators read only spaced dashes, arrows and colons
(hyphenated words have the unspaced forms), so where no heading on the page prints the headline the
title came out whole, the site's name and all. Now (``sitenames._cut_unspaced_name``, asked where no
spaced separator nor a named affix cut anything) the segment after the last or before the first such mark
is cut where it is the site's name letter for letter (a key, or one with a few letters around it:
"HarbourTimes.com"), a headline of three words or more left. Guards: hyphenated words ("Covid-19",
"north-east", "Северо-Запад"), a compound place after a hyphen that names no site ("Berlin-Mitte"),
two words left beside the name.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitenames import strip_site

CASES = [  # (lang, headline, site name, separator, address)
    ("en", "Council approves loan for new harbour bridge", "Harbour Times", "-", "https://harbourtimes.example/n/1"),
    ("en", "Council approves loan for new harbour bridge", "Harbour Times", "::", "https://harbourtimes.example/n/1"),
    ("en", "Council approves loan for new harbour bridge", "HarbourTimes.com", "-", "https://harbourtimes.example/n/1"),
    ("ru", "Депутаты одобрили кредит на строительство моста", "Новости Сибири", "—", "https://nsib.example/news/1"),
    ("tr", "Belediye meclisi köprü kredisini onayladı", "Ege Haber", "-", "https://egehaber.example/gundem/1"),
    ("vi", "Hội đồng thành phố thông qua khoản vay xây cầu", "Báo Sông Hàn", "-", "https://songhan.example/t/1.html"),
    ("ar", "المجلس البلدي يوافق على قرض لبناء الجسر الجديد", "صوت المدينة", "-", "https://sawt.example/news/1"),
]


def _title(lang: str, tab: str, site: str | None, url: str, shown: str) -> str | None:
    named = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{named}</head><body><main><article>"
            f"<p><strong>{shown}</strong></p>{prose(8)}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("lang", "headline", "site", "mark", "url"), CASES,
                         ids=[f"{case[0]}{case[3]}{case[2]}" for case in CASES])
def test_the_site_name_after_or_before_an_unspaced_separator_is_cut(lang: str, headline: str, site: str,
                                                                     mark: str, url: str) -> None:
    assert _title(lang, f"{headline}{mark}{site}", site, url, headline) == headline
    assert _title(lang, f"{site}{mark}{headline}", site, url, headline) == headline


@pytest.mark.parametrize("title", ["Covid-19 cases rise again in the north-east",
                                   "Anti-war protest draws thousands to Berlin-Mitte",
                                   "Северо-Запад получит новые поезда"])
def test_hyphenated_words_stay(title: str) -> None:
    assert _title("en", title, "Valley Post", "https://valleypost.example/n/1", title) == title
    assert strip_site(title, {"valleypost", "mitte19"}) == title


def test_two_words_beside_the_name_are_no_headline_to_cut_to() -> None:
    assert strip_site("Harbour Times-Council approves", {"harbourtimes"}) == "Harbour Times-Council approves"


def test_a_name_no_key_tells_stays() -> None:
    title = "Council approves loan for new harbour bridge-Harbour Times"
    assert strip_site(title, {"valleypost"}) == title
