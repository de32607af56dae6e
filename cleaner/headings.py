"""The headings a page prints: its ``<h1>`` headlines and logos, the ``<h1>`` that opens the
article, blocks named as a title, and each heading's text as a reader sees it.

``cleaner.titles`` compares these with the page's sharing and tab titles to choose the headline.
A heading's text is read without what the page sets inside it beside the headline: a kicker or badge
(``<span class="kicker">``, a label alone such as "LIVE"), a date, byline or subtitle, screen-reader
text and a permalink mark.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.kickers import KICKER_MAX_WORDS, is_label
from cleaner.sitekeys import caseless
from cleaner.sitenames import WORD, title_words
from cleaner.taglines import is_home
from core.text import clean_inline

_H1 = XPath("//h1")
_LINKS = XPath("descendant-or-self::a[@href] | ancestor::a[@href]")
_IMAGE_ALTS = XPath(".//img/@alt")
# The kicker's name in newsrooms' languages: German Dachzeile and Spitzmarke, French surtitre,
# Spanish antetítulo, cintillo and volanta, Portuguese chapéu, Italian occhiello, Polish nadtytuł,
# Czech nadtitulek, Croatian and Serbian nadnaslov, Romanian supratitlu, Swedish vinjett.
_KICKER_NAMES = re.compile(r"kicker|overline|topline|roofline|dachzeile|spitzmarke|eyebrow|supertitle|"
                           r"pretitle|pre-title|overtitle|over-title|uptitle|preheadline|pre-headline|"
                           r"surtitre|antetitulo|cintillo|volanta|chapeu|occhiello|nadtytul|nadtitulek|"
                           r"nadnaslov|supratitlu|vinjett|badge", re.IGNORECASE)
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
# An <h1> set in an aside, the navigation or the footer ("More on Books" amid the text) heads no story.
ASIDE = XPath("ancestor::aside | ancestor::nav | ancestor::footer")
# Blocks named as a title or headline by a class or id token ("h-title", "article_headline"): the
# tags tried, and the test on " class id " (a walk of the tree in Python with this test costs a third
# of the XPath that runs EXSLT's regular expression on every element).
_TITLED_TAGS = ("div", "span", "p", "h2", "h3")
_TITLED_NAMES = re.compile(r"[-_ ](?:title|headline)[-_ ]", re.IGNORECASE)
_MAX_TITLED = 10
_MAX_TITLE_CHARS = 300
# How far above an <h1> the article's paragraphs may start (header, hgroup, article, main; a hero
# block's column, row and container; a page builder's wrappers, seven or eight levels up).
_LEAD_LEVELS = 12
_PROSE_CHARS = 40
# Of the prose in the block an <h1> heads, the share that may come before it (a teaser, a ticker).
_PROSE_BEFORE_SHARE = 0.25
# Linked headings after an <h1> amid the prose: teasers of a list page under a section's name.
_MAX_LINKED_HEADINGS = 3
# Paragraphs of prose one after another, no linked heading between them: a story's text, not a list.
_STORY_RUN = 4
# An <h1> a theme or CMS names as the post's or article's title by a class or id token: WordPress's
# "entry-title", "post-title", "article__headline", "story-heading", "single-title".
_POST_TITLE_NAMES = re.compile(r"(?:^|[-_ ])(?:entry|post|article|story|single)[-_]{0,2}"
                               r"(?:title|headline|heading)(?:$|[-_ ])", re.IGNORECASE)
# Elements the page marks as its headline (schema.org microdata, ``itemprop="headline"``; a list of
# properties may hold it), and the headings that may open an article whose headline is no <h1>.
_MARKED = XPath("//body//@itemprop[contains(concat(' ', normalize-space(.), ' '), ' headline ')]/..")
_SUBHEADINGS = XPath("//body//h2 | //body//h3")
_MAX_OPENING = 10
# A headline's words: a longer heading that opens the text is a standfirst, as is one named so.
_MAX_HEADLINE_WORDS = 30
_STANDFIRST_WORDS = 12
_STANDFIRST_NAMES = re.compile(r"(?:^|[-_ ])(?:dek|deck|standfirst|strap|strapline|summary|subtitle|"
                               r"sub-title|subheadline|sub-headline|subhead|lead|lede|intro|teaser|excerpt|"
                               r"description)(?:$|[-_ ])", re.IGNORECASE)
# A short <h1> (or its wrapper) named as a section's or topic's label, by a class or id token.
_LABEL_NAMES = re.compile(r"(?:^|[-_ ])(?:section|category|categories|rubric|rubrik|rubrique|topic|channel|"
                          r"tag|ressort|seccion|sezione|kategorie)(?:$|[-_ ]|s\b)", re.IGNORECASE)
def first_h1s(tree) -> list:
    """The page's first ``<h1>`` elements (``_MAX_H1``), read once for ``page_headings`` and
    ``leading_element``."""
    return _H1(tree)[:_MAX_H1]


def headlines_on_page(tree) -> list[str]:
    """The texts of the page's ``<h1>`` elements, without logos (an ``<h1>`` that is a link to the
    home page)."""
    return page_headings(tree)[0]


def page_headings(tree, h1s: list | None = None) -> tuple[list[str], list[str]]:
    """(the page's ``<h1>`` texts, the names in its logo ``<h1>``: a link to the home page, its
    text or its image's ``alt``); ``h1s``: the page's first ``<h1>`` elements, where already read."""
    found, logos = [], []
    for element in _H1(tree)[:_MAX_H1] if h1s is None else h1s:
        text = heading_text(element)
        if _is_logo(element):
            logos += [name for name in (text, *_IMAGE_ALTS(element)) if name and name.strip()]
        elif text and text not in found:
            found.append(text)
    return found, logos


def _is_logo(heading) -> bool:
    """An ``<h1>`` that is the site's logo: a link to the home page, or named as a logo or brand."""
    names = f"{heading.get('class', '')} {heading.get('id', '')}".split()
    return any(is_home(link.get("href")) for link in _LINKS(heading)) or any(map(_LOGO_NAMES.match, names))


def titled_blocks(tree) -> list[str]:
    """Texts of blocks named as a title or headline (``<div class="h-title">``), for pages whose
    headline is not an ``<h1>``. Only ever matched against the tab and sharing titles."""
    found = []
    for element in _titled_elements(tree):
        text = clean_inline(element.text_content())
        if text and len(text) <= _MAX_TITLE_CHARS and text not in found:
            found.append(text)
    return found


def _titled_elements(tree) -> list:
    """The first ``_MAX_TITLED`` blocks of the page (``_TITLED_TAGS``) with a class or id token
    that names a title or headline, in document order."""
    found = []
    for element in tree.getroottree().iter(*_TITLED_TAGS):
        names, key = element.get("class"), element.get("id")
        if (names or key) and _TITLED_NAMES.search(f" {names or ''} {key or ''} "):
            found.append(element)
            if len(found) == _MAX_TITLED:
                break
    return found


def leading_element(tree, h1s: list | None = None):
    """The page's one ``<h1>`` that opens the article's text (``_opens_prose``), or None: the
    headline as the reader sees it, which a reworded sharing or tab title (written for search
    engines and sharing) does not replace."""
    leading = prose_h1s(tree, h1s)
    return leading[0] if len(leading) == 1 else None


def prose_h1s(tree, h1s: list | None = None) -> list:
    """The page's ``<h1>`` elements that open a column of prose (``_opens_prose``): one on an
    article's page, several on a page of several posts."""
    return [element for element in (_H1(tree)[:_MAX_H1] if h1s is None else h1s)
            if not _is_logo(element) and not ASIDE(element) and _opens_prose(element)]


def marked_post_title(h1s: list) -> str | None:
    """The text of the one ``<h1>`` among ``h1s`` that the page names as its post's or article's title
    (``_POST_TITLE_NAMES``, or ``itemprop="headline"``), not a logo nor set in an aside; else None.
    Evidence of the headline where a tab title tells of none (a theme's "Site – slogan")."""
    marked = [element for element in h1s
              if (_POST_TITLE_NAMES.search(f"{element.get('class', '')} {element.get('id', '')}")
                  or "headline" in (element.get("itemprop") or "").split())
              and not _is_logo(element) and not ASIDE(element)]
    return heading_text(marked[0]) if len(marked) == 1 else None


def reads_as_label(tree, heading) -> bool:
    """``heading`` (a short ``<h1>``) is a section's, topic's or series' label rather than a headline:
    a link or set in one ("<h1><a href='/world'>World News</a></h1>"), named so by its class or id
    (section, category, rubric, topic, channel, tag), or its text is a link elsewhere on the page (the
    navigation's or the breadcrumb's "World News"). Read only for a short <h1> a longer title holds."""
    names = f"{heading.get('class', '')} {heading.get('id', '')} {heading.getparent().get('class', '')}" \
        if heading.getparent() is not None else f"{heading.get('class', '')} {heading.get('id', '')}"
    if _LINKS(heading) or _LABEL_NAMES.search(names):
        return True
    key = " ".join(caseless(heading_text(heading) or "").split())  # a menu in capitals: "EKONOMİ"
    return any(" ".join(caseless(link.text_content()).split()) == key
               for link in tree.getroottree().iter("a") if link.get("href") is not None)


def headline_evidence(tree) -> list[str]:
    """Where the page prints its headline when no ``<h1>`` is one (``cleaner.titles`` takes the first
    that agrees with a title the page states): the text of the element it marks as the headline
    (``itemprop="headline"``, where it marks one text only outside asides, navigation and footer),
    then the first ``<h2>`` or ``<h3>`` that opens the article's text (``_opens_prose``: a heading over
    a column of prose, with none of it before: not a subheading after the lead nor a teaser's),
    unless it is the standfirst."""
    found = []
    marked = {text for element in _MARKED(tree) if element.tag != "meta" and not ASIDE(element)
              and (text := heading_text(element))}
    if len(marked) == 1:
        found += marked
    for element in _SUBHEADINGS(tree)[:_MAX_OPENING]:
        if ASIDE(element) or _LINKS(element) or not _opens_prose(element, before_share=0.0):
            continue
        text = heading_text(element)
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if _STANDFIRST_NAMES.search(names) or _reads_as_standfirst(text):
            break  # below the headline
        if _DATE_NAMES.search(names):
            continue  # the day's date over a blog's post, a byline
        if text and 3 <= len(title_words(text)) <= _MAX_HEADLINE_WORDS and text not in found:
            found.append(text)
        break
    return found


def _reads_as_standfirst(text: str | None) -> bool:
    """A sentence of ``_STANDFIRST_WORDS`` words or more, ended by a full stop: a standfirst set as a
    heading ("The council voted on Monday to ... after a year of dispute.")."""
    return bool(text) and text.rstrip().endswith(".") and len(WORD.findall(text)) >= _STANDFIRST_WORDS


def _opens_prose(heading, before_share: float = _PROSE_BEFORE_SHARE) -> bool:
    """An ancestor some levels up (``_LEAD_LEVELS``: a header, the article, a hero block's column,
    row and container, a page builder's wrappers; not the page's <body>) holds several paragraphs
    of prose, and nearly all of it comes after the heading: not an <h1> in an aside amid the text or
    below it ("Comment on this article"), nor a section's name over a list of linked teasers. Each
    level adds the paragraphs beside the one below it (each paragraph is read once)."""
    count = chars = 0
    below = heading
    for ancestor in list(heading.iterancestors())[:_LEAD_LEVELS]:
        if ancestor.tag in ("body", "html"):
            return False  # the whole page holds every paragraph: no evidence of where the story is
        # The paragraphs under ``ancestor``: those under ``below`` (counted already, but for
        # ``below`` itself, or those inside the heading), and those beside it.
        added = [below] if below.tag == "p" else list(below.iter("p")) if below is heading else []
        for child in ancestor:
            if child is not below:
                added += child.iter("p")
        for paragraph in added:
            if (length := len(paragraph.text_content())) >= _PROSE_CHARS:
                count += 1
                chars += length
        if count >= 3 and chars >= 500:
            return _heads_block(heading, ancestor, before_share)
        below = ancestor
    return False


def _heads_block(heading, block, before_share: float) -> bool:
    """``heading`` comes before nearly all of ``block``'s prose, with no run of linked headings
    (teasers of a list) before the last of it."""
    before = after = paragraphs = linked = linked_in_prose = run = longest_run = 0
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
                    run += 1
                    longest_run = max(longest_run, run)
                else:
                    before += chars
        elif seen and _LINKS(element):
            linked += 1
            run = 0
    # A list's teasers each have a heading and a summary; a story's teaser cards (related stories set
    # amid its text or after it) leave a run of its paragraphs with no linked heading between them.
    listing = linked_in_prose >= _MAX_LINKED_HEADINGS and linked_in_prose * 2 >= paragraphs \
        and longest_run < _STORY_RUN
    return before <= before_share * (before + after) and not listing


def heading_text(heading) -> str | None:
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
    if kicker is None and (_set_apart(heading, children) or _section_label(heading, children)):
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


def _section_label(heading, children: list) -> bool:
    """The heading opens with an element named as a section's or topic's label (``<h1><span
    class="category">Science</span> Headline</h1>``) of a few words, the headline's words after it."""
    if not children or (heading.text or "").strip() or children[0].tag == "a":
        return False
    first = children[0]
    if not _LABEL_NAMES.search(f"{first.get('class', '')} {first.get('id', '')}"):
        return False
    rest = WORD.findall(heading.text_content()[len(first.text_content()):]) if heading.text_content() else []
    return 0 < len(WORD.findall(_shown_text(first))) <= KICKER_MAX_WORDS and len(rest) >= 3


def _set_apart(heading, children: list) -> bool:
    """The heading is two or more elements and no text of its own, the first a line of at most
    ``KICKER_MAX_WORDS`` words (not a link) and the rest a headline of three words or more that
    starts a sentence."""
    if len(children) < 2 or (heading.text or "").strip() or children[0].tag == "a":
        return False
    if any((child.tail or "").strip() for child in children):
        return False
    first = WORD.findall(_shown_text(children[0]))
    rest = WORD.findall(" ".join(_shown_text(child) for child in children[1:]))
    # A lower-case second line goes on with the first ("Cyber norms:" / "a new era").
    return 0 < len(first) <= KICKER_MAX_WORDS and len(rest) >= 3 and not rest[0][0].islower()
