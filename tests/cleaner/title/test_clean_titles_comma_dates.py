"""The day a tab title adds after a comma (issue 14), where the page prints no heading to compare with:
CIS, Ukrainian, Latin American and Nigerian CMSs write "Headline, 12 марта 2024 - Site", "Headline,
12 березня 2024 року | Site", "Headline, 12-март 2024 - Site", "Headline, 12 de marzo de 2024 - Site",
"Headline, March 12, 2024 - Site"; the site's name was cut and the date kept as the headline's end.
Guards: a headline of three words before the date, a date inside the headline ("Budget, 2024 ... for
March"), a comma and a number that is not a day ("Inflation, 12 percent in 2024"), a date with no comma.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.some-news.example/a/2024/03/12/story-123.html"


def _title(tab: str, lang: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><header>"
            "<a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    ("Токаев подписал закон о средствах массовой информации, 12 марта 2024 - Tengrinews.kz",
     "Токаев подписал закон о средствах массовой информации", "ru"),
    ("Правительство одобрило проект бюджета на следующий год, 12 марта 2024 г. - РБК Украина",
     "Правительство одобрило проект бюджета на следующий год", "ru"),
    ("Уряд схвалив проєкт бюджету на наступний рік, 12 березня 2024 року | Укрінформ",
     "Уряд схвалив проєкт бюджету на наступний рік", "uk"),
    ("Жапаров жаңы мыйзамга кол койду, 12-март 2024 - Azattyk", "Жапаров жаңы мыйзамга кол койду", "ky"),
    ("Prezident yangi soliq qonunini imzoladi, 12 mart 2024 - Kun.uz",
     "Prezident yangi soliq qonunini imzoladi", "uz"),
    ("Milei anunció un nuevo paquete de medidas económicas, 12 de marzo de 2024 - Página12",
     "Milei anunció un nuevo paquete de medidas económicas", "es"),
    ("Tinubu signs 2024 budget into law, March 12, 2024 - Vanguard News", "Tinubu signs 2024 budget into law",
     "en"),
    ("Тоқаев заңға қол қойды, 12 наурыз 2024, 14:30 - Egemen Qazaqstan", "Тоқаев заңға қол қойды", "kk"),
])
def test_a_day_after_a_comma_goes(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang) == headline


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    ("Итоги недели, 12 марта 2024", "Итоги недели, 12 марта 2024", "ru"),
    ("Inflation eases to 12 percent, lowest since March 2024 - Vanguard News",
     "Inflation eases to 12 percent, lowest since March 2024", "en"),
    ("Government unveils budget, 2024 spending plan for March - Vanguard News",
     "Government unveils budget, 2024 spending plan for March", "en"),
    ("Milei anunció el paquete el 12 de marzo de 2024 - Página12",
     "Milei anunció el paquete el 12 de marzo de 2024", "es"),
])
def test_a_headline_with_a_date_of_its_own_stays(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang) == headline
