"""Lists of the site's other stories set in the article's block with no "Related" line before them
(cleaner.body.related_lists): each item a headline linking to another article of the site, perhaps with
its time. They leave the body; lists of points, sources elsewhere, documents and a digest that is
the article stay."""

from __future__ import annotations

import pytest

URL = "https://www.example-science.com/ferry-winter-service.html"
PARAGRAPHS = [
    "The regional council voted on Tuesday to extend the ferry service through the winter, after months "
    "of complaints from islanders about cancelled crossings.",
    "The operator had planned to cut the timetable to two crossings a day from November, citing the cost "
    "of fuel and a shortage of crew for the older vessels.",
    "Islanders said the cuts would have left children unable to reach the secondary school on the "
    "mainland and patients unable to keep hospital appointments.",
    "The council will pay for the extra crossings from its transport budget until March, when the "
    "service is to be put out to tender again with new conditions.",
    "A spokesman for the operator said it welcomed the decision and would recruit twelve more crew "
    "members before the end of the month to run the timetable.",
]
HEADLINES = ["Harbour repairs to start next spring after years of delay",
             "Island school gets a new head teacher from the mainland",
             "Fuel prices push ferry fares up for the third time this year"]


def _page(listing: str, at: int = len(PARAGRAPHS), after: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:at]) + listing \
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[at:]) + after
    return ("<html><head><title>Council keeps the winter ferry</title></head><body><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav><article>"
            "<h1>Council keeps the winter ferry</h1><div class='text-copy bodyCopy'>" + body
            + "</div></article><footer><p>About us</p></footer></body></html>")


def _items(href, extra=lambda n: "") -> str:
    return "".join(f"<li><a href='{href(n)}'><u>{headline}</u></a>{extra(n)}</li>"
                   for n, headline in enumerate(HEADLINES))


SIGN_OFF = "<p><em>Originally published on </em><a href='/'><em>Example Science</em></a><em>.</em></p>"
RELATED = {
    # A magazine's list after the last paragraph, before the sign-off; absolute links, numbered slugs.
    "before the sign-off": (f"<ul>{_items(lambda n: f'https://www.example-science.com/6495{n}-story-{n}.html')}"
                            "</ul>", len(PARAGRAPHS), SIGN_OFF),
    # Between paragraphs, relative links with a number, each with its time.
    "with times, mid-body": ("<ul class='links-list'>" + _items(
        lambda n: f"/news/uk-6812340{n}",
        lambda n: f" <time datetime='2024-03-0{n + 1}'>{n + 1} March</time>") + "</ul>", 3, ""),
    # A Korean CMS's addresses: the article's number in the query.
    "numbers in the query": ("<ul class='list-news'>"
                             + _items(lambda n: f"/news/articleView.html?idxno=30{n}1234") + "</ul>", 4, ""),
    # A German site's paths: section, slug and id.
    "slugs with ids": ("<ol>" + _items(lambda n: f"/politik/deutschland/faehre-winter-a-{n}1234567.html")
                       + "</ol>", 4, ""),
}


@pytest.mark.parametrize("case", sorted(RELATED))
def test_a_list_of_the_sites_other_stories_leaves_the_body(case: str) -> None:
    from cleaner.extract import extract

    listing, at, after = RELATED[case]
    text = extract(_page(listing, at, after), URL).text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert not any(headline in text for headline in HEADLINES), case


KEPT = {
    # A list of points, each with a link inside: the items say more than their links.
    "points": "<ul>" + "".join(f"<li>{text[:60]} <a href='/news/story-{n}-x'>{HEADLINES[n]}</a> "
                               f"{text[60:]}</li>" for n, text in enumerate(PARAGRAPHS[:3])) + "</ul>",
    # Sources on other sites.
    "sources": "<ul>" + "".join(f"<li><a href='https://www.gov{n}.example.org/report-{n}-winter'>{headline}</a></li>"
                                for n, headline in enumerate(HEADLINES)) + "</ul>",
    # Documents of the site, not articles.
    "documents": "<ul>" + "".join(f"<li><a href='/files/council-report-{n}.pdf'>{headline}</a></li>"
                                  for n, headline in enumerate(HEADLINES)) + "</ul>",
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_lists_of_the_articles_own_stay(case: str) -> None:
    from cleaner.extract import extract

    text = extract(_page(KEPT[case], 3), URL).text
    assert all(headline in text for headline in HEADLINES), case


def test_a_digest_of_links_is_the_article() -> None:
    """A list that makes up a third of the text or more is the article (a digest of headlines)."""
    from lxml import html as lxml_html

    from cleaner.body.related_lists import without_related_lists

    items = "".join(f"<li><a href='/news/story-{n}-slug'>{headline}</a></li>"
                    for n, headline in enumerate(HEADLINES))
    block = lxml_html.fromstring(f"<div><p>{PARAGRAPHS[0]}</p><ul>{items}</ul></div>")
    text = "\n".join([PARAGRAPHS[0], *(f"- {headline}" for headline in HEADLINES)])
    assert without_related_lists(block, text, URL) == text


def _grid(href, summary: bool = False) -> str:
    """A grid of the site's other stories after the article: each a link around a picture and a
    headline, under a label the extractor drops."""
    cards = "".join(f"<a href='{href(n)}'><img src='/uploads/cover-{n}-218x125.jpg' alt=''>"
                    f"<h3>{headline}</h3></a>" + (f"<p>{PARAGRAPHS[n][:90]}</p>" if summary else "")
                    for n, headline in enumerate(HEADLINES))
    return (f"<div class='span12-rel'><div class='title-bar'>You may also be interested in...</div>"
            f"<div id='hp-marker'>{cards}</div></div>")


def _grid_page(grid: str) -> str:
    body = "".join(f"<p class='post-text'>{text}</p>" for text in PARAGRAPHS)
    return ("<html><head><title>Council keeps the winter ferry</title></head><body><div class='container'>"
            f"<h1>Council keeps the winter ferry</h1><div class='row'><div class='span12'>{body}</div>"
            f"{grid}</div></div><footer><p>About us</p></footer></body></html>")


def test_a_grid_of_linked_headlines_after_the_article_leaves_the_body() -> None:
    """Links around a picture and a headline, nothing else in their block, to other stories of the
    site: the headlines go. Cards with summaries, or links to other sites, are not such a grid."""
    from cleaner.extract import extract

    text = extract(_grid_page(_grid(lambda n: f"/marker/design-week-story-{n}/")), URL).text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert not any(headline in text for headline in HEADLINES)
    from lxml import html as lxml_html

    from cleaner.body.related_lists import without_related_lists

    lines = "\n".join([*PARAGRAPHS, *HEADLINES])
    for grid in (_grid(lambda n: f"/marker/design-week-story-{n}/", summary=True),
                 _grid(lambda n: f"https://www.partner{n}.example.org/design-week-story-{n}/")):
        assert without_related_lists(None, lines, URL, lxml_html.fromstring(_grid_page(grid))) == lines
