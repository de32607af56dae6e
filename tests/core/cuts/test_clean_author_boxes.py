"""The author's bio box under the story (core.cuts.author_boxes): a heading "About the author" in the
languages of the news, or the writer's name alone with a last paragraph of bio, cut to the end."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    f"Paragraph {n}: the regional council voted on Tuesday to extend the ferry service through the "
    "winter months, after islanders said the cuts had left them without a way to reach the mainland."
    for n in range(1, 7)
]
# (heading, name, bio) by language.
_BOXES = {
    "en": ("About the author", "Jane Doe", "Jane Doe has been a political reporter since 2015. She covers "
           "local politics, transport and council finances."),
    "de": ("Über den Autor", "Max Mustermann", "Max Mustermann ist seit 2015 Redakteur im Ressort Politik. "
           "Er berichtet über Landespolitik, Verkehr und die Finanzen der Kommunen."),
    "fr": ("À propos de l'auteur", "Jean Dupont", "Jean Dupont est journaliste au service politique depuis "
           "2015. Il couvre la politique locale et les transports."),
    "es": ("Sobre el autor", "Juan Pérez", "Juan Pérez es periodista de la sección de política desde 2015. "
           "Escribe sobre política local y transporte."),
    "it": ("Sull'autore", "Mario Rossi", "Mario Rossi è giornalista della redazione politica dal 2015. Si "
           "occupa di politica locale e trasporti."),
    "nl": ("Over de auteur", "Jan Jansen", "Jan Jansen is sinds 2015 verslaggever politiek. Hij schrijft "
           "over lokale politiek en verkeer."),
    "pt": ("Sobre o autor", "João Silva", "João Silva é jornalista da editoria de política desde 2015. "
           "Escreve sobre política local e transportes."),
    "pl": ("O autorze", "Jan Kowalski", "Jan Kowalski jest dziennikarzem działu politycznego od 2015 roku. "
           "Pisze o polityce lokalnej i transporcie."),
    "ru": ("Об авторе", "Иван Петров", "Иван Петров работает корреспондентом отдела политики с 2015 года. "
           "Пишет о местной политике и транспорте."),
}


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_a_bio_box_under_its_heading_is_cut(lang: str) -> None:
    heading, name, bio = _BOXES[lang]
    assert clean_text("\n".join([*_STORY, heading, name, bio])) == "\n".join(_STORY)


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_a_bio_box_under_the_writer_s_name_is_cut(lang: str) -> None:
    _, name, bio = _BOXES[lang]
    assert clean_text("\n".join([*_STORY, name, bio, "Alle Artikel"])) == "\n".join(_STORY)


def test_a_bio_box_named_in_german_leaves_the_extract() -> None:
    from helpers import COUNCIL_BODY

    from cleaner.extract import extract

    _, name, bio = _BOXES["de"]
    page = (f"<html><head><title>Haushalt</title></head><body><article><h1>Rat beschließt Haushalt</h1>"
            f"{COUNCIL_BODY}<div class='autor-info'><p><strong>{name}</strong></p><p>{bio}</p></div>"
            "</article><footer>Impressum</footer></body></html>")
    text = extract(page, "https://example.org/news/2024/haushalt").text
    assert text.endswith("the repair of roads in the district.")


# A heading at the top, a subheading naming a person with the story going on, a last paragraph about
# someone who is no journalist, or one that only mentions an author: the story's own.
@pytest.mark.parametrize("lines", [
    ["About the author", *_STORY],
    [*_STORY[:4], "Maria Schmidt", "Maria Schmidt ist seit 2015 Bürgermeisterin der Stadt und hat den "
     "Haushalt gegen die Opposition durchgesetzt.", *_STORY[4:]],
    [*_STORY, "Maria Schmidt", "Maria Schmidt ist seit 2015 Bürgermeisterin der Stadt und hat den Haushalt "
     "gegen die Opposition durchgesetzt."],
    [*_STORY, "Jane Doe", "The report's author, a former reporter, said the figures would be published "
     "in full next month."],
    [*_STORY, "The author of the report, Jane Doe, told reporters the figures would be published soon."],
])
def test_the_story_s_own_lines_stay(lines: list[str]) -> None:
    assert clean_text("\n".join(lines)) == "\n".join(lines)


def test_the_box_under_spanish_papers_heading_sobre_la_firma_is_cut() -> None:
    """Spanish papers head the writer's box "Sobre la firma" (about the byline)."""
    bio = "Periodista de la sección de Economía. Antes trabajó en la agencia Efe y en la radio pública."
    assert clean_text("\n".join([*_STORY, "Sobre la firma", bio])) == "\n".join(_STORY)


def test_a_subheading_on_a_treaty_s_signing_stays() -> None:
    """"La firma" is also a signature on a treaty: a subheading with more words is the story's."""
    lines = [*_STORY[:4], "Sobre la firma del tratado", *_STORY[4:]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
