"""Page metadata (title, authors, canonical URL, publication time) from meta tags, JSON-LD, the
page's headline and bylines, and htmldate, using trafilatura's helpers.

Lighter than ``trafilatura.extract_metadata``: it skips categories, tags and licence, reads the
publication time the page states before asking htmldate, and reads authors as ``cleaner.author.authors``
does (bylines only where the meta tags and JSON-LD name nobody, or one person among several).
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime, tzinfo

from lxml.etree import XPath
from pydantic import BaseModel, Field

from cleaner.author.authors import page_authors
from cleaner.author.claim_authors import claim_authors
from cleaner.date.dates import page_time
from cleaner.jsonld import article_ld
from cleaner.ld_meta import meta_json
from cleaner.title.page_titles import PageTitles
from cleaner.title.sitenames import copyright_names, may_name_site, page_site_names, site_keys, title_affixes
from core.text import clean_inline

_TAB_TITLE = XPath("//head/title")


class PageMetadata(BaseModel):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    canonical_url: str | None = None
    published_at: datetime | None = None
    article_body: str | None = None  # JSON-LD articleBody, for cleaner.body.article_body.from_article_body
    # The outlet's name (JSON-LD publisher, og:site_name): the author of a story no one signs.
    outlet: str | None = None


def page_metadata(tree, url: str | None = None, tz: tzinfo | None = None,
                  fetched_at: datetime | None = None) -> PageMetadata:
    """Metadata of a parsed page (``lxml.html`` tree); missing fields are None / empty. Naive
    times are read in ``tz`` (the source's time zone) where the page gives no offset; a day written
    without its year never after ``fetched_at`` (the fetch, where known)."""
    from trafilatura.metadata import examine_meta, extract_url

    document = examine_meta(tree)
    # Malformed JSON-LD must not lose the page: the meta tags still count.
    with suppress(Exception):
        document = meta_json(tree, document)
    ld = article_ld(tree)
    claims = claim_authors(tree)
    canonical = document.url or extract_url(tree, url)
    tab = _TAB_TITLE(tree)
    tab_title = tab[0].text_content() if tab else None
    named = page_site_names(tree)  # the site's names the page gives besides og:site_name
    titles = PageTitles(tree, ld.headline)
    title = titles.choose(document.title or ld.headline, tab_title, document.sitename or ld.publisher,
                          canonical or url, named)
    if may_name_site(title) and (more := copyright_names(tree)):  # still a segment to tell apart
        named += more
        title = titles.choose(document.title or ld.headline, tab_title, document.sitename or ld.publisher,
                              canonical or url, named)
    # Naive times: the source's zone, else the page's own evidence, else its country's (cleaner.date.dates).
    published = page_time(tree, canonical or url, tz, ld.published, ld.modified, fetched_at)
    return PageMetadata(
        title=clean_inline(title),
        # (a fact-check's claimant is no author of it: cleaner.author.claim_authors)
        authors=page_authors(tree, claims.without_claimants(document.author, ld.authors),
                             ld.authors or claims.reviewers,
                             site_keys(document.sitename or ld.publisher, canonical or url, *named,
                                       *title_affixes(tab_title, title)),
                             ld.organizations, ld.author_urls, ld.persons),
        canonical_url=canonical,
        published_at=published,
        article_body=ld.body,
        outlet=outlet_name(ld.publisher, document.sitename) or _public_body_beside(tab_title, title),
    )


# An outlet's name is a few words; a domain ("www.example.com") or a slogan is not how it signs.
_MAX_OUTLET_WORDS = 5
# ... but for a public body's, which its press releases are signed with, named in full ("The Ministry of
# Foreign Affairs of the Russian Federation", "Permanent Mission of ... to the United Nations").
_MAX_BODY_WORDS = 12
_PUBLIC_BODY = re.compile(
    r"\b(?:ministry|ministère|ministerio|ministério|ministero|ministerium|department|embassy|consulate|"
    r"permanent mission|government|presidency|commission|secretariat|united nations|министерство|"
    r"міністерство|посольство|постоянное представительство|правительство|nazirliyi|bakanlığı)\b",
    re.IGNORECASE)
# ... and a national agency's, an authority's, a council's, named in full as its og:site_name
# ("Bundesamt für Sicherheit in der Informationstechnik", "Agence nationale de la sécurité des systèmes
# d'information"); not read in the tab title, where such words name many an outlet's section.
_AGENCY = re.compile(
    r"\b(?:agency|agence|agencia|agência|agenzia|bundesamt|landesamt|bundesministerium|behörde|bureau|"
    r"authority|autorité|autoridad|centre|center|council|conseil|consejo|organization|organisation|"
    r"агентство|служба|комитет|совет)\b", re.IGNORECASE)


def outlet_name(*names: str | None) -> str | None:
    """The first of ``names`` (JSON-LD publisher, og:site_name) that reads as an outlet's name."""
    for name in names:
        name = clean_inline(name)
        if not name or name.casefold().startswith(("www.", "http")):
            continue
        words = len(name.split())
        if words <= _MAX_OUTLET_WORDS or (words <= _MAX_BODY_WORDS and not any(c in name for c in ",.!?|")
                                          and (_PUBLIC_BODY.search(name) or _AGENCY.search(name))):
            return name
    return None


# The tab title's segments: "Headline | Ministry of Foreign Affairs of Japan", "Заголовок - Министерство ...".
_TAB_SEGMENTS = re.compile(r"\s+[|\-–—·•:]\s+|\s*[｜|]\s*")


def _public_body_beside(tab_title: str | None, headline: str | None) -> str | None:
    """A public body's name (see ``_PUBLIC_BODY``) beside the ``headline`` at either end of the tab
    title, where no JSON-LD publisher nor og:site_name names the outlet: a ministry's, an embassy's
    press release states it nowhere else, and it signs the release."""
    if not tab_title or not headline or _PUBLIC_BODY.search(tab_title) is None:  # cheap: most pages
        return None
    segments = [segment.strip() for segment in _TAB_SEGMENTS.split(clean_inline(tab_title) or "")]
    if len(segments) < 2 or (clean_inline(headline) or "") not in (segments[0], segments[-1]):
        return None
    side = segments[-1] if segments[0] == clean_inline(headline) else segments[0]
    return outlet_name(side) if _PUBLIC_BODY.search(side) else None
