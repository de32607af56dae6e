"""Live blogs whose entries are each an ``<article>`` wrapped in a list item or a block of its own
(``<ol><li><article>...</article></li>...</ol>``): the entries are the article's, with the summary
and lead above them (cleaner.body.containers.container_of)."""

from __future__ import annotations

from helpers import live_entry, news_page
from lxml import html as lxml_html

LEAD = ("Forecasters say the storm will reach the coast by the evening; the council has opened three "
        "shelters and asks people in low-lying streets to leave their homes before dark.")
SECOND = ("The rail operator has cancelled all trains on the coastal line until Thursday, and the "
          "airport expects delays for most of the afternoon as the wind picks up further.")


def _entry(n: int) -> list[str]:
    return live_entry(n, "Entry")


def _feed(wrapper: str, item_class: str = "") -> str:
    item = f' class="{item_class}"' if item_class else ""
    close = wrapper.split()[0]
    return "".join(f"<{wrapper}{item}><article class='post'><header><time>10:{n:02d}</time>"
                   f"<h3>Rain reaches district {n}</h3></header><div class='post-body'>"
                   + "".join(f"<p>{line}</p>" for line in _entry(n)) + f"</div></article></{close}>"
                   for n in range(10))


def test_entries_each_wrapped_in_a_list_item_are_read_with_the_lead_above_them() -> None:
    """The fast pass read the first entry alone; the entries read alone (as chunks) lost the lead:
    the block around the lead and the list of entries is the article."""
    from cleaner.extract import extract

    for wrapper, item_class in (("li", "post-container"), ("li", ""), ("div", "entry-wrap")):
        feed = _feed(wrapper, item_class)
        listed = f"<ol class='stream'>{feed}</ol>" if wrapper == "li" else f"<div class='stream'>{feed}</div>"
        for body in (f"<div class='live'><h1>Storm live</h1><p>{LEAD}</p><p>{SECOND}</p>{listed}</div>",
                     f"<main><h1>Storm live</h1><div class='intro'><p>{LEAD}</p></div>{listed}</main>"):
            lines = extract(news_page(body)).text.splitlines()
            assert LEAD in lines, (wrapper, body[:30])
            assert [line for line in lines if line.startswith("Entry")] == \
                [line for n in range(10) for line in _entry(n)], (wrapper, body[:30])


def test_a_lone_wrapped_article_or_cards_of_other_classes_are_no_entries() -> None:
    """One ``<article>`` in its block, or wrapped articles of different classes (another story's
    card after the story): the article stays the container."""
    from cleaner.body.containers import container_of

    lone = lxml_html.fromstring(f"<div><div class='wrap'><article class='story'><p>{LEAD}</p></article></div>"
                                f"<div class='wrap'><p>{SECOND}</p></div></div>")
    assert container_of(lone.find(".//p")).get("class") == "story"
    cards = lxml_html.fromstring(f"<ul><li><article class='story'><p>{LEAD}</p></article></li>"
                                 f"<li><article class='card'><p>{SECOND}</p></article></li></ul>")
    assert container_of(cards.find(".//p")).get("class") == "story"
    wrapped = lxml_html.fromstring(f"<html><body><div class='live'><p>{LEAD}</p><ol>"
                                   f"<li><article class='post'><p>{SECOND}</p></article></li>"
                                   f"<li><article class='post'><p>{LEAD}</p></article></li></ol></div>"
                                   "</body></html>")
    assert container_of(wrapped.find(".//article/p")).get("class") == "live"


def test_entries_whose_classes_differ_by_their_number_are_read_with_the_lead() -> None:
    """``<article class="post post-3">``, then ``post-4``, under the page's headline: a live blog's
    entries, read with the lead above them. The posts of a blog without a headline above them, or
    titled with links to themselves, stay apart."""
    from cleaner.body.containers import container_of
    from cleaner.extract import extract

    def entries(titled: bool = False) -> str:
        return "".join(f"<article class='post post-{n}' id='post-{n}'>"
                       + (f"<h2><a href='/p{n}'>Post {n}</a></h2>" if titled else f"<h2>Rain at {n}</h2>")
                       + "".join(f"<p>{line}</p>" for line in _entry(n)) + "</article>" for n in range(10))

    page = news_page(f"<div class='live'><h1>Storm live</h1><p>{LEAD}</p><p>{SECOND}</p>{entries()}</div>")
    lines = extract(page).text.splitlines()
    assert LEAD in lines
    assert [line for line in lines if line.startswith("Entry")] == \
        [line for n in range(10) for line in _entry(n)]
    for other in (news_page(f"<div class='blog'>{entries()}</div>"),
                  news_page(f"<div class='blog'><h1>Storm live</h1>{entries(titled=True)}</div>")):
        tree = lxml_html.fromstring(other)
        assert container_of(tree.find(".//article/p")).get("class") == "post post-0"
