"""A story's first paragraph in a block of its own, wrapped in the editor's <p>, right before the
body's block (Joomla K2: <div class="itemIntroText"><p>...</p></div><div class="itemFullText">):
the fast pass read the full text's block alone and lost the opening. The nearest block before the
body is a lead when it holds one <p> of prose as well as when it holds the text bare
(cleaner.body.leads._inline_prose); a deck set apart by the byline, a deck marked as the item's
description, a block of a <p> and a list, and a one-<p> label stay out."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

URL = "https://gorod-news.example/index.php/novosti/item/1234-remont-dvorov"
STORIES = {
    "ru": ("В городе отремонтируют сорок дворов до конца года",
           ["Мэрия утвердила программу благоустройства дворов, на которую из городского бюджета выделят "
            "более ста миллионов рублей.",
            "По словам заместителя главы города, работы начнутся в апреле и пройдут в несколько этапов, "
            "чтобы жители не остались без подъездов к домам.",
            "В список попали дворы, где асфальт не меняли больше двадцати лет, а детские площадки давно "
            "требуют замены.",
            "Жители смогут проголосовать за порядок работ на сайте администрации до конца месяца."]),
    "es": ("El ayuntamiento aprueba el plan de movilidad urbana",
           ["El ayuntamiento aprobó este martes el nuevo plan de movilidad urbana, que prevé ampliar en doce "
            "kilómetros la red de carriles para bicicletas.",
            "Según la concejala de Urbanismo, las obras comenzarán en marzo y se ejecutarán por fases para "
            "reducir las molestias a los vecinos.",
            "La oposición votó en contra al considerar que el proyecto no incluye suficientes aparcamientos "
            "disuasorios en los accesos a la ciudad.",
            "Las asociaciones vecinales celebraron la medida, aunque reclamaron más información sobre los "
            "cortes de tráfico."]),
}


def _page(lang: str, intro: str | None = None, between: str = "") -> str:
    title, paragraphs = STORIES[lang]
    intro = f"<p>{paragraphs[0]}</p>" if intro is None else intro
    rest = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><div id='k2Container' "
            f"class='itemView'><div class='itemHeader'><h2 class='itemTitle'>{title}</h2>"
            "<span class='itemAuthor'>Автор Анна Смирнова</span></div><div class='itemBody'>"
            f"<div class='itemIntroText'>{intro}</div>{between}<div class='itemFullText'>{rest}</div>"
            "<div class='itemHits'>Прочитано 512 раз</div></div></div><footer>© 2026</footer></body></html>")


@pytest.mark.parametrize("lang", ["ru", "es"])
def test_intro_paragraph_in_its_own_block_is_kept(lang):
    paragraphs = STORIES[lang][1]
    text = extract(_page(lang), url=URL).text
    assert text.split("\n")[0] == paragraphs[0] and paragraphs[-1] in text


def test_deck_set_apart_by_the_byline_stays_out():
    # Guard: a deck before the byline is not the nearest block before the body.
    deck = "Программа благоустройства рассчитана на три года и охватит все районы."
    page = _page("ru", intro="", between="").replace(
        "<div class='itemIntroText'></div>",
        f"<div class='deck'><p>{deck}</p></div><div class='byline'>Анна Смирнова</div>")
    text = extract(page, url=URL).text
    assert deck not in text and STORIES["ru"][1][1] in text


def test_paragraph_with_a_list_stays_out():
    # Guard: a block of a <p> and a list is not a lead's (a box of facts).
    box = ("<p>Главное о программе ремонта дворов в этом году.</p>"
           "<ul><li>сорок дворов</li><li>сто миллионов</li></ul>")
    text = extract(_page("ru", intro=box), url=URL).text
    assert "Главное о программе ремонта дворов в этом году." not in text


def test_label_paragraph_stays_out():
    # Guard: one <p> that does not end like a sentence (a label, a kicker) is not a lead.
    label = "<p>Новости города и области: благоустройство, дороги, коммунальное хозяйство</p>"
    text = extract(_page("ru", intro=label), url=URL).text
    assert "коммунальное хозяйство" not in text


def test_description_deck_stays_out():
    # Guard: one <p> in a block marked itemprop="description" right before the articleBody is a deck.
    deck = "Сорок дворов, сто миллионов рублей и три года работ: что изменится в вашем районе?"
    page = _page("ru", intro=f"<p>{deck}</p>").replace(
        "class='itemIntroText'", "class='article-lead' itemprop='description'").replace(
        "class='itemFullText'", "class='article-text' itemprop='articleBody'")
    text = extract(page, url=URL).text
    assert deck not in text and STORIES["ru"][1][1] in text
