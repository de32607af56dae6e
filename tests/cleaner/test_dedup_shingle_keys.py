"""``dedup.shingle_keys`` (the shingles the pipeline hashes and compares, as UTF-8 bytes built from one
encoding of the text) equals ``shingles`` encoded one by one, and gives the same bands: stored band
hashes and story decisions must not change with the faster path."""

from __future__ import annotations

import random

import pytest

from cleaner.dedup import SHINGLE_WORDS, band_hashes, shingle_keys, shingles, words

# Case rules that depend on context or change a word's length: Greek final sigma, Turkish dotted
# capital I (two code points in lower case), German sharp s, ligatures, combining marks, digits and
# underscores (word characters), scripts without case.
TEXTS = [
    "",
    "one",
    "two words",
    "exactly five words right here",
    "ΟΔΟΣ ΚΑΙ Σ ΣΑΣ ΌΣΟΣ İstanbul İİ straße STRASSE ﬁnancial Æsir ΣΣΣ Σa aΣ " * 7,
    "Ελληνικά: Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΕΙΠΕ ΟΤΙ Η ΟΙΚΟΝΟΜΙΑ ΑΝΑΚΑΜΠΤΕΙ ΣΤΑΘΕΡΑ ΚΑΙ ΟΙ ΜΙΣΘΟΙ ΑΥΞΑΝΟΝΤΑΙ.",
    "cafe\u0301 CAFE\u0301 n\u0303o ΣΑ\u0301Σ \u02b0Σ\u02b0 snake_case_WORD 2026 ১২৩"
    " 東京で会議が開かれた 서울 회의",
    "Москва — ОБЪЯВЛЕНО О НОВЫХ МЕРАХ ПОДДЕРЖКИ; Київ: УРЯД ЗАТВЕРДИВ ПЛАН. " * 3,
]


def _random_text(generator: random.Random, count: int) -> str:
    alphabet = "aAbBσΣςİıIißẞǅǄǆ_1\u0301\u02b0ΰΐ"
    return " ".join("".join(generator.choice(alphabet) for _ in range(generator.randint(1, 6)))
                    for _ in range(count))


@pytest.mark.parametrize("text", TEXTS)
def test_shingle_keys_are_the_encoded_shingles(text: str) -> None:
    expected = {s.encode("utf-8") for s in shingles(text)}
    assert shingle_keys(text) == expected
    assert shingle_keys(None, words(text)) == expected  # from the caller's words, as page.py passes them


def test_shingle_keys_on_random_case_sensitive_words() -> None:
    generator = random.Random(28)
    for count in (1, SHINGLE_WORDS - 1, SHINGLE_WORDS, 40, 400):
        for _ in range(25):
            text = _random_text(generator, count)
            assert shingle_keys(text) == {s.encode("utf-8") for s in shingles(text)}, text


@pytest.mark.parametrize("text", TEXTS[3:])
def test_band_hashes_equal_for_keys_and_strings(text: str) -> None:
    assert band_hashes(shingle_keys(text)) == band_hashes(shingles(text))
