"""Bylines as CMS templates and regional papers print them (issue 14), from a probe of 90 pages by
CMS family and region:
- Drupal's author field, its "By" in a label element of its own before the name (<div
  class="field__label">By</div><div class="field__item"><a>A</a></div>): read as "By; A", no byline
  as written, so a related story's "By B" in the sidebar below was taken instead;
- Blogger's "Postado por A" (Portuguese) and "Diposting oleh A" (Indonesian) kept their label in the
  name ("Postado por Carlos Alberto Nunes");
- a Korean reporter's byline after an icon (<li><i class="icon-user"></i> 최지훈 기자</li>), as
  Korean regional CMSs print it: the element's text opened nowhere, so no one was named;
- the Gulf press's place before the name ("دبي - سارة الكعبي": Dubai - A): the place was taken for
  the author;
- Korean reporters' names parted by spaces only ("<a>홍길동</a> <a>임꺽정</a>", "박민수 기자 정수진 기자"):
  one name was read ("박민수 기자 정수진");
- Taiwan's press opening the text with its reporters ("〔記者陳建宏／台北報導〕"): no one was named;
- a label with no colon before its link ("Penulis <a>A</a>"): no one was named;
- the Egyptian press's "wrote" before the name with no dash ("كتب محمد أحمد"): no one was named;
- a Turkish line of details read whole ("Haber: A Giriş Tarihi: 12.03.2024 14:35 Güncelleme: ..."):
  the stamp's label was left in the name ("Ahmet Yılmaz Giriş Tarihi").
"""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "en": "The city council approved the new budget on Tuesday after a long debate over funding for schools. "
          "Officials said the plan would raise spending on road repairs by twelve percent this year.",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento após um longo debate sobre escolas. "
          "Segundo as autoridades, o plano vai aumentar em doze por cento os gastos com ruas.",
    "id": "Dewan kota pada Selasa menyetujui anggaran baru setelah perdebatan panjang tentang sekolah. "
          "Para pejabat mengatakan rencana itu akan menaikkan belanja perbaikan jalan tahun ini.",
    "ko": "시의회는 12일 학교와 대중교통 예산을 둘러싼 긴 논의 끝에 내년도 예산안을 통과시켰다. "
          "시 관계자에 따르면 도로 보수 예산은 12% 늘어나지만 재산세는 동결될 예정이다.",
    "ar": "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول تمويل المدارس. "
          "وقال المسؤولون إن الخطة سترفع الإنفاق على صيانة الطرق بنسبة اثني عشر في المئة.",
}
_TEXT["tr"] = ("Belediye meclisi salı günü okullar ve toplu taşıma üzerine uzun bir tartışmanın ardından "
               "yeni bütçeyi onayladı. Yetkililere göre yol onarım harcamaları yüzde on iki artacak. ")
_SIDEBAR = ('<aside class="sidebar"><div class="related"><h3>Related</h3><article><h4><a href="/x">Storm hits'
            ' coast</a></h4><span class="byline">By Mark Evans</span></article></div></aside>')


def _page(lang: str, meta: str, side: str = "") -> str:
    body = "".join(f"<p>{_TEXT[lang]}</p>" for _ in range(4))
    return (f'<html lang="{lang}"><head><title>Budget</title></head><body><main><article><h1>Budget</h1>'
            f"{meta}<div class=\"body\">{body}</div></article>{side}</main></body></html>")


def _drupal(label: str, name: str) -> str:
    return (f'<div class="field field--name-field-author"><div class="field__label">{label}</div>'
            f'<div class="field__item"><a href="/author/x">{name}</a></div></div>')


def _blogger(label: str, name: str) -> str:
    return (f'<div class="post-footer"><span class="post-author vcard">{label} '
            f'<span class="fn">{name}</span></span></div>')


def _icon_li(text: str) -> str:
    return f'<ul class="infomation"><li><i class="icon-user"></i> {text}</li><li>입력 2024.03.12</li></ul>'


@pytest.mark.parametrize(("lang", "meta", "side", "expected"), [
    # fixed
    ("en", _drupal("By", "Siobhan Byrne"), _SIDEBAR, ["Siobhan Byrne"]),
    ("pt", _drupal("Por", "Carolina Restrepo"), _SIDEBAR, ["Carolina Restrepo"]),
    ("pt", _blogger("Postado por", "Carlos Alberto Nunes"), "", ["Carlos Alberto Nunes"]),
    ("id", _blogger("Diposting oleh", "Agus Wijaya"), "", ["Agus Wijaya"]),
    ("ko", _icon_li("최지훈 기자"), "", ["최지훈"]),
    ("ar", '<div class="author">دبي - سارة الكعبي</div>', "", ["سارة الكعبي"]),
    ("ar", '<div class="article-author">الرياض - فهد عبدالله العتيبي</div>', "", ["فهد عبدالله العتيبي"]),
    # guards: as before
    ("en", '<div class="field--name-field-author"><div class="field__item"><a>Siobhan Byrne</a></div></div>',
     "", ["Siobhan Byrne"]),
    ("en", '<span class="byline">By <a href="/author/x/">Jane Doe</a></span>', _SIDEBAR, ["Jane Doe"]),
    ("en", _blogger("Posted by", "Rajesh Iyer"), "", ["Rajesh Iyer"]),
    ("ar", '<div class="author">كتب - محمد أحمد</div>', "", ["محمد أحمد"]),
    ("ar", '<div class="author">محمد أحمد - القاهرة</div>', "", ["محمد أحمد"]),
])
def test_cms_label_bylines(lang: str, meta: str, side: str, expected: list[str]) -> None:
    assert extract(_page(lang, meta, side), "https://example.com/news/budget-story").authors == expected


def test_icon_before_a_line_that_is_no_byline_names_no_one() -> None:
    """An icon before a line that opens no byline (a category, a count) names no one."""
    meta = '<ul><li><i class="icon-folder"></i> Politics</li><li><i class="icon-eye"></i> 1234 views</li>\
</ul>'
    assert extract(_page("en", meta), "https://example.com/news/budget-story").authors == []


@pytest.mark.parametrize(("byline", "expected"), [
    # fixed: Korean names a byline parts with spaces only (its links joined), a title after each or glued
    ("<a>홍길동</a> <a>임꺽정</a>", ["홍길동", "임꺽정"]),
    ("<a>박민수 기자</a> <a>정수진 기자</a>", ["박민수", "정수진"]),
    ("김철수기자 이영희기자", ["김철수", "이영희"]),
    # guards: as before
    ("김철수 기자", ["김철수"]),
    ("남궁민수 기자", ["남궁민수"]),
    ("김 철수 기자", ["김 철수"]),
    ("<a>김철수</a>·<a>이영희</a> 기자", ["김철수", "이영희"]),
])
def test_korean_names_parted_by_spaces(byline: str, expected: list[str]) -> None:
    page = _page("ko", f'<div class="byline">{byline}</div><p class="date">입력 2024.03.12 23:35</p>')
    assert extract(page, "https://example.co.kr/news/article/123").authors == expected


_ZH_TW = "市議會昨天以多數通過明年度總預算，市長表示將持續推動財政健全，並加強公共運輸與學校建設。" * 3


@pytest.mark.parametrize(("opening", "expected"), [
    # fixed: Taiwan's press opens the text with its reporters and the place they report from
    ("〔記者陳建宏／台北報導〕", ["陳建宏"]),
    ("記者陳建宏、林小美／台北即時報導", ["陳建宏", "林小美"]),
    # guards: the dateline of a mainland agency as before; a text that opens with 記者 in a sentence
    ("新華社北京3月12日電（記者張曉明）", ["張曉明"]),
])
def test_taiwan_dateline_reporters(opening: str, expected: list[str]) -> None:
    page = (f'<html lang="zh-TW"><head><title>預算</title></head><body><article><h1>預算</h1>'
            f"<p>{opening}{_ZH_TW}</p><p>{_ZH_TW}</p></article></body></html>")
    assert extract(page, "https://news.example.com.tw/news/1").authors == expected


def test_taiwan_reporters_word_in_a_sentence_names_no_one() -> None:
    page = ('<html lang="zh-TW"><head><title>預算</title></head><body><article><h1>預算</h1>'
            f"<p>記者會上，市長表示預算／報導均屬實。{_ZH_TW}</p><p>{_ZH_TW}</p></article></body></html>")
    assert extract(page, "https://news.example.com.tw/news/1").authors == []


@pytest.mark.parametrize(("meta", "expected"), [
    # fixed: a label with no colon before the link of the name it labels
    ('<div class="meta">Penulis <a>Dewi Lestari</a></div>', ["Dewi Lestari"]),
    ('<span class="meta">Penulis <a>Budi Santoso</a></span>', ["Budi Santoso"]),
    # guards: Kompas's credit block, an editor alone, a link's label that is no byline, the colon's form
    ('<div class="read__credit"><div class="credit-title-name">Penulis <a>Budi Santoso</a></div> | '
     '<div class="credit-title-name">Editor <a>Siti Aminah</a></div></div>', ["Budi Santoso"]),
    ('<div class="meta">Editor <a>Siti Aminah</a></div>', []),
    ('<div class="meta">Baca <a>Berita Lainnya</a></div>', []),
    ('<div class="meta">Penulis: <a>Budi Santoso</a></div>', ["Budi Santoso"]),
])
def test_label_without_colon_before_its_link(meta: str, expected: list[str]) -> None:
    assert extract(_page("id", meta), "https://news.example.co.id/read/2024/03/12/dpr").authors == expected


@pytest.mark.parametrize(("meta", "expected"), [
    # fixed: the Egyptian press's "wrote" before the name with no dash or colon
    ('<div class="writeBy">كتب محمد أحمد</div>', ["محمد أحمد"]),
    ('<div class="news-writer">كتبت سارة علي</div>', ["سارة علي"]),
    # guards: a sentence that opens with "wrote", the dash's form as before
    ('<div class="lead">كتب الرئيس رسالة إلى رئيس الوزراء يطلب فيها دعم المدن الصغيرة</div>', []),
    ('<div class="writeBy">كتب - محمد أحمد</div>', ["محمد أحمد"]),
])
def test_arabic_wrote_before_the_name(meta: str, expected: list[str]) -> None:
    assert extract(_page("ar", meta), "https://www.example.com.eg/news/2024/3/12/1").authors == expected


@pytest.mark.parametrize(("meta", "expected"), [
    # fixed: the stamps' labels after the name in one line of details
    ('<div class="news-info"><span>Haber: Ahmet Yılmaz</span> <span>Giriş Tarihi: 12.03.2024 14:35</span> '
     '<span>Güncelleme: 12.03.2024 18:40</span></div>', ["Ahmet Yılmaz"]),
    ('<div class="news-info">Haber: Elif Demir Güncellenme: 12.03.2024 18:40</div>', ["Elif Demir"]),
    # guards: the name alone, a surname that is no label
    ('<div class="news-info">Haber: Ahmet Yılmaz</div>', ["Ahmet Yılmaz"]),
    ('<div class="news-info">Haber: Giray Girişken</div>', ["Giray Girişken"]),
])
def test_turkish_stamp_labels_after_the_name(meta: str, expected: list[str]) -> None:
    assert extract(_page("tr", meta), "https://www.example.com.tr/gundem/butce-1").authors == expected
