"""A byline written surname first on the page ("By Doe, Jane", issue 14): one person, "Jane Doe",
where the page gives evidence that it is one name (the name given first in an author box or a bio,
the slug of the author's page it links, a meta tag); without that evidence the two words stay two
("Doe, Smith" may be two people, as Indonesian bylines write one-word names). And an author box's
"more by" label before the name in other capitalisations and languages ("Mehr Von Hans Müller",
"MEHR VON", "Plus d'articles de", "Más de", "Meer van", "Więcej od", "Mais de"), and a "read more"
button after it ("Ver más", "Zobacz więcej", "Mehr lesen"): the name kept, the label cut."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, after: str = "", head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{after}</article></body></html>")


@pytest.mark.parametrize(("byline", "after", "names"), [
    # the author's page's slug
    ('<div class="byline">By <a href="/author/jane-doe">Doe, Jane</a></div>', "", ["Jane Doe"]),
    ('<div class="byline">By <a href="https://site.example/people/jane-doe-123/">Doe, Jane</a></div>', "",
     ["Jane Doe"]),
    # the name given first in a bio or an author box below the story
    ('<div class="byline">By Doe, Jane</div>', '<div class="bio">Jane Doe covers the city council.</div>',
     ["Jane Doe"]),
    ('<div class="byline">Von Müller, Hans</div>', '<aside class="author-box"><b>Hans Müller</b></aside>',
     ["Hans Müller"]),
    # in capitals, or with two given names: the forms that alone may be two things
    ('<div class="byline">By <a href="/author/jane-doe">DOE, JANE</a></div>', "", ["Jane Doe"]),
    ('<div class="byline">By <a href="/author/mary-jane-doe">Doe, Mary Jane</a></div>', "",
     ["Mary Jane Doe"]),
    # two names, each surname first
    ('<div class="byline">By Doe, Jane and Smith, John</div>',
     '<div class="bio">Jane Doe and John Smith cover the council.</div>', ["Jane Doe", "John Smith"]),
])
def test_surname_first_byline_with_evidence_is_one_name(byline: str, after: str, names: list[str]) -> None:
    assert extract(_page(byline, after)).authors == names


@pytest.mark.parametrize(("byline", "after", "lang", "names"), [
    # guards: no evidence, a name and its agency, two one-word names
    ('<div class="byline">By Doe, Jane</div>', "", "en", ["Doe", "Jane"]),
    ('<div class="byline">By Jane Doe, Reuters</div>', "", "en", ["Jane Doe", "Reuters"]),
    ('<div class="byline">Oleh Doe, Smith</div>', "", "id", ["Doe", "Smith"]),
    ('<div class="byline">Oleh Doe, Smith</div>', '<p class="bio">Doe Smith menulis.</p>', "id",
     ["Doe", "Smith"]),
    ('<div class="byline">By DOE, JANE</div>', "", "en", ["DOE", "JANE"]),
    ('<div class="byline">By Doe, Mary Jane</div>', "", "en", ["Doe", "Mary Jane"]),
    ('<div class="byline">By <a href="/author/jane-doe">Jane Doe</a>, Berlin</div>', "", "en", ["Jane Doe"]),
    # no comma between them: "and", "&"
    ('<div class="byline">By Doe and Jane</div>', '<div class="bio">Jane Doe covers the city.</div>', "en",
     ["Doe", "Jane"]),
    ('<div class="byline">Mac &amp; I</div>', '<p class="tag">I Mac</p>', "en", ["Mac", "I"]),
    # the byline's own words in its order are no evidence
    ('<div class="byline">By Doe, Jane</div>', '<p class="tag">Doe Jane</p>', "en", ["Doe", "Jane"]),
])
def test_two_words_without_evidence_stay_two(byline: str, after: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, after, lang=lang)).authors == names


@pytest.mark.parametrize(("byline", "lang", "names"), [
    ('<div class="author">Mehr Von Hans Müller</div>', "de", ["Hans Müller"]),
    ('<div class="author">MEHR VON Hans Müller</div>', "de", ["Hans Müller"]),
    ('<div class="author">Mehr von Hans Müller</div>', "de", ["Hans Müller"]),
    ("<div class=\"author\">Plus d'articles de Jean Dupont</div>", "fr", ["Jean Dupont"]),
    ('<div class="author">Más de Juan Pérez</div>', "es", ["Juan Pérez"]),
    ('<div class="author">Meer van Jan de Vries</div>', "nl", ["Jan de Vries"]),
    ('<div class="author">Więcej od Jan Kowalski</div>', "pl", ["Jan Kowalski"]),
    ('<div class="author">Mais de João Silva</div>', "pt", ["João Silva"]),
    ('<div class="author">More from Jane Doe</div>', "en", ["Jane Doe"]),
    ('<div class="author">Meer artikelen van Jan de Vries</div>', "nl", ["Jan de Vries"]),
    ('<div class="author">Mehr zum Autor Hans Müller</div>', "de", ["Hans Müller"]),
    # a button after the name: "read more" in its languages
    ('<div class="author">Juan Pérez Ver más</div>', "es", ["Juan Pérez"]),
    ('<div class="author">Jan Kowalski Zobacz więcej</div>', "pl", ["Jan Kowalski"]),
    ('<div class="author">João Silva Ver mais</div>', "pt", ["João Silva"]),
    ('<div class="author">Mario Rossi Leggi tutti</div>', "it", ["Mario Rossi"]),
    ('<div class="author">Jane Doe Read More</div>', "en", ["Jane Doe"]),
    ('<div class="author">Hans Müller Mehr lesen</div>', "de", ["Hans Müller"]),
    # guards: already right, and names that open or end with the label's word
    ('<div class="author">Anna Mehr</div>', "de", ["Anna Mehr"]),
    ('<div class="author">Jan Meer</div>', "nl", ["Jan Meer"]),
    ('<div class="author">Weitere Artikel von Hans Müller</div>', "de", ["Hans Müller"]),
    ('<div class="author">Altri articoli di Mario Rossi</div>', "it", ["Mario Rossi"]),
    ('<div class="author">Meer van der Berg</div>', "nl", ["Meer van der Berg"]),
    ('<div class="author">Mas de la Torre</div>', "es", ["Mas de la Torre"]),
])
def test_more_by_label_before_the_name(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang=lang)).authors == names
