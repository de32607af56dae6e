"""The byline's writer's bio kept as the story's last paragraph: not the article's text.

Templates close a story with a line about its writer set in the story's own block, with no heading
and no name on a line of its own ("Tomasz Nowak jest dziennikarzem działu gospodarczego. ...", "Ο
Γιώργος Παπαδόπουλος είναι δημοσιογράφος ...", "김민수 기자는 경제부에서 ...", "山田太郎（やまだ・たろう）
1985年生まれ。..."). ``core.cuts.author_boxes`` cuts a bio only after the name alone on its line, as it
knows no byline; here the page's byline names the writer, so the last paragraph that opens with a
writer's whole name (a person's: two words or more, or a name of two to four letters in a script
without spaces, never an agency's) and runs like a bio (8 to 80 words; 25 to 400 characters where
words are not spaced) goes. The benchmark's gold bodies leave such bios out.

Left as they are: a last paragraph naming someone else, or its writer mid-sentence; a name followed by
a capitalised word ("Fox News Digital reached out ...", an outlet named as author) or a bare
possessive ("Fox News' Jane Doe contributed ..."); a text of fewer than four paragraphs; and notes on
several writers, one paragraph each, closing the story (a review's or a think tank's authors' notes,
kept with it as a block).
"""

from __future__ import annotations

from cleaner.author.bylines import WHOLE_AGENCY
from core.text import single_spaced

_MIN_PARAGRAPHS = 4
_BIO_WORDS = (8, 80)
_BIO_CHARS = (25, 400)  # Chinese, Japanese, Thai: few spaces
_UNSPACED_RUN = 8  # characters a word on average, past which a line's script spaces few words
_UNSPACED_NAME_CHARS = (2, 4)
# Greek writes an article before a name ("Ο Γιώργος ...", "Η Μαρία ...").
_ARTICLES = frozenset({"ο", "η"})


def without_author_bio(text: str, authors: list[str]) -> str:
    """``text`` without its last paragraph where that is the bio of one of ``authors`` (see above)."""
    if not authors or text.count("\n") < _MIN_PARAGRAPHS - 1:
        return text
    body, _, last = text.rpartition("\n")
    writer = _bio_writer(last.strip(), authors)
    if writer is None:
        return text
    if len(authors) > 1 and _bio_writer(body.rpartition("\n")[2].strip(), authors) not in (None, writer):
        return text  # the notes on several writers, kept as a block (see above)
    return body


def _bio_writer(line: str, authors: list[str]) -> str | None:
    """The one of ``authors`` whose bio ``line`` is (see above), or None."""
    if not _bio_shaped(line):
        return None
    words = line.split(maxsplit=1)
    opening = words[1] if len(words) == 2 and words[0].casefold() in _ARTICLES else line
    for author in authors:
        name = single_spaced(author)
        if _persons_name(name) and opening.startswith(name) and _ends_name(opening, len(name)):
            return name
    return None


def _bio_shaped(line: str) -> bool:
    words = len(line.split())
    if words >= _BIO_WORDS[0]:
        return words <= _BIO_WORDS[1]
    # Fewer words: a script that spaces few of them (long runs between spaces), not a short signature.
    return _BIO_CHARS[0] <= len(line) <= _BIO_CHARS[1] and len(line) > _UNSPACED_RUN * words


def _persons_name(name: str) -> bool:
    if WHOLE_AGENCY.match(name):
        return False
    if " " in name:
        return len(name.split()) >= 2
    low, high = _UNSPACED_NAME_CHARS
    return low <= len(name) <= high and all(letter.isalpha() and not letter.isascii() for letter in name)


def _ends_name(line: str, end: int) -> bool:
    """The name ends at ``end`` ("Anna Kowalska", not "Anna Kowalskaja"), or a script without
    spaces goes on with its bracket or particle ("山田太郎（やまだ・たろう）"); see above for what may
    follow it."""
    if end >= len(line):
        return False  # the name alone: a signature (cleaner.body.opening)
    after = line[end]
    if after.isalnum():
        return not line[end - 1].isascii() and " " not in line[:end]
    if after in "'’":
        return line[end + 1:end + 2] == "s"  # "Mike Wall's book ...", not "Fox News' Jane Doe"
    if after.isspace():
        return not line[end + 1:end + 2].isupper()  # "Fox News Digital reached out ..."
    return True
