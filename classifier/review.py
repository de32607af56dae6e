"""What an analyst should label next: the order of the ``review_queue`` view (migration 0014).

A label helps the model most where the model is least sure, i.e. nearest its threshold
(uncertainty sampling), and five labels teach more when they are five different pieces of news than
five copies of one story (diversity). So each story's least certain article comes first, ordered by
its distance to the threshold; then each story's second, and so on. An article in no story is a story
of its own. Ties go to the lower id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence


def review_order(candidates: Sequence[tuple[int, int | None, float]], threshold: float) -> list[int]:
    """Article ids of ``candidates`` (``(id, story id or None, score)``, unlabelled) in review order."""
    stories: dict[Hashable, list[tuple[float, int]]] = defaultdict(list)
    for article_id, story_id, score in candidates:
        key = ("story", story_id) if story_id is not None else ("article", article_id)
        stories[key].append((abs(score - threshold), article_id))
    ranked = []
    for members in stories.values():
        for rank, (distance, article_id) in enumerate(sorted(members), start=1):
            ranked.append((rank, distance, article_id))
    return [article_id for _rank, _distance, article_id in sorted(ranked)]
