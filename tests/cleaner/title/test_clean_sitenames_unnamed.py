"""Site names cut where nothing on the page names the site (cleaner.title.unnamed_sites.strip_unnamed_site and
strip_unnamed_prefix), in forms Chinese and Japanese sites write with no spaces ("——新华网", "--人民网",
"|国内|", "【東海新聞】") and a day set before the headline ("12.04.2024 - Headline - Site")."""

from __future__ import annotations

import pytest

from cleaner.title.unnamed_sites import strip_unnamed_prefix, strip_unnamed_site

ZH = "暴雨导致河水泛滥 居民紧急撤离"
JA = "大雨で川が氾濫、住民が避難"


@pytest.mark.parametrize(("title", "headline"), [
    (f"{ZH}——港口网", ZH),
    (f"{ZH}--港口网", ZH),
    (f"{ZH}--国内--港口网", ZH),
    (f"{ZH}|国内|港口网", ZH),
    (f"{ZH}—港口网", ZH),
    (f"{JA} 【東海新聞】", JA),
    (f"{JA}【動画】", JA),
])
def test_unspaced_site_and_section_names_are_cut(title: str, headline: str) -> None:
    assert strip_unnamed_site(title) == headline


@pytest.mark.parametrize("title", [
    "台风--九州登陆",  # a short headline of two halves
    f"{JA}（上）",  # a series' part
    "Storm hits the coast--again and again",  # no Chinese or Japanese on either side
])
def test_headlines_with_such_marks_stay(title: str) -> None:
    assert strip_unnamed_site(title) == title


def test_a_day_before_the_headline_goes() -> None:
    headline = "Storm hits the coast as thousands lose power"
    assert strip_unnamed_prefix(f"12.04.2024 - {headline}") == headline
    assert strip_unnamed_prefix(f"2024/04/12 | {headline}") == headline
    assert strip_unnamed_prefix("12.04.2024 - Storm hits") == "12.04.2024 - Storm hits"  # no headline left
