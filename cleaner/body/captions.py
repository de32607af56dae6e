"""Captions and photo credits set as paragraphs named for them, which the extraction kept.

trafilatura leaves out ``<figcaption>`` and the blocks named in English ("caption", "credit"), but
keeps a ``<p>`` whose class names a caption in another language (German ``<p class="bu">``, for
Bildunterschrift, "bildtext", "legende"; Italian "didascalia"; Dutch "bijschrift"; Spanish "pie de
foto", "leyenda"; Polish and Czech "podpis", "popisek"; Finnish "kuvateksti"; and an English one in
capitals, "VideoCMS_Caption", "ImageCaption", which trafilatura's lower-case match misses), or one inside
a block so named: the caption and its credit ("Foto: Hans Müller") land in the body between two
paragraphs; gold bodies leave them out. Those lines go, where the paragraph is short (a caption,
not a body paragraph) and its class is not the body's own (four or more paragraphs of one class are
the body's: an obfuscated class that spells "bu" is no caption), unless they would take a quarter
of the text. Only the ``<p>``s of the article's container are read (a walk by tag: 0.05 ms a page).

A caption set as bare text under its picture (``<img><br>The new bridge at dusk<br>``, in a body of
``<br>``-parted text or in the picture's ``<p>``) goes too: the text right after the picture's one
``<br>``, a whole line (up to the next ``<br>`` or the block's end), short (up to 20 words) and not
ending as a sentence does; a paragraph after a picture follows its ``<br><br>`` or ends as a sentence.

A picture set in a table, its caption in the table's one other cell (``<table class="picture"><tr><td>
<img></td></tr><tr><td>The minister speaks. Photo: VNA</td></tr></table>``, as Vietnamese and other
older CMSs lay pictures out), came out as a one-cell row ("| The minister speaks. Photo: VNA |"): that
cell's text goes, where the table holds one picture and no other text (a table of data has more cells).
"""

from __future__ import annotations

import re
from collections import Counter

from core.text import single_spaced

# Class words that name a caption or a credit (a class's words split at spaces, hyphens, underscores).
_CAPTION_WORDS = frozenset({
    "bu", "bildunterschrift", "bildtext", "bildbeschreibung", "bildunterzeile", "legende", "légende",
    "didascalia", "bijschrift", "fotobijschrift", "onderschrift", "leyenda", "piefoto", "podpis",
    "popisek", "kuvateksti", "bildtekst", "fotokreditt", "credito", "crédito", "crédit",
})
# "pie de foto", "pie-foto", "foto-pie": Spanish for a caption, told by both words.
_PIE = re.compile(r"(?:^|[\s_-])pie[\s_-]+(?:de[\s_-]+)?foto|foto[\s_-]+pie(?:$|[\s_-])", re.IGNORECASE)
_WORD = re.compile(r"[\s_-]+")
_MAX_CAPTION_CHARS = 400
_MAX_SAME_CLASS = 3
_MAX_SHARE = 1 / 4
_MAX_PARAGRAPHS = 400


def without_captions(root, text: str) -> str:
    """``text`` without the lines of caption paragraphs in ``root`` (the article's container, else the
    page; see above)."""
    if root is None or not text:
        return text
    paragraphs = list(root.iter("p"))[:_MAX_PARAGRAPHS]
    classes = Counter(p.get("class") for p in paragraphs if p.get("class"))
    captions = set()
    for paragraph in paragraphs:
        own = paragraph.get("class")
        if own and classes[own] > _MAX_SAME_CLASS:
            continue
        parent = paragraph.getparent()
        if not (_named_caption(own) or (parent is not None and _named_caption(parent.get("class")))):
            continue
        caption = single_spaced(paragraph.text_content())
        if caption and len(caption) <= _MAX_CAPTION_CHARS:
            captions.add(caption)
    captions.update(_bare_captions(root))
    captions.update(_table_captions(root))
    if not captions:
        return text
    lines = text.split("\n")
    dropped = {index for index, line in enumerate(lines) if single_spaced(line) in captions}
    if not dropped or sum(len(lines[index]) for index in dropped) >= _MAX_SHARE * len(text):
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _named_caption(name: str | None) -> bool:
    if not name:
        return False
    # trafilatura leaves out "caption" in lower case only: a video player's "VideoCMS_Caption" stays
    return "Caption" in name or "CAPTION" in name or not _CAPTION_WORDS.isdisjoint(
        _WORD.split(name.casefold())) or _PIE.search(name) is not None


_MAX_BARE_CAPTION_WORDS = 20
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", "’")
_MAX_IMAGES = 60


def _bare_captions(root) -> set[str]:
    """The bare-text captions under the pictures in ``root`` (see above)."""
    found = set()
    for number, image in enumerate(root.iter("img")):
        if number >= _MAX_IMAGES:
            break
        picture = image
        parent = image.getparent()
        if parent is not None and parent.tag in ("a", "picture") and image.getnext() is None \
                and not (image.tail or "").strip():
            picture = parent
        br = picture.getnext()
        if br is None or br.tag != "br" or (picture.tail or "").strip():
            continue
        caption = single_spaced(br.tail or "")
        after = br.getnext()
        if not caption or (after is not None and after.tag != "br") or caption.endswith(_SENTENCE_END) \
                or len(caption.split()) > _MAX_BARE_CAPTION_WORDS:
            continue
        found.add(caption)
    return found


_PICTURE_TABLE_DEPTH = 5  # img, (a), td, tr, (tbody), table


def _table_captions(root) -> set[str]:
    """The captions of the pictures set in tables in ``root``: the table's one text cell, as the row
    trafilatura writes ("| caption |") and bare (see above)."""
    found = set()
    for number, image in enumerate(root.iter("img")):
        if number >= _MAX_IMAGES:
            break
        table = next((up for depth, up in enumerate(image.iterancestors())
                      if up.tag == "table" and depth < _PICTURE_TABLE_DEPTH), None)
        if table is None or sum(1 for _ in table.iter("img")) != 1:
            continue
        cells = [text for cell in table.iter("td", "th") if (text := single_spaced(cell.text_content()))]
        if len(cells) != 1 or len(cells[0]) > _MAX_CAPTION_CHARS:
            continue
        found.update({cells[0], f"| {cells[0]} |"})
    return found
