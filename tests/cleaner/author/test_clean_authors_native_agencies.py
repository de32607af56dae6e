"""Wire agencies as their own press writes them (issue 14): Azerbaijan's state agency in Azerbaijani
letters in a dateline ("Bakı, 3 dekabr, AZƏRTAC."; "AZERTAC" was read, "AZƏRTAC" not), and a Chinese
sign-off in full-width brackets under the text ("（新华社）"; "(Xinhua)" was read, "（新华社）" not).
Before, both stories went to the outlet."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "az": "Xarici İşlər Nazirliyi çərşənbə günü kibertəhlükəsizlik sahəsində beynəlxalq əməkdaşlığa həsr "
          "olunmuş görüş keçirib. Görüşdə bir çox ölkənin nümayəndələri iştirak edib.",
    "zh": "12月3日，外交部发言人在例行记者会上表示，中方愿同各方加强网络空间对话合作，"
          "共同构建和平、安全、开放、合作、有序的网络空间。",
}


def _page(language: str, *, byline: str = "", first: str = "", after: str = "") -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Headline - Daily Site</title>"
            "<meta property='og:site_name' content='Daily Site'></head><body><header><a href='/'>Daily Site"
            f"</a></header><article><h1>Headline of the story</h1>{byline}<p>{first}{text}</p><p>{text}</p>"
            f"<p>{text}</p>{after}</article><footer><p>© 2024 Daily Site</p></footer></body></html>")


@pytest.mark.parametrize(("language", "parts", "names"), [
    ("az", {"first": "Bakı, 3 dekabr, AZƏRTAC. "}, ["AZƏRTAC"]),
    ("zh", {"after": "<p>（新华社）</p>"}, ["新华社"]),
    ("zh", {"after": "<p class='source'>（新华社）。</p>"}, ["新华社"]),
    # guards: as before: the Latin spelling, ASCII brackets, a person's byline beside the agency's
    # dateline, a bracket that is no agency's
    ("az", {"first": "Bakı, 3 dekabr, AZERTAC. "}, ["AZERTAC"]),
    ("zh", {"after": "<p>(Xinhua)</p>"}, ["Xinhua"]),
    ("az", {"byline": "<div class='author'>Müəllif: Elvin Məmmədov</div>",
            "first": "Bakı, 3 dekabr, AZƏRTAC. "},
     ["Elvin Məmmədov"]),
    ("zh", {"after": "<p>（完）</p>"}, ["Daily Site"]),
])
def test_agency_as_its_press_writes_it(language: str, parts: dict[str, str], names: list[str]) -> None:
    assert extract(_page(language, **parts)).authors == names
