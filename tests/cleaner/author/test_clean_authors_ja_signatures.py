"""A Japanese paper's signature at the article's end (issue 14): its reporters in brackets, on a
line of their own or closing the last paragraph ("…と述べた。（山田太郎）"), perhaps after their
place and "=" or their title ("（ワシントン=山田太郎、鈴木花子）", "（編集委員・山田太郎）"). Such a page
named no author and kept the signature in its text. A wire's credit ("（共同）"), a note that
honorifics are left out ("（敬称略）") and a Chinese article's brackets ("（新华社）", "（完）") name
no one. The Mainichi signs in lenticular brackets ("【山田太郎】"), which a heading ("【関連記事】") is
not."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_JA = "市議会は12日、来年度の予算案を賛成多数で可決した。市長は記者会見で、財政の健全化を進めると述べた。" * 3
_ZH = "市议会周二以多数票通过了明年的预算案，市长在记者会上表示将继续推进财政健全化。" * 3


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return ("<html><head><title>予算案を可決</title></head><body><article><h1>予算案を可決</h1>"
            f"{body}</article></body></html>")


@pytest.mark.parametrize(("last", "names"), [
    ("（山田太郎）", ["山田太郎"]),
    ("（ワシントン=山田太郎、鈴木花子）", ["山田太郎", "鈴木花子"]),
    ("（編集委員・山田太郎）", ["山田太郎"]),
    ("（ワシントン支局長・山田太郎）", ["山田太郎"]),
    ("（ジョン・スミス）", ["ジョン・スミス"]),
    # the Mainichi's lenticular brackets
    ("【山田太郎】", ["山田太郎"]),
    ("【山田太郎、鈴木花子】", ["山田太郎", "鈴木花子"]),
])
def test_a_japanese_signature_names_the_reporters(last: str, names: list[str]) -> None:
    result = extract(_page(_JA, _JA, _JA, last))
    assert result.authors == names
    assert last not in result.text


@pytest.mark.parametrize("signature", ["（山田太郎）", "【山田太郎】"])
def test_a_signature_closing_the_last_paragraph(signature: str) -> None:
    result = extract(_page(_JA, _JA, _JA + signature))
    assert result.authors == ["山田太郎"]
    assert result.text.endswith("述べた。")


@pytest.mark.parametrize("page", [
    _page(_JA, _JA, _JA + "（敬称略）"),
    _page(_JA, _JA, _JA + "（共同）"),
    _page(_JA, _JA, _JA + "（写真は資料）"),
    _page(_ZH, _ZH, _ZH + "（完）"),
    _page(_JA, _JA, _JA, "【関連記事】"),
    _page(_JA, _JA, _JA, "【速報】"),
    _page(_ZH, _ZH, _ZH, "【责任编辑】"),
])
def test_brackets_that_name_no_one(page: str) -> None:
    assert extract(page).authors == []


@pytest.mark.parametrize(("page", "names"), [
    (_page(_ZH, _ZH, _ZH, "（新华社）"), ["新华社"]),
    (_page(_JA, _JA, _JA, "（共同）"), ["共同通信"]),
    (_page(_JA, _JA, _JA, "（時事）"), ["時事通信"]),
])
def test_a_wire_agencys_sign_off_in_brackets_names_the_agency(page: str, names: list[str]) -> None:
    # (full-width as ASCII: "(Xinhua)" was the agency's story; test_clean_authors_native_agencies; the
    # Japanese wires by their names, "共同" alone being also "joint")
    assert extract(page).authors == names
