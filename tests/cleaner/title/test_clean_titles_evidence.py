"""Where the headline lives when no <h1> is it (issue 14): the search-engine <title> and the sharing
title are reworded, and the page prints its headline as an element marked ``itemprop="headline"``
or as the heading over the article's text. Pages built like real ones (schema.org microdata,
WordPress and Blogger-style post headings, JSON-LD beside them), and the headings that must not be
taken for the headline: a subheading amid the text, an unrelated heading, a teaser, a piece of a
headline set as two headings. Also: a sharing title that drops the headline's first word gives way
to the headline the page and its tab title agree on."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SEO = "Harbour budget 2024: council approves €4m plan"
HEADLINE = "Council backs harbour spending after long dispute"
PROSE = "".join(f"<p>The council voted on Monday to back the harbour budget, point {n} of the report said "
                "after months of argument between the parties.</p>" for n in range(6))
HEAD = (f"<head><title>{SEO} | Quayside Chronicle</title>"
        f'<meta property="og:title" content="{SEO}">'
        '<meta property="og:site_name" content="Quayside Chronicle"></head>')
MASTHEAD = ('<header class="site-header"><div class="logo"><a href="/">Quayside Chronicle</a></div>'
            '<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
            "</header>")
URL = "https://www.quaysidechronicle.example/politics/harbour-budget"


def _title(body: str, head: str = HEAD) -> str | None:
    return page_metadata(lxml_html.fromstring(f"<html>{head}<body>{body}</body></html>"), URL).title


def test_element_marked_as_the_headline_by_microdata() -> None:
    teaser = ('<aside><article itemscope itemtype="https://schema.org/NewsArticle">'
              '<h3 itemprop="headline"><a href="/ferry">Harbour ferry timetable changes this winter</a></h3>'
              "</article></aside>")
    body = (f'{MASTHEAD}<main><article itemscope itemtype="https://schema.org/NewsArticle">'
            f'<div class="article-head"><span class="category">Politics</span>'
            f'<h2 class="story-heading" itemprop="headline">{HEADLINE}</h2><p class="byline">By Ana Ruiz</p>'
            f'</div><div class="article-body" itemprop="articleBody">{PROSE}</div></article>{teaser}</main>')
    assert _title(body) == HEADLINE


def test_marked_headline_in_a_div_with_a_meta_copy() -> None:
    # The headline in a <div>; a <meta itemprop="headline"> in the body repeats the SEO title.
    body = (f'{MASTHEAD}<div class="content"><div itemscope itemtype="https://schema.org/Article">'
            f'<meta itemprop="headline" content="{SEO}">'
            f'<div class="heading-xl" itemprop="headline">{HEADLINE}</div>{PROSE}</div></div>')
    assert _title(body) == HEADLINE


def test_heading_over_the_text_of_a_blog_post() -> None:
    body = (f'{MASTHEAD}<div class="main"><div class="post"><h3 class="post-heading">{HEADLINE}</h3>'
            f'<div class="post-meta">Posted by Ana Ruiz</div><div class="post-body">{PROSE}</div></div>'
            '<div class="sidebar"><h2>Archive</h2><ul><li>2024</li></ul></div></div>')
    assert _title(body) == HEADLINE


def test_post_heading_under_the_days_date() -> None:
    # A blog's date header opens the text before the post's heading.
    body = (f'{MASTHEAD}<div class="main"><h2 class="date-header"><span>Friday, 12 April 2024</span></h2>'
            f'<div class="post"><h3 class="post-heading">{HEADLINE}</h3>'
            f'<div class="post-body">{PROSE}</div></div></div>')
    assert _title(body) == HEADLINE


def test_json_ld_headline_agrees_with_a_plain_heading() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "datePublished": "2024-04-12T09:00:00+01:00"}
    head = HEAD.replace("</head>", f'<script type="application/ld+json">{json.dumps(ld)}</script></head>')
    body = (f"{MASTHEAD}<main><section><div><h2>Latest</h2></div></section>"
            f"<div class=\"story\"><h2>{HEADLINE}</h2>{PROSE}</div></main>")
    assert _title(body, head) == HEADLINE


def test_headings_that_are_not_the_headline() -> None:
    # An unrelated heading over the text, a subheading amid it, a teaser's linked heading: the
    # sharing title stays.
    unrelated = f"{MASTHEAD}<main><div class=\"story\"><h2>What we know so far today</h2>{PROSE}</div></main>"
    amid = (f"{MASTHEAD}<main><div class=\"story\">{PROSE[:600]}<h2>{HEADLINE}</h2>{PROSE[600:]}"
            f"{PROSE}</div></main>")
    linked = (f'{MASTHEAD}<main><div class="story"><h2><a href="/other">{HEADLINE}</a></h2>{PROSE}</div>'
              "</main>")
    # A subheading after the lead paragraph, the headline in an unnamed block: the sharing title is it.
    first, rest = PROSE.split("</p>", 1)
    lead = (f'{MASTHEAD}<main><div class="story"><div class="hed">{SEO}</div>{first}</p>'
            f"<h2>Why the harbour budget 2024 matters</h2>{rest}</div></main>")
    for body in (unrelated, amid, linked, lead):
        assert _title(body) == SEO


def test_standfirst_over_the_text_is_not_the_headline() -> None:
    # The headline in an unnamed block, the standfirst an <h2> that shares the title's words.
    standfirst = ("The council voted on Monday to approve the harbour budget 2024 after a year of dispute "
                  "over the plan")
    body = (f"{MASTHEAD}<main><div class=\"story\"><div class=\"hed\">{SEO}</div>"
            f'<h2 class="article-dek">{standfirst}</h2>{PROSE}</div></main>')
    assert _title(body) == SEO
    # Unnamed, it reads as one: a sentence ended by a full stop.
    assert _title(body.replace(' class="article-dek"', "").replace("over the plan", "over the plan.")) == SEO


def test_piece_of_a_headline_set_as_two_headings() -> None:
    head = ("<head><title>The Open Harbour Project: Better Port Journalism — Quayside</title>"
            '<meta property="og:title" content="The Open Harbour Project: Better Port Journalism"></head>')
    body = f'<div class="section"><h2>Open Harbour Project:</h2><h4>Better Port Journalism</h4>{PROSE}</div>'
    assert _title(body, head) == "The Open Harbour Project: Better Port Journalism"


def test_sharing_title_without_the_headlines_first_word() -> None:
    headline = "The seven secrets that harbour masters don't want you to know"
    head = (f"<head><title>{headline} | Quayside Chronicle</title>"
            '<meta property="og:title" content="Seven secrets that harbour masters don\'t want you to know">'
            '<meta property="og:site_name" content="Quayside Chronicle"></head>')
    body = f'{MASTHEAD}<div class="page"><h1>{headline}</h1><div class="sidebar">{PROSE}</div></div>'
    assert _title(body, head) == headline
    # With no tab title to agree, the <h1>'s first word still is no kicker (the rest goes on in lower case).
    head = head.replace(f"<title>{headline} | Quayside Chronicle</title>", "")
    assert _title(body, head) == headline
    # Nor in Title Case, where only the word's length tells an article from a run-in kicker.
    title_case = "The Seven Secrets That Harbour Masters Don't Want You To Know"
    shared = title_case.removeprefix("The ")
    head = f'<head><meta property="og:title" content="{shared}"></head>'
    assert _title(body.replace(headline, title_case), head) == title_case
    assert _title(body.replace(headline, f"Brexit {shared}"), head) == shared


def test_titles_that_name_only_the_site_give_way_to_the_heading_over_the_text() -> None:
    # A small site's CMS writes its name into every page's tab and sharing title; the story's headline
    # is an <h2> over its text, or an element marked as the headline.
    head = ("<head><title>Quayside Chronicle</title><meta property='og:title' content='Quayside Chronicle'>"
            "</head>")
    for story in (f"<div class='story'><h2>{HEADLINE}</h2>{PROSE}</div>",
                  f"<div class='story'><div itemprop='headline'>{HEADLINE}</div>{PROSE}</div>"):
        assert _title(f"{MASTHEAD}<main>{story}</main>", head=head) == HEADLINE
    # No heading over the text: the site's name is all there is.
    assert _title(f"{MASTHEAD}<main><div>{PROSE}</div></main>", head=head) == "Quayside Chronicle"
