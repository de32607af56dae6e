"""Wire credits where no one signs a story (issue 14):
- a Russian or Ukrainian dateline closing the place and the day with full stops, the agency after
  them ("Київ. 12 березня. ІНТЕРФАКС-УКРАЇНА - ", "Санкт-Петербург. 3 апреля. ИНТЕРФАКС - "); the
  agency's address on its own site ("INTERFAX.RU - ") stays unread: the outlet is its name there;
- the wires of press releases and a national wire named with its word "wire" ("/PRNewswire/ --",
  "(BUSINESS WIRE)--", "/GLOBE NEWSWIRE/ --", "(News24 Wire)" under the text).
Before, these named the outlet."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "ru": "Правительство объявило о новом пакете экономических мер для поддержки роста. Министр финансов "
          "заявил, что этот шаг усилит покупательную способность граждан во всех регионах страны.",
    "uk": "Уряд оголосив про новий пакет економічних заходів для підтримки зростання. Міністр фінансів "
          "заявив, що цей крок посилить купівельну спроможність громадян у всіх регіонах країни.",
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens in every region.",
}


def _page(language: str, *, before: str = "", first: str = "", after: str = "") -> str:
    return unsigned_story(language, _TEXT[language], before=before, first=first, after=after)


@pytest.mark.parametrize(("language", "first", "names"), [
    ("uk", "Київ. 12 березня. ІНТЕРФАКС-УКРАЇНА - ", ["ІНТЕРФАКС-УКРАЇНА"]),
    ("ru", "Санкт-Петербург. 3 апреля. ИНТЕРФАКС - ", ["ИНТЕРФАКС"]),
    ("en", "NEW YORK, March 12, 2024 /PRNewswire/ -- ", ["PRNewswire"]),
    ("en", "SAN FRANCISCO--(BUSINESS WIRE)--", ["BUSINESS WIRE"]),
    ("en", "TORONTO, March 12, 2024 (GLOBE NEWSWIRE) -- ", ["GLOBE NEWSWIRE"]),
    # guards: as before
    ("ru", "МОСКВА, 12 марта. /ТАСС/. ", ["ТАСС"]),
    ("ru", "Москва. 12 марта. Президент подписал указ. ", ["Daily Site"]),
    ("ru", "Москва. 12 марта. INTERFAX.RU - ", ["Daily Site"]),
    ("en", "New Delhi, March 12 (IANS) ", ["IANS"]),
])
def test_dateline_agencies(language: str, first: str, names: list[str]) -> None:
    assert extract(_page(language, first=first)).authors == names


def test_a_person_signing_wins_over_the_dateline() -> None:
    page = _page("uk", before="<div class='author'>Іван Петренко</div>",
                 first="Київ. 12 березня. ІНТЕРФАКС-УКРАЇНА - ")
    assert extract(page).authors == ["Іван Петренко"]


@pytest.mark.parametrize(("after", "names"), [
    ("<p>(News24 Wire)</p>", ["News24 Wire"]),
    # guards: as before; a sentence naming the wire is no sign-off
    ("<p>— ANI</p>", ["ANI"]),
    ("<p>The figures were first reported by News24 Wire on Monday evening.</p>", ["Daily Site"]),
])
def test_wire_sign_offs(after: str, names: list[str]) -> None:
    assert extract(_page("en", after=after)).authors == names
