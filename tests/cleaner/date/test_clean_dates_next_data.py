"""A Next.js page whose time is stated only in its app state, ``__NEXT_DATA__`` (issue 14).

A page rendered by Next.js may state its article's time only in ``<script id="__NEXT_DATA__"
type="application/json">``; htmldate read the first date-like value there, another article's where a
"latest" list comes before the article in ``pageProps`` (a day or two off). The state's object whose
title is the page's headline gives the time, else the one dated object that is no list's item.
Guards: stated meta tags stand; a state whose only dated objects are listed teasers gives nothing
of its own; a naive value with no zone known is its day at noon UTC."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
    "de": "Der Rat hat am Freitag neue Straßen, Schulen und Krankenhäuser in der Region beschlossen. ",
}


def _found(lang: str, state: dict, head: str = "", line: str = "",
           url: str = "https://www.news-portal.com/politics/council-backs-the-plan") -> datetime | None:
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    page = (f'<html lang="{lang}"><head><title>Council backs the plan | News</title>'
            f'<meta property="og:title" content="Council backs the plan">{head}</head><body><div id="__next">'
            f'<article><h1>Council backs the plan</h1><div class="meta">{line}</div><p>{_BODY[lang] * 6}</p>'
            f'</article></div>{script}</body></html>')
    return extract(page, url).published_at


def _state(article: dict, latest: list[dict] | None = None) -> dict:
    props = {"latest": latest} if latest else {}
    props["article"] = article
    return {"props": {"pageProps": props}, "page": "/[section]/[slug]", "buildId": "b1"}


_TEASERS = [{"title": "Another story", "publishedAt": "2024-04-14T08:00:00.000Z"},
            {"title": "A third story", "publishedAt": "2024-04-13T18:00:00.000Z"}]


@pytest.mark.parametrize(("lang", "state", "url", "expected"), [
    ("en", _state({"title": "Council backs the plan", "publishedAt": "2024-04-12T12:46:00.000Z"}, _TEASERS),
     None, datetime(2024, 4, 12, 12, 46, tzinfo=UTC)),
    ("de", _state({"headline": "Council backs the plan", "first_published_at": "2024-04-12T23:40:00+02:00",
                   "updated_at": "2024-04-14T09:00:00+02:00"}, _TEASERS),
     None, datetime(2024, 4, 12, 23, 40, tzinfo=timezone(timedelta(hours=2)))),
    # Naive, on a German domain: Berlin's wall clock; the one dated object outside a list, its title
    # not the headline's.
    ("de", _state({"title": "Rat stimmt zu", "published_at": "2024-04-12 23:40:00"}, _TEASERS),
     "https://www.zeitung-portal.de/politik/rat",
     datetime(2024, 4, 12, 23, 40, tzinfo=timezone(timedelta(hours=2)))),
])
def test_article_time_of_the_app_state(lang, state, url, expected) -> None:
    found = _found(lang, state, *([] if url is None else ["", "", url]))
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_stated_meta_time_stands() -> None:
    head = '<meta property="article:published_time" content="2024-04-11T09:00:00+00:00">'
    state = _state({"title": "Council backs the plan", "publishedAt": "2024-04-12T12:46:00.000Z"})
    assert _found("en", state, head) == datetime(2024, 4, 11, 9, tzinfo=UTC)


def test_naive_state_time_in_no_known_zone_is_its_day_at_noon() -> None:
    state = _state({"title": "Council backs the plan", "publishedAt": "2024-04-12 23:40:00"})
    assert _found("en", state) == datetime(2024, 4, 12, 12, tzinfo=UTC)


def test_listed_teasers_only_give_no_time_of_their_own() -> None:
    state = _state({"title": "Something else", "body": "..."}, _TEASERS)
    assert _found("en", state, line="April 12, 2024").date() == datetime(2024, 4, 12).date()


def test_state_time_in_unix_milliseconds() -> None:
    state = _state({"title": "Council backs the plan", "publishedAt": 1712925960000}, _TEASERS)
    assert _found("en", state) == datetime(2024, 4, 12, 12, 46, tzinfo=UTC)
