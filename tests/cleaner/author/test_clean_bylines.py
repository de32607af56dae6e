"""Reading one byline (``cleaner.author.bylines``): names split in the byline's language, prefixes, labels,
roles, credentials, credits, desks and wire agencies left out or kept as written."""

from __future__ import annotations

import pytest

from cleaner.author.byline_shapes import opens_byline
from cleaner.author.bylines import byline_names


@pytest.mark.parametrize(("byline", "names"), [
    ("By Anna Smith, Bob Jones and Carl Wu", ["Anna Smith", "Bob Jones", "Carl Wu"]),
    ("Par Sébastien Farcis", ["Sébastien Farcis"]),
    ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
     ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
    ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("Von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Иван Иванов и Пётр Петров", ["Иван Иванов", "Пётр Петров"]),
    ("Autor: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Text: Anna Schmidt / Foto: Bob Jones", ["Anna Schmidt"]),
    ("Reporting by Anna Smith; Editing by Bob Jones", ["Anna Smith"]),
    ("By Brenda Goodman, MA", ["Brenda Goodman"]),
    ("Joshua Sokol May 30, 2017", ["Joshua Sokol"]),
    # Not conjunctions or dates: an initial, a surname that is a month.
    ("Jan A Novak", ["Jan A Novak"]),
    ("By Theresa May", ["Theresa May"]),
    ("Follow @erinmcunningham", []),
    # A kind of piece before "by", a job title after the name, credentials, an agency glued on.
    ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
    ("By STEVE PEOPLES, AP National Political Writer", ["STEVE PEOPLES"]),
    ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ("ERIC TUCKER Associated Press", ["ERIC TUCKER", "Associated Press"]),
    ("Lisa Mascaro and Anna Smith Reuters", ["Lisa Mascaro", "Anna Smith", "Reuters"]),
])
def test_byline_names_in_many_languages(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_swahili_by_in_capitals_and_initials_glued_by_their_dot() -> None:
    assert byline_names("NA WANDERI KAMAU") == ["WANDERI KAMAU"]
    assert byline_names("Na Jeong-ju") == ["Na Jeong-ju"]  # a Korean family name, not "by"
    # "Б.Мөнхзул" as the byline writes it; a spaced initial keeps its dot.
    assert byline_names("Б.Мөнхзул") == ["Б.Мөнхзул"]
    assert byline_names("Ж.Болд, А.Иванов") == ["Ж.Болд", "А.Иванов"]
    assert byline_names("John C. Welch") == ["John C. Welch"]  # its initial's dot as printed (issue 14)


def test_desk_credits_stamp_labels_and_host_names_in_a_byline() -> None:
    # "X News Desk" is the desk the page credits, kept as written; a time stamp's label is no name;
    # the outlet's host name in the byline is kept as written.
    assert byline_names("TOI News Desk / TIMESOFINDIA.COM / Updated: Apr 12, 2024, 14:46 IST") \
        == ["TOI News Desk", "TIMESOFINDIA.COM"]
    assert byline_names("HT Digital Desk") == ["HT Digital Desk"]
    assert byline_names("Anna Desková") == ["Anna Desková"]


@pytest.mark.parametrize("desk", ["Redakcja", "Redakce", "Toimitus", "Redaktionen", "Szerkesztőség",
                                  "Redacția", "Haber Merkezi", "Redaksi", "Redactie", "Editorial"])
def test_the_desk_in_more_languages_is_kept_as_written(desk: str) -> None:
    # The desk is the author the page states; page_authors drops its bare word where a person signs.
    assert byline_names(desk) == [desk]
    assert byline_names(f"{desk}; Anna Smith") == [desk, "Anna Smith"]


def test_a_one_word_label_before_a_colon_is_no_part_of_the_name() -> None:
    assert byline_names("Toimetaja: Mari Peegel") == ["Mari Peegel"]
    assert byline_names("Piše: Ivana Kovačević") == ["Ivana Kovačević"]
    assert byline_names("Foto: Bob Jones") == []  # a photo credit, as before


@pytest.mark.parametrize(("byline", "names"), [
    ("Reporter: Anna Smith", ["Anna Smith"]),
    ("Korrespondentin: Anna Schmidt", ["Anna Schmidt"]),
    ("By Anna Smith (Reuters)", ["Anna Smith", "Reuters"]),
    ("Von Anna Schmidt, dpa", ["Anna Schmidt", "dpa"]),  # the agency as written
    ("Texto: Juan Pérez. Fotos: Ana Ruiz", ["Juan Pérez"]),
    ("Anna Smith, Correspondent in Kyiv", ["Anna Smith"]),
    ("By Anna Smith, Senior Reporter, and Bob Jones, Political Editor", ["Anna Smith", "Bob Jones"]),
    ("Written by Anna Smith, Photos by Bob Jones", ["Anna Smith"]),
])
def test_byline_roles_credits_and_agencies(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    # The "by" of a byline in the languages of the news, one form each.
    ("de Andrei Popescu", ["Andrei Popescu"]),  # Romanian
    ("di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),  # Italian
    ("Από τον Γιώργο Παπαδόπουλο", ["Γιώργος Παπαδόπουλος"]),  # Greek, the accusative in the nominative
    ("Από την Μαρία Παπαδοπούλου", ["Μαρία Παπαδοπούλου"]),
    ("Της Μαρίας Παπαδοπούλου", ["Μαρία Παπαδοπούλου"]),  # the genitive in the nominative
    ("Por Ana Souza e João Lima", ["Ana Souza", "João Lima"]),  # Portuguese
    ("Par Jean Dupont", ["Jean Dupont"]),  # French
    ("Door Jan de Vries", ["Jan de Vries"]),  # Dutch
    ("Autor: Jan Kowalski", ["Jan Kowalski"]),  # Polish, Czech
    ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),  # Turkish
    ("Автор: Олена Петренко", ["Олена Петренко"]),  # Ukrainian, Russian
    ("Theo Nguyễn Văn An", ["Nguyễn Văn An"]),  # Vietnamese
    ("Oleh Budi Santoso", ["Budi Santoso"]),  # Indonesian
    ("Av Anna Andersson och Lars Berg", ["Anna Andersson", "Lars Berg"]),  # Swedish
    ("Af Lars Nielsen", ["Lars Nielsen"]),  # Danish
    ("Teksti: Matti Virtanen", ["Matti Virtanen"]),  # Finnish
    ("Szerző: Kovács János", ["Kovács János"]),  # Hungarian
    ("Piše: Ivana Horvat", ["Ivana Horvat"]),  # Croatian
    ("记者：王晓明", ["王晓明"]),  # Chinese, the colon with no space after it
    ("文・山田太郎", ["山田太郎"]),  # Japanese
    ("김철수·이영희 기자", ["김철수", "이영희"]),  # Korean, two reporters and their title
    ("김철수 기자 kim@example.co.kr", ["김철수"]),
    ("Avtor: Maja Novak", ["Maja Novak"]),  # Slovenian
    ("Nga Arben Hoxha", ["Arben Hoxha"]),  # Albanian
    ("Müəllif: Elvin Məmmədov", ["Elvin Məmmədov"]),  # Azerbaijani
    ("लेखक: राहुल शर्मा", ["राहुल शर्मा"]),  # Hindi
    ("Penulis: Budi Santoso | Editor: Ani Lestari", ["Budi Santoso"]),  # Indonesian
    ("来源：新华社", ["新华社"]),  # a Chinese source credit: the agency
    # "and" in more languages, and the Chinese enumeration comma.
    ("de Andrei Popescu și Ioana Marinescu", ["Andrei Popescu", "Ioana Marinescu"]),
    ("Oleh Budi Santoso dan Ani Lestari", ["Budi Santoso", "Ani Lestari"]),
    ("Από τον Γιώργο Παπαδόπουλο και τη Μαρία Νικολάου", ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"]),
    ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("记者 王晓明、李华", ["王晓明", "李华"]),
])
def test_byline_prefixes_in_more_languages(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("text", "names"), [
    # The common words those prefixes also are stay part of a name where no name follows them.
    ("Theo Walcott", ["Theo Walcott"]),  # a name, not Vietnamese "by"
    ("Gal·la Puig", ["Gal·la Puig"]),  # a Catalan middle dot inside a word
])
def test_by_words_that_are_names_stay(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_lower_case_de_and_di_only_before_a_capitalised_name() -> None:
    assert opens_byline("de Andrei Popescu")
    assert not opens_byline("de la Fuente")  # a surname's particle
    assert not opens_byline("di marco rossi")
    assert not opens_byline("De Niro")
    assert not opens_byline("Nga Trang")  # a Vietnamese name, one word after "Nga"
    assert opens_byline("Penulis: Budi Santoso")
    assert not opens_byline("Tags: Politics, Harbour")  # any label with a colon is not a byline's


@pytest.mark.parametrize(("byline", "names"), [
    # Separators, the outlet after "for", links and addresses, a photographer's credit in brackets.
    ("Anna Smith | Reuters", ["Anna Smith", "Reuters"]),
    ("Anna Smith • 5 min read", ["Anna Smith"]),
    ("By ANNA SMITH FOR MAILONLINE", ["ANNA SMITH", "MAILONLINE"]),
    ("By Anna Smith for The Quayside Chronicle", ["Anna Smith", "The Quayside Chronicle"]),
    ("Written by Anna Smith for the magazine", ["Anna Smith"]),
    ("https://qc-online.example/author/anna-smith", []),
    ("By Anna Smith https://twitter.com/annasmith anna.smith@qc-online.example", ["Anna Smith"]),
    ("by Anna Smith (reporting) and Bob Jones (photography)", ["Anna Smith"]),
    ("by ライトハウス事務所 ／ 2016.12.01", ["ライトハウス事務所"]),
    ("Le Monde avec AFP", ["Le Monde", "AFP"]),
    ("By Anna Smith with Bob Jones", ["Anna Smith", "Bob Jones"]),
    ("By Anna Smith with additional reporting", ["Anna Smith"]),
    ("By Anna Smith, MA Quayside Health News", ["Anna Smith", "Quayside Health News"]),  # joined by a <br>
])
def test_byline_separators_links_and_bracketed_credits(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
