"""Cutting a site's name from a title where nothing on the page names the site.

No site name tag, logo or copyright line to match: trailing segments are cut where they read like a
name (capitalised words, a domain, a date; ``cleaner.title.name_shapes``), a leading one before a
" | " or " :: ", a source's name in full-width brackets after a Chinese or Japanese headline, a day in
brackets. Where the page names its site, ``cleaner.title.sitenames`` cuts that name first.
"""

from __future__ import annotations

import re

from cleaner.title.name_shapes import (
    BRACKETED_END,
    TRAILING_DATE,
    UNSPACED_CHARS,
    UNSPACED_RUN,
    name_like,
    named_before_rtl,
    news_slogan,
    news_tail,
    paper_name,
)
from cleaner.title.sitenames import MIN_HEAD_WORDS, title_words

# Where nothing on the page names the site: separators that set a site's name after a headline in a
# tab title (not the colon, which headlines use themselves), and the words a name may hold in lower
# case ("Diario del Puerto", "The Times of India", "Ansa.it").
# Between Chinese or Japanese characters, with no space: "_", "-", "|", a double dash ("——新华网",
# "--人民网"), a horizontal bar or full-width solidus ("―スポーツ報知", "／東海新聞"), the full-width colon;
# a portal's full-width hyphen-minus, after a bracket too ("…（2024年4月12日掲載）－ポータルニュース").
# Russian broadcasters' " // " ("Headline // Новости НТВ"). Korean papers' spaced colon before a name in
# Hangul of one or two words ("Headline : 사회 : 뉴스 : 한겨레", "… : 네이트 뉴스"; a headline's clause after
# a colon is longer).
_TAIL_SEPARATOR = re.compile(r"\s+[|–—―／-]\s+|\s*[｜丨│¦]\s*|\s+[·•»«›‹<>▷►▶➤→⇒❯]\s+|\s+(?:::|//)\s+|(?<=["
                             + UNSPACED_CHARS + r"])(?:(?:——|--|[_|—―／-])(?=[" + UNSPACED_CHARS + "])|：)"
                             r"|(?<=[\uac00-\ud7a3])\s+:\s+(?=[\uac00-\ud7a3]+(?:\s+\w+)?(?:$|\s+:\s))"
                             f"|(?<=[{UNSPACED_CHARS}）])－(?=[{UNSPACED_CHARS}])"
                             f"|(?<=[{UNSPACED_CHARS}])\\s+:\\s+(?=[^:]+$)")
# A colon after a Chinese or Japanese headline sets a name apart ("…：中日新聞Web", "… : 読売新聞") as
# often as a speaker's words ("財政司司長：經濟穩步復甦", "分析師：恐再漲"): only a name that says it is one
# (a word for a paper, the news, a network or a site; Latin letters, a number at its end) is cut after it.
_COLON = re.compile(r"\s*[:：]\s*")
_NAMED_CJK = re.compile(r"[A-Za-z]|\d$|新[聞闻]|ニュース|デジタル|オンライン|テレビ|放送|通信|[電电][視视]"
                        r"|[報报網网台社]$")
# Japanese portals and papers name a story's source in full-width or lenticular brackets after the
# headline ("…の見通し（東海新聞）", "…が避難 【東海新聞】"); one character ("（上）", a series' part) or a
# number (an age) is the headline's.
# A portal names the network with its channel's initials inside ("…の見通し（テレビ朝日系（ANN））").
_SOURCE_IN_BRACKETS = re.compile(f"(?<=[{UNSPACED_CHARS}])\\s?(?:（(?P<name>[^（）\\d]{{2,12}}"
                                 f"(?:（[^（）]{{1,12}}）)?)）|【(?P<lenticular>[^【】\\d]{{2,12}})】)$")
# At most this many names cut from a title's end; the headline at least twice a name's length
# (one and a half times for a name written without spaces).
_MAX_TAIL_CUTS = 4
_NAME_RATIO = 2
_NAME_RATIO_UNSPACED = 1.5
# A day in brackets after the headline ("Headline (12.04.2024)"); a date before it ("12.04.2024 -
# Headline").
_DAY = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
# Japanese: the day the story was posted ("（2024年4月12日掲載）").
_POSTED = r"（\d{4}年\d{1,2}月\d{1,2}日[^（）\d]{0,6}）"
# A page's counter of a story set over several ("…を可決（1/2）", "Headline (2/3)"): the tab's, not the
# headline's.
_COUNTER = r"[(（]\d{1,2}\s?/\s?\d{1,2}[)）]"
_BRACKETED_DATE = re.compile(rf"\s*(?:\({_DAY}\)|\[{_DAY}\]|{_POSTED}|{_COUNTER})$")
# The site's name and the sections after it, before a headline ("Site | World | Headline").
_MAX_NAMES_BEFORE = 3
# A day after a comma at the tab title's end, as CIS, Latin American and Nigerian CMSs write it ("Headline,
# 12 марта 2024 г. - Site", "..., 12 березня 2024 року", "..., 12-март 2024", "..., 12 de marzo de 2024",
# "..., March 12, 2024", "..., 12.03.2024"), a time after it too: the page's date, not the headline's.
_MONTH_FIRST = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
_COMMA_DATE = re.compile(r",\s+(?:\d{1,2}\.?(?:\s+|-)(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d"
                         r"(?:\s*(?:г\.|года|року|р\.|ж\.|жыл[а-яё]*|y\.|yil|m\.))?"
                         rf"|{_MONTH_FIRST}|{_DAY})(?:,?\s+\d{{1,2}}:\d{{2}})?$")
_LEADING_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+[|\-–—·•»:/]\s+")


def strip_unnamed_site(title: str) -> str:
    """``title`` without the site and section names after its headline where nothing on the page
    names the site: trailing segments after a tab-title separator that read like names (at most
    six words, each capitalised, a particle such as "of" or "del", or in a script without case;
    or a domain, or a date), each after a headline of four words or more at least twice as long;
    once a name is cut, a section before it may hold words in lower case ("UK news"). A site's
    name with its slogan after it goes too ("| Site - news from the coast"), and a source's name in
    full-width brackets after a Chinese or Japanese headline ("…の見通し（東海新聞）"), and a day or a page's
    counter in brackets ("Headline (12.04.2024)", "…を可決（1/2）"). A tail in lower case ("- and why it
    matters"), a question, or a short headline stays."""
    for cut in range(_MAX_TAIL_CUTS):
        found = list(_TAIL_SEPARATOR.finditer(title))
        if not found:
            break
        head, tail = title[:found[-1].start()].strip(), title[found[-1].end():].strip()
        if _COLON.fullmatch(found[-1][0]) and UNSPACED_RUN.match(title[found[-1].start() - 1]) \
                and not _NAMED_CJK.search(tail):
            break  # a speaker's words after a colon, not a name
        if not name_like(tail, section=cut > 0) and len(found) >= 2 and cut == 0:
            # A site's name and its slogan ("Headline | Site - news from the coast").
            before, last = found[-2], found[-1]
            site = title[before.end():last.start()].strip()
            if name_like(site) and _width(tail) < _width(title[:before.start()]):  # shorter than the headline
                head, tail = title[:before.start()].strip(), site
        name = BRACKETED_END.sub("", TRAILING_DATE.sub("", tail)) or tail
        # The headline at least twice the name's width; one and a half times where the name is
        # written without spaces (a Japanese headline of a dozen characters beside "産経ニュース").
        ratio = _NAME_RATIO_UNSPACED if UNSPACED_RUN.search(name) else _NAME_RATIO
        # Once a name is cut, a slogan that names the news before it ("| Latest news from ... |"), as
        # long as the headline at most.
        named = name_like(tail, section=cut > 0)
        if not named and cut > 0 and news_slogan(tail, len(title_words(head))):
            named, ratio = True, 1
        # A slogan that names the news at both ends: the headline as long as it at least; a name that
        # says it is a paper, half as long (a short headline beside "Báo Công an Nhân dân điện tử").
        if cut == 0 and news_tail(tail, len(title_words(head))):
            named, ratio = True, 1
        if paper_name(tail):
            named, ratio = True, 0.5
        if not named or len(title_words(head)) < MIN_HEAD_WORDS or _width(head) < ratio * _width(name):
            break
        title = head
    if "," in title and (date := _COMMA_DATE.search(title)) \
            and len(title_words(title[:date.start()])) >= MIN_HEAD_WORDS:
        title = title[:date.start()]  # "Headline, 12 марта 2024": the day the tab title adds
    if (date := _BRACKETED_DATE.search(title)) and len(title_words(title[:date.start()])) >= MIN_HEAD_WORDS:
        return title[:date.start()]  # a day or page in brackets after the headline ("Headline (12.04.2024)")
    source = _SOURCE_IN_BRACKETS.search(title)
    if source and name_like(name := source["name"] or source["lenticular"]):
        head = title[:source.start()]
        if len(title_words(head)) >= MIN_HEAD_WORDS and len(head) >= 2 * len(BRACKETED_END.sub("", name)):
            return head
    return title


def strip_unnamed_prefix(title: str) -> str:
    """``title`` without a site or section name before a " | " ("Quayside Chronicle | Headline",
    "Opinion | Headline", "Quayside | World | Headline"), a " :: " (old CMSs' "Site :: Headline") or a
    full-width bar (Chinese and Japanese sites' "東西新聞｜Headline", unspaced), by the rules of
    ``strip_unnamed_site``; "Name - rest" and "Name: rest" are as often a headline's own,
    but for a right-to-left headline (``named_before_rtl``). A date before any separator goes too."""
    if (date := _LEADING_DATE.match(title)) and len(title_words(title[date.end():])) >= MIN_HEAD_WORDS:
        title = title[date.end():]  # the day before the headline ("12.04.2024 - Headline")
    if (cut := named_before_rtl(title)) != title:
        return cut
    for separator in (" | ", " :: ", "｜"):  # the full-width bar unspaced: "東西新聞｜Headline"
        if separator in title and (rest := _after_names(title, separator)) is not None:
            return rest
    return title


def _after_names(title: str, separator: str) -> str | None:
    """The headline after the site's name and up to two sections' before it, each set apart by
    ``separator`` ("Quayside | World | Headline"): the first a name's shape, the others a section's
    ("World News"), each at most half the headline's width and all of them at most its width (``_width``);
    the headline of four words or more, with no pipe of its own."""
    *names, rest = (part.strip() for part in title.split(separator))
    if not names or len(names) > _MAX_NAMES_BEFORE or "|" in rest or "｜" in rest \
            or len(title_words(rest)) < MIN_HEAD_WORDS:
        return None
    if not name_like(names[0]) or not all(name_like(name, section=True) for name in names[1:]):
        return None
    if any(_width(rest) < 2 * _width(name) for name in names) or _width(rest) < _width(separator.join(names)):
        return None
    return rest


def _width(text: str) -> int:
    """``text``'s length as it is set: a Chinese or Japanese character is as wide as two Latin letters
    (a headline of 15 such characters says as much as one of 30 letters, and beside a name in both
    scripts, "東京新聞 TOKYO Web", the name's Latin letters count as half)."""
    return len(text) + len(UNSPACED_RUN.findall(text))
