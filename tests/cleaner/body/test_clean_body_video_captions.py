"""A video player's or a picture's caption set as a paragraph whose class names a caption with a capital
("VideoCMS_Caption", "ImageCaption", "PHOTO-CAPTION"): trafilatura leaves out "caption" classes in lower
case only, and kept these between the story's paragraphs. Their lines go (cleaner.body.captions); a long
paragraph so named and a class the body's paragraphs share stay."""

from __future__ import annotations

import pytest
from helpers import news_page

from cleaner.extract import extract

STORY = [f"Paragraph {n} of the story about the city's ferry budget, long enough for a paragraph, with a "
         "second clause, as stories are written." for n in range(8)]
CAPTION = "The ferry leaves the pier at Port Said on Tuesday morning"


def _page(caption: str, at: int = 4, cls: str = "") -> str:
    paragraphs = [f"<p{cls}>{line}</p>" for line in STORY]
    body = "".join(paragraphs[:at]) + caption + "".join(paragraphs[at:])
    return news_page(f"<main><article><h1>Ferry budget passes</h1><div class='text'>{body}</div>"
                     "</article></main>", "Ferry budget passes")


@pytest.mark.parametrize("caption", [
    f"<div class='VideoCMS'><video src='/a.mp4'></video><p class='VideoCMS_Caption'>{CAPTION}</p></div>",
    f"<div class='video-wrap'><iframe src='https://www.youtube.com/embed/x'></iframe>"
    f"<p class='VideoCaption'>{CAPTION}</p></div>",
    f"<div class='media'><img src='/a.jpg'><p class='ImageCaption'>{CAPTION}</p></div>",
    f"<div class='PHOTO-CAPTION'><p>{CAPTION}</p></div>",
])
@pytest.mark.parametrize("at", [0, 4, 8])
def test_a_capitalised_caption_goes(caption: str, at: int) -> None:
    text = extract(_page(caption, at)).text
    assert "The ferry leaves the pier" not in text
    assert text.split("\n") == STORY


def test_a_class_the_body_paragraphs_share_stays() -> None:
    text = extract(_page(f"<p class='Caption x9'>{CAPTION}</p>", cls=" class='Caption x9'")).text
    assert "The ferry leaves the pier" in text and "Paragraph 7 of the story" in text


@pytest.mark.parametrize("caption", [
    f"<p class='VideoCMS_Caption'>{CAPTION}. {' '.join(STORY[:4])}</p>",  # too long for a caption
    f"<p class='Lead'>{CAPTION}.</p>",  # another class
])
def test_other_paragraphs_stay(caption: str) -> None:
    assert "The ferry leaves the pier" in extract(_page(caption)).text
