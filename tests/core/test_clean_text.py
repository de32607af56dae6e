"""Text normalisation (``core.text``): white space, control characters, invisible break hints and
joiners in the body and one-line fields, idempotence. The junk-line rules: ``test_clean_junk``."""

from __future__ import annotations

from core.text import clean_inline, clean_text


def test_whitespace_controls_and_idempotence() -> None:
    text = "  First\u00a0 paragraph\x00 here.  \n\n\n\tSecond paragraph.\r\n"
    cleaned = clean_text(text)
    assert cleaned == "First paragraph here.\nSecond paragraph."
    assert clean_text(cleaned) == cleaned
    assert clean_inline("  A\x00  title\n") == "A title"
    assert clean_inline(" \n ") is None


def test_clean_inline_drops_invisible_break_hints_but_keeps_joiners() -> None:
    assert clean_inline("Bundes\u00adregierung beschließt Cyber\u200bstrategie\ufeff") == \
        "Bundesregierung beschließt Cyberstrategie"
    assert clean_inline("می\u200cخواهم") == "می\u200cخواهم"


def test_joiner_stand_ins_become_joiners_again() -> None:
    from core.text import JOINER_STAND_INS

    zwnj, zwj = JOINER_STAND_INS["\u200c"], JOINER_STAND_INS["\u200d"]
    assert clean_text(f"مقام{zwnj}های ایرانی به امضا رسید.") == "مقام\u200cهای ایرانی به امضا رسید."
    assert clean_inline(f" سند{zwnj}های همکاری 👨{zwj}👩 ") == "سند\u200cهای همکاری 👨\u200d👩"


def test_single_spaced_is_how_page_text_meets_extracted_lines() -> None:
    from core.text import single_spaced

    # trafilatura's lines have no soft hyphens, a German page's paragraphs do.
    assert single_spaced(" Die Bundes\u00adregierung\n beschließt\t heute ") \
        == "Die Bundesregierung beschließt heute"
