"""A headline of three or four words printed as the <h1> inside the story's <article> ("Город без воды",
"The last shift", "Eine Stadt ohne Wasser", "شهری بدون آب") under a sharing or tab title written for
search that shares no word with it ("Жители выстроились в очереди за бутилированной водой ...") (issue
14): ``sections.section_name`` read such an <h1> as a section's name over the story (a short <h1> no
title tells of), so the longer title was returned. A section's name stands outside the story's element,
over the column; now an <h1> the page prints as the story's own (``headings.story_heading``: inside its
<article>, or named as the post's title or headline; no label: not a link, a section's class or a link's
text elsewhere) is the headline unless it reads as a name (``sections._reads_as_name``: it holds the word
for the news, or in cased letters has a name's shape). Guards: a Title Case section name inside the
article ("Science and Technology"), 'Noticias de la región', 'أخبار محلية', a section's class, a
linked <h1>, an <h1> outside the <article> (the section's heading over the column).
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Harbour Courier"
URL = "https://www.harbourcourier.example/news/2024/03/12/98765.html"
NAV = ("<header><a href='/' class='logo'>Harbour Courier</a><nav><a href='/news'>News</a> "
       "<a href='/world'>World</a> <a href='/city'>City</a></nav></header>")

OWN = [  # (lang, the <h1>, the title written for search)
    ("ru", "Город без воды", "Жители выстроились в очереди за бутилированной водой из-за засухи"),
    ("ru", "Мост, которого нет", "Депутаты одобрили кредит на строительство моста через Обь"),
    ("en", "The last shift", "Steelworkers clock off for final time as century-old plant closes"),
    ("de", "Eine Stadt ohne Wasser", "Anwohner stehen für Flaschenwasser an, weil die Dürre den See leert"),
    ("tr", "Susuz kalan şehir", "Kuraklık barajı boşalttı, vatandaşlar şişe su kuyruğunda"),
    ("fa", "شهری بدون آب", "ساکنان برای خرید آب بطری صف کشیدند؛ خشکسالی سد را خالی کرد"),
    ("ar", "مدينة بلا ماء", "السكان يصطفون لشراء المياه المعبأة بعد أن جفف الجفاف الخزان"),
]


def _heads(title: str) -> list[str]:
    """The title as og:title and in the tab title; in the tab title alone."""
    named = f"<meta property='og:site_name' content='{SITE}'>"
    return [f"<title>{title} | {SITE}</title><meta property='og:title' content='{title}'>{named}",
            f"<title>{title} - {SITE}</title>{named}"]


def _title(lang: str, head: str, body: str) -> str | None:
    page = f"<html lang='{lang}'><head>{head}</head><body>{NAV}<main>{body}</main></body></html>"
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "h1", "title"), OWN, ids=[case[1] for case in OWN])
def test_a_short_h1_in_the_article_is_the_headline(lang: str, h1: str, title: str) -> None:
    for head in _heads(title):
        assert _title(lang, head, f"<article><h1>{h1}</h1>{prose(8)}</article>") == h1
        # Named as the post's title, in no <article>.
        named = f"<div class='post'><h1 class='entry-title'>{h1}</h1>{prose(8)}</div>"
        assert _title(lang, head, named) == h1


OCEAN = "Ocean sensors reveal a warming current under the ice shelf"
LABELS = [  # (lang, the label's markup, the headline in the titles)
    ("en", "<h1>Science and Technology</h1>", OCEAN),
    ("es", "<h1>Noticias de la región</h1>", "El ayuntamiento cancela el proyecto del tranvía"),
    ("ar", "<h1>أخبار محلية</h1>", "المجلس البلدي يوافق على قرض لبناء الجسر الجديد في المدينة"),
    ("en", "<h1 class='section-title'>Across the city</h1>", OCEAN),
    ("ru", "<h1><a href='/city'>Жизнь нашего города</a></h1>", "Депутаты одобрили кредит на мост через Обь"),
]


@pytest.mark.parametrize(("lang", "label", "title"), LABELS,
                         ids=[f"{lang}{i}" for i, (lang, *_) in enumerate(LABELS)])
def test_a_label_in_the_article_stays_a_section(lang: str, label: str, title: str) -> None:
    for head in _heads(title):
        assert _title(lang, head, f"<article>{label}{prose(8)}</article>") == title


def test_an_h1_outside_the_story_element_stays_a_section() -> None:
    # The section's heading over the column, the story in its own <article> beside it.
    lang, h1, title = OWN[0]
    body = (f"<div class='column-head'><h1>{h1}</h1></div>"
            f"<div class='story'><article>{prose(8)}</article></div>")
    for head in _heads(title):
        assert _title(lang, head, body) == title


@pytest.mark.parametrize("label", ["Наука и технологии", "Ciencia y tecnología", "Politik & Wirtschaft"])
def test_topics_joined_by_and_in_the_article_stay_a_section(label: str) -> None:
    for head in _heads(OCEAN):
        assert _title("en", head, f"<article><h1>{label}</h1>{prose(8)}</article>") == OCEAN
