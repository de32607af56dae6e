"""A desk's byline with the place it files from (issue 14): "Staff Reporter, Karachi", "Our
Correspondent, Port Harcourt", "Mwandishi Wetu, Dodoma" (Swahili: our writer), as the Pakistani,
Nigerian and Tanzanian press print it. The place was taken for a person's name and the desk then
dropped (a person signed), so the author was "Karachi". The place after a desk now goes, as after a
job title. Guards: a desk alone; a name and its job title and place; a name after the place."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="author">Staff Reporter, Karachi</div>', ["Staff Reporter"]),
    ('<div class="author">Our Correspondent, Port Harcourt</div>', ["Our Correspondent"]),
    ('<div class="author">Mwandishi Wetu, Dodoma</div>', ["Mwandishi Wetu"]),
    # guards: as before
    ('<div class="author">Staff Reporter</div>', ["Staff Reporter"]),
    ('<div class="author">Jane Doe, Staff Reporter, Nairobi</div>', ["Jane Doe"]),
    ('<div class="author">By Wanjiku Mwangi, Nairobi</div>', ["Wanjiku Mwangi"]),
])
def test_a_desks_place(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
