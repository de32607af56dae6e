"""A teaser marked with the outlet's own address and glued to the other article's headline ("Also on
rt.com Journalists threatened ...", core.junk.teasers._SITE_MARKER): a junk line in many languages; a
story's sentence naming a site (a comma, a small letter after the address) stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    f"Paragraph {n}: the regional council voted on Tuesday to extend the ferry service through the "
    "winter months, after islanders said the cuts had left them without a way to reach the mainland."
    for n in range(1, 5)
]


@pytest.mark.parametrize("line", [
    "Also on rt.com Journalists & politicians threatened with sedition arrests as Bolivia purges socialists",
    "More on bbc.co.uk: Mayor resigns after budget row",
    "Auch auf example.de: Neue Brücke über den Fluss eröffnet",
    "Aussi sur example.fr Le maire démissionne après le vote du budget",
    "También en example.es Dimite el alcalde tras la votación del presupuesto",
    "Anche su example.it Il sindaco si dimette dopo il voto del bilancio",
    "Ook op example.nl Burgemeester stapt op na ruzie over begroting",
    "Также на example.ru Мэр ушёл в отставку после спора о бюджете",
])
def test_a_teaser_marked_with_the_site_s_address_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY[:2], line, *_STORY[2:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Also on rt.com, the channel aired an interview with the opposition leader that drew complaints.",
    "Also on example.com the minister said the ferry service would be extended through the winter.",
    "Mehr auf example.de lesen konnten die Abonnenten am Dienstag, teilte der Verlag mit.",
])
def test_a_story_sentence_naming_a_site_stays(line: str) -> None:
    text = "\n".join([*_STORY[:2], line, *_STORY[2:]])
    assert clean_text(text) == text
