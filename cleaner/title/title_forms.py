"""How a title the page states is a form of a heading it prints.

``cleaner.title.titles`` chooses the headline among a page's titles and headings; these are its tests of
one against another: the same letters, a title around or inside a heading, a reworded or shortened
form (most of its words in the headline), a heading that tells of the same story, the <h1> that is
the site's name at a title's end, and which stated titles may hold the headline at all.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from cleaner.title.addresses import meaningful, slug_words
from cleaner.title.kickers import drop_kicker, drop_subtitle, is_label
from cleaner.title.sections import MAX_SECTION_WORDS, MIN_STORY_WORDS, inflected_in
from cleaner.title.sitenames import (
    MIN_HEAD_WORDS,
    fold_key,
    is_site,
    name_like,
    names_site_of,
    outer_segments,
    segments,
    spelled_keys,
    strip_site,
    title_words,
)

_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|[mn]dash|hellip);",
                     re.IGNORECASE)
# A short headline over the text ("Ceasefire holds"): two words; three or more are read as any <h1>.
SHORT_HEADLINE_WORDS = 2
# A section's name in a chain after the headline: two words, or four letters of a script written without
# spaces (each a word for ``title_words``: "新闻中心").
_MAX_CHAIN_LETTERS = 4
# A segment naming the site by its first word ("NRK Vestland"): a name of a few words, no headline.
_MAX_NAME_WORDS = 4
# The share of a title's words a standfirst holds where the title restates it.
_RESTATED_SHARE = 0.75
# The letters of a word that its inflected forms share ("Екатеринбург-а", "-е"; "dorog-i").
_STEM = 5
_HANGUL = re.compile("[\uac00-\ud7af]")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_PUNCTUATION = "\"'«»„“”‘’,.:;!?()[]…|-–—"


def covered(short: str, long: str) -> float:
    """Share of the words of ``short`` that occur in ``long``."""
    words, pool = title_words(short), set(title_words(long))
    return sum(w in pool for w in words) / len(words) if words else 0.0


def agrees(heading: str, title: str) -> bool:
    """``heading`` and a ``title`` the page states tell of the same story in other words: a quarter of
    the heading's words that carry meaning (``meaningful``), and two at least, are the title's; not a
    heading the title holds whole (a piece of the headline set as two headings: "Project:" / "Title")."""
    if fold_key(heading) in fold_key(title) or heading.rstrip().endswith(":"):
        return False
    words = [word for word in title_words(heading) if meaningful(word)]
    pool = set(title_words(title))
    shared = sum(word in pool for word in words)
    return shared >= 2 and shared * 4 >= len(words)


def touches(heading: str, title: str) -> bool:
    """``heading`` shares a word that carries meaning with ``title``, or its first ``_STEM`` letters (a
    form inflected otherwise: "Екатеринбурга", "Екатеринбурге"), of five letters or more (not "what",
    "até": every sentence's), or a Korean word, or two characters of Chinese or Japanese.
    Weaker than ``agrees``: evidence that a heading over the text tells of the story a reworded title
    tells of ("What we know so far today" over "Harbour budget: council approves plan" does not)."""
    pool = {word.casefold()[:_STEM] for word in _words(title) if meaningful(word)}
    shared = {word for word in _words(heading) if meaningful(word) and word.casefold()[:_STEM] in pool}
    return any(len(word) >= _STEM or _HANGUL.match(word) for word in shared) \
        or sum(bool(_UNSPACED.match(word)) for word in shared) >= 2


def _words(text: str) -> list[str]:
    """``title_words`` and the words spaces part (an Indic word's vowel signs split it for ``\\w``)."""
    return [*title_words(text), *(word.strip(_PUNCTUATION) for word in text.split())]


def short_headline(short_leading: Callable[[], str | None], headlines: list[str], titles: list[str],
                   keys: set[str], dek: Callable[[], str | None] | None = None,
                   titled: Callable[[], bool] | None = None) -> str | None:
    """The <h1> of two words over the text (``short_leading()``: "Ceasefire holds"), where a longer
    title the page states holds each of its words ("Ceasefire holds as talks resume in Cairo | Site"):
    the page's headline, of which the title is the longer form written for search and sharing. Not
    where the title sets it apart as its first or last segment ("Ukraine war: Russia strikes Kyiv":
    a topic's or series' name before the headline), nor a label (``reads_as_label``); unless the title's
    rest after the <h1>'s words and a colon is the standfirst printed under it (``dek()``: "Faiz sabit:
    Merkez Bankası ..." over "<h1>Faiz sabit</h1><p class='spot'>Merkez Bankası ...</p>", a title a CMS
    writes as the headline and its standfirst). Where no title holds its words ("Tide turns" over "Council
    approves $45m sea wall repairs ..."), the <h1> is the headline only on the page's word: its theme names
    it as the post's title (``titled()``: "entry-title", ``itemprop="headline"``), or the standfirst under
    it restates a title (``_restated``: the title written from the standfirst)."""
    if not titles or not any(len(title_words(h1)) == SHORT_HEADLINE_WORDS for h1 in headlines):
        return None  # no <h1> of two words: nothing to read
    short = short_leading()
    if not short or short not in headlines or is_site(short, keys) or is_label(short):
        return None
    for title in titles:
        stripped = strip_site(title, keys)
        words = title_words(stripped)  # each of the <h1>'s words, as written or inflected otherwise
        if len(words) > SHORT_HEADLINE_WORDS and all(inflected_in(word, set(words))
                                                     for word in title_words(short)) \
                and not outer_segments(stripped, {fold_key(short)}) \
                and (not _run_in(short, stripped) or _standfirst_after(short, stripped, dek)):
            return short
    if any(all(inflected_in(word, set(title_words(title))) for word in title_words(short))
           for title in titles):
        return None  # the titles hold it: a topic's or series' name run in before the headline
    return short if (titled and titled()) or _restated(titles, keys, dek) else None


def _restated(titles: list[str], keys: set[str], dek: Callable[[], str | None] | None) -> bool:
    """A title (its site's name cut), of a sentence's length, of which the standfirst printed under the
    <h1> (``dek()``) holds most words: the title was written from the standfirst, not the headline."""
    printed = dek() if dek else None
    return bool(printed) and any(len(title_words(stripped := strip_site(title, keys))) >= MIN_STORY_WORDS
                                 and covered(stripped, printed) >= _RESTATED_SHARE for title in titles)


def _standfirst_after(short: str, title: str, dek: Callable[[], str | None] | None) -> bool:
    """``title`` is ``short``, a colon or dash, and the standfirst the page prints under the <h1>
    (``dek()``), whole or its opening: the headline and its standfirst joined, not a topic's name."""
    rest = title[len(short):].lstrip(" :–—|")
    printed = dek() if dek else None
    return bool(printed and rest) and len(title_words(rest)) >= MIN_STORY_WORDS \
        and fold_key(printed).startswith(fold_key(rest.rstrip(".… ")))


def _run_in(short: str, title: str) -> bool:
    """``title`` opens with ``short`` and a colon or dash after it ("Ukraine war: Russia strikes ..."):
    set apart as a topic's name, as a kicker is."""
    return bool(re.match(re.escape(short) + r"\s*[:–—|]", title, re.IGNORECASE))


def same_headline(candidate: str, headlines: list[str], keys: set[str]) -> str | None:
    """The on-page headline with the same letters as ``candidate`` (a title), whole or without the
    site's name: the headline as the page prints it (its quotes, dashes and capitals; a sharing
    title often has straight quotes), unless the page sets it in capitals: a headline written in
    capitals (in its HTML, as some Turkish and Balkan papers do, or by a style sheet) is the title's
    letters, the headline as the publisher writes it in its stated titles."""
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


def headline_of(candidate: str, headlines: list[str], keys: set[str]) -> str | None:
    """The on-page headline of which ``candidate`` (a title) is a form, or None."""
    if same := same_headline(candidate, headlines, keys):
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
        if covered(stripped, h1) >= 0.6 and covered(h1, stripped) >= 0.4:
            return h1  # the sharing title reworded or shortened: the page's headline is the one
    return None


def ends_with_name(title: str, h1: str) -> bool:
    """``title`` ends with ``h1``, a name ("The Evening Post"), after a headline that reads as none
    ("Harbour budget approved after long dispute | The Evening Post"): the <h1> is the site's name."""
    if not name_like(h1) or not names_site_of(h1, title):
        return False
    end = outer_segments(title, {fold_key(h1)})
    return bool(end) and title.endswith(end) and not name_like(title[:-len(end)].strip(" |-–—·•»:/"))


def opens_with_name(title: str, h1: str) -> bool:
    """``title`` opens with ``h1``, a name ("Harbour Evening Post", "اليوم السابع"), and a separator
    before a headline of a sentence's length that reads as none ("Harbour Evening Post - Council approves
    new budget ...", as right-to-left sites set it): the <h1> is the site's name. Asked only of an <h1>
    that does not open the article's text (a Title Case headline over the text may go on in a title)."""
    if not name_like(h1) or not names_site_of(h1, title):
        return False
    start = outer_segments(title, {fold_key(h1)})
    rest = title[len(start):].strip(" |-–—·•»:/") if start else ""
    return bool(start) and title.startswith(start) and len(title) >= 2 * len(start) \
        and not name_like(rest) and not (len(title_words(h1)) >= MIN_HEAD_WORDS and _names_only(rest))


def _heads_chain(candidate: str, other: str) -> bool:
    """``other`` (a tab title) opens with ``candidate``, a heading of ``MIN_HEAD_WORDS`` or more, before
    a chain of names only ("Headline < 경제일반 < 경제 < 기사본문 - Site"): the title's length is the
    chain's, and ``candidate`` is its headline, not a site's name."""
    if len(title_words(candidate)) < MIN_HEAD_WORDS or not other.startswith(candidate):
        return False
    return _names_only(other[len(candidate):])


def site_named_beside(candidate: str, other: str, keys: set[str]) -> bool:
    """``other`` (a tab title) names the site in a segment beside ``candidate``, itself or as its first
    word ("Headline – NRK Vestland – Lokale nyheter, TV og radio", "Headline | Secretaría de ... | Gobierno
    | gob.mx"): a title names its site once, so ``candidate`` is the headline before a long tail of names,
    not the site's name."""
    for part in segments(other.replace(candidate, "", 1)):
        words = [word for word in part.split() if any(letter.isalnum() for letter in word)]
        if words and (is_site(" ".join(words), keys)
                      or (len(words) <= _MAX_NAME_WORDS and is_site(words[0], keys))):
            return True
    return False


def _names_only(rest: str) -> bool:
    """``rest`` (a title's segments after a heading of ``MIN_HEAD_WORDS`` or more) is a chain of three
    names or more, a word or two each ("경제일반 < 경제 < 기사본문 - Site": Korean CMSs set the sections
    and the site after the headline): no headline of a sentence's length follows, so the segment before
    them is the headline, not a site's name."""
    parts = segments(rest)
    return len(parts) >= 3 and all(len(part.split()) <= SHORT_HEADLINE_WORDS
                                   and len(title_words(part)) <= _MAX_CHAIN_LETTERS for part in parts)


def unescaped(title: str | None) -> str | None:
    """A title whose entities were escaped twice ("Tom &amp;amp; Jerry" in the page's source, which
    its parser reads as "Tom &amp; Jerry"), decoded: no headline writes an entity as text."""
    return html.unescape(title) if title and _ENTITY.search(title) else title


def whole_candidates(candidates: list[str], keys: set[str]) -> list[str]:
    """The titles that may hold the headline: not a sharing title that is only the site's name
    (the name the tab title ends or opens with: its keys join ``keys``), nor one cut short ("Headline
    that goes on…") where the other title holds it whole, nor a word or two that a CMS writes as every
    page's sharing title ("Home", "Article", "Latest News") beside a tab title of a sentence's length
    that holds none of them. Empty where every title names the site."""
    kept = []
    for candidate in candidates:
        others = [other for other in candidates if other != candidate]
        if is_site(candidate, keys) or any(
                names_site_of(candidate, other) and not _heads_chain(candidate, other)
                and not site_named_beside(candidate, other, keys) for other in others):
            keys.update(spelled_keys(candidate))
            continue
        words = set(title_words(candidate))
        if len(words) <= SHORT_HEADLINE_WORDS and any(
                len(wider := title_words(other)) >= MIN_STORY_WORDS and not words & set(wider)
                for other in others):
            continue
        cut = candidate.rstrip()
        opening = cut.rstrip(".…").rstrip()
        if cut.endswith(("…", "...")) and any(other.startswith(opening) for other in others):
            continue
        kept.append(candidate)
    return kept


def says_nothing_of(title: str, titles: list[str], headline: str, url: str | None) -> bool:
    """``title`` (the tab or sharing title chosen, its site's name cut) tells nothing of ``headline``,
    the page's one <h1> of a sentence's length: it shares no word of meaning (``meaningful``) with it,
    nor with the address's slug, and it is what a title the page states (``titles``) holds beside the
    site's name, a section's name of a few words or a slogan in Title Case ("Local News | Site",
    "Site - Breaking News, Sport, Weather", "Site | The Voice of the Coast"; a sentence there may be a
    headline written apart from the <h1>), or a word or two ("News", "Article")."""
    words = {word for word in title_words(title) if meaningful(word)}
    count, key = len(title_words(title)), fold_key(title)
    beside_name = any(key != fold_key(whole) and key in fold_key(whole) for whole in titles)
    generic = count <= SHORT_HEADLINE_WORDS or (
        beside_name and (count <= MAX_SECTION_WORDS or name_like(title)))
    return generic and len(title_words(headline)) >= MIN_STORY_WORDS \
        and not words & set(title_words(headline)) \
        and not (url and slug_words(url) & {fold_key(word) for word in words})


def one_word_headline(titles: list[str], h1s: list[str], masthead: set[str], keys: set[str]) -> str | None:
    """A headline of one word ("زلزال", "Erdbeben") that a title sets beside a name of a few words
    ("زلزال - صوت المدينة"), where an <h1> outside the masthead prints it: the <h1> is the headline (one
    word is too short to tell by its shape); where the masthead's <h1> prints the one word beside a
    headline of one word ("زلزال - صوت"), that <h1> is the site's name and the other word the headline.
    Not an <h1> a site key names, nor one beside a longer segment (a headline beside the site's name)."""
    words = [h1 for h1 in h1s if len(title_words(h1)) == 1 and (h1 in masthead or not is_site(h1, keys))]
    for title in titles if words else ():
        parts = [part.strip() for part in segments(title)]
        if len(parts) != 2:
            continue
        for h1 in words:
            for at in (0, 1):
                if fold_key(parts[at]) != fold_key(h1):
                    continue
                other = parts[1 - at]
                if h1 in masthead:
                    if len(title_words(other)) == 1:
                        return other
                elif len(title_words(other)) <= MAX_SECTION_WORDS:
                    return h1
    return None
