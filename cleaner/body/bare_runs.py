"""Runs of bare text in an article's body block: paragraphs set without ``<p>``.

Some templates set paragraphs as text straight in the body's ``<div>`` between or after the
``<p>`` (``<p>b</p>Final paragraph.<br><br>Another one.``), or each in a ``<div>`` holding only text
and inline elements. Here each such run, up to a ``<br>`` or a block, is a paragraph (``Unit``)
placed in page order among the ``<p>``s, for ``cleaner.body.gaps`` to judge and put back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml.etree import XPath

from core.text import single_spaced

_LINK_TEXT = XPath(".//a//text()")
# Elements that flow inside a line of text; any other element ends a run of bare text.
_INLINE = frozenset({"a", "b", "strong", "i", "em", "u", "s", "span", "font", "small", "big", "sup", "sub",
                     "abbr", "cite", "q", "mark", "time", "code", "var", "kbd", "del", "ins", "bdi", "bdo"})
_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "select", "textarea"})
# Blocks whose bare text is no paragraph (headings, code, tables, formulas, media); their <p> still are.
_NOT_BARE = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "table", "dl", "math", "figure",
                       "ul", "ol", "blockquote", "aside", "nav", "header", "footer", "form", "button",
                       "label", "address", "caption", "picture", "video", "audio"})
# Inline elements holding a block, or media (an image box with its caption and credit), are no
# part of a line of text.
_NOT_INLINE = XPath("boolean(.//p | .//div | .//img | .//picture | .//video | .//iframe | .//svg"
                    " | .//figure)")


@dataclass
class Unit:
    """A paragraph of the page: a ``<p>``, or a run of bare text in ``element`` (``bare``), with its
    place in the page (``at``: the index of the node it ends before, in ``container.iter()`` order,
    and minus the depth of its block, as a run inside a block ends before the text after that
    block) and the length of its link text (-1: not counted yet)."""

    element: object
    text: str
    at: tuple[int, int]
    bare: bool = False
    link_chars: int = -1


class Places:
    """Index of each node of ``container`` in page order, counted once it is first asked for."""

    def __init__(self, container) -> None:
        self.container = container
        self.index: dict | None = None

    def __getitem__(self, node) -> int:
        if self.index is None:
            self.index = {element: index for index, element in enumerate(self.container.iter())}
        return self.index[node]


def bare_units(block, container, place: Places) -> list[Unit]:
    """The runs of text with inline elements set straight in ``block`` or in a child of it, each up
    to a ``<br>`` or a block; none in headings, code, tables, lists and the like (``_NOT_BARE``)."""
    depth = 0  # below the container: orders a run in a child before the block's run after it
    for element in (block, *block.iterancestors()):
        if element.tag in _NOT_BARE:
            return []
        if element is container:
            break
        depth += 1
    found = _runs(block, place, depth)
    for child in block:
        if isinstance(child.tag, str) and child.tag not in _NOT_BARE and child.tag not in _SKIPPED \
                and child.tag != "p" and not _inline(child):
            found.extend(_runs(child, place, depth + 1))
    return found


def _inline(element) -> bool:
    return element.tag in _INLINE and not (len(element) and _NOT_INLINE(element))


def _runs(element, place: Places, depth: int) -> list[Unit]:
    """The runs of text set straight in ``element`` (see ``bare_units``), placed in page order."""
    found: list[Unit] = []
    run: list[str] = [element.text or ""]
    links = 0
    for child in element:
        if not isinstance(child.tag, str):
            pass  # a comment inside a line: its tail goes on with the line
        elif _inline(child):
            run.append(child.text_content())
            links += link_text_chars(child) if child.tag != "a" else len(single_spaced(child.text_content()))
        else:
            _end_run(element, run, links, lambda child=child: (place[child], -depth), found)
            run, links = [], 0
        run.append(child.tail or "")
    if len(run) > 1 or run[0].strip():
        _end_run(element, run, links, lambda: (place[element] + sum(1 for _ in element.iter()), -depth),
                 found)
    return found


def _end_run(element, run: list[str], links: int, at: Callable[[], tuple[int, int]],
             found: list[Unit]) -> None:
    text = "".join(run)
    if text and not text.isspace():
        found.append(Unit(element, single_spaced(text), at(), bare=True, link_chars=links))


def link_text_chars(element) -> int:
    return len(single_spaced("".join(_LINK_TEXT(element))))


def holds_block(element) -> bool:
    """``element`` holds a block or media (an image box with its caption and credit)."""
    return bool(_NOT_INLINE(element))
