"""A newsletter sign-up box set in the body's text: its heading and its pitch.

A box between or after the story's paragraphs offers the outlet's newsletter: a heading ("Newsletter",
"Nieuwsbrief", "Boletín", "Unser Newsletter"), a pitch ("Die wichtigsten Nachrichten des Tages jeden
Morgen kostenlos in Ihrem Postfach."), an e-mail field and a button. The heading alone goes by the
line rules (``core.junk``), which left the pitch behind as the story's last paragraph: it says no
sign-up phrase they know ("subscribe to our newsletter") and reads like a sentence.

So the box is read whole, before the line rules: the heading (the word for a newsletter, with up to
three words more and no sentence), then its pitch, a line of at most ``_MAX_PITCH_WORDS`` that asks to
sign up (the call opening or closing the line, or speaking to the reader), or speaks to the reader
("your", "Ihrem", "tu") of a mailbox or of every morning or week; and a sign-up button of a few words
right after it. The three go, the story going on after them. A heading followed by a paragraph about a
newsletter (a story about one) stays: that paragraph is longer, or tells of others ("The newsletter
went to staff every morning", "40.000 Leser abonnieren den Newsletter").
"""

from __future__ import annotations

import re

_NEWSLETTER = (r"newsletters?|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|boletín|boletim|"
               r"lettre d['’]information|biuletyn|hírlevél|bülten|рассылка|розсилка|ニュースレター|뉴스레터|"
               r"newsletteru")
_HEADING = re.compile(rf"^(?:[\w'’-]+\s+){{0,3}}(?:{_NEWSLETTER})(?:\s+[\w'’-]+){{0,3}}\s*:?$", re.IGNORECASE)
_MAX_HEADING_WORDS = 5
_MAX_PITCH_WORDS = 30
_MAX_BUTTON_WORDS = 4
_MAX_WORDS_BEFORE_CALL = 2
_MAX_WORDS_AFTER_CALL = 1
# A pitch speaks to the reader of a mailbox or a rhythm, or asks to sign up (en de fr es it pt nl sv no
# da pl fi ru uk).
_MAIL_OR_RHYTHM = re.compile(
    r"inbox|e-?mail|postfach|boîte|correo|casella|caixa|mailbox|inkorg|indbakke|innboks|skrzynk|"
    r"sähköpost|почт|пошт|every (?:morning|evening|day|week)|jeden (?:morgen|abend|tag)|"
    r"täglich|wöchentlich|chaque (?:matin|soir|semaine)|cada (?:mañana|semana|día|manhã|dia)|"
    r"ogni (?:mattina|settimana|giorno)|todas as manhãs|elke (?:ochtend|week|dag)|varje (?:morgon|vecka)|"
    r"hver (?:morgen|uke|uge)|codziennie|joka aamu|каждое утро|щоранку", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|sie|ihr|ihre|ihrem|ihren|dein|deine|deinem|vous|votre|vos|tu|tua|tuo|"
                  r"seu|sua|você|je|jouw|uw|din|ditt|dina|dig|twoj\w*|twoją|ваш\w*|вам|твій|твою|"
                  r"sinun|sinulle)\b", re.IGNORECASE)
_SIGN_UP = re.compile(r"subscri|sign up|abonnier|anmeld|melden sie sich|melde dich|meld je|inscri|suscr|"
                      r"iscriv|assin|aanmeld|prenumer|abonn|"
                      r"zapisz|tilaa|подпис|підпис", re.IGNORECASE)


def _pitch(line: str) -> bool:
    sign_up = _SIGN_UP.search(line)
    if sign_up is not None and (_YOU.search(line) is not None or _asks(line, sign_up)):
        return True
    return _MAIL_OR_RHYTHM.search(line) is not None and _YOU.search(line) is not None


def _asks(line: str, sign_up: re.Match[str]) -> bool:
    """The sign-up word opens the line ("Sign up for ...", "Jetzt anmelden und ...") or closes it
    ("... jetzt kostenlos abonnieren"), as a call does; a sentence that tells of readers who subscribe
    has it inside ("Mehr als 40.000 Leser abonnieren inzwischen den Newsletter der Gewerkschaft")."""
    return len(line[:sign_up.start()].split()) <= _MAX_WORDS_BEFORE_CALL \
        or len(line[sign_up.end():].split()) <= _MAX_WORDS_AFTER_CALL

def drop_newsletter_boxes(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without a newsletter box's heading, pitch and button."""
    drop: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if not 0 < len(words[index]) <= _MAX_HEADING_WORDS or not _HEADING.match(line):
            continue
        pitch = index + 1
        if not 0 < len(words[pitch]) <= _MAX_PITCH_WORDS or not _pitch(lines[pitch]):
            continue
        drop.update((index, pitch))
        button = pitch + 1
        if button < len(lines) and 0 < len(words[button]) <= _MAX_BUTTON_WORDS \
                and _SIGN_UP.search(lines[button]) is not None:
            drop.add(button)
    if not drop:
        return lines, words
    keep = [i for i in range(len(lines)) if i not in drop]
    return [lines[i] for i in keep], [words[i] for i in keep]
