"""An article block set in bare text (its first paragraph, then ``<br><br><img>``, then paragraphs
split by ``<br>``), with a guide or feature box of ``<p>`` paragraphs set before it in the article: the
fast pass lost the first paragraph and gaps looked for bare text only in the box's block (the kept
``<p>``s'). The block of the kept bare-text lines counts too (cleaner.body.gaps), so the first
paragraph comes back in its place."""

from __future__ import annotations

import pytest
from helpers import article_lines, news_page

from cleaner.extract import extract

_GUIDES = {
    "en": ("<div class='guide-box'><h3>Guide: how the budget works</h3><p>The budget is the plan for the "
           "city's money over the year; the council votes on it every winter after the committees have "
           "heard from the departments and the public.</p>"
           "<p>Every district may ask for a share of the repairs fund, and the council decides which "
           "roads come first by their state and the traffic they carry.</p></div>"),
    "de": ("<div class='infobox'><h3>So funktioniert der Haushalt</h3><p>Der Haushalt ist der Plan für "
           "das Geld der Stadt im kommenden Jahr; der Rat beschließt ihn jeden Winter, nachdem die "
           "Ausschüsse die Ämter und die Bürger angehört haben.</p><p>Jeder "
           "Bezirk kann Mittel aus dem Sanierungsfonds beantragen, der Rat legt die Reihenfolge nach "
           "Zustand und Verkehr der Straßen fest.</p>"
           "</div>"),
    "es": ("<div class='destacado'><h3>Claves del plan</h3><p>El plan de riego reparte el agua del "
           "embalse entre los regantes del valle según la superficie de cada finca y el "
           "cultivo que tenga cada año.</p><p>Las comunidades "
           "de regantes pueden pedir turnos extra cuando el verano es más seco de lo normal y el "
           "embalse está bajo.</p></div>"),
    "fr": ("<div class='encadre'><h3>Le budget en bref</h3><p>Le budget fixe les dépenses de la ville "
           "pour l'année ; le conseil le vote chaque hiver après les auditions publiques des services et des "
           "habitants.</p><p>Chaque "
           "quartier peut demander une part du fonds de réparation des routes et des écoles, selon leur "
           "état et le trafic.</p></div>"),
}
_PHOTO = "<br><br><img src='/media/2024/photo.jpg' alt=''><br><br>"


def _page(lang: str, guide: str, opening: str) -> str:
    lines = article_lines(8, lang)
    rest = "<br><br>".join(lines[1:])
    return news_page(f"<article class='post'><h1>Headline</h1>{guide}<div class='entry'>{opening}{lines[0]}"
                     f"{_PHOTO}{rest}</div></article>", title="Headline")


@pytest.mark.parametrize("lang", sorted(_GUIDES))
def test_the_bare_first_paragraph_after_a_guide_box_is_read(lang: str) -> None:
    lines = article_lines(8, lang)
    text = extract(_page(lang, _GUIDES[lang], "")).text
    assert "\n".join(lines) in text


def test_a_body_in_p_after_a_guide_box_is_read_as_before() -> None:
    lines = article_lines(8)
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    page = news_page(f"<article class='post'><h1>Headline</h1>{_GUIDES['en']}<div class='entry'>{paragraphs}"
                     "</div></article><div class='footer-note'>Copyright 2024, all rights reserved by the "
                     "publisher and its partners.</div>", title="Headline")
    text = extract(page).text
    assert "\n".join(lines) in text and "Copyright" not in text
