"""A photo's caption set as bare text under the picture, ``<img><br>The new bridge at dusk<br>``, in a
body of ``<br>``-parted text or in the picture's own ``<p>``: trafilatura keeps it as a line of the body
(gold bodies leave captions out). It goes (cleaner.body.captions) when it is the whole line right after
the picture's one ``<br>``, short and not ending as a sentence; a paragraph after a picture (after its
``<br><br>``, or ending as a sentence) stays."""

from __future__ import annotations

import pytest
from helpers import article_lines, news_page

from cleaner.extract import extract

_CAPTIONS = {"en": "The new bridge over the river at dusk on Monday evening",
             "de": "Die neue Brücke über den Fluss am Montagabend",
             "fr": "Le nouveau pont sur la rivière lundi soir",
             "es": "El nuevo puente sobre el río el lunes por la tarde"}
_IMAGE = "<img src='/media/2024/bridge.jpg' alt=''>"


def _text(lang: str, body: str) -> str:
    page = news_page(f"<article><h1>Headline</h1><div class='article-text'>{body}</div></article>",
                     title="Headline")
    return extract(page).text


def _in_paragraph(lines: list[str], under: str) -> str:
    return ("".join(f"<p>{line}</p>" for line in lines[:3]) + f"<p>{_IMAGE}<br>{under}</p>"
            + "".join(f"<p>{line}</p>" for line in lines[3:]))


def _in_bare_text(lines: list[str], under: str, breaks: str = "<br>") -> str:
    return ("<br><br>".join(lines[:3]) + f"<br><br>{_IMAGE}{breaks}{under}<br><br>"
            + "<br><br>".join(lines[3:]))


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_a_caption_under_a_picture_in_its_paragraph_goes(lang: str) -> None:
    lines = article_lines(8, lang)
    text = _text(lang, _in_paragraph(lines, _CAPTIONS[lang]))
    assert _CAPTIONS[lang] not in text
    assert "\n".join(lines) in text


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_a_caption_under_a_picture_in_bare_text_goes(lang: str) -> None:
    lines = article_lines(8, lang)
    text = _text(lang, _in_bare_text(lines, _CAPTIONS[lang]))
    assert _CAPTIONS[lang] not in text
    assert all(line in text for line in lines)


# Guards: a paragraph after a picture stays.

def test_a_sentence_under_a_picture_stays() -> None:
    lines = article_lines(8)
    sentence = "The council met again on Monday to vote on the money for the bridge."
    assert sentence in _text("en", _in_paragraph(lines, sentence))


def test_a_line_after_the_picture_s_blank_line_stays() -> None:
    lines = article_lines(8, "de")
    line = "Die Sanierung der Brücke beginnt im Frühjahr und dauert bis zum Herbst"
    assert line in _text("de", _in_bare_text(lines, line, breaks="<br><br>"))
