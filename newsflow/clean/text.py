"""Text-level cleaning after extraction. (Placeholder until the cleaning rules land: whitespace only.)"""

from __future__ import annotations

import re

CLEANER_VERSION = "0"


def clean_text(text: str) -> str:
    paragraphs = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in text.splitlines()]
    return "\n".join(p for p in paragraphs if p)
