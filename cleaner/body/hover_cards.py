"""Hover cards set inside a paragraph, after the link that opens them.

Some templates write a person's or a topic's card into the sentence itself, hidden until the
reader hovers the name: ``<span class="rollover-people"><a href="/people/jane-doe">Jane Doe</a>
<span class="rollover-people-block"><img ...><a>Jane Marie Doe</a><a href="/news/123-other-story">
Other story's headline</a> ... <a>MORE</a></span></span> (D) said on Monday``. Extractors read the
card as part of the paragraph ("Jane DoeJane Marie DoeOther story's headline ... MORE (D) said"),
which breaks the sentence; gold bodies read "Jane Doe (D) said". A card is an inline block right
after a link (no text between them) that holds two links or more to other pages of the site, their
text nearly all of the block's: it goes, its tail stays. ``cleaner.body.recall.keep_inline_links`` asks
this of the spans it already visits (no pass of its own).
"""

from __future__ import annotations

from lxml.etree import XPath

from core.text import single_spaced

_LINK_TEXTS = XPath("./descendant::a[@href][not(starts-with(@href, '#'))]")
_MIN_LINKS = 2
# The links hold at least this share of the card's text (a name, headlines, "MORE").
_LINK_SHARE = 0.8


def is_hover_card(span) -> bool:
    """``span`` (in a paragraph) is a card hovering the link right before it (see above)."""
    trigger = span.getprevious()
    if trigger is None or trigger.tag != "a" or (trigger.tail or "").strip():
        return False
    links = _LINK_TEXTS(span)
    if len(links) < _MIN_LINKS:
        return False
    text = len(single_spaced(span.text_content()))
    linked = sum(len(single_spaced(link.text_content())) for link in links)
    return text > 0 and linked >= _LINK_SHARE * text


def drop_hover_card(span) -> None:
    """Take ``span`` out of the page, the text after it kept in its place."""
    parent = span.getparent()
    previous = span.getprevious()
    tail = span.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(span)
