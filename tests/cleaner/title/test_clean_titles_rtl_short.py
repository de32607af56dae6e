"""A right-to-left headline of three words or fewer after the site's name ("الجزيرة نت - غزة الآن",
"ynet - מלחמה בעזה") where no <h1> prints it (issue 14): the name before it goes only where a heading
on the page (an <h2>, ``role=heading``) prints those words, as the headline is then known; a headline of
four words or more after a name goes by its shape alone (``named_before_rtl``). Also a long site's name
before a headline shorter than twice its length ("اليوم السابع - قصف غزة الليلة"), which the printed
heading tells. Guards: with no heading that prints the short rest, the title stays whole; a heading that
prints other words tells nothing."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.bandar-news.example/news/2024/04/12/98765.html"


def _title(tab: str, heading: str = "", lang: str = "ar") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article>{heading}<div class='article-body'>{STORY_PROSE}</div></article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "headline", "tag", "lang"), [
    ("الجزيرة نت - غزة الآن", "غزة الآن", "h2", "ar"),
    ("الجزيرة نت | غزة الآن", "غزة الآن", "h3", "ar"),
    ("الجزيرة نت | سياسة | غزة الآن", "غزة الآن", "h2", "ar"),
    ("ynet - מלחמה בעזה", "מלחמה בעזה", "h2", "he"),
    ("اليوم السابع - قصف غزة الليلة", "قصف غزة الليلة", "h2", "ar"),
    ("خبرگزاری بندر - بودجه بندر تصویب شد", "بودجه بندر تصویب شد", "h2", "fa"),
])
def test_a_short_rtl_headline_a_heading_prints_loses_the_name(tab: str, headline: str, tag: str,
                                                              lang: str) -> None:
    assert _title(tab, f"<{tag}>{headline}</{tag}>", lang) == headline


def test_an_aria_heading_prints_it_too() -> None:
    assert _title("الجزيرة نت - غزة الآن", "<div role='heading'>غزة الآن</div>") == "غزة الآن"


@pytest.mark.parametrize(("tab", "heading"), [
    ("الجزيرة نت - غزة الآن", ""),
    ("اليوم السابع - قصف غزة الليلة", ""),
    ("الجزيرة نت - غزة الآن", "<h2>أخبار ذات صلة</h2>"),
    ("الجزيرة نت - غزة الآن", "<h2>غزة</h2>"),
])
def test_with_no_heading_that_prints_it_the_title_stays(tab: str, heading: str) -> None:
    assert _title(tab, heading) == tab
