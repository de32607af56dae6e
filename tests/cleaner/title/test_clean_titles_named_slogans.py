"""A last segment that is the site's name and a slogan that names the news in one (issue 14): the name
before a colon or a full stop ("Headline - Diario Puerto: noticias de hoy", "Headline | Quayside
Chronicle. Breaking News, Latest News and Videos") or after a preposition ("Headline | Noticias de hoy
en Diario Puerto", "Headline | Breaking News, Latest News and Videos from Quayside Chronicle"). Cut where
the name is the site's as the domain or a site-name tag spells it. Guards: the news on a topic after the
name ("Site: Latest news on the floods"), a name nothing states, a segment with no word for the news."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

ES = "El Gobierno aprueba un nuevo presupuesto para reparar el puerto tras meses de debate"
EN = "Council approves new budget for harbour repairs after long dispute"
ES_URL = "https://www.diariopuerto.example/politica/presupuesto-123.html"
EN_URL = "https://www.quaysidechronicle.example/news/123"


def _title(tab: str, url: str, lang: str = "en", site: str | None = None) -> str | None:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{meta}</head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{STORY_PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("tab", "headline", "url", "lang", "site"), [
    (f"{ES} - Diario Puerto: noticias de hoy", ES, ES_URL, "es", None),
    (f"{ES} | Diario Puerto. Noticias de hoy", ES, ES_URL, "es", None),
    (f"{ES} - Últimas noticias de hoy en Diario Puerto", ES, ES_URL, "es", None),
    (f"{ES} | Noticias de hoy en El Faro", ES, ES_URL, "es", "El Faro"),
    (f"{EN} - Quayside Chronicle: Breaking News, Latest News and Videos", EN, EN_URL, "en", None),
    (f"{EN} | Breaking News, Latest News and Videos from Quayside Chronicle", EN, EN_URL, "en", None),
])
def test_the_sites_name_with_its_slogan_goes(tab: str, headline: str, url: str, lang: str,
                                             site: str | None) -> None:
    assert _title(tab, url, lang, site) == headline


@pytest.mark.parametrize(("tab", "url"), [
    (f"{EN} - Quayside Chronicle: Latest news on the floods", EN_URL),
    (f"{EN} - Harbour Gazette: Latest News and Videos", EN_URL),
    (f"{EN} - Quayside Chronicle: the council's long dispute explained", EN_URL),
    (f"{ES} - Noticias de hoy en Madrid", ES_URL),
])
def test_other_last_segments_stay(tab: str, url: str) -> None:
    assert _title(tab, url) == tab
