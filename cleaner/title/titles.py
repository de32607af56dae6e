"""The headline of a page, from its title candidates.

Pages name themselves several ways: the sharing title (``og:title``, JSON-LD ``headline``), the
browser-tab ``<title>`` (often "Headline - Section | Site"), and the headline on the page
(``<h1>``). Generic rules, no per-site table: the on-page headline wins when a sharing or tab title
is a shorter or reworded form of it (most of its words in the headline), or where the <h1> opens
the article's text; where no <h1> is the headline, an element marked as it (``itemprop="headline"``)
or the heading over the text stands in, if it tells of what a title tells; a kicker in front of a
headline is dropped. The page's headings are read by ``cleaner.title.headings``; site and section names
around a title are told and cut by ``cleaner.title.sitenames``; whether a title is a form of a heading, by
``cleaner.title.title_forms``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from lxml.etree import XPath

from cleaner.title.addresses import meaningful, named_by_address
from cleaner.title.breadcrumbs import Breadcrumb
from cleaner.title.headings import (
    ASIDE,
    first_h1s,
    heading_text,
    headline_evidence,
    kicker_lines,
    marked_post_title,
    masthead_h1s,
    page_headings,
    prose_h1s,
    reads_as_label,
    titled_blocks,
)
from cleaner.title.kickers import strip_kicker, without_pictographs, without_printed_kicker, without_run_in
from cleaner.title.name_shapes import logo_name, named_before_rtl
from cleaner.title.sections import (
    MIN_STORY_WORDS,
    ends_with_section,
    section_name,
    without_linked_prefix,
    without_linked_sections,
    without_path_section,
)
from cleaner.title.sitenames import (
    WORD,
    feed_names,
    fold_key,
    has_segments,
    is_site,
    outer_segments,
    site_keys,
    spelled_keys,
    strip_site,
    strip_unnamed_prefix,
    strip_unnamed_site,
    title_words,
)
from cleaner.title.taglines import home_names, is_link_text, printed_as_tagline
from cleaner.title.title_forms import (
    SHORT_HEADLINE_WORDS,
    agrees,
    ends_with_name,
    headline_of,
    one_word_headline,
    opens_with_name,
    same_headline,
    says_nothing_of,
    short_headline,
    unescaped,
    whole_candidates,
)
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
_MAX_SITE_WORDS = 5


class PageTitles:
    """What a page says of its headline besides its sharing and tab titles, read once: its
    ``<h1>`` headlines and logos, the ``<h1>`` that opens the article, the other titles it states
    (JSON-LD headline, Twitter and further ``og:title`` tags) and its other headings."""

    def __init__(self, tree, ld_headline: str | None = None) -> None:
        h1s = self._h1s = first_h1s(tree)  # read once for both
        self.joined: dict[str, str] = {}
        headlines, self.logos = page_headings(tree, h1s, self.joined)
        self._tree = tree
        self._titled: list[str] | None = None
        self._evidence: list[str] | None = None
        self.crumbs = Breadcrumb(tree)
        self.headlines = headlines or self._titled_blocks()  # no <h1> headline: a block named as the title
        heads = prose_h1s(tree, h1s)
        self._leading = heads[0] if len(heads) == 1 else None
        self.posts = len(heads) > 1  # a page of several posts, each under its <h1>
        # The first post's: the story the page is about where the next ones load below it ("infinite scroll").
        self.first_post = heading_text(heads[0]) if self.posts else None
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
                         posts=self.posts, linked=self.linked, lone=self.lone, first_post=self.first_post,
                         joined=self.joined,  # the topics it prints apart: kickers, breadcrumb steps
                         kickers=lambda: [*kicker_lines(self._tree), *self.crumbs.names()],
                         masthead=masthead_h1s(self._h1s))
        title = choose(logos=[*self.logos, *names])
        if home := self._logo_names(title, url):
            title = choose(logos=[*self.logos, *names, *home])
        return title

    def _logo_names(self, title: str | None, url: str | None) -> list[str]:
        """The names the page's logo gives the site (``home_names``: the logo's links are read only
        here), where ``title`` may hold one: a few words that are only the site's name (a tab title
        that neither a site name tag nor the domain spells) over an <h1> of a sentence's length; or a
        segment left beside the headline ("Headline - BBC News Русская служба": no site name tag, a
        name the domain spells only in part), with the logo of the edition the page is under."""
        if not title:
            return []
        if len(title_words(title)) <= _MAX_SITE_WORDS and any(
                len(title_words(h1)) >= MIN_STORY_WORDS for h1 in self.headlines):
            home = _with_logo_names(home_names(self._tree))
            return home if home and is_site(title, site_keys(None, None, *home)) else []
        if has_segments(title):
            names = (*_with_logo_names(home_names(self._tree, logos=True, url=url)), *feed_names(self._tree))
            return [name for name in names if len(title_words(name)) <= _MAX_SITE_WORDS]
        return []

    def lone(self) -> bool:
        """The page has one <h1> that is no logo, and it stands outside its asides, navigation and
        footer (a newsletter's or a sidebar's <h1> is no headline)."""
        found = [element for element in self._h1s if heading_text(element) in self.headlines]
        return len(found) == 1 and not ASIDE(found[0])

    def short_leading(self) -> str | None:
        """The <h1> over the article's text where it is a headline of two words, not a section's or
        topic's label (``reads_as_label``). Read only where a longer title holds it."""
        element = self._leading
        text = heading_text(element) if element is not None else None
        if not text or len(title_words(text)) != SHORT_HEADLINE_WORDS or reads_as_label(self._tree, element):
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
        (``is_link_text``), or a step of a few words of its breadcrumb (one its JSON-LD alone names; the
        last step, the story's own headline, is longer): a section's name."""
        return is_link_text(self._tree, text, url) or self.crumbs.section(text)

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
                 linked: Callable[..., bool] | None = None,
                 lone: Callable[[], bool] | None = None, first_post: str | None = None,
                 joined: dict[str, str] | None = None,
                 kickers: Callable[[], list[str]] | None = None,
                 masthead: set[str] | None = None) -> str | None:
    """The headline: the on-page ``<h1>`` where a meta or tab title, or another title the page
    states (``witnesses``: its JSON-LD headline, Twitter title), is a form of it; else another
    heading on the page (``shown()``: an ``<h2>``, a block named as the title) that is one of those
    titles; else the ``leading`` headline (the one <h1> over the article's text) where the page has one
    and it is no section's name (``section_name``: its name is then cut from the titles as the site's
    is); else the first heading of ``evidence()`` (the element marked as the headline, the heading that
    opens the article's text: ``headline_evidence``) that agrees with one of the titles (``agrees``);
    else the one <h1> that agrees with one (on a page of several ``posts``, only the first post's:
    ``first_post``, the story whose page it is where the next stories load below it); else the sharing
    title, else the tab title, with site and section names and a kicker cut; where those name only the
    site, the wordiest on-page headline, the heading ``evidence()`` gives, or a witness.
    ``short_leading()``: the <h1> of two words over the text, where it is no label
    (``short_headline``); ``tagline(text)``: ``text`` is the site's slogan, printed in its masthead or
    told of by the <h1> named as the post's title (a tab title "Site – slogan" is then no headline);
    ``linked(text)``: ``text`` is a link's whole text on the page, a section's name after the headline.
    ``logos`` are names the page's logo gives the site; ``lone()``: the page has one <h1> that is
    no logo, outside its asides, navigation and footer; ``kickers()``: the texts the page prints in
    elements named as a kicker and its breadcrumb's steps (a topic run in before the title's headline
    goes where one prints it);
    ``masthead``: the <h1> texts set in the page's masthead, outside the article (a name a title opens
    with is the site's there, even over the text)."""
    # A long "site name" that is the headline (some CMSs write it into every tag) names no site.
    keys = site_keys(site_name, url, *(logos or [])) - {
        fold_key(text) for text in (meta_title, *h1s) if text and len(WORD.findall(text)) > _MAX_SITE_WORDS}
    titles = [without_pictographs(clean_inline(unescaped(t))) for t in (meta_title, tab_title)
              if clean_inline(t)]
    kept = whole_candidates(titles, keys)
    candidates = kept or titles
    headlines = [h for h in h1s if not is_site(h, keys) and len(title_words(h)) >= 2]
    if linked:  # links to other pages only
        linked = partial(linked, url=url)
    names = [h1 for h1 in headlines for title in titles
             if ends_with_name(title, h1) or ends_with_section(title, h1, keys, linked)
             or ((h1 != leading or h1 in (masthead or ())) and opens_with_name(title, h1))]
    for h1 in dict.fromkeys(names):
        headlines.remove(h1)  # the site's or a section's name, in an <h1> not marked as the logo
        keys.update(spelled_keys(h1))
    others = [w for w in (without_pictographs(clean_inline(unescaped(w))) for w in witnesses or ()) if w
              and w not in candidates and not is_site(w, keys)]
    # A headline set over two lines, the first read as a kicker by its shape alone (``joined``): one
    # headline where a title states the lines joined by a space ("Council Approves New Budget For ...").
    for h1, whole in (joined or {}).items():
        if h1 in headlines and any(_spaced(strip_site(title, keys)) == _spaced(whole)
                                   for title in (*candidates, *others)):
            headlines[headlines.index(h1)] = whole
    # A title that is the on-page headline letter for letter first (a sharing title may drop the
    # headline's first word where the tab title keeps it), then one that is a form of it.
    for match in (same_headline, headline_of):
        for candidate in (*candidates, *others):
            if found := match(candidate, headlines, keys):
                return found
    # A title the page prints as another heading (the <h1> above it is a section's name or a kicker),
    # whole or without its kicker or run-in topic ("Krieg in der Ukraine: Headline").
    headings = shown() if shown else []
    printed_keys = frozenset(map(fold_key, headings))
    for candidate in (*candidates, *others):
        stripped = strip_site(candidate, keys)
        forms = {fold_key(candidate), fold_key(stripped), fold_key(strip_kicker(stripped)),
                 fold_key(without_run_in(stripped) or stripped)}
        if headings:  # a right-to-left headline of a few words after the site's name, which a heading prints
            forms.add(fold_key(named_before_rtl(stripped, printed_keys)))
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
    if short_leading and (short := short_headline(short_leading, headlines, [*candidates, *others], keys)):
        return short
    if leading and not is_site(leading, keys):
        # A sharing title was stated.
        stated = bool(others) or without_pictographs(clean_inline(unescaped(meta_title))) in kept
        if not section_name(leading, [*kept, *others], keys, stated, url, tagline):
            return leading  # the titles were written for search engines and sharing, not for the page
        keys.update(spelled_keys(leading))  # a section's name: cut from the titles as the site's is
    # No <h1> is the headline: a heading marked as it, or the one over the text, told by a title.
    for heading in evidence() if evidence and (candidates or others) else ():
        if not is_site(heading, keys) and any(agrees(heading, strip_site(title, keys))
                                              for title in (*candidates, *others)):
            return heading
    if word := one_word_headline([*candidates, *others], h1s, masthead or set(), keys):
        return word  # a headline of one word beside a name, that an <h1> prints
    # The page's one headline that a stated title tells of in other words, which the text's markup
    # did not show opening it (prose in <div>s, a hero block far from the body; other <h1>s head a
    # sidebar's "Most read" or a promotion); of a sentence's length (a series' or topic's name over the
    # story, "Harbour Budget 2024", is short).
    told = [h1 for h1 in headlines if len(title_words(h1)) >= MIN_STORY_WORDS
            and any(agrees(h1, strip_site(title, keys)) for title in (*candidates, *others))] if kept else []
    if len(told) == 1 and (len(headlines) == 1 or not posts or told[0] == first_post):
        return told[0]
    if titles and not kept:  # the titles name only the site: the page's headline, else another title
        if headlines:
            return _wordiest(headlines, first_post)
        if not others and evidence and (marked := [h for h in evidence() if not is_site(h, keys)]):
            return marked[0]  # the heading marked as the headline, or the one over the text
        candidates = others or candidates
    if candidates:
        title = strip_unnamed_site(strip_site(candidates[0], keys))
        if headlines and url and (named := named_by_address(title, headlines, url)):
            return named  # the title is the site's slogan, or written apart from the page's headline
        if headlines and tagline and tagline(title):  # the slogan, on an address with no slug to tell
            return max(headlines, key=lambda h1: len(title_words(h1)))
        # A section's name or a slogan beside the site's name over the page's one <h1> outside its
        # asides, set apart from the text (no class names it): the <h1> is the headline.
        if len(headlines) == 1 and lone and lone() \
                and says_nothing_of(title, titles, headlines[0], url):
            return headlines[0]
        if linked:
            title = without_linked_prefix(without_linked_sections(title, linked), linked)
        if not headlines:  # "Politics: Headline" filed under "/politics/": a section's name
            title = without_path_section(title, url)
        rest = strip_unnamed_prefix(title)  # not where what it leaves is the site's name
        title = title if is_site(rest, keys) else rest
        if kickers and without_run_in(title):  # "Ukraine war: Headline", the topic printed as a kicker
            title = without_printed_kicker(title, kickers())
        return strip_kicker(title)
    # No title to compare with: of several <h1>, the headline is the wordiest (logos are short).
    return _wordiest(headlines, first_post) if headlines else None


def _with_logo_names(names: list[str]) -> list[str]:
    """``names`` and each without the words a logo writes beside the site's name ("Logo franceinfo")."""
    return list(dict.fromkeys(name for text in names for name in (text, logo_name(text))))


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def _wordiest(headlines: list[str], first_post: str | None) -> str:
    """The wordiest of the page's ``headlines`` (logos and labels are short); on a page of several
    posts, the first post's (``first_post``: the next stories load below the page's own)."""
    if first_post in headlines:
        return first_post
    return max(headlines, key=lambda h1: len(title_words(h1)))
