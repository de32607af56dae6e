"""Title failure kinds (issue 14) on hand-made structures like real news pages: a headline that opens
with the site's name, a site name under a second-level domain, a logo <h1>, an on-page headline that
is the tab title's first segment or the whole sharing title."""

from __future__ import annotations

from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.extract import extract
from cleaner.title.headings import page_headings
from cleaner.title.titles import choose_title


def test_headline_opening_with_the_site_name_is_not_the_site() -> None:
    # "The Daily Bugle view on ..." is an editorial's headline, not the site's logo.
    h1 = "The Daily Bugle view on the harbour: a city on the brink"
    assert choose_title(f"{h1} | Editorial", f"{h1} | Editorial | Opinion | The Daily Bugle", [h1],
                        "The Daily Bugle", "https://www.dailybugle.example/opinion/1") == h1
    # Its sharing title, with a section after it, is cut back to the on-page headline.
    assert choose_title("Daily Bugle guide to understanding tariffs and trade", None,
                        ["Daily Bugle guide to understanding tariffs and international trade"], "Daily Bugle",
                        None) == "Daily Bugle guide to understanding tariffs and international trade"


def test_site_name_under_a_second_level_domain() -> None:
    # The keys themselves: tests/cleaner/title/test_clean_sitenames.py.
    headline = "배우 인터뷰, 공적인 사안으로 봐야하는 이유"
    assert choose_title(None, f"{headline} - Entermedia", ["엔터 미디어"], None,
                        "http://entermedia.co.kr/news/view.html?idx=1") == headline


def test_on_page_headline_as_the_tab_titles_first_segment() -> None:
    # A short headline beside a long site name the domain only half spells.
    assert choose_title(None, "About bugs – Vortex Cannon Entertainment", ["About bugs"], None,
                        "https://vortexcannon.example/about-bugs/") == "About bugs"


def test_whole_sharing_title_on_the_page_keeps_its_dash() -> None:
    title = "Take C.A.R.E. - comwrap at DMEXCO 2018"
    assert choose_title(title, title, [title], None, "https://blog.comwrap.example/dmexco") == title


def test_logo_h1_names_the_site_and_is_not_a_headline() -> None:
    page = lxml_html.fromstring(
        '<html><head><title>Harbour reopens after storm | Quayside Chronicle</title></head><body>'
        '<h1 class="logo"><a href="/"><img src="logo.png" alt="Quayside Chronicle"></a></h1>'
        '<h1><a href="https://www.example.org/">Hi, this is Quay</a></h1>'
        "<article><h2>Harbour reopens after storm</h2><p>text</p></article></body></html>")
    headlines, logos = page_headings(page)
    assert headlines == [] and logos == ["Quayside Chronicle", "Hi, this is Quay"]
    assert choose_title(None, "Harbour reopens after storm | Quayside Chronicle", headlines, None, None,
                        logos) == "Harbour reopens after storm"


def test_logo_title_cut_in_extract() -> None:
    body = "".join(f"<p>The harbour reopened on Monday after the storm, paragraph {n} of the report.</p>"
                   for n in range(8))
    page = ("<html><head><title>Harbour reopens after storm - Quayside Chronicle</title></head><body>"
            '<header><h1><a href="/" title="Home">Quayside Chronicle</a></h1></header>'
            f"<main><article>{body}</article></main></body></html>")
    assert extract(page).title == "Harbour reopens after storm"


def test_site_name_matched_as_its_domain_spells_it() -> None:
    # Umlauts and other letters written out in the host name: boersen-zeitung.de, borsen.dk.
    headline = "EZB lässt Leitzinsen unverändert"
    assert choose_title(f"{headline} - Geldpolitik | Börsen-Zeitung", None, [], None,
                        "https://www.boersen-zeitung.de/geldpolitik/ezb") == headline
    assert choose_title("Renten stiger igen | Børsen", None, [], None, "https://borsen.dk/nyheder/1") \
        == "Renten stiger igen"
    assert choose_title("Nowy most otwarty - Głos Wielkopolski", None, [], None,
                        "https://gloswielkopolski.pl/nowy-most/1") == "Nowy most otwarty"


def test_kicker_marked_up_in_the_headline_is_dropped() -> None:
    page = lxml_html.fromstring(
        '<html><body><article><h1><span class="article-kicker">Krieg in der Ukraine</span>'
        '<span class="headline">Kiew meldet Rückeroberung von zwei Dörfern</span></h1></article>'
        "</body></html>")
    headlines, _ = page_headings(page)
    assert headlines == ["Kiew meldet Rückeroberung von zwei Dörfern"]
    # The sharing title carries the kicker before the headline: the on-page headline is taken.
    assert choose_title("Krieg in der Ukraine: Kiew meldet Rückeroberung von zwei Dörfern", None, headlines,
                        "Beispiel-Zeitung", "https://www.beispiel-zeitung.de/politik/1") \
        == "Kiew meldet Rückeroberung von zwei Dörfern"


_PROSE = STORY_PROSE


def test_headline_above_the_article_beats_a_title_written_for_search_engines() -> None:
    seo = "Top 23 food bloggers on Instagram: the full list"
    page = (f"<html><head><title>{seo} - Daily Bugle</title><meta property='og:title' content='{seo}'>"
            "</head><body><header><h1><a href='/'>Daily Bugle</a></h1></header>"
            f"<article><header><h1>Masters of taste: the food bloggers to follow</h1></header>{_PROSE}"
            "</article></body></html>")
    # The reworded sharing and tab titles share few words with the headline the reader sees.
    assert extract(page, "https://www.dailybugle.example/food/1").title \
        == "Masters of taste: the food bloggers to follow"
    # An <h1> away from any prose (a section's name above a list of links) is not a headline.
    headline = "<header><h1>Masters of taste: the food bloggers to follow</h1></header>"
    section = "<div><h1>Food and drink today</h1><ul><li>a</li></ul></div>"
    menu = page.replace(headline, "").replace("<article>", f"{section}<article>")
    assert extract(menu, "https://www.dailybugle.example/food/1").title == seo
    # Two <h1> above prose (a page of several posts): the first post's, which the titles tell of, is the
    # page's story (the next one loads below it: "infinite scroll"); not a later post's.
    other = f"<article><h1>Another post on this page</h1>{_PROSE}</article>"
    two = page.replace("</article>", f"</article>{other}")
    assert extract(two, "https://www.dailybugle.example/food/1").title \
        == "Masters of taste: the food bloggers to follow"
    later = page.replace("<article>", f"{other}<article>", 1)
    assert extract(later, "https://www.dailybugle.example/food/1").title == seo


def test_same_words_as_the_headline_take_the_headline_as_printed() -> None:
    printed = "‘We had some issues,’ exec says on streaming glitches"
    # The sharing title has straight quotes and the site's name: the headline as the page prints it.
    shared = "'We had some issues,' exec says on streaming glitches | Daily Bugle"
    assert choose_title(shared, None, [printed], "Daily Bugle", None) == printed
    # A permalink mark after the headline is not part of it.
    headlines, _ = page_headings(lxml_html.fromstring(
        '<html><body><h1>Harbour reopens after storm\n<a href="#top">¶</a></h1></body></html>'))
    assert headlines == ["Harbour reopens after storm"]
    assert choose_title("Harbour Reopens After Storm", None, headlines, None, None) == headlines[0]
    # A headline set in capitals on the page: the title's own case.
    assert choose_title("Harbour reopens after storm", None, ["HARBOUR REOPENS AFTER STORM"], None, None) \
        == "Harbour reopens after storm"


def _headlines(h1: str) -> list[str]:
    return page_headings(lxml_html.fromstring(f"<html><body><article>{h1}</article></body></html>"))[0]


def test_headline_text_as_shown_spaced_at_line_breaks_and_without_hidden_text() -> None:
    # A line break, or two elements set as lines, is a space, not letters run together.
    assert _headlines("<h1>Cyber norms:<br>a new era for the UN</h1>") \
        == ["Cyber norms: a new era for the UN"]
    assert _headlines("<h1><span>Cyber norms:</span><span>a new era</span></h1>") \
        == ["Cyber norms: a new era"]
    # Soft hyphens (break hints in German headlines) are not part of the words.
    assert _headlines("<h1>Bundes&shy;regierung beschließt Cyber&shy;strategie</h1>") \
        == ["Bundesregierung beschließt Cyberstrategie"]
    # Screen-reader text and hidden elements are not on the page a reader sees.
    assert _headlines('<h1>UN adopts convention<span class="visually-hidden"> (opens in new window)</span>'
                      '<span style="display: none">Advertisement</span></h1>') == ["UN adopts convention"]
    # Words split across inline elements stay one word.
    assert _headlines("<h1>Cyber<em>security</em> talks resume</h1>") == ["Cybersecurity talks resume"]


def test_unnamed_first_line_of_a_few_words_is_a_kicker() -> None:
    heading = ("<h1><span>Digitale Souveränität</span><span>Warum der Cyberraum Regeln braucht</span></h1>")
    headlines = _headlines(heading)
    assert headlines == ["Warum der Cyberraum Regeln braucht"]
    # The tab title joins kicker and headline: the headline on the page is the title.
    assert choose_title(None, "Digitale Souveränität: Warum der Cyberraum Regeln braucht | Beispiel",
                        headlines, "Beispiel", None) == "Warum der Cyberraum Regeln braucht"
    # Not a kicker: a headline in one element; a link first; a first line of many words; text between.
    assert _headlines("<h1><span>Warum der Cyberraum Regeln braucht</span></h1>") \
        == ["Warum der Cyberraum Regeln braucht"]
    assert _headlines("<h1><a href='/x'>Regeln</a><span>für den Cyberraum jetzt</span></h1>") \
        == ["Regeln für den Cyberraum jetzt"]
    assert _headlines("<h1><span>One two three four five six</span><span>Seven eight nine</span></h1>") \
        == ["One two three four five six Seven eight nine"]
    assert _headlines("<h1><span>Digitale Souveränität</span>: <span>Warum der Cyberraum</span></h1>") \
        == ["Digitale Souveränität: Warum der Cyberraum"]


# Sharing titles rewritten for social media and search, beside the headline the reader sees.
_HEADLINE = "Council approves new budget for harbour repairs"
_SHARED = "Harbour repair budget 2024: what the council vote means for you"
_URL = "https://www.quaysidechronicle.example/news/2024/04/harbour-budget"


def _shared_page(body: str, ld_headline: str | None = None) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{ld_headline}"}}</script>') if ld_headline else ""
    return (f"<html><head><title>{_SHARED} | Quayside Chronicle</title>"
            f"<meta property='og:title' content='{_SHARED}'><meta name='twitter:title' content='{_SHARED}'>"
            f"{ld}</head><body><header><a href='/'><img alt='Quayside Chronicle' src='logo.png'></a></header>"
            f"{body}<footer><p>© 2024 Quayside Chronicle</p></footer></body></html>")


def test_headline_opening_the_article_beats_a_social_title_despite_other_h1s() -> None:
    # An <h1> in an aside amid the text and another in an ad-blocker notice below do not make the
    # article's headline doubtful.
    page = _shared_page(
        f"<main><article><header class='article-header'><h1>{_HEADLINE}</h1><p>The vote ends a year of "
        f"dispute.</p></header><section class='article-body'>{_PROSE}<aside><h1>More on Harbours</h1>"
        f"<ul><li><a href='/a'>x</a></li></ul></aside>{_PROSE}</section></article></main>"
        "<div class='foot'><section><h1>We need to talk about your ad blocker</h1></section></div>")
    assert extract(page, _URL).title == _HEADLINE


def test_headline_in_a_hero_block_above_the_text() -> None:
    # Column, row and container of a hero block: the <h1> is five levels below what holds the text.
    hero = ("<div class='hero'><div class='container'><div class='row'><div class='col'>"
            f"<h1>{_HEADLINE}</h1></div></div></div></div>")
    text = f"<div class='container'><div class='row'><div class='col'><div class='article-body'>{_PROSE}" \
           "</div></div></div></div>"
    assert extract(_shared_page(f"<main>{hero}{text}</main>"), _URL).title == _HEADLINE
    # Right under <body>, nothing in the markup tells the <h1> opens the text, but it is the page's one
    # headline and tells of the story the sharing title does (reworded for search): the headline.
    assert extract(_shared_page(hero + text, _HEADLINE), _URL).title == _HEADLINE
    assert extract(_shared_page(hero + text), _URL).title == _HEADLINE


def test_section_name_or_comment_heading_in_an_h1_is_not_the_headline() -> None:
    # A section's name in the <h1>, the headline an <h2> that the sharing title prints.
    section = _shared_page("<main><h1>Politics and Government</h1><article>"
                           f"<h2 class='article-title'>{_SHARED}</h2>{_PROSE}</article></main>")
    assert extract(section, _URL).title == _SHARED
    # An <h1> below the text.
    below = _shared_page(f"<main><article>{_PROSE}<h1>Comment on this article</h1></article></main>")
    assert extract(below, _URL).title == _SHARED
    # A section's <h1> over a list of linked teasers with summaries.
    teasers = "".join(f"<h3><a href='/news/{n}'>Teaser headline number {n}</a></h3><p>A summary of the "
                      "teased story, long enough to read as a paragraph of prose.</p>" for n in range(6))
    listing = _shared_page(f"<main><div><h1>The harbour in the news</h1>{teasers}</div></main>")
    assert extract(listing, _URL).title == _SHARED


def test_teaser_cards_amid_the_text_do_not_make_the_story_a_list() -> None:
    cards = "".join(f"<div class='card'><h3><a href='/news/{n}'>Teaser headline number {n}</a></h3></div>"
                    for n in range(3))
    page = _shared_page(f"<main><article><header><h1>{_HEADLINE}</h1></header>{_PROSE}{cards}{_PROSE}{_PROSE}"
                        "</article></main>")
    assert extract(page, _URL).title == _HEADLINE
