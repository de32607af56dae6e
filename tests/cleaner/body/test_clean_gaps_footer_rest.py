"""The story's last paragraphs in a footer's text block (cleaner.body.gaps._closing_prose).

Some templates close the body in a block named for the article's footer that still holds the story's
rest: ``<div class="article-footer"><div class="article-footer__body">`` right after the body's block,
``<div class="entry-footer-text">`` beside it, ``<div class="artikel-footer__text">`` inside it.
trafilatura drops every block named "footer"; gaps puts two paragraphs or more of such a block back
after the last kept one. Guards: a footer's bio, tags or correction note, a footer text block holding
a single line (a credit), and one that does not follow the body's block right away stay out.
"""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.containers import container_of, first_kept_paragraph
from cleaner.body.gaps import with_dropped_paragraphs
from cleaner.extract import extract

EN = ["Port inspectors started work two weeks ahead of plan on Monday, the harbour authority said in a "
      "statement, after a winter of delays at the container terminal.",
      "The twelve new inspectors will check refrigerated cargo first, where most of the complaints from "
      "importers came from during the autumn.",
      "Shipping lines had warned that the queues at the gate cost them thousands of euros a day in "
      "fines and idle crews.",
      "The authority said it would publish the waiting times every week on its website from January.",
      "Unions welcomed the hiring but said the night shift still lacked staff to open all six lanes.",
      "A second group of inspectors is due to finish its training in March, the authority added."]
ES = ["El ayuntamiento aprobó el lunes un plan de doce millones de euros para renovar el alumbrado "
      "público de los barrios más antiguos de la ciudad.",
      "Las obras empezarán en enero por el casco histórico y seguirán por Triana y la Macarena antes "
      "del verano.",
      "Los vecinos se quejaban desde hace años de calles a oscuras y de farolas que se apagaban cada "
      "vez que llovía.",
      "La nueva iluminación consumirá la mitad de energía que la actual, según los técnicos municipales.",
      "La oposición pidió que las obras no coincidan con la Semana Santa para evitar cortes de tráfico.",
      "El pliego del contrato se publicará la próxima semana en el perfil del contratante."]
DE = ["Die Stadt will bis zum Sommer an allen Grundschulen neue Lüftungsanlagen einbauen, teilte die "
      "Bildungsdezernentin am Dienstag mit.",
      "Bislang sind erst elf von zweiundvierzig Schulen ausgestattet, in den übrigen wird weiter über "
      "die Fenster gelüftet.",
      "Der Elternbeirat hatte zuletzt einen verbindlichen Zeitplan gefordert und mit einer Petition "
      "Druck gemacht.",
      "Das Land übernimmt nach Angaben der Stadt rund zwei Drittel der Kosten von knapp neun Millionen Euro.",
      "Die Arbeiten sollen vor allem in den Ferien stattfinden, damit der Unterricht nicht leidet.",
      "Im Herbst will die Stadt dann auch die weiterführenden Schulen in den Blick nehmen."]


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _restored(page: str, kept: list[str]) -> list[str]:
    tree = lxml_html.fromstring(page)
    text = "\n".join(kept)
    return with_dropped_paragraphs(container_of(first_kept_paragraph(tree, text)), text).split("\n")


def _page(title: str, article: str) -> str:
    return (f"<html><body><nav><a href='/'>Home</a></nav><main><article class='post'><h1>{title}</h1>"
            f"{article}</article></main><footer class='site-footer'><p>© 2026</p></footer></body></html>")


PAGES = {
    "a footer's body right after the body's block (en)": (EN, _page(
        "Port inspectors start early",
        f"<div class='article-body'>{_ps(EN[:4])}</div><div class='article-footer'>"
        f"<div class='article-footer__body'>{_ps(EN[4:])}</div>"
        "<div class='article-footer__tags'><a href='/t/port'>Port</a></div></div>")),
    "a footer's text block beside the body's (es)": (ES, _page(
        "Doce millones para el alumbrado",
        f"<div class='entry-content'>{_ps(ES[:3])}</div><div class='entry-footer-text'>{_ps(ES[3:])}</div>"
        "<div class='entry-footer-meta'><span class='cat-links'><a href='/c'>Local</a></span></div>")),
    "a footer's text block in the body's (de)": (DE, _page(
        "Neue Lüftungsanlagen für Grundschulen",
        f"<div class='artikel-text'>{_ps(DE[:4])}<div class='artikel-footer__text'>{_ps(DE[4:])}</div>"
        "</div>")),
}


def test_the_rest_in_a_footers_text_block_comes_back() -> None:
    for why, (story, page) in PAGES.items():
        kept = story[:4] if "(en)" in why or "(de)" in why else story[:3]
        assert _restored(page, kept) == story, why
        assert extract(page).text.split("\n")[-2:] == story[-2:], why


BIO = ("Anna Berg has covered the port and transport for the paper since 2019, and before that reported "
       "on local government.")
NOTE = "This article was corrected on Tuesday to give the right number of inspectors at the terminal."


def test_a_footers_bio_note_single_line_or_a_block_further_on_stays_out() -> None:
    body = f"<div class='article-body'>{_ps(EN[:4])}</div>"
    footers = {
        "bio and note": f"<div class='article-footer'><div class='article-footer__bio'><p>{BIO}</p></div>"
                        f"<div class='article-footer__note'><p>{NOTE}</p></div></div>",
        "a single line": f"<div class='article-footer'><div class='article-footer__body'><p>{BIO}</p>"
                         "</div></div>",
        "not right after": f"<div class='share-bar'><a href='#'>Share</a></div><div class='comments'>"
                           f"<h3>Comments</h3></div><div class='footer-text'>{_ps(EN[4:])}</div>",
    }
    for why, footer in footers.items():
        page = _page("Port inspectors start early", body + footer)
        assert _restored(page, EN[:4]) == EN[:4], why
