"""Language identification with py3langid, falling back to the page's declared language."""

from __future__ import annotations

import re
from functools import lru_cache

# Enough text to decide (on the 181 pages of the extraction benchmark, 1,000 characters give the
# same language as 3,000); identification cost grows with length.
_SAMPLE_CHARS = 1000
_MIN_CHARS = 40
_MIN_CONFIDENCE = 0.5
_DECLARED = re.compile(r"^[a-z]{2,3}", re.IGNORECASE)
# Languages the identifier cannot tell apart on a short text (Serbian in Latin script comes out
# Bosnian or Croatian; Malay and Indonesian): where the page declares one of the group and the
# identifier names another, the page knows better.
_CLOSE_GROUPS = (frozenset({"sr", "hr", "bs", "sh", "me"}), frozenset({"id", "ms"}))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def normalize_declared(lang: str | None) -> str | None:
    """``en-US`` / ``EN_gb`` -> ``en``; None when it does not look like a language code."""
    match = _DECLARED.match((lang or "").strip())
    return match.group(0).lower() if match else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``; the page's declared ``lang`` when the text is too short or the
    identifier unsure."""
    declared_code = normalize_declared(declared)
    sample = text[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return declared_code
    lang, confidence = _identifier().classify(sample)
    if confidence < _MIN_CONFIDENCE and declared_code:
        return declared_code
    if declared_code and any(lang in group and declared_code in group for group in _CLOSE_GROUPS):
        return declared_code
    return lang
