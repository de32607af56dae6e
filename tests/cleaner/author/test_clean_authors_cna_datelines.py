"""Taiwan's CNA dateline opening the text (issue 14): "（中央社記者林志明台北3日電）" names its reporter,
the last name glued to the place it files from; "（中央社台北3日電）" names the agency alone. Before,
neither was read in its bracket and the story went to the outlet."""

from __future__ import annotations

import pytest

from cleaner.author.author_datelines import dateline_reporters
from cleaner.extract import extract

_TEXT = ("外交部今天表示，願與各方加強網路空間對話合作，"
         "共同維護和平、安全、開放的網路空間，並持續參與國際討論。")


def _page(first: str) -> str:
    return ("<html lang='zh-TW'><head><meta charset='utf-8'><title>新聞標題 - 新聞網</title>"
            "<meta property='og:site_name' content='新聞網'></head><body><header><a href='/'>新聞網</a>"
            "</header>"
            f"<article><h1>外交部談網路安全合作</h1><p>{first}{_TEXT}</p><p>{_TEXT}</p><p>{_TEXT}</p>"
            "</article><footer><p>© 2024 新聞網</p></footer></body></html>")


@pytest.mark.parametrize(("first", "names"), [
    ("（中央社記者林志明台北3日電）", ["林志明"]),
    ("（中央社台北3日電）", ["中央社"]),
    # guards: as before: a mainland agency's dateline with its reporters after it; no dateline
    ("新华社北京12月3日电（记者刘洋、陈晨）", ["刘洋", "陈晨"]),
    ("", ["新聞網"]),
])
def test_cna_dateline(first: str, names: list[str]) -> None:
    assert extract(_page(first)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("（中央社記者林志明、王小美華盛頓3日專電）外交部", ["林志明", "王小美"]),
    ("（中央社記者林立台北3日電）外交部", ["林立"]),
    ("（中央社東京3日綜合外電報導）外交部", []),
])
def test_cna_reporters_apart_from_their_place(text: str, names: list[str]) -> None:
    assert dateline_reporters(text) == names
