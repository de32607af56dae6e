"""Benchmark articles: the sample site's articles with bodies of varied wording.

The sample site builds every body from a few template sentences, so thousands of its articles share
long word runs; the clean stage's near-duplicate search (LSH bands) then finds every article a
candidate of every other. Real news does not look like that. Here each sentence is a fresh draw of
the site's own vocabulary: same length and look, and no two articles share a 5-word run by chance.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsflow.site import content
from newsflow.site.content import Article, make_article


@lru_cache(maxsize=1)
def vocabulary() -> list[str]:
    sentences = list(content.CYBER_SENTENCES)
    for _titles, topic_sentences in content.OFF_TOPIC.values():
        sentences += topic_sentences
    words = {w for s in sentences for w in re.findall(r"[A-Za-z]+", s)}
    return sorted(words | set(content.CITIES) | {c.split()[0] for c in content.COUNTRIES})


def varied_article(number: int) -> Article:
    """Article ``number`` of the sample site, its paragraphs redrawn word by word (deterministic)."""
    article = make_article(number)
    rng = random.Random(number * 104729 + 7)
    words = vocabulary()
    paragraphs = []
    for paragraph in article.paragraphs:
        sentences = []
        for _ in range(max(2, paragraph.count(". ") + 1)):
            drawn = rng.choices(words, k=rng.randint(12, 22))
            sentences.append(" ".join(drawn).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    return replace(article, paragraphs=tuple(paragraphs))
