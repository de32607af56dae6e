"""Publication days as pages write them beside other days (issue 14): an update's day without its
clock before the publication's line with its time; a bare day stated beside a full publication
time; a slashed day whose order of day and month is in doubt ("Posted 04/05/2024"), told by the
page's own evidence (language and locale, its other slashed days, its URL's day) only where that
evidence agrees; a day stated in the JSON-LD that the page writes as the print edition's. Page
structures of the usual kinds (a meta line under the headline, a JSON-LD ``NewsArticle``, ``og:``
and ``article:`` meta tags, a comment's or a related item's day further down)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

CET = timezone(timedelta(hours=1))  # Europe/Berlin in March
NEW_YORK_WINTER = timezone(timedelta(hours=-5))
BODY = BUDGET_BODY


def _ld(published: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _published(meta: str, lang: str = "en", head: str = "", foot: str = "",
               url: str = "https://example.com/news/council-votes") -> datetime | None:
    page = (f"<html lang='{lang}'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{meta}</div>{BODY}{foot}</article>"
            "</body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("meta", "lang", "head", "expected"), [
    # The update's bare day on the first line, the publication's with its time on the next.
    ("<p>Aktualisiert: 12.03.2024</p><p>Veröffentlicht: 12.03.2024, 14:46 Uhr</p>", "de", "",
     datetime(2024, 3, 12, 14, 46, tzinfo=CET)),
    ("<p>Updated: 12 March 2024</p><p>Published 12 March 2024, 14:46</p>", "en-GB", "",
     datetime(2024, 3, 12, 14, 46, tzinfo=UTC)),
    # The same with the update's time stated in the meta tags.
    ("<p>Updated: 12 March 2024</p><p>Published 12 March 2024, 14:46</p>", "en-GB",
     "<meta property='article:modified_time' content='2024-03-12T18:00:00+00:00'>",
     datetime(2024, 3, 12, 14, 46, tzinfo=UTC)),
    # A JSON-LD day without its time: the publication line's time, not the update line's noon.
    ("<p>Aktualisiert: 12.03.2024</p><p>Veröffentlicht: 12.03.2024, 14:46 Uhr</p>", "de",
     _ld("2024-03-12"), datetime(2024, 3, 12, 14, 46, tzinfo=CET)),
    # One line, the update's time first: it is not the publication's.
    ("<p>Updated 12 March 2024 18:00 | Published 12 March 2024</p>", "en-GB", "",
     datetime(2024, 3, 12, 12, 0, tzinfo=UTC)),
])
def test_an_updates_day_on_the_same_day_leaves_the_publications_time(
        meta: str, lang: str, head: str, expected: datetime) -> None:
    found = _published(meta, lang, head)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("meta", "lang", "expected"), [
    ("<p>Published 12 March 2024, 14:46</p><p>Updated: 12 March 2024</p>", "en-GB",
     datetime(2024, 3, 12, 14, 46, tzinfo=UTC)),
    ("<p>Updated: 12 March 2024</p>", "en", datetime(2024, 3, 12, 12, 0, tzinfo=UTC)),
    ("<p>Published 12 March 2024 | Updated 12 March 2024 18:00</p>", "en-GB",
     datetime(2024, 3, 12, 12, 0, tzinfo=UTC)),
])
def test_guards_publication_line_first_or_the_update_alone(meta: str, lang: str, expected: datetime) -> None:
    assert _published(meta, lang) == expected


@pytest.mark.parametrize("meta, head", [
    ("", "<meta property='article:published_time' content='2024-03-11T23:30:00-05:00'>"),
    ("<time itemprop='datePublished' datetime='2024-03-11T23:30:00-05:00'>March 11, 2024</time>", ""),
])
def test_a_bare_day_in_utc_does_not_displace_the_full_publication_time(meta: str, head: str) -> None:
    # The JSON-LD's day is the full time's day in UTC (04:30 UTC on 12 March): the same publication.
    found = _published(meta, head=_ld("2024-03-12") + head)
    assert found == datetime(2024, 3, 11, 23, 30, tzinfo=NEW_YORK_WINTER)
    assert found.utcoffset() == NEW_YORK_WINTER.utcoffset(None)


@pytest.mark.parametrize(("meta", "lang", "head", "foot", "url", "expected"), [
    # The locale says month first: og:locale beside a bare lang.
    ("<p>Posted 04/05/2024</p>", "en", "<meta property='og:locale' content='en_US'>", "", None, (4, 5)),
    # The page's other slashed day is month first (25 is no month).
    ("<p>Posted 04/05/2024</p>", "en", "", "<p>Comment posted 04/25/2024</p>", None, (4, 5)),
    # lang="en-US" (WordPress's default everywhere) against the page's own day-first days: day first.
    ("<p>Posted 04/05/2024</p>", "en-US", "", "<p>Comment posted 25/04/2024</p>", None, (5, 4)),
    # ... against the URL's day.
    ("<p>Posted 04/05/2024</p>", "en-US", "", "", "https://example.com/2024/05/04/council-votes", (5, 4)),
    # ... against og:locale: the evidence disagrees, htmldate's reading stays.
    ("<p>Posted 04/05/2024</p>", "en-US", "<meta property='og:locale' content='en_GB'>", "", None, (5, 4)),
    # The words beside it are Spanish: day first, whatever another day says.
    ("<p>Publicado 04/05/2024</p>", "es", "", "<p>04/25/2024</p>", None, (5, 4)),
])
def test_slashed_day_order_from_the_pages_agreeing_evidence(
        meta: str, lang: str, head: str, foot: str, url: str | None, expected: tuple[int, int]) -> None:
    found = _published(meta, lang, head, foot, url or "https://example.com/news/council-votes")
    assert (found.month, found.day) == expected


@pytest.mark.parametrize(("meta", "lang", "expected"), [
    ("<p>Publicado 12/04/2024</p>", "es", (4, 12)),
    ("<p>Veröffentlicht 03.05.2024</p>", "de", (5, 3)),
    ("<p>Posted 04/05/2024</p>", "en-US", (4, 5)),
    ("<p>Publication date: 04/05/2024</p>", "en-US", (4, 5)),  # an English word, not Romanian "publicat"
    ("<p>Posted 04/05/2024</p>", "en-GB", (5, 4)),
    ("<p>Publié le 04/05/2024 à 14h46</p>", "fr", (5, 4)),
])
def test_guards_slashed_and_dotted_days_read_as_before(meta: str, lang: str,
                                                       expected: tuple[int, int]) -> None:
    found = _published(meta, lang)
    assert (found.month, found.day) == expected


def test_a_json_ld_day_written_as_the_print_editions_gives_way_to_the_online_day() -> None:
    found = _published("<p>Print edition: 14 April 2024</p><p>Published online 12 April 2024, 14:46</p>",
                       "de", _ld("2024-04-14"))
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


def test_guard_a_json_ld_day_written_as_the_online_one_stays() -> None:
    found = _published("<p>Published 14 April 2024</p>", "de", _ld("2024-04-14"),
                       foot="<p>Print edition: 16 April 2024</p>")
    assert found == datetime(2024, 4, 14, 12, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(("text", "expected"), [
    # Czech month names in the genitive, as Czech sites write their meta line: htmldate gives only
    # the year (1 January), the line's own day is read instead.
    ("Publikováno 12. dubna 2024, 14:46", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
    ("Aktualizováno 3. června 2024", datetime(2024, 6, 3, 12, 0, tzinfo=timezone(timedelta(hours=2)))),
    ("3. července 2024 9:05", datetime(2024, 7, 3, 9, 5, tzinfo=timezone(timedelta(hours=2)))),
])
def test_czech_month_names_and_a_year_alone(text: str, expected: datetime) -> None:
    found = _published(f"<p>{text}</p>", "cs")
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A copyright line gives htmldate a year alone (1 January): the day the page writes in Arabic
    # month names (the Levantine and the Egyptian ones), in the Solar Hijri calendar or the Thai
    # Buddhist era (cleaner.date.calendars) is read instead.
    ("ar", "12 نيسان 2024", (4, 12)),
    ("ar", "3 كانون الأول 2024", (12, 3)),
    ("ar", "3 تشرين الثاني 2024", (11, 3)),
    ("fa", "۲۴ فروردین ۱۴۰۳", (4, 12)),
    ("th", "12 เมษายน 2567", (4, 12)),
])
def test_a_copyright_years_1_january_gives_way_to_the_day_written_in_other_months_and_calendars(
        lang: str, text: str, expected: tuple[int, int]) -> None:
    footer = "</article><footer><p>© 2024 Example Media</p></footer><article>"
    found = _published(f"<p>{text}</p>", lang, foot=footer)
    assert (found.year, found.month, found.day) == (2024, *expected)


@pytest.mark.parametrize(("meta", "url", "expected"), [
    # A year alone ("© 2024" in the footer) is no publication day: none (the feed's time stands in).
    ("", "https://example.com/news/council-votes", None),
    ("<p>Season 2024</p>", "https://example.com/news/council-votes", None),
    # 1 January written on the page or stated by the URL stays.
    ("<p>1 January 2024</p>", "https://example.com/news/council-votes",
     datetime(2024, 1, 1, 12, 0, tzinfo=UTC)),
    ("", "https://example.com/2024/01/01/council-votes", datetime(2024, 1, 1, 12, 0, tzinfo=UTC)),
])
def test_a_year_alone_is_no_publication_day(meta: str, url: str, expected: datetime | None) -> None:
    footer = "</article><footer><p>© 2024 Example Media</p></footer><article>"
    assert _published(meta, "en", foot=footer, url=url) == expected


@pytest.mark.parametrize("bar", [
    "<div class='top-bar'><span class='current-date'>Friday, 19 April 2024</span></div>",
    "<div id='topbar'><span class='date'>Friday, 19 April 2024</span></div>",
    "<div class='header-top'><p class='today-date'>Friday, 19 April 2024</p></div>",
    "<div class='site-header'><span class='date-today'>19/04/2024</span></div>",
])
def test_the_sites_today_date_in_its_top_bar_is_not_the_articles(bar: str) -> None:
    # The day the page was served, above the headline: the article's own day is the one after it.
    page = (f"<html lang='en'><head><title>Council votes on budget</title></head><body>{bar}<main>"
            f"<h1>Council votes on budget</h1><p>April 12, 2024</p>{BODY}</main></body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert (found.month, found.day) == (4, 12)


def test_guard_a_date_above_the_headline_in_the_article_stays() -> None:
    page = ("<html lang='en'><head><title>Council votes on budget</title></head><body><main>"
            f"<p class='date'>April 12, 2024</p><h1>Council votes on budget</h1>{BODY}"
            "<p>Comment, 19 April 2024</p></main></body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert (found.month, found.day) == (4, 12)


def _cards(tag: str = "div") -> str:
    return "<section class='section-block'>" + "".join(
        f"<{tag} class='card'><h3><a href='/news/{i}'>Another story about the council number {i}</a></h3>"
        f"<span class='date'>1{i} March 2024</span></{tag}>" for i in range(3)) + "</section>"


@pytest.mark.parametrize("own", [
    "<span>12 April 2024</span>",
    "<time datetime='2024-04-12'>12 April 2024</time>",
])
def test_other_articles_cards_after_the_article_do_not_date_it(own: str) -> None:
    # "More from this section" under the article, each card with its linked headline and its date in
    # a class htmldate favours: the article's own day is the one under its headline.
    page = ("<html lang='en'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1>{own}{BODY}</article>{_cards()}</body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert (found.month, found.day) == (4, 12)


def test_guard_a_day_written_outside_the_cards_stays() -> None:
    # The cards' day is also the article's own, written under its headline: it stays.
    page = ("<html lang='en'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><span>10 March 2024</span>{BODY}</article>{_cards()}"
            "</body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert (found.month, found.day) == (3, 10)


def _ld_both(published: str, modified: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           "datePublished": published, "dateModified": modified}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


UPDATE_STAMP = "2024-04-14T09:00:00+02:00"
BERLIN = timezone(timedelta(hours=2))
BOTH_LINES = "<p>Published 12 April 2024, 14:46</p><p>Updated 14 April 2024, 09:00</p>"


@pytest.mark.parametrize(("head", "meta", "expected"), [
    # The CMS stamps the update as the publication (published = modified); the page writes that day
    # only as the update's, the publication's before it.
    (_ld_both(UPDATE_STAMP, UPDATE_STAMP), BOTH_LINES, datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    (f"<meta property='article:published_time' content='{UPDATE_STAMP}'>"
     f"<meta property='article:modified_time' content='{UPDATE_STAMP}'>",
     "<p>Veröffentlicht am 12.04.2024</p><p>Aktualisiert am 14.04.2024, 09:00 Uhr</p>",
     datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
    # Guards: the stated time stands where it is not the modification's, where the page writes its
    # day as the publication's too, or where it writes no update.
    (_ld_both(UPDATE_STAMP, "2024-04-15T10:00:00+02:00"), BOTH_LINES,
     datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)),
    (_ld_both(UPDATE_STAMP, UPDATE_STAMP),
     "<p>Published 14 April 2024, 09:00</p><p>Comment, 12 April 2024</p>",
     datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)),
    (_ld_both(UPDATE_STAMP, UPDATE_STAMP), "<p>12 April 2024</p><p>14 April 2024, 09:00</p>",
     datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)),
    # No modification stated: the stated publication is the time the page writes as its update's.
    (f"<meta property='article:published_time' content='{UPDATE_STAMP}'>",
     "<p><span>Erstellt: 12.04.2024, 14:46 Uhr</span> <span>Aktualisiert: 14.04.2024, 09:00 Uhr</span></p>",
     datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # Guard: the update the page writes is at another time: the stated publication stands.
    (f"<meta property='article:published_time' content='{UPDATE_STAMP}'>",
     "<p><span>Erstellt: 12.04.2024, 14:46 Uhr</span> <span>Aktualisiert: 14.04.2024, 11:30 Uhr</span></p>",
     datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)),
])
def test_a_stated_publication_that_is_the_update_gives_way_to_the_written_publication(
        head: str, meta: str, expected: datetime) -> None:
    found = _published(meta, "en", head)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("stated", "expected"), [
    # The print edition's day stated at midnight: the online publication the page writes before it.
    ("2024-04-14T00:00:00+02:00", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # Guard: a stated time of day stands.
    ("2024-04-14T06:30:00+02:00", datetime(2024, 4, 14, 6, 30, tzinfo=BERLIN)),
])
def test_a_print_editions_day_stated_at_midnight_gives_way_to_the_online_time(stated: str,
                                                                              expected: datetime) -> None:
    lines = "<p>Print edition: 14 April 2024</p><p>Published online 12 April 2024, 14:46</p>"
    found = _published(lines, "en", f"<meta property='article:published_time' content='{stated}'>")
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()
