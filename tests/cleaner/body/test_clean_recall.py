"""Subheadings the fast pass dropped, put back before the text they head
(cleaner.body.recall.with_headings)."""

from __future__ import annotations

from helpers import live_entry, news_page, report_line
from lxml import html as lxml_html

from cleaner.body.recall import with_headings

FIRST = "The plan sets out what each household should eat in a week, with a shopping list for each day."
MEAL = "Eat the first meal an hour before your workout, with a glass of water and some fruit."
DINNER = "Dinner is a bowl of rice with vegetables and a piece of grilled fish or tofu on the side."


def test_a_heading_with_a_picture_before_its_text_is_put_back() -> None:
    """Section heading, a paragraph holding only its picture, then the section's text: the heading
    comes back before that text, and before a kept subheading too."""
    container = lxml_html.fromstring(
        f'<div class="post"><p>{FIRST}</p><h2>Menu for Plan A</h2>'
        '<p><a href="/a.jpg"><img src="/a.jpg"></a></p>'
        f'<p>{MEAL}</p><h2>Menu for Plan B</h2><p><img src="/b.jpg"></p><h3>Dinner</h3><p>{DINNER}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}\nDinner\n{DINNER}", container).split("\n") == \
        [FIRST, "Menu for Plan A", MEAL, "Menu for Plan B", "Dinner", DINNER]


def test_a_heading_is_not_put_back_across_other_text_or_twice() -> None:
    """Between the heading and the kept text stands a byline or a widget's link (not blocks the rule
    reads): the heading is a headline or the widget's title and stays out. A heading the fast pass
    kept in part is not added again whole."""
    headline = "Babies who eat peanuts early may avoid the allergy"
    bylined = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><h2>{headline}</h2><div class="author">By Ann Lee, Health News</div>'
        f'<h3></h3><p></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", bylined) == f"{FIRST}\n{MEAL}"
    widget = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><div class="rv-top"><h3>Watch: a minute of voice messages</h3>'
        f'<span>Share to Weibo</span></div><p><img src="/v.jpg"></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", widget) == f"{FIRST}\n{MEAL}"
    long_heading = "Five tips to enjoy game day parties while staying on track with your goals:"
    split = lxml_html.fromstring(f"<div><p>{FIRST}</p><h2>{long_heading}</h2><p>{MEAL}</p></div>")
    part = long_heading[20:]
    assert with_headings(f"{FIRST}\n{part}\n{MEAL}", split) == f"{FIRST}\n{part}\n{MEAL}"


def test_a_block_holding_only_a_script_is_no_text_between() -> None:
    container = lxml_html.fromstring(
        f'<div><p>{FIRST}</p><h3>Breakfast</h3><p><script>var slot = "ad";</script></p><p>{MEAL}</p></div>')
    assert with_headings(f"{FIRST}\n{MEAL}", container) == f"{FIRST}\nBreakfast\n{MEAL}"


SUMMARY = "The storm has left thousands without power; the council says the clean-up will take weeks."


def test_a_live_blog_whose_entries_are_articles_is_read_whole() -> None:
    """Each entry of a live blog its own ``<article>``: the fast pass read the first entry alone (the
    first ``<article>`` of a page is its body to trafilatura), long enough not to look like a teaser;
    the page around the entries is the article, and the entries are read as its blocks, with the
    summary above them."""
    from cleaner.extract import extract

    paragraphs = ["".join(f"<p>{line}</p>" for line in live_entry(n)) for n in range(12)]
    entries = "".join(f'<article class="live-post"><header><time>10:{n:02d}</time><h2>Rain at {n}</h2>'
                      f"</header>{text}</article>" for n, text in enumerate(paragraphs))
    headline = "<h1>Storm live: latest updates</h1>"
    for page in (news_page(f'<main>{headline}<div class="summary"><p>{SUMMARY}</p></div>{entries}</main>'),
                 news_page(f'<main>{headline}<p>{SUMMARY}</p><div class="feed">{entries}</div></main>')):
        lines = extract(page).text.splitlines()
        assert SUMMARY in lines
        assert [line for line in lines if line.startswith("Update")] == [line for n in range(12)
                                                                         for line in live_entry(n)]


def test_an_article_without_kin_is_still_the_container() -> None:
    from cleaner.body.containers import container_of

    tree = lxml_html.fromstring(f'<div><article class="story"><p>{FIRST}</p></article>'
                                f'<article class="teaser"><p>{MEAL}</p></article></div>')
    assert container_of(tree.find(".//p")).get("class") == "story"
    kin = lxml_html.fromstring(f'<main><article class="post"><p>{FIRST}</p></article>'
                               f'<article class="post"><p>{MEAL}</p></article></main>')
    assert container_of(kin.find(".//p")).tag == "main"


_story = report_line


def test_a_body_split_over_sibling_blocks_is_read_whole() -> None:
    """No ``<article>`` or ``<main>``: the first paragraphs in one block, the rest in the next, named
    or styled like furniture the fast pass drops ("article-bottom", "link", a border). The block
    around both is the container, so the cut is noticed and the rest read."""
    from cleaner.extract import extract

    first = "".join(f"<p>{_story(n)}</p>" for n in range(3))
    rest = "".join(f"<p>{_story(n)}</p>" for n in range(3, 25))
    for second in ('<div class="article-bottom">', '<div class="link">',
                   '<div style="border-top: 1px solid">'):
        page = (f"<html><body><nav><a href='/'>Home</a></nav><h1>Housing rules</h1><div class='story'>"
                f"<div class='intro'>{first}</div>{second}{rest}</div></div><footer><p>About us</p></footer>"
                "</body></html>")
        assert extract(page).text.splitlines() == [_story(n) for n in range(25)], second


def test_the_parent_block_stays_the_container_when_no_prose_block_follows_it() -> None:
    from cleaner.body.containers import container_of

    tree = lxml_html.fromstring(
        f'<div class="page"><div class="body"><p>{FIRST}</p><p>{MEAL}</p></div>'
        f'<div class="rest"><p>{DINNER}</p></div><div><ul><li><p>{MEAL}</p></li><li><p>{FIRST}</p></li></ul>'
        '</div></div>')
    assert container_of(tree.find(".//p")).get("class") == "body"
    tree.find(".//div[@class='rest']").append(lxml_html.fromstring(f"<p>{FIRST}</p>"))
    assert container_of(tree.find(".//p")).get("class") == "page"


def test_the_last_paragraphs_dropped_with_a_block_named_like_furniture_are_read() -> None:
    """Fourteen paragraphs kept, the last six in a block the fast pass drops ("article-bottom"): a
    fifth of the article's prose missing is a cut, not only two fifths."""
    from cleaner.extract import extract

    kept = "".join(f"<p>{_story(n)}</p>" for n in range(14))
    bottom = "".join(f"<p>{_story(n)}</p>" for n in range(14, 20))
    page = (f"<html><body><article><h1>Housing rules</h1>{kept}<div class='article-bottom'>{bottom}</div>"
            "</article><footer><p>About us</p></footer></body></html>")
    assert extract(page).text.splitlines() == [_story(n) for n in range(20)]


def test_live_entries_without_a_main_block_are_read_from_their_feed() -> None:
    """The teaser and lead in one block, the entries (each an ``<article>``) in the next, no
    ``<main>``: the fast pass read the first entry alone; the feed of entries is read whole."""
    from cleaner.extract import extract

    paragraphs = ["".join(f"<p>{line}</p>" for line in live_entry(n)) for n in range(12)]
    entries = "".join(f'<article class="live-entry"><time>10:{n:02d}</time><h3>Rain at {n}</h3>{text}'
                      "</article>" for n, text in enumerate(paragraphs))
    page = (f"<html><body><div class='top'><h1>Storm live</h1><div class='teaser'><p>{SUMMARY}</p></div>"
            f"</div><div class='feed'>{entries}</div><footer><p>About us</p></footer></body></html>")
    lines = extract(page).text.splitlines()
    assert [line for line in lines if line.startswith("Update")] == [line for n in range(12)
                                                                     for line in live_entry(n)]


def test_other_stories_after_the_article_do_not_widen_its_container() -> None:
    """A blog's posts share class words ("post hentry"): the teasers of other posts after the article
    are no entries of it; nor is a block of related stories the rest of its body."""
    from cleaner.body.containers import container_of

    posts = lxml_html.fromstring(
        f'<div id="primary"><article class="post hentry post-1"><p>{FIRST}</p><p>{MEAL}</p></article>'
        f'<article class="post hentry post-2"><p>{DINNER}</p><p>{MEAL}</p></article></div>')
    assert container_of(posts.find(".//p")).get("class") == "post hentry post-1"
    related = lxml_html.fromstring(
        f'<div class="page"><div class="body"><p>{FIRST}</p></div>'
        f'<div class="related-stories"><p>{DINNER}</p><p>{MEAL}</p></div></div>')
    assert container_of(related.find(".//p")).get("class") == "body"


def test_a_teaser_card_set_as_an_article_before_the_story_is_not_the_body() -> None:
    """Another story's card, an ``<article>`` long enough not to look like a teaser, before the
    story's own ``<article>`` with the headline: the fast pass read the card as the body."""
    from cleaner.extract import extract

    card = "".join(f"<p>{line.replace('Update', 'Elsewhere')}</p>" for line in live_entry(1))
    story = "".join(f"<p>{_story(n)}</p>" for n in range(20))
    page = (f"<html><body><header><h1 class='logo'>Daily News</h1></header><div class='top'>"
            f"<article class='card'><h2><a href='/other'>Other story</a></h2>{card}</article></div>"
            f"<article class='story'><h1>Housing rules</h1>{story}</article></body></html>")
    result = extract(page)
    assert result.text.splitlines() == [_story(n) for n in range(20)]
    assert result.extractor == "trafilatura:headline"


def test_a_card_inside_the_story_or_a_page_without_a_headline_article_changes_nothing() -> None:
    from cleaner.body.containers import headline_article

    inside = lxml_html.fromstring(f"<html><body><article><h1>Story</h1><p>{FIRST}</p>"
                                  f"<article class='card'><p>{MEAL}</p></article></article></body></html>")
    assert headline_article(inside.xpath("//article[@class='card']/p")[0]) is None
    assert headline_article(inside.xpath("//p")[0]) is None
    no_headline = lxml_html.fromstring(f"<html><body><h1>Story</h1><article class='card'><p>{MEAL}</p>"
                                       f"</article><article><p>{FIRST}</p></article></body></html>")
    assert headline_article(no_headline.xpath("//p")[0]) is None


def test_the_next_story_an_endless_page_appends_is_no_live_entry() -> None:
    """Two stories of one class one after the other, each with its ``<h1>`` (an endless page's next
    story): the first is the container, not the block around both (whose balanced reading would
    bring the second in when the first looks cut short)."""
    from cleaner.body.containers import container_of

    first = "".join(f"<p>{_story(n)}</p>" for n in range(12))
    second = "".join(f"<p>{line}</p>" for n in range(4) for line in live_entry(n))
    page = (f"<html><body><main><article class='story'><h1>Housing rules</h1>{first}</article>"
            f"<article class='story'><h1>Storm in the north</h1>{second}</article></main></body></html>")
    tree = lxml_html.fromstring(page)
    assert container_of(tree.find(".//p")).get("class") == "story"
