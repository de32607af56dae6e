"""An author link whose text is the link's label, not the name (issue 14): WordPress themes print
the byline's author as "<a rel="author" href="/author/jane-doe/">View all posts</a>" or "More
from this author"; the name is the slug of the author's page it links. A link whose text is a
name keeps its text."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="byline"><a rel="author" href="/author/jane-doe/">View all posts</a></div>', ["Jane Doe"]),
    ('<div class="author-box"><a rel="author" href="https://example.com/author/jane-doe/">View all posts by '
     'this author</a></div>', ["Jane Doe"]),
    ('<span class="author"><a rel="author" href="/autor/juan-perez-garcia/">Ver todos los artículos</a>'
     '</span>', ["Juan Perez Garcia"]),
    ('<p class="byline"><a itemprop="author" href="/author/anna-van-der-berg-12">more articles</a></p>',
     ["Anna van der Berg"]),
    # one word in lower case is enough; an author's link with no rel under the headline
    ('<p class="byline"><a rel="author" href="/author/jane-doe/">All articles</a> | 12 April 2024</p>',
     ["Jane Doe"]),
    ('<span class="byline">by <a href="/author/jane-doe/">View all posts</a></span>', ["Jane Doe"]),
    ('<div class="author-link"><a href="/author/jane-doe/">Read more from this author</a></div>',
     ["Jane Doe"]),
    # the label names the person in other languages: as written, accents and all
    ('<div class="author-box"><a rel="author" href="/autor/juan-perez/">'
     'Ver todas las noticias de Juan Pérez</a></div>', ["Juan Pérez"]),
    ('<div class="author-box"><a rel="author" href="/auteur/jerome-dupont/">'
     'Tous les articles de Jérôme Dupont</a></div>', ["Jérôme Dupont"]),
])
def test_a_label_s_link_names_its_slug(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("markup", "names"), [
    # guards: the link's text is the name; a label linking no author's page names no one
    ('<div class="byline"><a rel="author" href="/author/jdoe/">Jane Doe</a></div>', ["Jane Doe"]),
    ('<div class="byline">By <a rel="author" href="/author/jane-doe/">Jane Smith</a></div>', ["Jane Smith"]),
    ('<div class="byline">By <a rel="author" href="/author/jsmith/">jane smith</a></div>', ["Jane Smith"]),
    ('<div class="byline"><a rel="author" href="/about-us/">View all posts</a></div>', []),
    # one capitalised word is a name as much as a label; a name in another script than the slug's
    ('<p class="byline">By <a rel="author" href="/author/jane-doe/">Madonna</a></p>', ["Madonna"]),
    ('<p class="byline">By <a rel="author" href="/author/ivan-petrov/">Иван Петров</a></p>', ["Иван Петров"]),
    # a headshot's link, no text: the named link's spelling ("McDonald", not the slug's "Mcdonald")
    ('<div class="byline"><a rel="author" href="/writers/jane-mcdonald/"><img src="/j.png" alt=""></a> By '
     '<a rel="author" href="/writers/jane-mcdonald/">Jane McDonald</a></div>', ["Jane McDonald"]),
])
def test_a_named_link_keeps_its_text(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("label", "names"), [
    ("Ver todas las noticias de Juan Pérez", ["Juan Pérez"]),
    ("Alle Artikel von Hans Müller", ["Hans Müller"]),
    ("Weitere Beiträge von Anna Schmidt", ["Anna Schmidt"]),
    ("Tous les articles de Jean Dupont", ["Jean Dupont"]),
    ("Todos os artigos de Ana Souza", ["Ana Souza"]),
    ("Tutti gli articoli di Mario Rossi", ["Mario Rossi"]),
    ("Más artículos de Juan Pérez", ["Juan Pérez"]),
])
def test_all_the_articles_by(label: str, names: list[str]) -> None:
    assert byline_names(label) == names
