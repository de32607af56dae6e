"""A date line's texts parted only by a tag are not glued into one number (issue 14; ``page_lines``).

"<span>Utolsó frissítés: 2024. április 13. 09:10</span><br><span>2024. április 12. 14:46</span>":
the block's text read "09:102024. április 12.", so the second day was no day (its year glued to
the update's minutes) and the article's day unread: a related story's day under the article stood,
two days off. A space now parts two texts of a line where one ends and the next opens with a digit.
Guards: texts that end or open otherwise are joined as before ("12<sup>th</sup> April")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from lxml import html

from cleaner.date.page_lines import line_texts
from cleaner.extract import extract

_BODY = "A képviselő-testület pénteki ülésén elfogadta az új utak és iskolák költségvetését. "
_RELATED = ('<aside class="related"><ul><li><a href="/r1">Another story of the week about the budget</a>'
            ' <span class="date">2024. április 10. 09:15</span></li><li><a href="/r2">A third story of the '
            'week about the city</a> <span class="date">2024. április 10. 08:00</span></li></ul></aside>')


def test_update_then_publication_parted_by_a_break() -> None:
    meta = ("<span>Utolsó frissítés: 2024. április 13. 09:10</span><br>"
            "<span>2024. április 12. 14:46</span>")
    page = (f'<html lang="hu"><head><title>Budget | News</title></head><body><main><article>'
            f'<h1>Elfogadták a költségvetést</h1><div class="meta">{meta}</div><p>{_BODY * 6}</p>'
            f'</article>{_RELATED}</main></body></html>')
    found = extract(page, "https://hirportal.hu/belfold/kozgyules").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(("markup", "text"), [
    ("<p><span>09:10</span><br><span>2024. április 12.</span></p>", "09:10 2024. április 12."),
    ("<p>12<sup>th</sup> April 2024</p>", "12th April 2024"),  # guards: joined as before
    ("<p><b>Published</b> 12.04.2024</p>", "Published 12.04.2024"),
    ("<p>12.04.2024</p>", "12.04.2024"),
])
def test_line_text(markup, text) -> None:
    node = html.fromstring(f"<html><body>{markup}</body></html>").xpath("//body//text()")[0]
    assert line_texts(node)[1] == text
