"""Site-name segments of a tab title that were left on the headline (issue 14): a segment before the
site's domain that holds the site's name among other words ("Headline | Noticias de Costa Norte -
costanorte.example"), and a Japanese site's name written without spaces beside a headline of a dozen
characters ("港湾修繕の新予算を承認 - 湊港湾ニュース"), which the rule "the headline at least twice the
name's length" kept whole. A headline segment that holds the name stays when it opens the title."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE

from cleaner.extract import extract
from cleaner.title.sitenames import site_keys, strip_site
from cleaner.title.unnamed_sites import strip_unnamed_site

PROSE = STORY_PROSE


def _title(tab: str, url: str, og: bool = False) -> str | None:
    sharing = f"<meta property='og:title' content='{tab}'>" if og else ""
    page = (f"<html><head><meta charset='utf-8'><title>{tab}</title>{sharing}</head><body><article>{PROSE}"
            "</article></body></html>")
    return extract(page, url).title


@pytest.mark.parametrize("og", [False, True])
def test_a_segment_that_names_the_site_before_its_domain(og: bool) -> None:
    headline = "El consejo aprueba el presupuesto del puerto"
    url = "https://www.costanorte.example/noticias/nacional/123/2024/"
    assert _title(f"{headline} | Noticias de Costa Norte - costanorte.example", url, og) == headline
    assert _title(f"{headline} | Costa Norte Noticias | costanorte.example", url, og) == headline


def test_a_headline_that_names_the_site_keeps_its_place() -> None:
    keys = site_keys(None, "https://www.costanorte.example/1")
    # The first segment is never cut, and a long segment is no name.
    assert strip_site("Costa Norte wins the press award | costanorte.example", keys) \
        == "Costa Norte wins the press award"
    title = "Council vote | Why Costa Norte readers cared about the harbour budget | costanorte.example"
    assert strip_site(title, keys) == "Council vote | Why Costa Norte readers cared about the harbour budget"


@pytest.mark.parametrize("og", [False, True])
def test_a_japanese_sites_name_beside_a_short_headline(og: bool) -> None:
    headline = "港湾修繕の新予算を承認"
    url = "https://www.minato.example/article/20240412-X/"
    assert _title(f"{headline} - 湊港湾ニュース", url, og) == headline
    assert strip_unnamed_site(f"{headline} - 湊港湾ニュース") == headline
    # A name as long as the headline stays: nothing tells which is which.
    assert strip_unnamed_site("港湾予算を承認 - 湊港湾ニュース") == "港湾予算を承認 - 湊港湾ニュース"
