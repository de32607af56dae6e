"""A signature under its label closing the story (issue 14): Vietnamese papers sign a news item "Tin, ảnh:
A" (news and photos), "Tin và ảnh: A" or a story "Bài, ảnh: A". The line stayed as the text's last and
the label's first word, "Tin", was the author (the comma and "và" split the label into names). Now
``opening._SIGNATURE_LABEL`` knows the label and ``byline_text._VI_TEXT_AND_PHOTOS`` "Tin" beside "Bài".
Guards: labels read before ("Phóng viên: A", "Tác giả: A", Azerbaijani "Müəllif: A", Uzbek "Muallif: A"),
the words with no colon in a sentence."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_VI = ("Sáng 2/12, tại Hà Nội, Bộ Tư lệnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm "
       "tới. Hội nghị đề ra nhiệm vụ trọng tâm là nâng cao năng lực làm chủ công nghệ mới.")
_AZ = ("Azərbaycanda kritik informasiya infrastrukturunun qorunması haqqında yeni qanun layihəsi hazırlanıb. "
       "Layihəyə əsasən, operatorlar kiberinsidentlər barədə 24 saat ərzində məlumat verəcək.")
_UZ = ("Toshkentda axborot xavfsizligi bo‘yicha xalqaro konferensiya bo‘lib o‘tdi. Tadbirda Markaziy Osiyo "
       "davlatlari mutaxassislari ishtirok etdi va hamkorlik masalalari muhokama qilindi.")


@pytest.mark.parametrize(("lang", "text", "line", "name"), [
    ("vi", _VI, "Tin, ảnh: HOÀNG VIỆT", "hoàng việt"),
    ("vi", _VI, "Tin và ảnh: Minh Ngọc", "minh ngọc"),
    ("vi", _VI, "Bài, ảnh: Thu Hằng", "thu hằng"),
    # guards: read before as well
    ("vi", _VI, "Phóng viên: Thu Hằng", "thu hằng"),
    ("az", _AZ, "Müəllif: Tural Əliyev", "tural əliyev"),
    ("uz", _UZ, "Muallif: Dilshod Karimov", "dilshod karimov"),
    ("vi", _VI, "Tác giả: Thu Hằng", "thu hằng"),
])
def test_the_signature_is_the_author(lang: str, text: str, line: str, name: str) -> None:
    result = extract(unsigned_story(lang, text, after=f"<p>{line}</p>"))
    assert [author.lower() for author in result.authors] == [name]
    assert line not in result.text


@pytest.mark.parametrize("line", ["Tin, ảnh: HOÀNG VIỆT", "Tin và ảnh: HOÀNG VIỆT"])
def test_the_label_is_no_name(line: str) -> None:
    assert byline_names(line) == ["HOÀNG VIỆT"]


def test_a_sentence_with_the_words_stays() -> None:
    line = "Tin, ảnh và video về sự kiện được chia sẻ rộng rãi trên mạng xã hội trong ngày hôm qua."
    result = extract(unsigned_story("vi", _VI, after=f"<p>{line}</p>"))
    assert result.text.endswith(line)
    assert result.authors == ["Daily Site"]
