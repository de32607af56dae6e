"""Subheadings the fast pass dropped, put back before the text they head (cleaner.recall.with_headings)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.recall import with_headings

FIRST = "The plan sets out what each household should eat in a week, with a shopping list for each day."
MEAL = "Eat the first meal an hour before your workout, with a glass of water and some fruit."
DINNER = "Dinner is a bowl of rice with vegetables and a piece of grilled fish or tofu on the side."


def test_a_heading_with_a_picture_before_its_text_is_put_back() -> None:
    """Section heading, a paragraph holding only its picture, then the section's text: the heading
    comes back before that text, and before a kept subheading too."""
    container = lxml_html.fromstring(
        f'<div class="post"><p>{FIRST}</p><h2>Menu for Plan A</h2>'
        '<p><a href="/a.jpg"><img src="/a.jpg"></a></p>'
        f'<p>{MEAL}</p><h2>Menu for Plan B</h2><p><img src="/b.jpg"></p><h3>Dinner</h3><p>{DINNER}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}\nDinner\n{DINNER}", container).split("\n") == \
        [FIRST, "Menu for Plan A", MEAL, "Menu for Plan B", "Dinner", DINNER]


def test_a_heading_is_not_put_back_across_other_text_or_twice() -> None:
    """Between the heading and the kept text stands a byline or a widget's link (not blocks the rule
    reads): the heading is a headline or the widget's title and stays out. A heading the fast pass
    kept in part is not added again whole."""
    headline = "Babies who eat peanuts early may avoid the allergy"
    bylined = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><h2>{headline}</h2><div class="author">By Ann Lee, Health News</div>'
        f'<h3></h3><p></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", bylined) == f"{FIRST}\n{MEAL}"
    widget = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><div class="rv-top"><h3>Watch: a minute of voice messages</h3>'
        f'<span>Share to Weibo</span></div><p><img src="/v.jpg"></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", widget) == f"{FIRST}\n{MEAL}"
    long_heading = "Five tips to enjoy game day parties while staying on track with your goals:"
    split = lxml_html.fromstring(f"<div><p>{FIRST}</p><h2>{long_heading}</h2><p>{MEAL}</p></div>")
    part = long_heading[20:]
    assert with_headings(f"{FIRST}\n{part}\n{MEAL}", split) == f"{FIRST}\n{part}\n{MEAL}"


def test_a_block_holding_only_a_script_is_no_text_between() -> None:
    container = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><h3>Breakfast</h3><p><script>var slot = "ad";</script></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", container) == f"{FIRST}\nBreakfast\n{MEAL}"
