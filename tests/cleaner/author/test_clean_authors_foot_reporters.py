"""A Chinese wire story whose dateline credits only the outlet ("中新网北京4月12日电") and whose text ends
with its reporters in brackets ("(记者 王伟)", "（记者 王伟 李娜）") (issue 14): the outlet was the
author. The reporters named at the foot are the authors; the outlet only where no reporter is named.
Pages written as the mainland press sets them, not copied from any. Guards: no bracket, "（完）" alone,
a photographer's credit ("摄"), a bracket inside the text, a dateline that names its reporter."""

from __future__ import annotations

import pytest

from cleaner.author.foot_reporters import foot_reporters
from cleaner.extract import extract

_OPENING = "中新网北京4月12日电 "


def _wire_page(end: str, opening: str = _OPENING, middle: str = "") -> str:
    return ("<html><head><title>北京发布新一轮消费政策</title>"
            "<meta property='og:site_name' content='中国新闻网'></head><body><article>"
            "<h1>北京发布新一轮消费政策</h1><div class='content'>"
            f"<p>{opening}北京市商务局12日发布新一轮促进消费政策，涉及汽车、家电、餐饮等多个领域，预计将带动消费增长。</p>"
            f"<p>据介绍，此次政策将持续至年底，市民可通过线上平台申领消费券{middle}，商户也可申请参与活动并获得相应补贴支持。</p>"
            f"<p>相关负责人表示，下一步将继续优化营商环境，推动消费市场持续回暖，满足市民多样化消费需求。{end}</p>"
            "</div></article></body></html>")


@pytest.mark.parametrize(("end", "names"), [
    ("(记者 王伟)", ["王伟"]),
    ("（记者 王伟 李娜）", ["王伟", "李娜"]),
    ("（记者 王伟、李娜）（完）", ["王伟", "李娜"]),
    ("（記者 陳建宏）", ["陳建宏"]),
])
def test_the_reporters_at_the_foot_are_the_authors(end: str, names: list[str]) -> None:
    assert extract(_wire_page(end)).authors == names


@pytest.mark.parametrize("end", ["", "（完）", "（记者 王伟 摄）"])
def test_no_reporter_named_the_outlet_stays(end: str) -> None:
    assert extract(_wire_page(end)).authors == ["中新网"]


def test_a_bracket_inside_the_text_is_no_foot() -> None:
    assert extract(_wire_page("", middle="（记者 王伟）")).authors == ["中新网"]


def test_the_dateline_reporters_first() -> None:
    page = _wire_page("（记者 王伟）", opening="新华社北京4月12日电（记者李华） ")
    assert extract(page).authors == ["李华"]


@pytest.mark.parametrize(("text", "names"), [
    ("他说。（记者 王伟 通讯员 李华）", ["王伟", "李华"]),  # the co-worker's title is no name
    ("他说。(记者 王伟)", ["王伟"]),
    ("他说。（记者 王伟）此后", []),
])
def test_the_names_only(text: str, names: list[str]) -> None:
    assert foot_reporters(text) == names
