"""cleaner.extract finds the first kept paragraph once where the passes after the first reading
leave the text alone (the same text on the same, unchanged tree finds the same paragraph), and
again where they change it."""

from __future__ import annotations

import pytest

import cleaner.extract as extract_module
from cleaner.body.containers import first_kept_paragraph

_PROSE = ("The council voted on Tuesday to extend the opening hours of the central library, "
          "after a year of petitions from students and parents across the town.")
PAGE = f"""<html><head><title>Library hours extended - Town Post</title></head><body>
<article><h1>Library hours extended</h1>
<p>{_PROSE}</p><p>{_PROSE.replace('council', 'board')}</p><p>{_PROSE.replace('Tuesday', 'Monday')}</p>
<p>{_PROSE.replace('library', 'museum')}</p><p>{_PROSE.replace('year', 'decade')}</p>
</article></body></html>"""


def _counted(monkeypatch: pytest.MonkeyPatch) -> list:
    calls: list = []

    def counting(tree, text: str):
        found = first_kept_paragraph(tree, text)
        calls.append(found)
        return found

    monkeypatch.setattr(extract_module, "first_kept_paragraph", counting)
    return calls


def test_an_unchanged_text_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = extract_module.extract(PAGE)
    calls = _counted(monkeypatch)
    result = extract_module.extract(PAGE)
    assert result == expected  # guard: the same answer
    assert "The council voted" in result.text
    assert len(calls) == 1 and calls[0] is not None and calls[0].tag == "p"


def test_a_changed_text_is_looked_up_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    monkeypatch.setattr(extract_module, "with_split_rest", lambda text, paragraph: f"{_PROSE} More.\n{text}")
    extract_module.extract(PAGE)
    assert len(calls) == 2
