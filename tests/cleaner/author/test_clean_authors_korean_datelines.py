"""A Korean story's dateline naming its reporters (issue 14): in square or lenticular brackets as
well as round ones ("[서울=뉴시스]김철수 기자 =", "【서울=뉴시스】"), several names ("(서울=뉴스1) 김철수
이영희 기자 ="), and the outlet's bracket before the text ("[이데일리 김철수 기자]"). Only "(서울=연합뉴스)
김철수 기자 =" with one name was read; such pages named no one."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_KO = ("정부는 12일 내년도 예산안을 국회에 제출했다고 밝혔다. "
       "기획재정부 관계자는 재정 건전성을 강화하겠다고 말했다. ") * 3


def _page(first: str) -> str:
    return ("<html><head><title>예산안 제출</title></head><body><article><h1>예산안 제출</h1>"
            f"<p>{first}{_KO}</p><p>{_KO}</p><p>{_KO}</p></article></body></html>")


@pytest.mark.parametrize(("dateline", "names"), [
    ("(서울=연합뉴스) 김철수 기자 = ", ["김철수"]),
    ("[서울=뉴시스]김철수 기자 = ", ["김철수"]),
    ("【서울=뉴시스】김철수 기자 = ", ["김철수"]),
    ("(서울=뉴스1) 김철수 이영희 기자 = ", ["김철수", "이영희"]),
    ("[서울=뉴시스]김철수·이영희 기자 = ", ["김철수", "이영희"]),
    ("[이데일리 김철수 기자] ", ["김철수"]),
    ("[아시아경제 김철수 기자] ", ["김철수"]),
    ("[김철수 이영희 기자] ", ["김철수", "이영희"]),
    # guards: a label in brackets ("photo", "exclusive") names no one
    ("[사진] ", []),
    ("[단독] 김철수 기자 ", []),
])
def test_korean_dateline_reporters(dateline: str, names: list[str]) -> None:
    assert extract(_page(dateline)).authors == names
