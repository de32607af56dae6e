"""Greek bylines name their authors in the genitive ("Του Γιώργου Παπαδόπουλου", "of ...") or, after
"Από τον/την" ("by the ..."), in the accusative ("Από τον Γιώργο Παπαδόπουλο"); the article before
the name tells its case and gender. The name is given back in the nominative, as meta tags, JSON-LD
and the reader write it ("Γιώργος Παπαδόπουλος"), by the endings of the common declensions only:
- masculine genitive: a consonant + "ου" -> "ος" (Γιώργου, Παπαδόπουλου), "η" -> "ης" (Γιάννη,
  Παπαδάκη), "α" -> "ας" (Κώστα); a vowel + "ου" is a patronymic surname that does not decline
  (Γεωργίου, Νικολάου) and stays;
- masculine accusative: "ο" -> "ος", "η" -> "ης", "α" -> "ας" (Γιώργο, Γιάννη, Κώστα);
- feminine genitive: "ας" -> "α", "ης" -> "η" (Μαρίας, Ελένης); feminine surnames do not decline
  (Παπαδοπούλου, Παπαδάκη); the feminine accusative is the nominative.
A genitive whose accent moved ("Αλεξάνδρου" of "Αλέξανδρος") keeps the accent where it is: the letters
match, the accent may not. Names in other scripts, and a plural "Των" (genders unknown), stay as written.
"""

from __future__ import annotations

import re

# The article that opens a Greek byline, in the case and gender it gives the name after it.
_CASE = re.compile(r"^(?:(?P<gen_m>του)|(?P<gen_f>της)|(?:από\s+|απο\s+)?(?P<acc_m>τον)|"
                   r"(?:από\s+|απο\s+)?(?P<acc_f>την|τη))\s+(?=\S)", re.IGNORECASE)
# "και του B", "και την B": the article of the next name, kept with it when the names are split.
_AND_ARTICLE = re.compile(r"\s+(και|ΚΑΙ)\s+(?=(?:του|της|τον|την|τη|ΤΟΥ|ΤΗΣ|ΤΟΝ|ΤΗΝ|ΤΗ)\s)")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_VOWELS = "αεηιουωάέήίόύώϊϋΐΰ"
_ENDINGS = {
    "gen_m": (("ου", "ος", True), ("ού", "ός", True), ("η", "ης", True), ("ή", "ής", True),
              ("α", "ας", True), ("ά", "άς", True)),
    "acc_m": (("ο", "ος", False), ("ό", "ός", False), ("η", "ης", False), ("ή", "ής", False),
              ("α", "ας", False), ("ά", "άς", False)),
    "gen_f": (("ας", "α", False), ("άς", "ά", False), ("ης", "η", False), ("ής", "ή", False)),
}


def greek_case(piece: str) -> str | None:
    """The case and gender the Greek article opening ``piece`` gives the name after it
    ("gen_m", "gen_f", "acc_m", "acc_f"), or None."""
    if not _GREEK.search(piece[:12]):
        return None
    match = _CASE.match(piece)
    return next((case for case, found in match.groupdict().items() if found), None) if match else None


def articles_apart(text: str) -> str:
    """``text`` with each name after "και" keeping its own article ("Του A και της B" -> "Του A; της B")."""
    return _AND_ARTICLE.sub("; ", text) if _GREEK.search(text) else text


def nominative(name: str, case: str | None) -> str:
    """``name`` (in ``case``, see ``greek_case``) in the nominative; as written where it is not Greek."""
    endings = _ENDINGS.get(case or "")
    if not endings or not _GREEK.search(name):
        return name
    return " ".join(_word_nominative(word, endings, case == "gen_f" and index > 0)
                    for index, word in enumerate(name.split()))


def _word_nominative(word: str, endings: tuple, surname: bool) -> str:
    if surname or len(word) < 3 or not _GREEK.search(word) or word.endswith("."):
        return word
    upper = word.isupper()
    folded = word.lower()
    for ending, replacement, after_consonant in endings:
        if folded.endswith(ending):
            before = folded[-len(ending) - 1]
            if after_consonant and before in _VOWELS:
                return word  # a patronymic surname ("Γεωργίου") does not decline
            return word[:-len(ending)] + (replacement.upper() if upper else replacement)
    return word
