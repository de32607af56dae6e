"""A press release no one signs on a public body's site whose name, given in full as its og:site_name, runs
past five words ("The Ministry of Foreign Affairs of the Russian Federation", "Permanent Mission of the
Russian Federation to the United Nations") got no author: cleaner.metadata.outlet_name took a name of five
words at most (a longer one reads as a slogan). A public body's name (ministry, department, embassy,
permanent mission, government, commission, secretariat, United Nations, in several languages) may run to
twelve words. Guards: a slogan of as many words, a long name with a sentence's punctuation, a short
outlet's name as before."""

from __future__ import annotations

import pytest

from cleaner.extract import extract
from cleaner.metadata import outlet_name

_TEXT = ("The two sides agreed to strengthen cooperation in ensuring international information security "
         "and to hold regular consultations between their foreign ministries. ")


def _page(site: str) -> str:
    return ("<html lang='en'><head><title>Press release on consultations</title>"
            f"<meta property='og:site_name' content=\"{site}\"></head><body><div class='announce'>"
            "<h1>Press release on consultations</h1><div class='announce__date'>12 April 2024 18:15</div>"
            f"<div class='text'><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p></div></div>"
            "</body></html>")


@pytest.mark.parametrize("site", [
    "The Ministry of Foreign Affairs of the Russian Federation",
    "Permanent Mission of the Russian Federation to the United Nations",
    "Ministerio de Relaciones Exteriores de la República de Cuba",
    "Ministère de l'Europe et des Affaires étrangères",
])
def test_a_public_bodys_release_is_its(site: str) -> None:
    assert extract(_page(site), "https://example.org/en/news/1944112/").authors == [site]


@pytest.mark.parametrize("site", [
    "Latest news and views from around the world",
    "Government news, politics and analysis from the capital",
])
def test_a_long_slogan_is_no_outlet(site: str) -> None:
    assert outlet_name(site) is None


def test_a_short_name_as_before() -> None:
    assert outlet_name("Daily Monitor") == "Daily Monitor"
