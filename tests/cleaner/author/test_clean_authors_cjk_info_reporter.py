"""A Chinese information line whose reporter's label has no colon ("来源：浙江日报 记者 王磊", "來源：自由時報
記者 陳怡君", "2026-12-02 14:05 来源：浙江日报 记者 王磊 通讯员 李明") named no author, or the site: the
info line's fields (script_bylines._CJK_FIELD) were labels with a colon only. The reporter's label after
a space and before a name in Han counts as a field. Guards: the label with its colon (read before), a
line with the source and the editor only (no author from it)."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_PAGE = ("<html lang='zh'><head><title>浙江出台措施支持民营企业扩大投资</title></head><body><article>"
         "<h1>浙江出台措施支持民营企业扩大投资</h1><div class='info'>{info}</div><div class='article-body'>"
         "<p>浙江省政府办公厅日前印发若干措施，从用地、融资、审批等方面提出二十条具体举措。</p>"
         "<p>措施提出，对民营企业投资的重大产业项目优先保障用地指标，并鼓励金融机构加大贷款投放。</p>"
         "<p>下一步，浙江将建立重大民间投资项目清单，实行专班推进和定期调度。</p></div></article></body></html>")
_URL = "https://www.example-zj.com.cn/news/202612/t20261202_123.shtml"


def _authors(info: str) -> list[str]:
    return extract(_PAGE.format(info=info), _URL).authors


@pytest.mark.parametrize("info,names", [
    ("来源：浙江日报 记者 王磊", ["王磊"]),
    ("來源：自由時報 記者 陳怡君", ["陳怡君"]),
    ("2026-12-02 14:05 来源：浙江日报 记者 王磊 通讯员 李明", ["王磊", "李明"]),
    ("发布时间：2026-12-02 来源：浙江日报 记者 王磊 编辑：刘芳", ["王磊"]),
])
def test_the_reporter_without_a_colon(info: str, names: list[str]) -> None:
    assert _authors(info) == names


@pytest.mark.parametrize("info,names", [
    ("来源：浙江日报　记者：王磊", ["王磊"]),
    ("来源：浙江日报 作者：王磊", ["王磊"]),
])
def test_guards(info: str, names: list[str]) -> None:
    assert _authors(info) == names


def test_no_author_from_source_and_editor() -> None:
    assert "刘芳" not in _authors("来源：新华网 编辑：刘芳")
