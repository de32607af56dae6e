"""A newsletter sign-up box set in the body's text (core.cuts.newsletter_boxes): its heading, its pitch and
its button go, in the languages of the news; the story goes on after them."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    f"Paragraph {n}: the regional council voted on Tuesday to extend the ferry service through the "
    "winter months, after islanders said the cuts had left them without a way to reach the mainland."
    for n in range(1, 7)
]
# (heading, pitch, button) by language.
_BOXES = {
    "en": ("Newsletter", "The day's most important news every morning, free in your inbox.", "Sign up"),
    "de": ("Newsletter", "Die wichtigsten Nachrichten des Tages jeden Morgen kostenlos in Ihrem Postfach.",
           "Abonnieren"),
    "de-own": ("Unser Newsletter", "Melden Sie sich an und erhalten Sie die Nachrichten des Tages.", ""),
    "fr": ("Notre newsletter", "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
           "S'inscrire"),
    "es": ("Boletín", "Las noticias más importantes del día, cada mañana gratis en tu correo.",
           "Suscribirme"),
    "it": ("Newsletter", "Le notizie più importanti della giornata ogni mattina gratis nella tua casella.",
           "Iscriviti"),
    "pt": ("Newsletter", "As notícias mais importantes do dia todas as manhãs grátis no seu e-mail.",
           "Assinar"),
    "nl": ("Nieuwsbrief", "Het belangrijkste nieuws van de dag elke ochtend gratis in je mailbox.",
           "Aanmelden"),
    "sv": ("Nyhetsbrev", "Dagens viktigaste nyheter varje morgon gratis i din inkorg.", "Prenumerera"),
    "pl": ("Newsletter", "Najważniejsze wiadomości dnia codziennie na Twoją skrzynkę.", "Zapisz się"),
    "ru": ("Рассылка", "Главные новости дня каждое утро на вашу почту.", "Подписаться"),
}


@pytest.mark.parametrize("at", [3, 6])
@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_a_newsletter_box_leaves_the_text(lang: str, at: int) -> None:
    box = [line for line in _BOXES[lang] if line]
    assert clean_text("\n".join([*_STORY[:at], *box, *_STORY[at:]])) == "\n".join(_STORY)


def test_a_newsletter_box_after_the_story_leaves_the_extract() -> None:
    from helpers import COUNCIL_BODY

    from cleaner.extract import extract

    heading, pitch, button = _BOXES["nl"]
    page = (f"<html><head><title>Begroting</title></head><body><article><h1>Raad neemt begroting aan</h1>"
            f"{COUNCIL_BODY}<div><h3>{heading}</h3><p>{pitch}</p><form><input type='email'>"
            f"<button>{button}</button></form></div></article><footer>Colofon</footer></body></html>")
    text = extract(page, "https://example.org/nieuws/2024/begroting").text
    assert text.endswith("the repair of roads in the district.")


# A story about a newsletter: its subheading then a paragraph telling of others, or a long one (the
# subheading alone is the line rules' label, as before).
@pytest.mark.parametrize("lines", [
    [*_STORY[:3], "The newsletter", "The newsletter went to every member of staff every morning, the "
     "report said.", *_STORY[3:]],
    [*_STORY[:3], "Der Newsletter", "Der Newsletter des Vereins erscheint seit 2010 jeden Monat und wird "
     "an mehr als zweitausend Mitglieder in der ganzen Region verschickt, wie der Vorstand am Dienstag "
     "mitteilte, der die Kosten für den Druck und den Versand der Hefte senken will.", *_STORY[3:]],
    [*_STORY[:3], "Bulletin", "Rain is expected every morning this week across the region, the "
     "forecasters said.", *_STORY[3:]],
])
def test_a_story_about_a_newsletter_stays(lines: list[str]) -> None:
    kept = clean_text("\n".join(lines)).split("\n")
    assert [line for line in lines if "ewsletter" not in line or len(line.split()) > 3] == kept


@pytest.mark.parametrize("pitch", [
    "Mehr als 40.000 Leser abonnieren inzwischen den wöchentlichen Newsletter der Gewerkschaft, heißt es im "
    "Jahresbericht.",
    "Around 40,000 readers now subscribe to the union's weekly newsletter, its annual report says.",
])
def test_story_sentence_of_subscribers_after_a_sign_up_line_stays(pitch: str) -> None:
    """A sign-up line that reads as a box's heading ("Jetzt den Newsletter abonnieren"), then a sentence
    that tells of readers who subscribe: the sign-up line goes by the line rules, the sentence stays (a
    pitch's call opens or closes its line, or speaks to the reader)."""
    heading = "Jetzt den Newsletter abonnieren" if pitch.startswith("Mehr") else "Sign up to our newsletter"
    assert clean_text("\n".join([*_STORY[:3], heading, pitch, *_STORY[3:]])) \
        == "\n".join([*_STORY[:3], pitch, *_STORY[3:]])
