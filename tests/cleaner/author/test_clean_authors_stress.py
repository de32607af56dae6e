"""Author stress cases (issue 14): whole pages with the bylines, roles, credits, JSON-LD author kinds
and outlet names real news pages carry, across languages. Nothing here is copied from an
evaluation page."""

from __future__ import annotations

import json

import pytest
from helpers import STORY_PROSE

from cleaner.extract import extract

_PROSE = STORY_PROSE
_URL = "https://qc-online.example/news/1"


def _page(head: str = "", byline: str = "", lang: str = "en", after: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>Council approves harbour budget | Quayside Chronicle</title>'
            f"{head}</head><body><article><h1>Council approves harbour budget</h1>{byline}{_PROSE}{after}"
            "</article></body></html>")


def _ld(author: object) -> str:
    article = {"@type": "NewsArticle", "headline": "Council approves harbour budget",
               "datePublished": "2024-04-12", "author": author}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


_PERSON = {"@type": "Person", "name": "Anna Smith"}
_OUTLET = {"@type": "Organization", "name": "Quayside Chronicle"}
CASES = {
    "By A and B": (_page(byline='<div class="byline">By Anna Smith and Bob Jones</div>'),
                   ["Anna Smith", "Bob Jones"]),
    "Von A und B": (_page(byline='<span class="author">Von Anna Schmidt und Peter Müller</span>', lang="de"),
                    ["Anna Schmidt", "Peter Müller"]),
    "Автор": (_page(byline='<div class="author">Автор: Иван Иванов</div>', lang="ru"), ["Иван Иванов"]),
    # A byline in an element no author XPath names, opening with the language's "by".
    "Por A y B, unnamed element": (_page(byline='<p class="firma">Por Juan Pérez y María López</p>',
                                         lang="es"), ["Juan Pérez", "María López"]),
    "Par A et B, unnamed element": (_page(byline='<span class="signature">Par Jean Dupont et Marie Curie'
                                                 "</span>", lang="fr"), ["Jean Dupont", "Marie Curie"]),
    # ... but not a form's notice that opens with "By".
    "By clicking is no byline": (_page(after='<form><span class="policy">By clicking "Submit," you agree '
                                             "to the Terms of Use.</span></form>"), []),
    # A role as the byline's label, a role after the name, a credit that is not the text's.
    "Reporter: A": (_page(byline='<div class="byline">Reporter: Anna Smith</div>'), ["Anna Smith"]),
    "A, Staff Writer": (_page(byline='<div class="byline">By Anna Smith, Staff Writer</div>'),
                        ["Anna Smith"]),
    "Staff Writer alone": (_page(head='<meta name="author" content="Staff Writer">'), []),
    "Text and photo credits": (_page(byline='<div class="byline">Text: Anna Schmidt, Photo: Bob Jones'
                                            "</div>", lang="de"), ["Anna Schmidt"]),
    "photo credit in a caption": (_page(byline='<div class="byline">By Anna Smith</div>',
                                        after="<figure><figcaption>Photo: Bob Jones</figcaption></figure>"),
                                  ["Anna Smith"]),
    # JSON-LD authors: people and the outlet typed Organization; the outlet alone sends us to the byline.
    "JSON-LD person and organization": (_page(head=_ld([_PERSON, _OUTLET])),
                                        ["Anna Smith", "Quayside Chronicle"]),
    "JSON-LD organization only": (_page(head=_ld(_OUTLET), byline='<div class="byline">By Anna Smith</div>'),
                                  ["Anna Smith", "Quayside Chronicle"]),
    "JSON-LD author as a URL": (_page(head=_ld("https://qc-online.example/author/anna-smith"),
                                      byline='<a rel="author" href="/author/anna-smith">Anna Smith</a>'),
                                ["Anna Smith"]),
    # The meta tag names the outlet, which the tab title names after the headline.
    "meta author is the outlet": (_page(head='<meta name="author" content="Quayside Chronicle">',
                                        byline='<div class="byline">By Anna Smith</div>'),
                                  ["Anna Smith", "Quayside Chronicle"]),
    "meta author is a profile URL": (_page(head='<meta property="article:author" '
                                                'content="https://www.facebook.com/annasmith">',
                                           byline='<div class="byline">By Anna Smith</div>'), ["Anna Smith"]),
    "rel=author": (_page(byline='<div class="meta"><a rel="author" href="/u/anna">Anna Smith</a></div>'),
                   ["Anna Smith"]),
    # An agency in brackets after the name is an author too.
    "By A (Reuters)": (_page(byline='<div class="byline">By Anna Smith (Reuters)</div>'),
                       ["Anna Smith", "Reuters"]),
    "agency alone": (_page(byline='<div class="byline">Reuters</div>'), ["Reuters"]),
    # The meta tags or JSON-LD name the first author; a byline whose names no rel/itemprop marks lists
    # the others (not the place it gives: "Von A, Frankfurt").
    "meta one author, byline block two": (
        _page(head='<meta name="author" content="Anna Smith">',
              byline='<div class="byline">By Anna Smith and Bob Jones</div>'), ["Anna Smith", "Bob Jones"]),
    "JSON-LD one author, unnamed byline two": (
        _page(head=_ld(_PERSON), byline='<p class="firma">By Anna Smith and Bob Jones</p>'),
        ["Anna Smith", "Bob Jones"]),
    "byline gives a place": (
        _page(head=_ld(_PERSON), byline='<div class="byline">Von Anna Smith, Frankfurt</div>', lang="de"),
        ["Anna Smith"]),
    # ... nor a date or a staff credit glued to the date line beside the name.
    "byline with a glued date line": (
        _page(head=_ld(_PERSON),
              byline='<div class="byline">By Anna Smith, QC StaffUpdated: Nov 18, 2019</div>'),
        ["Anna Smith"]),
    "byline with a day": (_page(head=_ld(_PERSON), byline='<div class="byline">Anna Smith, October 9</div>'),
                          ["Anna Smith"]),
    # People first, the outlet the meta tag names after them.
    "meta outlet, JSON-LD person": (
        _page(head='<meta name="author" content="Quayside Chronicle">' + _ld(_PERSON)),
        ["Anna Smith", "Quayside Chronicle"]),
    "Japanese reporter's title": (_page(byline='<p class="author">山田太郎記者</p>', lang="ja"),
                                  ["山田太郎"]),
    # No one signs the story: it is the outlet's (JSON-LD publisher, else og:site_name), not a domain.
    "unsigned, JSON-LD publisher": (_page(head='<script type="application/ld+json">{"@type": "NewsArticle", '
                                               '"publisher": {"@type": "Organization", "name": "Quayside '
                                               'Chronicle"}}</script>'), ["Quayside Chronicle"]),
    "unsigned, og:site_name": (_page(head='<meta property="og:site_name" content="Quayside Chronicle">'),
                               ["Quayside Chronicle"]),
    "unsigned, site name is a domain": (_page(head='<meta property="og:site_name" '
                                                   'content="www.qc-online.example">'), []),
    # A plain line under the headline, in the languages' "by" (lower-case "de"/"di" only there).
    "Romanian de": (_page(byline="<p>de Andrei Popescu</p>", lang="ro"), ["Andrei Popescu"]),
    "Italian di": (_page(byline='<span class="firma">di Marco Rossi</span>', lang="it"), ["Marco Rossi"]),
    "Greek Από τον": (_page(byline="<p>Από τον Γιώργο Παπαδόπουλο</p>", lang="el"), ["Γιώργος Παπαδόπουλος"]),
    "Vietnamese Theo": (_page(byline="<p>Theo Nguyễn Văn An</p>", lang="vi"), ["Nguyễn Văn An"]),
    "Swedish Av": (_page(byline="<p>Av Anna Andersson</p>", lang="sv"), ["Anna Andersson"]),
    "Turkish Yazar": (_page(byline="<p>Yazar: Ahmet Yılmaz</p>", lang="tr"), ["Ahmet Yılmaz"]),
    "Finnish Teksti": (_page(byline="<p>Teksti: Matti Virtanen</p>", lang="fi"), ["Matti Virtanen"]),
    "Korean reporter": (_page(byline="<p>김철수 기자</p>", lang="ko"), ["김철수"]),
    # ... and a sentence that opens with the common word is none.
    "Romanian sentence": (_page(byline="<p>de la Primăria Capitalei au anunțat ieri bugetul nou.</p>",
                                lang="ro"), []),
    # Names then the outlet or an agency, with no "by": a byline; a photo's credit is none.
    "A | outlet": (_page(byline="<p>Anna Smith | Quayside Chronicle</p>"),
                   ["Anna Smith", "Quayside Chronicle"]),
    "A and B, outlet": (_page(byline="<div><span>Anna Smith and Bob Jones</span>, Quayside Chronicle</div>"),
                        ["Anna Smith", "Bob Jones", "Quayside Chronicle"]),
    "A / agency": (_page(byline="<p>Anna Smith / AFP</p>"), ["Anna Smith", "AFP"]),
    "photo credit agency / A": (_page(byline='<p class="pic">© Reuters / Bob Jones</p>'), []),
    "dateline place, outlet": (_page(byline="<p>Harbour Town, Quayside Chronicle | Updated : 12 April</p>"),
                               []),
    "two names no outlet": (_page(byline="<p>Anna Smith, Bob Jones</p>"), []),
    # A marked author element that names the outlet does not hide the byline that names a person.
    "itemprop=author is the outlet": (
        _page(byline='<span itemprop="author">Quayside Chronicle</span>'
                     '<div class="byline">By Anna Smith</div>'),
        ["Anna Smith", "Quayside Chronicle"]),
    # A link to the author's page as other templates name it, just below the headline.
    "link /by/": (_page(byline='<div class="meta"><a href="https://qc-online.example/by/anna-smith">'
                               "Anna Smith</a></div>"), ["Anna Smith"]),
    "link /staff/": (_page(byline='<div class="meta"><a href="/staff/anna-smith/">Anna Smith</a></div>'),
                     ["Anna Smith"]),
    "link /avtor/": (_page(byline='<div class="meta"><a href="/avtor/maja-novak">Maja Novak</a></div>',
                           lang="sl"), ["Maja Novak"]),
    "link /автор/, percent-escaped": (
        _page(byline='<div class="meta"><a href="/%D0%B0%D0%B2%D1%82%D0%BE%D1%80/ivan-ivanov">Иван Иванов</a>'
                     "</div>", lang="ru"), ["Иван Иванов"]),
    # A block the template names the author's in its language, with no "by" in it.
    "class autor": (_page(byline='<div class="nota-autor">Juan Pérez</div>', lang="es"), ["Juan Pérez"]),
    "class autore": (_page(byline='<span class="autore">Marco Rossi</span>', lang="it"), ["Marco Rossi"]),
    "class yazar": (_page(byline='<div class="yazar-adi">Ahmet Yılmaz</div>', lang="tr"), ["Ahmet Yılmaz"]),
    "class tac-gia": (_page(byline='<p class="tac-gia"><strong>Nguyễn Văn An</strong></p>', lang="vi"),
                      ["Nguyễn Văn An"]),
    "class signature, a sentence": (_page(byline='<p class="signature">Subscribe to our newsletter for more '
                                                 "stories</p>"), []),
    # A user name in the meta tags is the account, not the byline's name.
    "meta user name": (_page(head='<meta name="author" content="asmith">',
                             byline='<div class="byline">By Anna Smith</div>'), ["Anna Smith"]),
    "meta user name alone": (_page(head='<meta name="author" content="jdoe2">'), ["Jdoe2"]),
    # One word in the meta tags (a role, a desk, a brand the CMS put there) gives way to a byline
    # naming people: they come first, the word after them.
    "meta one capitalised word": (_page(head='<meta name="author" content="Mononym">',
                                        byline='<div class="byline">By Anna Smith</div>'),
                                  ["Anna Smith", "Mononym"]),
    "meta one word, the byline's": (_page(head='<meta name="author" content="Mononym">',
                                          byline='<div class="byline">By Mononym</div>'), ["Mononym"]),
    "meta one word, no byline": (_page(head='<meta name="author" content="Mononym">'), ["Mononym"]),
    # The marked author element: its byline's unmarked co-author counts; an author box further down
    # does not outrank the byline under the headline.
    "rel=author and an unmarked co-author": (
        _page(byline='<div class="byline">By <a rel="author" href="/author/anna">Anna Smith</a> and Bob Jones'
                     "</div>"), ["Anna Smith", "Bob Jones"]),
    "rel=author in an author box below": (
        _page(byline='<div class="story-meta">By Anna Smith</div>',
              after='<aside><div class="bio"><a rel="author" href="/author/carl">Carl Wu</a></div></aside>'),
        ["Anna Smith"]),
    "rel=author above the headline": (
        '<html><head><title>T</title></head><body><header><a rel="author" href="/author/anna">Anna Smith</a>'
        f"</header><article><h1>Council approves harbour budget</h1><p>By Bob Jones</p>{_PROSE}</article>"
        "</body></html>", ["Anna Smith"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_author_stress_case(case: str) -> None:
    page, names = CASES[case]
    assert extract(page, _URL).authors == names
