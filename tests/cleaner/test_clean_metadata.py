"""Title, publication time (time zone kept), body recall and multilingual boilerplate
(issue 14), on fixture pages built like real news pages (JSON-LD, og:/article: meta, bylines)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from helpers import TESTS, cursor, rows
from lxml import html as lxml_html

from cleaner.body.containers import main_container
from cleaner.body.recall import fuller, looks_cut_short
from cleaner.date.dates import parse_time, publication_time, zone
from cleaner.extract import EXTRACTION_RULES, extract
from cleaner.title.titles import choose_title
from core.text import clean_text

FIXTURES = TESTS / "fixtures" / "clean"
CET = timezone(timedelta(hours=1))


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_aware_time_keeps_its_offset_and_online_time_beats_print_edition() -> None:
    result = extract(_page("news_jsonld_de.html"), "https://www.boersen-zeitung.example/feed?id=1")
    # JSON-LD datePublished (14:46+01:00), not the print edition of 06.03 nor the modified time.
    assert result.published_at == datetime(2024, 3, 5, 14, 46, tzinfo=CET)
    assert result.published_at.utcoffset() == timedelta(hours=1)
    assert result.authors == ["Anna Schmidt", "Jörg Weber"]
    assert result.title == "EZB lässt Leitzinsen unverändert"
    assert result.extractor_version.endswith(f"+newsflow.{EXTRACTION_RULES}")


def test_naive_time_read_in_source_zone_never_shifted() -> None:
    page = _page("naive_time_en.html")
    url = "https://www.taipeitimes.com/News/taiwan/archives/2024/03/05/1"
    # No registry zone and none on the page: its day at noon UTC (not 14:46 at a guessed +00:00).
    assert extract(page, url).published_at == datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    taipei = extract(page, url, timezone="Asia/Taipei").published_at
    assert taipei.utcoffset() == timedelta(hours=8) and (taipei.hour, taipei.minute) == (14, 46)
    assert extract(page, url, timezone="No/Such_Zone").published_at.tzinfo == UTC
    assert extract(page, url).title == "Harbour reopens after storm"


def test_naive_time_takes_the_offset_the_page_states_elsewhere() -> None:
    tree = lxml_html.fromstring(
        '<html><head><meta property="article:published_time" content="2024-06-01T08:00:00">'
        '<meta property="article:modified_time" content="2024-06-01T09:30:00+03:00"></head>'
        "<body><p>x</p></body></html>")
    assert publication_time(tree) == datetime(2024, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=3)))
    assert publication_time(tree, zone("Europe/Berlin")).utcoffset() == timedelta(hours=2)


def test_timestamp_forms() -> None:
    assert parse_time("2021-11-01T10:52:50+0100") == datetime(2021, 11, 1, 10, 52, 50, tzinfo=CET)
    assert parse_time("2019-01-03T07:00:02.000Z") == datetime(2019, 1, 3, 7, 0, 2, tzinfo=UTC)
    assert parse_time("Tue, 05 Mar 2024 14:46:00 +0100") == datetime(2024, 3, 5, 14, 46, tzinfo=CET)
    assert parse_time("2017-11-03 03:01:00.000000").tzinfo is None
    assert parse_time("not a date") is None


def test_timestamps_written_with_words_keep_their_instant() -> None:
    # JavaScript's Date.toString in JSON-LD: "GMT+0100" is UTC+1, and the zone stays with the time
    # (it was read as a naive 03:05 and then given the page's -05:00: a shifted instant).
    assert parse_time("Tue Nov 19 2019 03:05:46 GMT+0000") == datetime(2019, 11, 19, 3, 5, 46, tzinfo=UTC)
    assert parse_time("Tue Nov 19 2019 03:05:46 GMT+0100 (Central European Standard Time)") \
        == datetime(2019, 11, 19, 3, 5, 46, tzinfo=CET)
    assert parse_time("2019-11-19 03:05:46 UTC") == datetime(2019, 11, 19, 3, 5, 46, tzinfo=UTC)
    est = timezone(timedelta(hours=-5))
    assert parse_time("November 19, 2019 3:05 pm EST") == datetime(2019, 11, 19, 15, 5, tzinfo=est)
    # A zone name that names several offsets is no offset; a day-month order by country is htmldate's.
    assert parse_time("Mon, 5 Mar 2024 14:46 IST") == datetime(2024, 3, 5, 14, 46)
    assert parse_time("03/04/2019 10:00") is None
    assert parse_time("March 5") is None
    page = lxml_html.fromstring(
        '<html><head><meta property="og:updated_time" content="2019-11-18T22:15:39-05:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "h",'
        ' "datePublished": "Tue Nov 19 2019 03:05:46 GMT+0000"}</script></head><body></body></html>')
    assert publication_time(page, None, "Tue Nov 19 2019 03:05:46 GMT+0000") \
        == datetime(2019, 11, 18, 22, 5, 46, tzinfo=est)


def test_titles_lose_site_and_section_names() -> None:
    assert choose_title("Harbour reopens after storm - Taipei Times", None, [], None,
                        "https://www.taipeitimes.com/News/1") == "Harbour reopens after storm"
    assert choose_title("EZB lässt Leitzinsen unverändert - Geldpolitik | Börsen-Zeitung", None, [],
                        "Börsen-Zeitung", None) == "EZB lässt Leitzinsen unverändert"
    assert choose_title("名古屋城の天守、木造復元へ工事計画：中日新聞Web", None, [], "中日新聞Web",
                        None) == "名古屋城の天守、木造復元へ工事計画"
    # A headline that itself holds a dash keeps it when no segment names the site.
    assert choose_title("Vote count - and recount - ends in Ohio", None, [], "Daily Bugle", None) \
        == "Vote count - and recount - ends in Ohio"


def test_on_page_headline_beats_sharing_title_and_kicker_dropped() -> None:
    h1 = "Apple’s Vision Pro hands-on: the Retina display moment for headsets"
    assert choose_title("Apple’s Vision Pro is the Retina display moment for headsets", None,
                        ["The Verge", h1], "The Verge", None) == h1
    assert choose_title("Live: Storm hits the coast", None, ["Storm hits the coast"], None, None) \
        == "Storm hits the coast"
    assert choose_title("Storm hits the northern coast", None, ["Weather Storm hits the northern coast"],
                        None, None) == "Storm hits the northern coast"
    # A logo in an <h1> with no likeness to the title is not the headline.
    assert choose_title("Council adopts budget", None, ["Daily Bugle"], None, None) == "Council adopts budget"


def test_body_cut_short_is_noticed_and_the_container_read() -> None:
    lead = "The council met on Monday to debate the budget for the coming year in a long session."
    rest = [f"Paragraph {n} of the report goes on with the debate, the votes and what members said after it."
            for n in range(2, 12)]
    page = lxml_html.fromstring(
        "<html><body><nav><p>Menu entry that is long enough to count as a sentence of prose here.</p></nav>"
        f"<article><div class='teaser'><p>{lead}</p></div><div class='more'>"
        + "".join(f"<p>{p}</p>" for p in rest) + "</div></article></body></html>")
    container = main_container(page, lead)
    assert container is not None and container.tag == "article"
    assert looks_cut_short(lead, container)
    full = "\n".join([lead, *rest])
    assert not looks_cut_short(full, container)
    assert fuller(lead, full)
    assert not fuller(lead, "\n".join(rest))  # longer, but not the same article


def test_multilingual_teasers_prompts_and_embedded_posts_dropped() -> None:
    body = ["Die Europäische Zentralbank hat am Dienstag ihre Leitzinsen nicht verändert, sagte Lagarde.",
            "La banque centrale a maintenu ses taux directeurs inchangés mardi, a déclaré sa présidente."]
    junk = ["Lesen Sie auch: Dax springt auf Rekordhoch", "Lire aussi : La BCE attend l'été",
            "Читайте также: Курс рубля упал", "Leia também: Banco Central mantém juros",
            "Lee también: El BCE mantiene los tipos", "Jetzt abonnieren und alle Artikel lesen",
            "Support our journalism: donate today", "Play video", "As of 14:46 CET",
            "Rates on hold today pic.twitter.com/AbCdEf123", "— ECB (@ecb) March 5, 2024",
            "Abonnez-vous pour lire la suite"]
    text = "\n".join([body[0], "Les også:", "Ny rekord på Oslo Børs", *junk, body[1]])
    assert clean_text(text) == "\n".join(body)


def test_process_reads_source_time_zone_and_stores_canonical_url(db: str) -> None:
    from cleaner.process import process_pending, reprocess

    fetched = "https://www.taipeitimes.com/News/taiwan/archives/2024/03/05/1?utm_source=rss&utm_medium=feed"
    with cursor(db) as cur:
        cur.execute("INSERT INTO sources (name, config) VALUES ('taipei', %s) RETURNING id",
                    ('{"timezone": "Asia/Taipei"}',))
        source_id = cur.fetchone()[0]
        cur.execute("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id", (source_id,))
        run_id = cur.fetchone()[0]
        cur.execute("INSERT INTO raw_pages (crawl_run_id, source_id, url, canonical_url, final_url, status, "
                    "headers, body, body_sha256) VALUES (%s, %s, %s, %s, %s, 200, '{}', %s, 'x')",
                    (run_id, source_id, fetched, "https://taipeitimes.com/News/taiwan/archives/2024/03/05/1",
                     fetched, _page("naive_time_en.html")))
    process_pending(db)
    reprocess(db, source="taipei")  # lineage: the stored versions are the current ones
    ((url, canonical, published, version, raw_url),) = rows(
        db, "SELECT a.url, a.canonical_url, a.published_at, a.extractor_version, r.url "
            "FROM articles a JOIN raw_pages r ON r.article_id = a.id")
    assert url == canonical and "utm_" not in url and url.endswith("/2024/03/05/1")
    assert raw_url == fetched  # the fetched URL stays with the raw page
    assert published == datetime(2024, 3, 5, 6, 46, tzinfo=UTC)  # 14:46 in Taipei
    assert version.endswith(f"+newsflow.{EXTRACTION_RULES}")



def test_day_without_time_gets_the_time_written_beside_it() -> None:
    from cleaner.date.datelines import time_beside

    def page(body: str):
        return lxml_html.fromstring(f"<html><body>{body}</body></html>")

    # A US template: 12-hour clock and zone; the zone's offset comes with it.
    us = page("<p>Updated 9:15</p><div class='date'>Published <b>11:11 PM EST</b> Nov 19, 2019</div>")
    assert time_beside(us, datetime(2019, 11, 19)) == (23, 11, 0, -5 * 3600)
    # Day first, 24-hour clock, no zone: the source's time zone will read it.
    vietnam = page("<span>Friday, 15:30, 12/04/2024</span><span>2024-04-12 15:30:12</span>")
    assert time_beside(vietnam, datetime(2024, 4, 12)) == (15, 30, 0, None)
    # A time elsewhere on the page, or beside another day, is not this day's.
    apart = page("<span>12/04/2024</span><p>Markets open at 15:30</p><span>13/04/2024 09:00</span>")
    assert time_beside(apart, datetime(2024, 4, 12)) is None


def test_line_stating_update_and_publication_gives_the_publication_with_its_time() -> None:
    body = "<p>" + "Die Regierung hat am Freitag neue Pläne für die Windkraft vorgestellt. " * 8 + "</p>"

    def published(line: str) -> datetime | None:
        page = (f"<html><body><article><h1>Neue Pläne für die Windkraft</h1><p class='meta'>{line}</p>"
                f"{body}</article></body></html>")
        return extract(page, url="https://example.de/a/1.html").published_at

    berlin = timezone(timedelta(hours=2))  # the .de page's country zone, in April
    # The update first (htmldate takes the first day of a text), in several languages and forms.
    for line in ("Aktualisiert am 14.04.2024, 09:00 Uhr · Veröffentlicht am 12.04.2024, 14:46 Uhr",
                 "Updated: April 14, 2024 09:00 | Published: April 12, 2024 14:46",
                 "Mis à jour le 14 avril 2024 à 09h00 · Publié le 12 avril 2024 à 14h46",
                 "Обновлено 14.04.2024 09:00, опубликовано 12.04.2024 14:46",
                 "Cập nhật 14/04/2024 09:00 / Đăng 12/04/2024 14:46",
                 "<span>Updated 14.04.2024 09:00</span> · <span>Published 12.04.2024 14:46</span>"):
        assert published(line) == datetime(2024, 4, 12, 14, 46, tzinfo=berlin), line
    # The publication first: its own time, not the update's after it.
    assert published("Veröffentlicht am 12.04.2024, 14:46 Uhr · Aktualisiert am 14.04.2024, 09:00 Uhr") \
        == datetime(2024, 4, 12, 14, 46, tzinfo=berlin)
    # An update alone stays the day found: there is no other to take.
    assert published("Aktualisiert am 14.04.2024, 09:00 Uhr") == datetime(2024, 4, 14, 9, 0, tzinfo=berlin)
    # No update named: two days in a line are not taken for publication and update.
    from cleaner.date.datelines import _published_beside

    dates = lxml_html.fromstring("<html><body><p>Termine: 14.04.2024, 09:00 und 12.04.2024</p></body></html>")
    assert _published_beside(dates, datetime(2024, 4, 14)) == datetime(2024, 4, 14)


def test_day_in_no_known_zone_is_noon_utc_the_same_day_everywhere() -> None:
    page = ("<html><body><h1>Ministers meet on cyber norms</h1><div class='date'>November 19, 2019</div>"
            + "<p>The ministers met to discuss the norms of state behaviour in cyberspace.</p>" * 5
            + "</body></html>")
    published = extract(page, "https://news.example/politics/ministers-meet").published_at
    assert published == datetime(2019, 11, 19, 12, 0, tzinfo=UTC)
    # The same day in Honolulu (UTC-10) and in Tokyo (UTC+9): midnight UTC would be the 18th in the Americas.
    assert {published.astimezone(timezone(timedelta(hours=h))).date().day for h in (-10, -5, 0, 9)} == {19}
    # A meta tag that states the day alone is read the same way.
    meta = "<head><meta property='article:published_time' content='2019-11-19'></head>"
    stated = page.replace("<html>", f"<html>{meta}")
    assert extract(stated, "https://news.example/a").published_at == datetime(2019, 11, 19, 12, 0, tzinfo=UTC)
    # With the source's zone known, or the page's country's, the day is noon there.
    seoul = extract(page, "https://news.example/politics/ministers-meet", timezone="Asia/Seoul").published_at
    assert seoul is not None and seoul.utcoffset() == timedelta(hours=9)
    assert (seoul.day, seoul.hour) == (19, 12)
    tokyo = extract(page.replace("<html>", "<html lang='ja'>"), "https://news.example/a").published_at
    assert tokyo is not None and tokyo.utcoffset() == timedelta(hours=9)
    assert (tokyo.day, tokyo.hour) == (19, 12)


def test_numeric_days_whose_order_is_not_in_doubt() -> None:
    # Year first with slashes or dots (East Asian sites), day first with dots (Europe, Russia).
    assert parse_time("2024/04/12 14:46:00") == datetime(2024, 4, 12, 14, 46)
    assert parse_time("2024.04.12 15:24") == datetime(2024, 4, 12, 15, 24)
    assert parse_time("2024/4/2 9:05") == datetime(2024, 4, 2, 9, 5)
    assert parse_time("12.04.2024 14:46") == datetime(2024, 4, 12, 14, 46)
    msk = timezone(timedelta(hours=3))
    assert parse_time("1.2.2024 14:46:00+03:00") == datetime(2024, 2, 1, 14, 46, tzinfo=msk)
    # A slashed day with the year last is March or April by country: not read here.
    assert parse_time("03/04/2024") is None
    assert parse_time("99.99.2024") is None
    # A meta tag that writes it so, on a page of a country with one zone: its local time.
    tree = lxml_html.fromstring('<html lang="ko"><head><meta property="article:published_time" '
                                'content="2024.04.12 15:24"></head><body><p>x</p></body></html>')
    assert publication_time(tree, country_tz=zone("Asia/Seoul")) == \
        datetime(2024, 4, 12, 15, 24, tzinfo=zone("Asia/Seoul"))
