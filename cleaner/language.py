"""Language identification with py3langid, falling back to the page's declared language."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

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
# The identifier's automaton over byte n-grams reaches a state at most this many bytes deep (its
# model's longest n-gram prefix): the state after a byte is the walk over the last bytes up to it.
_WINDOW = 6


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class _WalkedIdentifier(LanguageIdentifier):
        """py3langid's identifier with its byte-by-byte walk of the automaton (a Python loop over
        every byte, a third of its time) done for all bytes at once in NumPy: each byte's state is
        walked from the start over the ``_WINDOW`` bytes up to it, then checked against the walk's
        own step (each state is the step from the one before), so the states, the features they
        count and their order are the walk's own; where a state differs, the library's walk runs."""

        __slots__ = ("_moves", "_outputs", "_rows")

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            try:
                moves = self.tk_nextmove
                self._moves = np.frombuffer(moves, dtype=np.dtype(moves.typecode))
                self._rows = np.asarray(self._rowbase, dtype=np.intp)
                self._outputs = np.asarray(self.tk_output, dtype=np.intp)
            except (AttributeError, TypeError, ValueError):  # another py3langid's tables: its own walk
                self._moves = None

        def _raw_score(self, text):
            if self._moves is None:
                return super()._raw_score(text)
            counted = _walked_counts(self._moves, self._rows, self._outputs, text)
            if counted is None:  # no feature, or a state the window does not reach: the library's
                return super()._raw_score(text)
            features, counts = counted
            # py3langid's _sparse_score on the same arrays (features in the order first met).
            return np.log1p(counts) @ self.nb_ptc[features] + self.nb_pc

    return _WalkedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _walked_counts(moves, rows, outputs, data: bytes):
    """(features, counts as float32) that py3langid's ``visit_counts`` gives for ``data`` (a Counter,
    in the order each feature is first met), or None where it finds none or a state is not the
    walk's."""
    symbols = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    size = len(symbols)
    if not size:
        return None
    states = np.zeros(size, dtype=np.intp)
    for back in range(_WINDOW - 1, -1, -1):  # the byte ``back`` before each, up to the byte itself
        if back < size:
            states[back:] = moves[rows[states[back:]] + symbols[:size - back]]
    # The walk's own step: the first state from the start, each next from the one before.
    if states[0] != moves[rows[0] + symbols[0]] or not np.array_equal(
            states[1:], moves[rows[states[:-1]] + symbols[1:]]):
        return None
    found = outputs[states]
    found = found[found >= 0]
    if not len(found):
        return None
    features, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return features[order], counts[order].astype(np.float32)


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
