"""The headings a page prints: its ``<h1>`` headlines and logos, the ``<h1>`` that opens the
article, blocks named as a title, and the heading marked as the headline or over the text (whether a
heading opens the text is read in ``cleaner.title.openings``).

``cleaner.title.titles`` compares these with the page's sharing and tab titles to choose the headline.
Each heading's text is read as a reader sees it (``cleaner.title.heading_text``: without a kicker or badge,
a date, byline or subtitle, screen-reader text, an icon's text, a comment count, a permalink mark).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.etree import XPath

from cleaner.title.heading_text import (
    DATE_NAMES,
    KICKER_NAMES,
    LABEL_NAMES,
    heading_text,
    joined_text,
    unspaced_script,
)
from cleaner.title.openings import opens_prose
from cleaner.title.sitekeys import caseless
from cleaner.title.sitenames import WORD, title_words
from cleaner.title.taglines import is_home
from core.text import clean_inline

_H1 = XPath("//h1")
_LINKS = XPath("descendant-or-self::a[@href] | ancestor::a[@href]")
_IMAGE_ALTS = XPath(".//img/@alt")
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
# of the XPath that runs EXSLT's regular expression on every element); the word in Spanish, Portuguese,
# Italian, French, German, Turkish and Malay too ("nota-titulo", "titolo-articolo", "haber-baslik").
_TITLED_TAGS = ("div", "span", "p", "h2", "h3", "td")
# Also a camelCase token ending so (uCoz's "eTitle", "newsTitle"), not a subtitle's, and the long-tail
# CMSs' own tokens for the story's title (Joomla's "contentheading", in a <td> in older templates; DLE's
# "ntitle").
_TITLED_NAMES = re.compile(r"[-_ ](?:title|headline|titulo|titular|titolo|titre|titel|baslik|judul|"
                           r"contentheading|ntitle)[-_ ]|[a-z](?<!sub)(?-i:Title|Headline)[-_ ]",
                           re.IGNORECASE)
_MAX_TITLED = 10
_MAX_TITLE_CHARS = 300
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
# A standfirst as Turkish papers name it ("spot", "haber-spot"), and Spanish and Portuguese ones
# ("bajada", "sumario", "linha-fina", "olho").
_SPOT_NAMES = re.compile(r"(?:^|[-_ ])(?:spot|bajada|sumario|linha-fina|olho)(?:$|[-_ ])", re.IGNORECASE)
# Elements named as a kicker outside the headings, the first few of the page's body.
_MAX_KICKERS = 5
_MAX_KICKER_WORDS = 5


def kicker_lines(tree) -> list[str]:
    """The texts the page prints in elements its class or id names a kicker (kicker, overline, eyebrow,
    Dachzeile: ``heading_text.KICKER_NAMES``), a few words each, outside asides, navigation and footer:
    the topic a title runs in before the headline, where the page shows it apart from it."""
    found: list[str] = []
    for element in tree.getroottree().iter("p", "div", "span", "a", "strong", "h2", "h3", "h4"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if names.strip() and KICKER_NAMES.search(names) and not ASIDE(element):
            text = (clean_inline(element.text_content()) or "").rstrip(":|-–— ")
            if text and len(WORD.findall(text)) <= _MAX_KICKER_WORDS and text not in found:
                found.append(text)
                if len(found) == _MAX_KICKERS:
                    break
    return found


# The page's masthead: a <header> or banner outside the article and the main content; not a story's
# header a class names so ("entry-header", "article-header", "post-title").
_STORY_HEADER = re.compile(r"entry|post|article|story|single|headline", re.IGNORECASE)
_MASTHEAD = XPath("(ancestor::header | ancestor::*[@role='banner'])"
                  "[not(ancestor::article or ancestor::main)]")


def masthead_h1s(h1s: list) -> set[str]:
    """The texts of the ``<h1>`` elements set in the page's masthead (a ``<header>`` or banner outside the
    article and the main content, not one a class names a post's or story's: "entry-header"): a site's
    name there, not a story's headline."""
    return {text for element in h1s
            if (headers := _MASTHEAD(element)) and not any(map(_story_header, (element, *headers)))
            and (text := heading_text(element))}


def _story_header(element) -> bool:
    return bool(_STORY_HEADER.search(f"{element.get('class', '')} {element.get('id', '')}"))


def first_h1s(tree) -> list:
    """The page's first ``<h1>`` elements (``_MAX_H1``), read once for ``page_headings`` and
    ``leading_element``."""
    return _H1(tree)[:_MAX_H1]


def headlines_on_page(tree) -> list[str]:
    """The texts of the page's ``<h1>`` elements, without logos (an ``<h1>`` that is a link to the
    home page)."""
    return page_headings(tree)[0]


def page_headings(tree, h1s: list | None = None, joined: dict[str, str] | None = None) \
        -> tuple[list[str], list[str]]:
    """(the page's ``<h1>`` texts, the names in its logo ``<h1>``: a link to the home page, its
    text or its image's ``alt``); ``h1s``: the page's first ``<h1>`` elements, where already read;
    ``joined`` gets each text whose first line was read as a kicker by its shape alone, with that
    line (``joined_text``)."""
    found, logos = [], []
    for element in _H1(tree)[:_MAX_H1] if h1s is None else h1s:
        text = heading_text(element)
        if _is_logo(element):
            logos += [name for name in (text, *_IMAGE_ALTS(element)) if name and name.strip()]
        elif text and text not in found:
            found.append(text)
            if joined is not None and (whole := joined_text(element)) and whole != text:
                joined[text] = whole
            elif joined is not None and len(element) and unspaced_script(text) \
                    and (whole := heading_text(element, True)) != text:
                joined[text] = whole  # lines of an unspaced script joined unspaced, where a title spaces them
    return found, logos


def _is_logo(heading) -> bool:
    """An ``<h1>`` that is the site's logo: a link to the home page, or named as a logo or brand."""
    names = f"{heading.get('class', '')} {heading.get('id', '')}".split()
    return any(is_home(link.get("href")) for link in _LINKS(heading)) or any(map(_LOGO_NAMES.match, names))


def titled_blocks(tree) -> list[str]:
    """Texts of blocks named as a title or headline (``<div class="h-title">``), for pages whose
    headline is not an ``<h1>``. Only ever matched against the tab and sharing titles."""
    found = []
    for element in titled_elements(tree):
        text = heading_text(element)
        if text and len(text) <= _MAX_TITLE_CHARS and text not in found:
            found.append(text)
    return found


def titled_elements(tree) -> list:
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
    """The page's one ``<h1>`` that opens the article's text (``openings.opens_prose``), or None: the
    headline as the reader sees it, which a reworded sharing or tab title (written for search
    engines and sharing) does not replace."""
    leading = prose_h1s(tree, h1s)
    return leading[0] if len(leading) == 1 else None


def prose_h1s(tree, h1s: list | None = None) -> list:
    """The page's ``<h1>`` elements that open a column of prose (``openings.opens_prose``): one on an
    article's page, several on a page of several posts."""
    return [element for element in (_H1(tree)[:_MAX_H1] if h1s is None else h1s)
            if not _is_logo(element) and not ASIDE(element) and opens_prose(element, bare=True)]


def marked_post_title(h1s: list) -> str | None:
    """The text of the one ``<h1>`` among ``h1s`` that the page names as its post's or article's title
    (``_POST_TITLE_NAMES``, or ``itemprop="headline"``), not a logo nor set in an aside; else None.
    Evidence of the headline where a tab title tells of none (a theme's "Site – slogan")."""
    marked = [element for element in h1s
              if (_POST_TITLE_NAMES.search(f"{element.get('class', '')} {element.get('id', '')}")
                  or "headline" in (element.get("itemprop") or "").split())
              and not _is_logo(element) and not ASIDE(element)]
    return heading_text(marked[0]) if len(marked) == 1 else None


def post_title_opening(tree) -> str | None:
    """The text of the one block or heading that the page's theme names as its post's or article's
    title (``_POST_TITLE_NAMES``: "entry-title", "post-title", "article-headline"; among
    ``titled_elements``), not a link, outside asides, navigation and footer, that opens the article's
    text with none of its prose before (``openings.opens_prose``) and is no standfirst: the headline as
    printed where no <h1> is one."""
    texts = {text for element in titled_elements(tree)
             if _POST_TITLE_NAMES.search(f"{element.get('class', '')} {element.get('id', '')}")
             and not ASIDE(element) and not _LINKS(element)
             and opens_prose(element, before_share=0.0, bare=True)
             and (text := heading_text(element)) and not _reads_as_standfirst(text)}
    return texts.pop() if len(texts) == 1 else None


def reads_as_label(tree, heading) -> bool:
    """``heading`` (a short ``<h1>``) is a section's, topic's or series' label rather than a headline:
    a link or set in one ("<h1><a href='/world'>World News</a></h1>"), named so by its class or id
    (section, category, rubric, topic, channel, tag), or its text is a link elsewhere on the page (the
    navigation's or the breadcrumb's "World News"). Read only for a short <h1> a longer title holds."""
    names = f"{heading.get('class', '')} {heading.get('id', '')} {heading.getparent().get('class', '')}" \
        if heading.getparent() is not None else f"{heading.get('class', '')} {heading.get('id', '')}"
    if _LINKS(heading) or LABEL_NAMES.search(names):
        return True
    key = " ".join(caseless(heading_text(heading) or "").split())  # a menu in capitals: "EKONOMİ"
    return any(" ".join(caseless(link.text_content()).split()) == key
               for link in tree.getroottree().iter("a") if link.get("href") is not None)


def named_as_title(tree, heading) -> bool:
    """``heading`` is named as a title or headline by a class or id token ("hero__title", "feature-title",
    "longform-headline") and reads as no section's or series' label (``reads_as_label``)."""
    names = f" {heading.get('class') or ''} {heading.get('id') or ''} "
    return bool(_TITLED_NAMES.search(names)) and not reads_as_label(tree, heading)


_IN_ARTICLE = XPath("ancestor::article")


def teaser_heading(element, path: str) -> bool:
    """``element`` (an ``<h2>``/``<h3>``) heads a teaser of another story, not the page's: set in an aside,
    the navigation or the footer, or a link to another page than the one at ``path`` (a related or most-read
    list; a theme's post title linked to its own page stays)."""
    if ASIDE(element):
        return True
    for link in _LINKS(element):
        target = urlsplit((link.get("href") or "").strip()).path.rstrip("/")
        if target and not path.endswith(target):
            return True
    return False


def named_post_title(heading) -> bool:
    """``heading`` is named as the post's or article's title (``_POST_TITLE_NAMES``: "entry-title",
    "article-title"; ``itemprop="headline"``), or as the headline by a class of that one word."""
    if heading is None:
        return False
    names = f"{heading.get('class', '')} {heading.get('id', '')}"
    return bool(_POST_TITLE_NAMES.search(names)) or "headline" in names.casefold().split() \
        or "headline" in (heading.get("itemprop") or "").split()


def story_heading(tree, heading) -> bool:
    """``heading`` (the short <h1> over the article's text) is printed as the story's own: set inside its
    ``<article>`` or named as the post's title or headline (``_POST_TITLE_NAMES``, ``itemprop="headline"``),
    outside asides, navigation and footer, and no label (``reads_as_label``); a section's name over the
    column stands outside the story's element. Read only where no title tells of the <h1>."""
    names = f"{heading.get('class', '')} {heading.get('id', '')}"
    return bool(_IN_ARTICLE(heading) or _POST_TITLE_NAMES.search(names)
                or "headline" in (heading.get("itemprop") or "").split()) \
        and not ASIDE(heading) and not reads_as_label(tree, heading)


def marked_headline(tree) -> str | None:
    """The text of the element the page marks as its headline (``itemprop="headline"``, not a <meta>),
    where it marks one text only outside asides, navigation and footer."""
    marked = {text for element in _MARKED(tree) if element.tag != "meta" and not ASIDE(element)
              and (text := heading_text(element))}
    return marked.pop() if len(marked) == 1 else None


def headline_evidence(tree) -> list[str]:
    """Where the page prints its headline when no ``<h1>`` is one (``cleaner.title.titles`` takes the first
    that agrees with a title the page states): the text of the element it marks as the headline
    (``itemprop="headline"``, where it marks one text only outside asides, navigation and footer),
    then the first ``<h2>`` or ``<h3>`` that opens the article's text (``openings.opens_prose``: a
    heading over a column of prose, with none of it before: not a subheading after the lead nor a teaser's),
    unless it is the standfirst."""
    found = [marked] if (marked := marked_headline(tree)) else []
    for element in _SUBHEADINGS(tree)[:_MAX_OPENING]:
        if ASIDE(element) or _LINKS(element) or not opens_prose(element, before_share=0.0):
            continue
        text = heading_text(element)
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if _STANDFIRST_NAMES.search(names) or _reads_as_standfirst(text):
            break  # below the headline
        if DATE_NAMES.search(names):
            continue  # the day's date over a blog's post, a byline
        if text and 3 <= len(title_words(text)) <= _MAX_HEADLINE_WORDS and text not in found:
            found.append(text)
        break
    return found


_DEK_TAGS = ("p", "div", "span", "h2")


def standfirst_after(heading) -> str | None:
    """The text of the element right after ``heading`` (the <h1> over the text) where it is printed as a
    standfirst: a paragraph, or an element a class names so ("spot", "summary", "lead", "dek"), no link
    and no heading named as a title (a headline under a kicker's <h1> is one)."""
    following = heading.getnext() if heading is not None else None
    if following is None or following.tag not in _DEK_TAGS or _LINKS(following):
        return None
    names = f"{following.get('class', '')} {following.get('id', '')}"
    if following.tag != "p" and not (_STANDFIRST_NAMES.search(names) or _SPOT_NAMES.search(names)):
        return None
    return None if _TITLED_NAMES.search(f" {names} ") else clean_inline(following.text_content()) or None


def _reads_as_standfirst(text: str | None) -> bool:
    """A sentence of ``_STANDFIRST_WORDS`` words or more, ended by a full stop: a standfirst set as a
    heading ("The council voted on Monday to ... after a year of dispute.")."""
    return bool(text) and text.rstrip().endswith(".") and len(WORD.findall(text)) >= _STANDFIRST_WORDS
