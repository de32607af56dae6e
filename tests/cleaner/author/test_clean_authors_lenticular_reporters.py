"""The mainland portals' dateline in lenticular brackets, the outlet's "reported" then its reporters
("【环球网报道 记者 张三】", "【环球时报报道 记者 张三 李四】", "【环球时报特约记者 张三】"), named no
one: the Chinese reporters' pattern read round brackets after "电" ("新华社北京4月12日电（记者张三）") and
Taiwan's "〔記者A／台北報導〕" only. cleaner.author.author_datelines reads it. Guards: a bracket with no
reporter ("【环球时报综合报道】"), a column's bracket ("【记者观察】"), the Japanese dateline as before."""

from __future__ import annotations

import pytest

from cleaner.author.author_datelines import dateline_reporters
from cleaner.extract import extract

_TEXT = "双方同意加强在维护国际信息安全领域的合作，并在外交部门和安全部门之间举行定期磋商。"


def _page(first: str) -> str:
    return ("<html lang='zh-CN'><head><meta charset='utf-8'>"
            "<title>中俄举行信息安全磋商_环球网</title></head><body>"
            "<div class='t-container'><h3>中俄举行信息安全磋商</h3><p class='time'>2024-04-12 10:35</p>"
            f"<div class='l-con'><p>{first}{_TEXT * 3}</p><p>{_TEXT * 3}</p><p>{_TEXT * 3}</p></div></div>"
            "</body></html>")


@pytest.mark.parametrize(("first", "names"), [
    ("【环球网报道 记者 张三】", ["张三"]),
    ("【环球时报报道 记者 张三 李四】", ["张三", "李四"]),
    ("【环球网报道 记者 张三、李四】", ["张三", "李四"]),
    ("【环球时报特约记者 王五】", ["王五"]),
    ("【環球網報導 記者 張三】", ["張三"]),
])
def test_the_bracketed_reporters_sign(first: str, names: list[str]) -> None:
    assert extract(_page(first), "https://world.example.com/article/4HXy").authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("【环球时报综合报道】" + _TEXT, []),
    ("【记者观察】双方同意加强合作，记者张三表示", []),
    ("【ワシントン＝山田太郎】米政府は12日、新たな制裁を発表した。", ["山田太郎"]),
])
def test_other_brackets_name_no_reporter(text: str, names: list[str]) -> None:
    assert dateline_reporters(text) == names
