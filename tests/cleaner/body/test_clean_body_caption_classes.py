"""A picture's caption and credit set as a paragraph whose class names a caption in another language
(German <p class="bu">, "bildtext", Italian "didascalia", Dutch "bijschrift", Spanish "pie-de-foto"),
or inside a block so named: trafilatura leaves out <figcaption> and English "caption" blocks but kept
these between the story's paragraphs. Their lines go (cleaner.body.captions); a class four or more
body paragraphs share (an obfuscated "bu"), a long paragraph, and a sentence that only mentions a
photo stay."""

from __future__ import annotations

import pytest
from helpers import news_page

from cleaner.extract import extract

STORY = [f"Absatz {n} der Geschichte über den Haushalt der Stadt, lang genug für einen Absatz, mit einem "
         "zweiten Satzteil, wie Geschichten geschrieben sind." for n in range(8)]
CAPTION = "Die Stadträte stimmen am Dienstagabend im Rathaus über den Haushalt ab. Foto: Hans Müller"


def _page(caption: str, at: int = 4, layout: str = "article", cls: str = "") -> str:
    paragraphs = [f"<p{cls}>{line}</p>" for line in STORY]
    body = "".join(paragraphs[:at]) + caption + "".join(paragraphs[at:])
    if layout == "article":
        return news_page(f"<main><article><h1>Stadtrat beschließt Haushalt</h1><div class='text'>{body}</div>"
                         "</article></main>", "Stadtrat beschließt Haushalt")
    return news_page(f"<div class='page'><h1>Stadtrat beschließt Haushalt</h1><div class='content'>{body}"
                     "</div></div>", "Stadtrat beschließt Haushalt")


@pytest.mark.parametrize("caption", [
    f"<div class='img'><img src='/a.jpg'></div><p class='bu'>{CAPTION}</p>",
    f"<p class='article-bildtext'>{CAPTION}</p>",
    f"<div class='didascalia'><p>{CAPTION}</p></div>",
    f"<p class='foto_bijschrift small'>{CAPTION}</p>",
    f"<p class='pie-de-foto'>{CAPTION}</p>",
])
@pytest.mark.parametrize("layout", ["article", "div"])
@pytest.mark.parametrize("at", [0, 4, 8])
def test_a_caption_named_in_another_language_goes(caption: str, layout: str, at: int) -> None:
    text = extract(_page(caption, at, layout)).text
    assert "Stadträte stimmen" not in text and "Foto: Hans" not in text
    assert text.split("\n") == STORY


def test_a_class_the_body_paragraphs_share_stays() -> None:
    # Obfuscated classes: the body's paragraphs share one that spells "bu".
    text = extract(_page(f"<p class='bu x9'>{CAPTION}</p>", cls=" class='bu x9'")).text
    assert "Stadträte stimmen" in text and "Absatz 7 der Geschichte" in text


@pytest.mark.parametrize("caption", [
    f"<p class='bu'>{CAPTION} {' '.join(STORY[:3])}</p>",  # too long for a caption
    f"<p class='bulletin'>{CAPTION}</p>",  # a word that starts like one
    f"<p>{CAPTION}</p>",  # no class: a sentence of the story
])
def test_other_paragraphs_stay(caption: str) -> None:
    assert "Stadträte stimmen" in extract(_page(caption)).text
