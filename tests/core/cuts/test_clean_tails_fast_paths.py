"""``core.cuts.tails.drop_teasers`` looks at a line's end and length before its marker patterns: the looks
must never turn a marker away."""

from __future__ import annotations

import re

import pytest

from core.cuts.tails import (
    _BARE_MARKER,
    _MAX_BARE_MARKER_CHARS,
    _PROMO_MARKER,
    _PROMO_MARKER_ENDS,
    drop_teasers,
)
from core.junk import READ_ALSO


def test_a_bare_marker_is_never_longer_than_the_bound() -> None:
    longest = re._parser.parse(READ_ALSO, re.IGNORECASE).getwidth()[1]  # type: ignore[attr-defined]
    assert longest + 1 <= _MAX_BARE_MARKER_CHARS  # ``$`` takes a final newline


def test_every_promo_marker_ends_as_the_look_expects() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    # The last letter of "don't miss", and the marker's colons and dots, as ``re.IGNORECASE`` reads them.
    for last in ("s", ":", "：", r"\.", "…"):
        for same in re.findall(last, every, re.IGNORECASE):
            assert same.endswith(_PROMO_MARKER_ENDS), same


@pytest.mark.parametrize("line", [
    "Les også:", "Lire aussi :", "READ MORE...", "Читайте также…", "Don't miss", "DONT MISS", "DON'T MİSS",
    "Related stories", "Lesen Sie auch", "most read in world news", "Läs mer\n", "Don'ſ miſſ", "ſee also",
])
def test_markers_still_drop_the_headline_after_them(line: str) -> None:
    lines = ["The story's first paragraph ends here.", line, "Another article's headline"]
    words = [re.findall(r"\w+", each) for each in lines]
    expected = bool(_PROMO_MARKER.match(line)) or (len(words[1]) >= 2 and bool(_BARE_MARKER.match(line)))
    kept, _ = drop_teasers(lines, words)
    assert (kept == lines[:1]) == expected, line
