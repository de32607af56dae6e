"""core.trades: the journalist's trades, one word list that the author code and the body's cuts build
their patterns from (the words once, each user's pattern its own)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.author.bylines import byline_names
from core.cuts.author_boxes import cut_author_box
from core.trades import ENGLISH_TRADES, ENVOYS, OTHER_TRADES, any_of

ROOT = Path(__file__).resolve().parents[2]
TRADE = re.compile(rf"^(?:{any_of(ENGLISH_TRADES, OTHER_TRADES, ENVOYS)})$", re.IGNORECASE)


@pytest.mark.parametrize("word", ["Reporter", "Korrespondentin", "rédactrice", "Periodista", "redattore",
                                  "Repórter", "verslaggever", "dziennikarka", "Muhabiri", "корреспондентка",
                                  "журналістка", "Envoyée", "inviato"])
def test_a_trade_in_the_languages_of_the_news(word: str) -> None:
    assert TRADE.match(word)


@pytest.mark.parametrize("word", ["Reportage", "Redaktion", "Journalism", "Anna", "Editorial"])
def test_no_trade(word: str) -> None:
    assert not TRADE.match(word)


@pytest.mark.parametrize(("text", "names"), [
    ("Anna Schmidt Korrespondentin in Paris", ["Anna Schmidt"]),
    ("Juan Pérez Corresponsal en Bruselas", ["Juan Pérez"]),
    ("Jan Kowalski, dziennikarz", ["Jan Kowalski"]),
    ("Von unserem Korrespondenten Hans Müller", ["Hans Müller"]),
    ("Jane Doe — Staff Reporter", ["Jane Doe"]),
])
def test_the_bylines_read_the_trades(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_the_author_box_reads_the_trades() -> None:
    lines = ["Der Stadtrat tagt am Montag erneut über den Haushalt der Stadt und die Schulen.",
             "Die Opposition kündigte Widerstand gegen die Pläne der Verwaltung an.",
             "Anna Schmidt",
             "Anna Schmidt ist seit 2015 Korrespondentin der Zeitung in Paris und schreibt über Europa."]
    assert cut_author_box(lines, [line.split() for line in lines])[0] == lines[:2]


def test_the_trades_have_one_home() -> None:
    """No user writes the word list out again: a pattern naming five trades is core.trades'."""
    spelled = re.compile(r"korrespondent|corresponsal|giornalista|dziennikar|корреспондент")
    for path in [ROOT / "core/cuts/author_boxes.py", *sorted((ROOT / "cleaner/author").glob("*.py"))]:
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#") and '"""' not in line)
        for line in code.splitlines():
            assert len(spelled.findall(line)) < 3, f"{path.name}: {line.strip()}"
