"""The Arab press's place before a wire agency in the byline's place (issue 14): "القاهرة - أ ش أ"
(Cairo - MENA), "القاهرة - رويترز", "عمان - وكالات" gave the city as an author beside the agency; the
place went only before a name of two to four words ("دبي - سارة الكعبي")."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names


@pytest.mark.parametrize(("byline", "names"), [
    ("القاهرة - أ ش أ", ["أ ش أ"]),
    ("القاهرة - رويترز", ["رويترز"]),
    ("عمان - وكالات", ["وكالات"]),
    ("إسطنبول - الأناضول", ["الأناضول"]),
    # guards: a place before a name, a name before a place, a label
    ("دبي - سارة الكعبي", ["سارة الكعبي"]),
    ("محمد علي - القاهرة", ["محمد علي"]),
    ("كتب: محمد علي", ["محمد علي"]),
])
def test_arabic_place_before_agency(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
