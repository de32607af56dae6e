"""Site names beside a headline in forms the title rules did not read (issue 14), where the page states
no site name and prints no <h1> the title can be matched with:
- Japanese and Chinese separators: the horizontal bar "―" and the full-width solidus "／" ("…を心配 ―
  スポーツ報知", "…を心配／東海新聞"), spaced or between the characters; and " « ", " ~ " (old themes);
- a name with Italian particles ("Corriere della Sera": "della" is a particle as "del" is);
- a short host that spells the name's initials without its article ("The Sydney Morning Herald" on
  smh.*);
- a name of two or three words whose first or last word the domain spells, the rest in lower case
  ("Українська правда" on pravda.*).
Guards: a headline going on after a dash ("- Pravda says sorry"), a Japanese headline with a bar between
two long halves."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council approves new budget for harbour repairs"
JAPANESE = "港湾の新しい規則で漁業者が生活の先行きを心配する声"
PROSE = STORY_PROSE


def _title(title: str, host: str, lang: str = "en") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><a href='/'>Home</a>"
            f"</header><main><article>{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), f"https://{host}/news/2024/04/12/story-98765.html").title


@pytest.mark.parametrize("title", [f"{JAPANESE} ― 東海新聞", f"{JAPANESE}―東海新聞",
                                   f"{JAPANESE} ／ 東海新聞", f"{JAPANESE}／東海新聞Web"])
def test_a_japanese_bar_or_solidus_sets_the_sites_name_apart(title: str) -> None:
    assert _title(title, "www.tokai-shimbun.example", "ja") == JAPANESE


@pytest.mark.parametrize("title", [f"{HEADLINE} « Quayside Chronicle", f"{HEADLINE} ~ Quayside Chronicle"])
def test_guillemet_and_tilde_separators(title: str) -> None:
    assert _title(title, "www.quaysidechronicle.example") == HEADLINE


@pytest.mark.parametrize(("name", "host"), [
    ("Corriere della Sera", "www.corriere.example"),
    ("Gazzetta dello Sport", "www.gazzetta.example"),
    ("The Sydney Morning Herald", "www.smh.example"),
    ("Українська правда", "www.pravda.com.example"),
    ("Gazeta Wyborcza", "wyborcza.example"),
])
@pytest.mark.parametrize("separator", [" - ", " | "])
def test_a_name_the_domain_spells_in_part(name: str, host: str, separator: str) -> None:
    assert _title(f"{HEADLINE}{separator}{name}", host) == HEADLINE


@pytest.mark.parametrize("title", [
    f"{HEADLINE} - Pravda says sorry",  # the name opens a clause
    f"{HEADLINE} - Pravda reporter attacked",
    f"{HEADLINE} | Pravda staff protest",
])
def test_words_after_the_headline_that_are_no_name_stay(title: str) -> None:
    assert _title(title, "www.pravda.com.example") == title


def test_a_bar_between_two_long_halves_of_a_japanese_headline_stays() -> None:
    title = "港湾の新しい規則―漁業者が生活の先行きを心配し行政に説明を求める声が相次ぐ"
    assert _title(title, "www.tokai-shimbun.example", "ja") == title


@pytest.mark.parametrize("title", [f"{HEADLINE} (12.04.2024)", f"{HEADLINE} [12/04/2024]"])
def test_a_day_in_brackets_after_the_headline_goes(title: str) -> None:
    assert _title(title, "www.quaysidechronicle.example") == HEADLINE
    short = "Harbour closed (12.04.2024)"  # a short headline keeps it
    assert _title(short, "www.quaysidechronicle.example") == short


def test_a_name_with_en_between_its_words() -> None:
    assert _title(f"{HEADLINE} - CNN en Español", "cnnespanol.cnn.example") == HEADLINE


KOREAN = "항구 새 규정에 어민들 생계 걱정 커져 정부 대책 촉구"


@pytest.mark.parametrize("title", [f"{KOREAN} : 사회일반 : 사회 : 뉴스 : 한겨레", f"{KOREAN} : 네이트 뉴스"])
def test_a_korean_papers_spaced_colon_sets_its_name_and_sections_apart(title: str) -> None:
    assert _title(title, "www.hani.example", "ko") == KOREAN


@pytest.mark.parametrize("title", [
    "정부 의대 증원 2000명 확정 발표 : 의사단체 강력 반발 예고",  # a clause of three words or more
    "Les résultats du second tour des élections régionales : Emmanuel Macron",  # not Hangul
])
def test_a_spaced_colon_before_a_clause_or_in_another_script_stays(title: str) -> None:
    assert _title(title, "www.hani.example", "ko") == title


def test_a_networks_name_with_its_channels_initials_in_brackets() -> None:
    title = f"{JAPANESE}（テレビ東海系（TNN）） - ポータルニュース"
    assert _title(title, "news.portal.example", "ja") == JAPANESE
    assert _title(f"{JAPANESE}（上）", "news.portal.example", "ja") == f"{JAPANESE}（上）"  # a series' part
