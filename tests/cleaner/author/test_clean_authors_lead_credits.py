"""Credits the story's own lines give where no byline signs it, and bylines' outlets and photo credits
(issue 14): an agency written first in the dateline ("TASS, December 3. ") or after a hyphen ("МОСКВА,
3 дек - РИА Новости. "); a Chinese lead opening with the reporter's bracket ("（记者 李四）本报讯"); the
Indonesian report line ("Laporan Wartawan Tribunnews.com, Fahmi Ramadhan"); the outlet written onto
a Chinese reporter's title ("财新记者 李四"); an agency and the outlet in brackets after the name
("Phạm Thị Lan (TTXVN/Vietnam+)"); a photographer's agency after a slash ("Foto: Erik Berg/TT") and
photo labels in more languages ("Kuvat:", "Bild:", "Zdjęcia:", "Fotoğraf:"); the Greek wire ΑΠΕ-ΜΠΕ;
a Vietnamese story's writers at its foot parted by a dash ("Minh Anh - Thu Hà")."""

from __future__ import annotations

import pytest

from cleaner.author.author_datelines import dateline_agency, dateline_reporters
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("text", "agency"), [
    ("МОСКВА, 3 дек - РИА Новости. Правительство утвердило план.", "РИА Новости"),
    ("TASS, December 3. The Russian government approved a plan.", "TASS"),
    ("XINHUA, Dec 3 -- China's cabinet approved a plan.", "XINHUA"),
    ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ενέκρινε νέο σχέδιο.", "ΑΠΕ-ΜΠΕ"),
    # guards: a dash that opens no agency; an agency named in a sentence; the forms read before
    ("Париж, 3 дек - Франция решила продлить меры.", None),
    ("Reuters, the news agency, said on Monday that it would.", None),
    ("AP, 3 things to know about the vote", None),
    ("ΑΘΗΝΑ (ΑΠΕ) - Οι ΑΠΕ καλύπτουν το μισό της ζήτησης.", None),
    ("МОСКВА, 3 дек — РИА Новости. Правительство утвердило план.", "РИА Новости"),
    ("MOSCOW, December 3. /TASS/. The government approved a plan.", "TASS"),
])
def test_dateline_agency_forms(text: str, agency: str | None) -> None:
    assert dateline_agency(text) == agency


@pytest.mark.parametrize(("text", "names"), [
    ("（记者 李四）本报讯，市政府昨日宣布新的交通规划。", ["李四"]),
    ("(記者 陳明)本報訊，市政府昨日宣布新的交通規劃。", ["陳明"]),
    ("Laporan Wartawan Tribunnews.com, Fahmi Ramadhan\nTRIBUNNEWS.COM, JAKARTA - Komite bertemu.",
     ["Fahmi Ramadhan"]),
    ("Laporan Reporter Tribun Jabar, Siti Nurhaliza\nBANDUNG - Pemerintah kota.", ["Siti Nurhaliza"]),
    # guards: a bracket later in the text; a report line that is a sentence; the dateline read before
    ("市政府昨日宣布（记者 李四）新的交通规划。", []),
    ("Laporan keuangan perusahaan, yang dirilis kemarin, menunjukkan kenaikan.", []),
    ("新华社北京12月1日电（记者 王五）国务院新闻办公室1日举行发布会。", ["王五"]),
])
def test_dateline_reporters_forms(text: str, names: list[str]) -> None:
    assert dateline_reporters(text) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("文｜财新记者 李四 王小明", ["李四", "王小明"]),
    ("财新网记者 王五", ["王五"]),
    ("Phạm Thị Lan (TTXVN/Vietnam+)", ["Phạm Thị Lan", "TTXVN"]),
    ("Von Hans Müller (dpa/lnw)", ["Hans Müller", "dpa"]),
    ("Av Anna Svensson; Foto: Erik Berg/TT", ["Anna Svensson"]),
    ("Text: Anna Schmidt / Foto: Bob Jones/dpa", ["Anna Schmidt"]),
    ("Teksti: Matti Virtanen; Kuvat: Liisa Korhonen", ["Matti Virtanen"]),
    ("Text: Karin Ek; Bild: Lars Ek", ["Karin Ek"]),
    ("Tekst: Jan Kowalski; Zdjęcia: Anna Nowak", ["Jan Kowalski"]),
    ("Του Γιώργου Παπαδόπουλου (ΑΠΕ-ΜΠΕ)", ["Γιώργος Παπαδόπουλος", "ΑΠΕ-ΜΠΕ"]),
    ("Haber: Ahmet Yılmaz; Fotoğraf: Mehmet Demir", ["Ahmet Yılmaz"]),
    # guards: a wire agency's reporter, "本报" and "特约" titles, an agency after a name, an outlet "Bild"
    ("新华社记者 张三", ["张三", "新华社"]),
    ("本报特约记者 李华", ["李华"]),
    ("Av Anna Svensson, TT", ["Anna Svensson", "TT"]),
    ("Jane Doe (Reuters)", ["Jane Doe", "Reuters"]),
    ("Bild Zeitung", ["Bild Zeitung"]),
])
def test_byline_outlets_and_credits(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


_VI = "Ủy ban đã họp lần thứ ba trong tháng để xem xét các đề xuất do các văn phòng khu vực gửi lên. " * 3


def _vi_page(foot: str) -> str:
    body = "".join(f"<p>{_VI}</p>" for _ in range(4))
    return (f"<html lang='vi'><head><meta charset='utf-8'><title>Ủy ban xem xét đề xuất</title></head><body>"
            f"<article><h1>Ủy ban xem xét các đề xuất của văn phòng khu vực</h1>{body}{foot}</article>"
            "</body></html>")


@pytest.mark.parametrize(("foot", "names"), [
    ('<p style="text-align:right"><strong>Minh Anh - Thu Hà</strong></p>', ["Minh Anh", "Thu Hà"]),
    ('<p style="text-align:right"><b>Nguyễn Văn An – Trần Thị Bình</b></p>',
     ["Nguyễn Văn An", "Trần Thị Bình"]),
    # guards: one name, a source
    ('<p style="text-align:right"><strong>Nguyễn Văn An</strong></p>', ["Nguyễn Văn An"]),
    ('<p style="text-align:right"><strong>Theo TTXVN</strong></p>', ["TTXVN"]),
])
def test_vietnamese_foot_names(foot: str, names: list[str]) -> None:
    assert extract(_vi_page(foot)).authors == names
