"""What a junk rule reads of a line's shape, shared by several of them: the closing punctuation of a
sentence, and the separators of a table's cells."""

from __future__ import annotations

import re

TERMINAL = re.compile(r"[.!?…\"'”»)。！？」』]$")
COLUMNS = re.compile(r"[|\t\u2500-\u257f]")  # table cells, box drawing
