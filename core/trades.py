"""The journalist's trades in the languages of the news: one word list, one home.

A story's byline, its author box and a page's bio name the writer's trade ("Senior Political
Correspondent", "Redakteurin", "rédacteur", "корреспондент"); the cleaner's author code cuts it from
a name, the body's cuts tell an author's bio by it. Each user builds its own pattern from these words
(whole words after a name, a label before a colon, a word opening a bio): the words are the same.

Each entry is a regex fragment: the word with the inflections a byline writes (the feminine, the
Turkish possessive), lower case; the users match them case-insensitively.
"""

from __future__ import annotations

# The trades in English (a user adds the plural where a label or a desk writes it: "Reporters:").
ENGLISH_TRADES: tuple[str, ...] = ("journalist", "reporter", "editor", "correspondent", "columnist", "writer")
# ... and in the other languages of the news, where they are not spelled as in English.
OTHER_TRADES: tuple[str, ...] = (
    # German (its "Journalist", "Reporter" spelled as in English are there)
    "journalistin", "reporterin", "redakteur(?:in)?", "korrespondent(?:in)?", "volontär(?:in)?",
    # French
    "journaliste", "r[ée]dact(?:eur|rice)", "correspondant(?:e)?", "chroniqueu(?:r|se)",
    # Spanish
    "periodista", "redactor(?:a)?", "corresponsal", "columnista", "reporter[oa]",
    # Italian
    "giornalista", "redatt(?:ore|rice)", "corrispondente", "editorialista",
    # Portuguese
    "jornalista", "repórter", "redator(?:a)?", "correspondente", "colunista",
    # Dutch
    "verslaggever", "redacteur",
    # Polish, Czech
    "dziennikar(?:z|ka)", "redaktor(?:ka)?", "korespondent(?:ka)?", "novinář(?:ka)?",
    # Danish and Norwegian, Turkish, Indonesian and Malay, Hungarian
    "redaktør", "gazeteci", "muhabir(?:i)?", "wartawan", "jurnalis", "újságíró",
    # Russian, Ukrainian
    "журналист(?:ка)?", "корреспондент(?:ка)?", "редактор", "обозреватель", "репортер",
    "журналіст(?:ка)?", "кореспондент(?:ка)?",
)
# The special correspondent sent to a place, a trade of its own in the Romance languages ("envoyé
# spécial", "enviada especial", "inviato"): a user that reads a byline's role adds these.
ENVOYS: tuple[str, ...] = ("envoy[ée]e?", "enviad[oa]", "inviat[oa]")


def any_of(*words: tuple[str, ...]) -> str:
    """One alternation of ``words`` (the tuples above, and a user's own), for a user's pattern."""
    return "|".join(word for group in words for word in group)
