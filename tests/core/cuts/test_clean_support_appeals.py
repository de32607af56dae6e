"""A reader-support appeal set in the body's text (core.cuts.support_appeals): the opening paragraph that
asks the reader for help, or opens with the imperative to support the outlet's journalism, and what
follows it to the end (in the text's second half) or to its button (inside the story)."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    f"Paragraph {n}: the regional council voted on Tuesday to extend the ferry service through the "
    "winter months, after islanders said the cuts had left them without a way to reach the mainland."
    for n in range(1, 7)
]
_AFTER = [
    "Support The Guardian",
    "Most viewed",
]
# An appeal's opening paragraph in the languages of the news, with its button (a short line).
_APPEALS = {
    "en": ("... we have a small favour to ask. More people are reading and supporting our independent, "
           "investigative reporting than ever. But advertising revenues across the media are falling fast.",
           "Support us"),
    "en-us": ("Before you go, we'd like to ask you for your support. Our reporting is free for everyone, "
              "and it stays that way because readers like you chip in.", "Donate now"),
    "de": ("Wir haben eine kleine Bitte: Immer mehr Menschen lesen unsere Berichte, doch die Einnahmen "
           "aus Anzeigen sinken. Mit einem Beitrag sichern Sie unsere Arbeit.", "Jetzt unterstützen"),
    "de-imp": ("Unterstützen Sie unabhängigen Journalismus. Unsere Recherchen sind frei zugänglich, "
               "weil Leserinnen und Leser wie Sie uns tragen.", "Jetzt spenden"),
    "fr": ("Nous avons une petite faveur à vous demander. De plus en plus de lecteurs nous lisent, mais "
           "les recettes publicitaires baissent.", "Soutenez-nous"),
    "fr-imp": ("Soutenez un journalisme indépendant. Nos articles restent en accès libre grâce à vous, "
               "nos lecteurs, qui nous financent chaque mois.", "Faire un don"),
    "es": ("Te pedimos un pequeño favor: cada vez más personas leen nuestro periodismo, pero los "
           "ingresos por publicidad caen.", "Hazte socio"),
    "it": ("Abbiamo un piccolo favore da chiederti. Sempre più persone leggono i nostri articoli, ma "
           "i ricavi pubblicitari sono in calo.", "Sostienici"),
    "pt": ("Apoie o jornalismo independente. As nossas reportagens são gratuitas para todos graças aos "
           "leitores que nos financiam.", "Apoiar agora"),
    "nl": ("Steun onafhankelijke journalistiek. Onze artikelen zijn gratis te lezen dankzij lezers zoals "
           "u die ons steunen.", "Doneer nu"),
    "pl": ("Mamy do Ciebie małą prośbę. Coraz więcej osób czyta nasze teksty, ale wpływy z reklam "
           "spadają.", "Wesprzyj nas"),
    "ru": ("У нас к вам небольшая просьба. Всё больше людей читают наши материалы, но доходы от рекламы "
           "падают.", "Поддержать"),
}


@pytest.mark.parametrize("lang", sorted(_APPEALS))
def test_an_appeal_after_the_story_goes_with_what_follows(lang: str) -> None:
    opening, button = _APPEALS[lang]
    text = "\n".join([*_STORY, opening, "If everyone who reads us helps fund us, our future is secure.",
                      button, *_AFTER])
    assert clean_text(text) == "\n".join(_STORY)


@pytest.mark.parametrize("at", [2, 4])
@pytest.mark.parametrize("lang", ["en", "de", "fr-imp", "nl"])
def test_an_appeal_inside_the_story_goes_to_its_button(lang: str, at: int) -> None:
    opening, button = _APPEALS[lang]
    text = "\n".join([*_STORY[:at], opening, button, *_STORY[at:]])
    assert clean_text(text) == "\n".join(_STORY)


def test_an_appeal_without_a_button_in_the_story_s_first_half_is_its_one_paragraph() -> None:
    text = "\n".join([*_STORY[:2], _APPEALS["es"][0], *_STORY[2:]])
    assert clean_text(text) == "\n".join(_STORY)


# A story's own sentences about donations and support: told of others, or "they" in German.
@pytest.mark.parametrize("line", [
    "The charity asked readers to support its work after the floods, and donations reached $2m by Friday.",
    "Zudem unterstützen sie unabhängigen Journalismus in der Region mit einem Fonds von zwei Millionen Euro.",
    "Le ministre a déclaré vouloir soutenir le journalisme local, sans préciser le montant de l'aide.",
    "She said she had one small favour to ask of the minister, and the room fell silent.",
    "La fundación apoya el periodismo local desde 2010, según su informe anual publicado el lunes.",
    "Ik steun de journalistiek van de krant al jaren, zei de burgemeester tijdens de vergadering dinsdag.",
])
def test_a_story_sentence_about_support_stays(line: str) -> None:
    text = "\n".join([*_STORY[:3], line, *_STORY[3:]])
    assert clean_text(text) == text


def test_an_appeal_set_as_the_body_s_last_paragraphs_leaves_the_extract() -> None:
    from helpers import COUNCIL_BODY

    from cleaner.extract import extract

    appeal = ("<p><em>Wir haben eine kleine Bitte: Immer mehr Menschen lesen unsere Berichte, doch die "
              "Einnahmen aus Anzeigen sinken. Mit einem Beitrag sichern Sie unsere Arbeit.</em></p>"
              "<p>Jeder Beitrag hilft, ob groß oder klein, und er dauert nur eine Minute. Vielen Dank für "
              "Ihre Unterstützung.</p><p><a href='/spenden'>Jetzt unterstützen</a></p>")
    page = (f"<html><head><title>Haushalt</title></head><body><article><h1>Rat beschließt Haushalt</h1>"
            f"{COUNCIL_BODY}{appeal}</article><footer>Impressum</footer></body></html>")
    text = extract(page, "https://example.org/news/2024/haushalt").text
    assert text.endswith("the repair of roads in the district.")
    assert "Bitte" not in text and "Beitrag" not in text
