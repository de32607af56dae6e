"""A day's time in the element after a wrapper that holds a label and the day (issue 14; ``page_lines``).

"<li class='date'>Ngày đăng: <b>12/04/2024</b></li><li class='time'><b>14:46</b></li>": the time
after the day was looked for out of wrappers that hold only the day, so a label in the wrapper
("Ngày đăng:", "Publicado:") left the day without its time (noon in its zone). A label of up to 24
characters may now stand before the day. Guards: a sentence before the day is no label (its
wrapper's next element is not the day's time); a wrapper holding only the day reads as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_VIETNAM, _SPAIN = timezone(timedelta(hours=7)), timezone(timedelta(hours=2))
_BODY = {
    "vi": "Hội đồng thành phố hôm thứ Sáu đã thông qua ngân sách xây dựng đường sá và trường học mới. ",
    "es": "El ayuntamiento aprobó el viernes el presupuesto para nuevas carreteras, escuelas y hospitales. ",
}


def _found(lang: str, meta: str, url: str):
    page = (f'<html lang="{lang}"><head><title>Budget | News</title></head><body><main><article>'
            f'<h1>Budget approved</h1><div class="meta">{meta}</div><p>{_BODY[lang] * 6}</p>'
            f'</article></main></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "meta", "url", "expected"), [
    ("vi", '<ul><li class="date">Ngày đăng: <b>12/04/2024</b></li><li class="time"><b>14:46</b></li></ul>',
     "https://tinmoi-portal.vn/thoi-su/a-1.html", datetime(2024, 4, 12, 14, 46, tzinfo=_VIETNAM)),
    ("es", '<span class="fecha">Publicado: <b>12/04/2024</b></span> <span class="hora">14:46 h</span>',
     "https://www.diario-portal.es/local/a-2", datetime(2024, 4, 12, 14, 46, tzinfo=_SPAIN)),
])
def test_time_after_a_labelled_wrapper(lang, meta, url, expected) -> None:
    assert _found(lang, meta, url) == expected


@pytest.mark.parametrize(("meta", "hour", "minute"), [
    # A sentence before the day: the element after is no time of its line.
    ('<p class="note">El pleno municipal aprobó las cuentas del año el <b>12/04/2024</b></p>'
     '<p>14:46</p>', 12, 0),
    ('<span class="fecha"><b>12/04/2024</b></span> <span class="hora">14:46 h</span>', 14, 46),  # as before
])
def test_wrappers_read_as_before(meta, hour, minute) -> None:
    found = _found("es", meta, "https://www.diario-portal.es/local/b-1")
    assert found is not None and found.date() == datetime(2024, 4, 12).date()
    assert (found.hour, found.minute) == (hour, minute)
