"""Reporters a Chinese story names in brackets at its foot: "……需求。(记者 王伟)", "（记者 王伟 李娜）",
"（记者 王伟、李娜）（完）", where its dateline credits only the outlet or the wire ("中新网北京4月12日电").

The press's convention, not a site's: read by ``cleaner.author.authors`` where the page names no person
and the dateline no reporter; the names are the authors, the outlet only where none is named.
"""

from __future__ import annotations

import re

# The text's last characters: the bracket closes the story, a "（完）" ("the end") may follow it.
_FOOT_CHARS = 60
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
_FOOT_REPORTERS = re.compile(
    rf"[（(]\s*(?:记者|記者)\s*(?P<names>{_HAN_NAME}(?:[、，,\s]+{_HAN_NAME}){{0,3}})\s*[）)]"
    r"\s*(?:[（(]\s*完\s*[）)])?\s*$")
# A co-worker's title between the names ("（记者 王伟 通讯员 李华）"): no name.
_TITLES = frozenset({"通讯员", "通訊員", "实习生", "實習生", "见习记者", "見習記者"})


def foot_reporters(text: str) -> list[str]:
    """The reporters in the bracket closing ``text`` ("（记者 王伟 李娜）"), as written; empty without one."""
    foot = text[-_FOOT_CHARS:].rstrip()
    if not foot.endswith((")", "）")) or not ("记者" in foot or "記者" in foot):
        return []  # cheap: most texts end with no bracket
    if not (match := _FOOT_REPORTERS.search(foot)):
        return []
    return [name for name in re.split(r"[、，,\s]+", match["names"]) if name and name not in _TITLES]
