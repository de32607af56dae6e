"""Feature-level variants of the few-seed fit, none adopted (docs/classifier-method.md, step 1, "Term
folding, character n-grams, a latent block"): each a featurizer patched into ``selftraining`` for one
fit, measured on relevance-dev (``python bench/cv_features.py``: seeds only and with labels, as
``eval_classifier.py``) and on BBC's train split (``tune_classifier_cv.py --compare
labels-features``, ``feature_scores``).

- ``s``: hyphens dropped inside a word ("cyber-security" -> "cybersecurity") and plurals folded
  (Harman's S-stemmer: -ies -> -y, -es -> -e, -s dropped; not after -ss, -us, -is, -aes/-ees/-oes);
- ``porter1``: the same hyphens, and Porter's step 1 (1a plurals; 1b -ed / -ing with its repairs:
  "hoped" -> "hope", "hopping" -> "hop"), so "norms", "norm" and "normed" meet;
- ``compound``: ``porter1``, and two adjacent words written as one word in two training texts or
  more are read as that word ("cyber space" -> "cyberspace"; learnt, never listed);
- ``chars`` (alpha): character 3-5-grams inside word boundaries (``char_wb``, sublinear tf x idf,
  seen in two training texts or more) as a block beside the word unigrams, the block L2-normalised,
  scaled by alpha, the whole row normalised again;
- ``lsa`` (alpha): the unigram rows' ``LSA_DIMS`` latent dimensions (truncated SVD of the training
  rows) as a dense block beside them, normalised and scaled the same way.

Scoring here goes through scikit-learn's analyzer (slow; a variant that won would get a fast path).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import classifier.model as model_module  # noqa: E402
import classifier.selftraining as selftraining_module  # noqa: E402
from classifier.features import Featurizer  # noqa: E402
from classifier.model import ModelParams, TopicModel  # noqa: E402
from classifier.tokens import ascii_bytes, is_term  # noqa: E402

_VOWELS = frozenset("aeiou")


def _has_vowel(stem: str) -> bool:
    return any(c in _VOWELS for c in stem) or (len(stem) > 1 and "y" in stem[1:])


def fold_s(term: str) -> str:
    term = term.replace("-", "")
    if len(term) > 4 and term.endswith("ies") and not term.endswith(("eies", "aies")):
        return term[:-3] + "y"
    if len(term) > 3 and term.endswith("es") and not term.endswith(("aes", "ees", "oes")):
        return term[:-1]
    if len(term) > 3 and term.endswith("s") and not term.endswith(("ss", "us", "is")):
        return term[:-1]
    return term


def _cvc(stem: str) -> bool:
    """Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y ("hop")."""
    return (len(stem) >= 3 and stem[-1] not in _VOWELS | {"w", "x", "y"} and stem[-2] in _VOWELS
            and stem[-3] not in _VOWELS)


def fold_porter1(term: str) -> str:
    term = term.replace("-", "")
    if term.endswith("sses"):
        term = term[:-2]
    elif term.endswith("ies") and len(term) > 4:
        term = term[:-3] + "y"
    elif term.endswith("s") and not term.endswith(("ss", "us", "is")) and len(term) > 3:
        term = term[:-1]
    if term.endswith("eed"):
        return term[:-1] if len(term) > 5 else term
    for suffix in ("ing", "ed"):
        stem = term[: -len(suffix)]
        if term.endswith(suffix) and len(stem) >= 3 and _has_vowel(stem):
            if stem.endswith(("at", "bl", "iz")):
                return stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]
            if _cvc(stem) and len(stem) <= 4:
                return stem + "e"
            return stem
    return term


FOLDS: dict[str, Callable[[str], str]] = {"s": fold_s, "porter1": fold_porter1, "compound": fold_porter1}


class _FoldingVocabulary(dict):
    """The vocabulary as ``Featurizer._name_scale`` reads it: a surface form looks up its folded term."""

    def __init__(self, vocabulary: dict[str, int], fold: Callable[[str], str]) -> None:
        super().__init__(vocabulary)
        self.fold = fold

    def get(self, key, default=None):  # type: ignore[override]
        return super().get(self.fold(key), default)


class FoldedFeaturizer(Featurizer):
    """Unigrams whose terms are folded (``FOLDS``), optionally learnt compounds joined first."""

    fold: Callable[[str], str] = staticmethod(fold_s)
    join_compounds = False

    def _analyze(self, text: str) -> list[str]:
        raw = [t.decode() for t in ascii_bytes(text).split()]
        joined = getattr(self, "_compounds", None)
        out: list[str] = []
        i = 0
        while i < len(raw):
            if joined and i + 1 < len(raw) and raw[i] + raw[i + 1] in joined:
                out.append(raw[i] + raw[i + 1])
                i += 2
                continue
            out.append(raw[i])
            i += 1
        return [self.fold(t) for t in out if is_term(t.encode())]

    def _make(self, vocabulary=None, min_df=None) -> TfidfVectorizer:
        vectorizer = super()._make(vocabulary, min_df)
        vectorizer.analyzer = self._analyze
        return vectorizer

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        if self.join_compounds:
            df = Counter(w for text in texts for w in set(ascii_bytes(text).decode().split()))
            self._compounds = {w for w, n in df.items() if n >= 2 and len(w) >= 6 and "-" not in w}
        return super().fit_transform(texts)

    def _name_scale(self, texts: list[str], vocabulary: dict[str, int]) -> np.ndarray:
        return super()._name_scale(texts, _FoldingVocabulary(vocabulary, self.fold))

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self.vectorizer.transform(texts).tocsr().astype(np.float32)


class CharBlockFeaturizer:
    """The shipped word unigrams with a block of character 3-5-grams beside them (at ``alpha``)."""

    def __init__(self, params, alpha: float) -> None:
        self.base, self.params, self.alpha = Featurizer(params), params, alpha
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                     min_df=2, max_features=200_000, dtype=np.float32)

    def _combine(self, X_words: sp.csr_matrix, X_chars: sp.csr_matrix) -> sp.csr_matrix:
        return normalize(sp.hstack([X_words, X_chars * self.alpha]).tocsr()).astype(np.float32)

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        X_words = self.base.fit_transform(texts)
        X_chars = self.chars.fit_transform(texts)
        self.terms = np.concatenate([self.base.terms, [f"#{g}" for g in self.chars.get_feature_names_out()]])
        return self._combine(X_words, X_chars)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self._combine(self.base.transform(texts), self.chars.transform(texts))


class LatentBlockFeaturizer:
    """The shipped word unigrams with a block of their ``LSA_DIMS`` latent semantic dimensions beside
    them (truncated SVD of the training rows; at ``alpha``): words that co-occur (cyber, ICT,
    information, internet) share dimensions, so a text naming few of the topic's words still has
    its concept."""

    def __init__(self, params, alpha: float) -> None:
        self.base, self.params, self.alpha = Featurizer(params), params, alpha

    def _combine(self, X_words: sp.csr_matrix) -> sp.csr_matrix:
        latent = normalize(np.asarray(X_words @ self.components.T)) * self.alpha
        return normalize(sp.hstack([X_words, sp.csr_matrix(latent)]).tocsr()).astype(np.float32)

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        X_words = self.base.fit_transform(texts)
        svd = TruncatedSVD(n_components=min(LSA_DIMS, X_words.shape[0] - 1), random_state=0)
        svd.fit(X_words)
        self.components = svd.components_.astype(np.float32)
        self.terms = np.concatenate([self.base.terms, [f"@lsa{k}" for k in range(len(self.components))]])
        return self._combine(X_words)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self._combine(self.base.transform(texts))


LSA_DIMS = 100


def featurizer_factory(variant: str) -> Callable:
    """``variant``: a ``FOLDS`` name, ``chars:ALPHA`` or ``lsa:ALPHA``."""
    if variant.startswith("lsa:"):
        alpha = float(variant.split(":")[1])
        return lambda params: LatentBlockFeaturizer(params, alpha)
    if variant.startswith("chars:"):
        alpha = float(variant.split(":")[1])
        return lambda params: CharBlockFeaturizer(params, alpha)
    fold, join = FOLDS[variant], variant == "compound"
    return type(f"Folded_{variant}", (FoldedFeaturizer,),
                {"fold": staticmethod(fold), "join_compounds": join})


class patched:
    """Within the block, few-seed fits build ``variant``'s featurizer (multi-class fits too: only the
    few-seed protocol is measured)."""

    def __init__(self, variant: str | None) -> None:
        self.variant = variant

    def __enter__(self) -> None:
        self.saved = selftraining_module.Featurizer
        if self.variant:
            selftraining_module.Featurizer = featurizer_factory(self.variant)
        model_module._COUNT_CACHE.clear()  # its key does not hold the features

    def __exit__(self, *exc) -> None:
        selftraining_module.Featurizer = self.saved
        model_module._COUNT_CACHE.clear()


def feature_scores(seeds, pool, labelled, variant: str, scored: list[str]) -> tuple[np.ndarray, float]:
    """Scores of ``scored`` and the threshold of the model refitted with ``variant``'s features."""
    with patched(variant):
        refit = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
    return np.array([x.score for x in refit.score(scored)]), refit.threshold


def main() -> int:
    from bench.eval_classifier import SHARED, load_bbc, load_dev, relevance_seeds_only, relevance_with_labels
    from classifier.corpus import load_seeds

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="*", default=["s", "porter1", "compound", "chars:0.5", "lsa:0.5"],
                        help="FOLDS names or chars:ALPHA; 'none' for the shipped features")
    parser.add_argument("--seeds-only", action="store_true", help="skip the with-labels folds")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"SKIPPED: {SHARED} is absent")
        return 0
    dev, bbc, seeds = load_dev(), load_bbc(), load_seeds(ROOT / "seeds")
    for variant in args.variants:
        print(f"== {variant}", flush=True)
        with patched(None if variant == "none" else variant):
            relevance_seeds_only(ModelParams(), dev, bbc, seeds)
            if not args.seeds_only:
                relevance_with_labels(ModelParams(), dev, bbc, seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
