"""The top of an extracted body (cleaner.body.opening): the headline and a byline naming the page's
author go; a deck and a "By" sentence stay."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.opening import signature, without_opening

HEADLINE = "Brazil calls for binding cyber rules"
DECK = "Itamaraty wants a treaty on state behaviour; the United States resist"
FIRST = "The Brazilian government on Friday called for binding rules on state behaviour in cyberspace."
SECOND = "The proposal is to be discussed in the new permanent mechanism of the United Nations."


def test_headline_and_byline_go() -> None:
    text = "\n".join(["Diplomacy", HEADLINE, "By Ana Souza · April 12, 2024", FIRST, SECOND])
    assert without_opening(text, HEADLINE, ["Ana Souza"]) == f"{FIRST}\n{SECOND}"


def test_headline_after_a_label_the_title_left_out_goes() -> None:
    """The title drops a badge of the <h1> ("LIVE", "EXCLUSIVE:"); the body's copy of the <h1> keeps
    it, and is the headline all the same."""
    for line in (f"LIVE {HEADLINE}", f"EXCLUSIVE: {HEADLINE}", f"[단독] {HEADLINE}"):
        text = "\n".join([line, FIRST, SECOND])
        assert without_opening(text, HEADLINE, []) == f"{FIRST}\n{SECOND}", line


def test_a_first_sentence_ending_with_the_headline_stays() -> None:
    text = "\n".join([f"On Friday the minister said: {HEADLINE}", FIRST, SECOND])
    assert without_opening(text, HEADLINE, []) == text


def test_deck_and_a_sentence_opening_with_by_stay() -> None:
    text = "\n".join([DECK, "By the end of the week, the text was agreed.", FIRST, SECOND])
    assert without_opening(text, HEADLINE, ["Ana Souza"]) == text


def test_signature_at_the_foot_goes_to_the_authors() -> None:
    body = f"{FIRST}\n{SECOND}"
    page = lxml_html.fromstring("<html><body><p style='text-align: right;'><strong>Minh Hà</strong></p>")
    assert signature(page, f"{body}\nMinh Hà", []) == (body, ["Minh Hà"])
    assert signature(page, f"{body}\nAutor: Jan Kowalski", []) == (body, ["Jan Kowalski"])
    # A name alone that the page does not set apart, or a closing sentence, is the article's.
    plain = lxml_html.fromstring("<html><body><p>Melville Web Links</p></body></html>")
    assert signature(plain, f"{body}\nMelville Web Links", []) == (f"{body}\nMelville Web Links", [])
    closing = f"{body}\nThe talks resume in May."
    assert signature(page, closing, []) == (closing, [])


def test_byline_list_with_its_role_goes_but_the_articles_list_stays() -> None:
    body = "The delegation asked for shared rules on attacks against critical infrastructure."
    text = f"- Author, Joe Tidy\n- Role, Cyber correspondent\n{body}"
    assert without_opening(text, None, ["Joe Tidy"]) == body
    # A list of the article's own points after a byline item stays.
    points = "- By Joe Tidy\n- The ministry will publish the draft next week.\n" + body
    assert without_opening(points, None, ["Joe Tidy"]) \
        == f"- The ministry will publish the draft next week.\n{body}"


def test_an_agencys_credit_list_at_the_foot_signs_the_copy() -> None:
    body = "The agreement runs for five years and can be extended."
    credits = "AGERPRES/(AS - autor: Florin Marin, editor: Mihai Simionescu, editor online: Gabriela Badea)"
    page = lxml_html.fromstring("<html><body><p>x</p></body></html>")
    assert signature(page, f"{body}\n{credits}", []) == (body, ["Florin Marin"])
    # A sentence in brackets at the foot is no credit list.
    sentence = f"{body}\n(The author is a researcher at the institute.)"
    assert signature(page, sentence, []) == (sentence, [])


def test_breadcrumb_ending_with_the_headline_and_a_time_stamp_line_go() -> None:
    body = "The response team told all departments to report cyber incidents within six hours."
    title = "Cert-In: Govt departments told to report cyber incidents within six hours"
    stamp = "TOI News Desk / TIMESOFINDIA.COM / Updated: Apr 12, 2024, 14:46 IST"
    text = f"News › India News › {title}\n{title}\n{stamp}\n{body}"
    assert without_opening(text, title, []) == body
    # A sentence that mentions an update keeps its place.
    sentence = "The rules were updated on April 12, 2024 at 14:46 after a review."
    assert without_opening(f"{sentence}\n{body}", title, []) == f"{sentence}\n{body}"



def test_byline_with_a_label_of_another_language_goes() -> None:
    body = "The response team told all departments to report cyber incidents within six hours."
    assert without_opening(f"Napisał: Jan Kowalski\n{body}", None, ["Jan Kowalski"]) == body
    assert without_opening(f"מאת דנה כהן\n{body}", None, ["דנה כהן"]) == body


def test_the_headline_repeated_after_the_lead_goes() -> None:
    """A video's title under the first paragraph that is the story's headline (CNN sets it so): the
    headline again, not text. Further down, or a short headline (a subheading's words), it stays."""
    third = "Diplomats from twelve countries are expected to attend the first session in Geneva next month."
    text = "\n".join([FIRST, HEADLINE, SECOND, third])
    assert without_opening(text, HEADLINE, []) == "\n".join([FIRST, SECOND, third])
    later = "\n".join([FIRST, SECOND, third, FIRST, SECOND, HEADLINE, third])
    assert without_opening(later, HEADLINE, []) == later
    short = "\n".join([FIRST, "Binding cyber rules", SECOND])
    assert without_opening(short, "Binding cyber rules", []) == short
