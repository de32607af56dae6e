"""A microdata author given as a Person scope that holds only its page's link, labelled, not named
(issue 14): "<div itemprop=author itemscope itemtype=https://schema.org/Person><a itemprop=url
href=/team/hans-mueller>Alle Artikel</a></div>". The scope says the link is the person's page, in
whatever folder: the name is its slug. Not an organisation's scope, nor the url of the organisation
a person works for."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.extract import extract

_PERSON = '<div class="author" itemprop="author" itemscope itemtype="https://schema.org/Person">'


@pytest.mark.parametrize(("inside", "names"), [
    ('<a itemprop="url" href="/profile/hans-mueller/">Alle Artikel</a>', ["Hans Mueller"]),
    ('<a itemprop="url" href="/team/hans-mueller">Zur Autorenseite</a>', ["Hans Mueller"]),
    ('<a itemprop="url" href="https://example.com/redaktion/anna-schmidt-12">Alle Artikel</a>',
     ["Anna Schmidt"]),
    ('<a itemprop="url" href="https://example.com/jean-dupont">Tous Ses Articles</a>', ["Jean Dupont"]),
    ('<a itemprop="url" href="/perfil/juan-perez/"><span itemprop="name">Más Artículos</span></a>',
     ["Juan Perez"]),
    ('<meta itemprop="url" content="/equipe/jean-dupont/"><a href="/equipe/jean-dupont/">Voir Le Profil</a>',
     ["Jean Dupont"]),
    ('<a itemprop="url" href="/profile/jane-doe/">View Profile</a>', ["Jane Doe"]),
])
def test_the_person_s_page_names_them(inside: str, names: list[str]) -> None:
    assert extract(byline_page(f"{_PERSON}{inside}</div>")).authors == names


@pytest.mark.parametrize(("markup", "names"), [
    # guards: a name in the scope; the url of the organisation a person works for; an organisation's
    # scope; a label's link that no scope says is a person's page
    (f'{_PERSON}<span itemprop="name">Hans Müller</span><a itemprop="url" href="/team/hm/">Alle Artikel</a>'
     '</div>', ["Hans Müller"]),
    (f'{_PERSON}<a itemprop="url" href="/team/hans-mueller/">Hans Müller</a></div>', ["Hans Müller"]),
    (f'{_PERSON}<span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization">'
     '<a itemprop="url" href="/ueber-uns/die-zeitung">Alle Artikel</a></span></div>', []),
    ('<div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
     '<a itemprop="url" href="/ueber-uns/die-zeitung">Alle Artikel</a></div>', []),
    ('<div class="author"><a href="/team/hans-mueller">Alle Artikel</a></div>', []),
])
def test_guards(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
