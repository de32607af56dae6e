"""A wire agency's name alone closing the story ("VNA", "(Xinhua)", "(TTXVN/Vietnam+)", "ТАСС", "ANTARA")
stayed as the text's last line: a signature was a person's name or a labelled credit, and the sign-off
rules of the junk lines want a dash before the name ("-- BERNAMA"). ``opening._agency_sign_off`` reads a
known agency alone, in brackets or not, perhaps before the outlet running its copy after a slash; the
agency is the story's credit. Guards: a sentence naming the agency, a name in brackets that is no
agency's, a person's name with the agency's (read before)."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "vi": "Chính phủ vừa ban hành nghị định quy định chi tiết về bảo vệ hệ thống thông tin theo cấp độ. Các "
          "cơ quan nhà nước phải hoàn thành việc phân loại trước ngày 30/6/2027.",
    "en": "China's cyberspace regulator on Wednesday launched a two-month campaign against online rumors "
          "targeting enterprises. Platforms that fail to act will be held accountable.",
    "ru": "Роскомнадзор с начала года заблокировал более 500 тысяч мошеннических сайтов. Большая часть "
          "ресурсов имитировала сайты банков и маркетплейсов.",
    "id": "Badan Siber dan Sandi Negara mengajak masyarakat meningkatkan kewaspadaan terhadap modus penipuan "
          "daring menjelang akhir tahun. Layanan aduan dibuka selama 24 jam.",
}


@pytest.mark.parametrize(("lang", "line", "agency"), [
    ("vi", "(TTXVN/Vietnam+)", "TTXVN"),
    ("vi", "TTXVN", "TTXVN"),
    ("en", "(Xinhua)", "Xinhua"),
    ("en", "VNA", "VNA"),
    ("ru", "ТАСС", "ТАСС"),
    ("id", "ANTARA", "ANTARA"),
])
def test_the_sign_off_goes(lang: str, line: str, agency: str) -> None:
    result = extract(unsigned_story(lang, _TEXT[lang], after=f"<p>{line}</p>"))
    assert not result.text.endswith(line)
    assert result.text.endswith(_TEXT[lang])
    assert [name.casefold() for name in result.authors] == [agency.casefold()]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Xinhua reported the figures on Wednesday."),
    ("en", "(Ministry of Finance)"),
    ("en", "(Reuters/AP/AFP/Xinhua)"),
])
def test_the_line_stays(lang: str, line: str) -> None:
    assert extract(unsigned_story(lang, _TEXT[lang], after=f"<p>{line}</p>")).text.endswith(line)
