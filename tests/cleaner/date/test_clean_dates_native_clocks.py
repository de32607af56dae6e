"""Times of day written in Bengali, Devanagari, Arabic-Indic and Persian digits with the half of the
day after them (issue 14): "০২:৪৬ পিএম" on a Bangladeshi page, "०२:४६ PM" or "०२:४६ अपराह्न" on an
Indian one, "٠٢:٤٦ م" on an Egyptian one, "۰۲:۴۶ ب.ظ" on an Iranian one are 14:46, as the same
times in ASCII digits are (cleaner.date.clocks reads every script's digits as ASCII ones; the page of a
language written in such digits is read in ASCII ones: cleaner.date.dates.htmldate_time), and a slashed
day in them is read day first ("১২/০৪/২০২৪" is 12 April, where htmldate read 4 December)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _published(line: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url).published_at


BD, IN, EG, IR = ("https://www.example.com.bd/news/1", "https://www.example.in/news/1",
                  "https://www.example.com.eg/news/1", "https://www.example.ir/news/1")
CASES = [
    ("প্রকাশ: ১২ এপ্রিল ২০২৪, ০২:৪৬ পিএম", "bn", BD, 14, 6),
    ("১২ এপ্রিল ২০২৪, ০২:৪৬ পিএম", "bn", BD, 14, 6),
    ("১২ এপ্রিল ২০২৪, ০৯:৪৬ এএম", "bn", BD, 9, 6),
    ("প্রকাশিত: ১২ এপ্রিল ২০২৪, ০২:৪৬ অপরাহ্ণ", "bn", BD, 14, 6),
    # a slashed day in those digits is read day first, as in ASCII ones (htmldate read it month first)
    ("১২/০৪/২০২৪ ১৪:৪৬", "bn", BD, 14, 6),
    ("١٢/٤/٢٠٢٤ ٠٢:٤٦:٠٠ م", "ar", EG, 14, 2),
    ("१२ अप्रैल २०२४, ०२:४६ PM", "hi", IN, 14, 5.5),
    ("शुक्रवार, १२ अप्रैल २०२४, ०२:४६ अपराह्न", "hi", IN, 14, 5.5),
    ("अप्रैल १२, २०२४ ०२:४६ PM IST", "hi", IN, 14, 5.5),
    ("١٢ أبريل ٢٠٢٤ ٠٢:٤٦ م", "ar", EG, 14, 2),
    ("الجمعة ١٢ أبريل ٢٠٢٤ - ٠٢:٤٦ مساءً", "ar", EG, 14, 2),
    ("۲۴ فروردین ۱۴۰۳ - ۰۲:۴۶ ب.ظ", "fa", IR, 14, 3.5),
    # guards: a 24-hour time and a morning stay as written
    ("১২ এপ্রিল ২০২৪, ১৪:৪৬", "bn", BD, 14, 6),
    ("الجمعة، ١٢ أبريل ٢٠٢٤ ٠٩:٤٦ ص", "ar", EG, 9, 2),
    ("१२ अप्रैल २०२४, ०९:४६ AM", "hi", IN, 9, 5.5),
    ("12 Apr 2024, 02:46 PM (IST)", "hi", IN, 14, 5.5),
    ("۲۴ فروردین ۱۴۰۳ - ۱۴:۴۶", "fa", IR, 14, 3.5),
]


@pytest.mark.parametrize(("line", "lang", "url", "hour", "hours"), CASES)
def test_the_half_of_the_day_after_native_digits(line: str, lang: str, url: str, hour: int,
                                                 hours: float) -> None:
    assert _published(line, lang, url) == datetime(2024, 4, 12, hour, 46,
                                                   tzinfo=timezone(timedelta(hours=hours)))
