""""You may also like" and "latest news" boxes under the article, in more languages (issue 14;
core.cuts.tails._TAIL_MARKER through core.text.clean_text): from the marker on, the teasers go; the
same words near the top cut nothing, and AP's "UP NEXT" (the next games, which sports stories keep)
is no marker."""

from __future__ import annotations

import pytest
from helpers import FERRY_PARAGRAPHS, FERRY_TEASERS

from core.text import clean_text

BODY = FERRY_PARAGRAPHS
TEASERS = FERRY_TEASERS

MARKERS = [
    "Related Topics", "Editor's picks", "You may also be interested in", "Das könnte Sie auch interessieren",
    "Mehr Nachrichten", "Top-Themen", "Vous aimerez aussi", "Vous aimerez peut-être aussi",
    "Plus d'actualités",
    "Sur le même thème", "También te puede interesar", "Últimas noticias", "Você também pode gostar",
    "Últimas notícias", "Ultime notizie", "Вас может заинтересовать", "Последние новости",
    "Вам також може сподобатися", "Останні новини", "Może Cię zainteresować", "Najnowsze wiadomości",
    "İlginizi çekebilir", "Son haberler", "Anda mungkin juga suka", "Berita terbaru", "Có thể bạn quan tâm",
    "Tin mới nhất", "最新新闻", "最新ニュース", "あなたにおすすめ", "최신 뉴스", "قد يهمك أيضاً",
    "آخر الأخبار",
    "مطالب پیشنهادی", "آخرین اخبار",
]


@pytest.mark.parametrize("marker", MARKERS)
def test_a_box_under_the_article_is_cut_from_its_marker(marker: str) -> None:
    assert clean_text("\n".join([*BODY, marker, *TEASERS])).split("\n") == BODY


@pytest.mark.parametrize("marker", ["Последние новости", "Últimas noticias", "Editor's picks"])
def test_a_marker_near_the_top_cuts_nothing(marker: str) -> None:
    text = "\n".join([marker, *BODY])
    assert clean_text(text) == text


def test_the_next_games_of_a_sports_story_stay() -> None:
    games = ["UP NEXT", "Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder on Friday."]
    text = "\n".join([*BODY, *games])
    assert clean_text(text) == text
