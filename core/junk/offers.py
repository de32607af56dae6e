"""A print subscription's offer and a reprint notice left in the text: the outlet's commerce, not the
story ("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.
Click here for more information.", "This copy is for your personal, non-commercial use only. To order
presentation-ready copies ..."). Both speak to the reader: a story's "the magazine sold 12 issues for
£3 each" or "licensed for personal, non-commercial use" does not, and stays."""

from __future__ import annotations

import re

# The magazine at your door, every month or week (en de fr es it nl): "Parcels were delivered to your
# door within two days" names no rhythm and stays.
_DELIVERY = re.compile(
    r"delivered (?:straight |right )?(?:to|through|into) your (?:door|doorstep|letterbox|letter box|mailbox)|"
    r"(?:zu ihnen nach hause|in ihren briefkasten) geliefert|"
    r"livré (?:directement )?(?:chez vous|dans votre boîte aux lettres)|(?:en|a) (?:tu|su) (?:casa|buzón)",
    re.IGNORECASE)
_RHYTHM = re.compile(
    r"(?:every|each) (?:month|week)|jeden monat|jede woche|chaque (?:mois|semaine)|cada (?:mes|semana)|"
    r"ogni (?:mese|settimana)|elke (?:maand|week)|\b\d+ (?:issues|ausgaben|numéros|números|numeri|nummers)\b",
    re.IGNORECASE)
# So many issues for a price, with a call to the reader ("12 issues for £11.99. Click here").
_PRICE = re.compile(
    r"\b\d+ (?:issues|ausgaben|numéros|números|numeri|nummers|wydań|номеров) "
    r"(?:for|für|pour|por|per|voor|za|за) (?:only |just |nur |seulement |solo )?[£$€]\s?\d", re.IGNORECASE)
_CALL = re.compile(r"\b(?:your?|subscribe|click|order|sie|ihr|vous|votre|tu|su|abonn|bestell|suscr|abbon)",
                   re.IGNORECASE)
# Reprint notices of the outlet's copy.
_REPRINT = re.compile(
    r"this copy is for your personal,? non-?commercial use|distribution and use of this material (?:is|are) "
    r"governed by|to order presentation-ready copies", re.IGNORECASE)
# Cheap looks first, in the line as written (most lines hold none): a reprint notice's words, a price's
# currency sign, a delivery's verb.
_REPRINT_STEMS = ("commercial", "governed by", "presentation-ready")
_CURRENCY = ("£", "$", "€")
_DELIVERY_STEMS = ("deliver", "Deliver", "geliefert", "livré", "Livré", "casa", "buzón")
MAX_NOTICE_WORDS = 80


def is_offer(line: str) -> bool:
    """A subscription's offer or a reprint notice (see above), anywhere in the line (a notice runs to
    ``MAX_NOTICE_WORDS``: ``core.junk.verdict`` asks this of a line too long for the other rules)."""
    holds = line.__contains__  # any(map(...)) runs no generator's frame: this is asked of most lines
    if any(map(holds, _REPRINT_STEMS)) and _REPRINT.search(line) is not None:
        return True
    if any(map(holds, _CURRENCY)) and _PRICE.search(line) is not None \
            and _CALL.search(line) is not None:
        return True
    return any(map(holds, _DELIVERY_STEMS)) and _DELIVERY.search(line) is not None \
        and _RHYTHM.search(line) is not None
