"""A wire story's sign-off that names its agencies after a "with", alone on its line: "With AFP", "— With
AFP, Reuters", "(avec l'AFP)", "(mit Material von dpa)", "Con información de EFE y Reuters", "(Com informações
da Lusa)", "With inputs from PTI". The sign-off of a dash and the agency alone ("— AFP") is
``credits.SIGN_OFF``'s; the author rules read the agencies from the page (cleaner.author.author_datelines).

The agencies: a name in capitals of three to six letters ("AFP", "EFE", "ANSA"; "AP", "AA"; not "With
AI") or one of the wires named in other case ("Reuters", "dpa", "Lusa"), up to four, joined by commas or
"and" in the languages of the "with". Cheap: only a short line whose first character may open one.
"""

from __future__ import annotations

import re

_WIRES = (r"reuters|dpa|lusa|xinhua|bloomberg|kyodo|yonhap|antara|bernama|interfax|sputnik|europa press|"
          r"associated press|agencies|agences|agencias|agenturen|agenzie|agências")
_AGENCY = rf"(?:(?-i:[A-Z]{{3,6}}|AP|AA)|{_WIRES})"
_WIRE_CREDIT = re.compile(
    r"^(?:[-–—]+\s*)?[(\[]?\s*(?:with|avec|mit|con|com)\s+"
    r"(?:material\s+(?:von|der|from)\s+|información\s+de\s+|informações\s+d[aoe]s?\s+|inputs?\s+from\s+)?"
    rf"(?:l['’]\s*)?{_AGENCY}(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*(?:l['’]\s*)?{_AGENCY}){{0,3}}"
    r"\s*[)\]]?\s*\.?$", re.IGNORECASE)
_MAX_WORDS = 10
_OPENERS = frozenset("-–—([wWaAmMcC")


def is_wire_credit(line: str, words: list[str]) -> bool:
    return len(words) <= _MAX_WORDS and line[:1] in _OPENERS and _WIRE_CREDIT.match(line) is not None
