"""The plain helpers every test module shares: fast crawl settings, registry files, database access,
free ports and child processes, pages for the clean stage.

One home on purpose: ``conftest.py`` holds the fixtures (pytest finds those by itself); what a test
imports by name lives here (``from helpers import FAST_CRAWL, cursor, rows, write_registry``).
Before it, the same settings dict, registry-TOML builder and connect/commit/close dance were copied
into each test file, and drifted apart.
"""

from __future__ import annotations

import contextlib
import random
import re
import secrets
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import psycopg2.errors
import psycopg2.extensions
from psycopg2 import sql

from core.store.server import create_database, drop_database, with_database
from crawlers.registry import Source
from crawlers.registry_writer import write_sources

# The tests' folder (fixtures/, fake_dns/) and the repository, for a test file at any depth under tests/.
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

__all__ = ["FAST_CRAWL", "FAST_SOURCE", "child_pids", "connection", "cursor", "denied", "entry", "execute",
           "feed_registry", "free_port", "free_ports", "live_entry", "news_page", "rows", "scratch_database",
           "source", "write_registry"]

# -- crawling -----------------------------------------------------------------------------------------

# Politeness off for speed on loopback (the sample site runs on 127.0.0.1); everything else as in
# production. A test that needs another value spreads this: ``{**FAST_CRAWL, "DOWNLOAD_TIMEOUT": 2}``.
FAST_CRAWL: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RETRY_BACKOFF_BASE": 0.05,
    "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": True,
}
# The same in a registry entry's `settings`, which never lift the private-address guard (issue 15):
# the test's environment does (NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1).
FAST_SOURCE: dict[str, object] = {key: value for key, value in FAST_CRAWL.items()
                                  if key != "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"}


def entry(kind: str, url: str, **options: object) -> dict:
    """One ``[[source.entry_points]]`` table: ``entry("listing", url, link_pattern=..., max_pages=2)``."""
    return {"kind": kind, "url": url, **({"options": options} if options else {})}


def source(name: str, *entries: dict, domains: Iterable[str] = ("127.0.0.1",), **fields: object) -> dict:
    """One ``[[source]]`` table on the loopback sample site unless ``domains`` says otherwise;
    ``fields`` are the other registry keys (``spider="feed"``, ``settings=FAST_CRAWL``...)."""
    return {"name": name, "domains": list(domains), **fields, "entry_points": list(entries)}


def write_registry(path: Path, *sources: dict) -> Path:
    """``path`` holding a registry of ``sources``, for ``sources_file=`` or NEWSFLOW_SOURCES_FILE.
    Written by the project's own writer, which validates them and checks they read back."""
    return write_sources(path, [Source.model_validate(table) for table in sources])


def feed_registry(path: Path, base_url: str, name: str = "demo", **fields: object) -> Path:
    """``path`` holding one source, ``name``, that reads the sample site's RSS feed at ``base_url``."""
    return write_registry(path, source(name, entry("feed", f"{base_url}/feeds/rss.xml"), **fields))


# -- the database -------------------------------------------------------------------------------------


@contextmanager
def scratch_database(server_url: str, prefix: str) -> Iterator[str]:
    """The URL of a fresh, empty database ``<prefix>_<random>`` on ``server_url``'s server, for a
    program that migrates its own (``newsflow up``, ``demo``); dropped after, with the
    ``<name>_airflow`` metadata database ``newsflow up`` creates beside it."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    create_database(server_url, name)
    try:
        yield with_database(server_url, name)
    finally:
        drop_database(server_url, name + "_airflow")
        drop_database(server_url, name)


@contextmanager
def connection(url: str, *, autocommit: bool = False) -> Iterator[psycopg2.extensions.connection]:
    """A connection of its own: committed when the block ends (rolled back on error), always closed;
    with ``autocommit`` each statement commits by itself (CREATE DATABASE needs that).
    Plain psycopg2, not ``core.store.db.connect``: the test looks at the database from outside."""
    conn = psycopg2.connect(url, connect_timeout=10)
    try:
        if autocommit:
            # Not ``with conn``: since psycopg2 2.9 that opens a transaction even in autocommit mode.
            conn.autocommit = True
            yield conn
        else:
            with conn:
                yield conn
    finally:
        conn.close()


@contextmanager
def cursor(url: str, *, autocommit: bool = False) -> Iterator[psycopg2.extensions.cursor]:
    """A cursor on a ``connection()`` of its own: committed at the end of the block, then closed."""
    with connection(url, autocommit=autocommit) as conn, conn.cursor() as cur:
        yield cur


def rows(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """All rows of one parameterised statement, committed (none for a statement that returns none)."""
    with cursor(url) as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else []


def execute(url: str, sql: str, params: tuple = ()) -> None:
    """One parameterised statement that returns nothing, committed."""
    rows(url, sql, params)


def denied(conn: psycopg2.extensions.connection, statement: sql.Composable | str, params: tuple = ()) -> bool:
    """True when the statement fails for lack of privilege (any other error is raised): what a role
    from the ``login_as`` fixture may not do. ``conn`` is in autocommit mode, so a refusal aborts nothing."""
    try:
        with conn.cursor() as cur:
            cur.execute(statement, params)
    except psycopg2.errors.InsufficientPrivilege:
        return True
    return False


# -- processes and ports ------------------------------------------------------------------------------


def _ephemeral_start() -> int:
    """The first port of the kernel's range for client sockets' local ports."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def free_ports(n: int) -> list[int]:
    """``n`` distinct TCP ports on 127.0.0.1 that nothing listens on (all held open at once, so they
    differ). Also a port that refuses connections, for an unreachable source. Chosen below the kernel's
    ephemeral range, 1,000 below, room for an Airflow port's log servers at +713 and +714: a port from
    that range may become some client's local port (a database connection's) before the server binds
    it, as `newsflow up` found its log server's port taken in CI."""
    candidates = list(range(10000, _ephemeral_start() - 1000))
    random.shuffle(candidates)
    with contextlib.ExitStack() as stack:
        held: list[socket.socket] = []
        for port in candidates:
            if len(held) == n:
                break
            sock = stack.enter_context(socket.socket())
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            held.append(sock)
        while len(held) < n:  # a kernel whose ephemeral range starts low: any free port
            sock = stack.enter_context(socket.socket())
            sock.bind(("127.0.0.1", 0))
            held.append(sock)
        return [sock.getsockname()[1] for sock in held]


def free_port() -> int:
    (port,) = free_ports(1)
    return port


def child_pids(pid: int) -> list[int]:
    """PIDs whose parent is ``pid``, from /proc (zombies included: they are still children)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            # The command name in parentheses may hold spaces: fields after the last ')' are fixed.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


# -- pages for the clean stage ------------------------------------------------------------------------

def live_entry(n: int, label: str = "Update") -> list[str]:
    """The three paragraphs of entry ``n`` of a live blog on a storm, each opening with ``label`` (a
    test picks the entries' lines out of the extracted text by it)."""
    return [f"{label} {n}: crews in the northern districts report that the river has risen again "
            f"overnight, and the council has opened a shelter in school {n} for families from the streets.",
            f"{label} {n}, continued: the fire brigade says {n} roads are closed, and asks drivers to stay "
            "away from the embankment until the water has gone down and the engineers have checked it.",
            f"{label} {n}, last: the weather service expects more rain in the evening, and the mayor will "
            "speak to reporters at the town hall once the crews have finished their rounds of the area."]


def news_page(body: str, title: str = "Storm live") -> str:
    """A news page around ``body``: the site's navigation above it, its footer below."""
    return (f"<html><head><title>{title}</title></head><body><header><nav><ul><li><a href='/'>Home</a></li>"
            "<li><a href='/news'>News</a></li></ul></nav></header>"
            f"{body}<footer><p>About us</p><p>Contact</p></footer></body></html>")


COUNCIL_PARAGRAPH = ("The city council on Tuesday approved the budget after a debate that lasted into the "
                     "night, with members split over the cost of new schools and the repair of roads in the "
                     "district. ")
# Five paragraphs of that article, each the paragraph twice: the text under a byline test's headline.
COUNCIL_BODY = "".join(f"<p>{COUNCIL_PARAGRAPH * 2}</p>" for _ in range(5))


def byline_page(byline: str) -> str:
    """An article on the council's budget with ``byline`` (markup) between its headline and its text."""
    return (f"<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


# Two paragraphs of an article, for the line rules' tests: a junk line between them goes, they stay.
FERRY_BODY = [
    "The regional council voted on Tuesday to extend the ferry service through the winter, after months "
    "of complaints from islanders about cancelled crossings.",
    "The operator said it would add a second boat in December, and the council promised to review the "
    "timetable again in the spring once the new harbour is open.",
]

# One paragraph of an article for the one-line junk rules' tests: a junk line between two copies goes,
# a sentence with the same words stays.
LINE_BODY = ("Paragraph one: the regional council voted on Tuesday to extend the ferry service through the "
             "winter, after months of complaints.")


# -- filler prose: an article's text whose words no assertion reads -------------------------------------
# Before these, each test file built its own copy of the same few, most of them the same to the letter.

# One numbered line (``{n}``) that reads as a story's paragraph: long, no link, not a caption.
STORY_LINE = ("Paragraph {n} of the story, long enough to be prose and not a caption or a link, "
              "with a second clause to make it so.")
# The same for a blog post, a little shorter.
POST_LINE = ("Paragraph {n} of the post, long enough to be prose and not a caption or a link, "
             "with a second clause.")
# A science report's line, where the page is a report on a telescope's campaign.
PLANET_LINE = ("The team observed the planet on night {n} of the campaign, the report said after "
               "months of work with the new telescope.")


def prose(n: int = 6, line: str = STORY_LINE, tag: str = "p", after: str = "") -> str:
    """``n`` paragraphs ``<tag>line</tag>`` (``line``'s ``{n}`` counts from 0), each followed by ``after``."""
    return "".join(f"<{tag}>{line.format(n=i)}</{tag}>{after}" for i in range(n))



# A body test's numbered paragraph, and the numbers of those a cleaned text kept: the body tests
# check which of a story's paragraphs survive (the first 3 of 25, the rest after a box ...).
def budget_line(n: int) -> str:
    """Paragraph ``n`` of a council story, its number readable by :func:`kept_paragraphs`."""
    return STORY_LINE.format(n=n) + f" The council will vote on item {n} of the budget next week."


def budget_paragraphs(start: int, stop: int) -> str:
    """``<p>`` paragraphs ``start`` .. ``stop - 1`` of :func:`budget_line`."""
    return "".join(f"<p>{budget_line(n)}</p>" for n in range(start, stop))


def kept_paragraphs(text: str) -> set[int]:
    """The numbers of the story's paragraphs found in ``text``."""
    return {int(n) for n in re.findall(r"Paragraph (\d+) of the story", text)}

# A live blog's lead (two paragraphs on a storm) and its "Key points" list: the story's own text above
# the entries, which the live-blog body tests check is kept.
STORM_LEAD = ("<p>The storm reached the coast early on Tuesday, bringing winds of up to 120 km/h and heavy "
              "rain to the northern districts, where the river burst its banks overnight.</p>"
              "<p>Thousands of homes are without power, schools are closed and the council has asked people "
              "to stay indoors while crews clear fallen trees from the main roads.</p>")
STORM_KEY_POINTS = ("<div class='key-points'><h2>Key points</h2><ul>"
                    "<li>Winds of up to 120 km/h hit the coast on Tuesday morning.</li>"
                    "<li>Schools are closed and the council asks people to stay indoors.</li></ul></div>")

# Six paragraphs of a story, for a title test's page: the article under the headline being tested.
STORY_PROSE = prose()
# Six paragraphs of a blog post, and six teasers of a blog's "recent posts" sidebar beside it.
POST_PROSE = prose(line=POST_LINE)
RECENT_POSTS = prose(line="Recent post teaser number {n} with enough words to count as prose here.")
# Six lines of a report, each a <div> followed by <br>: a page with no <p> at all.
PLANET_DIVS = prose(line=PLANET_LINE, tag="div", after="<br>")

# One long paragraph of an article (a sentence eight times), for the date tests: the page's text, which
# its dates and clocks stand beside.
BUDGET_BODY = ("<p>" + "The council voted on the new budget after a long debate about schools and roads. " * 8
               + "</p>")

# Six numbered paragraphs of the ferry story, for the tail rules' tests: what stays above a marker and
# the other stories' headlines (FERRY_TEASERS) that go after it.
FERRY_PARAGRAPHS = [f"Paragraph {n}: the regional council voted on Tuesday to extend the ferry service "
                    "through winter, after months of complaints from the islands' residents."
                    for n in range(6)]
FERRY_TEASERS = ["Ferry fares to rise in spring", "Islanders protest at the harbour", "New pier opens in May"]

# One numbered line (``{n}``) of a long article in each of six languages, for the body-finding tests
# that need many paragraphs of text in a language: ``article_lines(10, "de")``.
ARTICLE_LINES = {
    "en": ("Paragraph {n}: the city council on Tuesday approved the budget after a debate that lasted into "
           "the night, with members split over the cost of {n} new schools and the repair of roads."),
    "es": ("Párrafo {n}: los agricultores del valle esperan que el nuevo plan de riego llegue antes del "
           "verano, cuando la sequía suele ser más dura en la región durante {n} semanas."),
    "de": ("Absatz {n}: Der Gemeinderat hat am Dienstag lange über die Sanierung der alten Brücke beraten "
           "und die Pläne gebilligt, obwohl die Kosten {n} Millionen Euro übersteigen."),
    "fr": ("Paragraphe {n} : le conseil municipal a adopté mardi le budget après un débat qui a duré toute "
           "la nuit, les élus étant divisés sur le coût de {n} nouvelles écoles et des routes."),
    "pt": ("Parágrafo {n}: a câmara municipal aprovou na terça-feira o orçamento depois de um debate que "
           "durou até de madrugada, com os vereadores divididos sobre o custo de {n} escolas novas."),
    "id": ("Paragraf {n}: Pemerintah kota pada hari Selasa menyetujui anggaran baru setelah perdebatan "
           "panjang tentang biaya pembangunan {n} sekolah baru dan perbaikan jalan di kabupaten itu."),
}


def article_lines(count: int, lang: str = "en") -> list[str]:
    """Lines 0 to ``count - 1`` of the article in ``lang`` (``ARTICLE_LINES``)."""
    return [ARTICLE_LINES[lang].format(n=n) for n in range(count)]


def two_paragraph_story(lang: str, title: str, after: str) -> str:
    """A story with no <article>/<main> around it: two paragraphs in the body's block
    (``<div class='article-text'>``), then ``after`` (markup) in the same column, a side box and a footer."""
    lines = article_lines(2, lang)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
            f"<div class='page-wrap'><div class='col-main'><h1>{title}</h1>"
            "<div class='byline'>By <a href='/author/anna'>Anna Berg</a></div>"
            f"<div class='article-text'><p>{lines[0]} {lines[0]}</p><p>{lines[1]} {lines[1]}</p></div>"
            f"{after}</div><aside class='related'><h3>Most read</h3><ul>"
            "<li><a href='/a'>Another story about the harbour and its new pier</a></li></ul></aside></div>"
            "<footer><p>© 2024 Example Times</p></footer></body></html>")


def report_line(n: int) -> str:
    """Line ``n`` of a report on housing rules: the article text of the body-container tests."""
    return (f"Paragraph {n} of the report: the housing council said on Monday that the new rules would apply "
            "to every plan in the region from next year, while critics argued that costs would rise.")

# STORY_LINE in Russian, and eight paragraphs of it: a title test's article in another script.
RU_STORY_LINE = ("Абзац {n} статьи, достаточно длинный, чтобы быть прозой, а не подписью или ссылкой, "
                 "и ещё одна часть.")
RU_PROSE = prose(8, RU_STORY_LINE)


def unsigned_story(lang: str, text: str, *, before: str = "", first: str = "", middle: str = "",
                   after: str = "") -> str:
    """An unsigned story of "Daily Site" (its og:site_name) in ``lang``: ``text`` as four paragraphs in
    an <article> under its <h1>, with ``before`` (markup) above them, ``first`` opening the first,
    ``middle`` after the second and ``after`` after the last; the site's header and footer around."""
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Headline - Daily Site</title>"
            "<meta property='og:site_name' content='Daily Site'></head><body><header><a href='/'>Daily Site"
            f"</a></header><article><h1>Headline of the story</h1>{before}<p>{first}{text}</p><p>{text}</p>"
            f"{middle}<p>{text}</p><p>{text}</p>{after}</article>"
            "<footer><p>© 2024 Daily Site</p></footer></body></html>")
