"""Language of a cleaned body (cleaner.language): the identifier, and the page's declared language
where the identifier cannot tell a close group apart."""

from __future__ import annotations

from cleaner.language import detect_language

SERBIAN = ("Srbija i Mađarska potpisale su danas u Beogradu sporazum o saradnji u oblasti sajber "
           "bezbednosti, kojim se predviđa razmena informacija o pretnjama i zajedničke obuke stručnjaka.")


def test_declared_language_wins_within_a_close_group() -> None:
    # Serbian in Latin script reads as Bosnian to the identifier; the page says Serbian.
    assert detect_language(SERBIAN, "sr-Latn") == "sr"
    assert detect_language(SERBIAN, "hr") == "hr"
    # Outside the group the identifier's answer stands (a page declared English in error).
    assert detect_language(SERBIAN, "en") in {"bs", "hr", "sr"}
    english = "The delegations agreed on a text about responsible state behaviour."
    assert detect_language(english, "sr") == "en"
