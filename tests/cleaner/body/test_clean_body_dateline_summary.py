"""A story's first paragraph set in a block named "summary" or "description" right before the body, that
opens with its dateline ("VOV.VN - ...", "Hà Nội - ...", "LONDON — ..."): Vietnamese papers name their
sapo so, and the lead rules read such a name as a deck's, so the first paragraph was lost (issue 14;
recall 0.71 on a probe page). ``leads._furniture_name`` lets a summary opening with a dateline (a
place's or outlet's few words, then a spaced dash) be the lead. Guards: a summary without a dateline
(a deck) stays out, and one also named for other furniture."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_BODY = {
    "vi": ["Cuộc diễn tập mô phỏng các tình huống tấn công có chủ đích vào hệ thống điều khiển công nghiệp "
           "và cơ sở dữ liệu quốc gia.",
           "Theo Ban tổ chức, mục tiêu là nâng cao năng lực phối hợp giữa các lực lượng chuyên trách và các "
           "doanh nghiệp viễn thông.",
           "Năm nay lần đầu tiên có đội tham gia từ các nước láng giềng, góp phần tăng cường hợp tác khu "
           "vực."],
    "en": ["The exercise simulated targeted attacks on industrial control systems and national databases, "
           "the organisers said in a statement.",
           "Its aim is to improve coordination between the specialised forces and telecommunications "
           "companies, they said.",
           "For the first time, teams from neighbouring countries took part in the drill this year."],
}


def _page(lang: str, lead: str, name: str = "article-summary") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _BODY[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Diễn tập</title></head><body>"
            f"<div class='article-detail'><h1>Headline of the drill story</h1><div class='{name}'>"
            f"<p>{lead}</p></div><div class='article-content'><figure><img src='/a.jpg'><figcaption>Ảnh"
            f"</figcaption></figure>{body}</div></div></body></html>")


@pytest.mark.parametrize(("lang", "lead", "name"), [
    ("vi", "VOV.VN - Ngày 2/12, Bộ Quốc phòng tổ chức diễn tập ứng phó sự cố an ninh mạng quy mô quốc gia "
     "với sự tham gia của hơn 100 đơn vị.", "article-summary"),
    ("vi", "Hà Nội - Ngày 2/12, Bộ Quốc phòng tổ chức diễn tập ứng phó sự cố an ninh mạng quy mô quốc gia "
     "với sự tham gia của hơn 100 đơn vị.", "description"),
    ("en", "LONDON — The defence ministry held a national cyber incident response exercise on Wednesday with "
     "more than 100 organisations taking part.", "summary"),
])
def test_the_datelined_summary_is_the_lead(lang: str, lead: str, name: str) -> None:
    text = extract(_page(lang, lead, name), "https://example.vn/news/1").text
    assert text.split("\n")[0] == lead


@pytest.mark.parametrize(("lang", "lead", "name"), [
    ("en", "The defence ministry held a national cyber incident response exercise with more than 100 "
     "organisations taking part.", "summary"),
    ("en", "LONDON — The defence ministry held a national cyber incident response exercise on Wednesday with "
     "more than 100 organisations taking part.", "summary share-tools"),
])
def test_a_deck_stays_out(lang: str, lead: str, name: str) -> None:
    text = extract(_page(lang, lead, name), "https://example.vn/news/1").text
    assert lead not in text
