"""TF-IDF features: sublinear term frequency, word unigrams (bigrams optional), IDF learnt from every
text seen in training (seeds, labels and the unlabeled pool), so rare domain terms weigh what they
should.

Tokenising is the cost of scoring, so it is done with C-level string calls only: accents folded
(NFKD), the text encoded as ASCII bytes, every byte that is not a letter or a hyphen turned into a
space by one ``bytes.translate``, then ``split``. A batch of texts is tokenised as one byte string,
looked up in the vocabulary with one ``map(dict.get)`` and counted by scipy, with no Python loop per
token. Word bigrams (the multi-class path) are counted the same way: each token becomes a word id
(its kind decided once per distinct token), adjacent ids pair into one integer key, and the keys are
looked up by ``searchsorted``. Training and scoring share the tokenizer, so the vectors are the same
either way (tested).
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import asdict, dataclass
from itertools import repeat
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.preprocessing import normalize

# Letters (lower-cased) and hyphens stay ("cyber-attacks" is one term); digits, punctuation and
# anything outside ASCII after accent folding separate tokens.
_TABLE = bytes(
    c if (97 <= c <= 122 or c == 45) else (c + 32 if 65 <= c <= 90 else 32) for c in range(256)
)
# Marks the end of a text in a batch; the translate table maps it to a space inside texts.
_SEPARATOR = b"\x01"
_STOP = frozenset(w.encode() for w in ENGLISH_STOP_WORDS)


def _fold_non_ascii(error: UnicodeEncodeError) -> tuple[str, int]:
    """After NFKD, accents are combining marks: drop them ("É" -> "E"); any other character outside
    ASCII (curly quotes, dashes, other scripts) separates words."""
    run = error.object[error.start : error.end]
    return "".join("" if unicodedata.combining(c) else " " for c in run), error.end


codecs.register_error("newsflow_fold", _fold_non_ascii)


def _ascii_bytes(text: str) -> bytes:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "newsflow_fold").decode("ascii")
    return text.encode("ascii").translate(_TABLE)


def _is_term(token: bytes) -> bool:
    return len(token) >= 2 and token[0] != 45 and token[-1] != 45 and token not in _STOP


def tokenize(text: str) -> list[str]:
    """The text's terms in order: lower-case words of two or more letters, stop words dropped."""
    return [t.decode() for t in _ascii_bytes(text).split() if _is_term(t)]


@dataclass(frozen=True)
class FeatureParams:
    ngram_max: int = 1
    min_df: int = 1
    max_df: float = 1.0
    max_features: int | None = 200_000
    stop_words: str | None = "english"  # kept for saved models' metadata; English stop words always
    # IDF factor of names (terms nearly always written capitalised in the training texts): a few
    # seeds are dominated by the names of the parties they report on, not by what makes the topic.
    proper_noun_weight: float = 0.2
    proper_noun_share: float = 0.9


def _analyzer(ngram_max: int):
    def analyze(text: str) -> list[str]:
        words = tokenize(text)
        grams = list(words)
        for n in range(2, ngram_max + 1):
            grams += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        return grams

    return analyze


class Featurizer:
    """A fitted TF-IDF vocabulary that can be saved as plain arrays (no pickle)."""

    def __init__(self, params: FeatureParams | None = None) -> None:
        self.params = params or FeatureParams()
        self._vectorizer: TfidfVectorizer | None = None
        self._lookup: dict[bytes, int] = {}
        self._terms: np.ndarray | None = None

    def _make(self, vocabulary: dict[str, int] | None = None, min_df: int | None = None) -> TfidfVectorizer:
        p = self.params
        return TfidfVectorizer(
            sublinear_tf=True,
            analyzer=_analyzer(p.ngram_max),
            min_df=p.min_df if min_df is None else min_df,
            max_df=p.max_df,
            max_features=p.max_features,
            vocabulary=vocabulary,
            dtype=np.float32,
        )

    def fit(self, texts: list[str]) -> Featurizer:
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        """Learn vocabulary and IDF, and return the texts' vectors (one tokenisation pass)."""
        # Few texts (a handful of seeds and nothing else): keep every term.
        few = len(texts) < 20
        vectorizer = self._make(min_df=1 if few else None)
        if few:
            vectorizer.max_df = 1.0
        X = vectorizer.fit_transform(texts).tocsr()
        if self.params.proper_noun_weight != 1.0 and not few:
            scale = self._name_scale(texts, vectorizer.vocabulary_)
            vectorizer.idf_ = vectorizer.idf_ * scale
            X = normalize(X @ sp.diags(scale.astype(np.float32)), copy=False).tocsr()
        self._install(vectorizer)
        return X

    def _name_scale(self, texts: list[str], vocabulary: dict[str, int]) -> np.ndarray:
        """Per term: ``proper_noun_weight`` for names, 1 otherwise. A name is a term written with a
        capital letter in at least ``proper_noun_share`` of its occurrences (learnt from the texts)."""
        upper = np.zeros(len(vocabulary))
        total = np.zeros(len(vocabulary))
        keep_case = bytes(c if (65 <= c <= 90 or 97 <= c <= 122 or c == 45) else 32 for c in range(256))
        for text in texts:
            if not text.isascii():
                text = unicodedata.normalize("NFKD", text).encode("ascii", "newsflow_fold").decode("ascii")
            for token in text.encode("ascii").translate(keep_case).split():
                j = vocabulary.get(token.lower().decode())
                if j is not None:
                    total[j] += 1
                    upper[j] += 65 <= token[0] <= 90
        scale = np.ones(len(vocabulary))
        scale[(total > 0) & (upper >= self.params.proper_noun_share * np.maximum(total, 1))] = (
            self.params.proper_noun_weight
        )
        return scale

    def _install(self, vectorizer: TfidfVectorizer, terms: np.ndarray | None = None) -> None:
        self._vectorizer = vectorizer
        if terms is None:
            terms = vectorizer.get_feature_names_out()
        self._terms = np.asarray(terms, dtype=str)
        self._lookup = {str(t).encode(): i for i, t in enumerate(self._terms) if " " not in t}
        self._lookup[_SEPARATOR] = -2
        if self.params.ngram_max == 2:
            self._install_bigrams()

    def _install_bigrams(self) -> None:
        """Word ids for every word of the vocabulary (alone or in a bigram); per word id its unigram
        column (-1 if none); bigram columns sorted by the key ``first_id * n_words + second_id``."""
        words: dict[bytes, int] = {}
        pairs: list[tuple[int, int, int]] = []
        for col, term in enumerate(self.terms.tolist()):
            parts = [words.setdefault(w.encode(), len(words)) for w in term.split(" ")]
            if len(parts) == 2:
                pairs.append((parts[0], parts[1], col))
        self._words = words
        self._unigram_col = np.full(len(words) + 1, -1, dtype=np.int64)  # last slot: unknown term
        for word, wid in words.items():
            self._unigram_col[wid] = self._lookup.get(word, -1)
        n = len(words)
        keys = np.array([a * n + b for a, b, _ in pairs], dtype=np.int64)
        order = np.argsort(keys)
        self._bigram_keys = keys[order]
        self._bigram_cols = np.array([c for _, _, c in pairs], dtype=np.int64)[order]

    @property
    def vectorizer(self) -> TfidfVectorizer:
        if self._vectorizer is None:
            raise RuntimeError("Featurizer is not fitted")
        return self._vectorizer

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        if not texts:
            return sp.csr_matrix((0, len(self.vectorizer.vocabulary_)), dtype=np.float32)
        if self.params.ngram_max == 2:
            return self._fast_bigrams(texts)
        if self.params.ngram_max > 1:
            return self.vectorizer.transform(texts).tocsr()
        return self._fast_unigrams(texts)

    def _fast_bigrams(self, texts: list[str]) -> sp.csr_matrix:
        """The same vectors as ``vectorizer.transform`` for unigrams + bigrams, without a Python loop
        per token: stop words and other non-terms are dropped before pairing, as the analyzer does."""
        n_words = len(self._words)
        unknown, separator = n_words, -2
        tokens = b" \x01 ".join([_ascii_bytes(t) for t in texts] + [b""]).split()
        # Kind of each distinct token, decided once: word id, unknown term, separator or dropped (-1).
        kinds = {
            t: self._words.get(t, unknown) if _is_term(t) else -1 for t in set(tokens)
        }
        kinds[_SEPARATOR] = separator
        ids = np.fromiter(map(kinds.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        ids = ids[ids != -1]
        rows = np.cumsum(ids == separator)
        is_word = ids >= 0
        # Unigrams.
        uni_cols = np.where(is_word, self._unigram_col[np.where(is_word, ids, unknown)], -1)
        keep = uni_cols >= 0
        cols = [uni_cols[keep]]
        row_parts = [rows[keep]]
        # Bigrams: adjacent known words of the same text (a separator between texts breaks a pair).
        first, second = ids[:-1], ids[1:]
        pair = (first >= 0) & (first < unknown) & (second >= 0) & (second < unknown)
        if len(self._bigram_keys) and pair.any():
            keys = first[pair] * n_words + second[pair]
            at = np.minimum(np.searchsorted(self._bigram_keys, keys), len(self._bigram_keys) - 1)
            found = self._bigram_keys[at] == keys
            cols.append(self._bigram_cols[at[found]])
            row_parts.append(rows[:-1][pair][found])
        col = np.concatenate(cols)
        X = sp.csr_matrix(
            (np.ones(len(col), dtype=np.float32), (np.concatenate(row_parts), col)),
            shape=(len(texts), len(self._terms)),
        )
        X.sum_duplicates()
        X.data = (np.log(X.data) + 1.0) * self.vectorizer.idf_[X.indices].astype(np.float32)
        return normalize(X, copy=False)

    def _fast_unigrams(self, texts: list[str]) -> sp.csr_matrix:
        """The same vectors as ``vectorizer.transform`` for unigrams, several times faster."""
        n_terms = len(self._terms)
        tokens = b" \x01 ".join([_ascii_bytes(t) for t in texts] + [b""]).split()
        ids = np.fromiter(map(self._lookup.get, tokens, repeat(-1)), dtype=np.int32, count=len(tokens))
        # Row of each token = the number of text separators before it (cumulative count).
        rows = np.cumsum(ids == -2, dtype=np.int32)
        keep = ids >= 0
        X = sp.csr_matrix(
            (np.ones(int(keep.sum()), dtype=np.float32), (rows[keep], ids[keep])),
            shape=(len(texts), n_terms),
        )  # duplicates (repeated terms) are summed: the counts
        X.sum_duplicates()
        X.data = (np.log(X.data) + 1.0) * self.vectorizer.idf_[X.indices].astype(np.float32)
        return normalize(X, copy=False)

    @property
    def terms(self) -> np.ndarray:
        if self._terms is None:
            raise RuntimeError("Featurizer is not fitted")
        return self._terms

    def state(self) -> dict[str, Any]:
        return {
            "params": asdict(self.params),
            "terms": self.terms,
            "idf": self.vectorizer.idf_.astype(np.float64),
        }

    @classmethod
    def from_state(cls, params: dict[str, Any], terms: np.ndarray, idf: np.ndarray) -> Featurizer:
        featurizer = cls(FeatureParams(**params))
        vectorizer = featurizer._make(vocabulary={str(t): i for i, t in enumerate(terms)})
        vectorizer.idf_ = np.asarray(idf, dtype=np.float64)
        featurizer._install(vectorizer, terms)
        return featurizer
