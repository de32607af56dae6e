"""TF-IDF features: sublinear term frequency, word unigrams (bigrams optional), IDF learnt from every
text seen in training (seeds, labels and the unlabeled pool), so rare domain terms weigh what they
should.

Tokenising is the cost of scoring: it is ``classifier.tokens``' (C-level string calls, tokens looked up
by ``TokenTable`` with numpy), and the tokens are counted by scipy. Word bigrams (the multi-class path)
are counted the same way: each token becomes a word id, adjacent ids pair into one integer key, and
the keys are looked up by ``searchsorted``. Training and scoring share the tokenizer, so the vectors
are the same either way (tested).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from classifier.tokens import END, SEPARATOR, STOP, TokenTable, ascii_bytes, tokenize

_SLICE_BYTES = 1 << 22  # texts are looked up in slices of about this size (``Featurizer._slices``)


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
        self._table: TokenTable | None = None  # built at the first ``transform`` (training needs none)

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
        self._lookup[SEPARATOR] = -2
        self._table = None
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

    def _token_table(self) -> TokenTable:
        """Unigrams: term -> column (and stop word -> -1: the answer for a stop word either way, but
        as an entry it is settled by its first probe; stop words are about half of all tokens, and
        tokens probing past their home slot went from 13% to 6%). Bigrams: word -> word id, stop
        word -> -1 (dropped before pairing, as the analyzer drops them). Separator -> -2. (Were a
        stop word in a vocabulary, the unigrams would count it and the bigrams drop it, as before.)"""
        if self._table is None:
            stop = dict.fromkeys(STOP, -1)
            bigrams = self.params.ngram_max == 2
            entries = self._words | stop if bigrams else stop | self._lookup
            self._table = TokenTable(entries | {SEPARATOR: -2})
        return self._table

    def _slices(self, texts: list[str], unknown_term: int = -1) -> Iterator[tuple[int, np.ndarray]]:
        """Per slice of the texts of about ``_SLICE_BYTES``: the index of its first text and the
        ``TokenTable.lookup`` of its tokens in order, a ``SEPARATOR`` (-2) after each text. A slice's
        arrays stay in the CPU caches (looking up a 20,000-article batch, 45 MB of text, at once took
        1.2 s of CPU against 0.8 s in 4 MB slices), and no pair of adjacent tokens spans two slices."""
        table = self._token_table()
        batch: list[bytes] = []
        size = first = 0
        for i, text in enumerate(texts):
            batch.append(ascii_bytes(text))
            size += len(batch[-1])
            if size >= _SLICE_BYTES or i == len(texts) - 1:
                yield first, table.lookup(b" " + b" \x01 ".join(batch) + END, unknown_term)
                batch, size, first = [], 0, i + 1

    def _fast_bigrams(self, texts: list[str]) -> sp.csr_matrix:
        """The same vectors as ``vectorizer.transform`` for unigrams + bigrams, without a Python loop
        per token: stop words and other non-terms are dropped before pairing, as the analyzer does."""
        n_words = len(self._words)
        unknown, separator = n_words, -2
        row_parts: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        # Kind of each token: word id, unknown term, separator or dropped (-1).
        for first_row, all_ids in self._slices(texts, unknown_term=unknown):
            ids = all_ids[all_ids != -1]
            rows = first_row + np.cumsum(ids == separator)
            is_word = ids >= 0
            # Unigrams.
            uni_cols = np.where(is_word, self._unigram_col[np.where(is_word, ids, unknown)], -1)
            keep = uni_cols >= 0
            cols.append(uni_cols[keep])
            row_parts.append(rows[keep])
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
        return self._weigh(X)

    def _fast_unigrams(self, texts: list[str]) -> sp.csr_matrix:
        """The same vectors as ``vectorizer.transform`` for unigrams, several times faster."""
        indices: list[np.ndarray] = []
        indptr = [np.zeros(1, dtype=np.int64)]
        total = 0
        for _, ids in self._slices(texts):
            kept = np.flatnonzero(ids >= 0)
            indices.append(ids[kept].astype(np.int32))
            # Tokens are in text order, so a text's kept tokens end where its separator is: the row
            # pointers directly (no coordinate matrix to convert).
            indptr.append(total + np.searchsorted(kept, np.flatnonzero(ids == -2)))
            total += len(kept)
        X = sp.csr_matrix(
            (np.ones(total, dtype=np.float32), np.concatenate(indices), np.concatenate(indptr)),
            shape=(len(texts), len(self._terms)),
        )
        X.sum_duplicates()  # repeated terms summed (the counts), columns sorted
        return self._weigh(X)

    def _weigh(self, X: sp.csr_matrix) -> sp.csr_matrix:
        """Counts -> sublinear tf x idf, rows L2-normalised (as ``TfidfVectorizer``)."""
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
