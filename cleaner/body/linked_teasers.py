"""A "read also" line whose headline is a link to another story of the site, kept in the body.

A teaser set between the body's paragraphs as one line, its marker then the other article's headline
as a link ("<p>À lire aussi <a href="/ville/2024/04/10/plan-creches.html">Le maire annonce un plan
...</a></p>", "Lea también ...", "Lesen Sie auch ..."): the text no longer knows the link, and a
marker before plain words may open a sentence or a headline quoted as text ("Les også Ny skole i
Bergen" stays, ``core.junk.teasers``). Where the rest of such a line after its marker is, whole, the
text of a link in the article's container to another page of the site named like an article
(``cleaner.body.related_lists.other_story``), the line goes.

Cheap: a look first for the rule's own words, a marker, at a line's opening (searched from the text's
newlines, not tried at every character as the whole line's ``^`` is): most texts have none and stop
there; then one regex over the text's lines; the container's links are read only when a line opens
with a marker.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from cleaner.body.related_lists import address, host_of, other_story
from core.junk import READ_ALSO
from core.text import single_spaced

# A marker opening its line (a bullet or an arrow before it), then its headline after a space or a
# colon, a dash, a guillemet.
_MARKER_LINE = re.compile(
    rf"^(?P<line>[^\w\s]{{0,3}}\s*(?:{READ_ALSO})\s*[:：|\-–—»>]?\s+(?P<headline>[^\n]{{10,200}}))$",
    re.IGNORECASE | re.MULTILINE)
# Its opening alone, the look before it: at the text's start, or after a newline (a pattern that opens
# with a literal newline is searched by that character, not tried at every position as ``^`` is).
_OPENING = rf"[^\w\s]{{0,3}}\s*(?:{READ_ALSO})"
_FIRST_OPENING = re.compile(_OPENING, re.IGNORECASE)
_LATER_OPENING = re.compile("\n" + _OPENING, re.IGNORECASE)
# A headline: three words or more.
_MIN_HEADLINE_WORDS = 3


def without_linked_teasers(container, text: str, url: str | None) -> str:
    """``text`` without its lines of a "read also" marker before a link's headline in ``container``
    to another story of ``url``'s site (see above)."""
    if container is None or (_FIRST_OPENING.match(text) is None and _LATER_OPENING.search(text) is None):
        return text  # most texts: no line opens with a marker
    teasers = {single_spaced(match["headline"]).strip(): match["line"]
               for match in _MARKER_LINE.finditer(text)
               if len(match["headline"].split()) >= _MIN_HEADLINE_WORDS}
    if not teasers:
        return text
    host = host_of(url)
    own_path = address(urlsplit(url)) if url else None
    dropped = {teasers[title] for link in container.iter("a")
               if (title := single_spaced(link.text_content()).strip()) in teasers
               and other_story(link.get("href") or "", host, own_path)}
    if not dropped:
        return text
    return "\n".join(line for line in text.split("\n") if line not in dropped)
