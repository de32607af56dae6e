"""A paywall's ask to subscribe to read on, left under the story's shown paragraphs, in languages the
prompt rules did not know (core.junk.short_prompts): English 'Continue reading with an e-paper
subscription.', Swahili, Kazakh, Thai, Arabic, Urdu. A story's sentence that uses the words stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The state bank kept its key policy rate unchanged for the seventh meeting in a row, saying "
          "inflation was easing but risks remained.",
          "Analysts said the decision was widely expected because talks on a new loan programme were "
          "still going on with the lenders."]


@pytest.mark.parametrize("line", [
    "Continue reading with an e-paper subscription.",
    "Continue reading with a Premium membership",
    "Ili kuendelea kusoma habari hii, jiunge na huduma yetu ya malipo.",
    "Оқуды жалғастыру үшін жазылыңыз.",
    "สมัครสมาชิกเพื่ออ่านต่อ",
    "เข้าสู่ระบบเพื่ออ่านเนื้อหาทั้งหมด",
    "هذا المحتوى مخصص للمشتركين. اشترك لمواصلة القراءة.",
    "اشترك الآن لمتابعة القراءة",
    "مکمل خبر پڑھنے کے لیے سبسکرائب کریں۔",
])
@pytest.mark.parametrize("at", [1, 2])
def test_the_ask_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Readers can continue reading with the free app, the company said in a statement on Monday.",
    "Ili kuendelea kusoma, wanafunzi wanahitaji vitabu zaidi, alisema waziri wa elimu jana.",
    "Оқушылар оқуды жалғастыру үшін жаңа мектепке ауысады.",
    "นักเรียนจะได้อ่านต่อในห้องสมุดแห่งใหม่ของโรงเรียน",
    "وقال الوزير إن الطلاب سيواصلون القراءة في المكتبة الجديدة التي افتتحت أمس.",
    "طلبہ کو کتابیں پڑھنے کے لیے نئی لائبریری دی جائے گی۔",
])
def test_a_story_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
