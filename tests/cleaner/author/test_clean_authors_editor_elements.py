"""The responsible editor's element in a byline's block (issue 14): Bitrix and Chinese CMS templates set
the editor beside the writer ("<span class=editor-name>吴九</span><span class=author>记者 周八</span>",
"<span class=editor>Олег Смирнов</span>"); where the writer is named, the block was read for
co-authors and the editor came out as one. True author lists hold the writer: author_cards.card_text
leaves the editor's element out of a block. Guards: an "editorial" class, "editors-pick", a block of
co-authors without an editor."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "zh": "国务院常务会议周二研究部署进一步扩大内需的政策措施，会议指出要加大对制造业和中小企业的支持力度。"
          "有关部门表示，将在未来三个月内出台具体实施细则。",
    "ru": "Правительство во вторник объявило о новом пакете экономических мер для поддержки роста. "
          "Министр финансов заявил, что этот шаг укрепит покупательную способность граждан.",
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens.",
}
_ZH = "<div class='info'><span class='editor-name'>吴九</span><span class='author'>记者 周八</span></div>"
_RU = ("<div class='info'><span class='author'>Ирина Петрова</span>, "
       "<span class='editor-name'>Олег Смирнов</span></div>")
_EN = ("<div class='byline'>By <a rel='author' href='/author/ama'>Ama Serwaa</a>, "
       "<span class='editor'>Kofi Boateng</span></div>")
_META = "<meta name='author' content='Ama Serwaa'>"


def _block(kind: str) -> str:
    return (f"<div class='byline'><span class='author'>Ama Serwaa</span> and <span{kind}>Kofi Boateng</span>"
            "</div>")


@pytest.mark.parametrize(("language", "head", "before", "names"), [
    ("zh", "", _ZH, ["周八"]),
    ("ru", "", _RU, ["Ирина Петрова"]),
    ("en", "", _EN, ["Ama Serwaa"]),
    ("en", _META, _block(" class='post-editor'"), ["Ama Serwaa"]),
    # guards: co-authors in a block with no editor's element; classes that are not the editor's
    ("en", _META, _block(""), ["Ama Serwaa", "Kofi Boateng"]),
    ("en", _META, _block(" class='editorial'"), ["Ama Serwaa", "Kofi Boateng"]),
    ("en", _META, _block(" class='editors-pick'"), ["Ama Serwaa", "Kofi Boateng"]),
])
def test_the_editors_element(language: str, head: str, before: str, names: list[str]) -> None:
    page = unsigned_story(language, _TEXT[language], before=before).replace("</head>", f"{head}</head>")
    assert extract(page).authors == names
