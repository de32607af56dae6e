"""A local time marked +00:00 that the page prints with an abbreviation of several zones (issue 14).

"datePublished": "2024-04-12T23:40:00Z" beside "१२ अप्रैल २०२४, २३:४० IST" (a Hindi page) or "12 April
2024, 11:40 PM IST" (an Indian English one), "12 أبريل 2024 23:40 AST" (an Arabic one) kept the CMS's
mislabelled instant: the day's line was read for a zone only in the abbreviations of one offset
("WIB", "EDT"), and IST, AST, CST, GST, SST and AMT name several. They are read as the page's own
zone where its language and country tell which (India's, Arabia's). Guards: an en-US page's "IST"
tells none (the stated instant stands); a true UTC stamp printed in local time stands."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "hi": "सरकार ने शुक्रवार को सड़कों, स्कूलों और अस्पतालों के लिए नई बजट योजना की घोषणा की। ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
    "ar": "أعلنت الحكومة يوم الجمعة عن خطة جديدة لتمويل الطرق والمدارس والمستشفيات في جميع المناطق. ",
}


def _found(lang: str, line: str, published: str, locale: str = "") -> datetime | None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
          "datePublished": published}
    meta = f'<meta property="og:locale" content="{locale}">' if locale else ""
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{meta}'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Headline of the story</h1><div class="meta"><span>{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, "https://www.news-portal.com/news/1463345").published_at


@pytest.mark.parametrize(("lang", "line", "locale", "offset"), [
    ("hi", "१२ अप्रैल २०२४, २३:४० IST", "", timedelta(hours=5, minutes=30)),
    ("en", "12 April 2024, 11:40 PM IST", "en_IN", timedelta(hours=5, minutes=30)),
    ("ar", "12 أبريل 2024 23:40 AST", "", timedelta(hours=3)),
])
def test_ambiguous_abbreviation_of_the_pages_zone(lang, line, locale, offset) -> None:
    found = _found(lang, line, "2024-04-12T23:40:00Z", locale)
    assert found == datetime(2024, 4, 12, 23, 40, tzinfo=timezone(offset)) and found.utcoffset() == offset


@pytest.mark.parametrize(("line", "published", "locale"), [
    ("April 12, 2024, 11:40 PM IST", "2024-04-12T23:40:00Z", "en_US"),  # which IST: none told
    ("12 April 2024, 11:40 PM IST", "2024-04-12T18:10:00Z", "en_IN"),  # a true UTC stamp
])
def test_stated_instant_stands(line: str, published: str, locale: str) -> None:
    found = _found("en", line, published, locale)
    assert found == datetime.fromisoformat(published.replace("Z", "+00:00"))
    assert found.utcoffset() == timedelta(0)
