"""Deterministic article content for the sample site.

Article ``i`` is always the same (seeded by ``i``), so tests, benchmarks and the demo see a stable site.
Topics mix international information security (what the analysts track) with off-topic news, so a
classifier has something real to score.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

EPOCH = datetime(2026, 9, 1, 6, 0, tzinfo=UTC)
STEP = timedelta(minutes=20)

COUNTRIES = [
    "Viet Nam",
    "Russia",
    "China",
    "Azerbaijan",
    "India",
    "Brazil",
    "Indonesia",
    "South Africa",
    "Kazakhstan",
    "Egypt",
    "Mexico",
    "Laos",
    "Cuba",
    "Belarus",
    "Malaysia",
    "Iran",
]
CITIES = ["Hanoi", "Moscow", "Beijing", "Baku", "New York", "Geneva", "Vienna", "Jakarta", "Astana", "Cairo"]
AUTHORS = [
    "Nguyen Thu Ha",
    "Irina Volkova",
    "Li Wei",
    "Aysel Mammadova",
    "Daniel Ortiz",
    "Priya Raman",
    "Tran Minh Duc",
    "Olga Sokolova",
    "Samir Haddad",
    "Maria Santos",
]
OFFICIALS = [
    "Deputy Foreign Minister",
    "Permanent Representative to the UN",
    "Special Envoy on ICT issues",
    "Security Council Secretary",
    "Director of the Information Security Department",
    "Minister of Information and Communications",
]

CYBER_TITLES = [
    "{c1} and {c2} agree to deepen cooperation on international information security",
    "{c1} calls for a binding UN convention on cyberspace at OEWG session",
    "UN open-ended working group on ICT security wraps up {ordinal} session in {city}",
    "{c1} backs universal norms of responsible state behaviour in cyberspace",
    "{c1}, {c2} sign agreement on countering the criminal use of ICTs",
    "Digital sovereignty high on agenda as {c1} hosts cyber security dialogue",
    "{c1} envoy urges confidence-building measures to prevent conflicts in cyberspace",
    "UN cybercrime convention: {c1} ratifies treaty, urges others to follow",
]
CYBER_SENTENCES = [
    "The {official} of {c1} said the two countries would step up consultations on international "
    "information security within the United Nations.",
    "Both sides stressed the central role of the UN open-ended working group in developing rules, "
    "norms and principles of responsible behaviour of states in the use of ICTs.",
    "{c1} reaffirmed its support for a legally binding international instrument to prevent "
    "conflicts in the information space.",
    "The delegations discussed confidence-building measures, capacity building and the protection "
    "of critical information infrastructure from malicious cyber activities.",
    "Speaking in {city}, the {official} warned that the militarisation of cyberspace threatens "
    "international peace and security.",
    "The agreement covers the exchange of information on cyber threats, cooperation between "
    "national computer emergency response teams and joint training of specialists.",
    "Participants welcomed the adoption of the UN convention against cybercrime and called for its "
    "swift entry into force.",
    "{c2} said that the principle of state sovereignty applies fully to the information space and "
    "to the digital infrastructure located on a state's territory.",
    "The joint statement condemns the use of information and communication technologies to "
    "interfere in the internal affairs of sovereign states.",
    "Experts noted that a permanent, action-oriented mechanism on ICT security under UN auspices "
    "would give every state an equal voice regardless of its technical development.",
    "The ministers agreed to hold bilateral consultations on cyber diplomacy twice a year, "
    "alternating between {city} and the capital of {c2}.",
    "A points-of-contact directory for cyber incidents, set up under the OEWG, was described as a "
    "practical step towards reducing the risk of misperception and escalation.",
]
OFF_TOPIC = {
    "sport": (
        [
            "{c1} beat {c2} 3-1 in World Cup qualifier in {city}",
            "Marathon record falls as thousands run through {city}",
            "{c1} names new head coach ahead of continental championship",
        ],
        [
            "The home side took the lead in the {ordinal} minute through a header from the edge of the box.",
            "Fans packed the stadium in {city} despite heavy rain throughout the afternoon.",
            "The coach praised the discipline of his young squad after a difficult away series.",
            "{c2} pressed high in the second half but could not find an equaliser.",
            "The winner crossed the finish line in just over two hours and six minutes.",
            "The federation said ticket sales for the final had broken last season's record.",
            "Injuries to two key defenders forced a reshuffle of the starting line-up.",
            "The match was broadcast live to an estimated audience of forty million viewers.",
        ],
    ),
    "economy": (
        [
            "{c1} central bank holds key rate as inflation eases",
            "Trade between {c1} and {c2} rises sharply in first nine months",
            "Rice exports from {c1} hit record on strong demand",
        ],
        [
            "The central bank kept its benchmark rate unchanged at its meeting in {city} on Thursday.",
            "Analysts had expected a cut of a quarter point after inflation slowed for a third month.",
            "Bilateral trade turnover grew by almost a fifth compared with the same period last year.",
            "Exporters benefited from higher prices for agricultural commodities and lower freight costs.",
            "The finance ministry revised its growth forecast for the year upwards to 5.8 percent.",
            "Manufacturing output expanded for the sixth consecutive month, a survey showed.",
            "{c2} remains the largest buyer, accounting for nearly a third of shipments.",
            "The stock index in {city} closed slightly higher as investors weighed the decision.",
        ],
    ),
    "culture": (
        [
            "Film festival opens in {city} with premiere from {c1}",
            "{c1} museum returns ancient manuscripts to {c2}",
            "Heatwave grips {city} as temperatures climb above 40 degrees",
        ],
        [
            "The festival will screen more than two hundred films from forty countries over ten days.",
            "Organisers said the programme this year puts a spotlight on young directors.",
            "The manuscripts, dating back to the twelfth century, were handed over at a ceremony in {city}.",
            "Meteorologists advised residents to stay indoors during the hottest hours of the day.",
            "Local authorities opened cooling centres in libraries and community halls.",
            "The exhibition draws on private collections from {c1} and {c2}.",
            "Tickets for the opening night sold out within minutes of going on sale.",
            "Critics described the premiere as a bold and moving portrait of rural life.",
        ],
    ),
}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


@dataclass(frozen=True)
class Article:
    number: int
    slug: str
    topic: str
    title: str
    author: str
    published_at: datetime
    paragraphs: tuple[str, ...]
    caption: str
    credit: str

    @property
    def path(self) -> str:
        return f"/articles/{self.number:05d}-{self.slug}.html"


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def make_article(number: int) -> Article:
    """Article ``number`` (0-based); about 40 % are on international information security."""
    rng = random.Random(number * 7919 + 17)  # noqa: S311  # nosec B311
    c1, c2 = rng.sample(COUNTRIES, 2)
    slots = {
        "c1": c1,
        "c2": c2,
        "city": rng.choice(CITIES),
        "official": rng.choice(OFFICIALS),
        "ordinal": rng.choice(ORDINALS),
    }
    if number % 5 in (0, 2):
        topic, titles, sentences = "cyber", CYBER_TITLES, CYBER_SENTENCES
    else:
        topic = ("sport", "economy", "culture")[number % 3]
        titles, sentences = OFF_TOPIC[topic]
    title = _fill(rng.choice(titles), slots)
    paragraphs = []
    for _ in range(rng.randint(6, 9)):
        chosen = rng.sample(sentences, rng.randint(2, 3))
        paragraphs.append(" ".join(_fill(sentence, slots) for sentence in chosen))
    return Article(
        number=number,
        slug=_slugify(title),
        topic=topic,
        title=title,
        author=rng.choice(AUTHORS),
        published_at=EPOCH + STEP * number,
        paragraphs=tuple(paragraphs),
        caption=f"Delegates at the meeting in {slots['city']}.",
        credit=f"Photo: {rng.choice(['VNA', 'TASS', 'Xinhua', 'AFP', 'Reuters'])}",
    )
