"""The headline of a page, from its title candidates.

Pages name themselves several ways: the sharing title (``og:title``, JSON-LD ``headline``), the
browser-tab ``<title>`` (often "Headline - Section | Site"), and the headline on the page
(``<h1>``). Generic rules, no per-site table: the on-page headline wins when a sharing or tab title
is a shorter or reworded form of it (most of its words in the headline), or where the <h1> opens
the article's text; where no <h1> is the headline, an element marked as it (``itemprop="headline"``)
or the heading over the text stands in, if it tells of what a title tells; a kicker in front of a
headline is dropped. The page's headings are read by ``cleaner.headings``; site and section names
around a title are told and cut by ``cleaner.sitenames``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial

from lxml.etree import XPath

from cleaner.addresses import meaningful, named_by_address
from cleaner.headings import (
    first_h1s,
    heading_text,
    headline_evidence,
    marked_post_title,
    page_headings,
    prose_h1s,
    reads_as_label,
    titled_blocks,
)
from cleaner.kickers import drop_kicker, drop_subtitle, is_label, strip_kicker, without_run_in
from cleaner.sections import (
    MIN_STORY_WORDS,
    ends_with_section,
    section_name,
    without_linked_prefix,
    without_linked_sections,
)
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
from cleaner.taglines import home_names, is_link_text, printed_as_tagline
from core.text import clean_inline

# Titles a page states beside og:title (which trafilatura reads first): a second og:title, the
# Twitter card's, a microdata headline.
_SHARING_META = XPath("//head/meta[@property='og:title' or @name='twitter:title' or @property='twitter:title'"
                      " or @itemprop='headline']/@content")
# Headings that may print the headline where no <h1> does: <h2>, <h3> (a theme's post title under a
# logo <h1>) and ARIA headings, in document order.
_SHOWN = XPath("//*[self::h2 or self::h3 or @role='heading']")
_MAX_SHOWN = 16
_PIPES = re.compile(r"\s*[|｜]\s*")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|[mn]dash|hellip);",
                     re.IGNORECASE)
_MAX_SITE_WORDS = 5
# A short headline over the text ("Ceasefire holds"): two words; three or more are read as any <h1>.
_SHORT_HEADLINE_WORDS = 2


def _covered(short: str, long: str) -> float:
    """Share of the words of ``short`` that occur in ``long``."""
    words, pool = title_words(short), set(title_words(long))
    return sum(w in pool for w in words) / len(words) if words else 0.0


def _agrees(heading: str, title: str) -> bool:
    """``heading`` and a ``title`` the page states tell of the same story in other words: a quarter of
    the heading's words that carry meaning (``meaningful``), and two at least, are the title's; not a
    heading the title holds whole (a piece of the headline set as two headings: "Project:" / "Title")."""
    if fold_key(heading) in fold_key(title) or heading.rstrip().endswith(":"):
        return False
    words = [word for word in title_words(heading) if meaningful(word)]
    pool = set(title_words(title))
    shared = sum(word in pool for word in words)
    return shared >= 2 and shared * 4 >= len(words)


class PageTitles:
    """What a page says of its headline besides its sharing and tab titles, read once: its
    ``<h1>`` headlines and logos, the ``<h1>`` that opens the article, the other titles it states
    (JSON-LD headline, Twitter and further ``og:title`` tags) and its other headings."""

    def __init__(self, tree, ld_headline: str | None = None) -> None:
        h1s = self._h1s = first_h1s(tree)  # read once for both
        headlines, self.logos = page_headings(tree, h1s)
        self._tree = tree
        self._titled: list[str] | None = None
        self._evidence: list[str] | None = None
        self.headlines = headlines or self._titled_blocks()  # no <h1> headline: a block named as the title
        heads = prose_h1s(tree, h1s)
        self._leading = heads[0] if len(heads) == 1 else None
        self.posts = len(heads) > 1  # a page of several posts, each under its <h1>
        leading = heading_text(self._leading) if self._leading is not None else None
        self.leading = leading if leading and len(title_words(leading)) >= 3 else None
        self.witnesses = [ld_headline or "", *_SHARING_META(tree)]

    def _titled_blocks(self) -> list[str]:
        """``titled_blocks`` of the page, read once."""
        if self._titled is None:
            self._titled = titled_blocks(self._tree)
        return self._titled

    def shown(self) -> list[str]:
        """The page's other headings (``<h2>``, ``<h3>``, ``role=heading``, blocks named as a title): read
        only where no ``<h1>`` is the headline (the search for titled blocks reads every block's class)."""
        tree = self._tree
        return list(dict.fromkeys(
            text for text in (*map(heading_text, _SHOWN(tree)[:_MAX_SHOWN]), *self._titled_blocks()) if text))

    def choose(self, meta_title: str | None, tab_title: str | None, site_name: str | None, url: str | None,
               names: list[str]) -> str | None:
        """The headline (``choose_title``); ``names``: more names the page gives its site. A label the
        page prints in its <h1>'s own text as its titles do ("LIVE: ...", "Fact Check: ...") stays: the
        headline on the page holds it (a badge in its own element, or a label only in the titles, is a
        kicker and goes)."""
        choose = partial(choose_title, meta_title, tab_title, self.headlines, site_name, url,
                         leading=self.leading, witnesses=self.witnesses, shown=self.shown,
                         evidence=self.evidence, short_leading=self.short_leading, tagline=self.tagline,
                         posts=self.posts, linked=self.linked)
        title = choose(logos=[*self.logos, *names])
        # A few words the page's logo names the site by (a tab title that is only the site's name, which
        # neither a site name tag nor the domain spells), over an <h1> of a sentence's length: read again
        # with that name (the logo's links are read only here).
        if title and len(title_words(title)) <= _MAX_SITE_WORDS and any(
                len(title_words(h1)) >= MIN_STORY_WORDS for h1 in self.headlines) \
                and (home := home_names(self._tree)) and is_site(title, site_keys(None, None, *home)):
            title = choose(logos=[*self.logos, *names, *home])
        return title

    def short_leading(self) -> str | None:
        """The <h1> over the article's text where it is a headline of two words, not a section's or
        topic's label (``reads_as_label``). Read only where a longer title holds it."""
        element = self._leading
        text = heading_text(element) if element is not None else None
        if not text or len(title_words(text)) != _SHORT_HEADLINE_WORDS or reads_as_label(self._tree, element):
            return None
        return text

    def tagline(self, text: str) -> bool:
        """``text`` is the site's slogan: the page prints it in its masthead (``printed_as_tagline``),
        or it shares no word of meaning with a headline of three words or more in the ``<h1>`` the page
        names as its post's title (``marked_post_title``: "entry-title"), as a theme's "Site – slogan"
        tab title on an address with no slug does not."""
        if printed_as_tagline(self._tree, text):
            return True
        marked = marked_post_title(self._h1s)
        words = {word for word in title_words(marked or "") if meaningful(word)}
        return len(title_words(marked or "")) >= 3 and not words & set(title_words(text))

    def linked(self, text: str, url: str | None = None) -> bool:
        """``text`` is a link's whole text on the page, to another page than ``url``
        (``is_link_text``): a section's name."""
        return is_link_text(self._tree, text, url)

    def evidence(self) -> list[str]:
        """``headline_evidence`` of the page, read once and only where no <h1> is the headline."""
        if self._evidence is None:
            self._evidence = headline_evidence(self._tree)
        return self._evidence



def choose_title(meta_title: str | None, tab_title: str | None, h1s: list[str],
                 site_name: str | None, url: str | None, logos: list[str] | None = None,
                 leading: str | None = None, witnesses: list[str] | None = None,
                 shown: Callable[[], list[str]] | None = None,
                 evidence: Callable[[], list[str]] | None = None,
                 short_leading: Callable[[], str | None] | None = None,
                 tagline: Callable[[str], bool] | None = None, posts: bool = False,
                 linked: Callable[..., bool] | None = None) -> str | None:
    """The headline: the on-page ``<h1>`` where a meta or tab title, or another title the page
    states (``witnesses``: its JSON-LD headline, Twitter title), is a form of it; else another
    heading on the page (``shown()``: an ``<h2>``, a block named as the title) that is one of those
    titles; else the ``leading`` headline (the one <h1> over the article's text) where the page has one
    and it is no section's name (``section_name``: its name is then cut from the titles as the site's
    is); else the first heading of ``evidence()`` (the element marked as the headline, the heading that
    opens the article's text: ``headline_evidence``) that agrees with one of the titles (``_agrees``);
    else the one <h1> that agrees with one (not on a page of several ``posts``); else the sharing
    title, else the tab title, with site and section names and a kicker cut; where those name only the
    site, the wordiest on-page headline, the heading ``evidence()`` gives, or a witness.
    ``short_leading()``: the <h1> of two words over the text, where it is no label
    (``_short_headline``); ``tagline(text)``: ``text`` is the site's slogan, printed in its masthead or
    told of by the <h1> named as the post's title (a tab title "Site – slogan" is then no headline);
    ``linked(text)``: ``text`` is a link's whole text on the page, a section's name after the headline.
    ``logos`` are names the page's logo gives the site."""
    # A long "site name" that is the headline (some CMSs write it into every tag) names no site.
    keys = site_keys(site_name, url, *(logos or [])) - {
        fold_key(text) for text in (meta_title, *h1s) if text and len(WORD.findall(text)) > _MAX_SITE_WORDS}
    titles = [clean_inline(_unescaped(t)) for t in (meta_title, tab_title) if clean_inline(t)]
    kept = _whole_candidates(titles, keys)
    candidates = kept or titles
    headlines = [h for h in h1s if not is_site(h, keys) and len(title_words(h)) >= 2]
    if linked:  # links to other pages only
        linked = partial(linked, url=url)
    names = [h1 for h1 in headlines for title in titles
             if _ends_with_name(title, h1) or ends_with_section(title, h1, keys, linked)]
    for h1 in dict.fromkeys(names):
        headlines.remove(h1)  # the site's or a section's name, in an <h1> not marked as the logo
        keys.update(spelled_keys(h1))
    others = [w for w in (clean_inline(_unescaped(w)) for w in witnesses or ()) if w
              and w not in candidates and not is_site(w, keys)]
    # A title that is the on-page headline letter for letter first (a sharing title may drop the
    # headline's first word where the tab title keeps it), then one that is a form of it.
    for match in (_same_headline, _headline_of):
        for candidate in (*candidates, *others):
            if found := match(candidate, headlines, keys):
                return found
    # A title the page prints as another heading (the <h1> above it is a section's name or a kicker),
    # whole or without its kicker or run-in topic ("Krieg in der Ukraine: Headline").
    headings = shown() if shown else []
    for candidate in (*candidates, *others):
        stripped = strip_site(candidate, keys)
        forms = {fold_key(candidate), fold_key(stripped), fold_key(strip_kicker(stripped)),
                 fold_key(without_run_in(stripped) or stripped)}
        # The headline before a pipe and a section's name no key told ("Storm Floods Harbour | World
        # News Desk"), of three words or more.
        if len(first := _PIPES.split(stripped)[0]) < len(stripped) and len(title_words(first)) >= 3:
            forms.add(fold_key(first))
        if printed := next((text for text in headings if fold_key(text) in forms), None):
            return stripped if printed.isupper() else printed
        # A title cut short ("Headline that goes on..."): the heading that opens with its words.
        if stripped.endswith(("…", "...")) and len(title_words(opening := stripped.rstrip(".… "))) >= 3 \
                and (printed := next((text for text in headings
                                      if fold_key(text).startswith(fold_key(opening))), None)):
            return printed
        # A section's name before the headline ("Science - Headline"), or after it: the title's
        # outer segments that a heading prints, most of the title and three words at least.
        if headings and (outer := outer_segments(stripped, {fold_key(text) for text in headings})) \
                and len(title_words(outer)) >= 3 and len(outer) * 2 >= len(stripped):
            printed = next(text for text in headings if fold_key(text) == fold_key(outer))
            return outer if printed.isupper() else printed
    if short_leading and (short := _short_headline(short_leading, headlines, [*candidates, *others], keys)):
        return short
    if leading and not is_site(leading, keys):
        stated = bool(others) or clean_inline(_unescaped(meta_title)) in kept  # a sharing title
        if not section_name(leading, [*kept, *others], keys, stated, url, tagline):
            return leading  # the titles were written for search engines and sharing, not for the page
        keys.update(spelled_keys(leading))  # a section's name: cut from the titles as the site's is
    # No <h1> is the headline: a heading marked as it, or the one over the text, told by a title.
    for heading in evidence() if evidence and (candidates or others) else ():
        if not is_site(heading, keys) and any(_agrees(heading, strip_site(title, keys))
                                              for title in (*candidates, *others)):
            return heading
    # The page's one headline that a stated title tells of in other words, which the text's markup
    # did not show opening it (prose in <div>s, a hero block far from the body; other <h1>s head a
    # sidebar's "Most read" or a promotion); of a sentence's length (a series' or topic's name over the
    # story, "Harbour Budget 2024", is short).
    told = [h1 for h1 in headlines if len(title_words(h1)) >= MIN_STORY_WORDS
            and any(_agrees(h1, strip_site(title, keys)) for title in (*candidates, *others))] if kept else []
    if len(told) == 1 and (len(headlines) == 1 or not posts):
        return told[0]
    if titles and not kept:  # the titles name only the site: the page's headline, else another title
        if headlines:
            return max(headlines, key=lambda h1: len(title_words(h1)))
        if not others and evidence and (marked := [h for h in evidence() if not is_site(h, keys)]):
            return marked[0]  # the heading marked as the headline, or the one over the text
        candidates = others or candidates
    if candidates:
        title = strip_unnamed_site(strip_site(candidates[0], keys))
        if headlines and url and (named := named_by_address(title, headlines, url)):
            return named  # the title is the site's slogan, or written apart from the page's headline
        if headlines and tagline and tagline(title):  # the slogan, on an address with no slug to tell
            return max(headlines, key=lambda h1: len(title_words(h1)))
        if linked:
            title = without_linked_prefix(without_linked_sections(title, linked), linked)
        rest = strip_unnamed_prefix(title)  # not where what it leaves is the site's name
        return strip_kicker(title if is_site(rest, keys) else rest)
    # No title to compare with: of several <h1>, the headline is the wordiest (logos are short).
    return max(headlines, key=lambda h1: len(title_words(h1))) if headlines else None


def _short_headline(short_leading: Callable[[], str | None], headlines: list[str], titles: list[str],
                    keys: set[str]) -> str | None:
    """The <h1> of two words over the text (``short_leading()``: "Ceasefire holds"), where a longer
    title the page states holds each of its words ("Ceasefire holds as talks resume in Cairo | Site"):
    the page's headline, of which the title is the longer form written for search and sharing. Not
    where the title sets it apart as its first or last segment ("Ukraine war: Russia strikes Kyiv":
    a topic's or series' name before the headline), nor a label (``reads_as_label``)."""
    if not titles or not any(len(title_words(h1)) == _SHORT_HEADLINE_WORDS for h1 in headlines):
        return None  # no <h1> of two words: nothing to read
    short = short_leading()
    if not short or short not in headlines or is_site(short, keys) or is_label(short):
        return None
    for title in titles:
        stripped = strip_site(title, keys)
        if len(title_words(stripped)) > _SHORT_HEADLINE_WORDS and _covered(short, stripped) == 1.0 \
                and not outer_segments(stripped, {fold_key(short)}) and not _run_in(short, stripped):
            return short
    return None


def _run_in(short: str, title: str) -> bool:
    """``title`` opens with ``short`` and a colon or dash after it ("Ukraine war: Russia strikes ..."):
    set apart as a topic's name, as a kicker is."""
    return bool(re.match(re.escape(short) + r"\s*[:–—|]", title, re.IGNORECASE))


def _same_headline(candidate: str, headlines: list[str], keys: set[str]) -> str | None:
    """The on-page headline with the same letters as ``candidate`` (a title), whole or without the
    site's name: the headline as the page prints it (its quotes, dashes and capitals; a sharing
    title often has straight quotes), unless the page sets it in capitals."""
    stripped = strip_site(candidate, keys)
    whole, short = fold_key(candidate), fold_key(stripped)
    same = [h1 for h1 in headlines if fold_key(h1) in (whole, short)]
    if same:
        title = candidate if fold_key(same[0]) == whole else stripped
        return title if same[0].isupper() else _without_printed_site(same[0], keys)
    return None


def _without_printed_site(h1: str, keys: set[str]) -> str:
    """``h1`` without the site's name the page prints after it as its tab title does ("Headline |
    Site": a theme that sets the tab title as the heading); only where what goes is the site's name."""
    cut = strip_site(h1, keys)
    if cut == h1 or not h1.startswith(cut):
        return h1
    rest = h1[len(cut):].strip(" |｜-–—·•:")
    return cut if rest and is_site(rest, keys) else h1


def _headline_of(candidate: str, headlines: list[str], keys: set[str]) -> str | None:
    """The on-page headline of which ``candidate`` (a title) is a form, or None."""
    if same := _same_headline(candidate, headlines, keys):
        return same
    stripped = strip_site(candidate, keys)
    whole, short = fold_key(candidate), fold_key(stripped)
    # The headline is the title's first or last segments ("About bugs – Vortex Cannon Games").
    # As the page prints it (its quotes and dashes), unless it sets it in capitals.
    if outer := outer_segments(candidate, keyed := {fold_key(h1): h1 for h1 in headlines}):
        printed = keyed[fold_key(outer)]
        return outer if printed.isupper() else printed
    # The title around the on-page headline ("Kicker: Headline | Site"): the longest such headline.
    # Not a segment cut as the site's or a section's name ("Headline | World News Desk | Site").
    inside = [h1 for h1 in headlines if fold_key(h1) in short and len(fold_key(h1)) * 2 >= len(short)]
    if inside:  # the headline opens a tab title; then the longest
        return max(inside, key=lambda h1: (whole.startswith(fold_key(h1)), len(h1)))
    for h1 in headlines:
        if short in fold_key(h1) and len(title_words(stripped)) >= 3:
            return drop_subtitle(h1, stripped) or drop_kicker(h1, stripped)
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
    that goes on…") where the other title holds it whole, nor a word or two that a CMS writes as every
    page's sharing title ("Home", "Article", "Latest News") beside a tab title of a sentence's length
    that holds none of them. Empty where every title names the site."""
    kept = []
    for candidate in candidates:
        others = [other for other in candidates if other != candidate]
        if is_site(candidate, keys) or any(names_site_of(candidate, other) for other in others):
            keys.update(spelled_keys(candidate))
            continue
        words = set(title_words(candidate))
        if len(words) <= _SHORT_HEADLINE_WORDS and any(
                len(wider := title_words(other)) >= MIN_STORY_WORDS and not words & set(wider)
                for other in others):
            continue
        cut = candidate.rstrip()
        opening = cut.rstrip(".…").rstrip()
        if cut.endswith(("…", "...")) and any(other.startswith(opening) for other in others):
            continue
        kept.append(candidate)
    return kept
