"""The year printed apart from the month and day, each in an element of its own inside wrappers
(news.cn's "<div class='header-time'><span class='year'><em>2026</em></span><span class='day'><em>12
</em>/<em>02</em></span><span class='time'>17:30:11</span></div>"): the day was known (its address) but
its line and time were not found, so it came out at noon (issue 14). ``day_forms`` reads "2026 12/02"
(the year, a space, month/day) and ``page_lines._split_day`` climbs out of the inline wrapper holding the
year alone to the block of the line. Guards: the split days read before, a day written otherwise."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_ZH = ("外交部发言人2日在例行记者会上表示，中方愿同各方一道，构建和平、安全、开放、合作、有序的网络空间。"
       "发言人说，网络空间是人类共同的活动空间。")
_EN = ("The foreign ministry spokesperson said on Wednesday that China is willing to work with all parties "
       "to build a peaceful, secure, open and cooperative cyberspace.")
_YEAR = "<span class='year'><em>2026</em></span>"


def _page(lang: str, text: str, line: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>网络空间</title></head><body>"
            f"<div class='header'>{line}<h1>网络空间 headline</h1></div><div id='detail'><p>{text}</p>"
            f"<p>{text}</p><p>{text}</p></div></body></html>")


@pytest.mark.parametrize(("lang", "text", "line", "expected"), [
    ("zh-CN", _ZH, f"<div class='header-time left'>{_YEAR}<span class='day'><em>12</em>/<em>02</em></span>"
     "<span class='time'>17:30:11</span></div>", "2026-12-02T17:30:11+08:00"),
    ("zh-CN", _ZH, "<div class='header-time'><span class='year'><em> 2026</em></span> <span class='day'>"
     "<em> 12</em>/<em>02</em></span> <span class='time'> 09:05:42</span></div>",
     "2026-12-02T09:05:42+08:00"),
    ("en", _EN, "<div class='time'><span><b>2026</b></span><span>12/02</span><span>16:12:40</span></div>",
     "2026-12-02T16:12:40+08:00"),
    # guards: read before
    ("zh-CN", _ZH, "<div class='time'>2026-12-02 17:30:11</div>", "2026-12-02T17:30:11+08:00"),
    ("en", _EN, "<div class='time'><span>02</span>.<span>12</span>.<span>2026</span> <span>16:12</span>"
     "</div>", "2026-12-02T16:12:00+08:00"),
])
def test_the_time_beside_the_year_apart(lang: str, text: str, line: str, expected: str) -> None:
    url = "http://www.example.cn/politics/20261202/c.html"
    assert extract(_page(lang, text, line), url).published_at == datetime.fromisoformat(expected)
