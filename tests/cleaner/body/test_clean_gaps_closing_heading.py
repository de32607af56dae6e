"""The subheading over the closing text a body sets in a bare <div> after an embedded video
(cleaner.body.gaps._heading_before): the fast pass dropped both; the text came back alone, and now
comes back under its heading. A heading over no prose, or one the text has already, changes nothing."""

from __future__ import annotations

import pytest
from helpers import article_lines, news_page

from cleaner.extract import extract

_YOUTUBE = ("<figure class='wp-block-embed is-type-video'><div class='wp-block-embed__wrapper'>"
            "<iframe src='https://www.youtube.com/embed/abc123' width='560' height='315'></iframe>"
            "</div></figure>")
_VIMEO = "<div class='video-container'><iframe src='https://player.vimeo.com/video/123'></iframe></div>"
# (language, embed, closing heading, closing text) as templates set the end of a story.
_CLOSINGS = {
    "en": ("en", _YOUTUBE, "What happens next",
           "The council will meet again in March to decide on the repairs fund, and residents can send "
           "their comments until the end of February."),
    "de": ("de", _VIMEO, "Wie es weitergeht",
           "Der Gemeinderat will im März über die Mittel entscheiden; Anwohner können ihre Einwände noch "
           "bis Ende Februar einreichen."),
    "fr": ("fr", _YOUTUBE, "Et maintenant ?",
           "Le conseil se réunira de nouveau en mars pour trancher, et les habitants peuvent envoyer leurs "
           "remarques jusqu'à la fin février."),
    "es": ("es", _VIMEO, "Los próximos pasos",
           "El consejo volverá a reunirse en marzo para decidir sobre el fondo, y los vecinos pueden enviar "
           "sus comentarios hasta finales de febrero."),
}


def _page(lang: str, embed: str, tail: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in article_lines(8, lang))
    return news_page(f"<article><h1>Council passes the budget</h1><div class='entry-content'>{paragraphs}"
                     f"{embed}{tail}</div></article>", title="Council passes the budget")


@pytest.mark.parametrize("kind", sorted(_CLOSINGS))
def test_the_closing_heading_after_an_embed_comes_back_over_its_text(kind: str) -> None:
    lang, embed, heading, closing = _CLOSINGS[kind]
    text = extract(_page(lang, embed, f"<h2>{heading}</h2><div>{closing}</div>")).text
    assert text.endswith(f"{article_lines(8, lang)[-1]}\n{heading}\n{closing}")


def test_a_heading_over_no_prose_stays_out() -> None:
    tail = ("<h2>Watch more</h2><div><a href='/v/1'>Budget vote in two minutes</a> · "
            "<a href='/v/2'>The mayor on the roads</a></div>")
    text = extract(_page("en", _YOUTUBE, tail)).text
    assert "Watch more" not in text
    assert text.endswith(article_lines(8)[-1])


def test_a_heading_with_its_paragraph_in_p_is_not_doubled() -> None:
    _, embed, heading, closing = _CLOSINGS["en"]
    text = extract(_page("en", embed, f"<h2>{heading}</h2><p>{closing}</p>")).text
    assert text.count(heading) == 1
    assert text.endswith(f"{heading}\n{closing}")


def test_a_heading_before_the_last_kept_paragraph_stays_where_it_is() -> None:
    _, embed, heading, closing = _CLOSINGS["en"]
    lines = article_lines(8)
    paragraphs = "".join(f"<p>{line}</p>" for line in lines[:6])
    page = news_page(f"<article><h1>Council passes the budget</h1><div class='entry-content'>{paragraphs}"
                     f"<h2>{heading}</h2><p>{lines[6]}</p><p>{lines[7]}</p>{embed}<div>{closing}</div>"
                     "</div></article>")
    text = extract(page).text
    assert text.count(heading) == 1
    assert text.endswith(f"{heading}\n{lines[6]}\n{lines[7]}\n{closing}")
