"""uCoz and DataLife Engine sites print the day alone and keep its time in the date element's title
attribute, shown on hovering it ("<span title='12.03.2024 14:35'>12.03.2024</span>"): the time was not
read, so the day came out at noon (issue 14). A title's time is read only for the day the element
prints, outside other articles' teasers, and only where a zone is known, as a time written beside the
day is."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = {
    "ru": "Правительство объявило о новом пакете экономических мер для поддержки роста. Министр финансов "
          "заявил, что этот шаг усилит покупательную способность граждан во всех регионах страны.",
    "uk": "Уряд оголосив про новий пакет економічних заходів для підтримки зростання. Міністр фінансів "
          "заявив, що цей крок посилить купівельну спроможність громадян у всіх регіонах країни.",
    "kk": "Үкімет экономикалық өсуді қолдауға арналған жаңа шаралар пакетін жариялады. Қаржы министрі бұл "
          "қадам азаматтардың сатып алу қабілетін барлық өңірлерде күшейтетінін айтты.",
}


def _page(language: str, details: str, after: str = "") -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Заголовок</title></head><body>"
            f"<div id='main'><h1>Заголовок новости</h1>{details}<div class='full-story'><p>{text}</p>"
            f"<p>{text}</p><p>{text}</p></div>{after}</div><footer>© 2024</footer></body></html>")


@pytest.mark.parametrize(("language", "url", "details", "expected"), [
    ("ru", "https://example.ru/news/2024-03-12-5", "<div class='eDetails'>Добавлено: "
     "<span title='12.03.2024 14:35'>12.03.2024</span></div>", "2024-03-12T14:35:00+03:00"),
    ("ru", "https://example.ru/news/5-novost.html", "<div class='date'><span class='date' "
     "title='2024-03-12 14:35:10'>12 марта 2024</span></div>", "2024-03-12T14:35:10+03:00"),
    ("uk", "https://example.com.ua/news/5-novyna.html", "<div class='story-date'>"
     "<a href='/2024/03/12/' title='12.03.2024, 09:05'>12.03.2024</a></div>", "2024-03-12T09:05:00+02:00"),
    ("kk", "https://example.kz/news/5-zhanalyq.html", "<div class='date'>"
     "<span title='12.03.2024 23:10'>12.03.2024</span></div>", "2024-03-12T23:10:00+05:00"),
    # guards: a time written beside the day as before; no zone known: the day at noon UTC as before
    ("ru", "https://example.ru/news/5-novost.html", "<div class='date'><span>12.03.2024, 14:35</span></div>",
     "2024-03-12T14:35:00+03:00"),
    ("ru", "https://example.org/news/5-novost.html", "<div class='eDetails'>"
     "<span title='12.03.2024 14:35'>12.03.2024</span></div>", "2024-03-12T12:00:00+00:00"),
    # guards: a title naming another day, a link's title with no time: the day alone, as before
    ("ru", "https://example.ru/news/5-novost.html", "<div class='date'>"
     "<span title='11.03.2024 14:35'>12.03.2024</span></div>", "2024-03-12T12:00:00+03:00"),
    ("ru", "https://example.ru/news/5-novost.html", "<div class='date'>"
     "<a href='/x' title='Все новости: архив'>12.03.2024</a></div>", "2024-03-12T12:00:00+03:00"),
])
def test_titled_clock(language: str, url: str, details: str, expected: str) -> None:
    assert extract(_page(language, details), url=url).published_at == datetime.fromisoformat(expected)


def test_a_teasers_titled_time_is_not_the_articles() -> None:
    teasers = ("<div class='related'><h3>Похожие новости</h3><ul><li><a href='/n/4'>Другая новость</a> "
               "<span title='12.03.2024 08:15'>12.03.2024</span></li></ul></div>")
    page = _page("ru", "<div class='date'><span>12.03.2024</span></div>", after=teasers)
    assert extract(page, url="https://example.ru/news/5-novost.html").published_at == \
        datetime.fromisoformat("2024-03-12T12:00:00+03:00")
