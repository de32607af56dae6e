"""A story laid out in a table's cell that also holds the site's side boxes as tables of their own (old
portals: the headline and date, the story's <div> of paragraphs, then a 'Top stories' table and a
'Partner news' table in the same cell), no <article> around it: the extractor wrote the cell as one
line, the story glued to the boxes' teasers. cleaner.body.layout_tables finds the cell written as the
row and, in it, the block with no table holding the most prose <p>s: the row comes back as that
block's paragraphs. Guards: a story whose own table of figures sits in its block, a cell whose block
is under half the row: unchanged."""

from __future__ import annotations

import pytest
from helpers import RU_STORY_LINE, article_lines

from cleaner.extract import extract

ZH = ("第{n}段：市议会周二投票决定，冬季期间继续运营渡轮服务，结束了持续数周的争议，"
      "官员表示这项决定在未来三年内将花费约{n}百万元，岛上居民对此表示欢迎。")
TEASERS = {
    "en": ["The House voted on Tuesday to back the new port plan after a long debate.",
           "An actor known for comedies died on Friday at the age of 96, his family said.",
           "Relics of an ancient kingdom were found on a hill near the border this week."],
    "ru": ["Парламент во вторник одобрил план строительства нового порта после долгих споров.",
           "Известный актёр скончался в пятницу в возрасте 96 лет, сообщила его семья.",
           "Археологи нашли на холме у границы остатки древнего царства, сообщили учёные."],
    "id": ["DPR pada Selasa menyetujui rencana pelabuhan baru setelah perdebatan panjang.",
           "Aktor komedi terkenal meninggal pada Jumat dalam usia 96 tahun, kata keluarganya.",
           "Peninggalan kerajaan kuno ditemukan di sebuah bukit dekat perbatasan pekan ini."],
    "zh": ["众议院周二在长时间辩论后投票支持新的港口计划，议员们表示这将带来就业。",
           "一位以喜剧闻名的演员周五去世，享年九十六岁，其家人在声明中表示。",
           "本周在边境附近的一座山上发现了古代王国的遗迹，考古学家表示意义重大。"],
}


def _lines(lang: str, count: int = 7) -> list[str]:
    if lang in ("zh", "ru"):
        return [(ZH if lang == "zh" else RU_STORY_LINE).format(n=n) for n in range(count)]
    return article_lines(count, lang)


def _box(title: str, teasers: list[str]) -> str:
    rows = "".join(f"<tr><td><a href='/n{i}'><img src='/t{i}.jpg'></a></td><td>{t}</td></tr>"
                   for i, t in enumerate(teasers))
    return f"<table class='box'><tr><td colspan='2'><b>{title}</b></td></tr>{rows}</table>"


def _page(lang: str, story: str) -> str:
    nav = "<br>".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(6))
    return (f"<html lang='{lang}'><head><title>Council budget</title></head><body><div id='wrap'>"
            f"<table border='0'><tr valign='top'><td class='left' width='160'>{nav}</td>"
            f"<td class='single_content'><div class='inner'><h1>Council passes the budget</h1>"
            f"<div class='date'>November 20, 2019 - 11:28</div>{story}"
            f"{_box('Top stories', TEASERS[lang])}{_box('Partner news', TEASERS[lang][::-1])}</div></td>"
            "</tr></table></div><div class='foot'>© 2019 Example News</div></body></html>")


@pytest.mark.parametrize("lang", ["en", "ru", "id", "zh"])
def test_the_story_block_in_a_cell_with_side_box_tables_comes_back_alone(lang: str) -> None:
    lines = _lines(lang)
    story = "<div class='article_body'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    text = extract(_page(lang, story)).text
    assert text.split("\n") == lines


# Guards.
def test_a_story_with_its_own_table_of_figures_in_its_block_is_unchanged() -> None:
    lines = _lines("en")
    figures = ("<table><tr><th>Year</th><th>Budget</th></tr><tr><td>2024</td><td>12.1m</td></tr>"
               "<tr><td>2025</td><td>13.4m</td></tr></table>")
    story = "<div class='article_body'>" + "".join(f"<p>{line}</p>" for line in lines) + figures + "</div>"
    page = _page("en", story)
    text = extract(page).text
    assert all(line in text for line in lines)
    assert "12.1m" in text


def test_a_block_under_half_the_row_is_unchanged() -> None:
    lines = _lines("en", 2)
    story = "<div class='article_body'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    long_box = _box("Top stories", [t * 4 for t in TEASERS["en"]] * 3)
    page = _page("en", story).replace("<table class='box'>", long_box + "<table class='box'>", 1)
    text = extract(page).text
    assert all(line in text for line in lines)
