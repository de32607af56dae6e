"""An article whose ``<article>`` (or ``itemprop="articleBody"`` block) closes after the first
paragraphs, the rest of the body following in a block of its own: the block around both is the
container, so the cut is noticed and the rest read (cleaner.body.containers.container_of)."""

from __future__ import annotations

from helpers import report_line
from lxml import html as lxml_html

_story = report_line
AD = "<div class='ad-slot'><span>Advertisement</span></div>"


def _page(body: str) -> str:
    return ("<html><head><title>Housing rules</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
            f"<li><a href='/news'>News</a></li></ul></nav><div class='wrap'>{body}</div>"
            "<footer><p>About us</p></footer></body></html>")


FIRST = "".join(f"<p>{_story(n)}</p>" for n in range(3))
REST = "".join(f"<p>{_story(n)}</p>" for n in range(3, 20))


def test_the_body_going_on_after_its_article_element_is_read() -> None:
    from cleaner.extract import extract

    for body in (f"<article class='story'><h1>Housing rules</h1>{FIRST}</article>{AD}"
                 f"<div class='story-continued'>{REST}</div>",
                 f"<article><h1>Housing rules</h1><div itemprop='articleBody'>{FIRST}</div>{AD}"
                 f"<section>{REST}</section></article>",
                 f"<h1>Housing rules</h1><div itemprop='articleBody'>{FIRST}</div><div>{REST}</div>",
                 # The opening and the rest as two <article>s, the second with no heading of its own.
                 f"<article class='story-top'><h1>Housing rules</h1>{FIRST}</article>{AD}"
                 f"<article class='story-rest'>{REST}</article>"):
        assert extract(_page(body)).text.splitlines() == [_story(n) for n in range(20)], body[:40]


def test_teasers_comments_or_a_biography_after_the_article_do_not_widen_it() -> None:
    from cleaner.body.containers import container_of

    teaser = "<p>Another story about the region's council and its plans for the river site next year.</p>"
    after = (
        "<div class='more-stories'>" + teaser * 3 + "</div>",
        "<div class='grid'>" + "".join(f"<div><h3><a href='/s{n}'>Story {n}</a></h3>{teaser}</div>"
                                       for n in range(3)) + "</div>",
        "<div class='author-bio'>" + teaser * 2 + "</div>",
        "<div>" + "".join(f"<p><a href='/s{n}'>{_story(n)}</a></p>" for n in range(3)) + "</div>",
        "<div><p>One paragraph of prose alone, followed by nothing else of the story at all.</p></div>",
        f"<article class='next'><h1>Another story</h1>{REST}</article>",
        f"<article class='card'><h2>Another story</h2>{REST}</article>",
        f"<article class='comment'><header><a href='/u/ann'>Ann</a> wrote</header>{teaser * 3}</article>",
    )
    for block in after:
        page = _page(f"<article class='story'><h1>Housing rules</h1>{FIRST}</article>{block}")
        tree = lxml_html.fromstring(page)
        assert container_of(tree.find(".//article/p")).get("class") == "story", block[:40]


def _entry(n: int) -> str:
    return (f"<div class='entry'><time>10:{n:02d}</time><h2>Rain reaches district {n}</h2>"
            f"<p>Entry {n}: crews in the northern districts report that the river has risen again overnight, "
            f"and the council has opened a shelter in school {n} for families from the streets nearby.</p>"
            f"<p>Entry {n}, continued: the fire brigade says {n} roads are closed, and asks drivers to stay "
            "away from the embankment until the water has gone down and the engineers have checked it.</p>"
            "</div>")


LEAD = ("<p>Forecasters say the storm will reach the coast by the evening; the council has opened three "
        "shelters and asks people in low-lying streets to leave their homes before dark tonight.</p>"
        "<p>The rail operator has cancelled all trains on the coastal line until Thursday, and the airport "
        "expects delays for most of the afternoon as the wind picks up further along the coast.</p>"
        "<p>Schools in the three coastal districts will stay closed on Wednesday, the education office said, "
        "and the hospitals have called in extra staff for the night.</p>")


def test_a_live_blogs_lead_nested_deep_in_the_layout_is_read_with_the_entries_beside_it() -> None:
    """The teaser and lead three or four blocks down in one column, the entries in the next: the fast
    pass read the lead alone (long enough not to look like a teaser); the next column reads as the
    rest of the body, so the block around both is the container."""
    from cleaner.extract import extract

    entries = "".join(_entry(n) for n in range(10))
    for body in (f"<div class='top'><div class='intro'><h1>Storm live</h1><div class='article-body'>{LEAD}"
                 f"</div></div></div><div class='feed'><div class='entries'>{entries}</div></div>",
                 f"<div class='grid'><div class='top'><div class='intro'><h1>Storm live</h1>"
                 f"<div class='article-body'>{LEAD}</div></div></div></div>"
                 f"<div class='grid'><div class='feed'><div class='entries'>{entries}</div></div></div>"):
        lines = extract(_page(body)).text.splitlines()
        assert [line for line in lines if line.startswith("Entry")] == \
            [f"{prefix}" for n in range(10) for prefix in
             (f"Entry {n}: crews in the northern districts report that the river has risen again overnight, "
              f"and the council has opened a shelter in school {n} for families from the streets nearby.",
              f"Entry {n}, continued: the fire brigade says {n} roads are closed, and asks drivers to stay "
              "away from the embankment until the water has gone down and the engineers have checked it.")]
        assert lines[0].startswith("Forecasters say"), body[:20]
