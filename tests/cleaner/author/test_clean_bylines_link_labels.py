"""An author's link whose label is capitalised as a name is (issue 14): "Alle Artikel", "Mehr vom
Autor", "Zur Autorenseite", "Profil anzeigen", "Tous ses articles", "Más artículos", "Tutti gli
articoli", "Alle artikelen", "Wszystkie artykuły", "All Articles". The label is no name: the name
is the slug of the author's page it links, else no one; a name before it is the name."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("label", "href", "names"), [
    ("Alle Artikel", "/autor/hans-mueller/", ["Hans Mueller"]),
    ("Alle Artikel des Autors", "/autor/hans-mueller/", ["Hans Mueller"]),
    ("Zur Autorenseite", "/autor/hans-mueller/", ["Hans Mueller"]),
    ("Zum Autorenprofil", "/autoren/anna-schmidt/", ["Anna Schmidt"]),
    ("Alle Beiträge Anzeigen", "/autor/anna-schmidt/", ["Anna Schmidt"]),
    ("Weitere Artikel »", "/autor/anna-schmidt/", ["Anna Schmidt"]),
    ("Tous Ses Articles", "/auteur/jean-dupont/", ["Jean Dupont"]),
    ("Voir Le Profil", "/auteur/jean-dupont/", ["Jean Dupont"]),
    ("Ver Perfil", "/autor/juan-perez/", ["Juan Perez"]),
    ("Más Artículos", "/autor/juan-perez/", ["Juan Perez"]),
    ("Tutti Gli Articoli", "/autore/mario-rossi/", ["Mario Rossi"]),
    ("Alle Artikelen", "/auteur/jan-de-vries/", ["Jan de Vries"]),
    ("Bekijk Profiel", "/auteur/jan-de-vries/", ["Jan de Vries"]),
    ("Wszystkie Artykuły", "/autor/jan-kowalski/", ["Jan Kowalski"]),
    ("Zobacz Profil", "/autor/jan-kowalski/", ["Jan Kowalski"]),
    ("All Articles", "/author/jane-doe/", ["Jane Doe"]),
    # ... in Czech, Swedish, Norwegian, Romanian, Russian, Turkish; a "follow" button
    ("Všechny Články", "/autor/jan-novak/", ["Jan Novak"]),
    ("Alla Artiklar", "/author/anna-svensson/", ["Anna Svensson"]),
    ("Flere Artikler", "/author/lars-hansen/", ["Lars Hansen"]),
    ("Toate Articolele", "/autor/ion-popescu/", ["Ion Popescu"]),
    ("Все Статьи Автора", "/author/ivan-petrov/", ["Ivan Petrov"]),
    ("Tüm Yazıları", "/yazar/ahmet-yilmaz/", ["Ahmet Yilmaz"]),
    ("Folgen", "/autor/hans-mueller/", ["Hans Mueller"]),
    ("View Profile", "/author/jane-doe/", ["Jane Doe"]),
])
def test_a_label_s_link_names_its_slug(label: str, href: str, names: list[str]) -> None:
    markup = f'<div class="author"><a rel="author" href="{href}">{label}</a></div>'
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize("markup", [
    '<div class="author">Alle Artikel</div>',
    '<div class="author"><a href="/ueber-uns/">Mehr vom Autor</a></div>',
    '<div class="author"><a rel="author" href="/autor/">Zur Autorenseite</a></div>',
    '<p class="byline">Von <a href="/ueber-uns/">Alle Artikel</a></p>',
    '<div class="author-box">Tous Ses Articles</div>',
    '<div class="author">Alle Artikel des Autors</div>',
    '<div class="author">Все материалы</div>',
])
def test_a_label_linking_no_author_s_page_names_no_one(markup: str) -> None:
    assert extract(byline_page(markup)).authors == []


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="author"><span>Hans Müller</span> <a href="/autor/hans-mueller/">Alle Artikel</a></div>',
     ["Hans Müller"]),
    ('<div class="author"><a rel="author" href="/autor/hans-mueller/">Hans Müller</a> '
     '<a rel="author" href="/autor/hans-mueller/">Alle Artikel</a></div>', ["Hans Müller"]),
    ('<p class="byline">Par <b>Jean Dupont</b> <a href="/auteur/jean-dupont/">Voir Son Profil</a></p>',
     ["Jean Dupont"]),
])
def test_the_name_before_the_label(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("Hans Müller Alle Artikel", ["Hans Müller"]),
    ("Jane Doe All Articles", ["Jane Doe"]),
    ("Hans Müller Alle Artikel des Autors", ["Hans Müller"]),
    ("Zur Autorenseite", []),
    # guards: names that hold a label's word; a label that names the person
    ("Jimmy Page", ["Jimmy Page"]),
    ("Jean Le Page", ["Jean Le Page"]),
    ("Von Anna Alle", ["Anna Alle"]),
    ("Jan Meer", ["Jan Meer"]),
    ("Alle Artikel von Hans Müller", ["Hans Müller"]),
    ("Tous les articles de Jean Dupont", ["Jean Dupont"]),
])
def test_byline_text(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize(("markup", "names"), [
    # guards: the link's text is the name; one capitalised word stays
    ('<div class="author"><a rel="author" href="/autor/hans-mueller/">Hans Müller</a></div>',
     ["Hans Müller"]),
    ('<p class="byline">By <a rel="author" href="/author/jane-doe/">Madonna</a></p>', ["Madonna"]),
    ('<p class="byline">By <a rel="author" href="/author/jimmy-page/">Jimmy Page</a></p>', ["Jimmy Page"]),
])
def test_a_named_link_keeps_its_text(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
