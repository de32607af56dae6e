"""A run of bare platform and shop-button lines (core.cuts.platform_runs): a podcast box's links, each its
own line ("Spotify", "Apple Podcasts", "Deezer"), app stores, a product's buttons, with the short prompt
above them; the outlet's channels from three in a row. A platform's name alone over a paragraph (a
review's subheading) stays, and so do two channels a story lists."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, den Fährbetrieb auch in den Wintermonaten fortzuführen, und "
    "damit einen jahrelangen Streit beendet.",
    "Nach Angaben der Verwaltung kostet der neue Fahrplan rund 1,2 Millionen Euro, die zum Teil aus dem "
    "regionalen Verkehrsfonds kommen.",
    "Die Bewohner der Insel hatten sich beklagt, dass die letzte Fähre für Pendler mit Spätschicht zu früh "
    "ablege.",
]


@pytest.mark.parametrize("box", [
    ["Spotify", "Apple Podcasts", "Deezer"],
    ["Spotify", "iVoox"],
    ["Hören Sie uns auf:", "Spotify", "Deezer", "ARD Audiothek"],
    ["Escucha el podcast en:", "• Spotify", "• Apple Podcasts"],
    ["App Store", "Google Play"],
    ["Shop now", "Add to basket"],
    ["Telegram", "WhatsApp", "VK"],
])
@pytest.mark.parametrize("at", [1, 3])
def test_run_goes(box: list[str], at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], *box, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("lines", [
    [_STORY[0], "Spotify", _STORY[1], "Deezer", _STORY[2]],  # a review's subheadings
    [*_STORY, "Meta said two of its services were down for about two hours:", "WhatsApp", "Instagram",
     _STORY[0]],
    [_STORY[0], "Der Dienst, um den es geht:", "Spotify", _STORY[1]],
])
def test_story_stays(lines: list[str]) -> None:
    assert clean_text("\n".join(lines)) == "\n".join(lines)
