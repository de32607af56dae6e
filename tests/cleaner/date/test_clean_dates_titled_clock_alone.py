"""uCoz's news module prints the day alone and keeps only its time of day in the element's title
("Дата: <span title='14:25'>03.12.2026</span>", shown on hovering it): the time was not read, so the
day came out at noon (issue 14). A title holding a time alone is read only where the element prints a
day in digits and nothing else, that very day, outside other articles' teasers, in a known zone."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = {
    "ru": "Районная администрация сообщила о ремонте моста через реку. Работы начнутся весной и продлятся "
          "до осени, движение транспорта будет частично ограничено на время ремонта.",
    "uk": "Районна адміністрація повідомила про ремонт мосту через річку. Роботи почнуться навесні й "
          "триватимуть до осені, рух транспорту буде частково обмежено на час ремонту.",
    "kk": "Аудандық әкімдік өзен арқылы өтетін көпірді жөндеу туралы хабарлады. Жұмыстар көктемде басталып, "
          "күзге дейін жалғасады, көлік қозғалысы ішінара шектеледі.",
}


def _page(language: str, details: str, after: str = "") -> str:
    text = _TEXT[language]
    return ("<html><head><meta http-equiv='content-type' content='text/html; charset=UTF-8'><title>Ремонт "
            "моста - Новости</title></head><body><table class='eBlock'><tr><td><div class='eTitle'>"
            f"Ремонт моста</div></td></tr><tr><td class='eMessage'><p>{text}</p><p>{text}</p><p>{text}</p>"
            "</td></tr>"
            f"<tr><td class='eDetails'>{details}</td></tr></table>{after}<div id='footer'>Copyright © 2026 | "
            "uCoz</div></body></html>")


@pytest.mark.parametrize(("language", "url", "details", "expected"), [
    ("ru", "https://example.ru/news/remont/2026-12-03-51", "Категория: <a href='/news/1-0-1'>Новости</a> | "
     "Добавил: <a href='javascript://'>admin</a> | Дата: <span title='14:25'>03.12.2026</span>",
     "2026-12-03T14:25:00+03:00"),
    ("ru", "https://example.ru/news/remont/2026-12-03-52", "<span class='e-date'><span class='ed-title'>"
     "Дата:</span> <span class='ed-value' title='23:55'>03.12.2026</span></span>",
     "2026-12-03T23:55:00+03:00"),
    ("uk", "https://example.com.ua/news/remont/2026-12-03-7", "Додав: admin | Дата: <span title='09:05'>"
     "03.12.2026</span>", "2026-12-03T09:05:00+02:00"),
    ("kk", "https://example.kz/news/remont/2026-12-03-3", "Қосқан: admin | Күні: <span title='16:10:30'>"
     "03.12.2026</span>", "2026-12-03T16:10:30+05:00"),
    # guards: the element prints more than the day; the title's time on another day's element; no zone
    ("ru", "https://example.ru/news/remont/2026-12-03-53", "Добавил: admin | <span title='14:25'>"
     "Дата: 03.12.2026</span>", "2026-12-03T12:00:00+03:00"),
    ("ru", "https://example.ru/news/remont/2026-12-03-54", "Дата: 03.12.2026 | Обновлено: "
     "<span title='14:25'>04.12.2026</span>", "2026-12-03T12:00:00+03:00"),
    ("ru", "https://example.org/news/remont/2026-12-03-55", "Дата: <span title='14:25'>03.12.2026</span>",
     "2026-12-03T12:00:00+00:00"),
])
def test_a_time_alone_in_the_days_title(language: str, url: str, details: str, expected: str) -> None:
    assert extract(_page(language, details), url=url).published_at == datetime.fromisoformat(expected)


def test_a_teasers_titled_time_alone_is_not_the_articles() -> None:
    teasers = ("<div class='block'><div class='blocktitle'>Похожие материалы</div><ul><li><a href='/news/4'>"
               "Другая новость</a> <span title='08:15'>03.12.2026</span></li></ul></div>")
    page = _page("ru", "Добавил: admin | Дата: 03.12.2026", after=teasers)
    assert extract(page, url="https://example.ru/news/remont/2026-12-03-56").published_at == \
        datetime.fromisoformat("2026-12-03T12:00:00+03:00")
