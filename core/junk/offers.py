"""A print subscription's offer and a reprint notice left in the text: the outlet's commerce, not the
story ("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.
Click here for more information.", "This copy is for your personal, non-commercial use only. To order
presentation-ready copies ..."), and a promo code's offer ("Use promo code SPRING15 for 15% off",
"Mit dem Gutscheincode FRUEHLING20 sparen Sie 20 Prozent", "Code promo : ETE15 pour 15 % de réduction",
"Usa el código de descuento VERANO10 y ahorra un 10 %"). All speak to the reader: a story's "the
magazine sold 12 issues for £3 each", "licensed for personal, non-commercial use" or "shoppers using the
code SUMMER20 got 20% off" does not, and stays."""

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
# What a rights notice forbids doing with the outlet's copy.
_USE = (r"(?:reproduced|published|republished|copied|broadcast|distributed|redistributed|rewritten|"
        r"transmitted|displayed|stored|sold|modified)")
# Reprint notices of the outlet's copy.
_REPRINT = re.compile(
    r"this copy is for your personal,? non-?commercial use|distribution and use of this material (?:is|are) "
    r"governed by|to order presentation-ready copies", re.IGNORECASE)
# The rights notice that closes a story ("Copyright X. All rights reserved. This material, and other digital
# content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole
# or in part without prior express written permission"): the material named, then the list of what may not
# be done with it, and the notice's own words (a court's order reported in a story names no rights).
_RIGHTS_USE = re.compile(
    rf"\bthis (?:material|content|article|story)\b[^.]{{0,80}}\bmay not be "
    rf"{_USE}(?:,? (?:or |and )?{_USE})+\b", re.IGNORECASE)
_RIGHTS_MARK = re.compile(r"copyright|©|all rights reserved|in whole or in part|written permission",
                          re.IGNORECASE)
# Cheap looks first, in the line as written (most lines hold none): a reprint notice's words, a price's
# currency sign, a delivery's verb.
_REPRINT_STEMS = ("commercial", "governed by", "presentation-ready")
_CURRENCY = ("£", "$", "€")
_DELIVERY_STEMS = ("deliver", "Deliver", "geliefert", "livré", "Livré", "casa", "buzón")
MAX_NOTICE_WORDS = 80
# A promo code: the code's word ("promo code", "Gutscheincode", "código de descuento"), then the code in
# capitals and digits; a saving; and the reader told to use it.
_CODE_STEMS = ("code", "Code", "CODE", "código", "Código", "codice", "Codice", "kod", "Kod")
_PROMO_CODE = re.compile(
    r"(?i:code|código|codice|kod)\b(?i:\s+(?:promo\w*|discount|coupon|voucher|de|di|del|sconto|descuento|"
    r"réduction|rabatt\w*|the|our|exclusive|le|el|il|o)){0,3}\s*[:«\"“'‘]?\s*\b(?=[A-Z0-9]*[A-Z])"
    r"(?=[A-Z]*[0-9]|[A-Z]{5})[A-Z0-9]{4,}\b")
_SAVING = re.compile(
    r"\d+\s?(?:%|percent|per cent|prozent|pour cent|por ciento|per cento|procent)|\b(?:off|save|saving|"
    r"discount|free shipping|sparen|rabatt|réduction|remise|économisez|descuento|ahorra|envío gratis|sconto|"
    r"risparmia|korting|desconto|zniżk|rabat)", re.IGNORECASE)
_READER = re.compile(
    r"\b(?:use|enter|apply|redeem|get|save|claim|shop|your|you|sie|ihre|ihrer|einlösen|nutzen|utilisez|"
    r"profitez|entrez|votre|vos|usa|utiliza|introduce|aplica|tu|tus|su|inserisci|approfitta|"
    r"gebruik|use o|utilize|aproveite)\b", re.IGNORECASE)


def is_offer(line: str) -> bool:
    """A subscription's offer or a reprint notice (see above), anywhere in the line (a notice runs to
    ``MAX_NOTICE_WORDS``: ``core.junk.verdict`` asks this of a line too long for the other rules)."""
    holds = line.__contains__  # any(map(...)) runs no generator's frame: this is asked of most lines
    if any(map(holds, _REPRINT_STEMS)) and _REPRINT.search(line) is not None:
        return True
    if holds("may not be") and _RIGHTS_USE.search(line) is not None and _RIGHTS_MARK.search(line) is not None:
        return True
    if any(map(holds, _CURRENCY)) and _PRICE.search(line) is not None \
            and _CALL.search(line) is not None:
        return True
    if any(map(holds, _CODE_STEMS)) and _PROMO_CODE.search(line) is not None \
            and _SAVING.search(line) is not None and _READER.search(line) is not None:
        return True
    return any(map(holds, _DELIVERY_STEMS)) and _DELIVERY.search(line) is not None \
        and _RHYTHM.search(line) is not None
