"""The "save" (scrap, clip) button's label left alone on its line in the body (issue 14): Japanese
members-only pages left "記事を保存", "スクラップ" and its tooltip "スクラップは会員限定です" in the text
(Chinese "收藏", Korean "스크랩" as well). The labels go, one set lookup per short line; the share label
and the members-only notice went before and still go. Sentences that use the words stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["政府は12日、新たな経済対策を閣議決定した。物価高への対応として、"
          "低所得世帯への給付金を盛り込んだ。",
          "野党からは財源の裏付けが不十分だとの批判も出ており、国会での審議が注目される。"]


@pytest.mark.parametrize("line", ["スクラップは会員限定です", "記事を保存", "スクラップ", "保存する",
                                  "收藏", "스크랩"])
@pytest.mark.parametrize("at", [0, 1, 2])
def test_the_label_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", ["この記事をシェア", "会員限定記事"])
def test_the_labels_known_before_still_go(line: str) -> None:
    assert clean_text("\n".join([_STORY[0], line, _STORY[1]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "記事を保存しておくと便利だと担当者は話した。",
    "スクラップした記事は会員限定で閲覧できます。",
    "スクラップ工場の火災で、周辺住民が避難した。",
    "会員限定",
])
def test_a_sentence_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
