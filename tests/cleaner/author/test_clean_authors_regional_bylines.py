"""Bylines as papers outside Western Europe and North America print them (issue 14):
- labels and places before the name: Thai "ผู้เขียน:" / "เขียนโดย" (writer, written by), Hindi "द्वारा:"
  (by), Japanese "文・写真 A" / "取材・文 A" with a space, a Korean correspondent's place
  ("워싱턴=김철수 특파원"), a Chinese byline opening the text ("文/李四", "文｜李四", "□ 本报记者 李四");
- a Vietnamese paper's signature under the article: "PV" (the reporter), "Theo TTXVN" (the source it
  was written from, its credited author), "Hoài Thu (Theo Reuters)" (the writer);
- a wire agency a story credits: a source's label in the line of details under the headline
  ("来源：新华社", "Источник: Интерфакс", "Źródło: PAP", "Zdroj: ČTK"), a Russian dateline's agency after
  a dash ("МОСКВА, 12 мар — РИА Новости."), the agencies' word in Arabic ("(وكالات)") and Hindi's
  correspondent desk ("संवाददाता"), with the outlet after it as for "Agencies".
Before, these named the outlet, kept the label in the name ("ผู้เขียน สมชาย ใจด") or the place
("워싱턴=김철수")."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "zh": "国务院新闻办公室12日举行新闻发布会，介绍今年前三季度经济运行情况。国家统计局有关负责人表示，"
          "经济总体保持平稳增长，就业和物价基本稳定，市场预期持续改善。",
    "ja": "政府は１２日、来年度予算案の概算要求を締め切った。各省庁の要求総額は過去最大となる見通しで、"
          "財務省は歳出の抑制を求める方針だ。関係者によると、調整は年末まで続く。",
    "ko": "정부는 12일 내년도 예산안을 국회에 제출했다고 밝혔다. "
          "기획재정부 관계자는 재정 건전성을 강화하겠다고 말했다. 예산 규모는 지난해보다 소폭 늘었다.",
    "vi": "Chiều 12/3, Bộ Tài chính tổ chức họp báo công bố kết quả thu ngân sách quý I. Theo đó, tổng thu "
          "ngân sách đạt 28% dự toán, tăng 12% so với cùng kỳ năm trước, đại diện bộ cho biết.",
    "th": "รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจชุดใหม่เมื่อวันที่ 12 มีนาคม โดยคาดว่าจะช่วยให้การบริโภคภายในประเทศฟื้นตัว "
          "และสนับสนุนผู้ประกอบการรายย่อยทั่วประเทศ ",
    "hi": "सरकार ने आज आर्थिक विकास को बढ़ावा देने के लिए नए उपायों की घोषणा की। वित्त मंत्री ने कहा कि इस कदम से "
          "देश भर में लोगों की क्रय शक्ति मजबूत होगी और रोजगार बढ़ेगा।",
    "ru": "Правительство объявило о новом пакете экономических мер для поддержки роста. Министр финансов "
          "заявил, что этот шаг усилит покупательную способность граждан во всех регионах страны.",
    "pl": "Rząd ogłosił nowy pakiet środków gospodarczych wspierających wzrost. Minister finansów "
          "powiedział, że ten krok wzmocni siłę nabywczą obywateli we wszystkich regionach kraju.",
    "cs": "Vláda oznámila nový balíček hospodářských opatření na podporu růstu. Ministr financí uvedl, že "
          "tento krok posílí kupní sílu občanů ve všech regionech země a podpoří zaměstnanost.",
    "ar": "أعلنت الحكومة اليوم عن حزمة جديدة من الإجراءات الاقتصادية لدعم النمو، وقال وزير المالية إن هذه "
          "الخطوة ستعزز القدرة الشرائية للمواطنين في جميع المحافظات خلال العام المقبل.",
    "id": "Pemerintah resmi mengumumkan paket kebijakan ekonomi baru pada Selasa untuk mendorong "
          "pertumbuhan. Menteri Keuangan mengatakan langkah ini akan memperkuat daya beli "
          "masyarakat di seluruh daerah.",
}


def _page(language: str, *, before: str = "", first: str = "", after: str = "",
          site: str = "Daily Site") -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Headline - {site}</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><header><a href='/'>{site}</a>"
            f"</header><article><h1>Headline of the story</h1>{before}<p>{first}{text}</p><p>{text}</p>"
            f"<p>{text}</p><p>{text}</p>{after}</article><footer><p>© 2024 {site}</p></footer></body></html>")


@pytest.mark.parametrize(("language", "byline", "names"), [
    ("th", "<div class='author'>ผู้เขียน: สมชาย ใจดี</div>", ["สมชาย ใจดี"]),
    ("th", "<div class='byline'>เขียนโดย สมศักดิ์ มั่นคง</div>", ["สมศักดิ์ มั่นคง"]),
    ("hi", "<div class='byline'>द्वारा: अमित कुमार</div>", ["अमित कुमार"]),
    ("ja", "<div class='author'>文・写真 田中一郎</div>", ["田中一郎"]),
    ("ja", "<div class='author'>取材・文 佐藤花子</div>", ["佐藤花子"]),
    ("ko", "<div class='byline'>워싱턴=김철수 특파원</div>", ["김철수"]),
    ("zh", "<p>文/李四</p>", ["李四"]),
    ("zh", "<p>文｜李四</p>", ["李四"]),
    ("zh", "<p>□ 本报记者 李四</p>", ["李四"]),
    ("zh", "<p>◎ 记者 王晓明 李华</p>", ["王晓明", "李华"]),
    # guards: read as before
    ("th", "<div class='byline'>โดย สมหญิง รักไทย</div>", ["สมหญิง รักไทย"]),
    ("hi", "<div class='byline'>लेखक: अमित कुमार</div>", ["अमित कुमार"]),
    ("ko", "<div class='byline'>홍길동 기자</div>", ["홍길동"]),
    ("zh", "<p>文/本报记者 李四</p>", ["李四"]),
])
def test_labels_and_places_before_the_name(language: str, byline: str, names: list[str]) -> None:
    assert extract(_page(language, before=byline)).authors == names


def test_chinese_byline_opening_the_text_leaves_it() -> None:
    result = extract(_page("zh", before="<p>文｜李四</p>"))
    assert "李四" not in result.text


def test_chinese_text_opening_with_a_label_like_word_is_no_byline() -> None:
    assert extract(_page("zh", first="文化和旅游部12日发布消息。")).authors == ["Daily Site"]


@pytest.mark.parametrize(("signature", "names"), [
    ("<p style='text-align:right'><strong>PV</strong></p>", ["PV"]),
    ("<p><em>Theo TTXVN</em></p>", ["TTXVN"]),
    ("<p style='text-align:right'><em>Theo Tuổi Trẻ</em></p>", ["Tuổi Trẻ"]),
    ("<p style='text-align:right'><strong>Hoài Thu</strong> (Theo Reuters)</p>", ["Hoài Thu"]),
    ("<p style='text-align:right'><strong>Minh Anh</strong> (tổng hợp)</p>", ["Minh Anh"]),
    # guards: a name alone and the team as before; a sentence opening with "Theo" (according to)
    ("<p style='text-align:right'><strong>Minh Anh</strong></p>", ["Minh Anh"]),
    ("<p style='text-align:right'><strong>NHÓM PV</strong></p>", ["NHÓM PV"]),
    ("<p>Theo kế hoạch, dự án sẽ hoàn thành vào năm 2025.</p>", ["Daily Site"]),
])
def test_vietnamese_signatures(signature: str, names: list[str]) -> None:
    result = extract(_page("vi", after=signature))
    assert result.authors == names
    if names != ["Daily Site"]:
        assert not result.text.rstrip().endswith(("PV", "TTXVN", "Trẻ", ")", "Minh Anh"))


def test_pv_under_a_text_in_another_language_is_no_signature() -> None:
    assert extract(_page("id", after="<p><strong>PV</strong></p>")).authors == ["Daily Site"]


@pytest.mark.parametrize(("language", "before", "first", "names"), [
    ("zh", "<div class='info'><span>2024-03-12 10:00</span><span>来源：新华社</span></div>", "", ["新华社"]),
    ("zh", "<div class='info'><span>来源：</span><a href='/x'>新华社</a><span>2024-03-12</span></div>", "",
     ["新华社"]),
    ("ru", "<div class='source'>Источник: Интерфакс</div>", "", ["Интерфакс"]),
    ("pl", "<div class='source'>Źródło: PAP</div>", "", ["PAP"]),
    ("cs", "<div class='source'>Zdroj: ČTK</div>", "", ["ČTK"]),
    ("ru", "", "МОСКВА, 12 мар — РИА Новости. ", ["РИА Новости"]),
    ("ar", "<div class='author'>(وكالات)</div>", "", ["وكالات", "Daily Site"]),
    ("ar", "<div class='author'>وكالات</div>", "", ["وكالات", "Daily Site"]),
    ("hi", "<div class='byline'>संवाददाता, नई दिल्ली</div>", "", ["संवाददाता", "Daily Site"]),
    # guards: a source that is no agency (the outlet's own site); a person beside the agency's dateline
    ("zh", "<div class='info'><span>2024-03-12</span> <span>来源：新华网客户端</span></div>", "",
     ["Daily Site"]),
    ("ru", "<div class='author'>Автор: Иван Петров</div>", "МОСКВА, 12 мар — РИА Новости. ", ["Иван Петров"]),
    ("ru", "<div class='credits'>Фото: Олег Иванов</div>", "", ["Daily Site"]),
])
def test_agencies_credited(language: str, before: str, first: str, names: list[str]) -> None:
    assert extract(_page(language, before=before, first=first)).authors == names


def test_source_label_read_only_in_its_languages() -> None:
    # the page's language prints no such line: the label's text is not looked for (cost)
    page = _page("zh", before="<div class='info'><span>来源：新华社</span></div>")
    page = page.replace("lang='zh'", "lang='en'")
    assert extract(page).authors == ["Daily Site"]


_SW = ("Serikali imetangaza kifurushi kipya cha hatua za kiuchumi ili kusaidia ukuaji. Waziri wa Fedha "
       "alisema hatua hiyo itaimarisha uwezo wa kununua wa wananchi katika mikoa yote nchini.")


def _swahili_page(byline: str, language: str = "sw") -> str:
    return (f"<html lang='{language}'><head><title>Kifurushi kipya</title><meta property='og:site_name' "
            f"content='Daily Site'></head><body><article><h1>Serikali yatangaza kifurushi kipya</h1>{byline}"
            f"<p>{_SW}</p><p>{_SW}</p><p>{_SW}</p></article></body></html>")


@pytest.mark.parametrize(("byline", "language", "names"), [
    ("<div class='author'>Na Juma Hamisi</div>", "sw", ["Juma Hamisi"]),
    ("<div class='author'>Na Mwandishi Wetu</div>", "sw", ["Mwandishi Wetu", "Daily Site"]),
    # guards: "Na A na B" and capitals as before; "Na" is a Korean family name on other pages
    ("<div class='author'>Na Juma Hamisi na Amina Said</div>", "sw", ["Juma Hamisi", "Amina Said"]),
    ("<div class='author'>NA JUMA HAMISI</div>", "sw", ["Juma Hamisi"]),
    ("<div class='author'>Na Yeon Kim</div>", "en", ["Na Yeon Kim"]),
])
def test_swahili_by(byline: str, language: str, names: list[str]) -> None:
    assert extract(_swahili_page(byline, language)).authors == names


@pytest.mark.parametrize(("language", "dateline", "names"), [
    ("ja", "【ワシントン共同】", ["共同"]),
    ("ja", "【北京＝時事】", ["時事"]),
    ("zh", "新华社北京3月12日电 ", ["新华社"]),
    ("ko", "(서울=연합뉴스) ", ["연합뉴스"]),
    ("ko", "[서울=뉴시스] ", ["뉴시스"]),
    ("ar", "القاهرة (أ ش أ) - ", ["أ ش أ"]),
    ("id", "Jakarta (ANTARA) - ", ["ANTARA"]),
    # guards: the reporters the dateline names, not the agency; the agency's name in a sentence
    ("ja", "【ソウル＝山田太郎】", ["山田太郎"]),
    ("zh", "新华社北京3月12日电（记者张晓明）", ["张晓明"]),
    ("ko", "(서울=연합뉴스) 김철수 기자 = ", ["김철수"]),
    ("zh", "新华社记者近日走访了当地企业。", ["Daily Site"]),
])
def test_wire_agency_in_a_dateline(language: str, dateline: str, names: list[str]) -> None:
    assert extract(_page(language, first=dateline)).authors == names


def test_turkish_agencies_in_a_dateline() -> None:
    text = ("Hükümet, ekonomiyi canlandırmak için yeni bir teşvik paketi açıkladı. Hazine ve Maliye Bakanı, "
            "paketin küçük işletmelere destek sağlayacağını söyledi.")
    for dateline, agency in (("İSTANBUL (DHA) - ", "DHA"), ("ANKARA (İHA) - ", "İHA")):
        page = (f"<html lang='tr'><head><title>Teşvik</title></head><body><article>"
                f"<h1>Yeni teşvik paketi</h1>"
                f"<p>{dateline}{text}</p><p>{text}</p><p>{text}</p></article></body></html>")
        assert extract(page).authors == [agency]


_FA = ("دولت امروز بسته جدیدی از اقدامات اقتصادی را برای حمایت از رشد اعلام کرد و وزیر اقتصاد گفت این "
       "گام قدرت خرید مردم را در همه استان‌ها افزایش خواهد داد.")


@pytest.mark.parametrize(("opening", "names"), [
    ("به گزارش ایرنا، ", ["ایرنا"]),
    ("به گزارش خبرگزاری ایسنا، ", ["ایسنا"]),
    # guard: a report of the media, no agency named
    ("به گزارش رسانه‌ها، ", ["Daily Site"]),
])
def test_persian_agency_attribution(opening: str, names: list[str]) -> None:
    page = ("<html lang='fa'><head><title>بسته</title><meta property='og:site_name' content='Daily Site'>"
            f"</head><body><article><h1>بسته اقتصادی جدید</h1><p>{opening}{_FA}</p><p>{_FA}</p><p>{_FA}</p>"
            "</article></body></html>")
    assert extract(page).authors == names
