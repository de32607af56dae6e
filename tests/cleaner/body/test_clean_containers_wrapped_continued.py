"""An ``<article>`` wrapped alone in a layout's blocks (a column in a row) that closes after the first
paragraphs, the rest of the body following after the wrappers: the block around the wrappers and
the rest is the container, so the cut is noticed and the rest read
(cleaner.body.containers._with_continuation); so too where the wrapper holds a sidebar of links
beside it. Teasers, comments or a biography after the wrappers, and a container that shares its
wrapper with a column of prose, do not widen it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

AD = "<div class='ad-slot'><span>Advertisement</span></div>"
SENTENCES = {
    "en": "The council said on day {n} that the eastern bus routes would get new vehicles before the winter.",
    "de": "Der Stadtrat teilte am Tag {n} mit, dass die Ostlinien vor dem Winter neue Busse bekommen.",
    "es": "El ayuntamiento anunció el día {n} que las líneas del este tendrán buses nuevos este invierno.",
    "ru": "Городской совет сообщил в день {n}, что восточные маршруты получат новые автобусы до зимы.",
    "vi": "Hội đồng thành phố cho biết ngày {n} rằng các tuyến xe buýt phía đông sẽ có xe mới trước Tết.",
}


def _lines(lang: str, start: int, end: int) -> list[str]:
    """Paragraphs of two sentences: the first three are more than a teaser's length."""
    return [f"{SENTENCES[lang].format(n=n)} {SENTENCES[lang].format(n=n + 100)}" for n in range(start, end)]


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(body: str) -> str:
    return ("<html><head><title>Buses</title></head><body><header><nav><a href='/'>Home</a>"
            f"<a href='/news'>News</a></nav></header>{body}<footer><p>About us</p></footer></body></html>")


def _wrapped(lang: str, after: str, beside: str = "") -> str:
    return (f"<div class='row'><div class='col-main'><article class='story'><h1>Buses</h1>"
            f"<div class='article-body'>{_paragraphs(_lines(lang, 0, 3))}</div></article></div>{beside}</div>"
            f"{AD}{after}")


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_body_going_on_after_the_wrappers_of_its_article_is_read(lang: str) -> None:
    from cleaner.extract import extract

    rest = f"<div class='wrap'><div class='story-rest'>{_paragraphs(_lines(lang, 3, 20))}</div></div>"
    text = extract(_page(_wrapped(lang, rest)), f"https://news.example/{lang}/buses").text
    assert text.splitlines() == _lines(lang, 0, 20)


def test_what_follows_the_wrappers_but_is_no_rest_does_not_widen_the_container() -> None:
    from cleaner.body.containers import container_of

    teaser = "<p>Another story about the region's council and its plans for the river site next year.</p>"
    after = (
        "<div class='more-stories'>" + teaser * 3 + "</div>",
        "<div class='grid'>" + "".join(f"<div><h3><a href='/s{n}'>Story {n}</a></h3>{teaser}</div>"
                                       for n in range(3)) + "</div>",
        "<div class='author-bio'>" + teaser * 2 + "</div>",
        "<div class='comments'>" + teaser * 3 + "</div>",
    )
    for block in after:
        tree = lxml_html.fromstring(_page(_wrapped("en", block)))
        assert container_of(tree.find(".//article//p")).get("class") == "story", block[:40]


@pytest.mark.parametrize("lang", ["de", "ru", "vi"])
def test_the_rest_is_read_where_the_wrapper_holds_a_sidebar_of_links_beside_the_article(lang: str) -> None:
    from cleaner.extract import extract

    rest = f"<div class='wrap'><div class='story-rest'>{_paragraphs(_lines(lang, 3, 20))}</div></div>"
    sidebar = ("<aside class='col-side'><h3>Most read</h3><ul><li><a href='/a'>Storm warning</a>"
               "</li><li><a href='/b'>Council budget approved</a></li></ul></aside>")
    text = extract(_page(_wrapped(lang, rest, beside=sidebar)), f"https://news.example/{lang}/buses").text
    assert text.splitlines() == _lines(lang, 0, 20)


def test_a_container_beside_a_column_of_prose_in_its_wrapper_stays_itself() -> None:
    from cleaner.body.containers import container_of

    rest = f"<div class='wrap'>{_paragraphs(_lines('en', 3, 20))}</div>"
    column = ("<div class='col-side'><p>Another story about the region's council and its plans for the river "
              "site next year, with a word from the mayor.</p></div>")
    tree = lxml_html.fromstring(_page(_wrapped("en", rest, beside=column)))
    assert container_of(tree.find(".//article//p")).get("class") == "story"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_rest_is_read_after_three_or_four_nested_wrappers(lang: str) -> None:
    from cleaner.extract import extract

    opening = f"<article class='story'><h1>Buses</h1>{_paragraphs(_lines(lang, 0, 3))}</article>"
    for depth in (3, 4):
        nested = "<div class='layout'>" * depth + opening + "</div>" * depth
        rest = f"<div class='story-rest'>{_paragraphs(_lines(lang, 3, 20))}</div>"
        text = extract(_page(nested + AD + rest), f"https://news.example/{lang}/buses").text
        assert text.splitlines() == _lines(lang, 0, 20), depth
