"""A Colombian or Mexican day with its month first and "de" before the year ("abril 12 de 2024 - 11:40
p. m."), issue 14: its line was not found, so the time beside it lost its afternoon (11:40, not
23:40)."""

from __future__ import annotations

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


@pytest.mark.parametrize(("line", "expected"), [
    ("abril 12 de 2024 - 11:40 p. m.", "2024-04-12T23:40:00-05:00"),
    ("Abril 12 de 2024 | 11:40 p.m.", "2024-04-12T23:40:00-05:00"),
    # Guards: the forms read before.
    ("12 de abril de 2024 - 11:40 p. m.", "2024-04-12T23:40:00-05:00"),
    ("abril 12, 2024 - 11:40 p. m.", "2024-04-12T23:40:00-05:00"),
])
def test_month_first_with_de(line: str, expected: str) -> None:
    page = ("<html lang='es'><head><title>Presupuesto</title></head><body><article>"
            f"<h1>Presupuesto</h1><p class='meta'>{line}</p>{BUDGET_BODY}</article></body></html>")
    published = extract(page, url="https://www.example.com.co/news/1").published_at
    assert published is not None and published.isoformat() == expected
