"""A grid of cards of the site's other stories in <main> after the story, with no heading of their
own: each card a picture and a title linked to another story (a bare link, or a <p> in the link
around the picture), a one-sentence summary and a date. The precision pass kept the first cards'
summaries, and their titles where they read as lines. Three or more sibling cards of one tag and
class, found from their pictures, go (cleaner.body.teaser_cards._grid_cards); a gallery of the
story's own pictures, cards linking to other sites, and a story's own items of several paragraphs
stay."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE, news_page

from cleaner.extract import extract

URL = "https://example.com/news/2024/04/council-approves-the-budget"
TITLES = ["Harbour repairs", "Libraries to close", "New bus line", "Storm damage bill", "Schools reopen",
          "New planning head"]


def _summary(n: int) -> str:
    return f"The short summary of story {n}, a sentence long enough to be read as prose."


def _card(n: int, kind: str, site: str = "") -> str:
    href = f"{site}/news/2024/04/{TITLES[n].lower().replace(' ', '-')}"
    picture = f"<img src='/i{n}.jpg' alt=''>"
    summary = f"<p class='summary'>{_summary(n)}</p><span class='date'>{n + 1} April 2024</span>"
    if kind == "bare link":
        return (f"<div class='card'><a href='{href}'>{picture}</a>"
                f"<a class='title' href='{href}'>{TITLES[n]}</a>{summary}</div>")
    return f"<div class='card'><a href='{href}'>{picture}<p class='title'>{TITLES[n]}</p></a>{summary}</div>"


def _page(grid: str, wrap: bool) -> str:
    story = f"<div class='body'>{STORY_PROSE}</div>" if wrap else STORY_PROSE
    return news_page(f"<main><h1>Council approves the budget</h1>{story}<div class='grid'>{grid}</div>"
                     "</main>")


@pytest.mark.parametrize("kind", ["bare link", "title in the picture's link"])
@pytest.mark.parametrize("wrap", [False, True])
def test_a_grid_of_other_stories_cards_goes(kind: str, wrap: bool) -> None:
    text = extract(_page("".join(_card(n, kind) for n in range(6)), wrap), URL).text
    assert "summary of story" not in text and not any(title in text.split("\n") for title in TITLES)
    assert "Paragraph 0 of the story" in text and "Paragraph 5 of the story" in text


def test_cards_linking_to_other_sites_stay() -> None:
    grid = "".join(_card(n, "bare link", "https://other.org") for n in range(6))
    text = extract(_page(grid, True), URL).text
    assert _summary(0) in text


def test_the_storys_own_blocks_of_a_picture_and_a_paragraph_stay() -> None:
    lines = [f"Picture {n} of the story shows the council chamber during the long debate on the budget, and "
             "the members who voted, says <a href='/news/2024/03/budget-plan'>the plan</a>, which the "
             "council wrote last year." for n in range(4)]
    blocks = "".join(f"<div class='chapter'><img src='/p{n}.jpg' alt=''><p>{line}</p></div>"
                     for n, line in enumerate(lines))
    page = news_page(f"<main><h1>Council approves the budget</h1><div class='body'>{STORY_PROSE}"
                     f"{blocks}</div></main>")
    text = extract(page, URL).text  # the precision pass keeps the first two
    assert "Picture 0 of the story" in text and "Picture 1 of the story" in text


def test_a_list_storys_own_items_stay() -> None:
    items = "".join(f"<div class='item'><a href='/places/{n}-harbour-town'><img src='/i{n}.jpg'></a>"
                    f"<h2><a href='/places/{n}-harbour-town'>Harbour town number {n}</a></h2>"
                    + "".join(f"<p>Place {n}, line {k}: a paragraph of the list story, long enough to be "
                              "prose, about the town and its harbour.</p>" for k in range(4)) + "</div>"
                    for n in range(5))
    page = news_page(f"<main><h1>Five harbour towns</h1><div class='list'>{items}</div></main>")
    text = extract(page, URL).text
    assert all(f"Place {n}, line 3:" in text for n in range(5))
