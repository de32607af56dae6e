"""The byline's writer's bio set as the story's last paragraph, with no name on a line of its own before it
("Tomasz Nowak jest dziennikarzem działu gospodarczego. ...") was kept as body text: core.cuts.author_boxes
cuts a bio only after the name alone on its line. cleaner.body.author_bios cuts the last paragraph that
opens with a byline writer's whole name and runs like a bio. Guards: a last paragraph naming someone
else, the writer named mid-sentence, an agency's or an outlet's name as author, a short text, the name
alone, the notes on several writers."""

from __future__ import annotations

import pytest

from cleaner.body.author_bios import without_author_bio
from cleaner.extract import extract

_STORY = (
    "The central bank left its main rate unchanged on Thursday, as most economists had expected.\n"
    "The governor said inflation was still above the target and that it was too early to cut.\n"
    "Markets barely moved after the decision, and the currency closed the day flat against the dollar.\n"
    "The next meeting of the board is scheduled for the end of May.")


@pytest.mark.parametrize(("author", "bio"), [
    ("Tomasz Nowak", "Tomasz Nowak jest dziennikarzem działu gospodarczego. Zajmuje się polityką pieniężną, "
                     "bankowością i rynkiem nieruchomości."),
    ("Ayşe Yılmaz", "Ayşe Yılmaz, 2012'den bu yana ekonomi muhabiri olarak çalışıyor. Para politikası "
                    "üzerine haberler yazıyor."),
    ("Γιώργος Παπαδόπουλος", "Ο Γιώργος Παπαδόπουλος είναι δημοσιογράφος και καλύπτει θέματα οικονομίας και "
                             "αγοράς ακινήτων."),
    ("Олена Коваленко", "Олена Коваленко — економічна журналістка, пише про банківську систему та фінансові "
                        "ринки."),
    ("김민수", "김민수 기자는 경제부에서 통화정책과 금융시장을 취재하고 있다. 제보는 이메일로 받는다."),
    ("山田太郎", "山田太郎（やまだ・たろう）　1985年東京都生まれ。2010年入社。"
                 "経済部で金融政策と為替市場を担当している。"),
    ("Mike Roe", "Mike Roe's book about the search for life on other planets is out now. Follow him "
                 "on social media."),
    ("สมชาย ใจดี", "สมชาย ใจดี ผู้สื่อข่าวสายเศรษฐกิจ ติดตามนโยบายการเงินและตลาดทุนมากว่า 10 ปี"),
])
def test_the_writers_bio_at_the_end_goes(author: str, bio: str) -> None:
    assert without_author_bio(f"{_STORY}\n{bio}", [author]) == _STORY


@pytest.mark.parametrize(("authors", "last"), [
    # someone else's name opens the last paragraph
    (["Tomasz Nowak"], "Adam Glapiński said the bank would keep a close eye on energy prices in the coming "
                       "months."),
    # the writer named in a sentence, not opening it
    (["Tomasz Nowak"], "In a conversation with Tomasz Nowak, the governor said the bank would watch prices."),
    # a longer name that begins with the writer's
    (["Anna Kowalska"], "Anna Kowalskaja, the minister's adviser, said the plan would be published in June."),
    # an agency as the author: its report is the story
    (["Reuters"], "Reuters reported earlier that the bank had discussed a cut at its previous meeting."),
    (["Associated Press"], "Associated Press reported earlier that the bank had discussed a cut at its "
                           "previous meeting."),
    # the name alone: a signature, read by cleaner.body.opening
    (["Tomasz Nowak"], "Tomasz Nowak"),
    # a short signature with a place, in a spaced script
    (["Tomasz Nowak"], "Tomasz Nowak, Warszawa"),
    # no byline
    ([], "Tomasz Nowak jest dziennikarzem działu gospodarczego i pisze o bankach."),
    # an outlet named as author: its name goes on with a capitalised word or a bare possessive
    (["Jane Doe", "Daily Courier"], "Daily Courier Digital has reached out to the ministry for comment "
                                    "on the decision."),
    (["Jane Doe", "Daily Courier"], "Daily Courier’ Anna Smith contributed to this report from the capital."),
    # the notes on several writers closing the story stay as a block
    (["Anna Smith", "John Roe"], "Anna Smith is a senior editor at the review and writes on cyber policy.\n"
                                 "John Roe is a fellow at the institute's cyber programme in Washington."),
])
def test_other_last_paragraphs_stay(authors: list[str], last: str) -> None:
    text = f"{_STORY}\n{last}"
    assert without_author_bio(text, authors) == text


def test_a_short_text_stays() -> None:
    text = ("The bank left its rate unchanged.\n"
            "Tomasz Nowak jest dziennikarzem działu gospodarczego i pisze o bankach.")
    assert without_author_bio(text, ["Tomasz Nowak"]) == text


_PL = ("Rada Polityki Pieniężnej po raz kolejny pozostawiła stopy procentowe bez zmian, a decyzja była "
       "zgodna z oczekiwaniami ekonomistów ankietowanych przed posiedzeniem. ")


def _page(bio: str) -> str:
    paragraphs = "".join(f"<p>{_PL}{index}</p>" for index in range(5))
    return ("<html lang='pl'><head><title>RPP bez zmian</title><script type='application/ld+json'>"
            "{\"@type\":\"NewsArticle\",\"headline\":\"RPP bez zmian\",\"author\":{\"@type\":\"Person\","
            "\"name\":\"Tomasz Nowak\"}}</script></head><body><article><h1>RPP bez zmian</h1>"
            f"<div class='entry-content'>{paragraphs}<p><em>{bio}</em></p></div></article></body></html>")


def test_a_pages_bio_paragraph_goes() -> None:
    bio = ("Tomasz Nowak jest dziennikarzem działu gospodarczego. Zajmuje się polityką pieniężną i "
           "bankowością.")
    result = extract(_page(bio), "https://example.pl/gospodarka/rpp.html")
    assert "dziennikarzem" not in result.text
    assert result.text.count(_PL.strip()) == 5
    assert result.authors == ["Tomasz Nowak"]


def test_a_pages_last_paragraph_on_someone_else_stays() -> None:
    last = "Adam Glapiński zapowiedział, że kolejne decyzje będą zależały od danych o inflacji w maju."
    assert last in extract(_page(last), "https://example.pl/gospodarka/rpp.html").text
