"""A slogan that names the news set between the headline and the site's name in a tab title (issue 14):
"Headline | Latest news from the Quayside and beyond | Quayside Chronicle", "Titular | Noticias de
Uruguay y el Mundo actualizadas - EL PAIS Uruguay", "Заглавие - Новини от България и света |
Actualno.com": a segment of up to eight words with a word for the news among its first two, after a
headline at least as long. Cut where the site's name after it is told (a site-name tag, the domain) or
reads as a name. Guards: a headline's own clause after a dash that holds "news" further on, a short
headline, a segment with no word for the news."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
EN = "Council approves new budget for harbour repairs after long dispute"
ES = "El Gobierno aprueba un nuevo presupuesto para reparar el puerto tras meses de debate"
BG = "Правителството одобри нов бюджет за ремонт на пристанището след дълги спорове"


def _title(tab: str, lang: str = "en", site: str | None = None) -> str | None:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{meta}</head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://www.harbour-daily.example/news/98765").title


@pytest.mark.parametrize(("tab", "headline", "lang", "site"), [
    (f"{EN} | Latest news from the Quayside and beyond | Quayside Chronicle", EN, "en", "Quayside Chronicle"),
    (f"{EN} | News and views from the coast - Quayside Chronicle", EN, "en", "Quayside Chronicle"),
    (f"{EN} | Latest news from the Quayside and beyond | Quayside Chronicle", EN, "en", None),
    (f"{ES} | Noticias de Uruguay y el Mundo actualizadas - EL PAIS Uruguay", ES, "es", "EL PAIS Uruguay"),
    (f"{ES} | Noticias de Uruguay y el Mundo actualizadas - EL PAIS Uruguay", ES, "es", None),
    (f"{BG} - Новини от България и света | Actualno.com", BG, "bg", None),
])
def test_a_news_slogan_before_the_sites_name_goes(
        tab: str, headline: str, lang: str, site: str | None) -> None:
    assert _title(tab, lang, site) == headline


@pytest.mark.parametrize("tab", [
    "Council approves budget - and why the news matters for the harbour | Quayside Chronicle",  # a clause
    "Harbour budget | News of the vote reached the town late | Quayside Chronicle",  # short headline
    f"{EN} | Voices from the harbour and the coast | Quayside Chronicle",  # no word for the news
])
def test_a_headlines_own_segment_stays(tab: str) -> None:
    assert _title(tab, site="Quayside Chronicle") == tab.removesuffix(" | Quayside Chronicle")
