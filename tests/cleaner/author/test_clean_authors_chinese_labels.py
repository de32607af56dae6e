"""Chinese bylines' labels (issue 14): the writer's "文｜" after the day an information line gives
("2024-04-12 10:00 文｜A"), spaced names after it ("文｜张三 李四": two, as after "记者"), the outlet's
short name a byline writes before its writer ("文｜财新 李四" on 财新网: no author), the source's label
("来源：人民网 记者 张三 李四": the outlet the story comes from, an author only where no one else is
named) and the editor's ("编辑：", "责任编辑：": an author only where no one else is). Guards: a source
alone, an editor alone, a Japanese name written with a space, a two-character name on another site."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_TEXT = ("国务院常务会议周二研究部署进一步扩大内需的政策措施，会议指出要加大对制造业和中小企业的支持力度。"
         "有关部门表示，将在未来三个月内出台具体实施细则，确保政策尽快落地见效。")


def _page(before: str, site: str) -> str:
    return unsigned_story("zh", _TEXT, before=before).replace("Daily Site", site)


@pytest.mark.parametrize(("before", "site", "names"), [
    ("<div class='info'><span>2024-04-12 10:00</span><span>文｜财新 李四</span></div>", "财新网", ["李四"]),
    ("<p class='byline'>文｜财新 李四</p>", "财新网", ["李四"]),
    ("<div class='article-meta'><span class='source'>来源：人民网</span><span class='author'>记者 张三 李四"
     "</span></div>", "人民网", ["张三", "李四"]),
    ("<div class='byline'>文｜张三 李四</div>", "某网", ["张三", "李四"]),
    # guards: read before
    ("<p class='byline'>文｜财新记者 李四 王五</p>", "财新网", ["李四", "王五"]),
    ("<div class='info'><span>来源：新华社</span>&nbsp;<span>作者：王五</span></div>", "新华网", ["王五"]),
])
def test_chinese_bylines(before: str, site: str, names: list[str]) -> None:
    assert extract(_page(before, site)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    ("文｜张三 李四", ["张三", "李四"]),
    ("2024-04-12 10:00 文｜王五", ["王五"]),
    ("来源：人民网 记者 张三 李四", ["张三", "李四"]),
    ("来源：新华社 编辑：孙七", ["新华社"]),
    ("2024-04-12 来源：中新网 作者：赵六 责任编辑：孙七", ["赵六"]),
    # guards
    ("来源：新华社", ["新华社"]),
    ("编辑：王五", ["王五"]),
    ("作者：王五 编辑：张三", ["王五"]),
    ("山田 太郎", ["山田 太郎"]),
])
def test_chinese_byline_names(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_two_character_name_on_another_site() -> None:
    assert extract(_page("<p class='byline'>文｜财新 李四</p>", "新京报")).authors == ["财新", "李四"]
