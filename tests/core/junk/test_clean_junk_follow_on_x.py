"""Two English closers stayed in the body: the invitation to follow the author or the outlet on X, Twitter's
name since 2023 ("Follow the author on X: @handle"; core.junk.prompts knew Twitter, Facebook and the
others, not X, Threads or Bluesky), and the audio player's labels "Press play to listen to this article"
and "Voiced by artificial intelligence." (core.junk.labels). Guards: sentences opening "Follow ... on"
something that is no platform ("X-ray", "Xbox"), a sentence naming X."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The two sides agreed to strengthen cooperation in ensuring international information security and "
          "to hold regular consultations between their foreign ministries.",
          "The next round of consultations is scheduled to take place in the second half of the year, the "
          "ministry said."]


@pytest.mark.parametrize("line", [
    "Follow the author on X: @NargizSadikhova", "Follow Jane Doe on X: @jdoe", "Follow us on X",
    "Follow us on Threads", "Follow us on Bluesky", "Press play to listen to this article",
    "Voiced by artificial intelligence.",
])
def test_the_closer_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY, line])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Follow the money on X-ray scans, the inspector said.", "Follow him on Xbox Live, the studio wrote.",
    "The ministry posted the statement on X on Friday evening.",
])
def test_a_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
