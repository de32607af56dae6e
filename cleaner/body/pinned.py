"""A live blog's "Pinned" label glued to the first line of the entry it marks.

A pinned entry carries a label set inline in its first paragraph (``<p><span class="pin">Pinned</span>
The minister said...``); trafilatura joins the two without a space ("PinnedThe minister said"), so
the junk rules, which drop the label as a line of its own, do not see it. The label is cut where it
opens a line and a capital letter or a digit follows it with no space between: no word of a sentence
is written that way ("Pinned down by fire, ..." and "Pinned to the wall" stay).
"""

from __future__ import annotations

import re

# "Pinned" in the languages live blogs are written in (a post that is pinned, or pinned to the top).
_LABELS = ("Pinned post", "Pinned", "Épinglé", "Épinglée", "Angeheftet", "Angepinnt", "Fijado", "Fissato",
           "In evidenza", "Vastgezet", "Przypięty", "Przypięte", "Закреплено", "Закреплённый пост",
           "Fixado", "Fäst", "Festgepinnt")
_GLUED = re.compile(rf"^(?:{'|'.join(map(re.escape, _LABELS))})(?=[^\W\d_a-zà-ÿа-яё]|\d)", re.MULTILINE)


def without_pinned_labels(text: str) -> str:
    """``text`` without a "Pinned" label glued to the start of a line (see above)."""
    return _GLUED.sub("", text)
