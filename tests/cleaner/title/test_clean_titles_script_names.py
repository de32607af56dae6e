"""A site's name in a script other than Latin or a right-to-left one before the headline, where the page
names the site nowhere in Latin letters and prints no <h1> headline (issue 14): "Уральский вестник:
Headline", "华北日报：Headline", "दैनिक समाचार » Headline", with the name in the logo's ``alt``. Only a
right-to-left name before a colon sent the choice to the logo for the site's name (a Latin "Topic:
Headline" is too common to read the logo for), and the logo's names were counted in ``title_words``, which
split an Indic name at its vowel signs into more words than a name has. Now a name with no Latin letter,
of up to four words as spaces part them, before a colon (or a full-width "：") is checked against the
logo, and the logo's names are counted by spaces. Guards: a speaker's name before a quote ("Песков: ...",
"发改委：...") is no site's and stays; a Latin "Topic: Headline" stays; a name not in the logo stays.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

PROSE = {
    "ru": "Городская дума во вторник утвердила перечень улиц, на которых летом пройдет ремонт покрытия.",
    "zh": "市政府周二召开新闻发布会，介绍了明年老旧小区改造的具体安排，涉及全市一百多个小区。",
    "ja": "市議会は火曜日の本会議で、市北部を結ぶ新しい路面電車路線の建設計画を賛成多数で可決した。",
    "hi": "राज्य मंत्रिमंडल ने मंगलवार को सूखे से प्रभावित किसानों को राहत देने के लिए नई योजना को मंजूरी दी।",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο για τη νέα γραμμή τραμ προς τα προάστια.",
    "en": "The council met on Tuesday evening and heard from residents who rely on the late crossing.",
}
CASES = [  # (language, the site's name in its logo, the tab title, the headline)
    ("ru", "Уральский вестник", "Уральский вестник: Власти утвердили план ремонта дорог на следующий год",
     "Власти утвердили план ремонта дорог на следующий год"),
    ("zh", "华北日报", "华北日报：市政府宣布明年起全面推进老旧小区改造工程",
     "市政府宣布明年起全面推进老旧小区改造工程"),
    ("ja", "中部新聞", "中部新聞: 市議会が新しい路面電車路線の建設計画を可決",
     "市議会が新しい路面電車路線の建設計画を可決"),
    ("hi", "दैनिक समाचार", "दैनिक समाचार: राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी",
     "राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी"),
    ("hi", "दैनिक समाचार", "दैनिक समाचार » राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी",
     "राज्य सरकार ने किसानों के लिए नई सहायता योजना को मंजूरी दी"),
    ("el", "Η Βόρεια Ημερησία", "Η Βόρεια Ημερησία: Το δημοτικό συμβούλιο ενέκρινε τη νέα γραμμή τραμ",
     "Το δημοτικό συμβούλιο ενέκρινε τη νέα γραμμή τραμ"),
]


def _title(lang: str, logo: str, tab: str) -> str | None:
    prose = "".join(f"<p>{PROSE[lang]}</p>" for _ in range(6))
    page = (f"<html lang='{lang}'><head><title>{tab}</title>"
            f"<meta property='og:title' content=\"{tab}\"></head>"
            f"<body><header><a href='/' class='logo'><img src='/logo.svg' alt='{logo}'></a></header>"
            f"<main><div class='story'><div class='article-body'>{prose}</div></div></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://news.example.com/2025/03/11/1042.html").title


@pytest.mark.parametrize(("lang", "logo", "tab", "headline"), CASES)
def test_the_sites_name_in_its_own_script_is_cut(lang: str, logo: str, tab: str, headline: str) -> None:
    assert _title(lang, logo, tab) == headline


@pytest.mark.parametrize(("lang", "logo", "tab"), [
    ("ru", "Уральский вестник", "Песков: «Мы не видим оснований для пересмотра решения по дорогам»"),
    ("zh", "华北日报", "发改委：明年将全面推进老旧小区改造工程"),
    ("en", "Harbour Times", "Ferry strike: council votes to keep the night crossing running"),
    ("ru", "Уральский вестник", "Городские новости: Власти утвердили план ремонта дорог на следующий год"),
])
def test_a_name_that_is_not_the_sites_stays(lang: str, logo: str, tab: str) -> None:
    assert _title(lang, logo, tab) == tab


def _unnamed(tab: str) -> str | None:
    prose = "".join(f"<p>{PROSE['ru']}</p>" for _ in range(6))
    page = (f"<html lang='ru'><head><title>{tab}</title></head><body><main><div>{prose}</div></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://news.example.com/2025/03/11/1042.html").title


@pytest.mark.parametrize("name", ["Уральский вестник", "Дніпровські вісті", "Київський вісник"])
@pytest.mark.parametrize("separator", [" - ", " | ", " :: "])
def test_a_cyrillic_papers_name_after_the_headline_is_cut_where_nothing_names_it(name: str, separator: str) \
        -> None:
    """Russian and Ukrainian papers' names set a common noun in lower case after their first word
    ("Уральский вестник", "Дніпровські вісті"): read as a name, as "газета" and "правда" were."""
    headline = "Власти утвердили план ремонта дорог на следующий год"
    assert _unnamed(f"{headline}{separator}{name}") == headline


def test_a_lower_case_phrase_after_the_headline_stays() -> None:
    title = "Жители жалуются на шум у дороги - вестник перемен"
    assert _unnamed(title) == title
