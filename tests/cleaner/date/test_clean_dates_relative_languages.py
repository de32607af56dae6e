"""Relative publication times in more languages (issue 14), read against the fetch time where the
page writes no absolute day: Greek, Hungarian, Danish, Norwegian, Swedish, Finnish, Czech, Slovak,
Romanian, Hebrew, Hindi and Thai ("πριν από 3 ώρες", "3 órája", "3 timer siden", "för 3 timmar
sedan", "3 tuntia sitten", "před 3 hodinami", "acum 3 ore", "לפני 3 שעות", "3 घंटे पहले", "3
ชั่วโมงที่แล้ว"), Urdu, Bengali and Persian ("3 گھنٹے پہلے", "৩ ঘণ্টা আগে", "۳ ساعت پیش"), and their
words for yesterday and today. Such pages had no time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY
FETCHED = datetime(2024, 4, 14, 10, 0, tzinfo=UTC)


def _published(lang: str, line: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes</title></head><body><article>"
            f"<h1>Council votes</h1><p class='date'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url="https://www.example.com/news/a-123", fetched_at=FETCHED).published_at


@pytest.mark.parametrize(("lang", "line", "before"), [
    ("el", "πριν από 3 ώρες", timedelta(hours=3)),
    ("el", "3 ώρες πριν", timedelta(hours=3)),
    ("hu", "3 órája", timedelta(hours=3)),
    ("hu", "25 perce", timedelta(minutes=25)),
    ("da", "3 timer siden", timedelta(hours=3)),
    ("nb", "for 3 timer siden", timedelta(hours=3)),
    ("sv", "för 3 timmar sedan", timedelta(hours=3)),
    ("fi", "3 tuntia sitten", timedelta(hours=3)),
    ("cs", "před 3 hodinami", timedelta(hours=3)),
    ("sk", "pred 3 hodinami", timedelta(hours=3)),
    ("ro", "acum 3 ore", timedelta(hours=3)),
    ("he", "לפני 3 שעות", timedelta(hours=3)),
    ("hi", "3 घंटे पहले", timedelta(hours=3)),
    ("th", "3 ชั่วโมงที่แล้ว", timedelta(hours=3)),
    # Urdu, Bengali and Persian, in their own digits too
    ("ur", "3 گھنٹے پہلے", timedelta(hours=3)),
    ("ur", "۲۵ منٹ پہلے", timedelta(minutes=25)),
    ("bn", "৩ ঘণ্টা আগে", timedelta(hours=3)),
    ("bn", "25 মিনিট আগে", timedelta(minutes=25)),
    ("fa", "۳ ساعت پیش", timedelta(hours=3)),
])
def test_hours_and_minutes_ago(lang: str, line: str, before: timedelta) -> None:
    assert _published(lang, line) == FETCHED - before


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("el", "Χθες, 14:46", 13), ("hu", "tegnap 14:46", 13), ("da", "i går kl. 14.46", 13),
    ("sv", "igår 14:46", 13), ("fi", "eilen klo 14.46", 13), ("cs", "včera 14:46", 13),
    ("he", "אתמול 14:46", 13), ("fi", "tänään klo 09.12", 14), ("cs", "dnes 09:12", 14),
    ("bn", "গতকাল ১৪:৪৬", 13), ("bn", "আজ ০৯:১২", 14), ("fa", "دیروز ۱۴:۴۶", 13), ("ur", "2 دن پہلے", 12),
])
def test_yesterday_and_today(lang: str, line: str, day: int) -> None:
    published = _published(lang, line)
    assert published is not None and published.date().day == day


@pytest.mark.parametrize(("lang", "line"), [
    # A count without the word for "ago", the day's word with other words after it: no time.
    ("da", "3 timer"), ("ro", "acum 3 ani"), ("cs", "Dnes v parlamentu"), ("fi", "Eilen tapahtunutta"),
    ("ur", "3 گھنٹے"), ("bn", "আজকের পত্রিকা"), ("fa", "۳ ساعت"),
])
def test_no_relative_time(lang: str, line: str) -> None:
    assert _published(lang, line) is None
