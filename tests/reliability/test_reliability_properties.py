"""Property-based tests (hypothesis) on everything that parses outside input: text cleaning, article
extraction, the source registry, feed and sitemap parsing. More than 10,000 generated cases in all
(see ``EXAMPLES``); the property common to all is "no unhandled error", plus one or two invariants
each. Hostile inputs (entity expansion, gzip bombs, endless pages...) are in
``test_reliability_hostile.py``.
"""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.extract import Extracted, extract
from core.text import clean_text
from crawlers.parsing import HostileXML, MalformedXML, Sitemap, parse_feed, parse_sitemap
from crawlers.registry import RegistryError, parse_sources

# Examples per test, chosen so that the whole file runs in well under a minute on one busy core.
# Feeds and sitemaps each add a quarter more for the round-trip tests: 10,300 generated cases in all.
EXAMPLES = {"clean_text": 4300, "extract": 300, "registry": 1200, "registry_bad": 500, "feed": 1600,
            "sitemap": 1600}
assert sum(EXAMPLES.values()) + 2 * (EXAMPLES["sitemap"] // 4) >= 10_000
FAST = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- text cleaning ---------------------------------------------------------------------------------

# Pieces that trigger the cleaner's rules (breadcrumbs, credits, date banners, tails, placeholders).
JUNK_WORDS = ["Home", "/", ">", "Photo:", "Reuters", "(Photo: VNA)", "File Photo", "See also", "Related",
              "Read more", "2021", "Jan", "Monday", "12:01", "GMT", "Updated:", "{{ title }}", "%%AUTHOR%%",
              "Leave a reply", "3 comments", "hinh anh 1", "the", "UN", "cyber", "norms", "OEWG", "\n",
              "\n\n", " ", "\t", "\u00a0", "\u200b", "\r\n", ".", ",", "Ф", "中文", "é"]
messy_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(JUNK_WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(JUNK_WORDS), st.text(max_size=6)), max_size=40).map("".join),
)


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["clean_text"], **FAST)
@given(messy_text)
def test_clean_text_is_total_and_idempotent(text: str) -> None:
    once = clean_text(text)
    assert isinstance(once, str)
    assert clean_text(once) == once
    lines = once.split("\n") if once else []
    assert all(line and line == line.strip() for line in lines), "blank or padded paragraphs left"


# --- extraction ------------------------------------------------------------------------------------

TAGS = ["p", "div", "article", "main", "section", "span", "a", "h1", "h2", "li", "ul", "table", "tr",
        "td", "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg",
        "iframe", "time", "figure", "figcaption", "blockquote", "pre", "br", "img", "meta", "title"]
ATTRS = ["class", "id", "href", "src", "content", "property", "name", "datetime", "itemprop", "lang",
         "charset", "http-equiv", "rel"]
attr_text = st.text(st.characters(exclude_characters='"'), max_size=20)


def _element_html(tag: str, attrs: list[tuple[str, str]], kids: list[str], close: bool) -> str:
    attributes = "".join(f' {name}="{value}"' for name, value in attrs)
    return f"<{tag}{attributes}>{''.join(kids)}" + (f"</{tag}>" if close else "")


element = st.recursive(
    st.one_of(st.text(max_size=80), st.sampled_from(JUNK_WORDS),
              st.sampled_from(["&amp;", "&lt;", "&#0;", "&#xD800;", "&bogus;", "<!-- c -->", "<![CDATA[x]]>",
                               "<?xml version='1.0'?>", "</p>", "<p", "<<<", "]]>", "&nbsp;"])),
    lambda children: st.builds(
        _element_html,
        st.sampled_from(TAGS),
        st.lists(st.tuples(st.sampled_from(ATTRS), attr_text), max_size=3),
        st.lists(children, max_size=6),
        st.booleans(),
    ),
    max_leaves=40,
)
html_document = st.builds(
    lambda head, body, declared, actual: (
        f'<!DOCTYPE html><html><head><meta charset="{declared}">{head}</head><body>{body}</body></html>'
        .encode(actual, errors="replace")
    ),
    st.lists(element, max_size=3).map("".join),
    st.lists(element, max_size=8).map("".join),
    st.sampled_from(["utf-8", "windows-1251", "iso-8859-1", "shift_jis", "bogus-charset", ""]),
    st.sampled_from(["utf-8", "cp1251", "latin-1", "utf-16", "shift_jis"]),
)
any_page = st.one_of(html_document, element, st.binary(max_size=2000), st.text(max_size=2000))


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["extract"], **FAST)
@given(any_page, st.one_of(st.none(), st.sampled_from(["http://127.0.0.1/a.html", "https://x.example/p?q=1",
                                                       "not a url", ""])))
def test_extract_never_raises_and_returns_clean_text(page: str | bytes, url: str | None) -> None:
    result = extract(page, url)
    assert isinstance(result, Extracted)
    assert isinstance(result.text, str)
    assert clean_text(result.text) == result.text, "extract() must return text already cleaned"
    assert result.language is None or re.fullmatch(r"[a-z]{2,3}", result.language)


# --- source registry -------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    """A TOML basic string (every control character escaped; hypothesis makes no surrogates)."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def registry_toml(sources: list[dict]) -> str:
    blocks = []
    for source in sources:
        lines = ["[[source]]"] + [f"{toml_string(k)} = {toml_value(v)}" for k, v in source.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# Built from alphabets rather than st.from_regex: the same shapes at a fraction of the cost.
NAME = st.builds(lambda head, tail: head + tail, st.sampled_from(string.ascii_lowercase + string.digits),
                 st.text(string.ascii_lowercase + string.digits + "_-", max_size=20))
DOMAIN = st.builds(lambda host, tld: f"{host}.{tld}",
                   st.text(string.ascii_lowercase, min_size=1, max_size=10),
                   st.sampled_from(["com", "org", "example", "vn", "ru"]))
scalar = st.one_of(st.text(max_size=30), st.integers(), st.booleans(),
                   st.floats(allow_nan=False, allow_infinity=False))
anything = st.recursive(
    scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)


@st.composite
def valid_source(draw: st.DrawFn) -> dict:
    domain = draw(DOMAIN)
    entry = {"kind": draw(st.sampled_from(["feed", "sitemap", "listing"])),
             "url": f"https://{draw(st.sampled_from(['', 'www.', 'news.']))}{domain}/{draw(NAME)}"}
    if entry["kind"] == "listing" or draw(st.booleans()):
        entry["options"] = {"link_pattern": r"/\d{4}/[a-z-]+\.html$"}
    source = {"name": draw(NAME), "domains": [domain], "entry_points": [entry]}
    if draw(st.booleans()):
        source["language"] = draw(st.sampled_from(["en", "ru", "vi", "zh"]))
    if draw(st.booleans()):
        source["enabled"] = draw(st.booleans())
    return source


@st.composite
def mutated_source(draw: st.DrawFn) -> dict:
    """A valid source with random fields replaced, dropped or added (any TOML value)."""
    source = draw(valid_source())
    for _ in range(draw(st.integers(0, 3))):
        field = draw(st.sampled_from([*source, "title", "spider", "selectors", "settings", "schedule",
                                      "notes", "bogus_field"]))
        if draw(st.integers(0, 4)) == 0:
            source.pop(field, None)
        else:
            source[field] = draw(anything)
    if "entry_points" in source and isinstance(source["entry_points"], list) and source["entry_points"] \
            and isinstance(source["entry_points"][0], dict) and draw(st.booleans()):
        entry = source["entry_points"][0]
        entry[draw(st.sampled_from(["kind", "url", "options", "extra"]))] = draw(anything)
    return source


registry_text = st.one_of(
    st.lists(mutated_source(), max_size=4).map(registry_toml),
    st.lists(valid_source(), max_size=4).map(registry_toml),
    st.text(max_size=300),
    st.text(alphabet=string.printable + "[]=\"'{}", max_size=300),
)


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["registry"], **FAST)
@given(registry_text)
def test_registry_loader_accepts_or_explains(text: str) -> None:
    try:
        sources = parse_sources(text, origin="generated.toml")
    except RegistryError as exc:
        assert str(exc).startswith("generated.toml"), str(exc)
        return
    names = [source.name for source in sources]
    assert len(names) == len(set(names))


# (field, a value the registry must refuse)
BAD_FIELDS = [
    ("name", "Not A Name!"),
    ("domains", []),
    ("domains", ["https://example.com/path"]),
    ("language", "english"),
    ("entry_points", []),
    ("spider", "rm -rf /"),
    ("enabled", "maybe"),
    ("schedule", 12),
    ("selectors", "title"),
    ("bogus_field", 1),
]


@settings(max_examples=EXAMPLES["registry_bad"], **FAST)
@given(st.lists(valid_source(), min_size=1, max_size=5, unique_by=lambda s: s["name"]), st.data())
def test_a_bad_registry_entry_is_named_with_its_field(sources: list[dict], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(sources) - 1))
    field, bad = data.draw(st.sampled_from(BAD_FIELDS))
    name = sources[index]["name"]
    sources[index][field] = bad
    with pytest.raises(RegistryError) as caught:
        parse_sources(registry_toml(sources), origin="sources.toml")
    message = str(caught.value)
    assert f"source #{index + 1}" in message and field in message, message
    if field != "name":
        assert repr(name) in message, message


def test_a_bad_entry_point_names_the_source_and_the_nested_field() -> None:
    text = registry_toml([{"name": "good", "domains": ["a.org"],
                           "entry_points": [{"kind": "feed", "url": "https://a.org/rss"}]},
                          {"name": "tass", "domains": ["tass.com"],
                           "entry_points": [{"kind": "feed", "url": "ftp://tass.com/rss"}]}])
    with pytest.raises(RegistryError, match=r"source #2 'tass': entry_points\.0\.url"):
        parse_sources(text)


# --- feeds and sitemaps ----------------------------------------------------------------------------

# Characters XML allows: no surrogates or controls, and not the noncharacters U+FFFE and U+FFFF (a
# title of '\ufffe' makes the document not well-formed, which the parser rightly refuses).
xml_text = st.text(st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufffe\uffff"),
                   max_size=40).map(xml_escape)
url_path = st.text(string.ascii_letters + string.digits + "-_/.%~", max_size=30)
item_url = url_path.map(lambda path: "https://news.example/" + path.lstrip("/"))
stamp = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC))


def _rss(items: list[tuple[str, str, datetime]]) -> str:
    entries = "".join(f"<item><title>{title}</title><link>{url}</link>"
                      f"<pubDate>{format_datetime(when)}</pubDate></item>" for url, title, when in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{entries}' \
           "</channel></rss>"


def _atom(items: list[tuple[str, str, datetime]]) -> str:
    entries = "".join(f'<entry><title>{title}</title><link href="{url}"/><id>{url}</id>'
                      f"<updated>{when.isoformat()}</updated></entry>" for url, title, when in items)
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'


def _urlset(items: list[tuple[str, str, datetime]]) -> str:
    entries = "".join(f"<url><loc>{url}</loc><lastmod>{when.isoformat()}</lastmod>"
                      f"<news:news><news:title>{title}</news:title></news:news></url>"
                      for url, title, when in items)
    return ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>')


def _index(items: list[tuple[str, str, datetime]]) -> str:
    entries = "".join(f"<sitemap><loc>{url}</loc><lastmod>{when.isoformat()}</lastmod></sitemap>"
                      for url, _title, when in items)
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'


items = st.lists(st.tuples(item_url, xml_text, stamp), max_size=8, unique_by=lambda item: item[0])


def _damage(document: str, cut: int, noise: str) -> bytes:
    """Truncate and splice noise in: malformed documents of a realistic shape."""
    position = cut % (len(document) + 1)
    return (document[:position] + noise + document[position:]).encode("utf-8", errors="replace")


def xml_documents(build) -> st.SearchStrategy[bytes]:
    return st.one_of(
        items.map(lambda found: build(found).encode()),
        st.builds(lambda found, cut, noise: _damage(build(found), cut, noise), items, st.integers(0, 4000),
                  st.sampled_from(["<", "&", "&bogus;", "]]>", "</channel>", "\x00", "<!DOCTYPE x>",
                                   '<!DOCTYPE x [<!ENTITY a "b">]>', "<?xml version='1.0'?>"])),
        st.binary(max_size=500),
        st.text(max_size=500).map(lambda text: text.encode("utf-8", errors="replace")),
    )


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["feed"], **FAST)
@given(xml_documents(_rss) | xml_documents(_atom))
def test_feed_parser_returns_links_or_refuses(body: bytes) -> None:
    try:
        links = parse_feed(body)
    except (HostileXML, MalformedXML):
        return
    assert all(isinstance(link.url, str) and link.url for link in links)
    assert all(link.published is None or link.published.tzinfo is not None for link in links)


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["sitemap"] // 4, **FAST)
@given(items, st.sampled_from([_rss, _atom]))
def test_feed_parser_finds_every_item(found: list[tuple[str, str, datetime]], build) -> None:
    links = parse_feed(build(found).encode())
    assert [link.url for link in links] == [url for url, _title, _when in found]
    assert [link.published for link in links] == [when.replace(microsecond=0) for _u, _t, when in found]


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["sitemap"], **FAST)
@given(xml_documents(_urlset) | xml_documents(_index))
def test_sitemap_parser_returns_links_or_refuses(body: bytes) -> None:
    try:
        sitemap = parse_sitemap(body)
    except (HostileXML, MalformedXML):
        return
    assert isinstance(sitemap, Sitemap)
    assert all(isinstance(link.url, str) and link.url for link in sitemap.links)


@pytest.mark.slow  # many examples: 2-16 s
@settings(max_examples=EXAMPLES["sitemap"] // 4, **FAST)
@given(items, st.sampled_from([_urlset, _index]))
def test_sitemap_parser_finds_every_url(found: list[tuple[str, str, datetime]], build) -> None:
    sitemap = parse_sitemap(build(found).encode())
    assert sitemap.is_index == (build is _index)
    assert [link.url for link in sitemap.links] == [url for url, _title, _when in found]
    assert [link.published for link in sitemap.links] == [when for _u, _t, when in found]
