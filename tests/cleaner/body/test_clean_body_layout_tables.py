"""A story laid out in a table's cell (old CMSes, some Asian portals, press-release sites): the
extractor wrote the row as one line, the story's paragraphs glued together with the navigation column
and a column of other stories' teasers beside them (cleaner.body.layout_tables, read from
cleaner.body.related_lists). The story's cell comes back as its own paragraphs, the cells beside it
go, and so does a table of other stories' links under it. Guards: a table of figures in a story set in
<div>s, a table of long texts that is a small part of the story, a story's cell holding a table of its
own, a table whose rows say more than their link: unchanged."""

from __future__ import annotations

import pytest
from helpers import article_lines

from cleaner.extract import extract

ZH = ("第{n}段：市议会周二投票决定，冬季期间继续运营渡轮服务，结束了持续数周的争议，"
      "官员表示这项决定在未来三年内将花费约{n}百万元，岛上居民对此表示欢迎。")
NAV = ["Storm closes the coast road for a second day", "New school opens on the mainland",
       "Fishermen protest over the quota cuts", "Harbour festival draws record crowds"]


def _lines(lang: str, count: int = 8) -> list[str]:
    return [ZH.format(n=n) for n in range(count)] if lang == "zh" else article_lines(count, lang)


def _page(lang: str, story: str) -> str:
    return (f"<html lang='{lang}'><head><title>Council budget</title></head><body>"
            "<h1>Council passes the budget after a long night</h1>"
            f"{story}<p class='copy'>© 2025 Example Times</p></body></html>")


def _nav_cell() -> str:
    links = "<br>".join(f"<a href='/s{i}'>{t}</a>" for i, t in enumerate(NAV))
    return f"<td class='nav' width='160'>{links}</td>"


def _paragraph_cells(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<table width='100%'><tr>{_nav_cell()}<td class='content'>{body}</td></tr></table>"


def _br_cell(lines: list[str]) -> str:
    body = "<br><br>".join(lines)
    return (f"<table width='760'><tr><td class='news_text'><font size='2'>{body}</font></td></tr>"
            "<tr><td class='foot'><a href='/'>Home</a> | <a href='/news'>News</a></td></tr></table>")


def _nested(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    teasers = "".join(f"<p><a href='/t{i}'><b>{t}</b></a><br>{t}, and what the council said about it on "
                      f"Monday evening after the vote.</p>" for i, t in enumerate(NAV[:3]))
    return (f"<table width='980'><tr>{_nav_cell()}<td valign='top'><table width='100%'><tr>"
            f"<td class='newstext'>{body}</td></tr></table></td><td class='right' width='200'>{teasers}</td>"
            "</tr></table>")


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "id", "zh"])
@pytest.mark.parametrize("layout", [_paragraph_cells, _br_cell, _nested])
def test_the_story_in_a_layout_tables_cell_comes_back_as_its_paragraphs(lang: str, layout) -> None:
    lines = _lines(lang)
    text = extract(_page(lang, layout(lines))).text
    assert text.split("\n") == lines


def _portal(lines: list[str]) -> str:
    # An Asian portal's story page: the source line and the story in rows of one table, other stories'
    # links in a table of their own under it, a link a row under a header.
    body = "<br><br>".join(f"\u3000\u3000{line}" for line in lines)
    links = "".join(f"<tr><td><a href='/r{i}'>{t}</a></td></tr>" for i, t in enumerate(NAV))
    return (f"<table class='main'><tr><td class='source'>2025-11-04 09:30 | Example Times</td></tr>"
            f"<tr><td id='content'>{body}</td></tr></table>"
            f"<table class='related'><tr><th>Related stories</th></tr>{links}</table>")


@pytest.mark.parametrize("lang", ["en", "de", "zh"])
def test_a_table_of_other_stories_links_under_the_story_goes(lang: str) -> None:
    lines = _lines(lang)
    text = extract(_page(lang, _portal(lines))).text
    assert text.split("\n") == lines


def test_a_table_of_links_with_more_than_links_in_its_rows_stays() -> None:
    lines = article_lines(8)
    rows = "".join(f"<tr><td><a href='/d{n}'>Document {n}</a> (PDF, {n * 3} pages)</td></tr>"
                   for n in range(1, 4))
    story = (f"<table width='100%'><tr>{_nav_cell()}<td class='content'>"
             + "".join(f"<p>{line}</p>" for line in lines) + f"</td></tr></table><table>{rows}</table>")
    text = extract(_page("en", story)).text
    assert "Document 2" in text


def test_a_table_of_figures_in_a_story_set_in_divs_is_kept() -> None:
    lines = article_lines(8)
    rows = "".join(f"<tr><td>District {n}</td><td>{n * 120} votes</td><td>{n * 7} seats</td></tr>"
                   for n in range(1, 6))
    story = ("<div class='article-body'>" + "".join(f"<p>{line}</p>" for line in lines[:4])
             + f"<table>{rows}</table>" + "".join(f"<p>{line}</p>" for line in lines[4:]) + "</div>")
    text = extract(_page("en", story)).text
    assert "| District 3 | 360 votes | 21 seats |" in text


def test_a_table_of_long_texts_that_is_a_small_part_of_the_story_is_kept() -> None:
    lines = article_lines(14)
    cells = ("<table><tr><td>Option one: the council keeps the ferry running through the whole winter at "
             "its own cost, as the islanders asked.</td><td>Option two: the council pays for a bridge over "
             "ten years, which the mainland towns prefer to any subsidy.</td></tr></table>")
    story = "<div class='article-body'>" + "".join(f"<p>{line}</p>" for line in lines) + cells + "</div>"
    text = extract(_page("en", story)).text
    assert "Option one" in text and "Option two" in text
    assert all(line in text for line in lines)


def test_a_story_cell_holding_a_table_of_its_own_is_left_as_written() -> None:
    lines = article_lines(8)
    inner = ("<table><tr><td>District 1</td><td>120 votes</td></tr>"
             "<tr><td>District 2</td><td>240 votes</td></tr></table>")
    story = (f"<table width='100%'><tr>{_nav_cell()}<td class='content'>"
             + "".join(f"<p>{line}</p>" for line in lines) + inner + "</td></tr></table>")
    text = extract(_page("en", story)).text
    assert "District 2" in text and all(line in text for line in lines)
