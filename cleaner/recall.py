"""Noticing a body cut short by the fast first pass.

The precision pass sometimes keeps only the start of an article (a live blog's teaser and lead,
the first paragraphs before an inline block). The page's main container says how much prose the
article holds: the nearest ``<article>``, ``itemprop="articleBody"`` or ``<main>`` around the
paragraphs the fast pass kept, else the block holding the first of them (or the block around it,
when the body goes on in a block after it). When that container
holds clearly more prose than the fast text, a balanced pass on the container alone gives the
fuller body; it is taken when it is the same article (it holds most of the fast text) and clearly
longer. Only the container is read, so teasers of other articles elsewhere do not come in.
A live blog whose entries are each an ``<article>`` of one class is one article: the fast pass reads
the first ``<article>`` of a page as the whole body (the first entry alone), so such an entry is
no container, the page's block around the entries is, and the second pass reads the ``<article>``
elements inside it as plain blocks. A teaser card of another story set as an ``<article>`` before
the story's own (the ``<article>`` holding the headline) is no body either: that one is read instead
(``headline_article``).

The fast pass also drops the subheadings of an article when they are links or stand at the end of
a block (the numbered entries of a list article, "“Game title” ($30)"). A heading of the container
that comes after the article has started and right before a paragraph or a subheading the text kept
(a paragraph holding only a picture may stand between: heading, photo, text) is put back before it;
headings before a list or at the end (related links, "More stories") stay out, and so does one whose
start or end the text holds already (the fast pass split it at an inline element).

The lead paragraph some templates set apart before the body, which the fast pass drops too, is put
back by ``cleaner.leads``: a question of which block before the body is article text, not of how
much of the body was kept.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.selectors import element_document
from core.text import JOINER_STAND_INS, single_spaced

_PARAGRAPHS = XPath(".//p")
# Paragraphs, subheadings and list items of a container, in document order.
_BLOCKS = XPath(".//p | .//h2 | .//h3 | .//h4 | .//li")
_MAX_HEADING_WORDS = 20
# A heading's text follows it after at most this many empty blocks (pictures).
_MAX_MEDIA_BETWEEN = 3
_KEPT_PART = 30
_NEXT_TEXT = XPath("following::text()[normalize-space() and not(ancestor::script or ancestor::style)][1]")
_HAS_TEXT = XPath("boolean(.//text()[normalize-space() and not(ancestor::script or ancestor::style)])")
# Inline wrappers in paragraphs, and the names trafilatura's precision pass discards whole blocks for.
_INLINE_WRAPPERS = XPath("//p//span[@class or @id or @style]")
_DISCARDED_NAME = re.compile(r"(?:^|\s)bottom|bottom(?:\s|$)|(?:^|\s)link(?:\s|$)")
# Blocks around a heading that make it another article's teaser or a widget's label, not a subheading.
_ASIDE_TAGS = frozenset({"a", "li", "ul", "ol", "aside", "nav", "figure", "footer", "form"})
_ASIDE_NAMES = re.compile(
    r"relate|recirc|more|teaser|promo|share|social|newsletter|signup|subscribe|widget|embed|card|\bad", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CONTAINER_TAGS = frozenset({"article", "main"})
_MIN_PROSE_CHARS = 40
# The container must hold this much more prose than the fast text before the second pass runs (a
# fifth of the prose or more missing: the last paragraphs in a block the fast pass drops)...
_SHORT_SHARE = 0.8
_MIN_MISSING_CHARS = 600
# ... and the second pass must be this much longer and keep this share of the fast text's lines.
_LONGER = 1.3
_SAME_ARTICLE = 0.8
_MAX_LOOKUPS = 400
# How far up from the first paragraph's block the article's other chunks are looked for.
_CHUNK_LEVELS = 4


def main_container(tree, text: str):
    """The article container around the first paragraph of ``text`` found on the page, or None."""
    paragraph = first_kept_paragraph(tree, text)
    return container_of(paragraph) if paragraph is not None else None


def first_kept_paragraph(tree, text: str):
    """The first ``<p>`` of the page whose text is a line of ``text``, or None."""
    lines = {single_spaced(line) for line in text.splitlines() if len(line) >= _MIN_PROSE_CHARS}
    if not lines:
        return None
    for paragraph in _PARAGRAPHS(tree)[:_MAX_LOOKUPS]:
        if single_spaced(paragraph.text_content()) in lines:
            return paragraph
    return bare_text_block(tree, lines)


# Text set straight in a block, with no <p>: a run's first text node of a sentence's length.
_LONG_TEXT = XPath(f"//text()[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]"
                   "[not(ancestor::script or ancestor::style or ancestor::p or ancestor::h1"
                   " or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::li or ancestor::a"
                   " or ancestor::figcaption)]")


def bare_text_block(tree, lines: set[str]):
    """The block holding the first kept line written as bare text (``<div>Text.<br>More.</div>``, a
    body set without ``<p>``), else None: its parent is then the article's block, as a ``<p>``'s is."""
    starts = {line[:_MIN_PROSE_CHARS] for line in lines}
    for node in _LONG_TEXT(tree)[:_MAX_LOOKUPS]:
        if single_spaced(node)[:_MIN_PROSE_CHARS] in starts:
            holder = node.getparent()
            block = holder.getparent() if node.is_tail else holder
            if block is not None:
                return block
    return None


def container_of(paragraph):
    """The nearest ``<article>``, ``<main>`` or ``itemprop="articleBody"`` around ``paragraph``,
    else its parent block (the paragraphs of an article are siblings in one block), or the block
    around that one when a block after it holds paragraphs too (the body split in two, the second
    part named or styled like furniture the fast pass drops)."""
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == "article" and _has_kin(ancestor):
            continue  # one entry of a live blog: the article is the page around its entries
        if ancestor.tag in _CONTAINER_TAGS or ancestor.get("itemprop") == "articleBody":
            return ancestor
    parent = paragraph.getparent()
    if parent is not None and parent.tag == "article" and _has_kin(parent):
        parent = parent.getparent()  # the block of the live blog's entries
    if parent is None or parent.tag == "html":
        return None
    # The body split over sibling blocks (<div class="intro"> then <div class="article-bottom">, a live
    # blog's teaser and lead in one block and its entries in the next): the block around them.
    block = parent
    for _ in range(_SPLIT_LEVELS):
        around = block.getparent()
        if around is None or around.tag == "html":
            break
        if any(_holds_prose(sibling) for sibling in block.itersiblings(*_SPLIT_TAGS)
               if not _OTHER_CONTENT.search(f"{sibling.get('class', '')} {sibling.get('id', '')}")):
            return around
        block = around
    return parent


# Blocks after the first that may hold the rest of the body: not another <article> (a teaser of
# another story), nor a block named for other content.
_SPLIT_TAGS = ("div", "section")
_OTHER_CONTENT = re.compile(r"relate|recirc|more|teaser|promo|recommend|popular|comment|sidebar|widget|"
                            r"newsletter|(?<![a-z])ads?(?![a-z])", re.IGNORECASE)
_SPLIT_LEVELS = 2
_PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]")


def _holds_prose(block) -> bool:
    """``block`` holds two paragraphs of prose or more, not in a list."""
    return sum(1 for p in _PROSE(block)[:8] if not any(a.tag in ("li", "ul", "ol") for a in p.iterancestors())
               ) >= 2


_H1 = XPath("//h1")


def headline_article(paragraph):
    """The ``<article>`` holding the page's headline (its one ``<h1>``) when ``paragraph``, the first
    the fast pass kept, lies in another ``<article>`` beside it, else None: a teaser card of another
    story set as an ``<article>`` before the story, which the fast pass read as the page's body."""
    own = next(paragraph.iterancestors("article"), None)
    if own is None:
        return None
    # The <article>s holding an <h1> (a site's logo may be an <h1> too, outside them).
    headlined = {next(h1.iterancestors("article"), None) for h1 in _H1(paragraph.getroottree())} - {None}
    if len(headlined) != 1:
        return None
    article = headlined.pop()
    if article is own or own in article.iterancestors() or article in own.iterancestors():
        return None
    return article


def _has_kin(article) -> bool:
    """``article`` has a sibling ``<article>`` of its class, one after the other
    (``<article class="live-post">``): the entries of a live blog. Not one class word in common: the
    posts of a blog share "post hentry", the article and the teasers of others under it. Nor when
    either holds an ``<h1>``: the next story an endless page appends after the first, in full."""
    kind = article.get("class")
    return bool(kind) and not _HAS_H1(article) and any(
        other.tag == "article" and other.get("class") == kind and not _HAS_H1(other)
        for other in (article.getprevious(), article.getnext()) if other is not None)


_HAS_H1 = XPath("boolean(.//h1)")


def article_chunks(paragraph) -> list | None:
    """The blocks the article is split into, when the block holding ``paragraph`` has siblings of
    its kind (same tag and class) nearby: an article body cut into chunks between ads and embeds
    (``<div class="article__chunk">``, ``<div class="story-body__chunk">``), of which the first
    pass keeps only the first. None when the block has no such kin."""
    block = paragraph.getparent()
    kind = block.get("class") if block is not None else None
    if not kind or not kind.strip():
        return None
    for depth, ancestor in enumerate(block.iterancestors()):
        if depth >= _CHUNK_LEVELS or ancestor.tag in ("body", "html"):
            break
        kin = [e for e in ancestor.iter(block.tag) if e.get("class") == kind]
        if len(kin) >= 2:
            # Outermost only: a chunk inside another is read with it.
            return [e for e in kin if not any(a in kin for a in e.iterancestors())]
    return None


def chunks_document(chunks: list):
    """A document of the article's ``chunks`` alone, unnamed (``class`` and ``id`` dropped), so that
    an extractor reading the first block named like an article body reads them all; chunks that are
    ``<article>`` elements become ``<div>`` (see ``container_document``)."""
    document = element_document(*chunks, unnamed=True)
    for block in document.find("body"):
        _as_blocks(block, itself=True)
    return document


def container_document(container):
    """A document of ``container`` alone, the ``<article>`` elements inside it turned into ``<div>``:
    an extractor reads the first ``<article>`` of a page as the whole body, and a live blog's
    entries, each its own ``<article>``, would give the first entry alone."""
    document = element_document(container)
    _as_blocks(document.find("body")[0], itself=False)
    return document


def _as_blocks(root, itself: bool) -> None:
    for element in root.iter("article", "main"):
        if itself or element is not root:
            element.tag = "div"


def prose_chars(element) -> int:
    """Characters of the visible prose paragraphs (``<p>`` of a sentence or more) in ``element``."""
    return sum(len(t) for p in _PARAGRAPHS(element)
               if len(t := single_spaced(p.text_content())) >= _MIN_PROSE_CHARS and shown(p, element))


def shown(paragraph, container) -> bool:
    """Neither ``paragraph`` nor a block around it in ``container`` is hidden (``hidden``,
    ``aria-hidden``, ``display: none``, ``visibility: hidden``)."""
    for element in (paragraph, *paragraph.iterancestors()):
        if element.get("hidden") is not None or element.get("aria-hidden") == "true" \
                or _HIDDEN_STYLE.search(element.get("style") or ""):
            return False
        if element is container:
            break
    return True


def looks_cut_short(text: str, *blocks) -> bool:
    """The ``blocks`` (a container, or an article's chunks) hold clearly more prose than ``text``."""
    mass = sum(prose_chars(block) for block in blocks)
    return len(text) < _SHORT_SHARE * mass and mass - len(text) >= _MIN_MISSING_CHARS


def fuller(text: str, candidate: str) -> bool:
    """``candidate`` is the same article as ``text`` and clearly longer: it holds most of the text's
    paragraphs (its subheadings, which a balanced pass may drop, are not counted when it has prose)."""
    if len(candidate) < _LONGER * len(text):
        return False
    kept = [single_spaced(line) for line in text.splitlines() if line.strip()]
    kept = [line for line in kept if len(line) >= _MIN_PROSE_CHARS] or kept
    pool = single_spaced(candidate)
    return bool(kept) and sum(line in pool for line in kept) >= _SAME_ARTICLE * len(kept)


def with_headings(text: str, container) -> str:
    """``text`` with the container's subheadings the fast pass dropped put back, each before the
    kept paragraph that follows it on the page."""
    lines = text.split("\n")
    at_line = {single_spaced(line): index for index, line in enumerate(lines)}
    blocks = _BLOCKS(container)[:_MAX_LOOKUPS]
    whole = single_spaced(text)
    inserts: dict[int, str] = {}
    started = False
    for position, block in enumerate(blocks):
        if block.tag == "p":
            started = started or single_spaced(block.text_content()) in at_line
            continue
        following = _next_with_text(blocks, position)
        if block.tag == "li" or not started or following is None or following.tag == "li":
            continue
        if not _in_flow(block, container) or not shown(block, container):
            continue
        heading = single_spaced(block.text_content())
        index = at_line.get(single_spaced(following.text_content()))
        if index is None or not heading or heading in at_line or len(heading.split()) > _MAX_HEADING_WORDS \
                or _partly_kept(heading, whole):
            continue
        inserts[index] = heading
    if not inserts:
        return text
    return "\n".join(f"{inserts[index]}\n{line}" if index in inserts else line
                     for index, line in enumerate(lines))


def _partly_kept(heading: str, whole: str) -> bool:
    """The text holds a long heading's start or end already (the fast pass split it at an inline
    element and kept a part)."""
    return len(heading) >= 2 * _KEPT_PART \
        and (heading[:_KEPT_PART] in whole or heading[-_KEPT_PART:] in whole)


def _next_with_text(blocks: list, position: int):
    """The block after ``blocks[position]`` that holds the next text on the page: a paragraph
    holding only a picture (``<p><img></p>``) may stand between a section's heading and its text,
    nothing else (a byline, a date) may."""
    following = next((block for block in blocks[position + 1:position + 1 + _MAX_MEDIA_BETWEEN]
                      if _HAS_TEXT(block)), None)
    if following is None or following is blocks[position + 1]:
        return following
    text = _NEXT_TEXT(blocks[position])
    holder = text[0].getparent() if text else None
    return following if holder is not None and (holder is following or following in holder.iterancestors()) \
        else None


def _in_flow(heading, container) -> bool:
    """``heading`` is part of the article's own flow: not inside a link, a list or an aside, nor in
    a block named for related stories, sharing or promotion."""
    for ancestor in heading.iterancestors():
        if ancestor is container:
            return True
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if ancestor.tag in _ASIDE_TAGS or _ASIDE_NAMES.search(names):
            return False
    return True


def keep_inline_links(tree) -> None:
    """Clear the names of inline wrappers inside paragraphs that the precision pass takes for
    boilerplate blocks: ``<p>... reported that <span class="link"><a>the league will fine
    him</a></span> for ...</p>`` lost the linked words from the middle of the sentence (its rule drops
    any span named "link" or "bottom", or styled with a border). The text is unchanged."""
    for span in _INLINE_WRAPPERS(tree)[:_MAX_LOOKUPS]:
        for name in ("class", "id"):
            if _DISCARDED_NAME.search(span.get(name) or ""):
                del span.attrib[name]
        if "border" in (span.get("style") or ""):
            del span.attrib["style"]


# Languages whose words hold zero-width (non-)joiners (Persian, Pashto, Urdu, Kurdish; the Indic
# scripts). A page declared in another language is not searched for them: the search reads every
# text node (about 1 ms a page, 2.5% of an extraction), for a character such pages do not use.
_JOINER_LANGUAGES = frozenset({"fa", "ps", "ur", "ckb", "ku", "prs", "sd", "hi", "mr", "ne", "bn", "as", "ml",
                               "si", "ta", "te", "kn", "gu", "pa", "or", "sa"})
_LANGUAGE = re.compile(r"[a-z]{2,3}", re.IGNORECASE)
_ALL_TEXT = XPath("string(/)")  # one C-level pass; the node-by-node test below only where it finds one
_JOINED_TEXT = XPath("//text()[contains(., '\u200c') or contains(., '\u200d')]")


def protect_joiners(tree) -> None:
    """Write printable stand-ins for the zero-width (non-)joiners in the page's text and meta tags
    (``core.text.JOINER_STAND_INS``): trafilatura drops non-printable characters, which glued Persian
    words together ("مقام‌های" -> "مقامهای") and broke every word 4-gram around them. The cleaned
    text and one-line fields get the joiners back (``core.text.clean_text``, ``clean_inline``). Pages
    declared in a language written without joiners are left alone (``_JOINER_LANGUAGES``)."""
    def protected(value: str) -> str:
        for joiner, stand_in in JOINER_STAND_INS.items():
            value = value.replace(joiner, stand_in)
        return value

    declared = _LANGUAGE.match(tree.get("lang") or tree.get("xml:lang") or "")
    if declared and declared.group(0).lower() not in _JOINER_LANGUAGES:
        return
    text = _ALL_TEXT(tree)
    if "\u200c" in text or "\u200d" in text:
        for node in _JOINED_TEXT(tree):
            parent = node.getparent()
            if parent is None:
                continue
            if node.is_tail:
                parent.tail = protected(parent.tail)
            else:
                parent.text = protected(parent.text)
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content and ("\u200c" in content or "\u200d" in content):
            meta.set("content", protected(content))


# The JSON-LD articleBody replaces the HTML's text only when the HTML gave less than this share of it.
_LD_SHARE = 0.5
_MIN_LD_BODY = 500
_SAME_OPENING = 80


def from_article_body(text: str, body: str | None) -> str | None:
    """The page's JSON-LD ``articleBody`` when the HTML gave clearly less of the same article (a page
    that renders its text with scripts: the HTML holds a teaser, or nothing), else None. Where both
    are whole, the HTML's text is kept: ``articleBody`` is often cut to a summary or carries
    captions, and on the gold pages at hand it is never better."""
    whole = single_spaced(body or "")
    if len(whole) < _MIN_LD_BODY or len(single_spaced(text)) >= _LD_SHARE * len(whole):
        return None
    # The same article: one of the text's paragraphs is in it (a headline or a byline may not be).
    paragraphs = [single_spaced(line)[:_SAME_OPENING] for line in text.splitlines()
                  if len(line) >= _MIN_PROSE_CHARS]
    if paragraphs and not any(paragraph in whole for paragraph in paragraphs):
        return None  # another text: a teaser of something else, a cookie notice
    return body
