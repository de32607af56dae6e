"""The text of an author element as a byline reads it: its name without the role, job title or
bio that the template sets beside it in sibling elements.

CMS templates give an author card's name and role elements of their own (``<span class="name">Jane
Doe</span><span class="role">Senior Political Correspondent</span>``, ``<a rel="author">Jane Doe</a>
<span class="author-title">Washington Bureau Chief</span>``, schema.org's ``itemprop="jobTitle"``);
read as one text, the role runs into the name ("Jane Doe Senior", "Juan PérezCorresponsal"). Here:
- an element whose class or ``itemprop`` names a role, a title, a position or a bio, after the
  card's first text, is left out (the name comes first; a card's only text is kept whatever its class);
- a link to write to the author ("mailto:" "Email the author", "Contact"; not a name linked so) is no
  part of the card, nor is the responsible editor's element ("<span class=editor-name>");
- the texts of elements are a word apart (" "), of blocks and list items apart ("; ") where the
  element holds one name a block (trafilatura's author elements), and of elements of one kind side
  by side apart ("; "): a list of names whose commas the style sheet draws.
Used by ``cleaner.author.author_xpaths`` and ``cleaner.author.page_bylines`` on short elements only
(a byline).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A class naming a role, job title, position or bio, as its own word or a BEM/camelCase part:
# "role", "author-title", "c-byline__job", "authorRole", "author_position", and in the languages of
# the news: French "fonction", Spanish "cargo", "puesto", Italian "ruolo", German "funktion".
_ROLE_CLASS = re.compile(
    r"(?:^|[\s_-]|(?<=[a-z])(?=[A-Z]))(?i:role|title|job|jobtitle|position|function|fonction|funktion|"
    r"cargo|puesto|ruolo|designation|occupation|bio|biography|description|desc|about|rank)s?(?=$|[\s_-]|[A-Z])")
# ... unless it names the name too ("author-name title").
_NAME_CLASS = re.compile(r"name", re.IGNORECASE)
# schema.org's Person properties that are not the name.
_ROLE_PROPS = frozenset({"jobTitle", "description", "knowsAbout", "worksFor", "affiliation"})
# Inline elements that may each hold one name of a list (blocks are read apart where asked).
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "cite"})
# Blocks whose texts are apart from their neighbours' (one name each, a card's name and role).
_APART = frozenset({"li", "div", "p", "dd", "dt", "br"})
# The words read before a line break that part a name from what follows it.
_NAME_WORDS = 2


# A class naming the editor's element ("editor", "editor-name", "post-editor", "responsible_editor",
# Bitrix's and Chinese CMSs' "<span class=editor-name>"): the responsible editor beside the writer in a
# byline's block, no co-author (not "editorial", "editors-pick", "editor-choice").
_EDITOR_CLASS = re.compile(r"(?:^|[\s_-])editor(?:[_-]?name)?(?=$|[\s_])", re.IGNORECASE)


def is_editor_element(element) -> bool:
    """``element``'s class says it holds the responsible editor's name (see ``_EDITOR_CLASS``)."""
    kind = element.get("class") or ""
    return "ditor" in kind and bool(_EDITOR_CLASS.search(kind))


def is_role_element(element) -> bool:
    """``element``'s class or ``itemprop`` says it holds a role, a job title or a bio, not a name."""
    kind = element.get("class") or ""
    return element.get("itemprop") in _ROLE_PROPS \
        or (bool(_ROLE_CLASS.search(kind)) and not _NAME_CLASS.search(kind))


def card_text(element, discarded: frozenset | set = frozenset(), apart: bool = False) -> str:
    """``element``'s text without its ``discarded`` descendants' and its role elements after its
    first text, a space between its elements ("; " between its blocks where ``apart``: an author
    element's blocks hold one name each); whitespace-normalised."""
    parts: list[str] = []
    _walk(element, discarded, parts, [False], apart)
    return " ".join(" ".join(parts).split())


def _walk(element, discarded, parts: list[str], named: list[bool], apart: bool) -> None:
    """``parts`` += ``element``'s texts; ``named[0]``: a text was read (the card's name)."""
    if isinstance(element.tag, str):
        _add(parts, element.text, named)
    before = None  # the element just before ``child``, nothing between them
    for child in element:
        if isinstance(child.tag, str) and child not in discarded \
                and not (named[0] and is_role_element(child)) and not is_editor_element(child) \
                and not (child.tag == "a" and _write_to(child)):
            # a line break after a name parts it from what follows (a role, a dateline: "Por Juan
            # Pérez<br>Madrid, 12 abr (EFE)"), not from a lone "by" before it ("By<br>Jane Doe")
            edge = "; " if (apart and child.tag in _APART) \
                or (child.tag == "br" and len(" ".join(parts).split()) >= _NAME_WORDS) else " "
            parts.append("; " if _listed(before, child) else edge)
            _walk(child, discarded, parts, named, apart)
            parts.append(edge)
        _add(parts, child.tail, named)
        before = child if isinstance(child.tag, str) and not (child.tail or "").strip() else None


# A mailto link's label that is no name: "Email the author", "E-mail", "Contact", "Write to Jane".
_WRITE_LABEL = re.compile(r"^\s*(?:e-?mail|contact|write|send|courriel|kontakt|escribir|scrivi)\b",
                          re.IGNORECASE)


def _write_to(link) -> bool:
    """``link`` (an <a>) is a "mailto:" link whose label is no name (see ``_WRITE_LABEL``)."""
    return (link.get("href") or "").startswith("mailto:") and bool(_WRITE_LABEL.match(link.text_content()))


def _listed(before, child) -> bool:
    """``child`` is the next item of a list of names whose separators the page's style sheet draws
    ("<a href=/author/a>Jane Doe</a><a href=/author/b>John Smith</a>", shown "Jane Doe, John
    Smith"): inline elements of one tag and class with nothing between them, or only a space
    between two links of a name each ("<a>Jane Doe</a> <a>John Smith</a>"; "<span>Jane</span>
    <span>Doe</span>" is one name)."""
    if before is None or child.tag not in _INLINE or before.tag != child.tag \
            or before.get("class") != child.get("class"):
        return False
    return not before.tail or (child.tag == "a" and _one_folder(before, child) and all(
        len(link.text_content().split()) >= _NAME_WORDS for link in (before, child)))


def _one_folder(first, second) -> bool:
    """The links lead to two pages of one folder ("/author/jane-doe", "/author/john-smith"), not to
    a script or an anchor ("Print This Article", "Share it With Friends")."""
    paths = [urlsplit(link.get("href") or "").path.rstrip("/") for link in (first, second)]
    return paths[0] != paths[1] and all("/" in path.strip("/") for path in paths) \
        and paths[0].rsplit("/", 1)[0] == paths[1].rsplit("/", 1)[0]


def _add(parts: list[str], text: str | None, named: list[bool]) -> None:
    if text:
        parts.append(text)
        named[0] = named[0] or not text.isspace()
