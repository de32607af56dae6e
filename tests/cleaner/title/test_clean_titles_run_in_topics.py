"""A topic run in before the headline with a colon in the sharing and tab titles ("Krieg in der
Ukraine: Headline", "Ukraine-Krieg: Headline"), which the page prints apart from the headline: as an
<h1> over an <h2> headline (a topline some CMSs set as the <h1>), or in an unnamed element over it
(issue 14). The headline is the heading the page prints, without the topic. A topic the kicker list
knows ("Liveblog") was cut before; a title whose rest the page does not print keeps its topic."""

from __future__ import annotations

import pytest

from cleaner.extract import extract
from cleaner.title.kickers import without_run_in

HEADLINE = "Russland greift Kiew in der Nacht mit Drohnen an"
URL = "https://www.quaysidechronicle.example/politik/98765"
PROSE = "".join(f"<p>Absatz {n} des Artikels, lang genug, um Prosa zu sein und keine Bildunterschrift oder "
                "ein Link, mit einem zweiten Satzteil.</p>" for n in range(6))
TOPICS = ["Ukraine-Krieg", "Krieg in der Ukraine", "Nahost"]


def _title(title: str, header: str, og: bool = True) -> str | None:
    sharing = f"<meta property='og:title' content='{title}'>" if og else ""
    page = (f"<html lang='de'><head><meta charset='utf-8'><title>{title} | Quayside</title>{sharing}</head>"
            f"<body><header><a href='/'>Quayside</a></header><main><article><header>{header}</header>{PROSE}"
            "</article></main></body></html>")
    return extract(page, URL).title


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("og", [True, False])
def test_topic_printed_apart_over_the_headline(topic: str, og: bool) -> None:
    title = f"{topic}: {HEADLINE}"
    assert _title(title, f"<h1 class='topline'>{topic}</h1><h2>{HEADLINE}</h2>", og) == HEADLINE
    assert _title(title, f"<span>{topic}</span><h2>{HEADLINE}</h2>", og) == HEADLINE


def test_a_title_whose_rest_the_page_does_not_print_keeps_its_topic() -> None:
    title = f"Krieg in der Ukraine: {HEADLINE}"
    assert _title(title, "<span>Krieg in der Ukraine</span><h2>Nachrichten aus aller Welt</h2>") == title


def test_without_run_in() -> None:
    assert without_run_in(f"Krieg in der Ukraine: {HEADLINE}") == HEADLINE
    assert without_run_in(HEADLINE) is None
    # A long opening is the headline's own clause, and a short rest is no headline.
    clause = "Der Stadtrat hat am Montag nach langem Streit beschlossen: Hafen wird saniert"
    assert without_run_in(clause) is None
    assert without_run_in("Brexit: Ja") is None
