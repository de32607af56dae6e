"""A Nuxt page whose time is stated only in its app state (issue 14; ``cleaner.date.nuxt_state``).

Nuxt 2 writes ``window.__NUXT__`` as JavaScript (an object literal, often a function called with the
values it repeats), Nuxt 3 a flat ``__NUXT_DATA__`` array of indices; neither is JSON htmldate reads,
and the page prints its time only after the app runs: htmldate took a related story's day in the
page (two days off). The state's article object gives the time, as ``__NEXT_DATA__``'s does. Guards:
stated meta tags stand; a state whose only dated objects are listed teasers gives none of its own; a
state in an expression this reader does not evaluate gives none (never an error)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "vi": "Hội đồng thành phố hôm thứ Sáu đã thông qua ngân sách xây dựng đường sá và trường học mới. ",
    "ru": "Городская дума в пятницу утвердила бюджет на строительство новых дорог, школ и больниц. ",
    "ja": "市議会は金曜日の本会議で、新しい道路や学校、病院の整備に向けた予算案を可決した。",
}
_RELATED = ('<aside class="related"><ul><li><a href="/r1">Another story of the week about the budget</a>'
            ' <span class="date">10/04/2024 09:15</span></li><li><a href="/r2">A third story of the week '
            'about the city</a> <span class="date">10/04/2024 08:00</span></li></ul></aside>')


def _found(lang: str, script: str, head: str = "", url: str = "https://www.portal-news.com/news/budget"):
    page = (f'<html lang="{lang}"><head><title>Budget | News</title>{head}</head><body><div id="__nuxt">'
            f'<article><h1>Budget</h1><div class="meta"><span class="time"></span></div>'
            f'<p>{_BODY[lang] * 6}</p></article>{_RELATED}</div>{script}</body></html>')
    return extract(page, url).published_at


def _nuxt2(state: str) -> str:
    return f"<script>window.__NUXT__={state};</script>"


def _nuxt3(payload: list) -> str:
    return f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload)}</script>'


@pytest.mark.parametrize(("lang", "script", "expected"), [
    ("vi", _nuxt2('(function(a,b,c){return {layout:"default",data:[{article:{id:123,title:"x",'
                  'publishedAt:"2024-04-12T14:46:00+07:00",updatedAt:b,hot:!0,tag:void 0,section:a}}],'
                  'state:{}}}("thoi-su","2024-04-13T09:10:00+07:00",!1))'),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=7)))),
    ("ru", _nuxt2('{data:[{post:{slug:"budget",published_at:"2024-04-12T11:46:00.000Z"}}],'
                  'serverRendered:!0}'),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=3)))),
    ("ja", _nuxt2("{data:[{article:{id:4567,publishDate:1712900760}}]}"),  # Unix seconds
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=9)))),
    # devalue's Date in Nuxt 2: "new Date(<milliseconds>)".
    ("ja", _nuxt2("(function(a){return {data:[{article:{id:a,publishedAt:new Date(1712900760000)}}]}}(71))"),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=9)))),
    ("ja", _nuxt3([["ShallowReactive", 1], {"data": 2}, {"article-7": 3},
                   {"id": 4, "title": 5, "publishedAt": 6}, 7, "予算", "2024-04-12T14:46:00+09:00"]),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=9)))),
    # A related list in the state before the article: the unlisted article object's.
    ("vi", _nuxt2('{data:[{related:[{slug:"a",publishedAt:"2024-04-10T09:00:00+07:00"},'
                  '{slug:"b",publishedAt:"2024-04-09T09:00:00+07:00"}],'
                  'article:{slug:"budget",publishedAt:"2024-04-12T14:46:00+07:00"}}]}'),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=7)))),
])
def test_article_time_of_the_nuxt_state(lang, script, expected) -> None:
    found = _found(lang, script)
    assert found == expected


def test_stated_meta_time_stands_over_the_state() -> None:
    head = '<meta property="article:published_time" content="2024-04-11T08:00:00+07:00">'
    found = _found("vi", _nuxt2('{data:[{article:{publishedAt:"2024-04-12T14:46:00+07:00"}}]}'), head)
    assert found == datetime(2024, 4, 11, 8, 0, tzinfo=timezone(timedelta(hours=7)))


@pytest.mark.parametrize("script", [
    # Only listed teasers are dated: none of the article's own (the page's related day stays htmldate's).
    _nuxt2('{data:[{latest:[{publishedAt:"2024-04-14T09:00:00+07:00"},{publishedAt:"2024-04-13T09:00:00+07:00"}]}]}'),
    # An expression the reader does not evaluate.
    _nuxt2('Object.assign({}, {data:[{article:{publishedAt:"2024-04-14T09:00:00+07:00"}}]})'),
])
def test_no_article_time_from_such_a_state(script) -> None:
    found = _found("vi", script)
    assert found is None or found.date() != datetime(2024, 4, 14).date()
