"""Publication days found by htmldate's fallback on lines that state more than one date (issue 14):
the publication, not an update's or the print edition's day, with the time of its own stretch of
the line, whatever forms the dates of the line are written in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import html as lxml_html

from cleaner.date.calendars import jalali_to_gregorian, normalised
from cleaner.date.datelines import time_beside
from cleaner.date.dates import zone
from cleaner.extract import extract

BERLIN = timezone(timedelta(hours=2))  # the .de pages' country zone, in April
TEHRAN, BANGKOK, TOKYO = zone("Asia/Tehran"), zone("Asia/Bangkok"), zone("Asia/Tokyo")
BODY = "<p>" + "Die Regierung hat am Freitag neue Pläne für die Windkraft vorgestellt. " * 8 + "</p>"


def _published(top: str, bottom: str = "") -> datetime | None:
    page = (f"<html><body><article><h1>Neue Pläne für die Windkraft</h1><p class='meta'>{top}</p>"
            f"{BODY}<p>{bottom}</p></article></body></html>")
    return extract(page, url="https://example.de/a/1.html").published_at


@pytest.mark.parametrize("line", [
    "Aktualisiert 14.04.2024 09:12 · Veröffentlicht 12. April 2024, 14:46",
    "Updated 14/04/2024 09:12 · Published 12 April 2024 14:46",
    "Published 12 April 2024 14:46, updated 14/04/2024 09:12",
    "Mis à jour le 14/04/2024 à 09h12 · Publié le 12 avril 2024 à 14h46",
    "Actualizado 14/04/2024 09:12 | Publicado el 12 de abril de 2024, 14:46",
    "Обновлено 14.04.2024 09:12 · Опубликовано 12 апреля 2024, 14:46",
    "更新 2024-04-14 09:12 · 2024年4月12日 14:46",
    "Updated April 14, 2024 09:12 · Published 2024-04-12 14:46",
    # Update labels of more languages.
    "Last update: 14.04.2024 09:12 | Published 12.04.2024 14:46",
    "Bijgewerkt 14-04-2024 09:12 · Gepubliceerd 12 april 2024 14:46",
    "Uppdaterad 14.04.2024 kl 09.12 · Publicerad 12 april 2024 kl 14.46",
    "Päivitetty 14.4.2024 klo 09.12 | Julkaistu 12.4.2024 klo 14.46",
])
def test_publication_day_and_its_time_win_over_an_update_written_in_another_form(line: str) -> None:
    assert _published(line) == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)


@pytest.mark.parametrize("line", [
    "Veröffentlicht 12. April 2024 · Aktualisiert 14.04.2024",
    "Published 12 April 2024, updated 14/04/2024 09:12",
    "Veröffentlicht am 12.04.2024 · Aktualisiert am 14. April 2024, 09:12 Uhr",
    # The update's time with no day of its own: it is still the update's.
    "Veröffentlicht am 12.04.2024, aktualisiert 09:12 Uhr",
])
def test_publication_day_without_a_time_does_not_take_the_updates(line: str) -> None:
    # The day in the page's zone at noon: the time written is the update's.
    assert _published(line) == datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(("printed", "online"), [
    ("Print edition: Sunday 14 April 2024", "Published 12 April 2024 14:46"),
    ("Erschienen in der Printausgabe vom 14.04.2024", "Veröffentlicht am 12.04.2024, 14:46 Uhr"),
    ("Publié dans l'édition du 14 avril 2024", "Publié le 12 avril 2024 à 14h46"),
    ("A version of this article appears in print on April 14, 2024", "April 12, 2024 2:46 PM"),
    ("Publicado en la edición impresa del 14/04/2024", "Publicado el 12 de abril de 2024, 14:46"),
])
def test_online_publication_beats_the_print_edition(printed: str, online: str) -> None:
    expected = datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)
    assert _published(printed, online) == expected  # the print edition first on the page
    assert _published(online, printed) == expected


@pytest.mark.parametrize("line", [
    "Print edition: Sunday 14 April 2024 · Published 12 April 2024 14:46",
    "Printausgabe vom 14.04.2024 · Online 12.04.2024, 14:46 Uhr",
    "Published 12 April 2024 14:46 · Print edition 14 April 2024",
    "<span>Édition du 14/04/2024</span> · <span>Publié le 12 avril 2024 à 14h46</span>",
])
def test_online_publication_beats_the_print_edition_on_one_line(line: str) -> None:
    assert _published(line) == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)


def test_print_edition_alone_or_on_the_online_day() -> None:
    # No other day on the page: the print edition's is the best there is.
    assert _published("Print edition: Sunday 14 April 2024") == datetime(2024, 4, 14, 12, 0, tzinfo=BERLIN)
    # The online publication the same day: its time.
    assert _published("Print edition: 14 April 2024", "Published 14 April 2024 06:30") \
        == datetime(2024, 4, 14, 6, 30, tzinfo=BERLIN)
    # A day elsewhere on the page long before the print edition is not its online publication.
    assert _published("Print edition: 14 April 2024", "Founded 1 March 2024 at 10:00") \
        == datetime(2024, 4, 14, 12, 0, tzinfo=BERLIN)


def test_times_written_in_other_ways() -> None:
    def page(line: str):
        return lxml_html.fromstring(f"<html><body><span>{line}</span></body></html>")

    day = datetime(2024, 4, 12)
    assert time_beside(page("2024年4月12日 下午3:30"), day) == (15, 30, 0, None)
    assert time_beside(page("2024年4月12日 上午9:05"), day) == (9, 5, 0, None)
    assert time_beside(page("2024年4月12日 午後3時30分"), day) == (15, 30, 0, None)
    assert time_beside(page("2024.04.12 오후 3:30"), day) == (15, 30, 0, None)
    assert time_beside(page("2024年4月12日 15:30"), day) == (15, 30, 0, None)
    # A dot between hour and minute where "Uhr" follows or "kl."/"klo" leads, or right after the
    # day (test_clean_dates_dotted_clocks.py); never in a day.
    assert time_beside(page("12.04.2024, 14.46 Uhr"), day) == (14, 46, 0, None)
    assert time_beside(page("12.4.2024 klo 14.46"), day) == (14, 46, 0, None)
    assert time_beside(page("12. april 2024 kl. 14.46"), day) == (14, 46, 0, None)
    assert time_beside(page("12.04.2024"), day) is None
    assert time_beside(page("12.04.2024 14.46"), day) == (14, 46, 0, None)
    # The time in an element of its own right after the day's.
    after = lxml_html.fromstring("<html><body><div><p>The Kremlin, Moscow</p><time datetime='2024-04-12'>"
                                 "April 12, 2024</time><div class='time'>14:46</div></div></body></html>")
    assert time_beside(after, day) == (14, 46, 0, None)
    apart = lxml_html.fromstring("<html><body><div><time>April 12, 2024</time><div>Markets open at 14:46"
                                 "</div></div></body></html>")
    assert time_beside(apart, day) is None


def _day(tz, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2024, 4, 12, hour, minute, tzinfo=tz)


@pytest.mark.parametrize(("lang", "url", "line", "expected"), [
    # Arabic-Indic digits, no zone known: the day at noon UTC.
    ("ar", "https://example.com/news/a1", "نشر في: ١٢/٠٤/٢٠٢٤ - ١٤:٤٦", _day(UTC)),
    # Solar Hijri, numeric and with the month's name, in Persian digits.
    ("fa", "https://example.ir/news/a1", "۱۴۰۳/۰۱/۲۴ - ۱۴:۴۶", _day(TEHRAN, 14, 46)),
    ("fa", "https://example.ir/news/a1", "۲۴ فروردین ۱۴۰۳ - ۱۴:۴۶", _day(TEHRAN, 14, 46)),
    # Thai Buddhist years, with the month's name or numeric.
    ("th", "https://example.co.th/news/a1", "12 เม.ย. 2567 14:46 น.", _day(BANGKOK, 14, 46)),
    ("th", "https://example.co.th/news/a1", "12 เมษายน 2567", _day(BANGKOK)),
    ("th", "https://example.co.th/news/a1", "12/04/2567", _day(BANGKOK)),
    # A Japanese era year.
    ("ja", "https://example.jp/news/a1", "令和6年4月12日 14時46分", _day(TOKYO, 14, 46)),
])
def test_dates_in_other_digits_and_calendars(lang: str, url: str, line: str, expected: datetime) -> None:
    page = (f"<html lang='{lang}'><body><article><h1>Wind power plans presented today</h1>"
            f"<p class='meta'>{line}</p>"
            + "<p>The government presented new plans for wind power on Friday, officials said. </p>" * 8
            + "</article></body></html>")
    assert extract(page, url=url).published_at == expected


def test_other_calendars_converted() -> None:
    assert jalali_to_gregorian(1403, 1, 1) == (2024, 3, 20)
    assert jalali_to_gregorian(1402, 12, 29) == (2024, 3, 19)
    assert jalali_to_gregorian(1403, 12, 30) == (2025, 3, 20)  # a leap year's last day
    assert jalali_to_gregorian(1399, 10, 11) == (2020, 12, 31)
    assert normalised("平成元年1月8日") == "1989年1月8日"
    # Lunar Hijri years (1445) are no Solar Hijri ones of the news: not converted, left out (htmldate
    # misreads them beside the Gregorian day).
    assert normalised("1445/10/03").strip() == ""
    assert normalised("١٢/٠٤/٢٠٢٤") == "12/04/2024"


def test_slashed_day_read_month_first_where_the_page_writes_so() -> None:
    def published(lang: str, line: str, timezone_name: str | None = None) -> datetime | None:
        page = (f"<html lang='{lang}'><body><article><h1>Council approves the new budget</h1>"
                f"<p class='meta'>{line}</p>"
                + "<p>The city council approved the new budget on Friday after a long debate. </p>" * 8
                + "</article></body></html>")
        return extract(page, url="https://news.example.com/a1", timezone=timezone_name).published_at

    # A page tagged en-US, or a source in a US zone: 04/12/2024 is 12 April.
    assert published("en-US", "4/12/2024") == _day(UTC)
    assert published("en", "04/12/2024 2:46 PM", "America/New_York") == _day(zone("America/New_York"), 14, 46)
    # Elsewhere it stays day first, and a day above 12 is never in doubt.
    assert published("en-GB", "04/12/2024") == datetime(2024, 12, 4, 12, 0, tzinfo=UTC)
    assert published("en-US", "4/13/2024") == datetime(2024, 4, 13, 12, 0, tzinfo=UTC)


FETCHED = datetime(2024, 4, 12, 18, 30, tzinfo=UTC)


def _relative_page(line: str, lang: str = "en", head: str = "", nav: str = "") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body>{nav}<article><h1>Storm closes the harbour</h1>"
            f"<p class='meta'>{line}</p>"
            + "<p>The harbour was closed on the orders of the port authority as the storm came. </p>" * 8
            + "</article></body></html>")


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "3 hours ago"), ("de", "vor 3 Stunden"), ("fr", "il y a 3 heures"), ("es", "hace 3 horas"),
    ("pt", "há 3 horas"), ("it", "3 ore fa"), ("ru", "3 часа назад"), ("uk", "3 години тому"),
    ("vi", "3 giờ trước"), ("tr", "3 saat önce"), ("id", "3 jam yang lalu"), ("pl", "3 godziny temu"),
    ("nl", "3 uur geleden"), ("zh", "3小时前"), ("ja", "3時間前"), ("ko", "3시간 전"), ("ar", "منذ ٣ ساعات"),
    ("en", "180 minutes ago"), ("en", "Published 3 hrs ago"),
])
def test_relative_time_read_against_the_fetch_time(lang: str, line: str) -> None:
    page = _relative_page(line, lang)
    found = extract(page, "https://news.example.com/a1", fetched_at=FETCHED).published_at
    assert found is not None and found == FETCHED - timedelta(hours=3)
    # Without a reference time there is nothing to read it against.
    assert extract(_relative_page(line, lang), "https://news.example.com/a1").published_at is None


def test_relative_days_are_days_in_the_pages_zone() -> None:
    def found(line: str, lang: str = "de", url: str = "https://example.de/a1") -> datetime | None:
        return extract(_relative_page(line, lang), url, fetched_at=FETCHED).published_at

    berlin = zone("Europe/Berlin")
    assert found("gestern, 14:30 Uhr") == datetime(2024, 4, 11, 14, 30, tzinfo=berlin)
    assert found("vor 2 Tagen") == datetime(2024, 4, 10, 12, 0, tzinfo=berlin)
    assert found("вчера в 09:15", "ru", "https://example.ru/a1") == \
        datetime(2024, 4, 11, 9, 15, tzinfo=zone("Europe/Moscow"))
    # 18:30 UTC is already the 13th in Seoul: "today" is the 13th there.
    assert found("오늘 08:00", "ko", "https://example.co.kr/a1") == \
        datetime(2024, 4, 13, 8, 0, tzinfo=zone("Asia/Seoul"))
    # No zone known: the day at noon UTC, its time unread.
    assert found("Yesterday at 14:30", "en", "https://news.example.com/a1") == \
        datetime(2024, 4, 11, 12, 0, tzinfo=UTC)
    # The country from a meta tag that states it with the language (og:locale): Kolkata, where the
    # fetch at 18:30 UTC is already midnight of the 13th, so "yesterday" is the 12th.
    indian = _relative_page("Yesterday at 14:30", "en", head="<meta property='og:locale' content='en_IN'>")
    assert extract(indian, "https://news.example.com/a1", fetched_at=FETCHED).published_at == \
        datetime(2024, 4, 12, 14, 30, tzinfo=zone("Asia/Kolkata"))


def test_absolute_date_wins_over_a_relative_one() -> None:
    meta = "<meta property='article:published_time' content='2024-04-10T08:00:00+00:00'>"
    page = _relative_page("3 hours ago", head=meta)
    assert extract(page, "https://news.example.com/a1", fetched_at=FETCHED).published_at == \
        datetime(2024, 4, 10, 8, 0, tzinfo=UTC)
    written = _relative_page("April 10, 2024 · updated 3 hours ago")
    assert extract(written, "https://news.example.com/a1", fetched_at=FETCHED).published_at.date() == \
        datetime(2024, 4, 10).date()
    # A menu's "Today's paper" or "Yesterday in Parliament" is no date.
    nav = "<nav><a href='/paper'>Today's paper</a> <a href='/p'>Yesterday in Parliament</a></nav>"
    assert extract(_relative_page("By Jane Doe", nav=nav), "https://news.example.com/a1",
                   fetched_at=FETCHED).published_at is None


@pytest.mark.parametrize(("line", "expected"), [
    # htmldate reads "2:46 p.m." as 02:46: the page's half of the day and its zone count.
    ("Apr. 12, 2024, 2:46 p.m. ET", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=-4)))),
    ("January 12, 2024 2:46 p.m. PT", datetime(2024, 1, 12, 14, 46, tzinfo=timezone(timedelta(hours=-8)))),
    # An offset written after GMT or UTC is the zone's, not GMT's own.
    ("12 April 2024 23:46 GMT+8", datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=8)))),
    ("12 April 2024 23:46 UTC-3", datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=-3)))),
    ("2024-04-12 14:46 (GMT+05:30)", datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=5.5)))),
    ("12 April 2024 23:46 GMT", datetime(2024, 4, 12, 23, 46, tzinfo=UTC)),
])
def test_zone_and_half_of_the_day_written_with_the_time(line: str, expected: datetime) -> None:
    page = ("<html lang='en'><body><article><h1>Council approves the new budget</h1>"
            f"<p class='meta'>{line}</p>"
            + "<p>The city council approved the new budget on Friday after a long debate. </p>" * 8
            + "</article></body></html>")
    found = extract(page, url="https://news.example.com/a1").published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_day_with_its_months_name_between_dots() -> None:
    # htmldate reads "12.abr.2024" (Folha de S.Paulo's form) as the year alone: 1 January.
    def published(line: str) -> datetime | None:
        page = ("<html lang='pt'><body><article><h1>Conselho aprova o novo orçamento</h1>"
                f"<p class='meta'>{line}</p>"
                + "<p>O conselho municipal aprovou o novo orçamento na sexta-feira após debate. </p>" * 8
                + "</article></body></html>")
        return extract(page, url="https://www1.example.com.br/a1").published_at

    brasilia = timezone(timedelta(hours=-3))
    assert published("12.abr.2024 às 14h46") == datetime(2024, 4, 12, 14, 46, tzinfo=brasilia)
    # A true 1 January stays.
    assert published("1.jan.2024 às 14h46") == datetime(2024, 1, 1, 14, 46, tzinfo=brasilia)


@pytest.mark.parametrize(("line", "expected"), [
    ("12. 4. 2024 14:46", datetime(2024, 4, 12, 14, 46)),
    ("Publikováno 12. 4. 2024, 14:46", datetime(2024, 4, 12, 14, 46)),
    ("4. 12. 2024 14:46", datetime(2024, 12, 4, 14, 46)),
    ("Aktualizováno 14. 4. 2024 09:12 · Publikováno 12. 4. 2024 14:46", datetime(2024, 4, 12, 14, 46)),
])
def test_dotted_day_with_spaces_is_day_first(line: str, expected: datetime) -> None:
    # htmldate reads "12. 4. 2024" (Czech, Slovak) month first: 4 December.
    page = ("<html lang='cs'><body><article><h1>Zastupitelstvo schválilo nový rozpočet</h1>"
            f"<p class='meta'>{line}</p>"
            + "<p>Zastupitelstvo města v pátek po dlouhé debatě schválilo nový rozpočet. </p>" * 8
            + "</article></body></html>")
    assert extract(page, url="https://www.example.cz/a1").published_at == \
        expected.replace(tzinfo=zone("Europe/Prague"))


def test_more_timestamp_forms_of_meta_tags() -> None:
    from cleaner.date.dates import parse_time

    berlin = timezone(timedelta(hours=2))
    assert parse_time("20240412144600") == datetime(2024, 4, 12, 14, 46)  # naive: the source's zone reads it
    assert parse_time("202404121446") == datetime(2024, 4, 12, 14, 46)
    assert parse_time("2024-04-12T14:46:00+02:00[Europe/Berlin]") == \
        datetime(2024, 4, 12, 14, 46, tzinfo=berlin)
    assert parse_time("2024-04-12T14:46:00Z[UTC]") == datetime(2024, 4, 12, 14, 46, tzinfo=UTC)
    assert parse_time("2024-04-12T14:46:00 GMT+0200") == datetime(2024, 4, 12, 14, 46, tzinfo=berlin)
    # Not timestamps: a number of another length or not a day.
    assert parse_time("20241312144600") is None
    # Unix seconds, as before.
    assert parse_time("1712926000") == datetime(2024, 4, 12, 12, 46, 40, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "url", "line", "expected"), [
    # Written year first: htmldate gave 1 January (the year alone).
    ("lt", "https://www.example.lt/a1", "2024 m. balandžio 12 d. 14:46", datetime(2024, 4, 12, 14, 46)),
    ("lv", "https://www.example.lv/a1", "2024. gada 12. aprīlis 14:46", datetime(2024, 4, 12, 14, 46)),
    ("mn", "https://www.example.mn/a1", "2024 оны 4 сарын 12, 14:46", datetime(2024, 4, 12, 14, 46)),
    # htmldate reads the day; its time is found beside it now that the month's name is known.
    ("hu", "https://www.example.hu/a1", "2024. szeptember 12. 14:46", datetime(2024, 9, 12, 14, 46)),
])
def test_year_first_with_the_months_name(lang: str, url: str, line: str, expected: datetime) -> None:
    page = (f"<html lang='{lang}'><body><article><h1>Wind power plans presented today</h1>"
            f"<p class='meta'>{line}</p>"
            + "<p>The government presented new plans for wind power on Friday, officials said. </p>" * 8
            + "</article></body></html>")
    found = extract(page, url=url).published_at
    assert found is not None and found.replace(tzinfo=None) == expected and found.tzinfo is not None


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    # The half of the day written before or after the time, in the one clock reading of datelines.
    ("昨天 下午2:30", "zh-CN", "https://news.example.cn/a1", _day(zone("Asia/Shanghai"), 14, 30)),
    ("어제 오후 2:30", "ko", "https://example.co.kr/a1", _day(zone("Asia/Seoul"), 14, 30)),
    ("昨日 午後2時30分", "ja", "https://example.jp/a1", _day(zone("Asia/Tokyo"), 14, 30)),
    ("Yesterday at 2:30 pm", "de", "https://example.de/a1",
     _day(zone("Europe/Berlin"), 14, 30) - timedelta(days=1)),
    # A zone written with the time is the day's zone, where the page's is not known.
    ("Yesterday at 2:30 p.m. ET", "en", "https://news.example.com/a1",
     datetime(2024, 4, 11, 14, 30, tzinfo=timezone(timedelta(hours=-4)))),
])
def test_relative_day_with_its_half_of_the_day_and_zone(line: str, lang: str, url: str,
                                                        expected: datetime) -> None:
    found = extract(_relative_page(line, lang), url, fetched_at=FETCHED).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


LATEST = ("<div class='latest-news'><h2>Latest</h2><ul>"
          "<li><a href='/b'>Ferry timetable changes</a> <span>5 min ago</span></li>"
          "<li><a href='/c'>Council meets on Monday</a> <span>12 min ago</span></li></ul></div>")


@pytest.mark.parametrize("nav", [
    LATEST,
    LATEST.replace("<div class='latest-news'>", "<div>"),  # unnamed: a list of links
    "<aside><p><a href='/b'>Ferry timetable changes</a></p><p>5 min ago</p></aside>",
])
def test_relative_time_of_a_teaser_list_above_the_article_loses(nav: str) -> None:
    page = _relative_page("3 hours ago", nav=nav)
    assert extract(page, "https://news.example.com/a1", fetched_at=FETCHED).published_at == \
        FETCHED - timedelta(hours=3)


def test_relative_time_of_a_teaser_list_is_the_last_resort() -> None:
    page = _relative_page("By Jane Doe", nav=LATEST)
    assert extract(page, "https://news.example.com/a1", fetched_at=FETCHED).published_at == \
        FETCHED - timedelta(minutes=5)


def _news_page(head: str = "", top: str = "", meta_line: str = "", lang: str = "en",
               canonical: str = "https://news.example.com/2024/04/12/harbour") -> str:
    return (f"<html lang='{lang}'><head><link rel='canonical' href='{canonical}'>{head}</head>"
            f"<body>{top}<article><h1>Storm closes the harbour</h1>"
            f"<p class='meta'>{meta_line}</p>"
            + "<p>The harbour was closed on the orders of the port authority as the storm came. </p>" * 8
            + "</article></body></html>")


NEW_YORK_SUMMER = timezone(timedelta(hours=-4))


@pytest.mark.parametrize(("head", "top", "line"), [
    # Another stated time of the page with its offset: the modification time in a meta tag.
    ("<meta property='article:modified_time' content='2024-04-12T16:05:00-04:00'>", "",
     "April 12, 2024 14:46"),
    # A <time datetime> with its offset elsewhere on the page.
    ("", "<div class='updated'>Updated <time datetime='2024-04-12T16:05:00-04:00'>4:05 PM</time></div>",
     "April 12, 2024 14:46"),
    # A zone written with a time of day elsewhere on the page.
    ("", "<div class='updated'>Updated 4:05 PM ET</div>", "Published April 12, 2024 2:46 PM"),
])
def test_naive_time_read_in_the_zone_of_the_pages_own_evidence(head: str, top: str, line: str) -> None:
    found = extract(_news_page(head, top, line), "https://news.example.com/2024/04/12/harbour").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=NEW_YORK_SUMMER)
    assert found.utcoffset() == timedelta(hours=-4)


def test_naive_stated_time_takes_its_countrys_zone_where_the_evidence_agrees() -> None:
    # A naive datePublished, a <time> of the page at +02:00 (summer), a .de page: Berlin's zone, whose
    # winter offset then reads a winter time right.
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle",'
          ' "headline": "Sturm schließt den Hafen", "datePublished": "2024-01-12T14:46:00"}</script>')
    top = "<p>Aktualisiert <time datetime='2024-06-01T09:00:00+02:00'>1. Juni</time></p>"
    found = extract(_news_page(ld, top, lang="de"), "https://www.example.de/a1").published_at
    assert found == datetime(2024, 1, 12, 14, 46, tzinfo=zone("Europe/Berlin"))
    assert found.utcoffset() == timedelta(hours=1)


def test_utc_machine_times_do_not_say_where_a_written_time_is() -> None:
    # A page whose machine times are in UTC writes its local time in its text: its country's zone.
    top = "<div class='updated'>Aktualisiert <time datetime='2024-04-13T07:00:00Z'>vor 1 Tag</time></div>"
    found = extract(_news_page("", top, "12.04.2024, 14:46 Uhr", "de"), "https://www.example.de/a1").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=zone("Europe/Berlin"))


def test_naive_time_without_any_evidence_is_read_as_utc() -> None:
    # No registry zone, no offset or zone anywhere on the page, no country (.com, English): UTC. A
    # day found in the text and a stated time alike are noon UTC on their day (14:46 read as UTC
    # could be the next day in Asia; a stated time's wall clock at +00:00 would be a shifted offset).
    found = extract(_news_page("", "", "April 12, 2024 14:46"), "https://news.example.com/a1").published_at
    assert found == datetime(2024, 4, 12, 12, 0, tzinfo=UTC) and found.utcoffset() == timedelta(0)
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle",'
          ' "headline": "Storm closes the harbour", "datePublished": "2024-04-12T14:46:00"}</script>')
    assert extract(_news_page(ld), "https://news.example.com/a1").published_at == \
        datetime(2024, 4, 12, 12, 0, tzinfo=UTC)


_TEASERS_LD = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": ['
               '{"@type": "NewsArticle", "url": "https://news.example.com/2024/04/10/ferry",'
               ' "headline": "Ferry timetable changes",'
               ' "datePublished": "2024-04-10T08:00:00+02:00"}]}</script>')
_RELATED_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "url": "https://news.example.com/b",'
               ' "headline": "Ferry timetable changes",'
               ' "datePublished": "2024-04-10T08:00:00+02:00"}</script>')


@pytest.mark.parametrize("main", [
    # Its url is the canonical one (another scheme, www. and a trailing slash are the same page).
    '{"@type": "NewsArticle", "url": "http://www.news.example.com/2024/04/12/harbour/", '
    '"headline": "Storm closes the harbour", "datePublished": "2024-04-12T14:46:00+02:00"}',
    # Its mainEntityOfPage is the page.
    '{"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://news.example.com/2024/04/12/harbour"}, '
    '"headline": "Storm closes the harbour", "datePublished": "2024-04-12T14:46:00+02:00"}',
    # It is the page's mainEntity.
    '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Storm closes the harbour", '
    '"datePublished": "2024-04-12T14:46:00+02:00"}}',
])
@pytest.mark.parametrize("teaser", [_TEASERS_LD, _RELATED_LD])
def test_json_ld_of_the_pages_main_entity_wins_over_teasers_before_it(main: str, teaser: str) -> None:
    head = f'{teaser}<script type="application/ld+json">{main}</script>'
    found = extract(_news_page(head), "https://news.example.com/2024/04/12/harbour").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


def test_json_ld_list_items_lose_to_an_article_that_names_no_page() -> None:
    main = ('<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Storm closes the harbour", "datePublished": "2024-04-12T14:46:00+02:00"}</script>')
    found = extract(_news_page(_TEASERS_LD + main), "https://news.example.com/2024/04/12/harbour").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("related", [
    "<ul class='list'><li><a href='/b'>Ferry timetable changes</a> <time itemprop='datePublished' "
    "datetime='2024-04-10T08:00:00+02:00'>10 April</time></li><li><a href='/c'>Council meets on Monday</a> "
    "<time itemprop='datePublished' datetime='2024-04-09T08:00:00+02:00'>9 April</time></li></ul>",
    "<div class='related-stories'><a href='/b'>Ferry timetable changes</a> <time itemprop='datePublished' "
    "datetime='2024-04-10T08:00:00+02:00'>10 April</time></div>",
    "<aside><time pubdate datetime='2024-04-10T08:00:00+02:00'>10 April</time></aside>",
])
def test_time_of_the_article_wins_over_times_in_lists_before_it(related: str) -> None:
    own = "<time itemprop='datePublished' datetime='2024-04-12T14:46:00+02:00'>12 April 2024</time>"
    found = extract(_news_page("", related, own), "https://news.example.com/2024/04/12/harbour").published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("related", [
    "<aside><a href='/b'>Ferry timetable changes</a> <span class='date'>10.04.2024 08:00</span></aside>",
    "<ul><li><a href='/b'>Ferry timetable changes</a> <span>10 April 2024</span></li>"
    "<li><a href='/c'>Council meets on Monday</a> <span>9 April 2024</span></li></ul>",
])
def test_day_htmldate_finds_among_teasers_before_the_article_loses(related: str) -> None:
    url = "https://www.example.de/a1"
    found = extract(_news_page("", related, "Published 12.04.2024 14:46", "de", url), url).published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=zone("Europe/Berlin"))


def test_a_meta_line_with_links_is_no_teaser_list() -> None:
    # The article's meta line as a list that links its author and section: its day is the article's.
    meta = ("<ul class='meta'><li><a href='/autor/anna'>Anna Schmidt</a></li>"
            "<li><a href='/wirtschaft'>Wirtschaft und Finanzen</a></li><li>10.04.2024 08:00</li></ul>")
    url = "https://www.example.de/a1"
    found = extract(_news_page("", meta, "", "de", url), url).published_at
    assert found == datetime(2024, 4, 10, 8, 0, tzinfo=zone("Europe/Berlin"))


@pytest.mark.parametrize(("year", "nowruz"), [
    (1375, (1996, 3, 20)), (1379, (2000, 3, 20)), (1387, (2008, 3, 20)), (1395, (2016, 3, 20)),
    (1396, (2017, 3, 21)), (1399, (2020, 3, 20)), (1400, (2021, 3, 21)), (1402, (2023, 3, 21)),
    (1403, (2024, 3, 20)), (1404, (2025, 3, 21)), (1405, (2026, 3, 21)),
])
def test_solar_hijri_new_year_of_the_news_years(year: int, nowruz: tuple[int, int, int]) -> None:
    # The hand-written arithmetic (no calendar library in the environment) against the published
    # Gregorian days of Nowruz, 1 Farvardin, which move between 20 and 21 March.
    assert jalali_to_gregorian(year, 1, 1) == nowruz


def test_zone_written_in_a_ticker_or_elsewhere_does_not_beat_the_pages_country() -> None:
    # A markets ticker's "09:30 EST" (a list of links) is no zone of the page, nor is a written zone
    # where the page's country tells its own.
    ticker = ("<ul class='markets'><li><a href='/m/dow'>Dow Jones Industrial Average</a> 09:30 EST</li>"
              "<li><a href='/m/nasdaq'>Nasdaq Composite Index today</a> 09:30 EST</li></ul>")
    url = "https://news.example.com/a1"
    found = extract(_news_page("", ticker, "April 12, 2024 14:46", "en", url), url).published_at
    assert found == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)
    kickoff = "<p>Kickoff 20:45 CET</p>"
    url = "https://www.example.co.in/a1"
    found = extract(_news_page("", kickoff, "April 12, 2024 14:46", "en", url), url).published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=zone("Asia/Kolkata"))


def test_us_zone_written_elsewhere_reads_a_slashed_day_month_first() -> None:
    # "ET" names New York's zone: its summer offset, and the month first in 04/12/2024.
    url = "https://news.example.com/a1"
    page = _news_page("", "<div class='updated'>Updated 4:05 PM ET</div>", "Published 04/12/2024 2:46 PM",
                      "en", url)
    found = extract(page, url).published_at
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=zone("America/New_York"))
    assert found.utcoffset() == timedelta(hours=-4)


def test_day_in_a_rail_beside_the_article_stays() -> None:
    # The article's meta in a rail after its headline (named like a sidebar): its own day, not a day
    # in a short line of the text.
    url = "https://www.example.de/a1"
    page = ("<html lang='de'><body><article><h1>Sturm schließt den Hafen</h1>"
            "<div class='article-rail'><span>Von Anna Schmidt</span><span>10.04.2024</span></div>"
            "<p>Seit 12.04.2024 gilt die Sperre.</p>"
            + "<p>Der Hafen wurde auf Anordnung der Hafenbehörde geschlossen, als der Sturm kam. </p>" * 8
            + "</article></body></html>")
    assert extract(page, url).published_at == datetime(2024, 4, 10, 12, 0, tzinfo=zone("Europe/Berlin"))
