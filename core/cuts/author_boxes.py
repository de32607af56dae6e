"""The author's bio box under the story: not the article's text.

Templates close a story with a box about its writer: a heading ("About the author", "Über den Autor",
"À propos de l'auteur", "Sobre el autor", "Sobre la firma", "O autorze") or the writer's name alone,
then a line or two of bio ("Max Mustermann ist seit 2015 Redakteur im Ressort Politik."). trafilatura
drops such a box when its class says "author" in English; named in another language (``autor-info``,
``auteur``) or not at all, it is kept as the body's last paragraphs.

Two shapes are cut, from their first line to the end:
- the heading alone on its line, after the text's first third (a heading at the top is a stray label),
  or run into the bio after its colon ("About the author: Jane Doe is ...", a bio's length, one of the
  last two lines);
- the writer's name alone on its line (two to four capitalised words, no sentence), followed by the
  text's last paragraph (short lines after it aside: links, a "more by" button) that opens with that
  name and calls its subject a journalist within its first words ("Jan Jansen is sinds 2015
  verslaggever"). A story's subheading naming a person is followed by more than one paragraph, or
  by a paragraph about someone who is no journalist.
"""

from __future__ import annotations

import re

from core.trades import ENGLISH_TRADES, OTHER_TRADES, any_of

_HEADING_WORDS = (
    r"(?:about the (?:author|writer|reporter)s?|über (?:den|die) (?:autor|autorin|autoren|autorinnen)|"
    r"à propos de l['’](?:auteur|autrice|auteure)|(?:sobre|acerca de)l? (?:el |la )?(?:autor|autora)|"
    r"sobre la firma|sobre (?:o|a) (?:autor|autora)|sull['’](?:autore|autrice)|over de (?:auteur|schrijver)|"
    r"o (?:autorze|autorce)|об авторе|про автора|om (?:forfatteren|skribenten|författaren)|"
    r"yazar hakkında|tentang penulis|a szerzőről|o autorovi|o autorce|despre autor)")
_HEADING = re.compile(rf"^{_HEADING_WORDS}\s*[:.]?$", re.IGNORECASE)
_MAX_HEADING_WORDS = 6
# ... or the heading run into the bio's paragraph after its colon ("About the author: Jane Doe is ..."), a
# bio's length, one of the text's last two lines: cut from it.
_HEADED_BIO = re.compile(rf"^{_HEADING_WORDS}\s*:\s*\S", re.IGNORECASE)
_HEADED_LAST = 2  # lines: the last or the one before it (a second writer's, a link)
# The writer's name alone: two to four words, each opening with a capital, no digit.
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]*$")
# A journalist, by trade, in the languages of the news (core.trades), or the writer as "Autor(in)".
_ROLE = re.compile(rf"\b(?:{any_of(ENGLISH_TRADES, OTHER_TRADES)}|autor(?:in)?)", re.IGNORECASE)
_ROLE_WITHIN_WORDS = 12
_MIN_BIO_WORDS, _MAX_BIO_WORDS = 8, 80
_MAX_AFTER_WORDS = 6
_MAX_HEADED_WORDS = _MAX_BIO_WORDS + _MAX_HEADING_WORDS


def cut_author_box(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without the author's bio box at their end (see above)."""
    total = sum(len(w) for w in words)
    seen = 0
    for index, line in enumerate(lines):
        count = len(words[index])
        if seen * 3 >= total and count <= _MAX_HEADING_WORDS and _HEADING.match(line):
            return lines[:index], words[:index]
        if index >= len(lines) - _HEADED_LAST and _MIN_BIO_WORDS <= count <= _MAX_HEADED_WORDS \
                and ":" in line[:40] and _HEADED_BIO.match(line):
            return lines[:index], words[:index]
        seen += count
    return _without_name_and_bio(lines, words)


def _without_name_and_bio(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    last = len(lines) - 1
    while last > 0 and len(words[last]) <= _MAX_AFTER_WORDS:
        last -= 1
    if last < 2:
        return lines, words
    name, bio = words[last - 1], words[last]
    if not _MIN_BIO_WORDS <= len(bio) <= _MAX_BIO_WORDS or not 2 <= len(name) <= 4 \
            or not _NAME.match(lines[last - 1]):
        return lines, words
    # The bio opens with the name (or its surname) and names a journalist's trade in its first words.
    opening = bio[:len(name)]
    if opening != name and bio[0] != name[-1]:
        return lines, words
    if _ROLE.search(" ".join(bio[:_ROLE_WITHIN_WORDS])) is None:
        return lines, words
    return lines[:last - 1], words[:last - 1]
