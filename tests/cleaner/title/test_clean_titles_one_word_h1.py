"""A headline of one word ("زلزال", "רעידה", "Erdbeben") that the tab title sets beside a name of a few
words ("زلزال - صوت المدينة"), where an <h1> over the story prints it and no tag names the site (issue
14): the <h1> is the headline; one word was too short to tell from the name by its shape, and the title
was kept whole. Where the masthead's <h1> prints one word of a title of two ("زلزال - صوت"), that word is
the site's name and the other the headline. Guards: a one-word <h1> a site key names beside a headline,
one beside a segment of five words, and a title of three segments, stay as before."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.qarya.example/news/2024/04/12/98765"


def _title(tab: str, h1: str = "", masthead: str = "", lang: str = "ar", url: str = URL) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><header>{masthead}</header>"
            f"<main><article>{h1}<div class='article-body'>{STORY_PROSE}</div></article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("tab", "word", "lang"), [
    ("زلزال - صوت المدينة", "زلزال", "ar"),
    ("صوت المدينة | زلزال", "زلزال", "ar"),
    ("زلزله - صدای شهر", "زلزله", "fa"),
    ("רעידה - קול העיר", "רעידה", "he"),
    ("Erdbeben - Stimme der Stadt", "Erdbeben", "de"),
])
def test_the_h1_of_one_word_is_the_headline(tab: str, word: str, lang: str) -> None:
    assert _title(tab, h1=f"<h1>{word}</h1>", lang=lang) == word


def test_the_masthead_h1_of_one_word_is_the_site() -> None:
    assert _title("زلزال - صوت", masthead="<h1>صوت</h1>") == "زلزال"


@pytest.mark.parametrize(("tab", "h1", "url", "headline"), [
    ("Ceasefire holds in south - Quayside", "Quayside", "https://www.quayside.example/news/1",
     "Ceasefire holds in south"),
    ("Ceasefire holds in the south - Quayside", "Quayside", URL, "Ceasefire holds in the south"),
    ("زلزال - أخبار - صوت المدينة", "زلزال", URL, "زلزال - أخبار - صوت المدينة"),
])
def test_other_one_word_h1s_stay(tab: str, h1: str, url: str, headline: str) -> None:
    assert _title(tab, h1=f"<h1>{h1}</h1>", url=url) == headline
