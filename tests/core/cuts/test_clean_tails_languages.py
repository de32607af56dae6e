"""The tail of other content after an article, marked in more languages of the news (core.cuts.tails'
_TAIL_MARKER through core.text.clean_text): from the marker on, the teasers go; a marker near the
top, or the words inside a sentence, cut nothing."""

from __future__ import annotations

import pytest
from helpers import FERRY_PARAGRAPHS, FERRY_TEASERS

from core.text import clean_text

BODY = FERRY_PARAGRAPHS
TEASERS = FERRY_TEASERS

# One marker a language, as set over a related-stories box under the article.
MARKERS = [
    "Flere saker",  # Norwegian
    "Andre leste også",  # Norwegian
    "Relaterat",  # Swedish
    "Mest læste",  # Danish
    "Meer nieuws",  # Dutch
    "Mehr aus dem Ressort",  # German
    "À lire aussi",  # French
    "Articles liés",  # French
    "Notas relacionadas",  # Spanish
    "Te puede interesar:",  # Spanish
    "Mais notícias",  # Portuguese
    "Ti potrebbe interessare",  # Italian
    "Altri articoli",  # Italian
    "Polecane artykuły",  # Polish
    "Mohlo by vás zajímat",  # Czech
    "Súvisiace články",  # Slovak
    "Aiheesta lisää",  # Finnish
    "Похожие материалы",  # Russian
    "Ещё по теме",  # Russian
    "Схожі новини",  # Ukrainian
    "Diğer Haberler",  # Turkish
    "Berita Lainnya",  # Indonesian
    "Tin cùng chuyên mục",  # Vietnamese
    "関連ニュース",  # Japanese
    "热门推荐",  # Chinese
    "추천 기사",  # Korean
    "مواضيع ذات صلة",  # Arabic
    "مطالب مرتبط",  # Persian
    "כתבות נוספות",  # Hebrew
    "Σχετικά άρθρα",  # Greek
    "Știri similare",  # Romanian
    "Povezane vijesti",  # Croatian
    "Свързани новини",  # Bulgarian
    "संबंधित खबरें",  # Hindi
    "সম্পর্কিত খবর",  # Bengali
    "ข่าวที่เกี่ยวข้อง",  # Thai
]


@pytest.mark.parametrize("marker", MARKERS)
def test_a_related_box_under_the_article_is_cut_from_its_marker(marker: str) -> None:
    assert clean_text("\n".join([*BODY, marker, *TEASERS])).split("\n") == BODY


@pytest.mark.parametrize("marker", ["Flere saker", "Altri articoli", "Похожие материалы", "関連ニュース"])
def test_a_marker_near_the_top_or_inside_a_sentence_cuts_nothing(marker: str) -> None:
    # Near the top: more likely a stray label than the tail.
    text = "\n".join([marker, *BODY])
    assert clean_text(text) == text
    # Inside a sentence: prose that names the words.
    sentence = f"{marker} is what the section under the story was called before the redesign last year."
    text = "\n".join([*BODY, sentence, *BODY[:2]])
    assert clean_text(text) == text


def test_a_box_inside_the_body_goes_alone_when_the_story_goes_on() -> None:
    text = "\n".join([*BODY[:4], "Relaterte saker", *TEASERS[:2], *BODY[4:]])
    assert clean_text(text).split("\n") == [*BODY[:4], *BODY[4:]]
