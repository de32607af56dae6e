"""Author names (issue 14): meta tags and JSON-LD merged, bylines where they name nobody or one of
several, names that are not the article's authors left out, and the reporters or agency a dateline
credits. The names in one byline's text: ``test_clean_bylines``."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.author.authors import page_authors
from cleaner.author.bylines import byline_names
from cleaner.title.sitenames import site_keys


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def test_authors_outlet_in_meta_byline_people_first_capitals_and_dates() -> None:
    byline = ('<html><body><article><div class="byline">By <a rel="author" href="/u/1">Mike Wuerthele</a>'
              ' and <a rel="author" href="/u/2">Malcolm Owen</a></div><p>text</p></article></body></html>')
    tree = lxml_html.fromstring(byline)
    keys = site_keys("AppleInsider", "https://appleinsider.example/articles/1")
    # The meta tag names the outlet: the byline's people come first, the outlet after them.
    assert page_authors(tree, "AppleInsider", [], keys) == ["Mike Wuerthele", "Malcolm Owen", "AppleInsider"]
    # A CMS placeholder is not a person either.
    assert page_authors(tree, "Гость", [], set())[:2] == ["Mike Wuerthele", "Malcolm Owen"]
    # A person in the meta tag is kept as is (the byline is not read).
    assert page_authors(tree, "Anna Schmidt", [], keys) == ["Anna Schmidt"]
    # Capitals are title-cased, a date is not a name, case-duplicates are one name.
    meta = "TOM KRISHER; NOVEMBER 20, 2019 10:43; Tom Krisher"
    assert page_authors(tree, meta, [], keys) == ["Tom Krisher"]
    # A job title is not a name.
    assert page_authors(tree, "Greg Beacham; AP Sports Writer; Staff writer", [], keys) == ["Greg Beacham"]


def test_navigation_and_hidden_names_are_not_bylines_and_by_wins() -> None:
    # A logged-in user's name in the menu (hidden until login), then a "Follow" link, then the byline.
    tree = _tree('<nav><span class="username">Username</span></nav>'
                 '<div class="hidden"><span class="username">Someone Else</span></div>'
                 '<article><h1>Headline</h1><span class="tweet-authors">Follow @erinc</span>'
                 '<span class="pb-byline">By <a href="/people/erin">Erin Cunningham</a></span>'
                 '<p>Text of the story.</p></article>')
    assert page_authors(tree, None, []) == ["Erin Cunningham"]


def test_meta_one_author_byline_adds_coauthors_not_related_stories() -> None:
    tree = _tree('<article><div class="byline">By <a rel="author" href="/a">Anna Schmidt</a> and '
                 '<a rel="author" href="/b">Peter Müller</a></div><p>Story.</p></article>'
                 '<section class="related"><div class="teaser"><div class="meta"><span>'
                 '<a rel="author" href="/c">Other Writer</a></span></div></div></section>')
    # The meta tags name the first author only; the byline that names her names her co-author.
    assert page_authors(tree, "Anna Schmidt", []) == ["Anna Schmidt", "Peter Müller"]
    # Nobody in the meta tags: the byline's names, not the related story's author.
    assert page_authors(tree, None, []) == ["Anna Schmidt", "Peter Müller"]
    # A byline that does not name the meta tags' person is not read.
    assert page_authors(tree, "Clara Berg", []) == ["Clara Berg"]


def test_meta_and_json_ld_names_merged_by_letters() -> None:
    tree = _tree("<p>Story.</p>")
    assert page_authors(tree, "John C Welch", ["John C. Welch", "Mary Roe"]) == ["John C. Welch", "Mary Roe"]


def test_meta_names_read_as_a_byline() -> None:
    tree = _tree("<p>Story.</p>")
    # trafilatura splits the meta author at commas: the job title and credentials are still not names.
    assert page_authors(tree, "ROBERT BURNS; AP National Security Writer", []) == ["Robert Burns"]
    assert page_authors(tree, "Analysis by Chris Cillizza; CNN Editor-at-large", []) == ["Chris Cillizza"]
    # A middle initial more or less is the same person; a CMS placeholder is nobody.
    assert page_authors(tree, "Troy Smith; Troy L Smith", ["Troy L. Smith"]) == ["Troy Smith"]
    assert page_authors(tree, "Admin", []) == []


@pytest.mark.parametrize(("opening", "agency"), [
    ("New York (VNA) – It is necessary to strengthen cooperation", "VNA"),
    ("Moscow, Russia | XINHUA | Russian President Vladimir Putin appealed", "XINHUA"),
    ("MOSCOW, April 12. /TASS/. Russia and China have agreed", "TASS"),
    ("Nueva York, 4 mar (EFE).- Los representantes", "EFE"),
    ("WASHINGTON (AP) — The Senate voted", "AP"),
    ("МИНСК, 12 апреля (БЕЛТА) - Беларусь и Китай подписали", "БЕЛТА"),
    ("МОСКВА, 12 апреля. /ТАСС/. Россия и Китай договорились", "ТАСС"),
    # Not a dateline: an agency named inside a sentence.
    ("The ministers (AP) said the talks went well", None),
    ("Officials told Reuters / AFP that", None),
])
def test_dateline_agency(opening: str, agency: str | None) -> None:
    from cleaner.author.authors import dateline_agency

    assert dateline_agency(opening) == agency


@pytest.mark.parametrize(("opening", "names"), [
    ("新华社北京4月12日电（记者王晓明、李华）中俄两国有关部门", ["王晓明", "李华"]),
    ("新华社莫斯科4月12日电（记者 刘洋）俄罗斯总统", ["刘洋"]),
    ("(서울=연합뉴스) 김철수 기자 = 한국과 미국이", ["김철수"]),
    ("中俄两国有关部门12日在北京举行磋商（记者会上）", []),  # no reporter named in a dateline
    ("New York (VNA) – It is necessary", []),
    # The wire's credit line at the foot: reporters and writers, not editors, not the place they file
    # from; the agency the dateline credits after them.
    ("KYIV (Reuters) - The story.\n(Reporting by Anna Smith in Kyiv and Bob Jones in Lviv; Writing by Carl "
     "Wu; Editing by Dan Lee)", ["Anna Smith", "Bob Jones", "Carl Wu", "Reuters"]),
    ("The story.\n(Additional reporting by Anna Smith; Editing by Dan Lee)", ["Anna Smith"]),
    # a contributor only where the line names no reporter or writer, as in a byline
    ("KYIV (Reuters) - The story.\n(Reporting by Anna Smith in Kyiv; additional reporting by Bob Jones in "
     "Lviv; Editing by Dan Lee)", ["Anna Smith", "Reuters"]),
    ("The story.\n(Writing by Carl Wu; With additional reporting by Anna Smith)", ["Carl Wu"]),
    ("The story. Reporting by the team was careful; editing by others too.", []),
])
def test_dateline_reporters(opening: str, names: list[str]) -> None:
    from cleaner.author.authors import dateline_reporters

    assert dateline_reporters(opening) == names


def test_hebrew_name_keeps_its_final_geresh() -> None:
    # "זרחוביץ'" ends in tch, written with an apostrophe; trafilatura's cleaning strips it.
    assert byline_names("עמרי זרחוביץ'") == ["עמרי זרחוביץ'"]
    assert byline_names("ג'ק כהן") == ["ג'ק כהן"]
    tree = _tree("<p>Story.</p>")
    assert page_authors(tree, "עמרי זרחוביץ", ["עמרי זרחוביץ'"]) == ["עמרי זרחוביץ'"]
    assert byline_names("Anna Zaz'") == ["Anna Zaz"]  # not after a Hebrew letter: as before


def test_author_blocks_one_name_each_with_a_role_after_it() -> None:
    tree = _tree('<article><h1>Headline</h1><div class="byline">'
                 '<div class="author"><a href="/p/kari">Kari Nordmann</a><span>Journalist</span></div>'
                 '<div class="author"><a href="/p/ola">Ola Hansen</a><span>Journalist</span></div></div>'
                 '<p>Story.</p></article><section class="related"><ul>'
                 '<li><div class="author">Other Writer</div></li></ul></section>')
    assert page_authors(tree, None, []) == ["Kari Nordmann", "Ola Hansen"]
    assert byline_names("Jan Novák Journalistin") == ["Jan Novák"]


@pytest.mark.parametrize(("opening", "agency"), [
    ("YEREVAN, APRIL 12, ARMENPRESS. Armenia has signed the protocol", "ARMENPRESS"),
    ("ASTANA. KAZINFORM – The Senate passed the law", "KAZINFORM"),
    ("Moscow, 12 April, Interfax said that the talks", None),  # a sentence, not a dateline
])
def test_dateline_agency_after_the_place_and_day(opening: str, agency: str | None) -> None:
    from cleaner.author.authors import dateline_agency

    assert dateline_agency(opening) == agency


def test_recent_comments_widget_names_no_coauthors() -> None:
    tree = _tree('<article><h1>Headline</h1><p>Story.</p></article><div class="widget"><ul>'
                 '<li class="recentcomments"><span class="comment-author-link">Вера</span> к записи</li>'
                 '<li class="recentcomments"><span class="comment-author-link">Вася</span> к записи</li>'
                 '</ul></div>')
    assert len(page_authors(tree, None, [])) <= 1


@pytest.mark.parametrize("name", ["राहुल शर्मा", "สมชาย ใจดี", "சுரேஷ் குமார்", "প্রথম আলো"])
def test_final_vowel_signs_of_indic_and_thai_names_kept(name: str) -> None:
    # trafilatura's name cleaning takes a final vowel sign for punctuation ("राहुल शर्मा" -> "राहुल शर्म").
    assert byline_names(name) == [name]
    assert byline_names(f"โดย {name}") == [name]
    # The meta tag's name as trafilatura read it, with its ending cut: the page's meta tag has it whole.
    tree = lxml_html.fromstring(f'<html><head><meta name="author" content="{name}"></head><body><p>Story.</p>'
                                "</body></html>")
    assert page_authors(tree, name[:-1], []) == [name]
    assert page_authors(_tree("<p>Story.</p>"), name[:-1], [name]) == [name]


def test_byline_read_aloud_label_desks_published_and_source_labels() -> None:
    # The screen-reader byline list of a template ("Author, Name" / "Role, ..."): the person is found
    # and comes before the outlet JSON-LD names as the author.
    page = ('<h1>साइबर हमलों पर संयुक्त राष्ट्र में भारत ने क्या कहा</h1><ul role="list">'
            '<li><span role="text"><span class="bbc-1s7rh5b">Author, </span><span>अनंत झणाणे</span></span></li>'
            '<li><span role="text"><span class="bbc-1s7rh5b">पदनाम, </span>'
            '<span>बीबीसी संवाददाता</span></span></li></ul><p>text</p>')
    assert page_authors(_tree(page), None, ["BBC News हिंदी"], set(), ["BBC News हिंदी"]) \
        == ["अनंत झणाणे", "BBC News हिंदी"]
    assert byline_names("Author, Joe Tidy") == ["Joe Tidy"]
    # A desk or the staff reporter in Urdu, Hindi, Bengali is the author the page states, kept as
    # written; "published" in their words (and others') ends the name.
    for desk in ("ویب ڈیسک", "নিজস্ব প্রতিবেদক", "डिजिटल डेस्क", "Digital Desk"):
        assert byline_names(desk) == [desk], desk
    assert byline_names("ویب ڈیسک شائع") == ["ویب ڈیسک"]
    assert byline_names("Ana López publicado 12 de abril") == ["Ana López"]
    # A source credit in the byline's place: the agency.
    assert byline_names("Izvor: Tanjug") == ["Tanjug"]
    assert byline_names("Source: AFP") == ["AFP"]


def test_the_outlets_desk_is_kept_as_written() -> None:
    # The desk the page credits is the author it states (JSON-LD "Redacción Prensa Latina", a meta
    # "Reuters Staff"), as the article's true author list names it: not cut to the outlet's name.
    tree = _tree("<h1>Cuba y Vietnam firman memorando</h1><p>text</p>")
    keys = site_keys("Prensa Latina", "https://www.prensa-latina.cu/2024/04/12/x/")
    assert page_authors(tree, None, ["Redacción Prensa Latina"], keys) == ["Redacción Prensa Latina"]
    reuters = site_keys("Reuters", "https://www.reuters.com/x")
    assert page_authors(tree, "Reuters Staff", [], reuters) == ["Reuters Staff"]
    # A desk word before a name that is not the outlet's stays as written.
    assert page_authors(tree, None, ["Rédaction Paris"], keys) == ["Rédaction Paris"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Napisał: Jan Kowalski", ["Jan Kowalski"]), ("Yazan: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]), ("Szerző: Kovács Péter", ["Kovács Péter"]),
    ("מאת דנה כהן", ["דנה כהן"]), ("بقلم: أحمد حسن", ["أحمد حسن"]), ("نویسنده: علی رضایی", ["علی رضایی"]),
    ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    # a place or a role in lower case after the names
    ("By Anna Smith and Bob Jones in Kyiv", ["Anna Smith", "Bob Jones"]),
    ("Por: Juan Pérez / Enviado especial", ["Juan Pérez"]),
    # sentences are no bylines
    ("By continuing you agree to the terms of use of this site", []),
    ("كتب الوزير رسالة إلى البرلمان", []),
])
def test_plain_byline_under_the_headline_in_more_languages(byline: str, names: list[str]) -> None:
    page = f"<article><h1>Ministry tightens cyber incident rules</h1><p>{byline}</p><p>text</p></article>"
    assert page_authors(_tree(page), None, []) == names
