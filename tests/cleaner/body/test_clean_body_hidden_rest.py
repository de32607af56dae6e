"""A paywalled story whose rest the page holds but hides (``<div class="paywall" style="display:none">``
after the shown paragraphs, then the prompt): trafilatura's passes dropped the hidden block on short
bodies (Japanese, Thai, Kazakh, Urdu) and kept it on long ones. Its prose is put back after the last
shown paragraph (cleaner.body.hidden_rest); a hidden modal, a lone hidden paragraph, a hidden copy before
the body and a block the text already holds change nothing."""

from __future__ import annotations

import pytest
from helpers import news_page

from cleaner.extract import extract

STORIES = {
    "ja": [
        "福岡市は２０日、来年度から第２子以降の保育料を所得制限なしで無償化すると発表した。対象は約１万２千人。",
        "市長は記者会見で「子育て世帯の経済的負担を減らし、安心して子どもを育てられる街にしたい」と述べた。",
        "市によると、現在は第２子の保育料は半額で、多子世帯以外からも負担軽減を求める声が寄せられていた。",
        "あわせて、市内の保育施設で働く保育士に月額２万円の独自手当を支給する方針も示した。",
        "子育て中の市民からは歓迎の声が上がる一方、財源の確保を懸念する意見も出ている。",
        "市は関連予算案を６月の定例市議会に提出する予定で、可決されれば来年４月から実施される。",
    ],
    "th": [
        "คณะรัฐมนตรีมีมติอนุมัติงบกลางวงเงิน 5,000 ล้านบาท เพื่อแก้ไขปัญหาภัยแล้งในภาคตะวันออกเฉียงเหนือ",
        "โฆษกรัฐบาลเปิดเผยว่า งบประมาณจะใช้ขุดเจาะบ่อบาดาลและซ่อมแซมระบบประปาหมู่บ้านในพื้นที่ขาดแคลน",
        "กรมทรัพยากรน้ำรายงานว่า ปริมาณน้ำในเขื่อนขนาดใหญ่ทั่วประเทศอยู่ที่ร้อยละ 45 ของความจุ",
        "เกษตรกรในจังหวัดขอนแก่นระบุว่า นาข้าวหลายพันไร่ได้รับความเสียหายและเรียกร้องเงินชดเชยโดยเร็ว",
        "นายกรัฐมนตรีสั่งการให้กระทรวงมหาดไทยเร่งสำรวจความเสียหายและรายงานภายใน 15 วัน",
        "กรมอุตุนิยมวิทยาคาดการณ์ว่าฝนจะเริ่มตกในช่วงกลางเดือนพฤษภาคม แต่อาจต่ำกว่าค่าปกติ",
    ],
    "kk": [
        "Астанада 300 орындық жаңа көпбейінді аурухана ашылды, деп хабарлады денсаулық сақтау басқармасы.",
        "Ауруханада кардиология, неврология және травматология бөлімдері жұмыс істейді.",
        "Құрылысқа республикалық бюджеттен 42 миллиард теңге бөлінген, деп атап өтті басқарма басшысы.",
        "Жаңа мекемеде 900-ге жуық дәрігер мен мейірбике жұмыс істейтін болады.",
        "Қала тұрғындары бұрын ауруханалардағы кезектің ұзақтығына шағымданған болатын.",
        "Денсаулық сақтау министрлігі алдағы екі жылда тағы 20 аурухана салуды жоспарлап отыр.",
    ],
    "ur": [
        "پنجاب حکومت نے صوبے کے چھوٹے کسانوں کے لیے کسان کارڈ اسکیم کا اعلان کر دیا ہے۔",
        "صوبائی وزیر زراعت نے بتایا کہ پہلے مرحلے میں پانچ لاکھ کسانوں کو کارڈ جاری کیے جائیں گے۔",
        "انہوں نے کہا کہ کسان اس کارڈ کے ذریعے کھاد، بیج اور زرعی ادویات خرید سکیں گے۔",
        "کسان تنظیموں نے اسکیم کا خیرمقدم کیا ہے تاہم نقصانات کے ازالے کا مطالبہ بھی کیا ہے۔",
        "محکمہ زراعت کے مطابق رجسٹریشن کا عمل آئندہ ہفتے سے شروع ہوگا۔",
        "وزیر زراعت نے کہا کہ تمام ادائیگیاں ڈیجیٹل طریقے سے کی جائیں گی۔",
    ],
}
PROMPTS = {"ja": "この記事は有料会員限定です。", "th": "สมัครสมาชิกเพื่ออ่านต่อ",
           "kk": "Оқуды жалғастыру үшін жазылыңыз.", "ur": "مکمل خبر پڑھنے کے لیے سبسکرائب کریں۔"}
HIDERS = ['class="paywall" style="display:none"', 'class="premium-content" style="display: none;"',
          'class="article-rest" hidden']


def _page(language: str, rest: str, shown: int = 3, before: str = "", after: str = "") -> str:
    story = STORIES[language]
    paragraphs = "".join(f"<p>{line}</p>" for line in story[:shown])
    hidden = "".join(f"<p>{line}</p>" for line in story[shown:])
    prompt = f'<div class="paywall-offer"><p>{PROMPTS[language]}</p><button>Subscribe</button></div>'
    return news_page(f'<main><article><h1>Headline</h1><div class="article-text">{before}{paragraphs}'
                     f"<div {rest}>{hidden}</div>{prompt}</div>{after}</article></main>", "Headline")


@pytest.mark.parametrize("language", sorted(STORIES))
@pytest.mark.parametrize("rest", HIDERS)
def test_the_hidden_rest_is_read(language: str, rest: str) -> None:
    text = extract(_page(language, rest)).text.split("\n")
    assert text[:len(STORIES[language])] == STORIES[language]


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_modal_after_the_body_stays_out(language: str) -> None:
    modal = ('<div class="newsletter-modal" role="dialog" style="display:none"><p>Sign up for our morning '
             "briefing and get the day's top stories in your inbox, every day.</p><p>We never share your "
             "address with anyone and you can leave the list whenever you like.</p></div>")
    text = extract(_page(language, 'class="x"', shown=6, after=modal)).text
    assert "briefing" not in text and text.split("\n")[:6] == STORIES[language]


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_lone_hidden_paragraph_and_a_copy_before_stay_out(language: str) -> None:
    story = STORIES[language]
    lone = news_page('<main><article><h1>Headline</h1><div class="article-text">'
                     + "".join(f"<p>{line}</p>" for line in story[:5])
                     + f'<div style="display:none"><p>{story[5]}</p></div></div></article></main>',
                     "Headline")
    assert story[5] not in extract(lone).text
    copy = ('<div class="mobile-copy" style="display:none"><p>A copy of the opening for small screens, '
            "set before the story and hidden on this page.</p><p>The second line of that copy, hidden "
            "too, which is not the article's rest.</p></div>")
    assert "small screens" not in extract(_page(language, 'class="x"', shown=6, before=copy)).text


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_rest_the_text_holds_is_not_repeated(language: str) -> None:
    text = extract(_page(language, 'class="paywall" style="display:none"', shown=1)).text.split("\n")
    assert all(text.count(line) == 1 for line in STORIES[language])
