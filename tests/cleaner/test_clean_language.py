"""Language of a cleaned body (cleaner.language): the identifier, and the page's declared language
where the identifier cannot tell a close group apart; the identifier's walk of its automaton done at
once for all bytes gives py3langid's own scores."""

from __future__ import annotations

import pytest

from cleaner import language
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


# The identifier's scores, bit for bit, are py3langid's own: texts in several scripts and lengths,
# a text in capitals (py3langid lowers it), bytes that are not UTF-8, a text with no feature.
_TEXTS = (
    SERBIAN,
    "The council voted on Tuesday to extend the opening hours of the central library.",
    "Der Stadtrat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek zu verlängern. " * 12,
    "Le conseil municipal a voté mardi la prolongation des horaires de la bibliothèque centrale.",
    "El ayuntamiento aprobó el martes ampliar el horario de la biblioteca central de la ciudad.",
    "Городской совет во вторник проголосовал за продление часов работы центральной библиотеки.",
    "市议会周二投票决定延长中央图书馆的开放时间，此前学生和家长请愿了一年。",
    "市議会は火曜日、中央図書館の開館時間を延長することを決めた。",
    "시의회는 화요일 중앙도서관 운영 시간을 연장하기로 의결했다.",
    "صوّت المجلس البلدي يوم الثلاثاء على تمديد ساعات عمل المكتبة المركزية في المدينة.",
    "सिटी काउंसिल ने मंगलवार को केंद्रीय पुस्तकालय के खुलने का समय बढ़ाने के लिए मतदान किया।",
    "THE COUNCIL VOTED ON TUESDAY TO EXTEND THE OPENING HOURS",
    "a",
    "12345 67890",
    b"\xff\xfe\x00plain bytes \xc3\x28 not utf-8 \x80\x81",
)


def _library_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_scores_are_the_librarys_own() -> None:
    library, walked = _library_identifier(), language._identifier()
    for text in _TEXTS:
        assert walked._decide(text).tobytes() == library._decide(text).tobytes(), text
        assert walked.classify(text) == library.classify(text)


def test_the_automaton_is_walked_without_the_librarys_byte_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    import py3langid.langid as langid

    def walked_byte_by_byte(*args):
        raise AssertionError("py3langid's per-byte walk ran")

    monkeypatch.setattr(langid, "visit_counts", walked_byte_by_byte)
    assert detect_language(_TEXTS[2]) == "de"
    assert detect_language(_TEXTS[5]) == "ru"


def test_a_window_too_short_falls_back_to_the_librarys_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: where a state is not the walk's (a window shorter than the automaton's depth), the
    # library's walk gives the scores, the same ones.
    library, walked = _library_identifier(), language._identifier()
    monkeypatch.setattr(language, "_WINDOW", 2)
    for text in _TEXTS[:6]:
        assert walked._decide(text).tobytes() == library._decide(text).tobytes()


def test_tables_of_another_layout_leave_the_librarys_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: a py3langid whose automaton is not laid out as read here identifies as before.
    library, walked = _library_identifier(), language._identifier()
    monkeypatch.setattr(walked, "_moves", None)
    for text in _TEXTS[:6]:
        assert walked.classify(text) == library.classify(text)
