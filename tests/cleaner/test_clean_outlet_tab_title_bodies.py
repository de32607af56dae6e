"""A public body's press release on a page with no og:site_name nor JSON-LD publisher (issue 14): the
body's name is only in the tab title beside the headline ("Press release on consultations | Ministry
of Foreign Affairs of Japan", "... - Министерство иностранных дел Российской Федерации"). Before, the
outlet was unknown and the release had no author; the public body (``cleaner.metadata._PUBLIC_BODY``)
signs it. Guards: a newspaper's name there stays unread as before (only public bodies), a headline
that names a ministry itself is no outlet, og:site_name still comes first."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = ("The two sides agreed to strengthen cooperation in ensuring international information security "
         "and to hold regular consultations between their foreign ministries. ")
_HEADLINE = "Press release on consultations"


def _page(tab: str, head: str = "", headline: str = _HEADLINE) -> str:
    return (f"<html lang='en'><head><title>{tab}</title>{head}</head><body><div class='announce'>"
            f"<h1>{headline}</h1><div class='announce__date'>12 April 2024 18:15</div>"
            f"<div class='text'><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p></div></div>"
            "</body></html>")


@pytest.mark.parametrize(("tab", "head", "headline", "names"), [
    (f"{_HEADLINE} | Ministry of Foreign Affairs of Japan", "", _HEADLINE,
     ["Ministry of Foreign Affairs of Japan"]),
    (f"{_HEADLINE} - Министерство иностранных дел Российской Федерации", "", _HEADLINE,
     ["Министерство иностранных дел Российской Федерации"]),
    (f"Embassy of the Republic of Korea in Spain | {_HEADLINE}", "", _HEADLINE,
     ["Embassy of the Republic of Korea in Spain"]),
    # guards: a newspaper's name in the tab title; the headline names the ministry; og:site_name first
    (f"{_HEADLINE} | Daily Chronicle", "", _HEADLINE, []),
    ("Ministry of Health warns of flu season | Daily Chronicle", "", "Ministry of Health warns of flu season",
     []),
    (f"{_HEADLINE} | Ministry of Foreign Affairs of Japan", "<meta property='og:site_name' content='MOFA'>",
     _HEADLINE, ["MOFA"]),
])
def test_public_body_in_the_tab_title(tab: str, head: str, headline: str, names: list[str]) -> None:
    assert extract(_page(tab, head, headline), "https://example.org/en/news/1944112/").authors == names
