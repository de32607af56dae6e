"""Synthetic corpora for the classifier tests, and writing them as articles: each topic is a vocabulary;
a text mixes topic words with common words, so nothing is trivially separable by one word."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from core.store.db import transaction

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


def insert_articles(url: str, texts: list[str], start: int = 0) -> list[int]:
    with transaction(url) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO sources (name) VALUES ('test') ON CONFLICT (name) DO UPDATE "
                    "SET name = EXCLUDED.name RETURNING id")
        source_id = cur.fetchone()[0]
        ids = []
        for i, text in enumerate(texts, start):
            sha = hashlib.sha256(text.encode()).hexdigest()
            cur.execute(
                "INSERT INTO articles (canonical_url, url, source_id, title, text, text_sha256, "
                "extractor, extractor_version, cleaner_version) "
                "VALUES (%s, %s, %s, %s, %s, %s, 'test', '0', '0') RETURNING id",
                (f"https://example.test/{i}", f"https://example.test/{i}", source_id, f"Title {i}",
                 text, sha))
            ids.append(cur.fetchone()[0])
    return ids
