"""Vietnamese papers name their sapo "description": VnExpress sets ``<p class="description">`` between
the ``<h1>`` and the ``<article class="fck_detail">`` of the story, so the lead search, which stops at
the ``<article>``, lost it (cleaner.body.leads: on a page in Vietnamese the name counts as a lead's).
Guards: an English and a Spanish page's "description" deck before the <article> stays out, as the
gold bodies leave decks out; a Vietnamese description that the text holds already is not doubled."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

BODY = {
    "vi": ["Hội đồng thành phố hôm thứ Năm đã thông qua kế hoạch giao thông mới sau nhiều tháng tranh luận.",
           "Các quan chức cho biết những chuyến xe buýt đầu tiên trên "
           "tuyến kéo dài sẽ chạy trước cuối mùa đông.",
           "Những người chỉ trích cho rằng kế hoạch hoàn toàn bỏ qua các khu dân cư ở bờ đông của sông.",
           "Thị trưởng hứa sẽ tổ chức vòng điều trần công khai thứ hai vào đầu năm tới."],
    "en": ["The city council approved the new transport plan on "
    "Thursday after months of debate among residents.",
           "Officials said the first buses on the extended routes would "
           "run before the end of the winter season.",
           "Critics argued that the plan ignored the neighbourhoods on "
           "the eastern bank of the river entirely.",
           "The mayor promised a second round of public hearings early next year to review the timetable."],
    "es": ["El concejo municipal aprobó el jueves el nuevo plan de transporte tras meses de debate vecinal.",
           "Los primeros autobuses de las rutas ampliadas circularán antes del final del invierno, dijeron.",
           "Los críticos señalaron que el plan ignora por completo "
           "los barrios de la orilla oriental del río.",
           "El alcalde prometió una segunda ronda de audiencias públicas a comienzos del próximo año."],
}
LEAD = {
    "vi": "Người dân các quận phía đông sẽ phải chờ lâu hơn để có tuyến xe buýt mới, hội đồng quyết định.",
    "en": "Residents of the eastern districts will wait longer for new bus routes, the council decided.",
    "es": "Los vecinos de los barrios del este esperarán más por las "
    "nuevas rutas de autobús, decidió el concejo.",
}
URL = "https://news.example.com/ke-hoach-giao-thong-4812345.html"


def _page(lang: str, lead_class: str = "description") -> str:
    paragraphs = "".join(f'<p class="Normal">{p}</p>' for p in BODY[lang])
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Transport plan</title></head><body>'
            '<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
            '<section class="page-detail">'
            '<div class="header-content"><span class="date">13/11/2025</span></div>'
            f'<h1 class="title-detail">Transport plan approved</h1><p class="{lead_class}">{LEAD[lang]}</p>'
            f'<article class="fck_detail">{paragraphs}</article></section>'
            '<div class="footer">© 2025 News</div></body></html>')


@pytest.mark.parametrize("lead_class", ["description", "description sm-description"])
def test_vietnamese_description_before_article_leads(lead_class):
    text = extract(_page("vi", lead_class), URL).text
    assert text.split("\n") == [LEAD["vi"], *BODY["vi"]]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_description_deck_elsewhere_stays_out(lang):
    assert extract(_page(lang), URL).text.split("\n") == BODY[lang]


def test_description_inside_the_article_not_doubled():
    html = _page("vi").replace(f'<p class="description">{LEAD["vi"]}</p><article class="fck_detail">',
                               f'<article class="fck_detail"><p class="description">{LEAD["vi"]}</p>')
    assert extract(html, URL).text.split("\n") == [LEAD["vi"], *BODY["vi"]]
