"""A picture laid out in a table with its caption in the table's other cell (``<table class="picture">``
as Vietnamese and other older CMSs set pictures), came out as a one-cell row in the body
("| Illustrative image (Photo: VNA) |"): cleaner.body.captions now drops the text of a table that holds
one picture and one text cell. Guards: a table of data (several cells), a one-cell table with no
picture (a box of text), a table with two pictures."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_P = {
    "vi": "Chính phủ hôm thứ Ba đã công bố gói biện pháp kinh tế mới nhằm hỗ trợ tăng trưởng tại các địa "
          "phương trên cả nước, theo thông báo của Văn phòng Chính phủ. ",
    "en": "The government announced a new package of economic measures on Tuesday to support growth in the "
          "regions, the cabinet office said in a statement. ",
}


def _text(lang: str, table: str) -> str:
    body = f"<p>{_P[lang] * 3}</p>"
    html = (f"<html lang='{lang}'><head><title>Headline of the story for the test</title></head><body>"
            f"<article><h1>Headline of the story for the test</h1><div class='content'>{body}{table}{body}"
            f"{body}</div></article></body></html>")
    return extract(html, "https://example.com/news/a.html").text


@pytest.mark.parametrize(("lang", "table", "caption"), [
    ("en", "<table class='picture'><tr><td><img src='/a.jpg'></td></tr><tr><td class='caption'>"
           "Illustrative image (Photo: VNA)</td></tr></table>", "Illustrative image (Photo: VNA)"),
    ("vi", "<table align='center' class='tplCaption'><tr><td><img src='/a.jpg' alt=''></td></tr><tr><td>"
           "<p class='Image'>Bộ trưởng phát biểu tại hội nghị. Ảnh: Giang Huy</p></td></tr></table>",
     "Bộ trưởng phát biểu tại hội nghị. Ảnh: Giang Huy"),
    ("vi", "<table class='image'><tbody><tr><td><a href='/b.jpg'><img src='/b.jpg'></a></td></tr><tr>"
           "<td class='image_desc'>Thủ tướng phát biểu. (Ảnh: TTXVN)</td></tr></tbody></table>",
     "Thủ tướng phát biểu. (Ảnh: TTXVN)"),
])
def test_the_picture_tables_caption_goes(lang: str, table: str, caption: str) -> None:
    text = _text(lang, table)
    assert caption not in text
    assert _P[lang].strip()[:40] in text


@pytest.mark.parametrize(("table", "kept"), [
    ("<table><tr><td>Province</td><td>Growth</td></tr><tr><td>Hanoi</td><td>6.5%</td></tr></table>", "Hanoi"),
    ("<table><tr><td>Tỉnh Quảng Ninh đạt tăng trưởng 11%, dẫn đầu cả nước</td></tr></table>", "Quảng Ninh"),
    ("<table><tr><td><img src='/a.jpg'></td><td><img src='/b.jpg'></td></tr><tr><td>Hai bức ảnh của "
     "hội nghị</td></tr></table>", "Hai bức ảnh"),
])
def test_other_tables_stay(table: str, kept: str) -> None:
    assert kept in _text("vi", table)
