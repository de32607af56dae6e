"""English placeholders and prompts left in the text (core.junk, through core.text.clean_text): the
audio and video players' labels and their fallbacks, embeds' privacy placeholders, skip and app
links, sponsored labels, relative stamps, "as of" a weekday's date, the paywall's count and
sign-in, the donation ask, and the caption and source labels written with a comma ("Image caption,
..."); sentences that use the same words stay."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from core.text import clean_text

BODY = LINE_BODY

JUNK = [
    "Listen", "Listen 5 min", "Listen · 5:32", "Audio player", "Loading video...",
    "This video can not be played", "Your browser does not support the video tag.",
    "Please enable JavaScript to view this content", "Embedded content", "Twitter content",
    "Allow Instagram content?", "This content is not available due to your privacy preferences.",
    "Continue reading below", "Skip Advertisement", "Skip to content", "Read the full story",
    "Click here to read more", "Tap to unmute", "Open in app", "Get the app", "Sponsored content",
    "Paid content", "Updated 2 hours ago", "Published 3 hours ago", "As of Friday, April 12, 2024",
    "You have 3 free articles left this month", "Sign in to read the full article",
    "Your contribution helps keep our journalism free.", "Support us from $1",
    "Image caption, The council chamber on Tuesday", "Image source, Getty Images",
    "Media caption, The mayor speaks to reporters",
]

PROSE = [
    "Listen.", "Listen!", "Listen to the people, she said.", "As of now, no one has been charged.",
    "As of Friday, 12 people had been arrested.", "Paid content is a growing business for publishers.",
    "He said the video player was broken.", "Get the app working, he told staff.",
    "Updated 2 hours ago, the forecast warned of storms.",
    "Your contribution helps, the charity says, but the need is great and growing every month.",
    "The image caption, he said, was wrong.",
]


@pytest.mark.parametrize("line", JUNK)
def test_the_line_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text
