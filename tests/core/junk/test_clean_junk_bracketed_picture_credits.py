"""A picture's credit in brackets closing a line stayed in the body where the bracket is full-width or the
label is Chinese, Korean or Thai ("（圖／記者攝）", "（图片来源：视觉中国）", "（写真＝共同）",
"(사진=연합뉴스)"):
``credits._CREDIT``'s bracketed branch knew "(" and "Foto:"-like labels with a colon only. Guards: a long
paragraph that ends citing its picture, a chart's source in brackets, the credits read before."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "zh": ["立法院今天三讀通過能源轉型條例修正草案，明定再生能源發電占比在2030年須達到三成，"
           "並擴大離岸風電的獎勵措施。",
           "經濟部長在院會表決後表示，條例通過後將加速審查再生能源案場，並協助地方政府處理土地與環評問題。"],
    "ja": ["県は2日、新幹線の延伸ルートについて、建設費の圧縮と工期短縮を柱とする独自案をまとめ、"
           "国に提出したと発表した。",
           "知事は記者会見で「地元の負担を抑えつつ、一日も早い開業を目指したい」と述べた。"],
    "ko": ["정부가 반도체 산업의 인력 부족을 해소하기 위해 앞으로 5년간 3조원을 투입해 "
           "전문 인력 15만 명을 양성하기로 했다.",
           "업계는 환영의 뜻을 밝히면서도 지방 대학과 중소기업에 대한 지원이 더 필요하다고 지적했다."],
    "th": ["คณะรัฐมนตรีมีมติอนุมัติงบกลาง จำนวน 5,000 ล้านบาท เพื่อช่วยเหลือผู้ประสบอุทกภัยในพื้นที่ภาคใต้ของประเทศ",
           "ครัวเรือนที่ได้รับผลกระทบจะได้รับเงินช่วยเหลือครัวเรือนละ 9,000 บาท โดยจะโอนเข้าบัญชีภายในสองสัปดาห์"],
}


def _with(lang: str, line: str) -> str:
    story = _STORIES[lang]
    return "\n".join([story[0], line, story[1]])


@pytest.mark.parametrize("lang,line", [
    ("zh", "（圖／記者攝）"), ("zh", "（图片来源：视觉中国）"), ("zh", "（圖片來源：中央社）"),
    ("zh", "新北市長在記者會上說明計畫內容（圖/新北市政府提供）"),
    ("zh", "浙江杭州的一处建设工地（图：新华社）"),
    ("ja", "（写真＝共同）"), ("ja", "記者会見する日銀の総裁（写真＝共同）"),
    ("ja", "雪に覆われた高速道路（写真：県警提供）"),
    ("ko", "(사진=연합뉴스)"), ("ko", "반도체 인재 양성 방안을 발표하는 장관 (사진=산업통상자원부 제공)"),
    ("th", "(ภาพ: ข่าวไทยรายวัน)"),
])
def test_the_credit_goes(lang: str, line: str) -> None:
    assert clean_text(_with(lang, line)) == "\n".join(_STORIES[lang])


@pytest.mark.parametrize("lang,line", [
    # a paragraph of prose that ends citing its picture stays
    ("zh", "新北市長今天在記者會上說明這項計畫的內容，他表示市府將在明年第一季完成招標，並在三年內完工，"
           "預計可以紓解通勤尖峰時段的車潮，讓市民有更便捷的交通選擇，相關細節將另行公布於市府網站"
           "，歡迎民眾上網查詢並提供意見給市府作為參考（圖/新北市政府提供）"),
    # a chart's source, no picture
    ("zh", "今年前十个月全省民间投资同比增长百分之六点八（图表：国家统计局）"),
    # read before: a Korean credit line, a plain Chinese one
    ("ko", "사진=연합뉴스"),
])
def test_guards(lang: str, line: str) -> None:
    out = clean_text(_with(lang, line))
    if line.startswith("사진"):
        assert out == "\n".join(_STORIES[lang])
    else:
        assert line in out
