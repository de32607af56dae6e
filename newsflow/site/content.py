"""Deterministic article content for the sample site.

Article ``i`` is always the same (seeded by ``i``), so tests, benchmarks and the demo see a stable site.
About 40 % of the articles are on international information security (what the analysts track: UN
OEWG and GGE, the cybercrime convention, bilateral ICT-security agreements, digital sovereignty), the
rest are near misses (other diplomacy, a company's ransomware breach, a privacy fine, a security
patch) and off-topic news (sport, economy, culture, weather). Bodies are built from slot-dense
templates (``cyber_phrases``, ``topic_phrases``, filled from ``pools``), so distinct articles share
few word 4-grams.

Every 8th article (7, 15, 23, ...) is a wire service's republication of an earlier original: another
headline, a dateline with the wire's credit, a sentence dropped and two paragraphs swapped.
``Article.syndicated_from`` names the original, so tests can check story clustering.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsflow.site import cyber_phrases, pools, topic_phrases
from newsflow.site.pools import AUTHORS, CITIES, COUNTRIES, OFFICIALS, ORDINALS  # noqa: F401 - re-exported

# Dates are relative to when the site started (the hour, UTC), so the demo's articles are recent on
# any day and the README's queries ("this week", "since ...") find them: article n is published
# SPAN * n / (n + _HALF) after EPOCH. The first ones days apart, later ones ever closer, none after
# EPOCH + SPAN (the site's start), 30 articles over the last three weeks, half of them in the last week.
EPOCH = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(days=21)
SPAN = timedelta(days=21)
_HALF = 6
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
SYNDICATION_PERIOD = 8  # article n is a wire copy when n % 8 == 7
CYBER_THEMES = tuple(cyber_phrases.CYBER_TITLES)
NEAR_MISS_TOPICS = ("diplomacy", "ransomware", "privacy", "patch")
OFF_TOPICS = ("sport", "economy", "culture", "weather")
_OTHER_TOPICS = NEAR_MISS_TOPICS + OFF_TOPICS

# Kept for callers that sample the site's vocabulary (bench/corpus.py).
CYBER_SENTENCES = cyber_phrases.CYBER_BODY
OFF_TOPIC = {t: (topic_phrases.TOPICS[t]["titles"], topic_phrases.TOPICS[t]["body"]) for t in OFF_TOPICS}


@dataclass(frozen=True)
class Article:
    number: int
    slug: str
    topic: str  # "cyber", a near-miss topic or an off-topic one
    title: str
    author: str
    published_at: datetime
    paragraphs: tuple[str, ...]
    caption: str
    credit: str
    theme: str = ""  # cyber sub-theme (oewg, gge, convention, bilateral, sovereignty)
    syndicated_from: int | None = None  # number of the original this is a wire copy of

    @property
    def path(self) -> str:
        return f"/articles/{self.number:05d}-{self.slug}.html"

    @property
    def relevant(self) -> bool:
        """On international information security (what the analysts want)."""
        return self.topic == "cyber"


class _Slots(dict):
    """Article-level slot values; any other slot is drawn afresh at each use."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        draws = {
            "num": lambda: str(rng.randint(2, 40)),
            "num2": lambda: str(rng.randint(2, 6)),
            "big": lambda: f"{rng.randint(120, 9800):,}",
            "pct": lambda: f"{rng.randint(1, 30)}.{rng.randint(0, 9)}",
            "money": lambda: f"${rng.randint(2, 900)}.{rng.randint(1, 9)} million",
            "year": lambda: str(rng.randint(2009, 2025)),
            "year2": lambda: str(rng.randint(2027, 2030)),
            "month": lambda: rng.choice(pools.MONTHS),
            "weekday": lambda: rng.choice(pools.WEEKDAYS),
            "minute": lambda: str(rng.randint(4, 89)),
            "temp": lambda: str(rng.randint(36, 47)),
            "ordinal": lambda: rng.choice(pools.ORDINALS),
            "any_country": lambda: rng.choice(COUNTRIES),
            "any_city": lambda: rng.choice(CITIES),
            "person2": lambda: _person(rng),
            "think_tank": lambda: rng.choice(pools.THINK_TANKS),
            "wire": lambda: rng.choice(pools.WIRES)[0],
            "said": lambda: rng.choice(pools.SAID),
            "company2": lambda: rng.choice(pools.COMPANIES),
            "when": lambda: self.fill(rng.choice(pools.WHEN)),
            "analyst": lambda: self.fill(rng.choice(pools.ANALYST)),
            "quote": lambda: self.fill(rng.choice(self["_quotes"])),
        }
        if key in draws:
            return draws[key]()
        if key in pools.EXTRA:
            return rng.choice(pools.EXTRA[key])
        raise KeyError(key)

    def fill(self, template: str) -> str:
        """``[a|b|c]`` picks one wording, then slots are filled."""
        worded = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        return worded.format_map(self)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.LAST_NAMES)}"


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def _topic(number: int) -> str:
    """Numbers with n % 5 in (0, 2) are cyber; the others cycle through the eight other topics."""
    if number % 5 in (0, 2):
        return "cyber"
    index = number // 5 * 3 + (1, 3, 4).index(number % 5)
    return _OTHER_TOPICS[index % len(_OTHER_TOPICS)]


def _rng(number: int, salt: int = 0) -> random.Random:
    # Deterministic sample-site content, not a security use of randomness.
    return random.Random(number * 7919 + 17 + salt * 104729)  # noqa: S311  # nosec B311


def _sentences(rng: random.Random, topic: str, theme: str, slots: _Slots) -> tuple[str, list[str], str]:
    """(lead, body sentences, closer) of an original article."""
    if topic == "cyber":
        lead = rng.choice(cyber_phrases.CYBER_LEADS[theme])
        body = rng.sample(cyber_phrases.CYBER_BODY, rng.randint(10, 14))
        closer = rng.choice(cyber_phrases.CYBER_CLOSERS)
    else:
        spec = topic_phrases.TOPICS[topic]
        lead = rng.choice(spec["leads"])
        body = rng.sample(spec["body"], rng.randint(5, 7))
        body += rng.sample(topic_phrases.GENERIC_BODY, rng.randint(2, 4))
        closer = ""
    return slots.fill(lead), [slots.fill(s) for s in body], slots.fill(closer) if closer else ""


def _original(number: int) -> tuple[Article, _Slots]:
    rng = _rng(number)
    topic = _topic(number)
    theme = rng.choice(CYBER_THEMES) if topic == "cyber" else ""
    c1, c2 = rng.sample(COUNTRIES, 2)
    quotes = cyber_phrases.CYBER_QUOTES if topic == "cyber" else topic_phrases.TOPICS[topic]["quotes"]
    slots = _Slots(rng, {
        "c1": c1, "c2": c2, "city": rng.choice(CITIES), "official": rng.choice(OFFICIALS),
        "person": _person(rng), "company": rng.choice(pools.COMPANIES),
        "product": rng.choice(pools.PRODUCTS), "team": rng.choice(pools.TEAMS), "_quotes": quotes,
    })
    titles = _titles(topic, theme)
    title_index = rng.randrange(len(titles))
    slots["_title_index"] = title_index
    title = slots.fill(titles[title_index])
    lead, body, closer = _sentences(rng, topic, theme, slots)
    # Lead paragraph, then paragraphs of 1-3 sentences, then the closer on its own.
    paragraphs = [" ".join([lead, body[0]])]
    rest = body[1:]
    while rest:
        take = min(len(rest), rng.randint(1, 3))
        paragraphs.append(" ".join(rest[:take]))
        rest = rest[take:]
    if closer:
        paragraphs.append(closer)
    article = Article(
        number=number,
        slug=_slugify(title),
        topic=topic,
        title=title,
        author=rng.choice(AUTHORS),
        published_at=published_at(number),
        paragraphs=tuple(paragraphs),
        caption=f"{slots['person']} in {slots['city']}.",
        credit=f"Photo: {rng.choice(['VNA', 'TASS', 'Xinhua', 'AFP', 'Reuters'])}",
        theme=theme,
    )
    return article, slots


def _titles(topic: str, theme: str) -> list[str]:
    return cyber_phrases.CYBER_TITLES[theme] if topic == "cyber" else topic_phrases.TOPICS[topic]["titles"]


def _is_original(number: int) -> bool:
    return number % SYNDICATION_PERIOD != SYNDICATION_PERIOD - 1


def original_of(number: int) -> int | None:
    """The earlier article that article ``number`` republishes, or None for an original."""
    if _is_original(number):
        return None
    # One of the (up to) ten originals just before it, never another copy.
    candidates = [n for n in range(max(0, number - 12), number) if _is_original(n)]
    return _rng(number, salt=1).choice(candidates[-10:])


def _syndicated(number: int, source: int) -> Article:
    """A wire copy of article ``source``: other headline, dateline + credit, one sentence dropped,
    and in longer pieces two middle paragraphs swapped."""
    original, slots = _original(source)
    rng = _rng(number, salt=2)
    wire, home = rng.choice(pools.WIRES)
    titles = _titles(original.topic, original.theme)
    others = [t for i, t in enumerate(titles) if i != slots["_title_index"]]
    title = slots.fill(rng.choice(others))
    paragraphs = list(original.paragraphs)
    when = original.published_at
    paragraphs[0] = f"{home.upper()}, {when:%B} {when.day} ({wire}) - {paragraphs[0]}"
    longest = max(range(1, len(paragraphs)), key=lambda i: paragraphs[i].count(". "))
    sentences = re.split(r"(?<=[.!?\"]) (?=[A-Z\"])", paragraphs[longest])
    if len(sentences) > 1:
        del sentences[rng.randrange(len(sentences))]
        paragraphs[longest] = " ".join(sentences)
    if len(paragraphs) >= 6:  # short pieces are only trimmed, as wire desks do
        i = rng.randrange(1, len(paragraphs) - 2)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    paragraphs.append(f"({wire})")
    return Article(
        number=number,
        slug=_slugify(title),
        topic=original.topic,
        title=title,
        author=f"{wire} staff",
        published_at=published_at(number),
        paragraphs=tuple(paragraphs),
        caption=original.caption,
        credit=f"Photo: {wire}",
        theme=original.theme,
        syndicated_from=source,
    )


def published_at(number: int) -> datetime:
    """When article ``number`` was published: later numbers later, never after the site started."""
    return (EPOCH + SPAN * (number / (number + _HALF))).replace(microsecond=0)


def make_article(number: int) -> Article:
    """Article ``number`` (0-based): an original, or (every 8th) a wire copy of an earlier one."""
    source = original_of(number)
    if source is not None:
        return _syndicated(number, source)
    return _original(number)[0]
