"""The Korean press's tip line under a story (core.junk.short_prompts): the channel and its handle or
number after "제보" ("제보는 카카오톡 okjebo"). A sentence about a tip stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["한국은행 금융통화위원회가 12일 기준금리를 연 3.5%로 동결했다. 물가 상승세가 아직 목표 수준으로 "
          "내려오지 않았다는 판단이 반영됐다.",
          "이창용 총재는 기자간담회에서 금리 인하를 논의하기에는 아직 이르다고 말했다."]


@pytest.mark.parametrize("line", [
    "제보는 카카오톡 okjebo",
    "▶ 기사 제보 : 이메일 tips@hanbit-ilbo.kr",
    "제보하기 카톡 hanbit_news",
    "제보 전화 02-123-4567",
])
@pytest.mark.parametrize("at", [1, 2])
def test_the_tip_line_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "제보는 카카오톡으로 접수됐다고 경찰은 밝혔다.",
    "제보는 전화 한 통으로 시작됐다.",
    "경찰은 제보는 카카오톡 okjebo 계정으로 들어왔다고 밝혔다.",
])
def test_a_sentence_about_a_tip_stays(line: str) -> None:
    text = "\n".join([_STORY[0], line, _STORY[1]])
    assert clean_text(text) == text
