"""A site's name left beside the headline where no site name tag names it and the domain spells it
only in part or not at all (issue 14): a language service's name ("BBC News Русская служба", its
words in two scripts and in lower case), a name a reader reads but the address does not spell
("Громадське радіо" on hromadske.radio, "Дзеркало тижня" on zn.ua). It goes by what the page itself
shows: its logo (a link home, or to the home of the edition or service the page is under, "/russian"
over "/russian/articles/...", holding an image: its alt, its hidden text, its aria-label) and the
titles of its feeds and search box (``<link rel="alternate" title="...">``); never by a list of
outlets. A picture linking elsewhere names nothing."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitekeys import feed_names
from cleaner.title.taglines import home_names

RU = "Совет одобрил план порта после долгого спора депутатов"
UK = "Рада схвалила план порту після тривалої суперечки депутатів"
PROSE = "".join(f"<p>Абзац {n}: депутаты вчера вечером проголосовали за план порта после долгого спора, "
                "сообщил источник.</p>" for n in range(6))


def _title(tab: str, url: str, head: str = "", masthead: str = "") -> str | None:
    page = lxml_html.fromstring(
        f"<html><head><title>{tab}</title>{head}</head><body><header>{masthead}</header>"
        f"<main><article><div class='story-body'>{PROSE}</div></article></main></body></html>")
    return page_metadata(page, url).title


CASES = [
    # (tab title, address, <head> beyond the title, masthead)
    (f"{RU} - BBC News Русская служба", "https://www.bbc.com/russian/articles/c4n0x1e2", "",
     "<a href='/russian' id='brandLink'><svg aria-hidden='true'></svg>"
     "<span class='visually-hidden'>BBC News, Русская служба</span></a>"),
    (f"{RU} - BBC News Русская служба", "https://www.bbc.com/russian/articles/c4n0x1e2", "",
     "<a href='https://www.bbc.com/russian' aria-label='BBC News Русская служба'><svg></svg></a>"),
    (f"{UK} | Громадське радіо", "https://hromadske.radio/news/2024/03/12/rada-skhvalyla", "",
     "<a href='/' class='logo'><img src='/img/logo.svg' alt='Громадське радіо'></a>"),
    (f"{UK} | Українська правда", "https://www.pravda.com.ua/news/2024/03/12/7446123/", "",
     "<a href='https://www.pravda.com.ua/'><img src='/i/up.svg' alt='Українська правда'></a>"),
    (f"{UK} | Українська правда", "https://www.pravda.com.ua/news/2024/03/12/7446123/", "",
     "<a href='/' class='main-logo' aria-label='Українська правда'></a><a href='/'>Головна</a>"),
    (f"{UK} | Громадське радіо", "https://hromadske.radio/news/2024/03/12/rada-skhvalyla", "",
     "<a href='https://hromadske.radio/' id='site-brand' title='Громадське радіо'></a>"),
    (f"{UK} | Дзеркало тижня", "https://zn.ua/ukr/POLITICS/rada-skhvalyla-plan.html",
     "<link rel='alternate' type='application/rss+xml' title='Дзеркало тижня | Новини' href='/rss/'>", ""),
    (f"{RU} - BBC News Русская служба", "https://www.bbc.com/russian/articles/c4n0x1e2",
     "<link rel='search' type='application/opensearchdescription+xml' title='BBC News Русская служба' "
     "href='/opensearch.xml'>", ""),
]


@pytest.mark.parametrize(("tab", "url", "head", "masthead"), CASES)
def test_the_name_the_page_shows_goes(tab, url, head, masthead):
    assert _title(tab, url, head, masthead) in (RU, UK)


def test_a_picture_linking_to_a_topic_names_no_site():
    masthead = "<a href='/news/topics/kyiv'><img src='/k.png' alt='Громадське радіо'></a>"
    tab = f"{UK} | Громадське радіо"
    assert _title(tab, "https://hromadske.radio/news/2024/03/12/rada-skhvalyla", "", masthead) == tab


@pytest.mark.parametrize(("tab", "url"), [
    (f"{RU} - BBC News Русская служба", "https://www.bbc.com/russian/articles/c4n0x1e2"),
    (f"{UK} - BBC News Україна", "https://www.bbc.com/ukrainian/articles/c4n0x1e2"),
    ("Meclis liman planını uzun tartışmaların ardından onayladı - VOA Türkçe",
     "https://www.voaturkce.com/a/meclis-liman-plani/7512345.html"),
    ("议会批准港口扩建计划 - BBC News 中文", "https://www.bbc.com/zhongwen/simp/articles/c4n0x1e2"),
    ("항만 계획 국회 통과…긴 논쟁 끝에 - BBC News 코리아", "https://www.bbc.com/korean/articles/c4n0x1e2"),
])
def test_a_service_of_the_site_the_address_names_goes(tab, url):
    """The last segment opens with the name the domain spells, then a service's name in a few words."""
    assert _title(tab, url) == tab.rsplit(" - ", 1)[0]


def test_a_headline_going_on_after_the_sites_name_stays():
    tab = f"{RU} - BBC admits mistakes in its coverage"
    assert _title(tab, "https://www.bbc.com/russian/articles/c4n0x1e2") == tab


def test_a_segment_nothing_names_stays():
    tab = f"{RU} - подробности и реакция"
    masthead = "<a href='/'><img src='/logo.svg' alt='Вечерний порт'></a>"
    assert _title(tab, "https://www.vecherniy-port.example/news/12345", "", masthead) == tab


def test_home_names_read_an_editions_logo():
    page = lxml_html.fromstring(
        "<html><body><a href='/turkce'><svg></svg><span>BBC News Türkçe</span></a>"
        "<a href='/turkce/topics/spor'><img alt='Spor'></a><a href='/'>Ana sayfa</a></body></html>")
    assert home_names(page, logos=True, url="https://www.bbc.com/turkce/articles/c1") == ["BBC News Türkçe"]
    assert home_names(page) == ["Ana sayfa"]


def test_feed_names_are_the_first_segment_of_a_feeds_title():
    page = lxml_html.fromstring(
        "<html><head><link rel='alternate' type='application/rss+xml' title='Quayside Notes » Feed'>"
        "<link rel='alternate' type='application/rss+xml' title='Quayside Notes » Comments Feed'>"
        "<link rel='alternate' hreflang='de' title='Deutsch' href='/de/'>"
        "<link rel='search' type='application/opensearchdescription+xml' title='Quayside Notes'>"
        "</head><body></body></html>")
    assert feed_names(page) == ["Quayside Notes"]
