"""Tokenising for the TF-IDF features (``classifier.features``), with C-level string calls only:
accents folded (NFKD), the text encoded as ASCII bytes, every byte that is not a letter or a hyphen
turned into a space by one ``bytes.translate`` (``ascii_bytes``). A batch of texts is then one byte
string whose tokens are looked up in the vocabulary by ``TokenTable`` with numpy, no Python object per
token (``split`` and a ``dict.get`` per token were most of scoring time).
"""

from __future__ import annotations

import codecs
import unicodedata

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Letters (lower-cased) and hyphens stay ("cyber-attacks" is one term); digits, punctuation and
# anything outside ASCII after accent folding separate tokens.
_TABLE = bytes(
    c if (97 <= c <= 122 or c == 45) else (c + 32 if 65 <= c <= 90 else 32) for c in range(256)
)
# Marks the end of a text in a batch; the translate table maps it to a space inside texts.
SEPARATOR = b"\x01"
STOP = frozenset(w.encode() for w in ENGLISH_STOP_WORDS)
_SPACE, _HYPHEN = 32, 45
# Odd 64-bit multipliers of the token hash (the golden ratio's and a MurmurHash mixing constant).
_MIX1, _MIX2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
# Per length n (0 to 8): the mask keeping the first n bytes of a little-endian 64-bit word.
_LOW_BYTES = np.array([(1 << (8 * n)) - 1 for n in range(9)], dtype=np.uint64)
KEY_BYTES = 16  # a token this long or shorter is its own key (two 64-bit words)
END = b" \x01" + b" " * KEY_BYTES  # the last text's separator, then room to read two words
_ABSENT = np.iinfo(np.int64).min  # a token with no entry (an entry may be -1: a stop word's)



def _fold_non_ascii(error: UnicodeEncodeError) -> tuple[str, int]:
    """After NFKD, accents are combining marks: drop them ("É" -> "E"); any other character outside
    ASCII (curly quotes, dashes, other scripts) separates words."""
    run = error.object[error.start : error.end]
    return "".join("" if unicodedata.combining(c) else " " for c in run), error.end


codecs.register_error("newsflow_fold", _fold_non_ascii)


def ascii_bytes(text: str) -> bytes:
    if text.isascii():
        return text.encode("ascii").translate(_TABLE)
    return unicodedata.normalize("NFKD", text).encode("ascii", "newsflow_fold").translate(_TABLE)


def is_term(token: bytes) -> bool:
    return len(token) >= 2 and token[0] != 45 and token[-1] != 45 and token not in STOP


def tokenize(text: str) -> list[str]:
    """The text's terms in order: lower-case words of two or more letters, stop words dropped."""
    return [t.decode() for t in ascii_bytes(text).split() if is_term(t)]


class TokenTable:
    """``entries.get(token, missing)`` for every token of a byte string at once, in numpy.

    A token of at most ``KEY_BYTES`` bytes is its own key: its bytes as two little-endian 64-bit
    words, zero-padded (a token holds no zero byte, so two tokens never share a key). The keys sit in
    an open-addressing hash table (linear probing, at most a quarter full, so nearly every token is
    settled by its first probe) that numpy probes for all tokens together. The few longer tokens go
    through a dict.
    """

    def __init__(self, entries: dict[bytes, int]) -> None:
        self._long = {t: v for t, v in entries.items() if len(t) > KEY_BYTES}
        short = [(t, v) for t, v in entries.items() if len(t) <= KEY_BYTES]
        assert all(t and 0 not in t for t, _ in short), "tokens are non-empty and hold no zero byte"
        self._bits = max(4, (4 * len(short)).bit_length())
        size = 1 << self._bits
        words = np.frombuffer(b"".join(t.ljust(KEY_BYTES, b"\0") for t, _ in short), dtype="<u8")
        k1, k2 = words[0::2], words[1::2]
        values = np.array([v for _, v in short], dtype=np.int64)
        self._k1 = np.zeros(size, dtype=np.uint64)  # 0: an empty slot (no token has a zero first byte)
        self._k2 = np.zeros(size, dtype=np.uint64)
        self._values = np.full(size, -1, dtype=np.int64)
        slot = self._home(k1, k2)
        pending = np.arange(len(short))
        while len(pending):
            # Each free slot takes one of the keys that reached it; the others probe the next slot,
            # so every key's probe path from its home slot is occupied (what lookup relies on).
            free = pending[self._k1[slot[pending]] == 0]
            _, first = np.unique(slot[free], return_index=True)
            placed = free[first]
            at = slot[placed]
            self._k1[at], self._k2[at], self._values[at] = k1[placed], k2[placed], values[placed]
            pending = np.setdiff1d(pending, placed, assume_unique=True)
            slot[pending] = (slot[pending] + 1) & (size - 1)

    def _home(self, k1: np.ndarray, k2: np.ndarray) -> np.ndarray:
        return (((k1 * _MIX1) ^ (k2 * _MIX2)) >> np.uint64(64 - self._bits)).astype(np.intp)

    def lookup(self, joined: bytes, unknown_term: int = -1) -> np.ndarray:
        """Per token of ``joined``, in order, its entry; for a token with no entry ``unknown_term``
        if it is shaped like a term (two bytes or more, no hyphen at either end), else -1.
        ``joined`` holds only bytes ``_TABLE`` leaves and separators, so tokens are the runs of
        bytes other than a space (as ``joined.split()``); it starts with a space and ends with
        ``KEY_BYTES`` spaces (every token start can then read two words)."""
        buf = np.frombuffer(joined, dtype=np.uint8)
        in_token = buf != _SPACE
        edges = np.flatnonzero(in_token[1:] != in_token[:-1]) + 1
        starts, ends = edges[0::2], edges[1::2]
        lengths = ends - starts
        # One 64-bit word at every byte offset (an overlapping, unaligned view: no copy).
        words = np.ndarray(shape=(len(buf) - 7,), dtype="<u8", buffer=joined, strides=(1,))
        k1 = words[starts] & _LOW_BYTES[np.minimum(lengths, 8)]
        k2 = np.zeros(len(starts), dtype=np.uint64)
        over = np.flatnonzero(lengths > 8)  # about a tenth of the tokens: their second word only
        k2[over] = words[starts[over] + 8] & _LOW_BYTES[np.minimum(lengths[over] - 8, 8)]
        slot = self._home(k1, k2)
        found = self._k1[slot]
        hit = (found == k1) & (self._k2[slot] == k2)
        # Without unknown terms an absent token is simply -1; with them, absent ones are marked first.
        fill = -1 if unknown_term == -1 else _ABSENT
        ids = np.where(hit, self._values[slot], fill)
        probing = np.flatnonzero(~hit & (found != 0))  # neither the key nor an empty slot: next slot
        while len(probing):
            at = (slot[probing] + 1) & (len(self._k1) - 1)
            slot[probing] = at
            found = self._k1[at]
            hit = (found == k1[probing]) & (self._k2[at] == k2[probing])
            ids[probing[hit]] = self._values[at[hit]]
            probing = probing[~hit & (found != 0)]
        if unknown_term != -1:
            absent = ids == _ABSENT
            shaped = (lengths >= 2) & (buf[starts] != _HYPHEN) & (buf[ends - 1] != _HYPHEN)
            ids[absent & shaped] = unknown_term
            ids[absent & ~shaped] = -1
        for i in np.flatnonzero(lengths > KEY_BYTES).tolist():
            token = joined[starts[i] : ends[i]]
            shaped_term = token[0] != _HYPHEN and token[-1] != _HYPHEN
            ids[i] = self._long.get(token, unknown_term if shaped_term else -1)
        return ids
