"""Synthetic corpora for the classifier tests: each topic is a vocabulary; a text mixes topic words
with common words, so nothing is trivially separable by one word."""

from __future__ import annotations

import json
import random
from pathlib import Path

COMMON = [
    "the",
    "said",
    "on",
    "in",
    "of",
    "and",
    "a",
    "to",
    "for",
    "with",
    "that",
    "was",
    "is",
    "by",
    "at",
    "from",
    "officials",
    "people",
    "year",
    "new",
    "week",
    "report",
    "statement",
    "meeting",
    "according",
    "group",
    "plan",
]
TOPICS = {
    "cyberdiplomacy": [
        "cyberspace",
        "norms",
        "treaty",
        "ict",
        "diplomats",
        "cyber",
        "convention",
        "sovereignty",
        "ministers",
        "negotiation",
        "information-security",
        "confidence-building",
    ],
    "football": [
        "match",
        "goal",
        "striker",
        "league",
        "coach",
        "stadium",
        "penalty",
        "season",
        "club",
        "fans",
        "midfielder",
    ],
    "weather": [
        "rain",
        "storm",
        "forecast",
        "temperature",
        "flood",
        "wind",
        "snow",
        "humidity",
        "cloud",
        "meteorologists",
    ],
    "markets": [
        "shares",
        "profit",
        "earnings",
        "investors",
        "stock",
        "revenue",
        "quarter",
        "dividend",
        "trading",
        "bank",
    ],
}


def make_text(topic: str, rng: random.Random, n_words: int = 80, purity: float = 0.4) -> str:
    words = [
        rng.choice(TOPICS[topic]) if rng.random() < purity else rng.choice(COMMON) for _ in range(n_words)
    ]
    return " ".join(words).capitalize() + "."


def corpus(topic: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_text(topic, rng) for _ in range(n)]


def write_seeds(root: Path, topics: dict[str, int], seed: int = 0) -> Path:
    for i, (topic, n) in enumerate(topics.items()):
        folder = root / topic
        folder.mkdir(parents=True, exist_ok=True)
        for j, text in enumerate(corpus(topic, n, seed + i)):
            (folder / f"{j:03d}.txt").write_text(text, encoding="utf-8")
    return root


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def background(n_per_topic: int, seed: int = 100) -> list[str]:
    return [
        t
        for i, topic in enumerate(("football", "weather", "markets"))
        for t in corpus(topic, n_per_topic, seed + i)
    ]
