"""A JSON-LD author whose name is the address of the author's page (issue 14): some CMSs write
{"@type": "Person", "name": "https://site/author/tunde-bakare/"}; the name was dropped as an account
and the address not kept as one, so the outlet stood in. It is now read as the author's page (its
slug names the person where no one else is named). Guards: a name and its url; an @id only."""

from __future__ import annotations

import json

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = ("The government announced a new package of economic measures on Tuesday to support growth. The "
         "finance minister said the step would strengthen the purchasing power of citizens in every region.")


def _page(author) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline",
                     "author": author})
    script = f'<script type="application/ld+json">{ld}</script>'
    return unsigned_story("en", _TEXT).replace("</head>", f"{script}</head>")


@pytest.mark.parametrize(("author", "names"), [
    ({"@type": "Person", "name": "https://site.ng/author/tunde-bakare/"}, ["Tunde Bakare"]),
    ([{"@type": "Person", "name": "https://site.ng/author/tunde-bakare/"},
      {"@type": "Person", "name": "https://site.ng/author/amaka-eze/"}], ["Tunde Bakare", "Amaka Eze"]),
    # guards
    ({"@type": "Person", "name": "Tunde Bakare", "url": "https://site.ng/author/tb/"}, ["Tunde Bakare"]),
    ({"@type": "Person", "@id": "https://site.ng/#/schema/person/abc"}, ["Daily Site"]),
])
def test_author_url_as_name(author, names: list[str]) -> None:
    assert extract(_page(author)).authors == names
