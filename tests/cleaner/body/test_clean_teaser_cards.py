"""Teaser cards of other stories kept in the body (cleaner.body.teaser_cards.without_teaser_cards)."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

STORY = article_lines(8)
GERMAN = [f"Absatz {n}: Der Gemeinderat hat am Dienstag lange über die Sanierung der alten Brücke beraten "
          f"und die Pläne der Verwaltung gebilligt, obwohl die Kosten {n} Millionen Euro übersteigen."
          for n in range(8)]


def _page(body: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><header><nav>"
            "<a href='/'>Home</a> <a href='/news'>News</a></nav></header><main><article>"
            "<h1>Council passes the budget after a long night</h1><div class='byline'>By Ann Lee</div>"
            f"<div class='article-body'>{body}</div></article></main>"
            "<footer><p>About us</p></footer></body></html>")


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _card(tag: str, heading: str, summary: str, href: str = "/news/other-story-123") -> str:
    return f"<{tag} class='box'><h3><a href='{href}'>{heading}</a></h3><p>{summary}</p></{tag}>"


def test_a_read_also_box_between_the_paragraphs_is_left_out() -> None:
    cases = {
        "English": (STORY, _card("div", "Schools in the north are full",
                                 "Parents in the northern district have waited years for a new school.")),
        "German": (GERMAN, _card("section", "Die Brücke bleibt bis Juli gesperrt",
                                 "Autofahrer müssen noch Monate einen Umweg über die Ringstraße nehmen.")),
        "Norwegian, the link around the heading": (
            STORY, "<div class='les-ogsa'><a href='/nyheter/annen-sak'><h4>Les også: Skolene i nord er fulle"
                   "</h4></a><p>Foreldrene i bydelen har ventet i mange år på en ny skole.</p></div>"),
    }
    for why, (story, card) in cases.items():
        page = _page(_paragraphs(story[:4]) + card + _paragraphs(story[4:]))
        assert extract(page).text.split("\n") == story, why


def test_the_column_of_other_stories_under_the_article_is_left_out() -> None:
    """Cards with a kicker in the heading and a summary each, in a group after the body's paragraphs
    inside the article, where the fast pass keeps them."""
    cards = "".join(
        f"<div class='story-block'><h4 class='heading'><strong class='kicker'>Opinion</strong> "
        f"<a href='/opinion/column-{n}'>Column number {n} on the state of the roads</a></h4>"
        f"<a href='/opinion/column-{n}'><img src='/t{n}.jpg' alt=''></a>"
        f"<p class='standfirst'>WRITER {n} The roads of the district have not been repaired for years, "
        "and the budget will not change that soon.</p></div>" for n in range(3))
    page = _page(_paragraphs(STORY) + f"<div class='group'>{cards}</div>")
    assert extract(page).text.split("\n") == STORY


def test_sections_list_entries_and_a_short_post_under_its_title_stay() -> None:
    # A section under a heading linked to an anchor on the page (a table of contents' target).
    anchored = _page(_paragraphs(STORY[:4]) + "<div class='section'><h3><a href='#budget'>The vote</a></h3>"
                     f"<p>{STORY[4]}</p></div>" + _paragraphs(STORY[5:]))
    assert "The vote" in extract(anchored).text and STORY[4] in extract(anchored).text
    # A list article: its entries are cards, and they are the article.
    entries = [f"Game number {n} is a quiet puzzle game about a lighthouse keeper and his cat."
               for n in range(6)]
    listed = _page(f"<p>{STORY[0]}</p>" + "".join(
        _card("div", f"Lighthouse {n}", entry, href=f"https://shop.example/game-{n}")
        for n, entry in enumerate(entries)))
    text = extract(listed).text
    assert all(entry in text for entry in entries)
    # A card's block holding three paragraphs is a section of the story, not a teaser.
    long_block = _page(_paragraphs(STORY[:2]) + "<div class='part'><h3><a href='/topic/budget'>Budget</a>"
                       "</h3>" + _paragraphs(STORY[2:5]) + "</div>" + _paragraphs(STORY[5:]))
    assert extract(long_block).text.split("\n")[-6:] == STORY[2:]


def test_a_card_whose_summary_is_no_paragraph_is_left_out() -> None:
    """The summary in a <div> or a <span> (the precision pass drops it, recall puts the linked
    heading back, or keeps both): the heading and the summary go all the same."""
    summary = "Parents in the northern district have waited years for a new school, and the wait is not over."
    for holder in (f"<div class='summary'>{summary}</div>", f"<span>{summary}</span>"):
        card = (f"<div class='box'><h3><a href='/news/schools-9'>Schools in the north are full</a></h3>"
                f"{holder}</div>")
        page = _page(_paragraphs(STORY[:4]) + card + _paragraphs(STORY[4:]))
        assert extract(page).text.split("\n") == STORY, holder
