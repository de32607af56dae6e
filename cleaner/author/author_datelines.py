"""Authors a story's own text credits where no byline signs it: the reporters its dateline names
(Chinese and Korean press conventions), the wire's credit line at its foot ("(Reporting by A in
Kyiv; Editing by B)"), the wire agency its dateline credits ("New York (VNA) – ..."), and the
agencies its sign-off paragraph names ("— AFP", "(Reuters)", "Source: Xinhua", "With AFP and
Reuters"), which the text's cleaning drops as a junk line, so it is read from the page.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.author.author_names import merged_names
from cleaner.author.byline_cities import is_city
from cleaner.author.byline_places import in_chrome, in_media
from cleaner.author.byline_roles import AGENCIES, CONTRIBUTOR
from cleaner.author.byline_shapes import MAX_NAME_WORDS, lower_words, name_length
from cleaner.author.bylines import byline_names

# A wire agency credited in the story's dateline: "New York (VNA) –", "Moscow, Russia | XINHUA |",
# "MOSCOW, April 12. /TASS/.", "BEIJING, April 12 (Xinhua) --", "FRANKFURT/MAIN (dpa/lhe) - " (a
# place's slash, a regional service's).
_DATELINE_AGENCY = re.compile(
    rf"^[^\W\d_](?:[^()|/\n]|/(?=[^\W\d_]{{2}})){{0,60}}?[(|/]\s*(?P<agency>{AGENCIES})(?:/[^\W\d_]{{2,4}})?\s*[)|/]"
    r"(?:\s*\.?\s*[-–—:|]|(?<=[|/])\.?\s|\s*$)",
    re.IGNORECASE)
# ... in brackets with no dash after them, the text going straight on ("New Delhi, Mar 4 (PTI) The",
# "STOCKHOLM (TT) Regeringen", "MADRID, 4 (EUROPA PRESS) El", "नयी दिल्ली, चार मार्च (भाषा) सरकार"): a
# dateline's few words before them (a place in capitals where the script has case, the day; a word's
# vowel signs are no letters to \w), no sentence; the Nepali press spaces its full stop ("(रासस) । ");
# the Indian press may close the place with a colon ("NEW DELHI: (PTI) The").
# The Hindi press's agencies here only: "भाषा" (PTI's Hindi service) is also "language".
_BRACKET_ONLY_AGENCIES = r"भाषा|आईएएनएस|वार्ता|यूएनआई"
_PLACE_WORD = r"(?=[^\W\d_])[^\W\d_a-zß-ÿа-я][^\s(),;:]*"
# ... the day after the place with no comma, as the Arabic press writes it ("بكين 12 إبريل 2024 (شينخوا) "):
# its number, its month's word, the year.
_BARE_DAY = r"\s+\d{1,2}\s+[^\W\d_]{3,12}(?:\s+\d{4})?"
_BARE_DATELINE_AGENCY = re.compile(
    rf"^{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:,(?:\s+[^\s(),;:]+){{1,3}}|:|{_BARE_DAY})?\s*"
    rf"\(\s*(?P<agency>(?i:{AGENCIES})|{_BRACKET_ONLY_AGENCIES})(?:/[^\W\d_]{{2,4}})?\s*\)"
    r"(?:\s?[।.])?\s+(?=[^\W\d_])")
# Reporters in a Chinese dateline's brackets, a Korean dateline's "NAME 기자 =".
_DATELINE_CHARS = 80
# ... or the bracket alone opening the text: "（记者 李四）本报讯".
_CJK_REPORTERS = re.compile(r"(?:(?:电|電|讯|訊)\s*|^\s*)[（(]\s*(?:记者|記者)\s*"
                            r"(?P<names>[^）)（(]{2,40}?)\s*[）)]")
# Taiwan's press: "〔記者陳建宏／台北報導〕" (reporter / place, reported), "記者陳建宏、林小美／台北即時報導".
_TAIWAN_REPORTERS = re.compile(r"^\s*[〔\[【(（]?\s*記者\s*"
                               r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4}){0,3})"
                               r"\s*[／/]\s*[\u4e00-\u9fff]{1,12}報導")
# ... Taiwan's CNA: "（中央社記者林志明台北3日電）", "（中央社記者林志明、王小美華盛頓3日專電）": the last
# name glued to the place it files from (see ``_cna_names``).
_CNA_REPORTERS = re.compile(r"^\s*[（(]中央社記者(?P<names>[\u4e00-\u9fff、]{2,30}?)"
                            r"\d{1,2}日[\u4e00-\u9fff]{0,4}?電\s*[）)]")
# ... the mainland portals' lenticular bracket: the outlet's "reported", then its reporters
# ("【环球网报道 记者 张三】", "【环球时报报道 记者 张三 李四】", "【环球时报特约记者 张三】"); not a
# column's bracket ("【记者观察】").
_LENTICULAR_REPORTERS = re.compile(
    r"^\s*【(?:[^】记記]{1,12}?(?:报道|報導)\s*(?:特派|特约|特約)?|[^】记記]{0,12}?(?:特派|特约|特約|驻[^】记記]{1,8}))"
    r"(?:记者|記者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*】")
# ... the Central Asian agencies' dateline slashes holding the outlet and its reporter after a comma
# ("BISHKEK, April 12 /24.kg, Anna Kapushenko/. ", "БИШКЕК, 12 апреля /24.kg, Анна Капушенко/. ").
_SLASHED_REPORTER = re.compile(
    r"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2},\s*(?:[^\W\d_]{3,12}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[^\W\d_]{3,12}\.?)\.?\s*/[^/,\s]{2,20},\s*"
    r"(?P<name>[^\W\d_a-zа-я][^\W\d_]+(?:[ -][^\W\d_a-zа-я][^\W\d_]+){1,2})\s*/\s*\.?\s")
# The Japanese press's dateline: the place and the reporter in lenticular brackets,
# "【ワシントン＝山田太郎】", "【北京＝李華、上海＝王明】" (or the agency: "【ワシントン＝共同】").
_JAPANESE_REPORTERS = re.compile(r"^\s*【(?P<body>[^】\n]{3,60}[＝=][^】\n]{2,60})】", re.MULTILINE)
_JAPANESE_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff々]{2,10}$")
# Korean: "(서울=연합뉴스) 김철수 기자 =", "[서울=뉴시스]김철수·이영희 기자 =", "【서울=뉴시스】", and the
# outlet's bracket before the text: "[이데일리 김철수 기자]" (the outlet, then the names).
_KOREAN_NAMES = r"[가-힣]{2,4}(?:\s*[·,]?\s*[가-힣]{2,4}){0,3}"
_KOREAN_REPORTER = re.compile(
    rf"^[(\[【][^)\]】]{{1,30}}=[^)\]】]{{1,30}}[)\]】]\s*(?P<name>{_KOREAN_NAMES})\s*(?:기자|특파원)\s*=")
_KOREAN_BRACKET = re.compile(rf"^\[(?P<names>(?:[^\]\s=]{{2,12}}\s+)?{_KOREAN_NAMES})\s*(?:기자|특파원)\]")


# The Indonesian press's report line over the text: "Laporan Wartawan Tribunnews.com, Fahmi Ramadhan"
# (reported by the outlet's reporter, the name), a line of its own.
_REPORTED_BY = re.compile(
    r"^Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden|[Kk]ontributor)\s+[^,\n]{3,40},\s*"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*(?:\n|$)")


def _cna_names(names: str) -> list[str]:
    """The reporters of a CNA dateline's names, the last glued to its place ("林志明台北"): a Taiwanese
    name is three characters as a rule, two where only two are left for the place ("林立台北")."""
    *others, last = names.split("、")
    if len(last) >= 5:
        last = last[:3]
    elif len(last) == 4:
        last = last[:2]
    return [name for name in [*others, last] if 2 <= len(name) <= 4]


def dateline_reporters(text: str) -> list[str]:
    """Reporters a story's dateline names in the Chinese, Korean and Japanese press conventions:
    "新华社北京4月12日电（记者王晓明、李华）", "(서울=연합뉴스) 김철수 기자 =",
    "【ワシントン＝山田太郎】", or, where it names none, the wire's credit line at the story's foot:
    "(Reporting by A in Kyiv and B; Editing by C)", with the agency the dateline credits after them.
    Empty when there are none."""
    opening = text[:_DATELINE_CHARS]
    if match := _CJK_REPORTERS.search(opening):
        return [name for name in re.split(r"[、，,\s]+", match["names"]) if name]
    if "/" in opening[:40] and (match := _SLASHED_REPORTER.match(opening)):
        return [match["name"]]
    if "【" in opening[:3] and (match := _LENTICULAR_REPORTERS.match(opening)):
        return [name for name in re.split(r"[、，\s]+", match["names"]) if name]
    if "記者" in opening and (match := _TAIWAN_REPORTERS.match(opening)):
        return re.split(r"[、，]", match["names"])
    if "中央社記者" in opening[:8] and (match := _CNA_REPORTERS.match(opening)):
        return _cna_names(match["names"])
    if opening[:1] == "L" and (match := _REPORTED_BY.match(opening)):
        return [match["name"]]
    if match := _KOREAN_REPORTER.match(opening):
        return re.split(r"\s*[·,]\s*|\s+", match["name"])
    if match := _KOREAN_BRACKET.match(opening):
        names = re.split(r"\s*[·,]\s*|\s+", match["names"])
        # the outlet before the names ("이데일리", "아시아경제", "한경"): a Korean name is three syllables
        # as a rule
        return names[1:] if len(names) > 1 and not re.fullmatch(r"[가-힣]{3}", names[0]) else names
    if match := _JAPANESE_REPORTERS.search(opening):  # at a line's start, the headline above it
        names = [name for part in re.split(r"[、，,]", match["body"])
                 if _JAPANESE_NAME.match(name := re.split(r"[＝=]", part)[-1].strip())]
        if names:
            return names
    if names := _foot_credit(text):  # a wire's story: its agency after the reporters
        return [*names, agency] if (agency := dateline_agency(text)) else names
    return []


# The wire's credit line at a story's foot: "(Reporting by A and B in Kyiv; Writing by C; Editing by D)",
# or as a line of its own without brackets ("Reporting by A; Editing by D");
# its reporters and writers are the authors, its editors are not; its contributors ("Additional
# reporting by E": ``CONTRIBUTOR``) only where it names no reporter or writer, as in a byline.
_FOOT_CREDIT = re.compile(
    r"(?:^|[(\[]|;)\s*(?P<label>(?:(?:with\s+)?additional\s+)?(?:reporting|writing)\s+by)\s+"
    r"(?P<names>[^;)\]\n]{3,160})",
    re.IGNORECASE | re.MULTILINE)
_FOOT_CHARS = 400
# "A in Kyiv": the place a reporter files from.
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _foot_credit(text: str) -> list[str]:
    foot = text[-_FOOT_CHARS:]
    names: list[str] = []
    contributors: list[str] = []
    for match in _FOOT_CREDIT.finditer(foot):
        people = byline_names(_FILED_FROM.sub("", match["names"]))
        (contributors if CONTRIBUTOR.match(match["label"]) else names).extend(
            name for name in people
            if len(name.split()) >= 2 and name_length(name) <= MAX_NAME_WORDS and not lower_words(name))
    return merged_names([], names or contributors)


# ... or after the place and the day, or the place alone: "YEREVAN, APRIL 12, ARMENPRESS.",
# "BAKU, April 12. APA.", "ASTANA. KAZINFORM –", after a dash: "МОСКВА, 12 мар — РИА Новости. " (a
# hyphen: "3 дек - РИА"),
# and after the place and the day each closed by a full stop: "Київ. 12 березня. ІНТЕРФАКС-УКРАЇНА - ",
# "Москва. 3 апреля. ИНТЕРФАКС - "
# (not the agency's address on its own site, "INTERFAX.RU - ": the outlet is its name there).
_DATELINE_AGENCY_AFTER = re.compile(
    rf"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_]+){{0,3}}"
    rf"(?:,\s*[^,.\n]{{3,25}}[,.]|\.(?:\s*\d{{1,2}}\s+[^\W\d_]{{3,10}}\.)?|,\s*[^,.\n–—-]{{3,25}}\s[–—-])"
    rf"\s*(?P<agency>{AGENCIES})"
    r"\s*[.:–—-]\s", re.IGNORECASE)


# ... before the day, no place: "TASS, December 3. ", "XINHUA, Dec 3 -- " (an agency's name written first).
_AGENCY_FIRST = re.compile(
    rf"^(?P<agency>(?i:{AGENCIES})),\s*(?:\d{{1,2}}\s+[^\W\d_]{{3,10}}|[^\W\d_]{{3,10}}\.?\s+\d{{1,2}})"
    r"(?:\.\s|\s*[–—-]+\s)")


# ... as the Japanese, Korean and Chinese press write it: the place and the agency in lenticular
# brackets ("【ワシントン共同】", "【北京＝時事】"), the place "=" the agency ("(서울=연합뉴스) ",
# "[서울=뉴시스]"), the agency, the place and the day before "电" (filed: "新华社北京3月12日电"); and the
# Persian press's attribution opening the text.
_CJK_DATELINE_AGENCY = re.compile(
    r"^(?:【[^】=＝]{0,12}?[=＝]?(?P<ja>共同|時事|ロイター|新華社|聯合)】|"
    r"[(\[【][^)\]】=]{1,20}=\s*(?P<ko>연합뉴스|뉴시스|뉴스1)\s*[)\]】]|"
    # (in brackets too, as Taiwan's CNA opens its stories: "（中央社記者林志明台北3日電）")
    r"[（(]?(?P<zh>新华社|新華社|中新社|中新网|中央社)[^\n（(。，]{0,20}?[电電]|"
    # the Persian press's "according to the report of (the news agency) X": "به گزارش ایرنا،"
    # ("مهر", "فارس": Mehr and Fars, also a month and the Persian Gulf's "فارس", only after "news
    # agency" or with the attribution's comma straight after them)
    r"به\s+گزارش\s+(?:(?:خبرگزاری\s+)?(?:(?P<fa>ایرنا|ایسنا|تسنیم|ایلنا)(?=[\s،,])|"
    r"(?P<fa_comma>مهر|فارس)(?=\s?،))|خبرگزاری\s+(?P<fa_named>مهر|فارس)(?=[\s،,])))")


def dateline_agency(text: str) -> str | None:
    """The wire agency a story's dateline credits ("New York (VNA) – ..."), as written, or None:
    the author of a wire story a site runs without a byline."""
    opening = text[:120]
    if opening[:1] in "【([新中ب（" and (cjk := _CJK_DATELINE_AGENCY.match(opening)):
        return cjk["ja"] or cjk["ko"] or cjk["zh"] or cjk["fa"] or cjk["fa_comma"] or cjk["fa_named"]
    match = _DATELINE_AGENCY.match(opening) or _DATELINE_AGENCY_AFTER.match(opening) \
        or (opening[:1].isupper() and _AGENCY_FIRST.match(opening)) \
        or ("(" in opening and _BARE_DATELINE_AGENCY.match(opening))
    return match["agency"] if match else _unnamed_agency(opening)


# ... a national agency the list does not know, in the dateline's slashes or brackets after the place
# (and the day): "YEREVAN, April 12. /ARKA/. ", "TASHKENT, April 12. /UzA/. ", "BISHKEK, April 12
# (Kabar) - ", "Dhaka, Apr 12 (UNB) - ": one word in Latin letters (the Greek "ΑΠΕ" is also renewable
# energy), after a place in capitals or itself an acronym.
_ANY_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2})"
    r"(?:,\s*(?:[^\W\d_]{3,12}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,12}\.?))?"
    r"(?:\.\s*/(?P<slashed>[^\W\d_]{2,16})/\s*\.?|\s*\((?P<bracketed>[^\W\d_]{2,16})\)\s*\.?\s*[-–—:]+)\s")
_NO_AGENCY = frozenset({"video", "videos", "photo", "photos", "live", "update", "updated", "watch", "audio",
                        "listen", "opinion", "analysis", "exclusive", "breaking"})
_ACRONYM_AGENCY = re.compile(r"^(?=(?:[^\W\d_]*[A-Z]){2})[A-Z][A-Za-z]{1,5}$")


def _unnamed_agency(opening: str) -> str | None:
    head = opening[:40]
    if ("/" not in head and "(" not in head) or not (match := _ANY_DATELINE_AGENCY.match(opening)):
        return None
    agency = match["slashed"] or match["bracketed"]
    if not agency.isascii() or not agency[0].isupper() or is_city(agency) or agency.casefold() in _NO_AGENCY:
        return None
    return agency if match["place"].isupper() or _ACRONYM_AGENCY.match(agency) else None


# A paragraph that only names the wire agencies a story comes from: after a dash, in brackets, after
# a source's label or "with" ("— AFP", "(Reuters)", "Source: Xinhua", "Fuente: EFE", "With AFP and
# Reuters", "mit Material von dpa", "--IANS").
_AGENCY_LIST = rf"(?:{AGENCIES})(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*(?:{AGENCIES}))*"
# The "with" may follow a dash or sit in the brackets itself ("— With AFP, Reuters", "(avec l'AFP)", "(Con
# información de EFE)", "With inputs from PTI").
_SIGN_OFF = re.compile(
    r"^(?:[-–—]+\s*)?(?:[(\[（]\s*(?=(?:with|avec|mit|con|com)\s))?"
    r"(?:(?:source|sources|fuente|fuentes|quelle|quellen|fonte|source\(s\)|izvor|извор|источник|"
    r"джерело|źródło|zdroj|kaynak|sumber|来源|來源|出处|المصدر|منبع)\s*[:：]\s*|(?:with|avec|mit|con|com)\s+(?:material\s+(?:von|from)\s+|"
    r"información\s+de\s+|informações\s+d[ae]\s+|inputs?\s+from\s+)?(?:l['’]\s*)?|mit\s+material\s+von\s+)?"
    # (brackets full-width too, as the Chinese and Japanese press set them: "（新华社）")
    rf"[(\[（]?\s*©?\s*(?P<agencies>{_AGENCY_LIST})\s*[)\]）]?\s*[.。]?$",
    re.IGNORECASE)
# ... the Hindi press's agencies in brackets alone ("(भाषा)", "(आईएएनएस)"), a word of the language otherwise.
# ... the Japanese press's wire credit alone under a story ("（共同）", "（時事）"): the agency by its
# name ("共同" alone is also "joint": read only so, a paragraph of its own).
_JA_WIRES = {"共同": "共同通信", "時事": "時事通信"}
_BRACKETED_SIGN_OFF = re.compile(rf"^\(\s*(?P<agency>{_BRACKET_ONLY_AGENCIES})\s*\)[।.]?$")
_SHORT_PARAGRAPHS = XPath("//body//p[string-length(normalize-space()) <= 60][normalize-space()]")
_AGENCY_NAME = re.compile(rf"(?<!\w)(?:{AGENCIES})(?!\w)", re.IGNORECASE)
# The text of a source's label outside a paragraph: the line of the article's details under the
# headline ("<span>来源：新华社</span>", "<div class=source>Источник: Интерфакс</div>", "Źródło: PAP").
# Looked for only on pages in the languages that print it, by its words there (a walk of the page's
# text costs ~0.5 ms: one or two words a text, after a colon).
_SOURCE_WORDS = {
    "zh": ("来源", "來源"), "ru": ("сточник",), "uk": ("жерело", "ЖЕРЕЛО"), "pl": ("ródło", "RÓDŁO"),
    "cs": ("droj", "DROJ"), "sk": ("droj", "DROJ"), "tr": ("aynak", "AYNAK"), "id": ("umber", "UMBER"),
    "ms": ("umber", "UMBER"), "ar": ("المصدر",), "fa": ("منبع",), "hr": ("zvor", "ZVOR"),
    "bs": ("zvor", "ZVOR"), "sr": ("zvor", "звор", "ZVOR", "ЗВОР"),
    # ... and in the languages of Western Europe ("Source: Xinhua" beside the date, "Fuente: EFE",
    # "Fonte: ANSA", "Quelle: dpa"): the agencies only (``_SIGN_OFF``), as everywhere
    "en": ("ource", "OURCE"), "fr": ("ource", "OURCE"), "es": ("uente", "UENTE"), "pt": ("onte", "ONTE"),
    "it": ("onte", "ONTE"), "de": ("uelle", "UELLE"),
}
_SOURCE_TEXTS = {
    language: XPath("//body//text()[contains(., ':') or contains(., '：')]["
                    + " or ".join(f"contains(., '{word}')" for word in words) + "]")
    for language, words in _SOURCE_WORDS.items()}
_SOURCE_CHARS = 80
# ... as one field of that line, beside the day and the other fields ("2024-03-12 来源：新华社 编辑：A").
_SOURCE_FIELD = re.compile(
    r"(?:^|\s|(?<=\d))(?:来源|來源|出处|источник|джерело|źródło|zdroj|kaynak|sumber|izvor|извор|المصدر|منبع)"
    rf"\s*[:：]\s*(?P<agencies>{_AGENCY_LIST})(?![^\W\d_])", re.IGNORECASE)


def signed_off_agencies(tree) -> list[str]:
    """The wire agencies a story's sign-off paragraph names, as written ("— AFP" -> ["AFP"], "With
    AFP and Reuters" -> ["AFP", "Reuters"]); empty without one (outside the page's chrome and its
    pictures' captions)."""
    for paragraph in _SHORT_PARAGRAPHS(tree):
        text = " ".join(paragraph.text_content().split())
        if (match := _SIGN_OFF.match(text)) and not in_chrome(paragraph) and not in_media(paragraph):
            return _named(match)
        if text[:1] == "(" and (match := _BRACKETED_SIGN_OFF.match(text)) and not in_chrome(paragraph):
            return [match["agency"]]
        if text[:1] == "（" and text[1:-1] in _JA_WIRES and text[-1:] == "）" and not in_chrome(paragraph):
            return [_JA_WIRES[text[1:-1]]]
    return _source_line_agencies(tree) or _foot_source(tree)


# The outlet a story is taken from, in a source's label closing the text where no one signs it, as
# the Arabic, Vietnamese and French press credit it ("المصدر : الجزيرة نت", "Nguồn: VnExpress", "Source :
# Le Parisien"): one to five words, no sentence, the text's last paragraph only (a chart's or a
# picture's source above it is no credit); looked for only on pages in those languages, by the word.
_FOOT_SOURCE_WORDS = {"ar": "المصدر", "vi": "Nguồn", "fr": "Source"}
_FOOT_SOURCE_PARAGRAPHS = {
    language: XPath(f"//body//p[contains(., '{word}')][string-length(normalize-space()) <= 60]")
    for language, word in _FOOT_SOURCE_WORDS.items()}
_FOOT_SOURCE = re.compile(
    r"^(?:المصدر|nguồn|source)\s*[:：]\s*(?P<outlet>[^\W\d_][^:;,.!?()\n]{1,40}?)\s*\.?$", re.IGNORECASE)
_LAST_PARAGRAPHS = XPath(
    "//body//p[normalize-space()][not(ancestor::footer or ancestor::aside or ancestor::nav)]")


def _foot_source(tree) -> list[str]:
    """The outlet a source's label closing the text credits (see ``_FOOT_SOURCE``), or none."""
    language = (tree.get("lang") or tree.get("xml:lang") or "")[:2].lower()
    if (labelled := _FOOT_SOURCE_PARAGRAPHS.get(language)) is None or not (found := labelled(tree)):
        return []
    last = next((paragraph for paragraph in reversed(_LAST_PARAGRAPHS(tree))
                 if not in_chrome(paragraph) and not in_media(paragraph)), None)
    if last is None or last is not found[-1]:
        return []
    match = _FOOT_SOURCE.match(" ".join(last.text_content().split()))
    return [match["outlet"]] if match and len(match["outlet"].split()) <= 5 else []


def _named(match: re.Match) -> list[str]:
    return list(dict.fromkeys(_as_named(found.group()) for found in _AGENCY_NAME.finditer(match["agencies"])))


def _source_line_agencies(tree) -> list[str]:
    """The agencies a source's label outside a paragraph names ("来源：新华社", "Źródło: PAP"); the
    label's element, or its parent where the label alone is its text ("<span>来源：</span><a>新华社</a>")."""
    language = (tree.get("lang") or tree.get("xml:lang") or "")[:2].lower()
    if (texts := _SOURCE_TEXTS.get(language)) is None:
        return []
    for found in texts(tree):
        element = found.getparent()
        if element is not None and found.is_tail:
            element = element.getparent()  # "<b>…</b>来源：新华社": the text after an element is its parent's
        if element is not None and found.strip().endswith((":", "：")):
            element = element.getparent()  # the label alone; its value is the next element's
        if element is None:
            continue
        text = " ".join(element.text_content().split())
        if len(text) <= _SOURCE_CHARS and (match := _SIGN_OFF.match(text) or _SOURCE_FIELD.search(text)) \
                and not in_chrome(element) and not in_media(element):
            return _named(match)
    return []


_ACRONYM = 4  # letters: "AFP", "IANS", "TASS" are acronyms; "BERNAMA", "XINHUA" names in capitals


def _as_named(agency: str) -> str:
    """A sign-off's agency as its dateline and byline write it: a name set in capitals for the
    sign-off in title case ("-- BERNAMA" -> "Bernama"), an acronym as written."""
    return agency.title() if agency.isupper() and len(agency) > _ACRONYM else agency
