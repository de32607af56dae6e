"""A wire story's sign-off after a "with" stayed in the text (issue 14): "With AFP", "— With AFP, Reuters",
"(avec l'AFP)", "(mit Material von dpa)", "Con información de EFE y Reuters", "(Com informações da Lusa)",
"With inputs from PTI" (the dash and the agency alone, "— AFP", went already: credits.SIGN_OFF).
core.junk.wire_credits. Guards: sentences opening with "With", a two-letter word in capitals, the
agency's sign-off still read as the story's author."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract
from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "With AFP", "— With AFP, Reuters", "(With AFP and Reuters)", "Avec AFP", "(avec l'AFP)",
    "(mit Material von dpa)", "Mit Material von dpa und AFP", "Con información de EFE y Reuters",
    "(Com informações da Lusa)", "With inputs from PTI", "With agencies",
])
def test_a_wire_credit_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{_AFTER}\n{line}")
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "With AI, everything changes",
    "With AI",
    "With NASA and the ESA the agency will launch a probe next year.",
    "With love",
    "Con EFE en la sala, el alcalde leyó su declaración ante los periodistas.",
])
def test_other_lines_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


def test_the_agencies_still_credited() -> None:
    page = ('<html><head><title>Council passes the budget</title>'
            '<meta property="og:site_name" content="Daily Example"></head><body><article>'
            f"<h1>Council passes the budget</h1>{COUNCIL_BODY}<p>— With AFP, Reuters</p>"
            "</article></body></html>")
    result = extract(page)
    assert result.authors == ["AFP", "Reuters"]
    assert "With AFP" not in result.text
