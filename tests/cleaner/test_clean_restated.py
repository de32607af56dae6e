"""cleaner.restated: a restatement of trafilatura's code is used only while the source it restates is
installed; a digest tells it, and a part with no source to read (a builtin) tells no."""

from __future__ import annotations

import re

from cleaner.restated import source_digest, still_restated


def _one(text: str) -> str:
    return text.strip()


def _other(text: str) -> str:
    return text.strip().lower()


PATTERN = re.compile(r"[\x00-\x08]")


def test_the_digest_follows_the_source_and_its_order() -> None:
    digest = source_digest([_one, PATTERN])
    assert digest == source_digest([_one, PATTERN])
    assert digest != source_digest([_other, PATTERN])
    assert digest != source_digest([PATTERN, _one])
    assert digest != source_digest([_one, re.compile(r"[\x00-\x09]")])


def test_still_restated_only_with_the_known_digest() -> None:
    known = source_digest([_one, PATTERN])
    assert still_restated(lambda: [_one, PATTERN], known)
    assert not still_restated(lambda: [_other, PATTERN], known)
    assert not still_restated(lambda: [len], known)  # a builtin: no source to read
