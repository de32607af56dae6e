"""A guide or review set in sections whose sub-subheadings repeat under each section ('Plan A' then
'Meal 1', 'Meal 2'; 'Plan B' then 'Meal 1', 'Meal 2' again; 'Ventajas' / 'Inconvenientes' under each
product), the section's heading (an <h2><strong> with spacer <div>s in it) dropped by the fast pass:
cleaner.body.recall.with_headings looked the following line up by its text alone, found its last place
(the second section's 'Meal 1'), and the second section's heading overwrote the first's; both were lost.
Now the line is found at its first place after the text read so far. Guards: a heading before a line
the text holds once, a heading before a list, a heading the text kept: as before."""

from __future__ import annotations

import pytest
from helpers import article_lines

from cleaner.extract import extract

RU = ("Абзац {n}: в этом разделе мы подробно рассказываем, что и когда есть в течение дня, "
      "чтобы тренировки давали лучший результат, а вес снижался без вреда для здоровья.")
CASES = {
    "en": (["What to eat on Plan A", "What to eat on Plan B"], ["Breakfast", "Lunch"]),
    "es": (["Primer modelo: el más barato", "Segundo modelo: el más completo"],
           ["Ventajas", "Inconvenientes"]),
    "de": (["Das erste Gerät im Test", "Das zweite Gerät im Test"], ["Vorteile", "Nachteile"]),
    "ru": (["Меню на первую неделю", "Меню на вторую неделю"], ["Завтрак", "Обед"]),
}
SPACER = "<div class='height-spacer height-spacer-2'></div>"


def _lines(lang: str, count: int) -> list[str]:
    return [RU.format(n=n) for n in range(count)] if lang == "ru" else article_lines(count, lang)


def _page(lang: str, sections: list[str], subs: list[str], spacer: str = SPACER) -> tuple[str, list[str]]:
    lines = _lines(lang, 3 + len(sections) * len(subs))
    body = "".join(f"<p>{line}</p>" for line in lines[:3])
    expected = lines[:3]
    rest = iter(lines[3:])
    for section in sections:
        body += f"<h2><strong>{spacer}{section}{spacer}</strong></h2><p><img src='/meal.jpg' alt=''></p>"
        expected.append(section)
        for sub in subs:
            line = next(rest)
            body += f"<h3><strong>{sub}</strong></h3><p>{line}</p>"
            expected += [sub, line]
    page = (f"<html lang='{lang}'><head><title>Guide</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article class='post'><h1>The guide to the plan</h1>"
            f"<div class='entry-content' itemprop='articleBody'>{body}</div></article>"
            "<footer><p>About us</p></footer></body></html>")
    return page, expected


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_sections_heading_stays_before_its_repeated_subheadings(lang: str) -> None:
    sections, subs = CASES[lang]
    page, expected = _page(lang, sections, subs)
    assert extract(page).text.split("\n") == expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_sections_whose_subheadings_differ_as_before(lang: str) -> None:
    """Guard: a line the text holds once (no repeat) is found as before."""
    sections, _ = CASES[lang]
    page, expected = _page(lang, sections[:1], ["Morning", "Evening"])
    assert extract(page).text.split("\n") == expected


def test_a_heading_before_a_list_stays_out() -> None:
    """Guard: a heading over a list (related links) is not put back."""
    lines = article_lines(6)
    page = ("<html><head><title>T</title></head><body><article><h1>The budget</h1><div class='entry-content'>"
            + "".join(f"<p>{line}</p>" for line in lines)
            + f"<h2><strong>{SPACER}More stories{SPACER}</strong></h2>"
              "<ul><li>One story about the harbour</li><li>Another about the roads</li></ul>"
              "</div></article></body></html>")
    assert "More stories" not in extract(page).text


def test_a_repeated_line_the_text_left_out_in_one_section_does_not_shift_the_headings() -> None:
    """The first section's closing 'Tip' line was not kept where it stands (the text holds it only in
    the second section): each section's heading still goes before its own 'Breakfast'."""
    from lxml import html as lxml_html

    from cleaner.body.recall import with_headings

    lines = article_lines(6)
    container = lxml_html.fromstring(
        "<div class='entry-content'>"
        f"<p>{lines[0]}</p><p>{lines[1]}</p>"
        f"<h2><strong>Week one</strong></h2><h3>Breakfast</h3><p>{lines[2]}</p><p>Tip: drink water</p>"
        f"<h2><strong>Week two</strong></h2><h3>Breakfast</h3><p>{lines[3]}</p><p>Tip: drink water</p>"
        f"<h2><strong>Week three</strong></h2><h3>Breakfast</h3><p>{lines[4]}</p></div>")
    text = "\n".join([lines[0], lines[1], "Breakfast", lines[2], "Breakfast", lines[3], "Tip: drink water",
                      "Breakfast", lines[4]])
    assert with_headings(text, container).split("\n") == [
        lines[0], lines[1], "Week one", "Breakfast", lines[2], "Week two", "Breakfast", lines[3],
        "Tip: drink water", "Week three", "Breakfast", lines[4]]
