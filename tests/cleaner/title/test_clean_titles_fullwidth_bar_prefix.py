"""A Chinese or Japanese tab title that sets the site's name before the headline with a full-width bar,
unspaced ("東西新聞｜政府、経済対策の原案まとめる", "华东网｜国务院部署…"), on a page that names its site
nowhere else (no og:site_name, no logo's name) and prints no heading to compare with (issue 14): the
names before a bar were cut only before a spaced " | ", so the site's name stayed as the headline's start.
``unnamed_sites.strip_unnamed_prefix`` now reads the full-width bar as it reads " | " (a name's shape
before it, the headline after it at least twice its width). Guards: the site's name after the bar goes
as before; a name before a rest of two words stays; a headline with no bar stays.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.unnamed_sites import strip_unnamed_prefix

CASES = [  # (lang, site's name, headline, address)
    ("ja", "東西新聞", "政府、経済対策の原案まとめる　給付金を拡充", "https://www.tozai-np.example/articles/A1.html"),
    ("ja", "東西新聞デジタル", "首相、賃上げの流れを止めないと経済対策で表明", "https://www.tozai-np.example/articles/A2.html"),
    ("zh", "华东网", "国务院部署进一步稳定经济增长政策措施", "https://www.huadong.example/2024-04/12/c_1.htm"),
    ("zh", "台灣新聞網", "立法院三讀通過預算案　朝野攻防激烈", "https://news.taiwan.example/politics/4612345"),
]


def _title(lang: str, tab: str, shown: str, url: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><main><article>"
            f"<p><strong>{shown}</strong></p>{prose(8)}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("lang", "site", "headline", "url"), CASES, ids=[case[1] for case in CASES])
def test_the_site_name_before_a_full_width_bar_is_cut(lang: str, site: str, headline: str, url: str) -> None:
    for tab in (f"{site}｜{headline}", f"{site}　｜　{headline}"):
        assert " ".join(_title(lang, tab, headline, url).split()) == " ".join(headline.split())


@pytest.mark.parametrize(("lang", "site", "headline", "url"), CASES, ids=[case[1] for case in CASES])
def test_the_site_name_after_a_full_width_bar_goes_as_before(lang: str, site: str, headline: str,
                                                             url: str) -> None:
    assert " ".join(_title(lang, f"{headline}｜{site}", headline, url).split()) == " ".join(headline.split())


def test_a_name_before_two_words_stays() -> None:
    assert strip_unnamed_prefix("Harbour Post｜Weekly digest") == "Harbour Post｜Weekly digest"


def test_a_headline_with_no_bar_stays() -> None:
    headline = "国务院部署进一步稳定经济增长政策措施"
    assert strip_unnamed_prefix(headline) == headline
