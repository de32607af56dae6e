"""A name alone in the story's closing paragraph on a page that names no author (agencies sign so: "...
</p><p>Hala Zain</p>"): it stayed as the text's last line and the outlet was the author (a name alone
was a signature only set apart: bold, aligned right, an author's class). ``opening._closing_paragraph``
reads it where the <p> of two or three capitalised words has no paragraph after it in its block and none
of its words is one the story writes in lower case nor a button's. Guards: a page naming its author, a
paragraph after the name, "Follow Us", "Thank You", "Photo Gallery", words of the story capitalised,
a caseless script, a name with a city."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_EN = ("The ministry launched a national campaign on Wednesday to raise awareness of cybersecurity among "
       "citizens. It includes workshops in universities and schools, and you can follow it online.")
_ES = ("El ministerio lanzó el miércoles una campaña nacional para concienciar sobre la ciberseguridad. La "
       "campaña incluye talleres en universidades y escuelas de todo el país.")
_ID = ("Kementerian meluncurkan kampanye nasional untuk meningkatkan kesadaran keamanan siber pada hari "
       "Rabu. Kampanye itu mencakup lokakarya di universitas dan sekolah di seluruh negeri.")
_AR = ("أطلقت وزارة الاتصالات والتقانة اليوم حملة وطنية للتوعية بالأمن السيبراني تستهدف طلاب الجامعات "
       "والمدارس.")


@pytest.mark.parametrize(("lang", "text", "after", "name"), [
    ("en", _EN, "<p>Hala Zain</p>", "Hala Zain"),
    ("en", _EN, "<p>Manar Salameh</p><div class='share'><a href='#'>Facebook</a></div>", "Manar Salameh"),
    ("es", _ES, "<p>Lucía Fernández Ortega</p>", "Lucía Fernández Ortega"),
    ("id", _ID, "<p>Rina Wulandari</p>", "Rina Wulandari"),
])
def test_the_closing_name_signs(lang: str, text: str, after: str, name: str) -> None:
    result = extract(unsigned_story(lang, text, after=after))
    assert result.authors == [name]
    assert name not in result.text


@pytest.mark.parametrize(("lang", "text", "after"), [
    ("en", _EN, "<p>Hala Zain</p><p>The campaign runs until the end of the academic year in June.</p>"),
    ("en", _EN, "<p>Follow Us</p>"),
    ("en", _EN, "<p>Thank You</p>"),
    ("en", _EN, "<p>Campaign Workshops</p>"),
    ("ar", _AR, "<p>هلا زين</p>"),
    ("en", _EN, "<p>Hala Zain, Damascus Bureau Chief</p>"),
])
def test_no_signature(lang: str, text: str, after: str) -> None:
    assert extract(unsigned_story(lang, text, after=after)).authors == ["Daily Site"]


def test_a_page_naming_its_author_keeps_the_line() -> None:
    html = unsigned_story("en", _EN, after="<p>Hala Zain</p>").replace(
        "</head>", "<meta name='author' content='Omar Haddad'></head>")
    result = extract(html)
    assert result.authors == ["Omar Haddad"]
    assert result.text.endswith("Hala Zain")
