"""A press release's contacts box is no byline (issue 14; cleaner.author.credit_lines through
cleaner.extract). Organisations close a release with 'Contacts' and the press office's line ('Press
Office, press@osce.org'): read as a credit line of names and then the outlet (the address names the
site), it gave the box's heading glued to the office and the address as authors. An e-mail address
written last is a contact's, not the outlet: the release is the organisation's, as the page names it.
A credit line that ends with the outlet's name is still read."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_PARAGRAPH

from cleaner.author.credit_lines import credit_line_names
from cleaner.extract import extract

TITLE = "Conference reviews cyber confidence-building measures"


def _page(site: str, box: str) -> str:
    body = "".join(f"<p>{COUNCIL_PARAGRAPH}</p>" for _ in range(3))
    return (f'<html lang="en"><head><meta property="og:site_name" content="{site}">'
            f'<meta property="og:title" content="{TITLE}"></head>'
            f'<body><main><h1>{TITLE}</h1>'
            f'<div class="date">12 April 2026</div><div class="body">{body}</div>{box}</main></body></html>')


@pytest.mark.parametrize("site, domain, box", [
    ("OSCE", "osce.org", '<div class="contacts"><h3>Contacts</h3><p>Press Office, press@osce.org</p></div>'),
    ("OSCE", "osce.org", '<div><h3>Media contact</h3><p>Press Office | press@osce.org</p></div>'),
    ("Interpol", "interpol.int", '<div><h3>Contact</h3><p>Media Office, media@interpol.int</p></div>'),
])
def test_a_contacts_box_gives_no_author(site: str, domain: str, box: str) -> None:
    assert extract(_page(site, box), url=f"https://www.{domain}/news/587123").authors == [site]


@pytest.mark.parametrize("line", ["Press Office, press@osce.org", "Jane Doe | jane.doe@osce.org"])
def test_an_address_last_is_no_outlet(line: str) -> None:
    assert credit_line_names(line, lambda last: "osce" in last.casefold()) == []


@pytest.mark.parametrize("line, names", [
    ("Jane Doe, OSCE", ["Jane Doe", "OSCE"]),
    ("Jane Doe | Reuters", ["Jane Doe", "Reuters"]),
])
def test_a_credit_line_ending_with_the_outlet_is_still_read(line: str, names: list[str]) -> None:
    assert credit_line_names(line, lambda last: last == "OSCE") == names
