"""The headline of a page, from its title candidates.

Pages name themselves several ways: the sharing title (``og:title``, JSON-LD ``headline``), the
browser-tab ``<title>`` (often "Headline - Section | Site"), and the headline on the page
(``<h1>``). Generic rules, no per-site table: the on-page headline wins when a sharing or tab title
is a shorter or reworded form of it (most of its words in the headline), or where the <h1> opens
the article's text; where no <h1> is the headline, an element marked as it (``itemprop="headline"``)
or the heading over the text stands in, if it tells of what a title tells; a kicker in front of a
headline is dropped. What the page says of its headline is read once by ``cleaner.title.page_titles``
(which asks ``choose_title`` here); its headings by ``cleaner.title.headings``; site and section names
around a title are told and cut by ``cleaner.title.sitenames``; whether a title is a form of a heading, by
``cleaner.title.title_forms``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from cleaner.title.addresses import named_by_address
from cleaner.title.kickers import strip_kicker, without_pictographs, without_printed_kicker, without_run_in
from cleaner.title.name_shapes import name_like, named_before_rtl
from cleaner.title.sections import (
    MIN_STORY_WORDS,
    ends_with_section,
    inflected_in,
    section_name,
    without_linked_prefix,
    without_linked_sections,
    without_path_section,
)
from cleaner.title.sitenames import (
    WORD,
    fold_key,
    is_site,
    outer_segments,
    site_keys,
    spelled_keys,
    strip_site,
    title_words,
)
from cleaner.title.title_forms import (
    agrees,
    ends_with_name,
    headline_of,
    one_word_headline,
    opens_with_name,
    same_headline,
    says_nothing_of,
    short_headline,
    site_named_beside,
    touches,
    unescaped,
    whole_candidates,
)
from cleaner.title.unnamed_sites import strip_unnamed_prefix, strip_unnamed_site
from core.text import clean_inline

_PIPES = re.compile(r"\s*[|｜]\s*")
# A hero <h1> shorter than a sentence is the headline only where named as a title (``_hero_headline``).
_MIN_HERO_WORDS = 3
# A site's name is a few words; a longer "site name" is the headline.
_MAX_SITE_WORDS = 5


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
                 masthead: set[str] | None = None,
                 marked: Callable[[], str | None] | None = None,
                 opens: Callable[[], str | None] | None = None,
                 named: Callable[[], str | None] | None = None,
                 own: Callable[[], bool] | None = None,
                 dek: Callable[[], str | None] | None = None,
                 hero: Callable[[], str | None] | None = None,
                 titled: Callable[[], bool] | None = None,
                 hero_titled: Callable[[], bool] | None = None,
                 below: Callable[[str, str], bool] | None = None) -> str | None:
    """The headline: the on-page ``<h1>`` where a meta or tab title, or another title the page
    states (``witnesses``: its JSON-LD headline, Twitter title), is a form of it; else another
    heading on the page (``shown()``: an ``<h2>``, a block named as the title) that is one of those
    titles; else the ``leading`` headline (the one <h1> over the article's text) where the page has one
    and it is no section's name (``section_name``: its name is then cut from the titles as the site's
    is); else the first heading of ``evidence()`` (the element marked as the headline, the heading that
    opens the article's text: ``headline_evidence``) that agrees with one of the titles (``agrees``);
    else the one <h1> that agrees with one (on a page of several ``posts``, only the first post's:
    ``first_post``, the story whose page it is where the next stories load below it); else the one
    <h1> of a hero block over the text (``hero()``, ``_hero_headline``); else the sharing
    title, else the tab title, with site and section names and a kicker cut; where those name only the
    site, the wordiest on-page headline, the heading ``evidence()`` gives, or a witness.
    ``short_leading()``: the <h1> of two words over the text, where it is no label
    (``short_headline``; ``dek()``: the standfirst printed under it; ``titled()``: the theme names it as
    the post's title); ``tagline(text)``: ``text`` is
    the site's slogan, printed in its masthead or told of by the <h1> named as the post's title (a tab
    title "Site – slogan" is then no headline);
    ``linked(text)``: ``text`` is a link's whole text on the page, a section's name after the headline.
    ``logos`` are names the page's logo gives the site; ``lone()``: the page has one <h1> that is
    no logo, outside its asides, navigation and footer; ``kickers()``: the texts the page prints in
    elements named as a kicker and its breadcrumb's steps (a topic run in before the title's headline
    goes where one prints it);
    ``masthead``: the <h1> texts set in the page's masthead, outside the article (a name a title opens
    with is the site's there, even over the text); ``marked()``: the one text the page marks as its
    headline (``itemprop="headline"``), which stands where no title tells of it; ``opens()``: where no
    <h1> is a headline, the heading that opens the article's text, which stands so too; ``named()``:
    the one the theme names as the post's title there ("entry-title"), which stands with no word in
    common with a title; ``own()``: the ``leading`` <h1> is printed as the story's own (inside its
    ``<article>``, named as its title), a short headline though no title shares a word with it."""
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
             or ((h1 != leading or h1 in (masthead or ())) and opens_with_name(title, h1))
             or (h1 != leading and shown and below and _beside_printed(title, h1, shown, titles, below))]
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
    if short_leading and (short := short_headline(short_leading, headlines, [*candidates, *others], keys,
                                                  dek, titled)):
        return short
    if leading and not is_site(leading, keys):
        # A sharing title was stated.
        stated = bool(others) or without_pictographs(clean_inline(unescaped(meta_title))) in kept
        if not section_name(leading, [*kept, *others], keys, stated, url, tagline, own):
            return leading  # the titles were written for search engines and sharing, not for the page
        keys.update(spelled_keys(leading))  # a section's name: cut from the titles as the site's is
    # No <h1> is the headline: a heading marked as it, or the one over the text, told by a title.
    for heading in evidence() if evidence and (candidates or others) else ():
        if not is_site(heading, keys) and any(agrees(heading, strip_site(title, keys))
                                              for title in (*candidates, *others)):
            return heading
    # The heading the page marks as its headline (itemprop="headline") and prints, where the titles
    # were reworded for search engines and sharing: the headline as printed.
    if marked and (candidates or others) and (printed := marked()) and not is_site(printed, keys) \
            and len(title_words(printed)) >= MIN_STORY_WORDS:
        return printed
    # Likewise the heading that opens the article's text where no <h1> is a headline (``opens()``: an
    # unmarked <h2>, a block named as the title), though no title tells of it in the same words; a word
    # of meaning the same (``touches``: not a label over the text, "What we know so far today").
    if opens and (candidates or others) and (printed := opens()) and not is_site(printed, keys) \
            and any(touches(printed, strip_site(title, keys)) for title in (*candidates, *others)):
        return printed
    # The heading or block the theme names as the post's title ("entry-title", "article-headline") over
    # the text where no <h1> is a headline: printed as such though the titles share no word with it.
    if named and (candidates or others) and (printed := named()) and not is_site(printed, keys):
        return printed
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
    # The page's one <h1> of a sentence's length in a hero block over the text (``hero()``: outside its
    # asides and masthead, the text's prose after it), where a sharing title written for search engines
    # (stated apart from the tab title) shares a word of meaning with it only ("Harga BBM Naik, Ini Daftar
    # Lengkapnya" over "Pemerintah Naikkan Harga Pertalite ..."), or none: the headline as printed.
    sharing = [*others, *(title for title in kept[:1] if meta_title and title == titles[0])]
    if sharing and len(headlines) == 1 and hero \
            and _hero_headline(headlines[0], sharing, keys, tagline, hero_titled, titles) \
            and hero() == headlines[0]:
        return headlines[0]
    if titles and not kept:  # the titles name only the site: the page's headline, else another title
        if headlines:
            return _wordiest(headlines, first_post)
        if not others and evidence and (marked := [h for h in evidence() if not is_site(h, keys)]):
            return marked[0]  # the heading marked as the headline, or the one over the text
        candidates = others or candidates
    if candidates:
        title = strip_site(candidates[0], keys)
        # A sharing title the tab title holds whole before the site's name keeps its last segment (a source
        # the headline quotes), unless the page prints that apart (a section's name).
        cut = strip_unnamed_site(title)
        if cut == title or not _head_of_named_tab(candidates[0], title, titles, keys) \
                or _printed_apart(title[len(cut):] if title.startswith(cut) else "", shown, linked):
            title = cut
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


def _hero_headline(h1: str, sharing: list[str], keys: set[str], tagline: Callable[[str], bool] | None,
                   titled: Callable[[], bool] | None = None, tabs: list[str] | None = None) -> bool:
    """``h1`` (a hero block's one <h1> over the text) is of a sentence's length and may be the headline
    beside ``sharing`` titles written for search: it shares a word of meaning with one (``touches``), or
    none, a headline written apart from them ("A city bets on concrete for its sea wall" over "Harbour sea
    wall budget: what the vote means"), where it is not the site's slogan (``tagline``). A shorter <h1>
    there may be a section's or series' name over the column: one of three or four words is the headline
    only where the theme names it as a title (``titled()``: "hero__title", "longform-headline", no label's
    class nor a link's text) and no title, the tab title's too (``tabs``), holds all its words (a series'
    name run in before the headline, or set as a segment beside it: "Headline | The Long Read | Site")."""
    count = len(title_words(h1))
    if count < MIN_STORY_WORDS:
        return count >= _MIN_HERO_WORDS and bool(titled and titled()) and not (tagline and tagline(h1)) \
            and not any(all(inflected_in(word, set(title_words(title))) for word in title_words(h1))
                        for title in (*sharing, *(tabs or ())))
    return any(touches(h1, strip_site(title, keys)) for title in sharing) or not (tagline and tagline(h1))


def _beside_printed(title: str, h1: str, shown: Callable[[], list[str]], titles: list[str],
                    below: Callable[[str, str], bool]) -> bool:
    """``h1`` (not over the article's text) is a title's last or first segments, and the rest of the title
    opens or ends with a headline of a sentence's length that the page prints as another heading
    (``shown()``: an <h2>, a block named as the title): the <h1> is the site's name, however it is cased
    (a long-tail CMS sets it in its masthead on every page: uCoz's "Headline - Новости - Городской сайт"
    over <h1>Городской сайт</h1> and <div class="eTitle">Headline</div>). Likewise where the <h1> is the
    tab title whole and another title (the sharing one) is such a printed headline, longer than it. A
    headline of three or four words ("Дума утвердила схему") will do in the shape "Headline - Section -
    Site" only, where it reads as no name (a site's name printed in a heading before "Section - <h1>").
    The heading must come after the <h1> in the page (``below``): a site's name printed over a headline
    <h1> ("Site - Section - Headline") is not one.
    ``shown()`` is read only where the rest is that long (a headline <h1> before a short site's name, or
    a tab title that is the <h1> and the only title, asks nothing)."""
    if fold_key(title) == fold_key(h1):
        rest = next((other for other in titles if other != title and len(other) > len(h1)), "")
    else:  # Blogger's "Blog name: Headline", the colon set close to the name
        side = title[:len(h1) + 1] if title[len(h1):len(h1) + 1] in (":", "：") and title.startswith(h1) \
            else outer_segments(title, {fold_key(h1)})
        if not side or (not title.endswith(side) and not title.startswith(side)):
            return False
        rest = (title[:-len(side)] if title.endswith(side) else title[len(side):]).strip(" |-–—―:/·•»_")
    # A short headline only in the shape "Headline - Section - Site" (words as spaces part them).
    short = fold_key(title[-len(h1):]) == fold_key(h1) and len(rest.split()) >= _MIN_HERO_WORDS
    if len(title_words(rest)) < MIN_STORY_WORDS and not short:
        return False
    printed = {fold_key(text) for text in shown()}
    head = rest if fold_key(rest) in printed else outer_segments(rest, printed)
    if not head or not (len(title_words(head)) >= MIN_STORY_WORDS or (
            short and head != rest and rest.startswith(head) and len(head.split()) >= _MIN_HERO_WORDS
            and not name_like(head))):
        return False
    return below(h1, head)


def _head_of_named_tab(candidate: str, stripped: str, titles: list[str], keys: set[str]) -> bool:
    """``candidate``, a title naming no site (``stripped``: as ``strip_site`` leaves it, the same), is
    what another title the page states (the tab title) holds before the segments that name the site
    ("Headline — Мишустин" beside "Headline — Мишустин - РИА Новости, 18.11.2026"): the sharing title is the
    headline whole, its last segment a source the headline quotes, no site's name to cut."""
    return stripped == candidate and any(
        other != candidate and other.startswith(candidate) and site_named_beside(candidate, other, keys)
        for other in titles)


def _printed_apart(tail: str, shown: Callable[[], list[str]] | None,
                   linked: Callable[..., bool] | None) -> bool:
    """``tail`` (the segments cut after a headline, their separator before them) is what the page prints
    apart: a heading of its own (``shown()``) or a link's whole text (``linked``), a section's name."""
    name = tail.strip(" |-–—―:/·•»")
    return not name or name in (shown() if shown else []) or bool(linked and linked(name))


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def _wordiest(headlines: list[str], first_post: str | None) -> str:
    """The wordiest of the page's ``headlines`` (logos and labels are short); on a page of several
    posts, the first post's (``first_post``: the next stories load below the page's own)."""
    if first_post in headlines:
        return first_post
    return max(headlines, key=lambda h1: len(title_words(h1)))
