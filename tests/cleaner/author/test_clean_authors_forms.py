"""Author names in the forms real pages write them (issue 14): a credit line without "by" at the top
of the body, Greek names in the genitive or accusative, names with capitalised particles, and a
one-word author field that stands in for the page's byline."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.author.authors import page_authors
from cleaner.author.byline_shapes import name_length
from cleaner.author.bylines import byline_names
from cleaner.author.credit_lines import credit_line_names
from cleaner.author.greek_bylines import nominative
from cleaner.body.opening import signature

FIRST = "The city council on Tuesday approved the budget after a debate that lasted into the night."
SECOND = "The vote was seven to four, with two members absent from the chamber."


def _tree(body: str, head: str = ""):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# --- credit lines without "by" -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("Jane Doe | Reuters", ["Jane Doe", "Reuters"]),
    ("Jane Doe, AP", ["Jane Doe", "AP"]),
    ("Jane Doe and John Roe / AFP", ["Jane Doe", "John Roe", "AFP"]),
    ("Carlos De La Cruz Gómez – EFE", ["Carlos De La Cruz Gómez", "EFE"]),
])
def test_a_credit_line_at_the_top_goes_to_the_authors(line: str, names: list[str]) -> None:
    text, signed = signature(_tree(""), "\n".join([line, FIRST, SECOND]), [])
    assert (text, signed) == (f"{FIRST}\n{SECOND}", names)


def test_a_credit_line_naming_the_outlet_the_page_names() -> None:
    line = "Jane Doe, The Valley Courier"
    # The outlet is no wire agency: a credit line where the page names it (its meta tags, say).
    assert credit_line_names(line) == []
    text, signed = signature(_tree(""), "\n".join([line, FIRST, SECOND]), ["The Valley Courier"])
    assert (text, signed) == (f"{FIRST}\n{SECOND}", ["Jane Doe", "The Valley Courier"])


@pytest.mark.parametrize("line", [
    "New rules for the port, AP said",  # a sentence: words in lower case
    "Photo: Jane Doe | Reuters",  # a photo's credit
    "Jane Doe | Reuters | 12 April 2024",  # a date line
    "Reuters | Jane Doe",  # the agency first: not how a byline credits
])
def test_lines_that_are_no_credit_line_stay(line: str) -> None:
    text = "\n".join([line, FIRST, SECOND])
    assert signature(_tree(""), text, []) == (text, [])


def test_a_credit_line_below_the_lead_stays() -> None:
    text = "\n".join([FIRST, SECOND, "A third paragraph follows here.", "Jane Doe | Reuters", SECOND])
    assert signature(_tree(""), text, [])[1] == []


# --- Greek bylines ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("byline", "names"), [
    ("Του Γιώργου Παπαδόπουλου", ["Γιώργος Παπαδόπουλος"]),  # masculine genitive
    ("του Γιώργου Παπαδόπουλου", ["Γιώργος Παπαδόπουλος"]),
    ("ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"]),
    ("Του Αλέξη Τσίπρα", ["Αλέξης Τσίπρας"]),
    ("Του Νίκου Γεωργίου", ["Νίκος Γεωργίου"]),  # a patronymic surname does not decline
    ("Της Μαρίας Παπαδοπούλου", ["Μαρία Παπαδοπούλου"]),  # feminine: the surname does not decline
    ("Της Ελένης Παπαδάκη", ["Ελένη Παπαδάκη"]),
    ("Από τον Κώστα Παπαδάκη", ["Κώστας Παπαδάκης"]),  # masculine accusative
    ("Από την Ελένη Νικολάου", ["Ελένη Νικολάου"]),  # the feminine accusative is the nominative
    ("Του Γιώργου Παπαδόπουλου και της Μαρίας Κωνσταντίνου", ["Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου"]),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("Γράφουν οι Γιώργος Παπαδόπουλος και Μαρία Κωνσταντίνου",
     ["Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου"]),
])
def test_greek_bylines_give_the_nominative(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_nominative_leaves_other_scripts_and_unknown_cases() -> None:
    assert nominative("John Smith", "gen_m") == "John Smith"
    assert nominative("Γιώργου Παπαδόπουλου", None) == "Γιώργου Παπαδόπουλου"


@pytest.mark.parametrize("byline", ["Του Γιώργου Παπαδόπουλου", "του Γιώργου Παπαδόπουλου",
                                    "Γράφει ο Γιώργος Παπαδόπουλος"])
def test_greek_byline_under_the_headline_is_taken(byline: str) -> None:
    tree = _tree(f"<article><h1>Τίτλος του άρθρου</h1><p>{byline}</p><p>Κείμενο.</p></article>")
    assert page_authors(tree, None, []) == ["Γιώργος Παπαδόπουλος"]


# --- particles -------------------------------------------------------------------------------------

def test_particles_are_not_counted_as_name_words() -> None:
    assert name_length("Carlos De La Cruz Gómez") == 3
    assert name_length("Anna van der Berg") == 2
    assert name_length("Aoife Ní Chonchúir") == 2
    assert name_length("One Two Three Four Five") == 5


@pytest.mark.parametrize("name", ["Carlos De La Cruz Gómez", "Maria Do Carmo Souza", "João do Rio",
                                  "Ursula Von Der Leyen", "Aoife Ni Chonchuir", "Jan De Vries"])
def test_names_with_particles_are_taken(name: str) -> None:
    # A "by" line under the headline, no meta tags.
    tree = _tree(f"<article><h1>Headline</h1><p>By {name}</p><p>{FIRST}</p></article>")
    assert page_authors(tree, None, []) == [name]
    # A co-author beside the meta tags' one.
    tree = _tree(f'<article><div class="byline">By Anna Smith and {name}</div><p>{FIRST}</p></article>')
    assert page_authors(tree, "Anna Smith", []) == ["Anna Smith", name]


def test_a_credential_in_capitals_is_still_no_coauthor() -> None:
    tree = _tree(f'<article><div class="byline">By Anna Smith and DO Jones</div><p>{FIRST}</p></article>')
    assert page_authors(tree, "Anna Smith", []) == ["Anna Smith"]


# --- a one-word author field ----------------------------------------------------------------------

@pytest.mark.parametrize("meta", ["Organization", "Newsdesk", "Sitebrand"])
def test_one_word_meta_gives_way_to_the_byline(meta: str) -> None:
    tree = _tree('<article><h1>Headline</h1><div class="byline">By Anna Smith and Bob Jones</div>'
                 f"<p>{FIRST}</p></article>")
    assert page_authors(tree, meta, []) == ["Anna Smith", "Bob Jones", meta]


def test_one_word_meta_that_is_no_stand_in_stays_alone() -> None:
    tree = _tree(f'<article><h1>Headline</h1><div class="byline">By Anna Smith</div><p>{FIRST}</p></article>')
    # An agency stands in: the byline's person first (test_clean_authors_agency_meta.py)
    assert page_authors(tree, "AFP", []) == ["Anna Smith", "AFP"]
    # Initials, a person's two words: as before.
    assert page_authors(tree, "AS", []) == ["AS"]
    assert page_authors(tree, "Clara Berg", []) == ["Clara Berg"]
    # A placeholder names no one, and a desk's bare word stood in for the person: the byline alone.
    assert page_authors(tree, "Admin", []) == ["Anna Smith"]
    assert page_authors(tree, "Staff", []) == ["Anna Smith"]
    assert page_authors(tree, "Web Desk", []) == ["Anna Smith"]


# --- what a byline says beside its names ---------------------------------------------------------

@pytest.mark.parametrize(("byline", "names"), [
    ("Par Jean Dupont, envoyé spécial à Kiev", ["Jean Dupont"]),  # the role and place, in lower case
    ("Por Juan Pérez, corresponsal en Madrid", ["Juan Pérez"]),
    ("Anna Schmidt, mit Material von dpa", ["Anna Schmidt", "dpa"]),  # the agency it credits counts
    ("By Anna Smith, Senior Reporter, and Bob Jones", ["Anna Smith", "Bob Jones"]),
    ("Jane Doe Follow @jdoe", ["Jane Doe"]),  # a button's label
    ("Jos&eacute; P&eacute;rez &amp; Jane O&#8217;Brien", ["José Pérez", "Jane O’Brien"]),  # escaped twice
    ("By Dr. Jane Doe and Prof. Dr. Hans Müller", ["Jane Doe", "Hans Müller"]),  # titles before the names
    ("Dr Doe", ["Dr Doe"]),  # ... not where the name is one word
    ("Written by Jane Doe Medically Reviewed by John Roe, MD", ["Jane Doe"]),  # the reviewer is no author
    ("Last Updated January 7", []),  # a time stamp's label
    # a job title in the byline's language, and the place after it
    ("Von Anna Schmidt, Korrespondentin in Paris", ["Anna Schmidt"]),
    ("Mario Rossi, Inviato a Kiev", ["Mario Rossi"]),
    ("Jean Dupont, Rédacteur en chef", ["Jean Dupont"]),
    ("Иван Иванов, Корреспондент", ["Иван Иванов"]),
    ("Jane Doe, Head of Research", ["Jane Doe"]),
    ("Jane Doe, Editor, and John Roe", ["Jane Doe", "John Roe"]),
])
def test_what_a_byline_says_beside_its_names_is_no_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


# --- a "by" line at the top of the body that the page's authors do not name -----------------------

@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Von Anna Schmidt", ["Anna Schmidt"]),
    ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("Του Γιώργου Παπαδόπουλου", ["Γιώργος Παπαδόπουλος"]),
])
def test_a_by_line_at_the_top_goes_to_the_authors(line: str, names: list[str]) -> None:
    text, signed = signature(_tree(""), "\n".join([line, FIRST, SECOND]), ["The Valley Courier"])
    assert (text, signed) == (f"{FIRST}\n{SECOND}", names)


@pytest.mark.parametrize("line", [
    "By the end of the week, the text was agreed.",  # a sentence
    "By the numbers",  # a subheading: words in lower case
    "Text Without Notes",  # "Text" is a byline's label with its colon only
    "By Jane Doe.",  # a sentence's end
])
def test_lines_opening_with_by_that_are_no_byline_stay(line: str) -> None:
    text = "\n".join([line, FIRST, SECOND])
    assert signature(_tree(""), text, []) == (text, [])


def test_a_credit_line_at_the_foot_goes_to_the_authors() -> None:
    text, signed = signature(_tree(""), "\n".join([FIRST, SECOND, "Jan Kowalski / PAP"]), [])
    assert (text, signed) == (f"{FIRST}\n{SECOND}", ["Jan Kowalski", "PAP"])
    # A last sentence that names an agency stays.
    body = "\n".join([FIRST, SECOND, "The figures were first reported by Reuters."])
    assert signature(_tree(""), body, []) == (body, [])
