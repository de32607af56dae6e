"""The daily digest: content of the HTML, self-containment, and a real render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from analyst_seed import QUIET_OUTLET, Newsroom, add_failure, seed_newsroom, shared_newsroom
from helpers import cursor, rows
from PIL import Image

from newsflow.analyst.charts import share_line, stacked_bars
from newsflow.analyst.digest import load_digest, write_digest
from newsflow.cli import main

DAY = date(2026, 11, 20)


@pytest.fixture
def room(database_url: str) -> Newsroom:
    """A month of news, seeded once and shared by the tests that only read it."""
    return shared_newsroom(database_url, DAY)


def relevant_titles_on(db: str, day: date) -> set[str]:
    found = rows(db, "SELECT a.title FROM articles a JOIN classifications c ON c.article_id = a.id"
                     " JOIN models m ON m.id = c.model_id AND m.active"
                     " WHERE c.relevant AND a.published_at::date = %s", (day,))
    return {title for (title,) in found}


def test_digest_groups_the_days_relevant_stories(database_url: str, room: Newsroom) -> None:
    db = database_url
    digest = load_digest(db, DAY)
    ids = sorted(a["article_id"] for s in digest.stories for a in s.articles)
    assert ids == sorted(room.relevant_on_day)
    syndicated = next(s for s in digest.stories if s.key == room.syndicated_story)
    assert syndicated.outlets == room.syndicated_outlets
    assert len(syndicated.top_terms) >= 2
    # Widely carried stories come first.
    assert [len(s.outlets) for s in digest.stories] == sorted(
        (len(s.outlets) for s in digest.stories), reverse=True)
    assert len(digest.days) == 30 and digest.days[-1] == DAY
    assert QUIET_OUTLET in digest.per_source
    assert digest.per_source[QUIET_OUTLET][-5:] == [0] * 5  # the outlet that went quiet
    assert all(s is None or 0 <= s <= 1 for s in digest.relevant_share)
    assert digest.failures[0]["source"] == QUIET_OUTLET
    assert [q["source"] for q in digest.quiet] == [QUIET_OUTLET]


def test_digest_html_is_self_contained_and_complete(database_url: str, room: Newsroom,
                                                    tmp_path: Path) -> None:
    db = database_url
    out = write_digest(db, DAY, tmp_path / "reports" / "digest.html")
    html = out.read_text(encoding="utf-8")
    for title in relevant_titles_on(db, DAY):
        assert title.replace("&", "&amp;") in html
    for outlet in room.syndicated_outlets:
        assert f'<span class="chip outlet">{outlet}</span>' in html
    assert 'href="https://' in html
    assert html.count("<svg") == 2 and "<rect" in html and "<polyline" in html
    assert "Connection was refused" in html
    assert f'<span class="chip outlet">{QUIET_OUTLET} · last ' in html
    # No scripts and nothing fetched from elsewhere: only the article links point outside.
    assert "<script" not in html
    assert not re.search(r'(src|@import|url\()\s*=?\s*["\']?https?:', html)
    assert "Friday 20 November 2026" in html


def test_chart_labels_are_escaped_and_scaled() -> None:
    days = [DAY - timedelta(days=1), DAY]
    svg = str(stacked_bars("Articles", days, {'<b onload="x">': [3, 4], "tass": [0, 6]}))
    assert "<b onload" not in svg and "&lt;b onload=&#34;x&#34;&gt;" in svg
    assert svg.count("<rect") == 3 + 2  # three bars (a zero is not drawn) and two legend keys
    assert ">10</text>" in svg  # the axis tops at a round 10 for a 10-article day
    line = str(share_line("Share", days, [None, 0.25]))
    assert "<polyline" in line and "25.0%" in line


def test_digest_cli(database_url: str, room: Newsroom, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cli.html"
    assert main(["digest", "--date", (DAY - timedelta(days=1)).isoformat(), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "Thursday 19 November 2026" in out.read_text(encoding="utf-8")


# ---- rendering in a real browser --------------------------------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1200,1600")


def test_digest_renders_in_headless_chromium(database_url: str, room: Newsroom, tmp_path: Path) -> None:
    db = database_url
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    page = write_digest(db, DAY, tmp_path / "digest.html")
    shot = tmp_path / "digest.png"
    subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                    f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=90, check=True)
    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == (1200, 1600)
        colours = {rgb for _count, rgb in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    # The chart palette shows up (the charts were drawn), and the page is far from one flat colour.
    assert (0x4E, 0x79, 0xA7) in colours and (0xF2, 0x8E, 0x2B) in colours
    assert len(colours) > 50


# ---- tests with data of their own (``db`` empties the shared month: kept last) -------------


def test_digest_of_a_day_without_data_says_so(db: str, tmp_path: Path) -> None:
    html = write_digest(db, DAY, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No relevant articles on this day." in html
    assert "No failures recorded on this day." in html


def test_digest_escapes_crawled_text(db: str, tmp_path: Path) -> None:
    room = seed_newsroom(db, DAY, days=1)
    with cursor(db) as cur:
        cur.execute("UPDATE articles SET title = '<script>alert(1)</script>', url = 'javascript:alert(1)'"
                    " WHERE id = %s", (room.relevant_on_day[0],))
        cur.execute("UPDATE stories SET title = NULL WHERE id = (SELECT story_id FROM articles"
                    " WHERE id = %s)", (room.relevant_on_day[0],))
    html = write_digest(db, DAY, tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


def test_notes_are_not_failures_in_the_digest(db: str) -> None:
    room = seed_newsroom(db, DAY, days=1)
    failing = {f["source"] for f in load_digest(db, DAY).failures}
    healthy = next(name for name in room.sources if name not in failing)
    with cursor(db) as cur:
        add_failure(cur, room.sources[healthy], f"https://{healthy}.example/private",
                    datetime.combine(DAY, time(9), tzinfo=UTC), kind="robots_disallowed",
                    detail="Forbidden by robots.txt", http_status=None)
        add_failure(cur, room.sources[healthy], f"https://{healthy}.example/gone",
                    datetime.combine(DAY - timedelta(days=1), time(9), tzinfo=UTC))  # another day
    assert {f["source"] for f in load_digest(db, DAY).failures} == failing


@pytest.mark.parametrize(("y_max", "labels"), [
    (1, ["0", "1"]),
    (2, ["0", "1", "2"]),
    (5, ["0", "1", "2", "3", "4", "5"]),
    (20, ["0", "5", "10", "15", "20"]),
])
def test_count_axis_labels_are_whole_and_distinct(y_max: int, labels: list[str]) -> None:
    """A quiet day's chart (at most 1 or 2 articles a day) reads 0, 1, 2, not 0, 0, 1, 1, 1, 1."""
    days = [DAY - timedelta(days=1), DAY]
    svg = str(stacked_bars("Articles", days, {"tass": [0, y_max]}))
    assert re.findall(r'text-anchor="end" fill="#6b7280">([^<]+)</text>', svg) == labels


def test_a_source_never_crawled_is_not_quiet(db: str) -> None:
    """A registry outlet synced into `sources` but never crawled (a demo database) is not listed as
    quiet; one that was crawled and gave nothing is."""
    from analyst_seed import add_run, add_source

    with cursor(db) as cur:
        add_source(cur, "never-crawled")
        crawled = add_source(cur, "crawled-nothing")
        add_run(cur, crawled, datetime.combine(DAY, time(8), tzinfo=UTC), status="empty")
    assert [q["source"] for q in load_digest(db, DAY).quiet] == ["crawled-nothing"]
