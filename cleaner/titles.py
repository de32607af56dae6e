"""The headline of a page, from its title candidates.

Pages name themselves several ways: the sharing title (``og:title``, JSON-LD ``headline``), the
browser-tab ``<title>`` (often "Headline - Section | Site"), and the headline on the page
(``<h1>``). Generic rules, no per-site table: the on-page headline wins when a sharing or tab title
is a shorter or reworded form of it (most of its words in the headline), and a kicker in front of a
headline is dropped; site and section names around a title are told and cut by
``cleaner.sitenames``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml.etree import XPath

from cleaner.kickers import is_label, strip_kicker
from cleaner.sitenames import (
    WORD,
    fold_key,
    is_site,
    name_like,
    names_site_of,
    outer_segments,
    site_keys,
    spelled_keys,
    strip_site,
    strip_unnamed_prefix,
    strip_unnamed_site,
    title_words,
)
from core.text import clean_inline

_H1 = XPath("//h1")
_LINKS = XPath("descendant-or-self::a[@href] | ancestor::a[@href]")
_IMAGE_ALTS = XPath(".//img/@alt")
_KICKER_NAMES = re.compile(r"kicker|overline|topline|roofline|dachzeile|spitzmarke|eyebrow|supertitle|"
                           r"pretitle|pre-title|surtitre|antetitulo|occhiello|badge", re.IGNORECASE)
# Screen-reader-only text (visually hidden by the site's CSS).
_HIDDEN_NAMES = re.compile(r"sr-only|visually-?hidden|screen-?reader|a11y|offscreen|element-invisible",
                           re.IGNORECASE)
# Badges named by a whole token of their class: "live-label", "label", "flag" ("deliver" is none).
_BADGE_NAMES = re.compile(r"(?:^|[-_ ])(?:live|label|flag)(?:$|[-_ ])", re.IGNORECASE)
_BLOCKS = frozenset({"div", "p", "br", "li", "section", "header"})
# A date, time, byline or subtitle set inside a heading ("<h1>Headline <time>12 April</time></h1>", a
# "date", "updated", "byline" or "subtitle" span, Bootstrap's "<h1>Headline <small>Subtitle</small></h1>"):
# the page's date line, byline or standfirst, not words of the headline.
_DATE_NAMES = re.compile(r"(?:^|[-_ ])(?:date|time|timestamp|datetime|updated|published|dateline|pubdate|"
                         r"byline|author|subtitle|sub-title|subheadline|subhead|dek|standfirst)"
                         r"(?:$|[-_ ])", re.IGNORECASE)
# An <h1> that holds the site's logo or name, by its class or id.
# One class or id token: "logo", "site-logo", "navbar-brand", "masthead", "site-title", "logo-link"; not
# a style token that holds such a word ("brand-font").
_LOGO_NAMES = re.compile(r"^(?:[\w-]*[-_])?(?:logo|brand|masthead|site-?title|site-?name|sitename)"
                         r"(?:[-_]{1,2}(?:link|wrapper|container|image|img|text|title))?$", re.IGNORECASE)
_MAX_H1 = 5
# Titles a page states beside og:title (which trafilatura reads first): a second og:title, the
# Twitter card's, a microdata headline.
_SHARING_META = XPath("//head/meta[@property='og:title' or @name='twitter:title' or @property='twitter:title'"
                      " or @itemprop='headline']/@content")
_H2 = XPath("//h2")
# An <h1> set in an aside, the navigation or the footer ("More on Books" amid the text) heads no story.
_ASIDE = XPath("ancestor::aside | ancestor::nav | ancestor::footer")
_MAX_SHOWN = 10
_TITLED = XPath(
    "//*[self::div or self::span or self::p or self::h2 or self::h3]"
    "[re:test(concat(' ', @class, ' ', @id, ' '), '[-_ ](?:title|headline)[-_ ]', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
_MAX_TITLED = 10
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|[mn]dash|hellip);",
                     re.IGNORECASE)
_MAX_TITLE_CHARS = 300
_PARAGRAPHS = XPath(".//p")
# How far above an <h1> the article's paragraphs may start (header, hgroup, article, main; a hero
# block's column, row and container).
_LEAD_LEVELS = 5
_PROSE_CHARS = 40
# Of the prose in the block an <h1> heads, the share that may come before it (a teaser, a ticker).
_PROSE_BEFORE_SHARE = 0.25
# Linked headings after an <h1> amid the prose: teasers of a list page under a section's name.
_MAX_LINKED_HEADINGS = 3
_KICKER_MAX_WORDS = 5
_MAX_SITE_WORDS = 5


def _covered(short: str, long: str) -> float:
    """Share of the words of ``short`` that occur in ``long``."""
    words, pool = title_words(short), set(title_words(long))
    return sum(w in pool for w in words) / len(words) if words else 0.0


class PageTitles:
    """What a page says of its headline besides its sharing and tab titles, read once: its
    ``<h1>`` headlines and logos, the ``<h1>`` that opens the article, the other titles it states
    (JSON-LD headline, Twitter and further ``og:title`` tags) and its other headings."""

    def __init__(self, tree, ld_headline: str | None = None) -> None:
        h1s = _H1(tree)[:_MAX_H1]  # read once for both
        headlines, self.logos = page_headings(tree, h1s)
        self.headlines = headlines or titled_blocks(tree)  # no <h1> headline: a block named as the title
        self.leading = leading_headline(tree, h1s)
        self.witnesses = [ld_headline or "", *_SHARING_META(tree)]
        self._tree = tree

    def shown(self) -> list[str]:
        """The page's other headings (``<h2>``, blocks named as a title): read only where no ``<h1>``
        is the headline (the search for titled blocks reads every block's class)."""
        tree = self._tree
        return list(dict.fromkeys(
            text for text in (*map(_heading_text, _H2(tree)[:_MAX_SHOWN]), *titled_blocks(tree)) if text))

    def choose(self, meta_title: str | None, tab_title: str | None, site_name: str | None, url: str | None,
               names: list[str]) -> str | None:
        """The headline (``choose_title``); ``names``: more names the page gives its site."""
        return choose_title(meta_title, tab_title, self.headlines, site_name, url, [*self.logos, *names],
                            self.leading, self.witnesses, self.shown)


def headlines_on_page(tree) -> list[str]:
    """The texts of the page's ``<h1>`` elements, without logos (an ``<h1>`` that is a link to the
    home page)."""
    return page_headings(tree)[0]


def page_headings(tree, h1s: list | None = None) -> tuple[list[str], list[str]]:
    """(the page's ``<h1>`` texts, the names in its logo ``<h1>``: a link to the home page, its
    text or its image's ``alt``); ``h1s``: the page's first ``<h1>`` elements, where already read."""
    found, logos = [], []
    for element in _H1(tree)[:_MAX_H1] if h1s is None else h1s:
        text = _heading_text(element)
        if _is_logo(element):
            logos += [name for name in (text, *_IMAGE_ALTS(element)) if name and name.strip()]
        elif text and text not in found:
            found.append(text)
    return found, logos


def _is_logo(heading) -> bool:
    """An ``<h1>`` that is the site's logo: a link to the home page, or named as a logo or brand."""
    names = f"{heading.get('class', '')} {heading.get('id', '')}".split()
    return any(_is_home(link.get("href")) for link in _LINKS(heading)) or any(map(_LOGO_NAMES.match, names))


def titled_blocks(tree) -> list[str]:
    """Texts of blocks named as a title or headline (``<div class="h-title">``), for pages whose
    headline is not an ``<h1>``. Only ever matched against the tab and sharing titles."""
    found = []
    for element in _TITLED(tree)[:_MAX_TITLED]:
        text = clean_inline(element.text_content())
        if text and len(text) <= _MAX_TITLE_CHARS and text not in found:
            found.append(text)
    return found


def leading_headline(tree, h1s: list | None = None) -> str | None:
    """The page's one ``<h1>`` that opens the article's text (``_opens_prose``), or None: the
    headline as the reader sees it, which a reworded sharing or tab title (written for search
    engines and sharing) does not replace."""
    leading = [element for element in (_H1(tree)[:_MAX_H1] if h1s is None else h1s)
               if not _is_logo(element) and not _ASIDE(element) and _opens_prose(element)]
    if len(leading) != 1:
        return None
    text = _heading_text(leading[0])
    return text if text and len(title_words(text)) >= 3 else None


def _opens_prose(heading) -> bool:
    """An ancestor a few levels up (``_LEAD_LEVELS``: a header, the article, a hero block's column,
    row and container) holds several paragraphs of prose, and nearly all of it comes after the
    heading: not an <h1> in an aside amid the text or below it ("Comment on this article"), nor a
    section's name over a list of linked teasers."""
    for ancestor in list(heading.iterancestors())[:_LEAD_LEVELS]:
        if ancestor.tag in ("body", "html"):
            return False  # the whole page holds every paragraph: no evidence of where the story is
        paragraphs = [p for p in _PARAGRAPHS(ancestor) if len(p.text_content()) >= _PROSE_CHARS]
        if len(paragraphs) >= 3 and sum(len(p.text_content()) for p in paragraphs) >= 500:
            return _heads_block(heading, ancestor)
    return False


def _heads_block(heading, block) -> bool:
    """``heading`` comes before nearly all of ``block``'s prose, with no run of linked headings
    (teasers of a list) before the last of it."""
    before = after = paragraphs = linked = linked_in_prose = 0
    seen = False
    for element in block.iter("p", "h1", "h2", "h3", "h4"):
        if element is heading:
            seen = True
        elif element.tag == "p":
            chars = len(element.text_content())
            if chars >= _PROSE_CHARS:
                if seen:
                    after += chars
                    paragraphs += 1
                    linked_in_prose = linked
                else:
                    before += chars
        elif seen and _LINKS(element):
            linked += 1
    # A list's teasers each have a heading and a summary; a story's few teaser cards are amid many paragraphs.
    listing = linked_in_prose >= _MAX_LINKED_HEADINGS and linked_in_prose * 2 >= paragraphs
    return before <= _PROSE_BEFORE_SHARE * (before + after) and not listing


def _heading_text(heading) -> str | None:
    """A heading's text as a reader sees it: without its kicker, hidden screen-reader text and its
    permalink mark ("Headline ¶", "Headline #"), a space where a line breaks (``<br>``, two
    elements set as lines: "Cyber norms:<br>a new era")."""
    text = clean_inline(_without_kicker(heading)) or clean_inline(heading.text_content())  # all set apart
    return clean_inline(text.rstrip("¶#🔗 ")) if text else text


def _shown_text(element) -> str:
    """``element``'s text without hidden parts, with a space at line breaks and between sibling
    elements that no text separates (``<span>Kicker</span><span>Headline</span>`` is two lines)."""
    parts = [element.text or ""]
    previous_was_element = False
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br" or previous_was_element or child.tag in _BLOCKS:
            parts.append(" ")
        if not _is_hidden(child) and not _is_date(child):
            parts.append(_shown_text(child))
        if child.tag in _BLOCKS:
            parts.append(" ")
        parts.append(child.tail or "")
        previous_was_element = not (child.tail or "").strip() and child.tag != "br"
    return "".join(parts)


def _is_date(element) -> bool:
    """A date, time, byline or subtitle element inside a heading (see ``_DATE_NAMES``)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag in ("time", "small") or bool(_DATE_NAMES.search(names))


def _is_hidden(element) -> bool:
    """Text a screen reader gets but the page does not show ("(opens in new window)")."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    style = element.get("style", "").replace(" ", "").lower()
    return (element.get("hidden") is not None or "display:none" in style
            or bool(_HIDDEN_NAMES.search(names)))


def _without_kicker(heading) -> str:
    """The heading's text without a kicker: a child element named kicker, overline, topline,
    eyebrow ... (``<h1><span class="kicker">Krieg in der Ukraine</span> Headline</h1>``), or an
    unnamed first line of a few words set apart from the headline (``<h1><span>Krieg in der
    Ukraine</span><span>Headline</span></h1>``) where the heading is nothing but such elements."""
    children = [child for child in heading
                if isinstance(child.tag, str) and not _is_hidden(child) and not _is_date(child)]
    kicker = next((child for child in children if _is_badge(child)), None)
    if kicker is None and _set_apart(heading, children):
        kicker = children[0]
    if kicker is None:
        return _shown_text(heading)
    parts = [heading.text or ""]
    for child in heading:
        if child in children and child is not kicker:
            parts.append(" " + _shown_text(child))
        parts.append(child.tail or "")
    rest = " ".join(parts).strip().lstrip(":|-–—·•").strip()  # the kicker's separator goes with it
    return rest if rest else _shown_text(heading)


def _is_badge(element) -> bool:
    """A kicker or badge inside a heading: named so (kicker, overline, eyebrow, a "live" or "label"
    class), or a label alone ("LIVE", "Exclusive", "VIDÉO") in an element of its own."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_KICKER_NAMES.search(names) or _BADGE_NAMES.search(names)) or is_label(_shown_text(element))


def _set_apart(heading, children: list) -> bool:
    """The heading is two or more elements and no text of its own, the first a line of at most
    ``_KICKER_MAX_WORDS`` words (not a link) and the rest a headline of three words or more that
    starts a sentence."""
    if len(children) < 2 or (heading.text or "").strip() or children[0].tag == "a":
        return False
    if any((child.tail or "").strip() for child in children):
        return False
    first = WORD.findall(_shown_text(children[0]))
    rest = WORD.findall(" ".join(_shown_text(child) for child in children[1:]))
    # A lower-case second line goes on with the first ("Cyber norms:" / "a new era").
    return 0 < len(first) <= _KICKER_MAX_WORDS and len(rest) >= 3 and not rest[0][0].islower()


def _is_home(href: str | None) -> bool:
    """A link to a site's home page: "/", "./", "https://example.com/", "index.html"."""
    if href is None:
        return False
    parts = urlsplit(href.strip())
    if parts.query or parts.fragment:
        return False
    return parts.path in ("/", "./", "/index.html", "index.html") or (parts.path == "" and bool(parts.netloc))


def choose_title(meta_title: str | None, tab_title: str | None, h1s: list[str],
                 site_name: str | None, url: str | None, logos: list[str] | None = None,
                 leading: str | None = None, witnesses: list[str] | None = None,
                 shown: Callable[[], list[str]] | None = None) -> str | None:
    """The headline: the on-page ``<h1>`` where a meta or tab title, or another title the page
    states (``witnesses``: its JSON-LD headline, Twitter title), is a form of it; else another
    heading on the page (``shown()``: an ``<h2>``, a block named as the title) that is one of those
    titles; else the ``leading`` headline (``leading_headline``) where the page has one; else the
    sharing title, else the tab title, with site and section names and a kicker cut. ``logos`` are
    names the page's logo gives the site."""
    # A long "site name" that is the headline (some CMSs write it into every tag) names no site.
    keys = site_keys(site_name, url, *(logos or [])) - {
        fold_key(text) for text in (meta_title, *h1s) if text and len(WORD.findall(text)) > _MAX_SITE_WORDS}
    titles = [clean_inline(_unescaped(t)) for t in (meta_title, tab_title) if clean_inline(t)]
    candidates = _whole_candidates(titles, keys)
    headlines = [h for h in h1s if not is_site(h, keys) and len(title_words(h)) >= 2]
    for h1 in [h1 for h1 in headlines if any(_ends_with_name(title, h1) for title in titles)]:
        headlines.remove(h1)  # the site's name, in an <h1> not marked as the logo
        keys.update(spelled_keys(h1))
    others = [w for w in (clean_inline(_unescaped(w)) for w in witnesses or ()) if w
              and w not in candidates and not is_site(w, keys)]
    for candidate in (*candidates, *others):
        if found := _headline_of(candidate, headlines, keys):
            return found
    # A title the page prints as another heading (the <h1> above it is a section's name).
    headings = shown() if shown else []
    for candidate in (*candidates, *others):
        stripped = strip_site(candidate, keys)
        forms = {fold_key(candidate), fold_key(stripped), fold_key(strip_kicker(stripped))}
        if printed := next((text for text in headings if fold_key(text) in forms), None):
            return stripped if printed.isupper() else printed
    if leading and not is_site(leading, keys):
        return leading  # the titles were written for search engines and sharing, not for the page
    if candidates:
        title = strip_unnamed_site(strip_site(candidates[0], keys))
        rest = strip_unnamed_prefix(title)  # not where what it leaves is the site's name
        return strip_kicker(title if is_site(rest, keys) else rest)
    # No title to compare with: of several <h1>, the headline is the wordiest (logos are short).
    return max(headlines, key=lambda h1: len(title_words(h1))) if headlines else None


def _headline_of(candidate: str, headlines: list[str], keys: set[str]) -> str | None:
    """The on-page headline of which ``candidate`` (a title) is a form, or None."""
    stripped = strip_site(candidate, keys)
    whole, short = fold_key(candidate), fold_key(stripped)
    # The same letters as the headline on the page: the headline as the page prints it (its
    # quotes, dashes and capitals; a sharing title often has straight quotes), unless the page
    # sets it in capitals.
    same = [h1 for h1 in headlines if fold_key(h1) in (whole, short)]
    if same:
        title = candidate if fold_key(same[0]) == whole else stripped
        return title if same[0].isupper() else same[0]
    # The headline is the title's first or last segments ("About bugs – Vortex Cannon Games").
    if outer := outer_segments(candidate, {fold_key(h1) for h1 in headlines}):
        return outer
    # The title around the on-page headline ("Kicker: Headline | Site"): the longest such headline.
    inside = [h1 for h1 in headlines if fold_key(h1) in whole and len(fold_key(h1)) * 2 >= len(short)]
    if inside:  # the headline opens a tab title; then the longest
        return max(inside, key=lambda h1: (whole.startswith(fold_key(h1)), len(h1)))
    for h1 in headlines:
        if short in fold_key(h1) and len(title_words(stripped)) >= 3:
            return _drop_kicker(h1, stripped)
        if _covered(stripped, h1) >= 0.6 and _covered(h1, stripped) >= 0.4:
            return h1  # the sharing title reworded or shortened: the page's headline is the one
    return None


def _ends_with_name(title: str, h1: str) -> bool:
    """``title`` ends with ``h1``, a name ("The Evening Post"), after a headline that reads as none
    ("Harbour budget approved after long dispute | The Evening Post"): the <h1> is the site's name."""
    if not name_like(h1) or not names_site_of(h1, title):
        return False
    end = outer_segments(title, {fold_key(h1)})
    return bool(end) and title.endswith(end) and not name_like(title[:-len(end)].strip(" |-–—·•»:/"))


def _unescaped(title: str | None) -> str | None:
    """A title whose entities were escaped twice ("Tom &amp;amp; Jerry" in the page's source, which
    its parser reads as "Tom &amp; Jerry"), decoded: no headline writes an entity as text."""
    return html.unescape(title) if title and _ENTITY.search(title) else title


def _whole_candidates(candidates: list[str], keys: set[str]) -> list[str]:
    """The titles that may hold the headline: not a sharing title that is only the site's name
    (the name the tab title ends or opens with: its keys join ``keys``), nor one cut short ("Headline
    that goes on…") where the other title holds it whole."""
    kept = []
    for candidate in candidates:
        others = [other for other in candidates if other != candidate]
        if is_site(candidate, keys) or any(names_site_of(candidate, other) for other in others):
            keys.update(spelled_keys(candidate))
            continue
        cut = candidate.rstrip()
        opening = cut.rstrip(".…").rstrip()
        if cut.endswith(("…", "...")) and any(other.startswith(opening) for other in others):
            continue
        kept.append(candidate)
    return kept or candidates


def _drop_kicker(h1: str, title: str) -> str:
    """An ``<h1>`` that holds the title after a few words ("Ukraine-Krieg Headline") is a kicker
    and the headline: keep the headline."""
    position = fold_key(h1).find(fold_key(title))
    prefix_words = len(WORD.findall(h1)) - len(WORD.findall(title))
    if position > 0 and fold_key(h1).endswith(fold_key(title)) and 0 < prefix_words <= _KICKER_MAX_WORDS:
        return title
    return h1
