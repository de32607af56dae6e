"""trafilatura's fast precision pass, ``bare_extraction(tree, favor_precision=True, fast=True,
include_comments=False, include_tables=True)``'s text, restated without two of its three copies of
the page.

``bare_extraction`` copies the page (it prunes its input), then ``_prepare_tree`` cleans a copy of
that copy and keeps a copy of the cleaned page for the comparison with the external extractors. A
fast pass makes no comparison, and in precision mode neither the baseline rescue nor the recall
retry reads the pruned page again: the first copy is cleaned in place and no backup is made. The
same steps on the same tree, so the same text; each copy skipped is a deep copy of the page (~0.4 ms
on a news page, a sixth of the pass). Used only while trafilatura's functions read as restated
(``_restated``); otherwise ``precision_text`` answers None and ``bare_extraction`` runs.

Its prunes of blocks named for comments and of follow-up articles (``RAW_TREE_PRUNE_XPATH``,
``REMOVE_COMMENTS_AND_LISTS_XPATH``, ``REMOVE_COMMENTS_XPATH``) each walk the whole page and call back
into Python for every element with a class or id (their ``re:test``), ~1 ms a page for the four. Each
matches only an element whose id or class holds one of a few pieces ("omment", "infinite", ...), and
no step before them or between them gives an element an id or a class: one look at the page's ids
and classes (``_ID_AND_CLASS``) tells which can match, and only those run (while they read as restated,
``_PRUNES_KNOWN``).
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache

from lxml.etree import XPath

from cleaner.restated import still_restated

# SHA-256 of trafilatura 2.3's bare_extraction, trafilatura_sequence, _prepare_tree and
# _extract_and_compare (their source), as restated in ``precision_text``.
_KNOWN = "6ba486d9eeb89ab0400e2dd73c54ddd036fa51a5d1cec175fd961389e12a54a9"


def _sources() -> list:
    from trafilatura.core import _extract_and_compare, _prepare_tree, bare_extraction, trafilatura_sequence

    return [bare_extraction, trafilatura_sequence, _prepare_tree, _extract_and_compare]


@lru_cache(maxsize=1)
def _restated() -> bool:
    return still_restated(_sources, _KNOWN)


# trafilatura 2.3's RAW_TREE_PRUNE_XPATH (two), REMOVE_COMMENTS_AND_LISTS_XPATH and REMOVE_COMMENTS_XPATH
# (whitespace-normalised), and the pieces one of which every alternative of each one's tests needs in
# an element's id or class: "mvp-post-add-" or "infinite" ("infinite-?scroll"); the Elementor share
# bar's class; "omment" ("[Cc]omment(?!ary)", "dsq-comments", "post-comments"), "comol", "disqus_thread".
_COMMENTS_ID = "[Cc]omment(?!ary)|comol"
_COMMENTS_CLASS = "^[Cc]omment(?!ary)|(?:article|post)-comments"
_POST_ADD = "mvp-post-add-(?:box|wrap)"
_COMMENT_TESTS = (f"re:test(@id, '^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)') or "
                  f"re:test(@class, '{_COMMENTS_CLASS}')]")
_PRUNES_KNOWN = (
    ".//*[self::div or self::section or self::aside][ "
    f"re:test(@id, '{_POST_ADD}|infinite-?scroll') or re:test(@class, '{_POST_ADD}|infinite-?scroll')][ "
    f"not(.//h1) or re:test(@id, '{_POST_ADD}') or re:test(@class, '{_POST_ADD}')]",
    ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]",
    ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul][ "
    f"{_COMMENT_TESTS}[ "
    f"not(self::ol or self::ul) or re:test(@id, '^(?:{_COMMENTS_ID})') or "
    f"re:test(@class, '{_COMMENTS_CLASS}')]",
    f".//*[self::div or self::list or self::section or self::details][ {_COMMENT_TESTS}",
)
_RAW_PIECES = (("mvp-post-add-", "infinite"), ("elementor-share-buttons",))
_COMMENT_PIECES = ("omment", "comol", "disqus_thread")
_ID_AND_CLASS = XPath("//@id | //@class")
_SEPARATOR = "\x00"  # never in an attribute's value, never in a piece


@lru_cache(maxsize=1)
def _prunes_restated() -> bool:
    from trafilatura import xpaths

    expressions = (*xpaths.RAW_TREE_PRUNE_XPATH, *xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH,
                   *xpaths.REMOVE_COMMENTS_XPATH)
    return tuple(" ".join(xpath.path.split()) for xpath in expressions) == _PRUNES_KNOWN


def precision_text(tree, url: str | None) -> str | None:
    """The text of trafilatura's fast precision pass over ``tree`` (read, not changed), "" where it
    finds too little; None where trafilatura's source is not the one restated."""
    if not _restated():
        return None
    from trafilatura.core import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
        Extractor,
        _forum_thread_page,
        convert_tags,
        extract_content,
        load_html,
        prune_unwanted_nodes,
        strip_tags,
        tree_cleaning,
        xmltotxt,
    )

    # bare_extraction's options for these arguments (its defaults for the rest)
    options = Extractor(output_format="python", fast=True, precision=True, comments=False, tables=True,
                        url=url)
    page = load_html(tree, options.max_file_size)
    if page is None:
        return ""
    if page is tree:
        page = copy(page)  # the one copy: the steps below prune and clean it in place
    # trafilatura_sequence, comments off, precision focus, fast
    is_forum = _forum_thread_page(page)
    # (only the prunes that can match: see the module's docstring)
    values = _SEPARATOR.join(_ID_AND_CLASS(page)) if _prunes_restated() else None
    raw_prunes = RAW_TREE_PRUNE_XPATH if values is None else [
        xpath for xpath, pieces in zip(RAW_TREE_PRUNE_XPATH, _RAW_PIECES, strict=True)
        if any(piece in values for piece in pieces)]
    comments = values is None or any(piece in values for piece in _COMMENT_PIECES)
    page = prune_unwanted_nodes(page, raw_prunes)
    if comments:
        page = prune_unwanted_nodes(page, REMOVE_COMMENTS_AND_LISTS_XPATH)
    # _prepare_tree less its copies: nothing reads the pruned page or a backup of the cleaned one again
    cleaned = convert_tags(tree_cleaning(page, options), options, options.url)
    if not is_forum and comments:
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    postbody, temp_text = extract_content(cleaned, options)
    # bare_extraction's checks on the result (no comments: their length is 0)
    if options.max_tree_size:
        if len(postbody) > options.max_tree_size:
            strip_tags(postbody, "hi")
        if len(postbody) > options.max_tree_size:
            return ""
    if len(temp_text) < options.min_output_size and options.min_output_comm_size > 0:
        return ""
    return xmltotxt(postbody, options.formatting)
