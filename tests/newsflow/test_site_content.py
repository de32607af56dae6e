"""The sample site's articles: distinct wording between originals, wire copies that are near
duplicates of the article they republish, deterministic."""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from newsflow.site.content import (
    CYBER_THEMES,
    NEAR_MISS_TOPICS,
    OFF_TOPICS,
    SYNDICATION_PERIOD,
    make_article,
    original_of,
)


def shingles(paragraphs: tuple[str, ...], size: int) -> set[str]:
    words = re.findall(r"\w+", " ".join(paragraphs).lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def story_of(number: int) -> int:
    source = make_article(number).syndicated_from
    return number if source is None else source


@pytest.mark.slow  # 2-6 s
def test_distinct_articles_share_few_4grams() -> None:
    articles = [make_article(i) for i in range(120)]
    sets = [shingles(a.paragraphs, 4) for a in articles]
    worst = max(
        (jaccard(sets[i], sets[j]), i, j)
        for i, j in combinations(range(len(articles)), 2)
        if story_of(i) != story_of(j)
    )
    assert worst[0] < 0.2, worst
    assert min(len(s) for s in sets) >= 60, "articles too short to compare"


def test_syndication_map() -> None:
    for number in range(200):
        article = make_article(number)
        if number % SYNDICATION_PERIOD == SYNDICATION_PERIOD - 1:
            source = article.syndicated_from
            assert source is not None and source == original_of(number)
            assert number - 12 <= source < number and make_article(source).syndicated_from is None
            original = make_article(source)
            assert article.title != original.title and article.path != original.path
            assert article.topic == original.topic and article.theme == original.theme
            assert re.search(r"\((TASS|Xinhua|VNA|AFP|Reuters|AP|Anadolu|IRNA|BERNAMA|ANTARA)\)",
                             article.paragraphs[0])
            copy5, orig5 = shingles(article.paragraphs, 5), shingles(original.paragraphs, 5)
            # The clean stage joins a copy to its original when most of the shorter text's 5-grams
            # occur in the other; (0.7); a lightly edited copy keeps more.
            assert len(copy5 & orig5) / min(len(copy5), len(orig5)) >= 0.75
            assert article.paragraphs != original.paragraphs
        else:
            assert article.syndicated_from is None and original_of(number) is None


def test_topics_cover_cyber_near_misses_and_off_topic() -> None:
    first = [make_article(i) for i in range(30)]
    assert {a.topic for a in first} == {"cyber", *NEAR_MISS_TOPICS, *OFF_TOPICS}
    themes = {a.theme for a in (make_article(i) for i in range(100)) if a.topic == "cyber"}
    assert themes == set(CYBER_THEMES)
    assert make_article(23) == make_article(23)
    assert all("{" not in p and "[" not in p for a in first for p in a.paragraphs), "unfilled slot"
