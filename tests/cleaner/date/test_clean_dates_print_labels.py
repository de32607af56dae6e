"""Print-edition labels in more languages (issue 14): a day the page writes as the print edition's
("Vyšlo v tištěném vydání 14. dubna 2024", "Megjelent a nyomtatott kiadásban 2024. április 14.",
"Δημοσιεύθηκε στην έντυπη έκδοση 14 Απριλίου 2024") above the online publication's is not the
publication: htmldate took the first day, two days late."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _published(lang: str, tld: str, lines: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes</title></head><body><article>"
            f"<h1>Council votes</h1>{lines}{BODY}</article></body></html>")
    return extract(page, url=f"https://www.example.{tld}/news/council-votes").published_at


@pytest.mark.parametrize(("lang", "tld", "printed", "online"), [
    ("cs", "cz", "Vyšlo v tištěném vydání 14. dubna 2024", "Publikováno 12. dubna 2024 14:46"),
    ("hu", "hu", "Megjelent a nyomtatott kiadásban 2024. április 14.", "Közzétéve 2024. április 12. 14:46"),
    ("el", "gr", "Δημοσιεύθηκε στην έντυπη έκδοση 14 Απριλίου 2024", "Δημοσιεύθηκε 12 Απριλίου 2024 14:46"),
])
def test_the_print_editions_day_written_first_is_not_the_publication(lang: str, tld: str, printed: str,
                                                                     online: str) -> None:
    published = _published(lang, tld, f"<p>{printed}</p><p>{online}</p>")
    assert published is not None and (published.day, published.hour, published.minute) == (12, 14, 46)


def test_a_print_editions_day_alone_stays() -> None:
    # Guard: the page writes no other day: the print edition's is all there is.
    published = _published("cs", "cz", "<p>Vyšlo v tištěném vydání 14. dubna 2024</p>")
    assert published is not None and published.day == 14
