"""Bylines in non-Latin scripts and in Vietnamese (issue 14): names parted the way those bylines part
them, not by "and" or a comma. Vietnamese names around a spaced dash ("Nguyễn Văn An - Trần Thị
Bình"), Chinese names after the reporter's title parted by spaces ("记者 王晓明 李华", "文/记者 A
通讯员 B"), Arabic names joined by "و", a Japanese name's kana reading after it. Bylines built from
the structures such outlets' article templates use, not copied from any."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    # Vietnamese: a spaced dash between names written with Vietnamese letters, also in capitals
    ("Nguyễn Văn An - Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("Anh Thư - Minh Hà", ["Anh Thư", "Minh Hà"]),
    # Chinese: spaced names after the reporter's title, a correspondent's title between them
    ("记者 王晓明 李华", ["王晓明", "李华"]),
    ("文/记者 王晓明 通讯员 李华", ["王晓明", "李华"]),
    ("本报记者 王晓明", ["王晓明"]),
    ("記者王揚宇／台北報導", ["王揚宇"]),
    ("王晓明 李华 张伟", ["王晓明", "李华", "张伟"]),
    # Arabic "and", spaced or written onto the next name
    ("محمد علي و أحمد حسن", ["محمد علي", "أحمد حسن"]),
    ("بقلم: محمد علي وأحمد حسن", ["محمد علي", "أحمد حسن"]),
    # Japanese: the reading in kana after the name is no name
    ("山田太郎（やまだ・たろう）", ["山田太郎"]),
])
def test_names_parted_as_the_script_parts_them(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    # Arabic "wrote" (also feminine) before a colon, a dash or a tatweel; "prepared by", "report"
    ("كتبت: منى أحمد", ["منى أحمد"]),
    ("كتب - محمد علي", ["محمد علي"]),
    ("كتب ـ محمد علي", ["محمد علي"]),
    ("إعداد: محمد علي", ["محمد علي"]),
    # Persian "reporter", Turkish "news", Russian "text author", Vietnamese "reporter", "writer", "by"
    ("خبرنگار: علی رضایی", ["علی رضایی"]),
    ("Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("Автор текста: Иван Петров", ["Иван Петров"]),
    ("Phóng viên: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Người viết: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Bởi Nguyễn Văn An", ["Nguyễn Văn An"]),
    # Korean "text (and photos) =", Chinese "text |", credits for photos and editing after a full-width
    # semicolon or a bar: not authors
    ("글·사진=김철수 기자", ["김철수"]),
    ("文｜王晓明", ["王晓明"]),
    ("撰文：王晓明；攝影：李華", ["王晓明"]),
    ("作者：王晓明 | 编辑：李华", ["王晓明"]),
    ("Biên tập: Minh Hà", []),
])
def test_labels_and_credits_in_these_scripts(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    # A dash before an outlet, outside Vietnamese, still names one person.
    ("Neil Jayson Servallos - The Philippine Star", ["Neil Jayson Servallos"]),
    ("Nguyễn Văn An - VnExpress", ["Nguyễn Văn An"]),
    # A Japanese name with a space between family and given name is one person.
    ("山田 太郎", ["山田 太郎"]),
    ("記者 山田 太郎", ["山田 太郎"]),
    # A name opening with "و" (Wael) is not split.
    ("وائل حسن", ["وائل حسن"]),
    # Already parted: Korean, Russian, Hindi, Japanese with its comma.
    ("김철수 기자, 이영희 기자", ["김철수", "이영희"]),
    ("Иван Петров, Мария Сидорова и Олег Ким", ["Иван Петров", "Мария Сидорова", "Олег Ким"]),
    ("राहुल शर्मा और अनिल कुमार", ["राहुल शर्मा", "अनिल कुमार"]),
    ("山田太郎、鈴木花子", ["山田太郎", "鈴木花子"]),
])
def test_what_stays_one_name_or_was_already_parted(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "authors"), [
    ('<p class="author">Nguyễn Văn An - Trần Thị Bình</p>', ["Nguyễn Văn An", "Trần Thị Bình"]),
    ('<p class="author-name">THU HẰNG - NGỌC AN</p>', ["Thu Hằng", "Ngọc An"]),
    ("<p>文/记者 王晓明 通讯员 李华</p>", ["王晓明", "李华"]),
    ('<div class="author">محمد علي و أحمد حسن</div>', ["محمد علي", "أحمد حسن"]),
])
def test_a_page_byline_in_these_scripts_names_each_author(byline: str, authors: list[str]) -> None:
    assert extract(byline_page(byline)).authors == authors


@pytest.mark.parametrize(("byline", "names"), [
    # Korean "text" before the reporter's name, with the photos too
    ("글 김철수 기자", ["김철수"]),
    ("글·사진 김철수 기자", ["김철수"]),
    # the Japanese press's titles of its writers before the name
    ("編集委員・山田太郎", ["山田太郎"]),
    ("論説委員 山田太郎", ["山田太郎"]),
])
def test_korean_and_japanese_labels_before_the_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


JAPANESE = ("<p>{dateline}米政府は12日、中国からの輸入品に新たな関税を課すと発表した。"
            "関税は来月から適用される見通しで、対象は電気自動車や半導体など幅広い品目に及ぶ。</p>"
            "<p>政府高官は記者会見で、国内産業を守るための措置だと説明した。"
            "中国側は強く反発しており、対抗措置を検討していると伝えられている。</p>"
            "<p>専門家の間では、両国の貿易摩擦が一段と激しくなるとの見方が広がっている。"
            "市場への影響も懸念される。</p>")
HEADLINE = "米政府、新たな関税を発表"


@pytest.mark.parametrize(("dateline", "authors"), [
    ("【ワシントン＝山田太郎】", ["山田太郎"]),
    ("【北京＝李華、上海＝王明】", ["李華", "王明"]),
    ("【速報】", []),  # a label, no reporter
])
def test_the_japanese_dateline_names_the_reporter(dateline: str, authors: list[str]) -> None:
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"{JAPANESE.format(dateline=dateline)}</article></body></html>")
    assert extract(page).authors == authors
