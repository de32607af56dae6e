"""More of a byline's "and" between names (issue 14), in the languages the lists did not know:
Azerbaijani "və", Uzbek "va"/"ва", Kazakh "және", Kyrgyz "жана", Georgian "და", Armenian "և", Urdu
"اور", Marathi "आणि", Gujarati "અને", Punjabi "ਅਤੇ", Tamil "மற்றும்", Telugu "మరియు", Kannada "ಮತ್ತು",
Sinhala "සහ", Khmer "និង", Lao "ແລະ", Amharic "እና"; Filipino "at" and Swahili "na" after their
"by" ("Ni", "Na"). And JSON-LD authors as some CMSs give them: a
Person by its name's parts (``givenName``, ``familyName``), and the writer in ``creator`` where the
``author`` is only the outlet."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str = "", head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


def _ld(**fields: object) -> str:
    article = {"@type": "NewsArticle", "headline": "Council passes the budget",
               "datePublished": "2024-05-01T10:00:00+02:00", **fields}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


@pytest.mark.parametrize(("lang", "first", "word", "second"), [
    ("az", "Əli Həsənov", "və", "Leyla Məmmədova"),
    ("uz", "Alisher Karimov", "va", "Nodira Rahimova"),
    ("tg", "Алишер Каримов", "ва", "Нодира Раҳимова"),
    ("kk", "Асқар Нұрланов", "және", "Айгүл Серікова"),
    ("ky", "Азамат Токтогулов", "жана", "Айгүл Асанова"),
    ("ka", "გიორგი ბერიძე", "და", "ნინო კაპანაძე"),
    ("hy", "Արամ Պետրոսյան", "և", "Անի Սարգսյան"),
    ("ur", "علی احمد", "اور", "سارہ خان"),
    ("mr", "राहुल पाटील", "आणि", "प्रिया जोशी"),
    ("gu", "રાહુલ પટેલ", "અને", "પ્રિયા શાહ"),
    ("pa", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "ਅਤੇ", "ਮਨਪ੍ਰੀਤ ਕੌਰ"),
    ("ta", "ராஜா குமார்", "மற்றும்", "பிரியா தேவி"),
    ("te", "రాజు కుమార్", "మరియు", "ప్రియ రెడ్డి"),
    ("kn", "ರಾಜು ಕುಮಾರ್", "ಮತ್ತು", "ಪ್ರಿಯಾ ರಾವ್"),
    ("si", "කමල් පෙරේරා", "සහ", "නිමල් සිල්වා"),
    ("km", "សុខ ចាន់", "និង", "ស្រី ពៅ"),
    ("am", "አበበ ከበደ", "እና", "ማርታ ታደሰ"),
])
def test_and_between_two_names(lang: str, first: str, word: str, second: str) -> None:
    assert extract(_page(f'<div class="byline">{first} {word} {second}</div>', lang=lang)).authors \
        == [first, second]
    assert extract(_page(head=f'<meta name="author" content="{first} {word} {second}">', lang=lang)).authors \
        == [first, second]


@pytest.mark.parametrize(("byline", "lang", "names"), [
    # guards: the lists already known, one name
    ('<div class="byline">Hans Müller und Anna Schmidt</div>', "de", ["Hans Müller", "Anna Schmidt"]),
    ('<div class="byline">Nguyễn Văn An và Trần Thị Bình</div>', "vi", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ('<div class="byline">Alisher Karimov</div>', "uz", ["Alisher Karimov"]),
    ('<div class="byline">By Jane Doe</div>', "en", ["Jane Doe"]),
])
def test_known_lists_stay(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang=lang)).authors == names


@pytest.mark.parametrize(("head", "names"), [
    (_ld(author={"@type": "Person", "givenName": "Jane", "familyName": "Doe"}), ["Jane Doe"]),
    (_ld(author=[{"@type": "Person", "givenName": "Jane", "familyName": "Doe"},
                 {"@type": "Person", "givenName": "John", "additionalName": "A.", "familyName": "Smith"}]),
     ["Jane Doe", "John A. Smith"]),
    (_ld(author={"@type": "Organization", "name": "Daily Planet"},
         creator={"@type": "Person", "name": "Jane Doe"}), ["Jane Doe", "Daily Planet"]),
    (_ld(author=[{"@type": "NewsMediaOrganization", "name": "Daily Planet"}], creator=["Jane Doe"]),
     ["Jane Doe", "Daily Planet"]),
    # guards: a named Person wins over its parts; a person author keeps the creator out
    (_ld(author={"@type": "Person", "name": "Jane Doe", "givenName": "J.", "familyName": "Doe"}),
     ["Jane Doe"]),
    (_ld(author={"@type": "Person", "name": "Jane Doe"}, creator={"@type": "Person", "name": "John Smith"}),
     ["Jane Doe"]),
    (_ld(author={"@type": "Organization", "name": "Daily Planet"},
         creator={"@type": "Organization", "name": "Planet Media"}), ["Daily Planet"]),
])
def test_json_ld_person_parts_and_creator(head: str, names: list[str]) -> None:
    assert extract(_page(head=head)).authors == names


@pytest.mark.parametrize(("byline", "lang", "names"), [
    # Filipino "Ni A at B", Swahili "Na A na B": that language's "and" after its "by"
    ("Ni Juan dela Cruz at Maria Santos", "tl", ["Juan dela Cruz", "Maria Santos"]),
    ("Na John Mwangi na Mary Wanjiku", "sw", ["John Mwangi", "Mary Wanjiku"]),
    ("NA JOHN MWANGI na MARY WANJIKU", "sw", ["John Mwangi", "Mary Wanjiku"]),
    # guards: one name, a Korean family name, English "at"
    ("Ni Juan dela Cruz", "tl", ["Juan dela Cruz"]),
    ("Na Jung-hoon", "en", ["Na Jung-hoon"]),
    ("By Jane Doe at City Hall", "en", ["Jane Doe"]),
])
def test_and_after_its_languages_by(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(f'<div class="byline">{byline}</div>', lang=lang)).authors == names
