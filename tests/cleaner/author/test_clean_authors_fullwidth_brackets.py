"""A byline standing in full-width brackets, as Japanese and Chinese papers print it over or under the
story ("【山田太郎】", "（佐藤花子）", "〔王磊〕", "［陳怡君］"), gave the name with its opening bracket
("【山田太郎"): trafilatura's cleaning cuts the closing one and bylines._clean_name stripped ASCII
punctuation only. Guards: the same names without brackets, a Korean and a Latin byline."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_PAGE = ("<html lang='{lang}'><head><title>{title}</title></head><body><article><h1>{title}</h1>{by}"
         "<div class='date'>2026-12-02 14:05</div><div class='article-body'>{body}</div>"
         "</article></body></html>")
_STORY = {
    "ja": ("県が新幹線の延伸ルートで独自案", [
        "県は2日、新幹線の延伸ルートについて、建設費の圧縮と工期短縮を柱とする独自案を"
        "まとめ、国に提出したと発表した。",
        "知事は記者会見で「地元の負担を抑えつつ、一日も早い開業を目指したい」と述べた。",
        "国は年度内にも有識者会議を開き、県の案を含む複数のルートを比較検討する。"]),
    "zh": ("浙江出台措施支持民营企业扩大投资", [
        "浙江省政府办公厅日前印发若干措施，从用地、融资、审批等方面提出二十条具体举措。",
        "措施提出，对民营企业投资的重大产业项目优先保障用地指标，并鼓励金融机构加大贷款投放。",
        "下一步，浙江将建立重大民间投资项目清单，实行专班推进和定期调度。"]),
    "ko": ("정부, 반도체 인력 양성에 3조원 투입", [
        "정부가 반도체 산업의 인력 부족을 해소하기 위해 5년간 3조원을 투입하기로 했다.",
        "산업통상자원부는 2일 경제관계장관회의에서 반도체 인재 양성 방안을 발표했다.",
        "업계는 환영의 뜻을 밝히면서도 중소기업에 대한 지원이 더 필요하다고 지적했다."]),
    "en": ("Council approves the new bus lanes", [
        "The city council approved the new bus lanes on Wednesday after a long debate about parking.",
        "Work will start in the spring and last about eight months, the transport department said."]),
}
_TLD = {"ja": "jp", "zh": "cn", "ko": "kr", "en": "com"}


def _authors(lang: str, byline: str) -> list[str]:
    title, paragraphs = _STORY[lang]
    html = _PAGE.format(lang=lang, title=title, by=byline, body="".join(f"<p>{p}</p>" for p in paragraphs))
    return extract(html, f"https://www.example-news.{_TLD[lang]}/news/20261202/123.html").authors


@pytest.mark.parametrize("lang,byline,name", [
    ("ja", "<p class='byline'>【山田太郎】</p>", "山田太郎"),
    ("ja", "<p class='byline'>（佐藤花子）</p>", "佐藤花子"),
    ("zh", "<div class='author'>〔王磊〕</div>", "王磊"),
    ("zh", "<div class='author'>［陳怡君］</div>", "陳怡君"),
])
def test_the_name_without_its_brackets(lang: str, byline: str, name: str) -> None:
    assert _authors(lang, byline) == [name]


@pytest.mark.parametrize("lang,byline,name", [
    ("ja", "<div class='author'>山田太郎</div>", "山田太郎"),
    ("zh", "<div class='author'>陳怡君</div>", "陳怡君"),
    ("ko", "<span class='byline'>김민수 기자</span>", "김민수"),
    ("en", "<p class='byline'>By Jane Doe</p>", "Jane Doe"),
])
def test_guards(lang: str, byline: str, name: str) -> None:
    assert _authors(lang, byline) == [name]
