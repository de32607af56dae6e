"""A Japanese page that prints its publication in the era's year with the time ("令和8年12月2日 14:05",
"平成31年4月12日 9時30分") got the day at noon where the URL or a Gregorian date elsewhere gave htmldate
the day: the printed line was looked for in the page as written, where no Gregorian year stands beside
the time. dates._in_ascii_digits now reads such a page in its Gregorian copy (calendars.normalised_tree)
as it does a page in other digits. Guards: the Gregorian form, the era's day with no time (noon in the
zone), the era's form where htmldate itself read the rewritten copy."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_JST = timezone(timedelta(hours=9))
_URL = "https://www.example-keizai.jp/news/20261202/123.html"
_PAGE = ("<html lang='ja'><head><meta charset='utf-8'><title>日銀、追加利上げを見送り - 経済新報</title>"
         "</head><body>"
         "<article><h1>日銀、追加利上げを見送り</h1><div class='date'>{printed}</div><div class='body'>"
         "<p>日本銀行は金融政策決定会合で、短期金利の誘導目標を現行の水準に据え置くことを決めた。</p>"
         "<p>総裁は会合後の記者会見で、海外経済の減速が国内の企業収益に与える影響を見極める必要があると説明した。</p>"
         "<p>次回の会合は来年1月に予定されており、春闘の動向が判断の焦点となりそうだ。</p></div></article>"
         "<footer>© 2026 経済新報</footer></body></html>")


def _published(printed: str, url: str) -> datetime | None:
    return extract(_PAGE.format(printed=printed), url).published_at


@pytest.mark.parametrize("printed,url,want", [
    ("令和8年12月2日 14:05", _URL, datetime(2026, 12, 2, 14, 5)),
    ("令和8年12月2日 14時05分", _URL,
     datetime(2026, 12, 2, 14, 5)),
    ("公開日：令和8年12月2日 午後2:05", "https://www.example-keizai.jp/2026/12/02/123/",
     datetime(2026, 12, 2, 14, 5)),
    ("平成31年4月12日 9時30分", "https://www.example-keizai.jp/news/20190412/123.html",
     datetime(2019, 4, 12, 9, 30)),
])
def test_the_time_beside_the_era_day(printed: str, url: str, want: datetime) -> None:
    assert _published(printed, url) == want.replace(tzinfo=_JST)


@pytest.mark.parametrize("printed,url,want", [
    ("2026年12月2日 14:05", _URL, datetime(2026, 12, 2, 14, 5)),
    ("令和8年12月2日 14:05", "https://www.example-keizai.jp/article/abc", datetime(2026, 12, 2, 14, 5)),
    ("令和8年12月2日", _URL, datetime(2026, 12, 2, 12, 0)),
])
def test_guards(printed: str, url: str, want: datetime) -> None:
    assert _published(printed, url) == want.replace(tzinfo=_JST)
