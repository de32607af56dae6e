"""A story set in a layout table's cell (old CMSes, some Asian portals, press-release sites): the
cells beside it, and the story's cell written as one table row.

The extractor writes every row of a table it keeps as one line, its cells parted by " | ": on a page
laid out in a ``<table>`` the story's paragraphs came out glued into one line with the site's
navigation column and a column of other stories' teasers beside them (``| Home News ... | The
council voted ... |``). Where the article's container (``cleaner.body.containers``) is a table cell, or
lies in one, each such line whose cells are all the layout table's (the story's cell, the cells beside
it, empty ones) is written again: the story's cell as its own paragraphs (its ``<p>``s, or its text
parted at ``<br>``s), the other cells dropped, and so are the rows of the page's tables of links (each
row one cell: a link alone, or a header). A line with any other cell (a table of figures the story
holds, inside its cell) is left as it is; so is a text with no "| " (the guard read first).

Where the story's cell also holds the site's side boxes as tables ('Top stories', 'Partner news') and
the cell came out as one row line, the row holding the whole story's block (the container, or where
none was found the cell's block with no table holding the most prose ``<p>``s, half the row or more)
is written as that block's paragraphs, and the boxes' own rows after it are dropped.

A short story (under ``_MIN_STORY_CHARS``) in a table laid out one cell a row (uCoz's ``eBlock``: the
title's row, the message's, the details' row the extractor drops) came out as row lines found by
neither reading: where every row line is one cell, they hold most of the text, and one of them is a
page cell's two prose paragraphs or more, each such line is written as the paragraphs of its page
cell that it holds (the headline's own line then goes as the text's opening, the rest as body).
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from core.text import single_spaced

_ROW = re.compile(r"^\|.*\|$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_SPACE = re.compile(r"\s+")
# Up to this many table levels around the story's cell: a layout table nests one or two.
_MAX_LEVELS = 3
_MAX_CELLS = 60
_MAX_LOOKUPS = 200
_MAX_TABLES = 30
_LINK_TEXT = XPath(".//a//text()")
# The story's cell holds this share of the text at least, two paragraphs of prose, and a story's length.
_MIN_SHARE = 0.5
_MIN_PROSE = 40
_MIN_STORY_CHARS = 400
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "table"})
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


def without_layout_cells(container, text: str, page=None) -> str:
    """``text`` with the layout table's rows written again around the story's cell (see above)."""
    if "| " not in text:
        return text
    rows = [line.strip().strip("|") for line in text.split("\n") if _ROW.match(line.strip())]
    if not rows:
        return text
    cell = _story_cell(container, rows, page)
    if cell is None:
        if container is not None:
            return text
        written = _story_block_rows(*_row_cell_block(rows, page), text)
        return _one_cell_rows(written, rows, page) if written == text else written
    if next(cell.iter("table"), None) is not None:
        # a table inside the story's cell: the story's own, or the side boxes beside the story's block
        return _story_block_rows(container, cell, text)
    story = _key(cell.text_content())
    paragraphs = _paragraphs(cell)
    if len(story) < _MIN_SHARE * len(_key(text)) or sum(len(line) >= _MIN_PROSE for line in paragraphs) < 2:
        return text  # a table the story holds (a cell of it is no body), not the story's layout
    tables = list(cell.iterancestors("table"))[:_MAX_LEVELS]
    beside = {_key(td.text_content()) for td in list(tables[-1].iter("td", "th"))[:_MAX_CELLS]
              if td is not cell and cell not in td.iterancestors() and td not in cell.iterancestors()}
    beside |= _link_tables(cell)
    lines, changed = [], False
    for line in text.split("\n"):
        if not _ROW.match(line.strip()):
            lines.append(line)
            continue
        cells = [part for part in map(_key, _CELL_SPLIT.split(line.strip().strip("|"))) if part]
        if not cells or not all(part == story or part in beside for part in cells):
            lines.append(line)
            continue
        changed = True
        if story in cells:
            lines.extend(paragraphs)
    return "\n".join(lines) if changed else text


def _story_block_rows(container, cell, text: str) -> str:
    """``text`` with each row line holding the whole story's block (the container, a block inside the
    story's cell and holding no table, the cell's tables side boxes beside it: other stories, partner
    news) written as the block's paragraphs; the block half the line or more with two prose paragraphs."""
    if container is None or container is cell or next(container.iter("table"), None) is not None:
        return text
    block = _key(container.text_content())
    paragraphs = _paragraphs(container)
    if len(block) < _MIN_STORY_CHARS or sum(len(line) >= _MIN_PROSE for line in paragraphs) < 2:
        return text
    # The cells of the boxes' tables in the story's cell (outside its block): rows of those alone go too.
    boxes = {_key(td.text_content()) for table in list(cell.iter("table"))[:_MAX_TABLES]
             for td in list(table.iter("td", "th"))[:_MAX_CELLS]}
    lines, changed = [], False
    for line in text.split("\n"):
        row = _key(line).replace("|", "") if _ROW.match(line.strip()) else ""
        if (row and block[:_MIN_STORY_CHARS] in row and block[-_MIN_PROSE:] in row
                and len(block) >= _MIN_SHARE * len(row)):
            lines.extend(paragraphs)
            changed = True
        elif row and changed and all(not part or part in boxes
                                     for part in map(_key, _CELL_SPLIT.split(line.strip().strip("|")))):
            continue  # a row of a side box after the story's
        else:
            lines.append(line)
    return "\n".join(lines) if changed else text


def _row_cell_block(rows: list[str], page) -> tuple:
    """(the story's block, the cell of the page written as the longest row, tables and all), where
    no container was found: the cell's block with no table holding the most prose ``<p>``s."""
    if page is None:
        return None, None
    longest = max((_key(row).replace("|", "") for row in rows), key=len)
    if len(longest) < _MIN_STORY_CHARS:
        return None, None
    # The innermost cell whose text's opening is in the row and that is half of it or more (the
    # extractor leaves some of a cell out: a widget's script text, a caption).
    cell = None
    for td in list(page.iter("td"))[:_MAX_LOOKUPS]:
        written = _key(td.text_content()).replace("|", "")
        if len(written) >= _MIN_SHARE * len(longest) and written[:_MIN_STORY_CHARS] in longest:
            cell = td
    if cell is None:
        return None, None
    best, most = None, 1
    for block in list(cell.iter("div", "article", "section"))[:_MAX_LOOKUPS]:
        prose = sum(len(p.text_content()) >= _MIN_PROSE for p in block.iterchildren("p"))
        if prose > most and next(block.iter("table"), None) is None:
            best, most = block, prose
    return best, cell


def _one_cell_rows(text: str, rows: list[str], page) -> str:
    """``text`` with each one-cell row line written as its page cell's paragraphs that it holds (see
    above), where every row is one cell, the rows hold half the text or more and one is a story."""
    if page is None or any(_CELL_SPLIT.search(row) for row in rows) \
            or sum(len(_key(row)) for row in rows) < _MIN_SHARE * len(_key(text)):
        return text
    cells = [td for td in list(page.iter("td"))[:_MAX_LOOKUPS] if next(td.iter("table"), None) is None]
    written: dict[str, list[str]] = {}
    for row in rows:
        key = _key(row)
        for td in cells:
            if key not in _key(td.text_content()):
                continue
            held = [line for line in _paragraphs(td) if _key(line) in key]
            if "".join(map(_key, held)) == key:
                written[key] = held
                break
    if not any(sum(len(line) >= _MIN_PROSE for line in held) >= 2 for held in written.values()):
        return text
    lines = []
    for line in text.split("\n"):
        key = _key(line.strip().strip("|")) if _ROW.match(line.strip()) else None
        lines.extend(written.get(key, [line]))
    return "\n".join(lines)


def _story_cell(container, rows: list[str], page):
    """The table cell the story is set in: the container's, else the cell of the page written as the
    longest of the rows' cells (holding no table)."""
    if container is not None:
        cell = container if container.tag == "td" else next(container.iterancestors("td"), None)
        if cell is not None:
            return cell
    if page is None:
        return None
    longest = max((_key(part) for row in rows for part in _CELL_SPLIT.split(row)), key=len)
    if len(longest) < _MIN_STORY_CHARS:
        return None
    cells = list(page.iter("td"))[:_MAX_LOOKUPS]
    # The innermost of the cells written so: a cell holding the story's nested table reads the same.
    return next((td for td in cells if _key(td.text_content()) == longest
                 and next(td.iter("table"), None) is None), None)


def _link_tables(cell) -> set[str]:
    """The cells of the page's tables of links outside the story's cell: each row one cell, a link
    alone or a header ("Related stories", then a headline a row): other stories, not the story's."""
    cells: set[str] = set()
    for table in list(cell.getroottree().iter("table"))[:_MAX_TABLES]:
        if table in cell.iterancestors():
            continue
        rows = [[td for td in row if td.tag in ("td", "th")] for row in list(table.iter("tr"))[:_MAX_CELLS]]
        if len(rows) < 2 or any(len(row) != 1 for row in rows):
            continue
        links = [row[0] for row in rows if row[0].tag == "td"]
        if links and all(_key(td.text_content()) == _key("".join(_LINK_TEXT(td))) for td in links):
            cells.update(_key(row[0].text_content()) for row in rows)
    return cells


def _key(text: str) -> str:
    """``text`` without its whitespace: an extractor's cell and the page's cell compared as written."""
    return _SPACE.sub("", text.replace("\\|", "|"))


def _paragraphs(cell) -> list[str]:
    """The story cell's paragraphs: its blocks' texts, and its text parted at ``<br>``s."""
    parts: list[str] = []

    def walk(element) -> None:
        if element.text:
            parts.append(_SPACE.sub(" ", element.text))  # the source's line breaks are spaces
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED:
                if child.tag == "br" or child.tag in _BLOCKS:
                    parts.append("\n")
                if child.tag != "br":
                    walk(child)
                if child.tag in _BLOCKS:
                    parts.append("\n")
            if child.tail:
                parts.append(_SPACE.sub(" ", child.tail))

    walk(cell)
    return [line for line in (single_spaced(part) for part in "".join(parts).split("\n")) if line]
