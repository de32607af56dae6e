"""A lead in a <div> of its own right before an <article> that opens with the body (Ukrinform-like
layouts whose story block is an <article>): the unnamed lead search stopped at the <article>, so the
lead the fast pass drops was lost (cleaner.body.leads._lead_before now steps out of one <article>).
Guards: a deck named so before the <article> stays out; bare text between the lead and the <article>;
a lead before an <article> nested in another <article> (one crossing only)."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

CASES = {
    "uk": ("Україна та Естонія підписали меморандум про співпрацю у сфері кібербезпеки, який передбачає "
           "обмін інформацією про кіберзагрози.",
           [f"Абзац {n} звіту розповідає, про що домовилися дві агенції в Таллінні, у реченні з багатьма "
            "словами в ньому." for n in range(5)]),
    "ru": ("Россия и Казахстан подписали соглашение о сотрудничестве в области информационной безопасности "
           "и обмене данными.",
           [f"Абзац {n} доклада рассказывает, о чём договорились два ведомства в Астане, в предложении с "
            "большим числом слов." for n in range(5)]),
    "de": ("Die Stadt und das Land haben sich auf einen gemeinsamen Plan für den Ausbau der Radwege in der "
           "Innenstadt geeinigt.",
           [f"Absatz {n} des Berichts beschreibt, worauf sich die beiden Seiten im Rathaus geeinigt "
            "haben, in einem längeren Satz." for n in range(5)]),
}


def _page(lang: str, lead_block: str = "newsHeading", between: str = "") -> str:
    lead, body = CASES[lang]
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    return (f"<html lang='{lang}'><body><nav><a href='/'>Home</a></nav><div class='newsBlock'>"
            "<h1 class='newsTitle'>Headline of the story</h1>"
            "<div class='newsMetaBlock'><div class='newsDate'>12.04.2024 15:30</div></div>"
            f"<div class='{lead_block}'>{lead}</div>{between}<article class='newsText'>{paragraphs}</article>"
            "</div><footer><p>All rights reserved by the publisher of this site.</p></footer></body></html>")


URL = "https://news.example.com/rubric/1-story.html"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_lead_right_before_the_article_opens_the_text(lang):
    lead, body = CASES[lang]
    assert extract(_page(lang), URL).text.split("\n") == [lead, *body]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_deck_or_text_between_stays_out(lang):
    lead, _body = CASES[lang]
    for page in (_page(lang, lead_block="article-dek"), _page(lang, lead_block="m-detail--abstract"),
                 _page(lang, between="KYIV, April 12")):
        assert lead[:40] not in extract(page, URL).text


def test_one_article_crossed_only():
    lead, body = CASES["uk"]
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    inner = f"<article class='newsText'>{paragraphs}</article>"
    page = _page("uk").replace(inner, f"<article class='outer'>{inner}</article>")
    assert lead[:40] not in extract(page, URL).text
