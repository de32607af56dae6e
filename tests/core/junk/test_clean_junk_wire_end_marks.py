"""Two closers of agency copy stayed as the body's last line: the wire's end mark alone ("(END)", "[ENDS]",
"Enditem", "（完）", Korean "(끝)"; core.junk.credits.END_MARK), and the page's tools in brackets with
the desk editor's credit, as Chinese agency and government pages close an article
("【纠错】【责任编辑:王五】", "【打印】【关闭】", "[打印本页] [关闭窗口]";
core.junk.furniture.BRACKETED_TOOLS). An agency's name in brackets (which the author rules read), a
bracket holding a story's own word and sentences with "end" stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = {
    "en": ["The two sides agreed to strengthen cooperation in ensuring international information security "
           "and to hold regular consultations between their foreign ministries.",
           "The next round of consultations is scheduled to take place in the second half of the year, the "
           "ministry said."],
    "zh": ["双方同意加强在维护国际信息安全领域的合作，并在外交部门和安全部门之间举行定期磋商。",
           "外交部表示，下一轮磋商计划于今年下半年举行。"],
    "ko": ["양국은 국제 정보보안 분야의 협력을 강화하고 외교부 간 정기 협의를 개최하기로 합의했다.",
           "다음 협의는 하반기에 열릴 예정이라고 외교부는 밝혔다."],
}


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "(END)"), ("en", "[ENDS]"), ("en", "Enditem"), ("en", "End item"), ("zh", "（完）"),
    ("ko", "(끝)"),
    ("zh", "【纠错】【责任编辑:王五】"), ("zh", "【纠错】 【责任编辑： 王五】"), ("zh", "【打印】【关闭】"),
    ("zh", "[打印本页] [关闭窗口]"), ("zh", "【我要纠错】"),
])
def test_the_closer_goes(lang: str, line: str) -> None:
    assert clean_text("\n".join([*_STORY[lang], line])) == "\n".join(_STORY[lang])


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "(PNA)"), ("en", "(AP/AFP)"), ("en", "The end."), ("en", "End item of the agenda was the budget."),
    ("zh", "【评论】"), ("zh", "【新华社北京4月12日电】外交部发言人在例行记者会上回答了提问。"),
    ("zh", "【打印】网友称这是“最好的结局”"),
])
def test_a_line_stays(lang: str, line: str) -> None:
    lines = [_STORY[lang][0], line, _STORY[lang][1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
