"""Boilerplate in the languages of the news that the junk rules knew mostly in English (issue 14):
player labels, embedded Instagram posts' labels, paywall and membership prompts, appeals to support
the newsroom, and the headings that open the page's tail (most read, comments, related articles).
Prose that uses the same words stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, das neue Wohnviertel am Fluss trotz der Einwände der "
    "Anwohner zu bauen, die Lärm und mehr Verkehr befürchten.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen, nachdem der Rat in einer letzten Abstimmung "
    "die Finanzierung des Projekts bestätigt hat.",
    "Die Opposition kündigte an, gegen den Beschluss zu klagen, und sammelt bereits Unterschriften für "
    "ein Bürgerbegehren gegen das Vorhaben.",
    "Der Bürgermeister sagte, die Stadt brauche dringend neue Wohnungen, und die Pläne seien über zwei "
    "Jahre mit allen Beteiligten besprochen worden.",
]

PLAYER_LABELS = ["Video abspielen", "Lire la vidéo", "Reproducir vídeo", "Смотреть видео", "Odtwórz wideo",
                 "Guarda il video", "Afspil video", "Video oynat", "Speel video af"]
INSTAGRAM = ["View this post on Instagram", "Diesen Beitrag auf Instagram ansehen",
             "Voir cette publication sur Instagram", "Ver esta publicación en Instagram",
             "Visualizza questo post su Instagram", "Ver essa foto no Instagram",
             "A post shared by Jane Roe (@janeroe)", "Ein Beitrag geteilt von Max Muster (@maxmuster)",
             "Une publication partagée par Paris Match (@parismatch)",
             "Una publicación compartida de Ana López (@analopez)"]
PAYWALL = ["Denne artikkelen er kun for abonnenter.", "Dit artikel is alleen voor abonnees.",
           "Artikeln är endast för prenumeranter.", "Contenuto riservato agli abbonati",
           "Ten artykuł jest dostępny tylko dla prenumeratorów.", "Tento článek je pouze pro předplatitele.",
           "この記事は有料会員限定です。", "Word abonnee", "Er du allerede abonnent? Logg inn",
           "Sei già abbonato? Accedi", "Masz już konto? Zaloguj się"]
APPEALS = ["Steun onze journalistiek", "Apoya el periodismo independiente", "Sostieni il nostro giornalismo",
           "Apoie o jornalismo independente", "Støtt uavhengig journalistikk"]


@pytest.mark.parametrize("line", PLAYER_LABELS + INSTAGRAM + PAYWALL + APPEALS)
def test_a_boilerplate_line_in_another_language_is_dropped(line: str) -> None:
    text = "\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])
    assert clean_text(text).split("\n") == BODY


@pytest.mark.parametrize("heading", ["Meistgelesen", "Kommentare", "Les plus lus", "Commentaires",
                                     "Lo más leído", "Comentarios", "Mais lidas", "I più letti",
                                     "Meest gelezen", "Mest lest", "Najczęściej czytane", "Nejčtenější",
                                     "Самое читаемое", "En çok okunanlar", "Berita terkait",
                                     "Artikel terkait",
                                     "Articoli correlati", "Artículos relacionados", "Articles similaires"])
def test_the_tail_after_a_heading_in_another_language_is_cut(heading: str) -> None:
    tail = ["Neue Brücke über den Fluss eröffnet", "Stadtwerke erhöhen die Preise", "Polizei sucht Zeugen"]
    assert clean_text("\n".join([*BODY, heading, *tail])).split("\n") == BODY


def test_prose_with_the_same_words_stays() -> None:
    prose = [
        "Die Abonnenten der Zeitung können das Video ab Montag ansehen, teilte der Verlag mit, der die "
        "Kommentare der Leser ausgewertet hat.",
        "Le journal a publié sur Instagram une vidéo que les abonnés ont commentée, selon les chiffres "
        "les plus lus de la semaine.",
        "Los comentarios de los lectores sobre el periodismo independiente llegaron por miles, según el "
        "diario, que no publicó las cifras.",
        "Apoya el periodismo local con una nueva ley de subvenciones, anunció el ministro de Cultura en "
        "Madrid ante los directores de los diarios regionales, que la pedían desde hace años.",
    ]
    assert clean_text("\n".join([*BODY, *prose])).split("\n") == [*BODY, *prose]
