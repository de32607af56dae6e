"""A story set as two sibling ``<article>`` elements whose second opens with its own subheading: the
rest of the story when it repeats the story's byline or time, or when the text before it breaks off
mid-sentence; another story (its own author or time, a linked or top-level heading, or nothing said
after a first part that ends cleanly) stays out (cleaner.body.continued, cleaner.body.containers)."""

from __future__ import annotations

from helpers import report_line
from lxml import html as lxml_html

_story = report_line


def _page(body: str) -> str:
    return ("<html><head><title>Housing rules</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
            f"<li><a href='/news'>News</a></li></ul></nav><div class='wrap'>{body}</div>"
            "<footer><p>About us</p></footer></body></html>")


WHEN = "2024-04-12T09:30:00+02:00"
AD = "<div class='ad-slot'><span>Advertisement</span></div>"
OPENING = (f"<article class='story'><header><h1>Housing rules</h1><p class='byline'>By <a rel='author' "
           f"href='/jane-doe'>Jane Doe</a></p><time datetime='{WHEN}'>12 April 2024</time></header>"
           + "".join(f"<p>{_story(n)}</p>" for n in range(3)) + f"</article>{AD}")
REST = "".join(f"<p>{_story(n)}</p>" for n in range(3, 20))
WHOLE = [_story(n) for n in range(20)]
HEADING = "What changes for tenants"
BROKEN = "The council's decision, which the regional court upheld last week after two appeals, means that"


def test_a_headed_second_article_repeating_the_byline_or_time_is_the_storys_rest() -> None:
    from cleaner.extract import extract

    for header in (f"<header><h2>{HEADING}</h2><span class='byline'>By Jane Doe</span>"
                   f"<time datetime='{WHEN}'>12 April 2024</time></header>",
                   f"<header><h2>{HEADING}</h2><time datetime='{WHEN}'>12 April 2024</time></header>",
                   f"<h2>{HEADING}</h2><p class='byline'>By <a rel='author' href='/jane-doe'>Jane Doe</a>"
                   "</p>"):
        text = extract(_page(f"{OPENING}<article class='story-rest'>{header}{REST}</article>")).text
        lines = text.splitlines()
        assert [line for line in lines if line.startswith("Paragraph")] == WHOLE, header
        assert HEADING in lines, header


def test_a_headed_second_article_continuing_a_broken_sentence_is_the_storys_rest() -> None:
    from cleaner.extract import extract

    opening = OPENING.replace("</article>", f"<p>{BROKEN}</p></article>")
    text = extract(_page(f"{opening}<article class='continued'><h3>{HEADING}</h3>{REST}</article>")).text
    assert [line for line in text.splitlines() if line.startswith("Paragraph")] == WHOLE
    assert BROKEN in text


def test_another_story_in_a_headed_article_stays_out() -> None:
    from cleaner.body.containers import container_of

    others = (
        # another author, another time, a linked heading, a headline, nothing stated after a clean end
        f"<article class='opinion'><header><h2>{HEADING}</h2><span class='byline'>By John Roe</span>"
        f"</header>{REST}</article>",
        f"<article class='next'><h2>{HEADING}</h2><time datetime='2024-04-11T08:00:00+02:00'>11 April</time>"
        f"{REST}</article>",
        f"<article class='next'><h2><a href='/other'>{HEADING}</a></h2>{REST}</article>",
        f"<article class='next'><h1>{HEADING}</h1><time datetime='{WHEN}'>12 April</time>{REST}</article>",
        f"<article class='next'><h2>{HEADING}</h2>{REST}</article>",
        # the heading is not the block's opening: a kicker or a date line before it
        f"<article class='next'><p>Opinion</p><h2>{HEADING}</h2><time datetime='{WHEN}'>12 April</time>"
        f"{REST}</article>",
    )
    for block in others:
        tree = lxml_html.fromstring(_page(f"{OPENING}{block}"))
        assert container_of(tree.find(".//article/p[3]")).get("class") == "story", block[:60]
