"""A press release's closing "About <Company>" boilerplate (core.cuts.company_boilerplate): the issuer's
paragraph at the end with no heading of its own, in the languages of the wires, cut to the end; the
story's own "About 300 people ..." and the like stay."""

from __future__ import annotations

import pytest
from helpers import article_lines

from core.text import clean_text

# (language of the story, the boilerplate's lines) as wires and newsrooms write them.
_BOILERPLATES = {
    "en-colon": ("en", ["About Acme Corp: Acme Corp is a leading provider of cloud software for hospitals, "
                        "with offices in 14 countries. For more information, visit www.acme.example."]),
    "en-line": ("en", ["About Northwind Traders",
                       "Founded in 1998, Northwind Traders supplies specialty foods to restaurants and "
                       "retailers across North America.", "Media contact: press@northwind.example"]),
    "en-run-in": ("en", ["About Contoso Ltd. Contoso Ltd. (NASDAQ: CTSO) develops payment systems for small "
                         "businesses and employs 2,000 people worldwide."]),
    "en-caps-two": ("en", ["ABOUT FABRIKAM", "Fabrikam is a global manufacturer of industrial sensors.",
                           "About the Tailspin Foundation",
                           "The Tailspin Foundation is a nonprofit that funds aviation schools."]),
    "de": ("de", ["Über die Muster GmbH",
                  "Die Muster GmbH ist ein mittelständischer Hersteller von Messtechnik mit Sitz in "
                  "Stuttgart und beschäftigt rund 400 Mitarbeiter.", "Pressekontakt: presse@muster.example"]),
    "de-colon": ("de", ["Über Beispiel AG: Die Beispiel AG bietet Software für Stadtwerke an und wurde 2004 "
                        "gegründet."]),
    "fr": ("fr", ["À propos d'Exemple SA",
                  "Exemple SA est une société spécialisée dans le stockage d'énergie, présente "
                  "dans 12 pays."]),
    "es": ("es", ["Acerca de Ejemplo: Ejemplo es una empresa líder en logística con sede en Madrid."]),
    "pt": ("pt", ["Sobre a Exemplo", "A Exemplo é uma empresa brasileira de tecnologia fundada em 2010."]),
}


@pytest.mark.parametrize("kind", sorted(_BOILERPLATES))
def test_the_issuer_s_boilerplate_at_the_end_is_cut(kind: str) -> None:
    lang, boilerplate = _BOILERPLATES[kind]
    story = article_lines(6, lang)
    assert clean_text("\n".join([*story, *boilerplate])) == "\n".join(story)


# The story's own lines that open like the boilerplate: kept.
_STORY_ENDINGS = [
    "About 300 people gathered outside the town hall on Wednesday, and the police said the protest is a "
    "peaceful one.",
    "About a year ago, the council is said to have offered a compromise that nobody took up.",
    "About this rating: the claim is a mix of true and false statements.",
    "About Face, the exhibition that ran until May, drew 20,000 visitors to the museum.",
    "Über die Brücke fahren täglich 30.000 Autos, sagte der Bürgermeister.",
    "Over de jaren is de brug steeds drukker geworden.",
]


@pytest.mark.parametrize("ending", _STORY_ENDINGS)
def test_the_story_s_own_closing_line_stays(ending: str) -> None:
    text = "\n".join([*article_lines(6), ending])
    assert clean_text(text) == text


def test_a_heading_about_a_company_without_a_present_description_stays() -> None:
    # A subheading naming the company, then the story told in the past tense.
    text = "\n".join([*article_lines(6), "About Acme Corp", "The company filed for bankruptcy in 2019 after "
                      "its main customer left."])
    assert clean_text(text) == text


def test_the_boilerplate_early_in_the_text_stays() -> None:
    # Not the last paragraphs: the story goes on long after it.
    text = "\n".join([*article_lines(2), "About Acme Corp: Acme Corp is a provider of cloud software.",
                      *[f"{line} {line}" for line in article_lines(8)]])
    assert clean_text(text) == text


def test_the_boilerplate_in_a_bold_run_leaves_the_extract() -> None:
    from cleaner.extract import extract

    paragraphs = "".join(f"<p>{line}</p>" for line in article_lines(8))
    page = ("<html><head><title>Acme opens a plant</title></head><body><article><h1>Acme opens a plant</h1>"
            f"{paragraphs}<p><b>About Acme Corp</b><br>Acme Corp is a leading provider of cloud software "
            "for hospitals, with offices in 14 countries.</p></article><footer>Imprint</footer>"
            "</body></html>")
    text = extract(page, "https://example.org/news/2024/acme-plant").text
    assert text.endswith("the repair of roads.")
    assert "leading provider" not in text
