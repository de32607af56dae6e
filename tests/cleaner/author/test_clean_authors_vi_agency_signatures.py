"""A Vietnamese paper's signature under the article with the wire agency its writer works for in
brackets (issue 14): "Thu Hằng (TTXVN)", "Thanh Tùng (TTXVN/Vietnam+)". Before, the signature was not
read and the story went to the outlet; the writer is the author (the agency is where they work)."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = ("Chiều 3/12, tại Hà Nội, Bộ Ngoại giao đã tổ chức họp báo thường kỳ, thông tin về các hoạt động "
         "đối ngoại nổi bật trong tuần của lãnh đạo Đảng và Nhà nước, cùng nhiều vấn đề quốc tế khác.")


def _page(after: str) -> str:
    return ("<html lang='vi'><head><meta charset='utf-8'><title>Tin thời sự - Báo Mẫu</title>"
            "<meta property='og:site_name' content='Báo Mẫu'></head><body><header><a href='/'>Báo Mẫu</a>"
            f"</header><article><h1>Tin thời sự trong ngày</h1><p>{_TEXT}</p><p>{_TEXT}</p><p>{_TEXT}</p>"
            f"{after}</article><footer><p>© 2024 Báo Mẫu</p></footer></body></html>")


@pytest.mark.parametrize(("signature", "names"), [
    ("<p style='text-align:right'><strong>Thu Hằng (TTXVN)</strong></p>", ["Thu Hằng"]),
    ("<p class='text-right'><strong>Thanh Tùng (TTXVN/Vietnam+)</strong></p>", ["Thanh Tùng"]),
    ("<p style='text-align:right'><strong>Minh Anh</strong> (Reuters)</p>", ["Minh Anh"]),
    ("<p style='text-align:right'><strong>Văn Long (t/h)</strong></p>", ["Văn Long"]),
    # guards: as before: a source after "Theo", a compiler's note; a bracket that is no agency
    ("<p style='text-align:right'><strong>Hoài Thu</strong> (Theo Reuters)</p>", ["Hoài Thu"]),
    ("<p style='text-align:right'><em>Theo TTXVN</em></p>", ["TTXVN"]),
    ("<p style='text-align:right'>Hà Nội (ảnh minh họa)</p>", ["Báo Mẫu"]),
])
def test_signature_with_the_writers_agency(signature: str, names: list[str]) -> None:
    result = extract(_page(signature))
    assert result.authors == names
    if names != ["Báo Mẫu"]:
        assert not result.text.rstrip().endswith(")")
