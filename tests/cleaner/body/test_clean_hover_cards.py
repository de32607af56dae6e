"""Hover cards written into a sentence after the link that opens them (cleaner.body.hover_cards): a
person's card with their full name, their latest stories and "MORE", or a topic's card; the
sentence reads on without them. Inline spans of the sentence's own stay."""

from __future__ import annotations

import pytest

FOLLOWING = ("The council will pay for the extra crossings from its transport budget until March, when the "
             "service is to be put out to tender again with new conditions.")


def _page(paragraph: str) -> str:
    rest = "".join(f"<p>{FOLLOWING} ({n})</p>" for n in range(4))
    return ("<html><head><title>Ferry vote</title></head><body><article>"
            "<h1>Council keeps the winter ferry</h1>"
            f"<div class='field-item'><p>{paragraph}</p>{rest}</div></article></body></html>")


def _person_card(name: str, full_name: str, slug: str) -> str:
    stories = "".join(f"<a class='people-articles' href='/homenews/news/47{n}033-{slug}-story-{n}'>"
                      f"{full_name.split()[-1]} story number {n} on the ferry and the budget</a> "
                      for n in range(3))
    return (f"<span class='rollover-people' data-behavior='rolloverpeople'><a class='rollover-people-link' "
            f"href='/people/{slug}'>{name}</a><span class='rollover-people-block' id='rollover-people-1'>"
            f"<span class='rollover-block'><span><img src='/files/{slug}.jpg' alt=''>"
            f"<a class='name' href='/people/{slug}'>{full_name}</a>{stories}"
            f"<a class='more' href='/people/{slug}'>MORE<span></span></a></span></span></span></span>")


CASES = {
    "person": (f"Island Rep. {_person_card('Jane Doe', 'Jane Marie Doe', 'jane-doe')} (D) said the vote on "
               "Tuesday would keep the ferry running through the winter for the islanders.",
               "Island Rep. Jane Doe (D) said the vote on Tuesday would keep the ferry running through the "
               "winter for the islanders."),
    "two people": (f"Both {_person_card('Jane Doe', 'Jane Marie Doe', 'jane-doe')} and "
                   f"{_person_card('John Roe', 'John Paul Roe', 'john-roe')} voted for the extension of the "
                   "winter timetable, against the advice of the transport committee.",
                   "Both Jane Doe and John Roe voted for the extension of the winter timetable, against the "
                   "advice of the transport committee."),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hover_card_in_the_sentence_goes_and_the_sentence_reads_on(case: str) -> None:
    from cleaner.extract import extract

    markup, expected = CASES[case]
    url = "https://www.example-hill.com/homenews/news/471000-ferry-vote"
    lines = extract(_page(markup), url).text.splitlines()
    assert expected in lines
    assert not any("story number" in line or "MORE" in line for line in lines)


KEPT = {
    # Linked words wrapped in a span with text between the links: the sentence's own.
    "sentence span": ("The ferry runs to <a href='/places/north-isle'>North Isle</a>"
                      "<span class='inline-links'> and on to <a href='/places/south-isle'>South Isle</a> "
                      "and <a href='/places/west-isle'>West Isle</a> twice a day</span> through the winter "
                      "months."),
    # A span after a link with words between them.
    "words between": ("The vote followed <a href='/news/ferry-cuts-1'>months of complaints</a> about the "
                      "cuts <span class='note'><a href='/news/ferry-2'>ferry fares</a> "
                      "<a href='/news/ferry-3'>timetables</a></span> from islanders and their councillors."),
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_inline_spans_of_the_sentence_stay(case: str) -> None:
    from lxml import html as lxml_html

    from cleaner.extract import extract

    markup = KEPT[case]
    expected = " ".join(lxml_html.fromstring(f"<p>{markup}</p>").text_content().split())
    text = extract(_page(markup), "https://www.example-hill.com/news/471000-ferry-vote").text
    assert expected in [" ".join(line.split()) for line in text.splitlines()]
