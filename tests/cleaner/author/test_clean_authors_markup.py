"""Byline markup of common templates that named no one or a label (issue 14): a React test id
(data-testid="authorName"), a Drupal field's label beside its value ("Author" / "Jane Doe"), a
Chinese article's information line ("来源：新华网 作者：王晓明 2024-04-12 14:46") and a Chinese
paper's "our reporter" ("本报记者 王晓明"); and a name beside its date and reading time."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.byline_shapes import opens_byline
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div data-testid="authorName">Jane Doe</div>', ["Jane Doe"]),
    ('<span data-testid="author-name">Jane Doe</span>', ["Jane Doe"]),
    ('<div class="field field--name-field-author"><div class="field__label">Author</div>'
     '<div class="field__item"><a href="/people/jane-doe">Jane Doe</a></div></div>', ["Jane Doe"]),
    ('<div class="field field--name-field-autor"><div class="field__label">Autor</div>'
     '<div class="field__item">Ana Ruiz</div></div>', ["Ana Ruiz"]),
    ('<div class="info">来源：新华网 作者：王晓明 2024-04-12 14:46</div>', ["王晓明"]),
    ("<p>发布时间：2024-04-12 来源：人民网 记者：李华 编辑：张三</p>", ["李华"]),
    ("<p>本报记者 王晓明</p>", ["王晓明"]),
    # Indonesian and Malay labels: the reporter, not the editor
    ("<p>Reporter: Budi Santoso<br>Editor: Ani Wijaya</p>", ["Budi Santoso"]),
    ("<div>Kontributor: Budi Santoso</div>", ["Budi Santoso"]),
    # a name beside its date and reading time, in an element named for the author
    ('<div class="byline">Jane Doe • 12 April 2024 • 5 min read</div>', ["Jane Doe"]),
    ('<div class="article-author">Jane Doe | 4 May 2024, 14:46</div>', ["Jane Doe"]),
    ('<span class="c-byline">Jane Doe | 4 May 2024, 14:46</span>', ["Jane Doe"]),
    ('<div class="author vcard"><span class="fn">Jane Doe</span></div>', ["Jane Doe"]),
    ('<div class="author">Jane Doe · 12.04.2024, 14:46 Uhr</div>', ["Jane Doe"]),
])
def test_template_bylines(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


def test_an_information_line_needs_its_author_field() -> None:
    assert byline_names("来源：新华网 作者：王晓明、李华 2024-04-12") == ["王晓明", "李华"]
    assert not opens_byline("来源：新华网 2024-04-12 14:46")  # a source alone names no author
    assert extract(byline_page("<p>来源：新华网 2024-04-12 14:46</p>")).authors == []
    assert byline_names("Author") == []  # a label alone
    # a sentence after the label is the text's
    sentence = "<p>Reporter: the council said it would not comment on the budget.</p>"
    assert extract(byline_page(sentence)).authors == []


@pytest.mark.parametrize("markup", [
    # an author box's sentence on the person: its subject is the name ('Jane Doe is' and the outlet
    # after "for" were two more authors)
    '<div class="author"><img alt="Jane Doe"><div><a href="/author/jane">Jane Doe</a>'
    "<p>Jane Doe is a reporter covering city hall for The Chronicle.</p></div></div>",
    '<div class="author-box"><h4>About the author</h4><p>Jane Doe is a reporter</p></div>',
])
def test_an_author_box_sentence_gives_its_subject(markup: str) -> None:
    assert extract(byline_page(markup)).authors == ["Jane Doe"]


@pytest.mark.parametrize(("text", "names"), [
    ("Anna Schmidt ist Redakteurin im Ressort Politik.", ["Anna Schmidt"]),
    ("Jean Dupont est journaliste au service politique.", ["Jean Dupont"]),
    ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
    ("By Jane Doe for The Chronicle", ["Jane Doe", "The Chronicle"]),  # a byline's "for" as before
])
def test_bio_sentences_in_other_languages(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize(("markup", "names"), [
    # a test id "byline" with the date beside the name
    ('<div data-testid="byline">Jane Doe | 4 May 2024, 14:46</div>', ["Jane Doe"]),
    # an outlet's hCard (its address) names no author
    ('<div class="vcard"><span class="fn org">The Chronicle</span>'
     '<div class="adr">1 Main Street</div></div>', []),
])
def test_test_id_bylines(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
