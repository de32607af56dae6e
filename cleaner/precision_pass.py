"""trafilatura's fast precision pass, ``bare_extraction(tree, favor_precision=True, fast=True,
include_comments=False, include_tables=True)``'s text, restated without two of its three copies of
the page.

``bare_extraction`` copies the page (it prunes its input), then ``_prepare_tree`` cleans a copy of
that copy and keeps a copy of the cleaned page for the comparison with the external extractors. A
fast pass makes no comparison, and in precision mode neither the baseline rescue nor the recall
retry reads the pruned page again: the first copy is cleaned in place and no backup is made. The
same steps on the same tree, so the same text; each copy skipped is a deep copy of the page (~0.4 ms
on a news page, a sixth of the pass). Used only while trafilatura's functions read as restated
(``_restated``); otherwise ``restated_text`` answers None and ``bare_extraction`` runs.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache

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
    page = prune_unwanted_nodes(page, RAW_TREE_PRUNE_XPATH)
    page = prune_unwanted_nodes(page, REMOVE_COMMENTS_AND_LISTS_XPATH)
    # _prepare_tree less its copies: nothing reads the pruned page or a backup of the cleaned one again
    cleaned = convert_tags(tree_cleaning(page, options), options, options.url)
    if not is_forum:
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
