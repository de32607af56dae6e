"""Closing credits and notices of Chinese, Japanese, Korean, Indonesian and Indian pages stayed in the body:
the desk's proofreader and reviewer beside the editor ("编辑：王磊 校对：张亮 审核：李明", "校对：张亮"), a
portal's code after the editor ("责任编辑：刘芳 SN222"), a Korean picture credit in square brackets with a
space ("[사진 연합뉴스]"), the Japanese paywall's notice with its count
("この記事は有料記事です。残り1234文字"),
a Chinese app's reprint trailer ("（本文来自X，更多原创资讯请下载“X”APP）"), an Indonesian network's note
of the story first published elsewhere ("Artikel ini telah tayang di X dengan judul ..."), "Posted By:".
Guards: sentences that use the words and go on."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "zh": ["浙江省政府办公厅日前印发若干措施，从用地、融资、审批等方面提出二十条具体举措。",
           "下一步，浙江将建立重大民间投资项目清单，实行专班推进和定期调度。"],
    "ja": ["日本銀行は金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。",
           "次回の会合は来年1月に予定されており、春闘の動向が判断の焦点となりそうだ。"],
    "ko": ["정부가 반도체 산업의 인력 부족을 해소하기 위해 5년간 3조원을 투입하기로 했다.",
           "업계는 환영의 뜻을 밝히면서도 중소기업에 대한 지원이 더 필요하다고 지적했다."],
    "id": ["Pemerintah memutuskan menaikkan anggaran subsidi pupuk untuk petani pada tahun depan.",
           "Sejumlah kelompok tani menyambut baik kebijakan itu."],
    "hi": ["प्रदेश सरकार ने पांच सौ सरकारी स्कूलों के कायाकल्प की योजना को मंजूरी दे दी है।",
           "विपक्ष ने योजना का स्वागत किया।"],
}


def _with(lang: str, line: str) -> str:
    story = _STORIES[lang]
    return "\n".join([story[0], line, story[1]])


@pytest.mark.parametrize("lang,line", [
    ("zh", "编辑：王磊 校对：张亮 审核：李明"), ("zh", "校对：张亮"), ("zh", "责任编辑：刘芳 SN222"),
    ("zh", "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"),
    ("ko", "[사진 연합뉴스]"), ("ko", "[사진 산업통상자원부 제공]"),
    ("ja", "この記事は有料記事です。残り1234文字"),
    ("id", "Artikel ini telah tayang di Kompas.com dengan judul \"Harga Gabah Naik\""),
    ("hi", "Posted By: Rajesh Kumar"),
    # read before
    ("zh", "责任编辑：刘芳"), ("ko", "[사진=뉴스1]"),
])
def test_the_line_goes(lang: str, line: str) -> None:
    assert clean_text(_with(lang, line)) == "\n".join(_STORIES[lang])


@pytest.mark.parametrize("lang,line", [
    ("zh", "编辑部表示：这项措施将在明年实施，具体细则另行公布。"),
    ("zh", "校对工作由三名编辑共同完成，确保数据准确无误。"),
    ("ko", "[사진 속 인물은 당시 장관이었다]"),
    ("id", "Artikel ini telah dibaca lebih dari satu juta kali sejak diterbitkan pekan lalu."),
    ("hi", "Posted by the ministry on its website, the notice said schools would reopen on Monday."),
])
def test_guards(lang: str, line: str) -> None:
    assert line in clean_text(_with(lang, line))
