"""What a page says of its headline besides its sharing and tab titles, read once.

Its ``<h1>`` headlines and logos, the ``<h1>`` that opens the article, the other titles it states
(JSON-LD headline, Twitter and further ``og:title`` tags), its other headings, its breadcrumb, and
the names its logo gives the site; ``PageTitles.choose`` hands them to ``cleaner.title.titles``, which
chooses the headline among them. Costly readings (titled blocks, headline evidence, the logo's
links) are made only where the choice asks for them.
"""

from __future__ import annotations

from functools import partial
from urllib.parse import urlsplit

from lxml.etree import XPath

from cleaner.title.addresses import meaningful
from cleaner.title.breadcrumbs import Breadcrumb
from cleaner.title.headings import (
    ASIDE,
    first_h1s,
    heading_text,
    headline_evidence,
    kicker_lines,
    marked_headline,
    marked_post_title,
    masthead_h1s,
    named_as_title,
    named_post_title,
    page_headings,
    post_title_opening,
    prose_h1s,
    reads_as_label,
    standfirst_after,
    story_heading,
    teaser_heading,
    titled_blocks,
    titled_elements,
)
from cleaner.title.name_shapes import logo_name
from cleaner.title.openings import leads_to_prose
from cleaner.title.sections import MIN_STORY_WORDS
from cleaner.title.sitenames import feed_names, fold_key, is_site, may_name_site, site_keys, title_words
from cleaner.title.taglines import home_names, is_link_text, printed_as_tagline
from cleaner.title.title_forms import SHORT_HEADLINE_WORDS
from cleaner.title.titles import choose_title

# Titles a page states beside og:title (which trafilatura reads first): a second og:title, the
# Twitter card's, a microdata headline.
_SHARING_META = XPath("//head/meta[@property='og:title' or @name='twitter:title' or @property='twitter:title'"
                      " or @itemprop='headline']/@content")
# Headings that may print the headline where no <h1> does: <h2>, <h3> (a theme's post title under a
# logo <h1>) and ARIA headings, in document order.
_SHOWN = XPath("//*[self::h2 or self::h3 or @role='heading']")
_MAX_SHOWN = 16
# A site's name is a few words.
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
        self._url: str | None = None
        self._titled: list[str] | None = None
        self._evidence: list[str] | None = None
        self.crumbs = Breadcrumb(tree)
        # An <h1> of a sentence's length (not the site's or a section's name set in one), in words as
        # spaces part them where it has spaces (an Indic name's vowel signs split it for ``title_words``).
        self._h1_headline = any(len(text.split() if " " in text else title_words(text)) >= MIN_STORY_WORDS
                                for text in headlines)
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
        """The page's other headings (``<h2>``, ``<h3>``, ``role=heading``, blocks named as a title), not a
        teaser's (``teaser_heading``: in an aside, or a link to another page, which may print this story's
        sharing title): read only where no ``<h1>`` is the headline (the search for titled blocks reads every
        block's class)."""
        tree, path = self._tree, urlsplit(self._url or "").path.rstrip("/")
        headings = [element for element in _SHOWN(tree)[:_MAX_SHOWN] if not teaser_heading(element, path)]
        return list(dict.fromkeys(
            text for text in (*map(heading_text, headings), *self._titled_blocks()) if text))

    def choose(self, meta_title: str | None, tab_title: str | None, site_name: str | None, url: str | None,
               names: list[str]) -> str | None:
        """The headline (``choose_title``); ``names``: more names the page gives its site. A label the
        page prints in its <h1>'s own text as its titles do ("LIVE: ...", "Fact Check: ...") stays: the
        headline on the page holds it (a badge in its own element, or a label only in the titles, is a
        kicker and goes)."""
        self._url = url
        choose = partial(choose_title, meta_title, tab_title, self.headlines, site_name, url,
                         leading=self.leading, witnesses=self.witnesses, shown=self.shown,
                         evidence=self.evidence, short_leading=self.short_leading, tagline=self.tagline,
                         posts=self.posts, linked=self.linked, lone=self.lone, first_post=self.first_post,
                         joined=self.joined,  # the topics it prints apart: kickers, breadcrumb steps
                         kickers=lambda: [*kicker_lines(self._tree), *self.crumbs.names()],
                         masthead=masthead_h1s(self._h1s), marked=partial(marked_headline, self._tree),
                         opens=self.opening, named=self.named_opening, own=self.own_leading,
                         dek=partial(standfirst_after, self._leading), hero=self.hero,
                         hero_titled=self.hero_titled, below=self.printed_below,
                         titled=partial(named_post_title, self._leading))
        title = choose(logos=[*self.logos, *names])
        if home := self._logo_names(title, url):
            title = choose(logos=[*self.logos, *names, *home])
        return title

    def _logo_names(self, title: str | None, url: str | None) -> list[str]:
        """The names the page's logo gives the site (``home_names``: the logo's links are read only
        here), where ``title`` may hold one: a few words that are only the site's name (a tab title
        that neither a site name tag nor the domain spells) over an <h1> of a sentence's length; or a
        segment left beside the headline ("Headline - BBC News Русская служба": no site name tag, a
        name the domain spells only in part; or a name before a colon, "الشرق الأوسط: Headline"), with
        the logo of the edition the page is under."""
        if not title:
            return []
        if len(title_words(title)) <= _MAX_SITE_WORDS and any(
                len(title_words(h1)) >= MIN_STORY_WORDS for h1 in self.headlines):
            home = _with_logo_names(home_names(self._tree))
            return home if home and is_site(title, site_keys(None, None, *home)) else []
        if may_name_site(title):
            names = (*_with_logo_names(home_names(self._tree, logos=True, url=url)), *feed_names(self._tree))
            # Words as spaces part them (an Indic name's vowel signs split it for ``title_words``).
            return [name for name in names if len(name.split()) <= _MAX_SITE_WORDS]
        return []

    def printed_below(self, h1: str, text: str) -> bool:
        """A heading or block named as a title that prints ``text`` (its key) comes after the <h1> of
        ``h1`` in the page: a headline under the site's name in the masthead, not a site's name printed
        over a headline <h1>. Read only where an <h1> is a title's segment beside such a heading."""
        tree, key = self._tree, fold_key(text)
        h1s = [element for element in self._h1s if heading_text(element) == h1]
        printed = [element for element in (*_SHOWN(tree)[:_MAX_SHOWN], *titled_elements(tree))
                   if fold_key(heading_text(element) or "") == key]
        if not h1s or not printed:
            return False
        seen_h1, printed_set = False, set(printed)
        for element in tree.getroottree().iter():  # document order, stopping at the first answer
            if element is h1s[0]:
                seen_h1 = True
            elif seen_h1 and element in printed_set:
                return True
        return False

    def lone(self) -> bool:
        """The page has one <h1> that is no logo, and it stands outside its asides, navigation and
        footer (a newsletter's or a sidebar's <h1> is no headline)."""
        found = [element for element in self._h1s if heading_text(element) in self.headlines]
        return len(found) == 1 and not ASIDE(found[0])

    def hero(self) -> str | None:
        """The text of the page's one <h1> (``lone``) outside its masthead that a run of prose follows
        before any linked heading (``openings.leads_to_prose``): a hero block's headline over the text,
        where no block but <body> holds both (so it is no ``leading`` headline)."""
        found = [element for element in self._h1s if heading_text(element) in self.headlines]
        if len(found) != 1 or ASIDE(found[0]) or not leads_to_prose(found[0]):
            return None
        text = heading_text(found[0])
        return None if text in masthead_h1s(found) else text

    def hero_titled(self) -> bool:
        """The page's one <h1> (``lone``) is named as a title or headline by its class or id ("hero__title")
        and reads as no label (``headings.named_as_title``). Read only for a short hero <h1>."""
        found = [element for element in self._h1s if heading_text(element) in self.headlines]
        return len(found) == 1 and named_as_title(self._tree, found[0])

    def short_leading(self) -> str | None:
        """The <h1> over the article's text where it is a headline of two words, not a section's or
        topic's label (``reads_as_label``). Read only where a longer title holds it."""
        element = self._leading
        text = heading_text(element) if element is not None else None
        if not text or len(title_words(text)) != SHORT_HEADLINE_WORDS or reads_as_label(self._tree, element):
            return None
        return text

    def own_leading(self) -> bool:
        """The <h1> over the article's text is printed as the story's own (``story_heading``): inside its
        ``<article>`` or named as its title. Read only where no title the page states tells of it."""
        return self._leading is not None and story_heading(self._tree, self._leading)

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

    def opening(self) -> str | None:
        """Where no ``<h1>`` is a headline of a sentence's length (the site's or a section's name may be
        one): the heading that opens the article's text (``evidence()``: the one marked as the headline,
        else the first ``<h2>``/``<h3>`` over the prose, not a standfirst), else the one block named as a
        title (``<div class="news-title">``) over it (``prose_h1s``'s test: no logo, outside asides, nearly
        all the prose after it), of a sentence's length: the headline as printed, where the sharing and
        tab titles were reworded for search engines and sharing."""
        if self._h1_headline:
            return None
        for text in self.evidence():
            if len(title_words(text)) >= MIN_STORY_WORDS:
                return text
        titled = [element for element in titled_elements(self._tree) if element.tag != "h2"
                  and element.tag != "h3"]
        texts = {heading_text(element) for element in prose_h1s(self._tree, titled)}
        text = texts.pop() if len(texts) == 1 else None
        return text if text and len(title_words(text)) >= MIN_STORY_WORDS else None

    def named_opening(self) -> str | None:
        """Where no ``<h1>`` is a headline of a sentence's length: the block or heading the theme names
        as the post's title over the article's text (``post_title_opening``), of a sentence's length."""
        if self._h1_headline:
            return None
        text = post_title_opening(self._tree)
        return text if text and len(title_words(text)) >= MIN_STORY_WORDS else None

    def evidence(self) -> list[str]:
        """``headline_evidence`` of the page, read once and only where no <h1> is the headline."""
        if self._evidence is None:
            self._evidence = headline_evidence(self._tree)
        return self._evidence


def _with_logo_names(names: list[str]) -> list[str]:
    """``names`` and each without the words a logo writes beside the site's name ("Logo franceinfo")."""
    return list(dict.fromkeys(name for text in names for name in (text, logo_name(text))))
