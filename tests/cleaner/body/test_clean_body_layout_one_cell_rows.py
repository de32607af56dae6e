"""A short story in a table laid out one cell a row (uCoz's news module: the ``eBlock`` table with the
title's row, the ``eMessage`` row and the ``eDetails`` row of views, adder and rating), or in one cell
with the title, message and details blocks: the extractor wrote each row as a "| ... |" line, the
title glued to the story, the paragraphs into one line (cleaner.body.layout_tables._one_cell_rows).
Each row comes back as its cell's paragraphs, so the headline's line goes as the text's opening and
the details' line as a post's meta line (core.junk.furniture.is_post_meta). Guards: a table of one
column of figures inside a story set in <div>s stays as it was; a longer story in a layout cell as
before."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

CASES = {
    "ru": ("Дума утвердила новую транспортную схему",
           ["Городская дума в четверг утвердила новую транспортную "
            "схему после нескольких месяцев обсуждений.",
            "По словам чиновников, первые автобусы по продлённым маршрутам выйдут на линию до конца зимы.",
            "Мэр пообещал провести второй раунд публичных слушаний в начале следующего года."],
           "Категория: Новости | Просмотров: 214 | Добавил: admin | Рейтинг: 5.0/1 | Комментарии (0)"),
    "en": ("Ferry service to run through the winter",
           ["The island's ferry will keep running through the winter "
            "months, the harbour board said on Monday.",
            "Residents had collected more than two thousand signatures against the planned seasonal closure.",
            "The board said the extra crossings would be paid for from the regional transport fund."],
           "Category: News | Views: 20 | Added by: admin | Rating: 4.5/2"),
    "tr": ("Belediye meclisi yeni ulaşım planını onayladı",
           ["Belediye meclisi perşembe günü aylarca süren "
            "tartışmaların ardından yeni ulaşım planını onayladı.",
            "Yetkililer, uzatılan hatlardaki ilk otobüslerin kış sonundan önce sefere başlayacağını söyledi.",
            "Belediye başkanı gelecek yılın başında ikinci bir kamuoyu toplantısı düzenleneceğini açıkladı."],
           "Görüntülenme: 88 | Ekleyen: admin | Değerlendirme: 5.0/1"),
    "vi": ("Thành phố thông qua kế hoạch giao thông mới",
           ["Hội đồng thành phố hôm thứ Năm đã thông qua kế hoạch giao thông mới sau nhiều tháng tranh luận.",
            "Các quan chức cho biết những chuyến xe buýt đầu tiên trên "
            "tuyến kéo dài sẽ chạy trước cuối mùa đông.",
            "Thị trưởng hứa sẽ tổ chức vòng điều trần công khai thứ hai vào đầu năm tới."],
           "Lượt xem: 342 | Người đăng: admin | Đánh giá: 5.0/2"),
}


def _page(lang: str, block: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{CASES[lang][0]} - Site</title></head>"
            "<body><div id='header'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<div id='content'>{block}</div><div id='footer'>Copyright MyCorp © 2025</div></body></html>")


def _rows(lang: str, breaks: bool) -> str:
    title, paragraphs, details = CASES[lang]
    message = "<br><br>".join(paragraphs) if breaks else "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<table class='eBlock' width='100%'><tr><td><div class='eTitle'>{title}</div></td></tr>"
            f"<tr><td class='eMessage'>{message}</td></tr>"
            f"<tr><td class='eDetails'>{details}</td></tr></table>")


def _one_cell(lang: str, breaks: bool) -> str:
    title, paragraphs, details = CASES[lang]
    message = "<br><br>".join(paragraphs) if breaks else "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<table class='eBlock' width='100%'><tr><td><div class='eTitle'>{title}</div>"
            f"<div class='eMessage'>{message}</div><div class='eDetails'>{details}</div></td></tr></table>")


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("layout", [_rows, _one_cell])
@pytest.mark.parametrize("breaks", [False, True])
def test_short_story_rows_read_as_paragraphs(lang, layout, breaks):
    _title, paragraphs, _details = CASES[lang]
    text = extract(_page(lang, layout(lang, breaks)), "https://city.example.com/news/2025-11-13-1234").text
    assert text.split("\n") == paragraphs


def test_one_column_figures_table_in_a_story_stays():
    story = "".join(f"<p>{p}</p>" for p in CASES["en"][1] * 1)
    figures = "<table><tr><td>Crossings 2023: 1,204</td></tr><tr><td>Crossings 2024: 1,377</td></tr></table>"
    html = _page("en", f"<article><h1>{CASES['en'][0]}</h1>{story}{figures}"
                       "<p>The board will publish the new timetable in the "
                       "spring, a spokesman said.</p></article>")
    before = extract(html, "https://city.example.com/news/2025-11-13-1234").text
    assert "Crossings 2023: 1,204" in before and "Crossings 2024: 1,377" in before
    assert before.split("\n")[0] == CASES["en"][1][0]
