"""A lead set apart before the body, which the precision pass drops (cleaner.leads.with_lead_paragraph)."""

from __future__ import annotations

from cleaner.extract import extract

LEAD = ("Ukraine and Estonia signed a memorandum on cooperation in cybersecurity, which provides for "
        "sharing information on cyber threats.")
BODY = [f"Paragraph {n} of the report says what the two agencies agreed on in Tallinn, in a sentence with "
        "more words in it." for n in range(5)]


CAPTION = "<div class='photo'>The minister in Tallinn (photo)</div>"


def _page(before_body: str, lead_block: str = "newsHeading") -> str:
    """Ukrinform's layout: the lead in a <div> of its own right before the body's <div>."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return ("<html><body><nav><a href='/'>Home</a></nav><div class='newsBlock'>"
            "<h1 class='newsTitle'>Ukraine and Estonia sign a cybersecurity memorandum</h1>"
            "<div class='newsMetaBlock'><div class='newsDate'>12.04.2024 15:30</div></div>"
            f"{before_body}<div class='{lead_block}'>{LEAD}</div><div class='newsText'>{paragraphs}</div>"
            "</div><footer><p>All rights reserved by the publisher of this site.</p></footer></body></html>")


def test_a_lead_in_a_div_right_before_the_body_opens_the_text() -> None:
    text = extract(_page("<div class='newsImage'><img src='/photo.jpg' alt=''></div>"),
                   "https://www.ukrinform.net/rubric-polytics/1-memorandum.html").text
    assert text.split("\n") == [LEAD, *BODY]


def test_a_picture_with_its_caption_may_stand_between_the_lead_and_the_body() -> None:
    picture = "<figure><img src='/photo.jpg' alt=''><figcaption>Photo: the ministry</figcaption></figure>"
    page = _page("").replace("<div class='newsText'>", f"{picture}<div class='newsText'>")
    assert extract(page).text.split("\n") == [LEAD, *BODY]


def test_a_deck_or_a_block_set_apart_from_the_body_is_no_lead() -> None:
    cases = {
        "a deck by its name": _page("", lead_block="article-dek"),
        "an abstract": _page("", lead_block="m-detail--abstract"),
        "a note": _page("", lead_block="hatnote"),
        "a caption between it and the body": _page("").replace(
            "<div class='newsText'>", f"{CAPTION}<div class='newsText'>"),
        "a link": _page("").replace(LEAD, f"<a href='/other'>{LEAD}</a>"),
        "no sentence": _page("").replace(LEAD, LEAD.rstrip(".")),
        "bare text between it and the body": _page("").replace(
            "<div class='newsText'>", "KYIV, April 12<div class='newsText'>"),
    }
    for why, page in cases.items():
        assert LEAD[:40] not in extract(page).text, why
