"""Extraction of text and metadata from fixture pages, body decoding, and ``newsflow clean``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import TESTS

from cleaner.decode import decode_body, is_html
from cleaner.extract import extract
from cleaner.language import detect_language
from newsflow.cli import main

FIXTURES = TESTS / "fixtures" / "clean"


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_english_article_metadata_and_clean_body() -> None:
    result = extract(_page("article_en.html"), "https://example-times.test/feed-item?id=7")
    assert result.title == "UN group agrees cyber norms report"
    assert result.authors == ["Maria Lopez", "Tom Becker"]
    assert result.published_at == datetime(2024, 7, 12, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert result.language == "en"
    assert result.canonical_url.rstrip("/").endswith("example-times.test/world/un-cyber-norms-report")
    assert "utm_source" not in result.canonical_url
    assert result.extractor.startswith("trafilatura") and result.extractor_version
    text = result.text
    assert text.count("\n") >= 4
    assert "NEW YORK - The United Nations open-ended working group" in text
    assert "practical steps to protect critical infrastructure" in text
    for junk in ("Leave a Reply", "required fields", "Football club wins the cup", "Great article",
                 "All rights reserved", "(Photo: Reuters)", "Home / World"):
        assert junk not in text


def test_cp1251_page_decoded_and_identified_as_russian() -> None:
    body = _page("article_ru_cp1251.html")
    html = decode_body(body, {"Content-Type": "text/html"})
    assert "информационной безопасности" in html
    result = extract(html, "https://ru.example.test/a")
    assert result.language == "ru"
    assert result.published_at == datetime(2023, 11, 10, 14, 5, tzinfo=timezone(timedelta(hours=3)))
    assert "Стороны договорились регулярно проводить" in result.text


def test_time_element_and_rel_author_byline() -> None:
    result = extract(_page("article_time_byline.html"), "https://ledger.example.test/c")
    assert result.title == "Council adopts position on cybercrime convention"
    assert result.authors == ["Ana Ivanova"]
    assert result.published_at is not None and result.published_at.tzinfo is not None
    assert result.published_at.astimezone(UTC).date().isoformat() == "2021-01-26"
    assert "Wednesday , January 27 2021" not in result.text
    assert "Punto" not in result.text
    assert "The Council adopted its negotiating position" in result.text


def test_empty_and_malformed_inputs_give_empty_text() -> None:
    assert extract(b"").text == ""
    assert extract("<html><body></body></html>").text == ""
    # htmldate hits an lxml assertion on this tree; extraction carries on without a date.
    result = extract("<SVG><P><P>")
    assert result.text == "" and result.published_at is None


def test_decoding_prefers_stored_encoding_then_header_then_meta() -> None:
    text = "Привет, мир"
    assert decode_body(text.encode("cp1251"), {}, "windows-1251") == text
    assert decode_body(text.encode("koi8-r"), {"content-type": ["text/html; charset=koi8-r"]}) == text
    meta = f'<meta charset="windows-1251"><p>{text}</p>'.encode("cp1251")
    assert text in decode_body(meta, {})
    assert decode_body(b"\xff\xfeabc", {}, "no-such-codec")  # unknown codec: falls back, no error


def test_is_html_by_header_or_sniffing() -> None:
    assert is_html({"Content-Type": "text/html; charset=utf-8"}, b"")
    assert not is_html({"Content-Type": "application/pdf"}, b"<html>")
    assert is_html({}, b"  <!DOCTYPE html><html></html>")
    assert not is_html({}, b"%PDF-1.7 binary")


def test_language_falls_back_to_declared_for_short_text() -> None:
    assert detect_language("Hi", "de-DE") == "de"
    assert detect_language("", None) is None
    sample = "The ministers agreed to continue negotiations on the draft convention next month."
    assert detect_language(sample, "fr") == "en"


def test_cli_clean_writes_one_json_line_per_page(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    pages = tmp_path / "pages.jsonl"
    lines = [
        {"id": "en", "url": "https://example-times.test/x", "html": _page("article_en.html").decode()},
        {"id": "byline", "url": "https://ledger.example.test/c",
         "html": _page("article_time_byline.html").decode()},
    ]
    pages.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main(["clean", "--input", str(pages)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["en", "byline"]
    assert set(out[0]) == {"id", "title", "text", "published_at", "language", "authors"}
    assert out[0]["published_at"] == "2024-07-12T09:30:00+02:00"
    assert out[0]["authors"] == ["Maria Lopez", "Tom Becker"]
    assert out[1]["language"] == "en" and "cybercrime" in out[1]["text"]


def test_cli_clean_rejects_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["clean", "--input", str(bad)]) == 2
    assert "bad.jsonl:1: field 'html' is missing" in capsys.readouterr().err
    assert main(["clean", "--input", str(tmp_path / "missing.jsonl")]) == 2


def test_list_article_keeps_its_linked_subheadings_not_teasers_in_lists() -> None:
    """A list article's entries are <h3> links (to a product or a review) between paragraphs; the fast
    precision pass drops them, the article keeps them. A related-stories list inside the body and a
    share widget's label stay out."""
    games = ["“Harbour Run” ($30)", "“Quay Racer” ($20)", "“Storm Front VR” ($60)"]
    entries = [
        f'<h3 class="canvas-text"><a href="https://store.example.com/game/{n}">{game}</a></h3>'
        '<div class="iframe-wrapper"><iframe src="https://video.example.com/embed/1"></iframe></div>'
        f"<p>Entry {n} of the list: the game puts you on a wet quay at night, and the controls feel "
        f"natural after a few minutes, though the story runs out well before the end of the evening.</p>"
        for n, game in enumerate(games)]
    related = ('<div class="embedded"><ul><li><h3><a href="/news/other-1">Council adopts the budget for '
               'next year</a></h3></li></ul></div>')
    page = ("<html><head><title>The 3 best harbour games</title></head><body><main><article>"
            '<h1>The 3 best harbour games</h1><div class="story-body">'
            "<p>Virtual reality reached the consoles this year, and some of its best games take place on "
            "the water, in harbours, on quays and on the decks of ships in a storm.</p>"
            f"{entries[0]}{related}{entries[1]}{entries[2]}"
            '<div class="sharedaddy"><h3>Like this:</h3><p>Share this article with your friends '
            "on the networks you use, and tell us what you think of the list.</p></div>"
            "</div></article></main></body></html>")
    text = extract(page).text
    lines = text.splitlines()
    for game in games:
        assert game in lines
        assert lines[lines.index(game) + 1].startswith("Entry")
    assert "Council adopts the budget for next year" not in text
    assert "Like this:" not in text


def _report(n: int) -> str:
    return (f"Paragraph {n} of the council report goes on with the debate, the votes and what members said "
            "after the long session ended, and with what the mayor told reporters outside the hall about "
            "the schools, the roads and the harbour.")


def test_body_cut_short_without_an_article_container_is_read_from_the_page() -> None:
    """A plain page whose paragraphs sit right in <body> (no <article>, <main> or wrapper), the rest of
    the story in a bordered block the fast precision pass discards: the fuller body is taken."""
    paragraphs = [_report(n) for n in range(10)]
    page = ("<html><head><title>Council adopts budget</title></head><body><h1>Council adopts budget</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:3])
            + '<div style="border-top: 1px solid #ddd; padding-top: 1em">'
            + "".join(f"<p>{p}</p>" for p in paragraphs[3:]) + "</div>"
            "<footer><p>Copyright Example Daily 2024, all rights reserved, contact us for reprints.</p>"
            "</footer></body></html>")
    result = extract(page)
    assert result.text.splitlines() == paragraphs
    assert result.extractor == "trafilatura:container"


def test_hidden_paragraphs_do_not_make_a_body_look_cut_short() -> None:
    from lxml import html as lxml_html

    from cleaner.body.containers import main_container
    from cleaner.body.recall import looks_cut_short

    shown = [_report(n) for n in range(3)]
    page = lxml_html.fromstring(
        "<html><body>" + "".join(f"<p>{p}</p>" for p in shown)
        + "".join(f'<p style="display: none">{_report(n)}</p><p hidden>{_report(n)}</p>' for n in range(3, 9))
        + '<div aria-hidden="true">' + "".join(f"<p>{_report(n)}</p>" for n in range(9, 14)) + "</div>"
        "</body></html>")
    text = "\n".join(shown)
    container = main_container(page, text)
    assert container is not None and container.tag == "body"
    assert not looks_cut_short(text, container)


@pytest.mark.parametrize("wrapper", ["article", "div"])
def test_article_split_into_chunks_between_ads_is_read_whole(wrapper: str) -> None:
    """A body cut into chunks named like an article body, with ad rails between them: the first pass
    reads only the first chunk (4 of 14 paragraphs); the chunks are read together, in an <article> or
    in a page without one."""
    def paragraph(n: int) -> str:
        return (f"Paragraph {n} of the feature goes on about the banks, the apps and the fees they charge, "
                "and about what the people who use them said when asked about their accounts this year.")

    chunks = [range(0, 4), range(4, 10), range(10, 14)]
    body = "".join(
        '<div class="grid"><div class="body article__body">'
        + "".join(f"<p>{paragraph(n)}</p>" for n in chunk)
        + '</div><div class="grid-layout__aside"><div class="ad">Advertisement</div></div></div>'
        for chunk in chunks)
    page = (f"<html><head><title>The future of banking</title></head><body><{wrapper}><header>"
            f'<h1>The future of banking</h1></header><div class="article__chunks">{body}</div></{wrapper}>'
            '<div class="related"><div class="grid"><div class="body article__body"><p>Another story about '
            "something else entirely, teased at the foot of the page for readers.</p></div></div></div>"
            "</body></html>")
    result = extract(page)
    assert result.text.splitlines() == [paragraph(n) for n in range(14)]
    assert result.extractor == "trafilatura:chunks"


def test_linked_words_wrapped_in_a_link_span_stay_in_their_sentence() -> None:
    """``<span class="link"><a>...</a></span>`` inside a paragraph: the precision pass dropped the
    linked words from the middle of the sentence."""
    words = "the league will fine the quarterback"
    sentence = (f"League insider Jo Park has reported that {words} for his role in the fight, a decision "
                "that was a hot topic in the days after the game.")
    linked = sentence.replace(words, f'<span class="link"><a href="/news/fine">{words}</a></span>')
    others = "".join(f"<p>Paragraph {n} of the report on the game goes on with what the coaches and the "
                     "players said in the locker room afterwards.</p>" for n in range(6))
    page = (f"<html><head><title>Fight fallout</title></head><body><article><h1>Fight fallout</h1>{others}"
            f'<p>{linked}</p><p>A <span class="text-bottom">bottom line</span> in the last sentence.</p>'
            "</article></body></html>")
    lines = extract(page).text.splitlines()
    assert sentence in lines
    assert "A bottom line in the last sentence." in lines


def test_article_body_of_json_ld_only_where_the_html_gave_less_of_the_same_article() -> None:
    from cleaner.body.article_body import from_article_body

    paragraphs = [f"Paragraph {n} of the story about the regional agreement on cybercrime cooperation."
                  for n in range(12)]
    body = "\n".join(paragraphs)
    assert from_article_body(paragraphs[0], body) == body  # a teaser in the HTML, the rest scripted
    assert from_article_body("\n".join(paragraphs[:8]), body) is None  # the HTML's text is whole enough
    assert from_article_body("A cookie notice that is long enough to count as prose text.", body) is None
    assert from_article_body(paragraphs[0], body[:400]) is None  # a summary, not a body


def test_heading_of_a_related_stories_box_is_not_put_back_as_a_subheading() -> None:
    """A box of other stories between two paragraphs ("relate-story", "related-box"): its heading
    is the box's label, not the article's subheading, and the paragraph after it stays."""
    from lxml import html as lxml_html

    from cleaner.body.recall import with_headings

    first = "The agency ordered banks to tighten the security of their mobile apps after a wave of scams."
    last = "The Bank of Thailand said banks had until the end of June to comply with the new rules."
    for name in ("relate-story", "related-box"):
        container = lxml_html.fromstring(
            f'<div class="content"><p>{first}</p><div class="{name}"><h4>RELATED STORIES</h4>'
            f'<a href="/1">Police bust call-centre gang</a></div><p>{last}</p>'
            f'<h3>Deadline</h3><p>{last} Again.</p></div>')
        assert with_headings(f"{first}\n{last}\n{last} Again.", container) == \
            f"{first}\n{last}\nDeadline\n{last} Again."


def test_zero_width_joiners_survive_trafilatura_through_their_stand_ins() -> None:
    """trafilatura drops non-printable characters, the zero-width non-joiner of Persian words among
    them ("مقام‌های" became "مقامهای", another word); their stand-ins pass and are turned back."""
    import trafilatura
    from lxml import html as lxml_html

    from cleaner.body.recall import protect_joiners
    from core.text import clean_inline, clean_text

    sentence = "به گزارش ایرنا، این سند در دیدار با مقام\u200cهای ایرانی در سفر به تهران به امضا رسید."
    page = (f'<html><head><meta property="og:title" content="سند\u200cهای همکاری"></head><body><article>'
            f"<h1>سند\u200cهای همکاری</h1><p>{sentence}</p><p>{sentence} <b>زیرساخت\u200cهای</b> حیاتی.</p>"
            "</article></body></html>")
    assert "\u200c" not in (trafilatura.extract(page) or "")  # what the stand-ins are for
    tree = lxml_html.fromstring(page)
    protect_joiners(tree)
    assert "\u200c" not in lxml_html.tostring(tree, encoding="unicode")
    assert clean_inline(tree.xpath("//meta/@content")[0]) == "سند\u200cهای همکاری"
    text = clean_text(trafilatura.extract(tree) or "")
    assert sentence in text.splitlines() and "زیرساخت\u200cهای حیاتی." in text


def test_joiners_searched_only_on_pages_that_may_write_them() -> None:
    """The search for joiners reads every text node: pages declared in a language written without
    them are not searched; Persian pages and pages of no declared language are."""
    from lxml import html as lxml_html

    from cleaner.body.recall import protect_joiners

    def protected(lang: str) -> bool:
        tree = lxml_html.fromstring(f"<html{lang}><body><p>مقام\u200cهای ایرانی</p></body></html>")
        protect_joiners(tree)
        return "\u200c" not in tree.findtext(".//p")

    assert protected(' lang="fa-IR"') and protected("") and protected(' lang="hi"')
    assert not protected(' lang="en"') and not protected(' xml:lang="de"')


def test_cli_clean_reads_a_pages_source_zone(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A line's optional "timezone" is the source's zone, as the registry's reaches the pipeline: a time
    the page prints without an offset is read in it (without it, in no known zone: its day at noon
    UTC); a name that is no IANA zone is refused with its line."""
    text = "<p>" + "The council voted on the new budget after a long debate about schools and roads. " * 6
    text += "</p>"
    html = (f"<html lang='en'><head><title>Budget</title></head><body><article><h1>Budget</h1>"
            f"<p class='date'>December 3, 2026 11:40 PM</p>{text}</article></body></html>")
    pages = tmp_path / "pages.jsonl"
    lines = [{"id": 1, "url": "https://news.example.com/budget", "html": html, "timezone": "America/Chicago"},
             {"id": 2, "url": "https://news.example.com/budget", "html": html}]
    pages.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert main(["clean", "--input", str(pages)]) == 0
    out = [json.loads(line)["published_at"] for line in capsys.readouterr().out.splitlines()]
    assert out == ["2026-12-03T23:40:00-06:00", "2026-12-03T12:00:00+00:00"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"html": html, "timezone": "Mars/Olympus"}) + "\n", encoding="utf-8")
    assert main(["clean", "--input", str(bad)]) == 2
    assert "bad.jsonl:1: 'timezone' is not an IANA time zone name" in capsys.readouterr().err
