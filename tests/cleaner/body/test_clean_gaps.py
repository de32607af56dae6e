"""Paragraphs the precision pass dropped between two it kept (cleaner.body.gaps)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.containers import container_of, first_kept_paragraph
from cleaner.body.gaps import with_dropped_paragraphs as _with_dropped
from cleaner.extract import extract

KEPT = [f"Paragraph {n} of the story says what the delegations agreed on, in a full sentence."
        for n in range(3)]
DROPPED = "The text was published Monday in the journal Nature Astronomy, the agency said."


def _page(middle: str, after: str = "") -> str:
    return (f"<html><body><article><h1>Delegations agree</h1><p>{KEPT[0]}</p><p>{KEPT[1]}</p>{middle}"
            f"<p>{KEPT[2]}</p>{after}</article></body></html>")


def with_dropped_paragraphs(tree, text: str) -> str:
    """As extract calls it: on the container of the first paragraph the fast pass kept."""
    return _with_dropped(container_of(first_kept_paragraph(tree, text)), text)


def _fast(*lines: str) -> str:
    return "\n".join(lines or KEPT)


def test_prose_between_kept_paragraphs_is_put_back_in_place() -> None:
    linked = DROPPED.replace("journal Nature Astronomy", "<a href='/j'>journal Nature Astronomy</a>")
    tree = lxml_html.fromstring(_page(f'<div class="card"><p>{linked}</p></div>'))
    assert with_dropped_paragraphs(tree, _fast()).split("\n") == [KEPT[0], KEPT[1], DROPPED, KEPT[2]]


def test_only_the_story_own_prose_comes_back() -> None:
    cases = {
        "a list item": f"<ul><li><p>{DROPPED}</p></li></ul>",
        "a quote box": f"<blockquote class='twitter'><p>{DROPPED}</p></blockquote>",
        "a related block": f"<div class='related-stories'><p>{DROPPED}</p></div>",
        "a hidden block": f"<div style='display: none'><p>{DROPPED}</p></div>",
        "mostly link text": f"<p>Read more: <a href='/x'>{DROPPED}</a></p>",
        "no sentence": "<p>Photo: the delegations in Geneva (UN/Jean-Marc Ferré)</p>",
        "already in the text": f"<p>{DROPPED[:50]}<br>{DROPPED[50:]}</p>",
    }
    for why, middle in cases.items():
        fast = _fast(KEPT[0], KEPT[1], DROPPED[:50], DROPPED[50:], KEPT[2]) \
            if why == "already in the text" else _fast()
        assert with_dropped_paragraphs(lxml_html.fromstring(_page(middle)), fast) == fast, why


def test_nothing_before_the_first_or_after_the_last_kept_paragraph() -> None:
    tree = lxml_html.fromstring(_page("", after=f"<p>{DROPPED}</p>"))
    assert with_dropped_paragraphs(tree, _fast()) == _fast()
    assert with_dropped_paragraphs(tree, KEPT[0]) == KEPT[0]  # one kept paragraph: no gap to fill


def test_extract_keeps_a_paragraph_the_precision_pass_drops() -> None:
    # A story set as cards (an Arc-style template): the precision pass dropped the card whose
    # sentence ends in a link; the balanced pass keeps it, and so does newsflow now.
    cards = "".join(
        f'<div data-type="text" class="card collection-item"><div class="card-content card-article">'
        f"<p>{text}</p></div></div>"
        for text in (*(f"Sentence {n} of the report on the telescope's find is here, with more words in it."
                       for n in range(4)),
                     'The discovery was announced in an article published Monday in the '
                     '<a href="https://www.nature.com/articles/x">journal Nature Astronomy</a>.',
                     *(f"Sentence {n} of the report after the link is here, with more words in it."
                       for n in range(4, 8))))
    page = f"<html><body><main><h1>Telescope spots water vapour</h1>{cards}</main></body></html>"
    text = extract(page, "https://news.example/2019/11/19/water").text
    assert "published Monday in the journal Nature Astronomy." in text
    assert text.index("Sentence 3") < text.index("The discovery") < text.index("Sentence 4")


# Paragraphs set without <p> (issue 14): bare text in the body's block, or a <div> of text alone.
LONG = [f"Paragraph {n} of the report says what the delegations agreed on in Geneva, in a sentence with "
        "more words in it." for n in range(5)]
BARE = ["The last paragraph of the report is written straight into the block, as older templates do.",
        "Another paragraph follows it after two line breaks, with the ministry's comment on the talks."]


def _body(inner: str) -> str:
    """A page whose body has enough <p> text that trafilatura's precision pass reads no <div>."""
    return ("<html><body><header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
            f"<article><h1>Delegations agree</h1><div class='article-text'>{inner}</div></article>"
            "<footer><p>All rights reserved by the publisher of this site.</p></footer></body></html>")


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_bare_text_after_the_last_paragraph_is_kept() -> None:
    page = _body(f"{_paragraphs(*LONG)}<div class='embed-video'><iframe src='/v'></iframe></div>"
                 f"{BARE[0]}<br><br>{BARE[1]}")
    assert extract(page).text.split("\n") == [*LONG, *BARE]


def test_text_divs_between_and_after_paragraphs_are_kept_in_place() -> None:
    page = _body(f"{_paragraphs(*LONG[:3])}<div>{BARE[0]}</div>{_paragraphs(*LONG[3:])}"
                 f"<div>{BARE[1].replace('comment', '<a href=/c>comment</a>')}</div>")
    assert extract(page).text.split("\n") == [*LONG[:3], BARE[0], *LONG[3:], BARE[1]]


def test_bare_text_that_is_not_the_story_stays_out() -> None:
    sentence = "A sentence of another story with enough words in it to pass for prose."
    cases = {
        "a caption beside a picture": f"<span class='storyimage'><img src='/a.jpg'>{sentence}</span>",
        "a teaser carousel": f"<div class='rail'><div class='rail__item'><span>{sentence}</span></div></div>",
        "deep in another block": f"<div><div><div>{sentence}</div></div></div>",
        "a heading": f"<h3>{sentence}</h3>",
        "a list": f"<ul><li>{sentence}</li></ul>",
        "code": f"<pre>{sentence}</pre>",
        "mostly link text": f"<div>Read: <a href='/x'>{sentence}</a></div>",
        "a hidden block": f"<div hidden>{sentence}</div>",
        "no sentence": "<div>Source: Reuters, AFP and the ministry's press service</div>",
    }
    for why, block in cases.items():
        tree = lxml_html.fromstring(_body(f"{_paragraphs(*LONG[:3])}{block}{_paragraphs(*LONG[3:])}"))
        assert with_dropped_paragraphs(tree, "\n".join(LONG)) == "\n".join(LONG), why


def test_after_the_last_paragraph_the_first_line_that_is_not_prose_ends_the_article() -> None:
    tail = f"<div>{BARE[0]}</div><div>Tags: Geneva, talks</div><div>{BARE[1]}</div>"
    tree = lxml_html.fromstring(_body(f"{_paragraphs(*LONG)}{tail}"))
    assert with_dropped_paragraphs(tree, "\n".join(LONG)).split("\n") == [*LONG, BARE[0]]


def test_bare_text_before_the_first_paragraph_is_the_lead_back_to_the_byline() -> None:
    lead = "The delegations agreed on a text about cyber threats on Friday, the ministry said in a statement."
    fast = "\n".join(["Delegations agree", *LONG])  # a headline line above the body stays on top
    tree = lxml_html.fromstring(_body(f"By Jane Roe<br><div>{lead}</div>{_paragraphs(*LONG)}"))
    assert with_dropped_paragraphs(tree, fast).split("\n") == ["Delegations agree", lead, *LONG]
    tree = lxml_html.fromstring(_body(f"<div>{lead}</div>By Jane Roe<br>{_paragraphs(*LONG)}"))
    assert with_dropped_paragraphs(tree, fast) == fast
    tree = lxml_html.fromstring(_body(f"<div role='note' class='hatnote'>{lead}</div>{_paragraphs(*LONG)}"))
    assert with_dropped_paragraphs(tree, fast) == fast


def test_a_comment_inside_a_line_of_bare_text_does_not_split_it() -> None:
    # trafilatura's parser drops comments; a tree parsed with them keeps the line whole all the same.
    commented = BARE[0].replace(" as ", " <!-- x --> as ")
    tree = lxml_html.fromstring(_body(f"{_paragraphs(*LONG)}<div>{commented}</div>"))
    assert with_dropped_paragraphs(tree, "\n".join(LONG)).split("\n") == [*LONG, BARE[0]]


def test_a_body_set_without_any_paragraph_element_gets_its_dropped_runs_back() -> None:
    """No ``<p>`` at all: the body's runs of bare text between ``<br>`` and headings. The block of
    the first kept run is the body's block (``cleaner.body.containers.first_kept_paragraph`` finds it), so the
    run the fast pass dropped before it, and between two kept ones, come back."""
    runs = [f"Deal {n}: the price of this item has dropped to its lowest level in {2020 + n}, the shop says."
            for n in range(4)]
    tree = lxml_html.fromstring(
        f"<html><body><main><h1>Daily deals</h1><section class='deals'>{runs[0]}<br><h2>Switch Lite</h2>"
        f"{runs[1]}<br><a href='/x'><img src='/x.jpg'></a>{runs[2]}<br><h2>Monitor</h2>{runs[3]}<br>"
        "</section></main></body></html>")
    assert first_kept_paragraph(tree, _fast(runs[1], runs[3])).get("class") == "deals"
    assert with_dropped_paragraphs(tree, _fast(runs[1], runs[3])).split("\n") == runs
