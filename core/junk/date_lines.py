"""Date lines: a banner made only of a date's and time's parts, a short line of a date and a time with a
few words, the publication stamp with its label, the print edition's line under the online article."""

from __future__ import annotations

import re

from core.junk.line_shapes import COLUMNS

MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAY = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
# A line made only of date/time parts: "Wednesday , January 27 2021", "26 Mar 2021 21:33",
# "2019.05.23 / 23:39", "Updated: 12:01 GMT".
_DATE_TOKEN = re.compile(
    rf"^(?:{MONTH}|{WEEKDAY}|\d{{1,4}}(?:[./:-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th)?|am|pm|gmt|utc|"
    r"[a-z]{2,4}t|updated|published|posted|last|on|at|,|/|\||-|–|:|\.)$",
    re.IGNORECASE,
)
_DATE_SPLIT = re.compile(r"(\s+|,|/|\||(?<!\d):|:(?!\d))")
_MAX_BANNER_CHARS = 60
_THREE_DIGITS = re.compile(r"(?<!\d)\d{3}(?!\d)")

# The publication stamp's line with its label, in any script's digits ("प्रकाशित : चैत्र ३०, २०८० १४:४६").
PUBLISHED_LINE = re.compile(
    r"^(?:published|posted|updated|प्रकाशित|अपडेट|প্রকাশ|প্রকাশিত|شائع|publicado|publié|pubblicato|"
    r"veröffentlicht|опубликовано|опубліковано|yayınlanma|"
    # ... and the update's, in Greek, Turkish, Indonesian, Czech, Romanian, Hungarian, Ukrainian,
    # Vietnamese, Persian, Swahili
    r"ενημερώθηκε|ενημέρωση|δημοσίευση|δημοσιεύθηκε|güncelleme(?: tarihi)?|yayın tarihi|diterbitkan|"
    r"dipublikasikan|diperbarui|publikováno|aktualizováno|publicat|actualizat|frissítve|közzétéve|"
    r"оновлено|cập nhật|ngày đăng|تاریخ انتشار|به‌روزرسانی|imechapishwa)"
    # then the day: no sentence's stop, a dot only after a digit ("12.04.2024", "12. 4. 2024"); or
    # nothing: trafilatura drops a <time>'s text, and "Publié le : <time>01/12/2026</time>" leaves the
    # label and its colon alone on the line ("Publié le :", "Published on:", "Veröffentlicht am:").
    r"\s*(?:on|at|le|el|em|am|il)?\s*:\s*(?:(?:[^.!?]|(?<=\d)\.){0,50}\d(?:[^.!?]|(?<=\d)\.){0,20})?$",
    re.IGNORECASE)
# The print edition's line under the online article ("Published in Dawn, April 12th, 2024"; "Appeared
# in the print edition of April 12, 2024"): the page's furniture, not the story.
PRINT_LINE = re.compile(
    r"^(?:published in (?:the )?[\w.'’ -]{2,40}|"
    r"(?:this article )?appeared in (?:the )?print(?: edition)?(?: of)?)"
    rf",?\s+(?:on )?(?:(?:{WEEKDAY}),?\s+)?(?:(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\.?),?\s+\d{{4}}\.?$",
    re.IGNORECASE)

# A date line in any language: a year and a time of day, a few words ("sexta-feira, 22 de outubro de
# 2010 às 20:13", "기사입력 :[ 2018-08-25 15:24 ]").
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*(?:[:h]|時|时|시|点)\s*\d\d(?!\d)")
_MAX_DATE_LINE_WORDS = 6


# A CJK day alone on its line ("2026年4月12日", Japan's era "令和8年4月11日", "2026년 4월 12일"), its weekday
# and its time after it: ministries print it above or under the release's text.
_CJK_DAY = re.compile(
    r"^(?:(?:令和|平成)\s*\d{1,2}|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일")
_CJK_DAY_REST = re.compile(r"^\s*(?:[(（]?(?:星期|周)?[一二三四五六日天月火水木金土][)）]?|[(（]\w[)）])?"
                           r"\s*(?:\d{1,2}\s*(?:[:：時时点시]\s*\d{1,2}\s*分?|時|时|点|시))?\s*$")
# A day under its label, as ministries and agencies print it ("Datum: 12.04.2026", "Date: 12 April 2026",
# "Дата: 12.04.2026"): the label, then a date banner.
_DAY_LABEL = re.compile(r"^(?:date|datum|fecha|data|дата|sana|tarix|tarih|ngày)\s*:\s*", re.IGNORECASE)


def is_date_banner(line: str) -> bool:
    if len(line) > _MAX_BANNER_CHARS or not any(ch.isdigit() for ch in line):
        return False
    if ("年" in line or "년" in line) and (day := _CJK_DAY.match(line)):
        return _CJK_DAY_REST.match(line[day.end():]) is not None
    if ":" in line and (label := _DAY_LABEL.match(line)):
        line = line[label.end():]
    if line.startswith("|"):
        return False  # a table's row
    tokens = [t for t in _DATE_SPLIT.split(line) if t and not t.isspace()]
    if len(tokens) > 12 or not all(_DATE_TOKEN.match(t) for t in tokens):
        return False
    # A date's numbers run to 1, 2 or 4 digits: three are a phone number's ("02-751-1500"), a count's;
    # and three numbers alone or more are a list ("4, 5, 5, 12").
    if _THREE_DIGITS.search(line):
        return False
    numbers = [t for t in tokens if t[0].isdigit()]
    listed = len(numbers) >= 3 and all(t.isdigit() for t in numbers) \
        and all(t in numbers or not t[0].isalnum() for t in tokens)
    return not listed


def is_date_line(line: str, words: list[str]) -> bool:
    """A short line of a date and time with a few words around it, in any language; not a table row
    nor a sentence. (Dates alone are ``is_date_banner``'s.)"""
    if len(line) > _MAX_BANNER_CHARS or COLUMNS.search(line) or line.endswith((".", "!", "?", "。")):
        return False
    if not (_YEAR.search(line) and _CLOCK.search(line)):
        return False
    named = sum(not word.isdigit() and len(word) > 1 for word in words)
    return 0 < named <= _MAX_DATE_LINE_WORDS  # a line of numbers only is a table's row
