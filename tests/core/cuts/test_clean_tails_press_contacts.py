"""A press release's press contacts box under the text (issue 14; core.cuts.tails._TAIL_MARKER through
core.text.clean_text): the Council of the EU, ministries and agencies close a release with "Press
contacts" and a press officer's name, phone and e-mail; from the heading on, it goes. The same heading
near the top cuts nothing, and a sentence about press contacts is the story's."""

from __future__ import annotations

import pytest
from helpers import FERRY_PARAGRAPHS

from core.text import clean_text

BODY = FERRY_PARAGRAPHS
CONTACT = ["Jane Press", "Press officer", "+32 2 281 00 00", "press.office@example.org"]
HEADINGS = ["Press contacts", "Media contact:", "Media enquiries", "Pressekontakt", "Contacts presse",
            "Contacto de prensa", "Contatti stampa", "Contatos para a imprensa",
            "Контакты для СМИ", "媒体联系人"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_press_contacts_box_under_the_release_is_cut(heading: str) -> None:
    assert clean_text("\n".join([*BODY, heading, *CONTACT])).split("\n") == BODY


@pytest.mark.parametrize("heading", ["Press contacts", "Pressekontakt"])
def test_the_heading_near_the_top_cuts_nothing(heading: str) -> None:
    text = "\n".join([heading, *BODY])
    assert clean_text(text) == text


def test_a_sentence_about_press_contacts_stays() -> None:
    lines = [*BODY, "Press contacts with the ministry were frozen after the leak, officials said on Tuesday."]
    assert clean_text("\n".join(lines)).split("\n") == lines
