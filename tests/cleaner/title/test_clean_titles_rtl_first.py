"""Tab titles that set the site's name FIRST ("Site - Headline", "Site :: Headline"), as right-to-left
news sites do (Arabic, Hebrew, Persian, Urdu), where nothing names the site (no site-name tag, a
domain in Latin letters, a logo with no alt) and the page prints the headline in no <h1> (issue 14):
- a plain <h1> that is the title's first segment, a name of a few words outside the article's text,
  before a headline of a sentence's length, is the site's name (it was chosen as the headline);
- before a right-to-left headline, the name and sections after it (up to three segments of a few
  words) before a spaced pipe, dash or " :: " go (only one name before " | " was read as set apart), and
  such a headline after a site's name and another segment is no slogan; " :: " in any script.
Guards: a headline that opens with a dash of its own ("مصر - السودان: ..."), a Latin "Name - Headline"
with nothing to tell the name (as often a headline's own), a Title Case <h1> over the text that a
title continues after a dash."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
AR = "الحكومة تعلن خطة جديدة لإصلاح الميناء بعد أشهر من الجدل"
FA = "دولت طرح جدیدی برای بازسازی بندر پس از ماه‌ها بحث اعلام کرد"
HE = "הממשלה מאשרת תוכנית חדשה לשיקום הנמל לאחר חודשים של ויכוחים"
UR = "حکومت نے بندرگاہ کی مرمت کے لیے نئے منصوبے کا اعلان کر دیا"
HEADLINE = "Council approves new budget for harbour repairs after long dispute"
URL = "https://www.bandar-news.example/news/2024/04/12/98765.html"
LOGO = "<a href='/' class='logo'><img src='/logo.png'></a>"


def _title(tab: str, header: str = LOGO, article: str = "", lang: str = "ar", og: bool = True) -> str | None:
    meta = f"<meta property='og:title' content=\"{tab}\">" if og else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{meta}</head><body>"
            f"<header>{header}<nav><a href='/world'>World</a></nav></header>"
            f"<main><article>{article}<div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("name", "headline", "lang"), [
    ("اليوم السابع", AR, "ar"), ("خبرگزاری بندر", FA, "fa"), ("וואלה חדשות", HE, "he"),
    ("ایکسپریس اردو", UR, "ur"), ("Harbour Evening Post", HEADLINE, "en")])
@pytest.mark.parametrize("separator", [" - ", " | ", " :: "])
@pytest.mark.parametrize("article", ["", "<h2 class='article-title'>{headline}</h2>"])
def test_a_plain_h1_that_is_the_titles_first_segment_is_the_sites_name(
        name: str, headline: str, lang: str, separator: str, article: str) -> None:
    assert _title(f"{name}{separator}{headline}", f"<h1>{name}</h1>{LOGO}",
                  article.format(headline=headline), lang) == headline


@pytest.mark.parametrize(("name", "headline", "lang"), [
    ("اليوم السابع", AR, "ar"), ("ایسنا", FA, "fa"), ("וואלה חדשות", HE, "he"), ("ایکسپریس اردو", UR, "ur"),
    ("BBC News عربي", AR, "ar")])
@pytest.mark.parametrize("separator", [" - ", " – ", " — ", " :: "])
@pytest.mark.parametrize("og", [True, False])
def test_a_name_before_a_right_to_left_headline_goes(name: str, headline: str, lang: str, separator: str,
                                                     og: bool) -> None:
    assert _title(f"{name}{separator}{headline}", lang=lang, og=og) == headline
    logo_h1 = f"<h1 class='logo'>{LOGO}</h1>"
    assert _title(f"{name}{separator}{headline}", logo_h1, lang=lang, og=og) == headline


@pytest.mark.parametrize(("title", "headline", "lang"), [
    (f"الجزيرة نت | سياسة | {AR}", AR, "ar"),  # the name, then a section
    (f"الجزيرة نت - سياسة - {AR}", AR, "ar"),
    (f"أخبار السعودية | صحيفة عكاظ - {AR}", AR, "ar"),
    (f"خبرگزاری بندر | اخبار ایران و جهان | Bandar News Agency - {FA}", FA, "fa"),  # not a slogan after it
    (f"خبرگزاری بندر | Bandar | {FA}", FA, "fa"),
    (f"masrawy - {AR}", AR, "ar"),  # a name in Latin letters, lower case
    (f"اليوم السابع - وزير المالية: {AR}", f"وزير المالية: {AR}", "ar"),  # a speaker before a colon
])
def test_a_name_and_sections_before_a_right_to_left_headline_go(title: str, headline: str, lang: str) -> None:
    assert _title(title, lang=lang) == headline


def test_a_double_colon_sets_a_name_apart_in_any_script() -> None:
    assert _title(f"Harbour Evening Post :: {HEADLINE}", lang="en") == HEADLINE


@pytest.mark.parametrize(("title", "lang"), [
    ("مصر - السودان: اتفاق جديد على تقاسم مياه النيل بعد مفاوضات طويلة", "ar"),  # a pair before a colon
    ("الحكومة - تعلن", "ar"),  # no headline of a sentence's length after the dash
    (f"Harbour Evening Post - {HEADLINE}", "en"),  # Latin: a name before a dash is as often a headline's own
    (f"Harbour Evening Post – {HEADLINE}", "en"),
])
def test_a_dash_of_the_headlines_own_stays(title: str, lang: str) -> None:
    assert _title(title, lang=lang) == title


def test_a_title_case_h1_over_the_text_that_the_title_continues_stays() -> None:
    h1 = "Storm Floods Harbour Town"
    tab = f"{h1} - what we know so far about the damage and the repairs"
    assert _title(tab, article=f"<h1>{h1}</h1>", lang="en") == h1


def test_the_h1_headline_after_the_name_is_printed_whole() -> None:
    # The <h1> is the headline, the title's first segment the site's: not the other way round.
    assert _title(f"اليوم السابع - {AR}", article=f"<h1>{AR}</h1>") == AR


def _wrapped(tab: str, header: str, lang: str = "ar") -> str | None:
    # One wrapper around the masthead and the article: the <h1> in the masthead opens the page's prose.
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><div id='page'>{header}"
            f"<main><article><div class='article-body'>{BODY}</div></article></main></div></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("name", "headline", "lang"), [
    ("سكاي نيوز عربية", AR, "ar"), ("Harbour Evening Post", HEADLINE, "en")])
def test_a_name_of_three_words_in_the_masthead_over_the_text_is_the_sites(name: str, headline: str,
                                                                          lang: str) -> None:
    header = f"<header><h1>{name}</h1><nav><a href='/world'>World</a></nav></header>"
    assert _wrapped(f"{name} - {headline}", header, lang) == headline


@pytest.mark.parametrize("header", [
    "<header class='entry-header'><h1>{h1}</h1></header>",  # a story's header
    "<div class='top'><h1>{h1}</h1></div>",  # no masthead
])
def test_a_title_case_headline_over_the_text_outside_a_masthead_stays(header: str) -> None:
    h1 = "Storm Floods Harbour Town"
    tab = f"{h1} - what we know so far about the damage and the repairs"
    assert _wrapped(tab, header.format(h1=h1), "en") == h1
