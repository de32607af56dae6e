"""The body's rest in the block after the story's, its paragraphs each in a wrapper of their own
(``<div class="paragraph"><p>``), or set without ``<p>`` (``<div>Text.</div>``, ``Text.<br><br>``):
cleaner.body.rest_blocks.runs_of_prose reads them as the body's rest, where only ``<p>``s of one parent
counted, so the fast pass's first paragraphs did not look cut short. A comments widget's prompts set
as bare text among its buttons stay out."""

from __future__ import annotations

import pytest
from helpers import budget_line, budget_paragraphs, kept_paragraphs, news_page

from cleaner.extract import extract

H1 = "<h1>Council passes the budget</h1>"
AD = "<div class='ad-slot'><div id='slot-1'></div></div>"


RESTS = {
    "each <p> in a wrapper": lambda a, b: "".join(f"<div class='paragraph'><p>{budget_line(n)}</p></div>"
                                                  for n in range(a, b)),
    "text in <div>s": lambda a, b: "".join(f"<div class='paragraph'>{budget_line(n)}</div>"
                                           for n in range(a, b)),
    "text and <br>s": lambda a, b: "".join(f"{budget_line(n)}<br><br>" for n in range(a, b)),
}
LAYOUTS = {
    "an <article>, then the rest": f"<div class='wrap'><article>{H1}{{a}}</article>{AD}"
                                   "<div class='article-rest'>{b}</div></div>",
    "a column nested deep, then the rest": f"<div class='wrap'><div class='top'>{H1}<div class='text'>"
                                           "<div class='inner'>{a}</div></div></div>" + AD
                                           + "<div class='bottom'><div class='text2'>{b}</div></div></div>",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("rest", RESTS)
def test_the_rest_without_sibling_paragraphs_is_read(layout: str, rest: str) -> None:
    page = news_page(LAYOUTS[layout].format(a=budget_paragraphs(0, 4), b=RESTS[rest](4, 25)))
    assert kept_paragraphs(extract(page).text) == set(range(25)), (layout, rest)


_WIDGET = ("<div class='conversation'><div>Sorry you did not like this comment. Please tell us why so we can "
           "do better next time.</div><button>Spam</button><button>Offensive</button><button>Off topic"
           "</button><button>Something else entirely</button><span>Read our community "
           "guidelines</span><span>Sign in to post a comment</span><div>We will put constructive and "
           "witty comments at the top, so that everyone can read them.</div><button>Post</button></div>")


def test_a_comments_widget_of_bare_prompts_stays_out() -> None:
    page = news_page(f"<div class='wrap'><article>{H1}{budget_paragraphs(0, 12)}</article>"
                     f"{AD}{_WIDGET}</div>")
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(12))
    assert "comment" not in text
