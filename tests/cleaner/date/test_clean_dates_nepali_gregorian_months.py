"""Gregorian months as Nepali pages spell them in Devanagari (issue 14).

Nepali pages write the Gregorian day with their own spellings ("अप्रिल १२, २०२४", "१२ सेप्टेम्बर
२०२४", "डिसेम्बर ५"), not Hindi's ("अप्रैल", "सितंबर", "दिसंबर") that the day's line was looked for
with: beside a stated time none was found, so a local time the CMS marked +00:00 kept the mislabelled
instant, and a stated day without its time was noon. Guards: Hindi's spellings as before; a
Devanagari word that only begins like a month is no day."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "ne": "सरकारले शुक्रबार सडक, विद्यालय र अस्पतालका लागि नयाँ बजेट योजना सार्वजनिक गरेको छ। ",
    "hi": "सरकार ने शुक्रवार को सड़कों, स्कूलों और अस्पतालों के लिए नई बजट योजना की घोषणा की। ",
}
_NEPAL, _INDIA = timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=5, minutes=30))


def _found(lang: str, line: str, ld: str | None = None, head: str = "",
           url: str = "https://www.khabar-portal.com/news/1463345") -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}) + "</script>")
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{head}{script}</head><body>'
            f'<article><h1>Headline of the story</h1><div class="meta"><span>{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, url).published_at


@pytest.mark.parametrize(("lang", "line", "ld", "head", "url", "expected"), [
    ("ne", "शुक्रबार, अप्रिल १२, २०२४ २३:४० NPT", "2024-04-12T23:40:00Z", "", None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_NEPAL)),
    ("ne", "१२ सेप्टेम्बर २०२४, १४:४६", None, '<meta property="article:published_time" content="2024-09-12">',
     "https://www.khabar-portal.com.np/n/1", datetime(2024, 9, 12, 14, 46, tzinfo=_NEPAL)),
    ("ne", "प्रकाशित : डिसेम्बर ५, २०२४ १८:१५", "2024-12-05", "",
     "https://www.khabar-portal.com.np/n/2", datetime(2024, 12, 5, 18, 15, tzinfo=_NEPAL)),
])
def test_nepali_spelling_of_the_month_is_read(lang, line, ld, head, url, expected) -> None:
    found = _found(lang, line, ld, head, *([url] if url else []))
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "line", "ld", "url", "expected"), [
    ("hi", "१२ सितंबर २०२४, १४:४६", "2024-09-12", "https://www.samachar-portal.in/n/1",
     datetime(2024, 9, 12, 14, 46, tzinfo=_INDIA)),
    # No day on the line ("whenever, at 8"): the stated day at noon in Nepal.
    ("ne", "जुनसुकै बेला ८:३० बजे", "2024-06-12", None, datetime(2024, 6, 12, 12, tzinfo=_NEPAL)),
])
def test_guards(lang, line, ld, url, expected) -> None:
    found = _found(lang, line, ld, "", *([url] if url else []))
    assert found == expected and found.utcoffset() == expected.utcoffset()
