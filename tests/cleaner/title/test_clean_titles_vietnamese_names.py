"""Vietnamese papers' names after the headline (issue 14): "Báo điện tử Tiền Phong", "Báo điện tử VTV",
"Tạp chí điện tử Người Đô Thị", "Báo Công an Nhân dân điện tử" ("điện tử": electronic, the e-paper's
name, in lower case as the names write it) on a domain that does not spell them and a page that states
no site name. Guards: a headline that ends in lower case words after a dash stays, as do the names the
rules read already ("Báo Dân trí", "Báo VietnamPlus")."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Chính phủ phê duyệt ngân sách mới để sửa chữa cảng sau nhiều tháng tranh cãi"
BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))


def _title(tab: str) -> str | None:
    page = (f"<html lang='vi'><head><title>{tab}</title><meta property='og:title' content='{tab}'></head>"
            "<body>"
            "<header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://baocang.example/tin-tuc/a-98765.html").title


@pytest.mark.parametrize("name", ["Báo điện tử Tiền Phong", "Báo điện tử VTV", "Tạp chí điện tử Người Đô Thị",
                                  "Báo Công an Nhân dân điện tử", "Báo Dân trí", "Báo VietnamPlus"])
@pytest.mark.parametrize("separator", [" - ", " | "])
def test_a_vietnamese_papers_name_goes(name: str, separator: str) -> None:
    assert _title(f"{HEADLINE}{separator}{name}") == HEADLINE


@pytest.mark.parametrize("title", [
    "Chính phủ phê duyệt ngân sách mới để sửa chữa cảng - điện tử hóa thủ tục",  # lower case after a dash
    "Ngân sách mới cho cảng - Phê duyệt sau nhiều tháng tranh cãi về chi phí sửa chữa",  # a clause
    "Chính phủ phê duyệt ngân sách mới để sửa chữa cảng - Báo cáo mới",  # "Báo cáo": a report
])
def test_a_headlines_own_dash_stays(title: str) -> None:
    assert _title(title) == title
