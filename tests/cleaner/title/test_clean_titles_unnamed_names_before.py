"""Site and section names in a tab title that nothing but their shape, the host or the logo tells
(issue 14), where no <h1> prints the headline:
- a site's name of two characters that only the host spells ("Headline | g1" on g1.globo.com, "- ge"
  on ge.globo.com; a subdomain with a digit is a name, "www1" or "m2" a server's number); a declared
  site name of two ("DW") counts too;
- the site's name and a section's before the headline, each set apart by " | " or " :: " ("Quayside |
  World | Headline"): only one name before a pipe was cut;
- a right-to-left site's name that says it is a paper, portal, agency or channel before a colon
  ("صحيفة سبق: Headline", "خبرگزاری بندر: ...", "روزنامہ ...: ...");
- a right-to-left name before a colon that the page's logo gives ("الشرق الأوسط: Headline"): the logo
  was read only for a title with a separator (a Latin "Name: Headline" is still not read for it).
Guards: a segment of two characters the host does not spell, a headline with a pipe of its own or of
three words, names longer than the headline, dashes ("Name - Section - Headline" is as often a
headline's), a topic, a speaker or a name with no evidence before a colon, a Latin name or topic before a
colon beside a logo.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitekeys import site_keys

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
LOGO = "<a href='/' class='logo'><img src='/logo.png'></a>"
URL = "https://www.qsd-news.example/world/2024/04/12/council-approves-budget-98765.html"
EN = "Council approves new budget for harbour repairs after long dispute"
PT = "Governo anuncia novo plano para reformar o porto de Santos"
DE = "Stadtrat beschließt neuen Haushalt für die Sanierung des Hafens"
ES = "El gobierno anuncia un nuevo plan para reformar el puerto"
FR = "Le conseil adopte un nouveau budget pour rénover le port"
RU = "Городской совет утвердил новый бюджет на ремонт порта"
TR = "Belediye meclisi liman onarımı için yeni bütçeyi onayladı"
AR = "الحكومة تعلن خطة جديدة لإصلاح الميناء بعد أشهر من الجدل"
FA = "دولت طرح جدیدی برای بازسازی بندر پس از ماه‌ها بحث اعلام کرد"
UR = "حکومت نے بندرگاہ کی مرمت کے لیے نئے منصوبے کا اعلان کر دیا"
HE = "הממשלה מאשרת תוכנית חדשה לשיקום הנמל לאחר חודשים של ויכוחים"


def _title(tab: str, url: str = URL, lang: str = "en", header: str = LOGO,
           site: str | None = None) -> str | None:
    meta = f"<meta property='og:title' content=\"{tab}\">"
    if site:
        meta += f"<meta property='og:site_name' content='{site}'>"
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{meta}</head><body>"
            f"<header>{header}<nav><a href='/world'>World</a></nav></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


G1 = "https://g1.globo.com/economia/noticia/2024/04/12/governo-anuncia-plano.ghtml"
GE = "https://ge.globo.com/futebol/noticia/2024/04/12/clube-anuncia-plano.ghtml"


@pytest.mark.parametrize(("tab", "url", "headline", "lang"), [
    (f"{PT} | g1", G1, PT, "pt"),
    (f"{PT} - g1", G1, PT, "pt"),
    (f"{PT} | ge", GE, PT, "pt"),
    (f"{DE} | br24", "https://www.br24.de/nachrichten/x-100.html", DE, "de"),
    (f"{DE} | n1", "https://n1.example-medien.de/politik/x-123.html", DE, "de"),
])
def test_a_name_of_two_characters_only_the_host_spells_goes(tab: str, url: str, headline: str,
                                                            lang: str) -> None:
    assert _title(tab, url, lang) == headline


def test_a_declared_site_name_of_two_letters_goes() -> None:
    assert _title(f"{DE} | DW", "https://www.example-welle.de/de/x/a-123", "de", site="DW") == DE


def test_a_subdomain_with_a_digit_is_a_key_a_servers_number_is_not() -> None:
    assert "g1" in site_keys(None, G1)
    assert {"www1", "m2"}.isdisjoint(site_keys(None, "https://www1.folha.com.br/x")
                                     | site_keys(None, "https://m2.example.com/x"))


@pytest.mark.parametrize(("tab", "url", "headline"), [
    (f"{PT} | ge", G1, f"{PT} | ge"),  # the host is g1's: "ge" is another site's, or the headline's
    (f"{PT} | uol", G1, f"{PT} | uol"),
])
def test_a_segment_of_two_characters_the_host_does_not_spell_stays(tab: str, url: str, headline: str) -> None:
    assert _title(tab, url) == headline


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"Quayside | World | {EN}", EN, "en"),
    (f"Quayside Chronicle | World News | {EN}", EN, "en"),
    (f"QUAYSIDE | Opinion | {EN}", EN, "en"),
    (f"Quayside :: World :: {EN}", EN, "en"),
    (f"Hafenblatt | Politik | {DE}", DE, "de"),
    (f"El Diario del Puerto | Nacional | {ES}", ES, "es"),
    (f"Le Quotidien du Port | Politique | {FR}", FR, "fr"),
    (f"Jornal do Porto | Economia | {PT}", PT, "pt"),
    (f"Портовые Вести | Политика | {RU}", RU, "ru"),
    (f"Liman Gazetesi | Gündem | {TR}", TR, "tr"),
    (f"Hafenblatt | Politik | Inland | {DE}", DE, "de"),  # two sections
])
def test_the_sites_name_and_a_section_before_the_headline_go(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang=lang) == headline


@pytest.mark.parametrize("tab", [
    f"Quayside | World | {EN} | Part two of the series",  # the headline holds a pipe of its own
    "Quayside | World | Council approves budget",  # a headline of three words
    "Quayside Chronicle and Evening Post | World News and Features | Harbour repairs approved at last",
    f"Quayside - World - {EN}",  # dashes: as often a headline's own
])
def test_names_before_a_headline_stay_where_the_shape_does_not_hold(tab: str) -> None:
    assert _title(tab) == tab


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"صحيفة سبق الإلكترونية: {AR}", AR, "ar"),
    (f"جريدة الرياض : {AR}", AR, "ar"),
    (f"بوابة الأهرام: {AR}", AR, "ar"),
    (f"موقع قناة المنار: {AR}", AR, "ar"),
    (f"خبرگزاری بندر: {FA}", FA, "fa"),
    (f"روزنامہ بندرگاہ: {UR}", UR, "ur"),
    (f"אתר הנמל: {HE}", HE, "he"),
])
def test_a_right_to_left_name_that_says_it_is_a_paper_goes_before_a_colon(tab: str, headline: str,
                                                                           lang: str) -> None:
    assert _title(tab, lang=lang) == headline


@pytest.mark.parametrize("tab", [
    f"مصر: {AR}",  # a topic
    f"وزير المالية: {AR}",  # a speaker
    f"الشرق الأوسط: {AR}",  # a name, or the region: nothing tells
])
def test_other_words_before_a_colon_stay_without_evidence(tab: str) -> None:
    assert _title(tab, lang="ar") == tab


@pytest.mark.parametrize(("tab", "name", "headline", "lang"), [
    (f"الشرق الأوسط: {AR}", "الشرق الأوسط", AR, "ar"),
    (f"صحيفة الشرق: {AR} (الشرق الأوسط)", "الشرق الأوسط", AR, "ar"),
])
def test_a_right_to_left_name_before_a_colon_that_the_logo_gives_goes(tab: str, name: str, headline: str,
                                                                      lang: str) -> None:
    logo = f"<a href='/' class='logo'><img src='/logo.png' alt='{name}'></a>"
    assert _title(tab, lang=lang, header=logo) == headline
    assert _title(tab, lang=lang, header=f"<a href='/' class='logo'>{name}</a>") == headline


def test_a_latin_name_or_topic_before_a_colon_stays_beside_a_logo() -> None:
    # "Topic: Headline" is too common a Latin form to read the logo and the footer for.
    logo = "<a href='/' class='logo'><img src='/logo.png' alt='Quayside Chronicle'></a>"
    assert _title(f"Brexit: {EN}", header=logo) == f"Brexit: {EN}"
    assert _title(f"Quayside Chronicle: {EN}", header=logo) == f"Quayside Chronicle: {EN}"
