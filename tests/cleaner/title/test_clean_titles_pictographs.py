"""Emoji and pictographs at the ends of a sharing title ("🔴 Headline", "⚡️ LIVE: Headline", "Headline
📸"), a badge no headline on the page prints (issue 14): where no <h1> tells the headline, they go, and a
label after them goes as it would alone. Guards: a title that would leave fewer than three words, a
symbol inside the headline, and a © or ® in a name stay."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaynews.example/world/2024/04/12/harbour-sea-wall"
HEADLINE = "Harbour town votes to build new sea wall after storms"


def _title(sharing: str, tab: str | None = None, h1: str = "") -> str | None:
    tab = tab or f"{HEADLINE} | Quay News"
    page = (f"<html><head><title>{tab}</title><meta property='og:title' content=\"{sharing}\">"
            f"</head><body><main><article>{h1}<div class='article-body'>{STORY_PROSE}</div></article>"
            "</main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("sharing", [
    f"🔴 {HEADLINE}", f"⚡️ {HEADLINE}", f"{HEADLINE} 📸", f"🇺🇦 {HEADLINE}", f"⚽ {HEADLINE} 🏆",
    f"🔴 LIVE: {HEADLINE}", f"▶️ {HEADLINE}", f"👨‍👩‍👧 {HEADLINE}",
])
def test_pictographs_at_the_ends_go(sharing: str) -> None:
    assert _title(sharing) == HEADLINE


def test_the_h1_still_wins() -> None:
    assert _title(f"🔴 {HEADLINE}", h1=f"<h1>{HEADLINE}</h1>") == HEADLINE


@pytest.mark.parametrize("sharing", [
    "🔴 Sea wall", "Harbour town votes ❤️ new sea wall after storms",
    "Quay News® readers vote on the sea wall", "Harbour town votes to build new sea wall after storms ©",
])
def test_other_symbols_stay(sharing: str) -> None:
    assert _title(sharing, tab=sharing) == sharing
