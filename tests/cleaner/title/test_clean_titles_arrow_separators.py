"""The arrows SEO templates set between the headline and the site's name ("El ayuntamiento cancela el
proyecto del tranvía ▷ Diario del Sur", "... ➤ Site", "... → Site", "Site ❯ Headline") (issue 14): no
separator read them, so where no heading on the page prints the headline (an og:title with the name, a
headline in a block no class names) the title came out with the site's name. Now ``sitenames._SEPARATOR``
and ``unnamed_sites._TAIL_SEPARATOR`` read ▷ ► ▶ ➤ → ⇒ ❯ between spaces as they read » and ›. Guards: an
arrow inside a headline between two places ("London → Paris in two hours ..."), a headline the <h1> prints.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

CASES = [  # (lang, headline, site, address)
    ("es", "El ayuntamiento cancela el proyecto del tranvía", "Diario del Sur", "https://diariodelsur.example/l/1"),
    ("pt", "Câmara aprova empréstimo para a nova ponte", "Jornal da Costa", "https://jornaldacosta.example/c/1"),
    ("en", "Council approves loan for the new harbour bridge", "Harbour Times", "https://harbourtimes.example/n/1"),
]
MARKS = ["▷", "➤", "→", "►"]


def _title(lang: str, head: str, shown: str, url: str) -> str | None:
    page = (f"<html lang='{lang}'><head>{head}</head><body><main><article>{shown}{prose(8)}</article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize(("lang", "headline", "site", "url"), CASES, ids=[case[0] for case in CASES])
def test_the_site_after_an_arrow_is_cut(lang: str, headline: str, site: str, url: str, mark: str) -> None:
    shown = f"<p><strong>{headline}</strong></p>"
    named = f"<meta property='og:site_name' content='{site}'>"
    assert _title(lang, f"<title>{headline} {mark} {site}</title>{named}", shown, url) == headline
    # No name declared: the domain spells it, or it reads as one.
    tab = f"{headline} {mark} {site}"
    head = f"<title>{tab}</title><meta property='og:title' content='{tab}'>"
    assert _title(lang, head, shown, url) == headline


@pytest.mark.parametrize("headline", ["London → Paris in two hours on the new night train",
                                      "Madrid ▷ Lisboa: el tren nocturno vuelve tras diez años"])
def test_an_arrow_inside_a_headline_stays(headline: str) -> None:
    named = "<meta property='og:site_name' content='Rail Weekly'>"
    url = "https://railweekly.example/n/1"
    shown = f"<p><strong>{headline}</strong></p>"
    assert _title("en", f"<title>{headline}</title>{named}", shown, url) == headline
    tab = f"<title>{headline} | Rail Weekly</title>{named}"
    assert _title("en", tab, f"<h1>{headline}</h1>", url) == headline
