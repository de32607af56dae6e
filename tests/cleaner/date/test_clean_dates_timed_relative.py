"""An article whose day is written only as a relative time in its ``<time datetime>`` (issue 14).

"<time datetime='2024-04-12T14:46:00+03:00'>вчера в 14:46</time>" ("yesterday at"), "3 hours ago":
the page writes its own day in no text, and htmldate took a related story's day under the article
(two days off); ``datelines.own_day`` looked for the article's day in the text only. Now, where the
page writes htmldate's day only among teasers and its own in no text, the first ``<time datetime>``
after the headline outside teasers with its time and offset gives the day, and its time. Guards: a
``<time>`` named for the update, or one in the related list, gives no day of the article's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "ru": "Городская дума в пятницу утвердила бюджет на строительство новых дорог, школ и больниц. ",
    "en": "The city council on Friday approved a budget for new roads, schools and hospitals in the region. ",
}
_RELATED = ('<aside class="related"><ul><li><a href="/r1">Another story of the week about the budget</a>'
            ' <span class="date">{day}</span></li><li><a href="/r2">A third story of the week about '
            'the city</a> <span class="date">{day}</span></li></ul></aside>')


def _found(lang: str, meta: str, related: str, url: str):
    page = (f'<html lang="{lang}"><head><title>Budget | News</title></head><body><main><article>'
            f'<h1>Budget approved</h1><div class="meta">{meta}</div><p>{_BODY[lang] * 6}</p>'
            f'</article>{_RELATED.format(day=related)}</main></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "meta", "related", "url", "expected"), [
    ("ru", '<time datetime="2024-04-12T14:46:00+03:00">вчера в 14:46</time>', "10 апреля 2024, 09:15",
     "https://gorod-news.ru/news/duma", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=3)))),
    ("en", '<time datetime="2024-04-12T14:46:00-04:00">3 hours ago</time>', "April 10, 2024",
     "https://www.citynews-portal.com/news/council",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=-4)))),
])
def test_relative_time_element_gives_the_day(lang, meta, related, url, expected) -> None:
    found = _found(lang, meta, related, url)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("meta", [
    '<time class="updated" datetime="2024-04-13T09:10:00+03:00">сегодня в 09:10</time>',
    "<span>вчера</span>",
])
def test_no_day_from_an_update_or_no_time_element(meta) -> None:
    found = _found("ru", meta, "10 апреля 2024, 09:15", "https://gorod-news.ru/news/duma")
    assert found is None or found.date() != datetime(2024, 4, 13).date()


def test_related_time_elements_give_no_day() -> None:
    related = '<time datetime="2024-04-10T09:15:00+03:00">10 апреля 2024, 09:15</time>'
    found = _found("ru", "<span>вчера</span>", related, "https://gorod-news.ru/news/duma")
    assert found is not None and found.date() == datetime(2024, 4, 10).date()
