"""A body whose first paragraphs are ``<p>``s and whose rest is set in ``<div>``s through an inline
element, no ``<p>``: each paragraph in ``<div class="paragraph"><span>``, or the whole rest in an old
``<div><font size="2">`` parted by ``<br><br>``. The fast pass kept the ``<p>``s, and the container's
prose was measured in ``<p>``s and in text set straight in ``<div>``s only, so the cut went unnoticed (the
first three paragraphs of twenty-five). Text in a ``<span>`` or ``<font>`` straight in a ``<div>`` now
counts as the container's prose too (cleaner.body.recall.bare_prose_chars), so the body is read again."""

from __future__ import annotations

import pytest
from helpers import article_lines

from cleaner.extract import extract

_TITLES = {"en": "Council approves the budget", "de": "Gemeinderat billigt die Sanierung",
           "es": "El plan de riego llega antes del verano", "fr": "Le conseil adopte le budget"}


def _page(lang: str, body: str) -> str:
    title = _TITLES[lang]
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
            f"<div class='page-wrap'><div class='col-main'><h1>{title}</h1>"
            f"<div class='byline'>By Anna Berg</div>{body}</div><aside class='related'><h3>Most read</h3><ul>"
            "<li><a href='/a'>Another story about the harbour and its new pier</a></li></ul></aside></div>"
            "<footer><p>© 2024 Example Times</p></footer></body></html>")


def _lines(count: int, lang: str) -> list[str]:
    lines = article_lines(count * 2, lang)
    return [f"{lines[n]} {lines[n + count]}" for n in range(count)]


# A council story's paragraphs, each of three sentences about one town.
_TOWNS = ("Ashford", "Bexley", "Carlow", "Dunmore", "Elsted", "Fenwick", "Garston", "Hollin", "Ivybridge",
          "Jarrow", "Kelso", "Lydd", "Marden", "Northam", "Otley", "Penrith", "Quorn", "Rydal", "Selby",
          "Thirsk",
          "Ulverston", "Ventnor", "Wigton", "Yarm", "Zennor")
_TOWN_LINES = {
    "en": ("In {t}, the council approved {n} new projects after a debate that lasted late into the night. "
           "Residents of {t} told reporters that {n} families had asked for help with rising energy bills. "
           "The mayor of {t} said the plan would cost about {n} million and would be reviewed in spring."),
    "de": ("In {t} hat der Rat nach einer langen Debatte {n} neue Projekte beschlossen. Anwohner in {t} "
           "berichteten, dass {n} Familien um Hilfe bei den hohen Energiekosten gebeten hätten. Der "
           "Bürgermeister von {t} sagte, der Plan koste etwa {n} Millionen und werde im Frühjahr geprüft."),
    "es": ("En {t}, el pleno aprobó {n} proyectos nuevos tras un debate que se alargó hasta la madrugada. "
           "Vecinos de {t} contaron que {n} familias habían pedido ayuda por el aumento de la factura de la "
           "luz. El alcalde de {t} dijo que el plan costará unos {n} millones y se revisará en primavera."),
    "fr": ("À {t}, le conseil a approuvé {n} nouveaux projets après un débat qui a duré jusque tard dans la "
           "nuit. Des habitants de {t} ont déclaré que {n} familles avaient demandé de l'aide face aux "
           "factures d'énergie. Le maire de {t} a indiqué que le plan coûterait environ {n} millions."),
}


def _town_lines(lang: str) -> list[str]:
    return [_TOWN_LINES[lang].format(t=town, n=7 * n + 3) for n, town in enumerate(_TOWNS)]


def _opening(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines[:3])


@pytest.mark.parametrize("lang", sorted(_TITLES))
def test_paragraphs_in_spans_after_the_first_ps_are_read(lang: str) -> None:
    lines = _town_lines(lang)
    rest = "".join(f"<div class='paragraph'><span>{line}</span></div>" for line in lines[3:])
    text = extract(_page(lang, f"<div class='article-text'>{_opening(lines)}{rest}</div>")).text
    assert all(line in text for line in lines)


@pytest.mark.parametrize("lang", ("en", "de"))
def test_the_rest_in_a_font_block_after_the_first_ps_is_read(lang: str) -> None:
    lines = _lines(25, lang)
    rest = "<div><font size='2'>" + "<br><br>".join(lines[3:]) + "</font></div>"
    text = extract(_page(lang, f"<div class='article-text'>{_opening(lines)}</div>{rest}")).text
    assert all(line in text for line in lines)


# Guard: teaser cards with their summary in a <span> after a whole body stay out.

def test_teaser_summaries_in_spans_stay_out() -> None:
    lines = _lines(8, "en")
    cards = "".join(f"<div class='card'><a href='/s{n}'>Other story {n}</a><span>Teaser {n}: the harbour's "
                    "new pier opens in May, and the ferries will call there from the spring.</span></div>"
                    for n in range(5))
    text = extract(_page("en", f"<div class='article-text'>{''.join(f'<p>{x}</p>' for x in lines)}</div>"
                               f"<div class='more-stories'>{cards}</div>")).text
    assert all(line in text for line in lines)
    assert "Teaser" not in text
