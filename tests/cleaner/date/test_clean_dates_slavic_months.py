"""Days written with Slavic month names in the genitive (issue 14), found in the page's dateline
where nothing states the publication: Croatian ("12. listopada 2024.", October there, November in
Polish and Czech; "lipnja" June, "srpnja" July), Serbian and Macedonian in Cyrillic ("12. јануара
2024."), Bulgarian ("12 юни 2024"), Belarusian ("12 снежня 2024"), Slovenian and Serbian in Latin
("12. avgusta 2024"); Polish, Czech, Ukrainian and Russian kept as they were."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cleaner.extract import extract

BODY = "<p>" + "Gradsko vijeće raspravljalo je o proračunu, školama i cestama do kasno u noć. " * 8 + "</p>"


def _published(line: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Vijeće o proračunu</title></head><body><article>"
            f"<h1>Vijeće o proračunu</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("line", "lang", "url", "month"), [
    # Croatian: the months other Slavic languages give other months to, by the page's language or domain.
    ("Objavljeno: 12. listopada 2024. u 14:46", "hr", "https://example.com/vijesti/vijece", 10),
    ("12. listopada 2024. 14:46", "", "https://www.example.hr/vijesti/vijece", 10),
    ("12. lipnja 2024. 14:46", "hr", "https://example.hr/vijesti/vijece", 6),
    ("12. srpnja 2024. 14:46", "hr", "https://example.hr/vijesti/vijece", 7),
    ("12. studenoga 2024. 14:46", "hr", "https://example.hr/vijesti/vijece", 11),
    ("Objavljeno 12. listopada 2024.", "bs", "https://example.ba/vijesti/vijece", 10),
    # Polish and Czech "listopad" stays November.
    ("12 listopada 2024, 14:46", "pl", "https://example.pl/kraj/rada", 11),
    ("12. listopadu 2024 14:46", "cs", "https://example.cz/domaci/rada", 11),
    ("12 października 2024, 14:46", "pl", "https://example.pl/kraj/rada", 10),
    ("12. října 2024 14:46", "cs", "https://example.cz/domaci/rada", 10),
    # Serbian and Macedonian in Cyrillic.
    ("12. јануара 2024. 14:46", "sr", "https://example.rs/vesti/vece", 1),
    ("12. фебруара 2024. 14:46", "sr", "https://example.rs/vesti/vece", 2),
    ("12. маја 2024. 14:46", "sr", "https://example.rs/vesti/vece", 5),
    ("12. јуна 2024. 14:46", "sr", "https://example.rs/vesti/vece", 6),
    ("12. јула 2024. 14:46", "sr", "https://example.rs/vesti/vece", 7),
    ("12. септембра 2024. 14:46", "sr", "https://example.rs/vesti/vece", 9),
    ("12. новембра 2024. 14:46", "sr", "https://example.rs/vesti/vece", 11),
    ("12. децембра 2024. 14:46", "sr", "https://example.rs/vesti/vece", 12),
    ("12 мај 2024, 14:46", "mk", "https://example.mk/vesti/sovet", 5),
    ("12 јуни 2024, 14:46", "mk", "https://example.mk/vesti/sovet", 6),
    # Serbian and Slovenian in Latin.
    ("12. avgusta 2024. 14:46", "sr", "https://example.rs/vesti/vece", 8),
    ("12. avgusta 2024 ob 14:46", "sl", "https://example.si/novice/svet", 8),
    # Bulgarian and Belarusian.
    ("12 януари 2024, 14:46", "bg", "https://example.bg/news/savet", 1),
    ("12 ноември 2024, 14:46", "bg", "https://example.bg/news/savet", 11),
    ("12 снежня 2024, 14:46", "be", "https://example.by/news/savet", 12),
    ("12 кастрычніка 2024, 14:46", "be", "https://example.by/news/savet", 10),
    # Ukrainian and Russian as before.
    ("12 жовтня 2024, 14:46", "uk", "https://example.ua/news/rada", 10),
    ("12 листопада 2024, 14:46", "uk", "https://example.ua/news/rada", 11),
    ("12 октября 2024, 14:46", "ru", "https://example.ru/news/sovet", 10),
])
def test_a_genitive_month_name_gives_its_day(line: str, lang: str, url: str, month: int) -> None:
    published = _published(line, lang, url)
    assert published is not None
    assert (published.month, published.day) == (month, 12)
    if "14:46" in line:  # its time kept, in the country's zone
        assert (published.hour, published.minute) == (14, 46)
        assert isinstance(published.tzinfo, ZoneInfo)
