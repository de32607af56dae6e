"""Two kinds of commerce left at the end of an article, judged line by line (core.junk): a promo code's
offer to the reader (core.junk.offers: the code's word, the code in capitals and digits, a saving, the
reader told to use it) and a podcast's links (core.junk.podcasts: the platforms to listen on beside a
call to listen or with little else on the line, a podcast app's name alone, the short prompt above
them). A story's sentence with the same words stays, and so does a streaming service's name alone (a
review's subheading)."""

from __future__ import annotations

import re

import pytest
from helpers import article_lines

from core.junk import is_junk
from core.text import clean_text


def _words(line: str) -> list[str]:
    return re.findall(r"\w+", line)


@pytest.mark.parametrize("line", [
    "Use promo code SPRING15 for 15% off sitewide until Sunday.",
    "Get 20% off your first order with the code NEWS20 at checkout.",
    "Mit dem Gutscheincode FRUEHLING20 sparen Sie 20 Prozent auf Ihre erste Bestellung.",
    "Code promo : ETE15 pour 15 % de réduction sur votre première commande.",
    "Usa el código de descuento VERANO10 y ahorra un 10 % en tu primer pedido.",
    "Inserisci il codice sconto ESTATE20 per risparmiare il 20% sul tuo ordine.",
])
def test_a_promo_code_offer_is_junk(line: str) -> None:
    assert is_junk(line, _words(line))


@pytest.mark.parametrize("line", [
    "Listen on: Apple Podcasts | Spotify | YouTube Music | Pocket Casts",
    "Apple Podcasts · Spotify · Deezer · Amazon Music",
    "Hören Sie den Podcast auf Spotify, Apple Podcasts, Deezer oder in der ARD Audiothek.",
    "Écoutez le podcast sur Apple Podcasts, Spotify et Deezer.",
    "Escucha el pódcast en Spotify, Apple Podcasts o Ivoox.",
    "Apple Podcasts",
    "Pocket Casts",
    "Listen to the podcast",
    "Den Podcast abonnieren",
])
def test_a_podcast_s_links_are_junk(line: str) -> None:
    assert is_junk(line, _words(line))


@pytest.mark.parametrize("line", [
    "Shoppers using the code SUMMER20 got 20% off, which cost the retailer $2m, the company said.",
    "Police said the door code 4471 had been changed after the break-in.",
    "La aplicación usa el código abierto GPL3 y ahorra un 10 % de batería, según la empresa.",
    "Spotify and Apple Podcasts are competing for exclusive shows, the report said.",
    "The podcast, which is available on Spotify, has been downloaded two million times since March.",
    "Der Podcast ist seit Montag auf Spotify und Deezer verfügbar und hat 10.000 Hörer, sagte der Sender.",
    "Spotify",
    "Amazon Music",
])
def test_a_story_sentence_or_a_service_s_name_stays(line: str) -> None:
    assert not is_junk(line, _words(line))


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_the_links_at_the_end_of_a_story_go(lang: str) -> None:
    tails = {"en": ["Listen to the podcast", "Listen on: Apple Podcasts | Spotify | Pocket Casts"],
             "de": ["Den Podcast abonnieren", "Hören Sie den Podcast auf Spotify oder Deezer."],
             "fr": ["Code promo : ETE15 pour 15 % de réduction sur votre première commande."]}
    story = article_lines(6, lang)
    assert clean_text("\n".join([*story, *tails[lang]])) == "\n".join(story)
