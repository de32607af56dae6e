"""A page's text parsed into a tree (cleaner.decode.page_tree): trafilatura's load_html, the same
tree, without its whole-page substitution of control characters where the page writes none."""

from __future__ import annotations

import gzip
import re

import pytest
from lxml import etree
from trafilatura import utils as trafilatura_utils

from cleaner import decode
from cleaner.decode import CONTROL_CHARS, page_tree
from cleaner.extract import extract

_STORY = ("<p>The council voted on Tuesday to extend the opening hours of the central library, after a "
          "year of petitions from students and parents.</p>")
PAGES = (
    f"<!DOCTYPE html><html lang='en'><head><title>Library hours</title></head><body><article>"
    f"<h1>Library hours extended</h1>{_STORY * 4}</article></body></html>",
    "<html lang='de'><head><meta charset='utf-8'></head><body><h1>Längere Öffnungszeiten</h1>"
    "<p>Der Stadtrat hat am Dienstag beschlossen, die Bibliothek länger zu öffnen.</p></body></html>",
    "<html lang='ja'><body><h1>図書館の開館時間を延長</h1><p>市議会は火曜日、開館時間の延長を決めた。</p>"
    "<p>絵文字も 📚</p></body></html>",
    "<html dir='rtl' lang='ar'><body><h1>تمديد ساعات المكتبة</h1>"
    "<p>صوّت المجلس البلدي يوم الثلاثاء.</p></body></html>",
    # trafilatura's repairs: a doctype closed by '/>', an '<html .../>' opening the page
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'http://www.w3.org/TR/xhtml1/DTD/x.dtd'/>\n"
    f"<html><body>{_STORY}</body></html>",
    f"<html lang='fr'/>\n<head><title>t</title></head><body>{_STORY}</body></html>",
    # not a page: trafilatura's rejection
    "<p>one paragraph alone</p>",
    "plain words, no markup",
    "",
    # bytes: a legacy encoding, compressed
    b"<html><head><meta charset='windows-1252'></head>"
    b"<body><p>caf\xe9 \x93quoted\x94</p><p>two</p></body></html>",
    gzip.compress(f"<html><body>{_STORY}{_STORY}</body></html>".encode()),
)
# Control characters trafilatura deletes before parsing: its own reading runs.
WITH_CONTROLS = (
    f"<html><body><p>vertical\x0btab and form\x0cfeed</p>{_STORY}</body></html>",
    f"<html><body><p>a nul \x00 and \x1f unit separator</p>{_STORY}</body></html>",
    f"<html><body><p>not a character \ufffe \uffff</p>{_STORY}</body></html>",
)


def _serialised(tree) -> bytes | None:
    return None if tree is None else etree.tostring(tree.getroottree())


@pytest.mark.parametrize("html", PAGES + WITH_CONTROLS)
def test_the_tree_is_trafilaturas(html) -> None:
    assert _serialised(page_tree(html)) == _serialised(trafilatura_utils.load_html(html))


def test_the_control_characters_are_trafilaturas() -> None:
    pattern = trafilatura_utils.INVALID_XML_CHARS
    assert {chr(code) for code in range(0x10000) if pattern.match(chr(code))} == set(CONTROL_CHARS)


class _Counted:
    """trafilatura's INVALID_XML_CHARS, counting the substitutions over a page."""

    def __init__(self) -> None:
        self.pattern = trafilatura_utils.INVALID_XML_CHARS.pattern
        self.compiled = re.compile(self.pattern)
        self.calls = 0

    def sub(self, *args, **kwargs):
        self.calls += 1
        return self.compiled.sub(*args, **kwargs)


def test_a_page_without_control_characters_is_not_scanned_by_a_substitution(
        monkeypatch: pytest.MonkeyPatch) -> None:
    expected = extract(PAGES[0])
    counted = _Counted()
    monkeypatch.setattr(trafilatura_utils, "INVALID_XML_CHARS", counted)
    assert extract(PAGES[0]) == expected
    assert counted.calls == 0


def test_a_page_with_control_characters_is_trafilaturas_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: where the page writes one, trafilatura's substitution deletes it, as before.
    decode._restated()
    counted = _Counted()
    monkeypatch.setattr(trafilatura_utils, "INVALID_XML_CHARS", counted)
    tree = page_tree(WITH_CONTROLS[0])
    assert counted.calls == 1
    assert "vertical" in tree.text_content() and "\x0b" not in tree.text_content()


def test_another_trafilatura_is_read_by_its_own_load_html(monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard: a trafilatura whose functions no longer read as restated parses with its own.
    monkeypatch.setattr(decode, "_restated", lambda: False)
    counted = _Counted()
    monkeypatch.setattr(trafilatura_utils, "INVALID_XML_CHARS", counted)
    assert _serialised(page_tree(PAGES[1])) == _serialised(trafilatura_utils.load_html(PAGES[1]))
    assert counted.calls == 2
