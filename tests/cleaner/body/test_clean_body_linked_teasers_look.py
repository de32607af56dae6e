"""``cleaner.body.linked_teasers`` looks for a marker opening a line before its whole-line regex: a text
where no line opens with one ("more", "also", "подробнее" inside sentences) never reaches the regex
(it ran on every text before), and the look never turns a teaser line away: marker lines in several
languages, first in the text or later, after a bullet, in capitals, with the letters ``re.IGNORECASE``
reads as others ("ſee also", "LEİA TAMBÉM"), still go."""

from __future__ import annotations

import pytest
from lxml import html

from cleaner.body import linked_teasers
from cleaner.body.linked_teasers import without_linked_teasers

_URL = "https://news.example.org/world/2024/05/02/harbour-strike.html"
_STORY = [
    "Dock workers walked out on Tuesday, and more than forty ships were left waiting off the coast.",
    "The union also said talks would resume next week; read the full statement on its website.",
    "Профсоюз обещал рассказать подробнее о переговорах позже, а также опубликовать требования.",
]


class _Untouchable:
    def finditer(self, text: str) -> None:
        raise AssertionError(f"the whole-line regex ran on {text[:40]!r}")


def _container(headline: str, href: str = "/world/2024/05/01/port-talks-stall.html"):
    return html.fromstring(f"<article><p>{_STORY[0]}</p><p>More: <a href='{href}'>{headline}</a></p>"
                           "</article>")


@pytest.mark.parametrize("text", [
    "\n".join(_STORY),
    _STORY[0],
    "Read this: " + _STORY[1],  # a marker's word, not a marker line ("read" alone is no marker)
    "Les travaux dureront trois ans.\nIls coûteront plus que prévu, à lire le rapport publié mardi.",
])
def test_a_text_with_no_line_opening_with_a_marker_skips_the_regex(monkeypatch, text: str) -> None:
    monkeypatch.setattr(linked_teasers, "_MARKER_LINE", _Untouchable())
    assert without_linked_teasers(_container("Port talks stall over pay"), text, _URL) == text


@pytest.mark.parametrize(("line", "headline"), [
    ("Read also: Port talks stall over pay again", "Port talks stall over pay again"),
    ("► Les også: Havnearbeidere går ut i streik", "Havnearbeidere går ut i streik"),
    ("À lire aussi Le port reste fermé mardi soir", "Le port reste fermé mardi soir"),
    ("LESEN SIE AUCH Hafenarbeiter streiken weiter", "Hafenarbeiter streiken weiter"),
    ("Читайте также: Портовики продолжают забастовку", "Портовики продолжают забастовку"),
    ("Lea también — Los estibadores siguen en huelga", "Los estibadores siguen en huelga"),
    ("ſee also: Port talks stall over pay again", "Port talks stall over pay again"),
    ("LEİA TAMBÉM Estivadores continuam em greve", "Estivadores continuam em greve"),
])
@pytest.mark.parametrize("where", ["first", "later"])
def test_marker_lines_before_a_linked_headline_still_go(line: str, headline: str, where: str) -> None:
    text = "\n".join([line, *_STORY] if where == "first" else [_STORY[0], line, *_STORY[1:]])
    assert without_linked_teasers(_container(headline), text, _URL) == "\n".join(_STORY)
