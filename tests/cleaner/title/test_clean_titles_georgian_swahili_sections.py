"""A section's name between the headline and the site's in a tab title (issue 14), in two forms that read
as the headline's own words:
- Georgian: Unicode gives Mkhedruli letters a lower case (since Mtavruli capitals were added) though the
  script is written without case, so "... - პოლიტიკა - IPN" (politics) read as a clause in lower case and
  stayed; Georgian words now count as uncased, as Arabic, Thai or Amharic ones do;
- Swahili: "| Habari za Kitaifa |" (national news) holds "za" (of) in lower case: Swahili's "za", "ya",
  "wa", "cha", "vya" are a name's particles, as "of", "de", "del" are.
Guards: a Latin tail in lower case ("- and why it matters") and an English clause after a dash stay;
a Georgian headline alone is kept whole.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))


def _title(tab: str, lang: str, site: str | None, url: str) -> str | None:
    named = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{named}</head><body><header>"
            "<a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


GE = "https://www.interpressnews.ge/ka/article/789123-premier/"
SW = "https://www.mwananchi.co.tz/mw/habari/kitaifa/serikali-4567890"


@pytest.mark.parametrize(("tab", "headline", "lang", "site", "url"), [
    ("პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა - პოლიტიკა - IPN",
     "პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა", "ka", "IPN", GE),
    ("პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა - პოლიტიკა - IPN",
     "პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა", "ka", None, GE),
    ("პარლამენტმა ბიუჯეტი მესამე მოსმენით მიიღო | საზოგადოება | ფორმულა",
     "პარლამენტმა ბიუჯეტი მესამე მოსმენით მიიღო", "ka", None, "https://formulanews.ge/News/101234"),
    ("Serikali yatangaza mpango mpya wa elimu bure | Habari za Kitaifa | Mwananchi",
     "Serikali yatangaza mpango mpya wa elimu bure", "sw", "Mwananchi", SW),
    ("Serikali yatangaza mpango mpya wa elimu bure | Habari za Kitaifa | Mwananchi",
     "Serikali yatangaza mpango mpya wa elimu bure", "sw", None, SW),
])
def test_the_section_goes(tab: str, headline: str, lang: str, site: str | None, url: str) -> None:
    assert _title(tab, lang, site, url) == headline


@pytest.mark.parametrize(("tab", "lang", "url"), [
    ("The council approves the harbour budget - and why it matters", "en", SW),
    ("Council approves the harbour budget - but residents are not convinced", "en", SW),
    ("პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა", "ka", GE),
])
def test_a_headline_stays_whole(tab: str, lang: str, url: str) -> None:
    assert _title(tab, lang, None, url) == tab
