"""The steps of a page's breadcrumb: the topics and sections a story is filed under.

A tab or sharing title may run in a topic before its headline ("Climate Crisis: Headline") that the
page prints nowhere but in its breadcrumb: a ``<nav>``, ``<ol>`` or ``<ul>`` whose class, id or
``aria-label`` names a breadcrumb ("breadcrumb", "crumbs", "Brotkrumen", "fil d'Ariane"), schema.org
``BreadcrumbList`` microdata, or a ``BreadcrumbList`` in the page's JSON-LD. ``cleaner.title.titles``
reads these only where a title still opens with such a topic.
"""

from __future__ import annotations

import json
import re

from lxml.etree import XPath

from cleaner.title.sections import MAX_SECTION_WORDS
from cleaner.title.sitenames import title_words
from core.text import clean_inline

# Blocks named as a breadcrumb by class, id or aria-label, any case ("breadcrumb", "crumbs", German
# "Brotkrumen", French "fil d'Ariane", Spanish "migas de pan", Dutch "kruimelpad"), or typed so by microdata.
_NAMED = re.compile(r"crumb|brotkrum|ariane|migas|kruimel", re.IGNORECASE)
_BLOCKS = XPath("//body//*[self::nav or self::ol or self::ul or self::div or self::p]"
                "[@class or @id or @aria-label or @itemtype]")
_STEPS = XPath(".//a | .//li | .//*[@itemprop='name']")
_LD_SCRIPTS = XPath("//script[contains(., 'BreadcrumbList')]/text()")
_MAX_STEPS = 12
_MAX_STEP_CHARS = 80
_MAX_BLOCKS = 400  # the first blocks with a name: a breadcrumb sits above the story


class Breadcrumb:
    """A page's breadcrumb, read once and only where a title asks."""

    def __init__(self, tree) -> None:
        self._tree = tree
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            self._names = breadcrumb_names(self._tree)
        return self._names

    def section(self, text: str) -> bool:
        """``text`` is a step of a few words (``MAX_SECTION_WORDS``): a section's or topic's name (the
        last step, the story's own headline, is longer)."""
        return len(title_words(text)) <= MAX_SECTION_WORDS and text in self.names()


def breadcrumb_names(tree) -> list[str]:
    """The texts of the steps of the page's breadcrumbs, as printed and as its JSON-LD names them."""
    names: list[str] = []
    for count, block in enumerate(_BLOCKS(tree)):
        if count == _MAX_BLOCKS:
            break
        label = f"{block.get('class') or ''} {block.get('id') or ''} {block.get('aria-label') or ''}"
        if _NAMED.search(label) or "BreadcrumbList" in (block.get("itemtype") or ""):
            names += [text for step in _STEPS(block)[:_MAX_STEPS]
                      if (text := clean_inline(step.text_content())) and len(text) <= _MAX_STEP_CHARS]
    for script in _LD_SCRIPTS(tree):
        names += _ld_names(str(script))
    return list(dict.fromkeys(names))


def _ld_names(script: str) -> list[str]:
    """The names of the items of the ``BreadcrumbList`` objects in one JSON-LD block."""
    try:
        data = json.loads(script.strip())
    except ValueError:
        return []
    names: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            if "BreadcrumbList" in str(value.get("@type")):
                for item in value.get("itemListElement") or []:
                    if isinstance(item, dict):
                        named = item.get("item") if isinstance(item.get("item"), dict) else item
                        if isinstance(name := named.get("name") or item.get("name"), str) \
                                and (text := clean_inline(name)) and len(text) <= _MAX_STEP_CHARS:
                            names.append(text)
            else:
                stack.extend(v for v in value.values() if isinstance(v, list | dict))
    return names
