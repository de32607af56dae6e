"""A live blog whose teaser and lead stand in the story's ``<article>`` and whose entries follow it as
a list (``<ul class="live-entries"><li class="entry">`` with a time, with or without a heading): the
block around both is the container (cleaner.body.next_blocks._continues), and the entries, read as
blocks (cleaner.body.body_documents._entries_as_blocks), come in as paragraphs. Lists after the
article that are no entries (related stories, plain lists, comments) do not widen it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

SENTENCES = {
    "en": ("The storm reached the coast at {n} o'clock and the ferries stayed in port all afternoon.",
           "Officials said the shelters would stay open overnight and asked people to avoid the roads."),
    "de": ("Der Sturm erreichte die Küste um {n} Uhr, die Fähren blieben den ganzen Nachmittag im Hafen.",
           "Die Behörden ließen die Notunterkünfte über Nacht geöffnet und baten, die Straßen zu meiden."),
    "fr": ("La tempête a atteint la côte à {n} heures et les ferries sont restés au port tout l'après-midi.",
           "Les autorités ont laissé les abris ouverts pour la nuit et demandé d'éviter les routes."),
    "sv": ("Stormen nådde kusten klockan {n} och färjorna låg kvar i hamnen hela eftermiddagen.",
           "Myndigheterna höll skyddsrummen öppna över natten och bad folk att undvika vägarna."),
    "cs": ("Bouře dorazila k pobřeží v {n} hodin a trajekty zůstaly celé odpoledne v přístavu.",
           "Úřady nechaly přístřešky otevřené přes noc a vyzvaly lidi, aby se vyhnuli silnicím."),
}


def _line(lang: str, n: int) -> str:
    first, second = SENTENCES[lang]
    return f"{first.format(n=n)} {second} {first.format(n=n + 20)}"


def _page(lang: str, after: str) -> str:
    lead = "".join(f"<p>{_line(lang, n)}</p>" for n in range(2))
    return (f"<html lang='{lang}'><head><title>Storm</title></head><body><header><nav><a href='/'>Home</a>"
            f"<a href='/news'>News</a></nav></header><article><h1>Storm live</h1>"
            f"<div class='article-body'>{lead}</div></article>{after}"
            "<footer><p>About us</p></footer></body></html>")


def _entries(lang: str, headed: bool) -> str:
    items = "".join(f"<li class='entry'><span class='time'>{10 + n}:00</span>"
                    + (f"<h3>Update {n}</h3>" if headed else "") + f"<p>{_line(lang, n)}</p></li>"
                    for n in range(2, 14))
    return f"<ul class='live-entries'>{items}</ul>"


@pytest.mark.parametrize("headed", [False, True])
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_live_blogs_entries_listed_after_its_article_are_read(lang: str, headed: bool) -> None:
    from cleaner.extract import extract

    text = extract(_page(lang, _entries(lang, headed)), f"https://news.example/{lang}/storm-live").text
    assert [line for line in text.splitlines() if len(line) > 40] == [_line(lang, n) for n in range(14)]


def test_lists_after_the_article_that_hold_no_entries_do_not_widen_it() -> None:
    from cleaner.body.containers import container_of

    prose = "<p>" + _line("en", 7) + "</p>"
    after = (
        "<ul class='related'>" + "".join(f"<li class='entry'><h3><a href='/s{n}'>Story {n}</a></h3>"
                                         f"{prose}</li>" for n in range(4)) + "</ul>",
        "<ul>" + "".join(f"<li>{prose}</li>" for _ in range(4)) + "</ul>",
        "<ol class='comments'>" + "".join(f"<li class='comment'><b>Ann</b>{prose}</li>"
                                          for _ in range(4)) + "</ol>",
        "<ul class='more-stories'>" + "".join(f"<li class='post'><time>10:00</time>{prose}</li>"
                                              for _ in range(4)) + "</ul>",
    )
    for block in after:
        tree = lxml_html.fromstring(_page("en", block))
        assert container_of(tree.find(".//article//p")).tag == "article", block[:40]
