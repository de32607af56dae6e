"""A press release's closing "About <Company>" paragraph set as a run-in heading: the name, a full stop,
then the description on the same line ("About Acme. Acme is ...", "Über die Muster AG. Das Unternehmen
...", "À propos d'Exemple. Exemple est ...", "Acerca de Ejemplo. Ejemplo es ...", "Sobre a Exemplo. A
Exemplo é ..."), where a bold run lost its break. Cut to the end (core.cuts.company_boilerplate) when
the description names the company again, by a word of its name or its kind; a story's line that opens
so and speaks of something else stays."""

from __future__ import annotations

import pytest
from helpers import article_lines

from core.text import clean_text

_RUN_INS = {
    "en": ("en", ["About Acme. Acme is a leading provider of cloud software for hospitals, with offices in "
                  "14 countries."]),
    "en-founded": ("en", ["About Northwind. Founded in 1998, Northwind supplies specialty foods to "
                          "restaurants across North America.", "Media contact: press@northwind.example"]),
    "de": ("de", ["Über Muster. Die Muster GmbH ist ein führender Anbieter von Messtechnik mit Sitz in "
                  "Stuttgart."]),
    "de-kind": ("de", ["Über die Beispiel AG. Das Unternehmen entwickelt Software für Stadtwerke und "
                       "beschäftigt 300 Mitarbeiter."]),
    "fr": ("fr", ["À propos d'Exemple. Exemple est une société spécialisée dans le stockage d'énergie, "
                  "présente dans 12 pays."]),
    "es": ("es", ["Acerca de Ejemplo. Ejemplo es una empresa líder en logística con sede en Madrid."]),
    "es-sobre": ("es", ["Sobre Ejemplo. Fundada en 2001, la empresa ofrece servicios de logística en toda "
                        "España."]),
    "pt": ("pt", ["Sobre a Exemplo. A Exemplo é uma empresa brasileira de tecnologia fundada em 2010."]),
}


@pytest.mark.parametrize("kind", sorted(_RUN_INS))
def test_a_run_in_about_paragraph_at_the_end_is_cut(kind: str) -> None:
    lang, boilerplate = _RUN_INS[kind]
    story = article_lines(6, lang)
    assert clean_text("\n".join([*story, *boilerplate])) == "\n".join(story)


# The story's own closing lines that open so: kept.
_STORY_ENDINGS = {
    "en": ("en", "About Face. The exhibition is a look back at forty years of portraits and runs until May."),
    "de": ("de", "Über Nacht. Die Stadt ist ein anderer Ort geworden, sagt die Bürgermeisterin."),
    "es": ("es", "Sobre Madrid. La ciudad es una de las más visitadas de Europa este verano."),
    "fr": ("fr", "À propos de Lyon. La ville est la troisième de France par sa population."),
}


@pytest.mark.parametrize("kind", sorted(_STORY_ENDINGS))
def test_a_story_line_that_opens_so_stays(kind: str) -> None:
    lang, ending = _STORY_ENDINGS[kind]
    text = "\n".join([*article_lines(6, lang), ending])
    assert clean_text(text) == text


def test_a_run_in_about_paragraph_early_in_the_text_stays() -> None:
    lines = ["About Acme. Acme is a leading provider of cloud software for hospitals.", *article_lines(6)]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
