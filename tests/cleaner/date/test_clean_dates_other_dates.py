"""The first date htmldate reads is another article's, the readers' or the site's, not the article's
(issue 14): a related list under the article whose items write their dates in a "date" class
(htmldate reads those before the byline's plain text), readers' comments under the article, the
site's masthead with the day the page was served (a ``<header>`` outside the article), and a
"trending" strip above the headline whose ``<time datetime>`` states its offset (an aware time was
taken as it came). The article's own day, written after its headline, is the publication's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

URL = "https://www.example.com/news/council-votes-on-budget"


def _page(byline: str, before: str = "", after: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body>{before}<article>"
            f"<h1>Council votes on budget</h1>{byline}{BUDGET_BODY}</article>{after}</body></html>")


def _related(day: str) -> str:
    items = "".join(f'<li><a href="/news/story-{n}">Another story about the harbour, part {n}</a>'
                    f'<span class="date">{day}</span></li>' for n in range(3))
    return f'<aside class="related"><h3>Related</h3><ul>{items}</ul></aside>'


def _comments(*days: str) -> str:
    return '<section id="comments" class="comments-area">' + "".join(
        f'<div class="comment"><span class="comment-date">{day}</span><p>Thanks for this.</p></div>'
        for day in days) + "</section>"


@pytest.mark.parametrize(("byline", "before", "after", "lang", "expected"), [
    ("<p>By Jane Doe | April 12, 2024</p>", "", _related("April 14, 2024"), "en", date(2024, 4, 12)),
    ("<p>Von Anna Berg | 12. April 2024</p>", "", _related("14. April 2024"), "de", date(2024, 4, 12)),
    ("<p>Por Ana Lima | 12 de abril de 2024</p>", "", _related("14 de abril de 2024"), "es",
     date(2024, 4, 12)),
    ("<p>By Jane Doe | April 12, 2024</p>", "",
     _comments("April 13, 2024 at 9:14 am", "April 14, 2024 at 10:02 am"), "en", date(2024, 4, 12)),
    ("<p>Par Marie Dupont, le 12 avril 2024</p>", "",
     _comments("13 avril 2024 à 9h14", "14 avril 2024 à 10h02"), "fr", date(2024, 4, 12)),
    ("<p>By Jane Doe, April 12, 2024</p>",
     '<header><div class="header-date">Friday, April 19, 2024</div><nav><a href="/">Home</a></nav></header>',
     "", "en", date(2024, 4, 12)),
    ("<p>Autor: Jan Kowalski, 12 kwietnia 2024</p>",
     '<header class="site-header"><span class="dzis">piątek, 19 kwietnia 2024</span>'
     '<a href="/">Start</a></header>',
     "", "pl", date(2024, 4, 12)),
    ('<p><time datetime="2024-04-12T14:30:00Z">April 12, 2024</time></p>', "", _related("April 14, 2024"),
     "en", date(2024, 4, 12)),
])
def test_the_article_s_own_day(byline: str, before: str, after: str, lang: str, expected: date) -> None:
    published = extract(_page(byline, before, after, lang), url=URL).published_at
    assert published is not None and published.date() == expected


def test_an_aware_teaser_time_before_the_headline() -> None:
    before = ('<div class="trending"><a href="/x"><h3>Another story about the harbour</h3>'
              '<time datetime="2024-04-02T09:00:00Z">April 2, 2024</time></a></div>')
    byline = '<p><time datetime="2024-04-12T14:30:00Z">April 12, 2024</time></p>'
    assert extract(_page(byline, before), url=URL).published_at == datetime(2024, 4, 12, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize(("byline", "before", "after", "expected"), [
    # Guard: a rail beside the text with the article's date.
    ("<p>By Jane Doe</p>", "", '<div class="sidebar"><p>Published April 12, 2024</p></div>',
     date(2024, 4, 12)),
])
def test_guards(byline: str, before: str, after: str, expected: date) -> None:
    published = extract(_page(byline, before, after), url=URL).published_at
    assert published is not None and published.date() == expected


def test_a_header_with_the_headline_is_the_article_s() -> None:
    # Guard: the article's header block outside any <article>, its headline and its date in it.
    page = ("<html lang='en'><head><title>Council votes on budget</title></head><body><div class='post'>"
            "<header class='entry-header'><h1>Council votes on budget</h1><p class='meta'>By Jane Doe | "
            f"April 12, 2024</p></header>{BUDGET_BODY}</div>{_related('April 14, 2024')}</body></html>")
    published = extract(page, url=URL).published_at
    assert published is not None and published.date() == date(2024, 4, 12)


def test_a_previous_post_s_link_is_no_day_of_the_article() -> None:
    # Guard: a blog post whose own day is set in one span per part, readers' comments under it and
    # the previous post's link with its headline and day: the comments' day stays, not the link's.
    page = ("<html lang='zh-TW'><head><title>Council votes on budget</title></head><body><div id='article'>"
            "<ul><li class='publish'><span class='month'>Apr </span><span class='date'>12 </span>"
            "<span class='year'>2024 </span><span class='time'>00:28</span></li></ul>"
            f"<h1>Council votes on budget</h1>{BUDGET_BODY}</div>"
            "<ul class='quick-nav'><li>此分類上一篇： <a href='/blog/post/1'>美樹營地 - 探訪老鷹溪 (下) "
            "2024/03/01</a></li></ul><div id='comments'><div class='comment'><span class='post-time'>"
            "於 2024/04/12 10:28</span><p>好美</p></div><div class='comment'><span class='post-time'>"
            "於 2024/04/13 09:50</span><p>讚</p></div></div></body></html>")
    published = extract(page, url="https://blog.example.net/blog/post/2").published_at
    assert published is not None and published.date() == date(2024, 4, 12)


def _card(n: int, stamp: str) -> str:
    return (f'<div class="card" itemscope itemtype="https://schema.org/NewsArticle"><a href="/news/{n}">'
            f'<h3 itemprop="headline">Another story about the harbour, part {n}</h3></a>'
            f'<meta itemprop="datePublished" content="{stamp}"></div>')


@pytest.mark.parametrize(("own", "expected"), [
    ('<time itemprop="datePublished" datetime="2024-04-12T10:00:00Z">April 12, 2024</time>',
     datetime(2024, 4, 12, 10, tzinfo=UTC)),
    ('<meta itemprop="datePublished" content="2024-04-12T10:00:00Z"><span>12 April 2024</span>',
     datetime(2024, 4, 12, 10, tzinfo=UTC)),
])
def test_microdata_cards_before_the_headline(own: str, expected: datetime) -> None:
    # Other articles' microdata cards in a strip above the article: their <meta itemprop="datePublished">
    # was read as the page's own meta tag.
    before = f'<div class="strip">{_card(1, "2024-04-02T10:00:00Z")}{_card(2, "2024-04-03T10:00:00Z")}</div>'
    byline = f'<div itemscope itemtype="https://schema.org/NewsArticle"><p>{own}</p></div>'
    assert extract(_page(byline, before), url=URL).published_at == expected


def test_an_itemprop_meta_in_the_head_is_the_page_s() -> None:
    # Guard: a microdata meta tag in the page's head states the page's publication.
    page = ("<html lang='en'><head><title>Council votes on budget</title>"
            "<meta itemprop='datePublished' content='2024-04-12T10:00:00Z'></head><body><article>"
            f"<h1>Council votes on budget</h1><p>By Jane Doe</p>{BUDGET_BODY}</article></body></html>")
    assert extract(page, url=URL).published_at == datetime(2024, 4, 12, 10, tzinfo=UTC)
