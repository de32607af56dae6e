"""Indonesian bylines that name the outlet or the place before the reporter, with a comma
(issue 14): "Laporan Wartawan Tribunnews.com, Budi Santoso" (report by the outlet's journalist)
named no one and stayed at the text's top; "Kontributor Bandung, Budi Santoso" named "Kontributor
Bandung" beside the reporter."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("line", "names"), [
    ("Laporan Wartawan Tribunnews.com, Budi Santoso", ["Budi Santoso"]),
    ("Laporan Reporter Tribun Jogja, Budi Santoso", ["Budi Santoso"]),
    ("Kontributor Bandung, Budi Santoso", ["Budi Santoso"]),
    # guards: the label with its colon as before; the place after the name
    ("Kontributor: Budi Santoso", ["Budi Santoso"]),
    ("Oleh Budi Santoso, Jakarta", ["Budi Santoso"]),
])
def test_outlet_or_place_before_the_reporter(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_the_line_under_the_headline_names_the_reporter() -> None:
    result = extract(byline_page("<p>Laporan Wartawan Tribunnews.com, Budi Santoso</p>"))
    assert result.authors == ["Budi Santoso"]
    assert "Laporan Wartawan" not in result.text
