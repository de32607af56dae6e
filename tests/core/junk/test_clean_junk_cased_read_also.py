"""A "read also" marker in the sentence's case run into the other article's headline stayed in the text
(issue 14): a bold marker before the headline's link, no colon ("Přečtěte si také Útok hackerů ochromil
nemocnici v Brně", "Leggi anche Attacco hacker ai sistemi della Regione"); with a colon, or in capitals,
it went already. teasers.is_caps_promo: a marker of two words or more, then a headline of three words or
more opening with a capital and ending with no stop ("Les også Ny skole i Bergen", a guard of
test_clean_junk_caps_promos before, now goes: the same teaser). Guards: sentences opening with the
marker's words and going on in lower case or ending with their stop, a marker of one word, a headline
too short."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Přečtěte si také Útok hackerů ochromil nemocnici v Brně",
    "Leggi anche Attacco hacker ai sistemi della Regione",
    "Прочитајте још Хакерски напад на систем јавних набавки",
    "Preberite tudi Hekerski napad na spletne strani ministrstev",
    "Διαβάστε επίσης Κυβερνοεπίθεση σε νοσοκομεία της Αθήνας",
    "Taip pat skaitykite Įsilaužėliai atakavo savivaldybių svetaines",
    "Lasi vēl Hakeri uzbruka pašvaldību tīmekļvietnēm",
    "Leia também Ataque informático afeta hospitais do Norte",
    "Lee también Un ciberataque paraliza los sistemas del hospital",
    "Read more Mayor warns of cuts to bus services",
    "Les også Ny skole i Bergen",
])
def test_the_teaser_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Read more about the plan on the city's website before the vote next week",
    "Leggi anche Il Sole 24 Ore, ha detto il ministro ai giornalisti.",
    "See also Figure 3 in the report, which shows the costs for each district.",
    "Related Hospitals in the north of the country reported new attacks",
    "Lesen Sie auch Kommentare",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
