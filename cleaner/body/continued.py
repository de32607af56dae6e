"""Whether a headed ``<article>`` after the story's own is the rest of that story, not another one.

Some templates set one story as two sibling ``<article>`` elements: the opening (headline, byline,
first paragraphs), then, after an ad or a video, the rest, which starts with a subheading of its own
(``<article class="story-rest"><h2>What changes for tenants</h2><p>...``), sometimes under a header
that repeats the story's byline and time. A teaser or the next story of a page is set the same way,
so the heading alone says nothing; the evidence is what the second block states:
- it repeats the byline or the time of the story before it (every author and every ``<time
  datetime>`` it states is one stated before it on the page): the same story, continued;
- or it states neither, and the text before it breaks off mid-sentence (the first block's last
  paragraph ends without a full stop: "... the council said the rules would"), so the text runs on.
A heading that is a link, an ``<h1>`` (an endless page's next story), an author or a time that
differs (a columnist's next piece, another day's post), or a first block whose text ends cleanly
with nothing stated after it keep the second block out. ``cleaner.body.containers`` asks this for an
``<article>`` right after the story's; its other tests (prose, names, links) apply as before.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from core.text import single_spaced

# The block opens with its heading: the first text in it is an <h2>-<h4> (in a <header> or not).
_FIRST_TEXT = XPath("(.//text()[normalize-space() and not(ancestor::script or ancestor::style)])[1]")
_SUBHEADINGS = frozenset({"h2", "h3", "h4"})
_TIMES = XPath(".//time/@datetime")
_TIMES_BEFORE = XPath("preceding::time/@datetime")
# Where a page names the author: rel=author links, itemprop=author, and blocks named for the byline.
_AUTHOR_PATH = ("*[@rel='author' or @itemprop='author' or contains(@class, 'author') "
                "or contains(@class, 'byline')]")
_AUTHORS = XPath(f".//{_AUTHOR_PATH}")
_AUTHORS_BEFORE = XPath(f"preceding::{_AUTHOR_PATH}")
_PARAGRAPHS = XPath(".//p[string-length(normalize-space()) >= 40]")
_SENTENCE_END = re.compile(r"[.!?…。！？\"'”’»)]\s*$")
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|от)\s+", re.IGNORECASE)


def opens_with_heading(block) -> bool:
    """The first text of ``block`` is a subheading (``<h2>``-``<h4>``), not a link."""
    found = _FIRST_TEXT(block)
    if not found:
        return False
    holder = found[0].getparent()
    tags = {element.tag for element in (holder, *holder.iterancestors()) if element is not block}
    return bool(tags & _SUBHEADINGS) and "a" not in tags and "h1" not in tags


def continues_story(block, previous) -> bool:
    """``block``, a headed ``<article>`` right after ``previous`` (the story's), is its rest (see
    above)."""
    if not opens_with_heading(block):
        return False
    times = set(_TIMES(block))
    authors = {_name(element) for element in _AUTHORS(block)} - {""}
    if times or authors:
        return times <= set(_TIMES_BEFORE(block)) \
            and authors <= {_name(element) for element in _AUTHORS_BEFORE(block)}
    paragraphs = _PARAGRAPHS(previous)
    return bool(paragraphs) and not _SENTENCE_END.search(single_spaced(paragraphs[-1].text_content()))


def _name(element) -> str:
    """An author element's name, without its "By"."""
    return _BY.sub("", single_spaced(element.text_content())).casefold()
