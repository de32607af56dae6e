"""TF-IDF features: sublinear term frequency, word uni- and bigrams, IDF learnt from every text seen
in training (seeds, labels and the unlabeled pool), so rare domain terms weigh what they should."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

# Words of two or more letters (hyphenated compounds kept whole: "cyber-attacks"); numbers and
# punctuation carry no topic.
TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*\b"  # noqa: S105 (a regex, not a secret)


@dataclass(frozen=True)
class FeatureParams:
    ngram_max: int = 1
    min_df: int = 1
    max_df: float = 1.0
    max_features: int | None = 200_000
    stop_words: str | None = "english"


class Featurizer:
    """A fitted TF-IDF vocabulary that can be saved as plain arrays (no pickle)."""

    def __init__(self, params: FeatureParams | None = None) -> None:
        self.params = params or FeatureParams()
        self._vectorizer: TfidfVectorizer | None = None

    def _make(self, vocabulary: dict[str, int] | None = None, min_df: int | None = None) -> TfidfVectorizer:
        p = self.params
        return TfidfVectorizer(
            sublinear_tf=True,
            token_pattern=TOKEN_PATTERN,
            ngram_range=(1, p.ngram_max),
            min_df=p.min_df if min_df is None else min_df,
            max_df=p.max_df,
            max_features=p.max_features,
            vocabulary=vocabulary,
            stop_words=p.stop_words,
            dtype=np.float32,
        )

    def fit(self, texts: list[str]) -> Featurizer:
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        """Learn vocabulary and IDF, and return the texts' vectors (one tokenisation pass)."""
        # Few texts (a handful of seeds and nothing else): keep every term.
        min_df = self.params.min_df if len(texts) >= 20 else 1
        vectorizer = self._make(min_df=min_df)
        if len(texts) < 20:
            vectorizer.max_df = 1.0
        X = vectorizer.fit_transform(texts)
        self._vectorizer = self._for_scoring(vectorizer)
        return X.tocsr()

    def _for_scoring(self, vectorizer: TfidfVectorizer) -> TfidfVectorizer:
        # Stop words are not in the vocabulary, and unigrams do not depend on their neighbours: at
        # scoring time the per-token stop-word check is wasted work (the same vectors without it).
        if self.params.ngram_max == 1:
            vectorizer.stop_words = None
        return vectorizer

    @property
    def vectorizer(self) -> TfidfVectorizer:
        if self._vectorizer is None:
            raise RuntimeError("Featurizer is not fitted")
        return self._vectorizer

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        if not texts:
            return sp.csr_matrix((0, len(self.vectorizer.vocabulary_)), dtype=np.float32)
        if self.params.ngram_max > 1:
            return self.vectorizer.transform(texts)
        return self._fast_unigrams(texts)

    def _fast_unigrams(self, texts: list[str]) -> sp.csr_matrix:
        """The same vectors as ``TfidfVectorizer.transform`` for unigrams, about twice as fast: counting
        in C (``Counter``) and looking up each distinct token once, instead of every occurrence."""
        vectorizer = self.vectorizer
        vocabulary = vectorizer.vocabulary_
        findall = re.compile(TOKEN_PATTERN).findall
        indptr = [0]
        indices: list[int] = []
        counts: list[int] = []
        for text in texts:
            for token, n in Counter(findall(text.lower())).items():
                j = vocabulary.get(token)
                if j is not None:
                    indices.append(j)
                    counts.append(n)
            indptr.append(len(indices))
        idf = vectorizer.idf_
        data = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * idf[np.asarray(indices, dtype=np.int64)]
        columns = np.asarray(indices, dtype=np.int32)
        rows = np.asarray(indptr, dtype=np.int64)
        X = sp.csr_matrix((data.astype(np.float32), columns, rows), shape=(len(texts), len(vocabulary)))
        X.sort_indices()
        return normalize(X)

    @property
    def terms(self) -> np.ndarray:
        # Cached: building the array of feature names costs more than scoring a batch.
        if getattr(self, "_terms", None) is None or self._terms_of is not self._vectorizer:
            self._terms = self.vectorizer.get_feature_names_out()
            self._terms_of = self._vectorizer
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
        featurizer._vectorizer = featurizer._for_scoring(vectorizer)
        return featurizer
