"""A CMS that stamps the last update as the publication (``datePublished`` = ``dateModified``), on
pages that write the update's day in forms the restamp did not read (issue 14): slashed days on one
line ("Actualizado: 04/05/2024 09:00 h / Publicado: 03/05/2024 14:30 h": the update's day, known
from the stated time, gives the order of the other, ``datelines.day_before_update``), and the
Japanese update label after its day and time ("2024年5月3日 14時30分 (2024年5月4日 9時00分 更新)",
``day_forms.labelled``). The publication the page writes is taken, at its time."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(line: str, lang: str, stated: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Council votes on budget", "datePublished": stated,
                     "dateModified": stated})
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{line}</div>{BUDGET_BODY}"
            "</article></body></html>")


def _at(day: int, hour: int, minute: int, offset: float) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


@pytest.mark.parametrize(("line", "lang", "url", "stated", "expected"), [
    ("<p>Actualizado: 04/05/2024 09:00 h</p><p>Publicado: 03/05/2024 14:30 h</p>", "es",
     "https://www.example.es/a/1", "2024-05-04T09:00:00+02:00", _at(3, 14, 30, 2)),
    ("<p>Atualizado em 04/05/2024 às 09h00</p><p>Publicado em 03/05/2024 às 14h30</p>", "pt-BR",
     "https://www.example.com.br/a/1", "2024-05-04T09:00:00-03:00", _at(3, 14, 30, -3)),
    ("<p>Updated 05/04/2024 9:00 a.m. ET</p><p>Published 05/03/2024 2:30 p.m. ET</p>", "en-US",
     "https://www.example.com/a/1", "2024-05-04T09:00:00-04:00", _at(3, 14, 30, -4)),
    ("<p>2024年5月3日 14時30分 (2024年5月4日 9時00分 更新)</p>", "ja", "https://www.example.co.jp/a/1",
     "2024-05-04T09:00:00+09:00", _at(3, 14, 30, 9)),
    ("<p>2024年5月3日 14:30 (2024年5月4日 9:00更新)</p>", "ja", "https://www.example.co.jp/a/1",
     "2024-05-04T09:00:00+09:00", _at(3, 14, 30, 9)),
])
def test_the_publication_the_page_writes(line: str, lang: str, url: str, stated: str,
                                         expected: datetime) -> None:
    published = extract(_page(line, lang, stated), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "lang", "url", "stated", "expected"), [
    # Guards: the update's day written alone; Chinese and Korean labels before their day; a day the
    # page writes once, unlabelled.
    ("<p>2024年5月4日 9時00分 更新</p>", "ja", "https://www.example.co.jp/a/1", "2024-05-04T09:00:00+09:00",
     _at(4, 9, 0, 9)),
    ("<p>发布时间：2024-05-04 09:00 更新时间：2024-05-05 10:00</p>", "zh-CN", "https://www.example.cn/a/1",
     "2024-05-04T09:00:00+08:00", _at(4, 9, 0, 8)),
    ("<p>입력 2024.05.04 09:00 수정 2024.05.05 10:00</p>", "ko", "https://www.example.co.kr/a/1",
     "2024-05-04T09:00:00+09:00", _at(4, 9, 0, 9)),
    ("<p>Publicado: 04/05/2024 09:00 h</p>", "es", "https://www.example.es/a/1", "2024-05-04T09:00:00+02:00",
     _at(4, 9, 0, 2)),
])
def test_guards(line: str, lang: str, url: str, stated: str, expected: datetime) -> None:
    published = extract(_page(line, lang, stated), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()
