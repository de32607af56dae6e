"""Times of day printed in a script's own digits beside a stated publication time (issue 14).

Arabic, Persian, Hindi and Bengali pages print their day and time in their own digits ("الجمعة ١٢
أبريل ٢٠٢٤ - ٢٣:٤٠ (بتوقيت مكة المكرمة)", "১২ এপ্রিল ২০২৪, ১১:৪০ পিএম"): only htmldate's fallback read
them (in ASCII digits); beside a stated time none was found, so a local time the CMS marked "+00:00"
kept the mislabelled instant, a stated day without its time was noon, and a naive stated time the
page prints with its zone was its day at noon UTC. The page's texts are now read in ASCII digits
wherever a time is read from them. Guards: a true UTC stamp printed in local time, a zone-less line,
and the same pages in ASCII digits read as before."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة يوم الجمعة عن خطة جديدة لتمويل الطرق والمدارس والمستشفيات في جميع المناطق. ",
    "bn": "সরকার শুক্রবার সড়ক, বিদ্যালয় ও হাসপাতালের জন্য নতুন বাজেট পরিকল্পনা ঘোষণা করেছে। ",
    "hi": "सरकार ने शुक्रवार को सड़कों, स्कूलों और अस्पतालों के लिए नई बजट योजना की घोषणा की। ",
}


def _found(lang: str, line: str, ld: str | None = None, head: str = "",
           url: str = "https://www.akhbar-portal.com/news/1463345") -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}) + "</script>")
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{head}{script}</head><body>'
            f'<article><h1>Headline of the story</h1><div class="meta"><span>{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, url).published_at


def _at(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


_EG = '<meta property="og:locale" content="ar_EG">'


@pytest.mark.parametrize(("lang", "line", "ld", "head", "url", "expected"), [
    # A local time marked +00:00: the zone printed with it.
    ("ar", "الجمعة ١٢ أبريل ٢٠٢٤ - ٢٣:٤٠ (بتوقيت مكة المكرمة)", "2024-04-12T23:40:00+00:00", "", None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),
    ("ar", "١٢/٠٤/٢٠٢٤ ٢٣:٤٠ GMT+3", "2024-04-12T23:40:00Z", "", None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),
    ("bn", "১২ এপ্রিল ২০২৪, ২৩:৪০ (GMT+6)", "2024-04-12T23:40:00Z", "", None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(6))),
    # A stated day without its time: the time printed beside it.
    ("ar", "الجمعة ١٢ أبريل ٢٠٢٤ - ١١:٤٠ م", None,
     f'{_EG}<meta property="article:published_time" content="2024-04-12">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(2))),
    ("bn", "প্রকাশ: ১২ এপ্রিল ২০২৪, ১১:৪০ পিএম", "2024-04-12", "", "https://www.khobor-portal.com.bd/n/1",
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(6))),
    # A naive stated time in UTC, printed in local time: that instant.
    ("ar", "الجمعة ١٢ أبريل ٢٠٢٤ - ١١:٤٠ م", None,
     f'{_EG}<meta property="article:published_time" content="2024-04-12T21:40:00">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(2))),
    # A naive stated time the page prints with its zone.
    ("ar", "١٢/٠٤/٢٠٢٤ ٢٣:٤٠ (بتوقيت مكة المكرمة)", None,
     '<meta property="article:published_time" content="2024-04-12T23:40:00">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),
])
def test_time_printed_in_native_digits_is_read(lang, line, ld, head, url, expected) -> None:
    found = _found(lang, line, ld, head, *([url] if url else []))
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "line", "ld", "expected"), [
    # A true UTC stamp printed in local time: the stated instant stands.
    ("ar", "١٢/٠٤/٢٠٢٤ ٢٣:٤٠ (بتوقيت مكة المكرمة)", "2024-04-12T20:40:00Z",
     datetime(2024, 4, 12, 20, 40, tzinfo=UTC)),
    # No zone printed: the stated instant stands.
    ("ar", "الجمعة ١٢ أبريل ٢٠٢٤ - ٢٣:٤٠", "2024-04-12T23:40:00Z", datetime(2024, 4, 12, 23, 40, tzinfo=UTC)),
    # ASCII digits, as before.
    ("ar", "12/04/2024 23:40 (بتوقيت مكة المكرمة)", "2024-04-12T23:40:00Z",
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),
])
def test_guards(lang, line, ld, expected) -> None:
    found = _found(lang, line, ld)
    assert found == expected and found.utcoffset() == expected.utcoffset()
