"""The fast author path (the page's rel/itemprop author elements) took a photographer's marked name
(issue 14): a rel=author link in a picture's <figure> or caption came before the byline under the
headline, and a byline crediting the text and the photos to two linked people ("Text: <a
rel=author>A</a> / Photos: <a rel=author>B</a>") gave both. A marked element in a caption, or after a
credit's label for the photos, the video or the editing, is no author's; the byline's reading decides."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, lang: str = "en", foot: str = "") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{foot}</article></body></html>")


_A = '<a rel="author" href="/author/{slug}">{name}</a>'
_FIGURE = ('<figure><img src="/img/council.jpg" alt="The council"><figcaption>The council on Tuesday. '
           f'Photo: {_A.format(slug="john-smith", name="John Smith")}</figcaption></figure>')


@pytest.mark.parametrize(("byline", "lang", "names"), [
    (_FIGURE + '<p class="byline">By Jane Doe</p>', "en", ["Jane Doe"]),
    ('<div class="image-caption">Photo by ' + _A.format(slug="john-smith", name="John Smith") + "</div>"
     '<p class="byline">By Jane Doe</p>', "en", ["Jane Doe"]),
    (f'<p class="byline">Text: {_A.format(slug="jane-doe", name="Jane Doe")} / '
     f'Photos: {_A.format(slug="john-smith", name="John Smith")}</p>', "en", ["Jane Doe"]),
    (f'<p class="byline">By {_A.format(slug="jane-doe", name="Jane Doe")}. '
     f'Photography by {_A.format(slug="john-smith", name="John Smith")}</p>', "en", ["Jane Doe"]),
    (f'<p class="byline">Text: {_A.format(slug="hans-mueller", name="Hans Müller")} / '
     f'Fotos: {_A.format(slug="anna-schmidt", name="Anna Schmidt")}</p>', "de", ["Hans Müller"]),
    (f'<p class="byline">Texto: {_A.format(slug="juan-perez", name="Juan Pérez")} | '
     f'Fotos: {_A.format(slug="maria-lopez", name="María López")}</p>', "es", ["Juan Pérez"]),
    (f'<p class="byline">Текст: {_A.format(slug="ivan", name="Иван Петров")}, '
     f'фото: {_A.format(slug="maria", name="Мария Иванова")}</p>', "ru", ["Иван Петров"]),
])
def test_the_photographer_is_no_author(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: two writers marked; an author box whose class names its avatar's image; a writer and
    # a photographer both marked, the writer after the photographer's credit in another line
    (f'<p class="byline">By {_A.format(slug="jane-doe", name="Jane Doe")} and '
     f'{_A.format(slug="john-smith", name="John Smith")}</p>', ["Jane Doe", "John Smith"]),
    ('<div class="author-image"><img src="/img/jane.jpg" alt="">'
     f'{_A.format(slug="jane-doe", name="Jane Doe")}</div>', ["Jane Doe"]),
    (f'<p class="byline">{_A.format(slug="jane-doe", name="Jane Doe")}, '
     f'{_A.format(slug="john-smith", name="John Smith")}</p>', ["Jane Doe", "John Smith"]),
])
def test_guards(byline: str, names: list[str]) -> None:
    assert extract(_page(byline)).authors == names
