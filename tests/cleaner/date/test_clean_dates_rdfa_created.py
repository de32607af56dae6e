"""Drupal 7 states a node's creation in RDFa in its "Submitted by" line (``<span property="dc:date
dc:created" content="2026-12-02T14:05:00-05:00">``) and in no meta tag nor JSON-LD: the page's date
was read from the printed day alone, without its time or offset. A ``property="dc:created"`` element's
``content`` is read as a ``datePublished`` (cleaner.date.stated); a meta tag's time still comes
first, comments' own dc:created after the node's do not count, and a dc:modified alone is not read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

URL = "https://valleycourier.example/node/5001"
PARAGRAPHS = ("The county board approved the long-delayed grid upgrade on Wednesday after three years of "
              "debate over its cost and its route through the valley.",
              "Supporters said the new lines would end the outages that hit farms and households every "
              "summer, while opponents asked for a second study of the route.")


def _page(stamp: str, printed: str, head: str = "", prop: str = "dc:date dc:created",
          comment: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html lang='en'><head><title>Grid upgrade approved | Valley Courier</title>{head}</head><body>"
            "<h1 class='title' id='page-title'>Grid upgrade approved</h1><div id='node-5001' class='node "
            "node-article' typeof='sioc:Item foaf:Document'><div class='submitted'><span "
            f"property='{prop}' content='{stamp}' datatype='xsd:dateTime'>Submitted by <span "
            f"class='username'>jdoe</span> on {printed}</span></div><div class='content'><div class='field "
            f"field-name-body'>{body}</div></div></div><div id='comments'>{comment}</div></body></html>")


@pytest.mark.parametrize(("stamp", "printed", "offset"), [
    ("2026-12-02T14:05:00-05:00", "Wed, 12/02/2026 - 14:05", -5),
    ("2026-12-02T14:05:00+01:00", "mer, 02/12/2026 - 14:05", 1),
])
def test_rdfa_created_is_the_publication(stamp, printed, offset):
    published = extract(_page(stamp, printed), url=URL).published_at
    assert published == datetime(2026, 12, 2, 14, 5, tzinfo=timezone(timedelta(hours=offset)))


def test_meta_tag_comes_first():
    head = "<meta property='article:published_time' content='2026-12-02T09:00:00-05:00'>"
    page = _page("2026-12-02T14:05:00-05:00", "Wed, 12/02/2026 - 14:05", head)
    published = extract(page, url=URL).published_at
    assert published == datetime(2026, 12, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5)))


def test_comments_after_the_node_do_not_count():
    comment = ("<div class='comment'><span property='dc:date dc:created' content='2026-12-03T08:00:00-05:00'>"
               "Submitted by reader on Thu, 12/03/2026 - 08:00</span><p>Great news for the valley.</p></div>")
    published = extract(_page("2026-12-02T14:05:00-05:00", "Wed, 12/02/2026 - 14:05", comment=comment),
                        url=URL).published_at
    assert published.date().isoformat() == "2026-12-02"


def test_modified_alone_is_not_read():
    published = extract(_page("2026-12-05T10:00:00-05:00", "Wed, 12/02/2026", prop="dc:modified"),
                        url=URL).published_at
    assert published is None or published.date().isoformat() == "2026-12-02"
