"""Where one byline's names part in scripts whose bylines do not part them with "and" or a comma:
- Vietnamese bylines part names with a spaced dash ("Nguyễn Văn An - Trần Thị Bình", "THU HẰNG -
  NGỌC AN"), where elsewhere a dash comes before the outlet ("A - The Philippine Star"): parted only
  where the byline is written with Vietnamese letters;
- Chinese bylines part names with spaces after the reporter's title ("记者 王晓明 李华", "文/记者 王晓明
  通讯员 李华", "本报记者 王晓明"); a Japanese name may hold a space between family and given name
  ("山田 太郎"), so spaced Han names are parted only after a Chinese reporter's title or where they
  are three or more; a name's reading in kana after it ("山田太郎（やまだ・たろう）") is no name;
- Korean bylines label the text's writer before "=" ("글·사진=김철수 기자": text and photos by), and a
  correspondent's place ("워싱턴=김철수 특파원");
- Arabic bylines join names with "و" ("and"), spaced or written onto the next name's alif with
  hamza ("محمد علي وأحمد حسن": no common name opens with "وأ" or "وإ"; "وائل" does with a bare alif);
- Hebrew bylines write "and" ("ו") onto the second name ("דנה כהן ויוסי לוי"), parted between two
  names of two words or more.
Used by ``cleaner.author.bylines.byline_names`` before it splits a byline at its separators (";").
A Japanese paper signs an article at its end, its reporters in brackets ("…と述べた。（山田太郎）"):
``japanese_signature``, read by ``cleaner.body.opening`` with the other signatures.
"""

from __future__ import annotations

import re

from cleaner.author.byline_roles import AGENCIES, CJK_TITLES

# Letters only Vietnamese writes among the Latin scripts: the breve, circumflex and horn vowels,
# đ, and the precomposed tone-marked vowels of the Latin Extended Additional block.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# A name of two to five capitalised words, the dash between two of them.
_NAME = r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,4}"
_VIETNAMESE_DASH = re.compile(r"(?<=\S)\s+[-–]\s+(?=[^\W\d_])")
_WHOLE_NAME = re.compile(rf"^{_NAME}$")

_HAN = r"[\u3400-\u9fff]"
# A Chinese reporter's title before names: "记者", "本报记者", "特约记者", "通讯员", "实习生", and a
# leading "文/" (text by) or "图/" (pictures by: the photographer is no author, left to the credits).
_CHINESE_TITLE = re.compile(
    r"(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*[:：]?\s*")
# (at the line's start, or after the day an information line gives before it: "2024-04-12 10:00 文｜A")
_TEXT_BY = re.compile(r"(?:^|(?<=[\s\d]))文\s*[/／:：|｜]\s*")
# The outlet written onto the reporter's title before the names ("财新记者 李四", "财新网记者 王五"): the
# outlet is no author (a wire agency is, as written: "新华社记者 张三"); not the title's own first word
# ("本报", "特约"). Simplified Chinese's "记者" only: a Japanese byline writes the name before "記者".
_OUTLET_TITLE = re.compile(r"^(?P<outlet>[\u3400-\u9fff]{2,8}?)"
                           r"(?=(?:本报|特约|见习)?记者\s*[\u3400-\u9fff])")
_TITLE_WORDS = frozenset({"本报", "本報", "特约", "特約", "见习", "見習"})
_AGENCY = re.compile(rf"^(?:{AGENCIES})$", re.IGNORECASE)
# ... of them, those Japanese bylines do not write ("記者" they do: "記者 山田 太郎" is one name).
_CHINESE_ONLY_TITLE = re.compile(r"记者|通讯员|通訊員|实习生|實習生|本报|本報")
# Names in Han characters parted by spaces (two to four characters each).
_SPACED_HAN = re.compile(rf"^{_HAN}{{2,4}}(?:\s+{_HAN}{{2,4}})+$")
_HAN_RUNS_OF_MANY = 3
# The place a Chinese byline reports from after its names: "記者王揚宇／台北報導" (reported in Taipei).
_REPORTED_FROM = re.compile(r"\s*[/／]\s*[\u3400-\u9fff]{2,6}(?:報導|报道|報道)\s*$")
# A Japanese name's reading in kana in brackets after it.
_KANA_READING = re.compile(r"\s*[（(][\u3040-\u30ff・\s]+[）)]")
# A Korean byline's label for the text (and photos) before "=": "글=A 기자", "글·사진=A 기자"; and the "="
# a dateline's reporter ends with ("A 기자 =").
_KOREAN_TEXT_BY = re.compile(r"^(?:글|글\s*·\s*사진|사진\s*·\s*글)\s*=\s*")
_KOREAN_END = re.compile(r"(?<=기자)\s*=\s*$")
# A correspondent's place before "=" ("워싱턴=김철수 특파원": in Washington): a Hangul word before one name.
_KOREAN_PLACE = re.compile(r"^[\uac00-\ud7af]{2,8}\s*=\s*(?=[\uac00-\ud7af]{2,4}\s*(?:기자|특파원|통신원))")
# Arabic "and" between names: spaced, or written onto a name opening with an alif with hamza.
_ARABIC_AND = re.compile(r"\s+و\s+(?=\S)|\s+و(?=[أإ])")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
# Hebrew's "by" before the names, not a word of them.
_HEBREW_BY = "מאת"
_HANGUL = re.compile(r"[\uac00-\ud7af]")


# Korean reporters' names a byline parts with spaces only ("박민수 기자 정수진 기자", its links joined:
# "홍길동 임꺽정"): each name of two to four syllables, its title after it or not.
_KOREAN_TITLE = r"(?:기자|특파원|칼럼니스트|논설위원|편집위원|통신원)"
_KOREAN_SPACED = re.compile(
    rf"^(?:[\uac00-\ud7af]{{2,4}}(?:\s*{_KOREAN_TITLE})?\s+){{1,5}}[\uac00-\ud7af]{{2,4}}(?:\s*{_KOREAN_TITLE})?$")


def _korean_spaced(text: str) -> list[str]:
    """The names of ``text`` (``_KOREAN_SPACED``): a title after each name but the last parts them;
    with no title, three syllables each ("김 철수" is one name written apart)."""
    words = [word for word in text.split() if not re.fullmatch(_KOREAN_TITLE, word)]
    names = [re.sub(rf"{_KOREAN_TITLE}$", "", word) for word in words]
    if len(words) < len(text.split()) or names != words or all(len(name) == 3 for name in names):
        return names
    return [text]


# The Gulf and Levant press's place before the name: "دبي - سارة الكعبي" (Dubai - A), "الرياض - A":
# one word before a dash, a name of two to four words after it, or a wire agency ("القاهرة - أ ش أ",
# "القاهرة - رويترز": Cairo - MENA, Reuters).
_ARABIC_PLACE_FIRST = re.compile(
    r"^[\u0600-\u06ff]{2,14}\s*[-–—]\s*(?=[\u0600-\u06ff]{2,}(?:\s+[\u0600-\u06ff]{2,}){1,3}\s*$|"
    r"(?:أ\s?ش\s?أ|أ\s?ف\s?ب|رويترز|وكالات|د\s?ب\s?أ|الأناضول)\s*$)")


def parted_by_script(text: str) -> str:
    """``text`` (a byline) with ";" between the names its script parts without "and" or a comma."""
    if text.isascii():
        return text
    if _VIETNAMESE.search(text) and _VIETNAMESE_DASH.search(text):
        pieces = _VIETNAMESE_DASH.split(text)
        if all(_WHOLE_NAME.match(piece.strip()) for piece in pieces):
            text = "; ".join(pieces)
    if "=" in text and _HANGUL.search(text):
        text = _KOREAN_END.sub("", _KOREAN_PLACE.sub("", _KOREAN_TEXT_BY.sub("", text)))
    if " " in text and _HANGUL.search(text) and _KOREAN_SPACED.match(text.strip()):
        text = "; ".join(_korean_spaced(text))
    if _ARABIC.search(text):
        if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
            text = text[1:-1]  # the credit in brackets as Arabic papers print it: "(وكالات)" (agencies)
        text = _ARABIC_AND.sub("; ", _ARABIC_PLACE_FIRST.sub("", text))
    if _HEBREW.search(text):
        text = _hebrew_parted(text)
    if re.search(_HAN, text):
        text = _REPORTED_FROM.sub("", _KANA_READING.sub("", text))
        # the text's writer labelled ("文｜A B"): spaced names after it are names, as after a title
        titled = bool(_CHINESE_ONLY_TITLE.search(text) or _TEXT_BY.search(text))
        text = _TEXT_BY.sub("; ", text).strip("; ")
        if (outlet := _OUTLET_TITLE.match(text)) and outlet["outlet"] not in _TITLE_WORDS \
                and not _AGENCY.match(outlet["outlet"]):
            text = text[outlet.end():]
        text = _CHINESE_TITLE.sub("; ", text).strip("; ")
        text = "; ".join(_han_names(piece.strip(), titled) for piece in text.split(";") if piece.strip())
    return text


def _hebrew_parted(text: str) -> str:
    """``text`` with "; " where Hebrew's "and" ("ו", written onto the next word) opens a second name:
    after a name of two words or more, before one of two words or more ("דנה כהן ויוסי לוי"); a name's
    word opening with the letter ("ורד", "ויקטור") in the first name's place or last stays."""
    words, parted, since = text.split(), [], 0
    for at, word in enumerate(words):
        second = word[1:].lstrip("-־")
        if word.startswith("ו") and since >= 2 and len(second) >= 2 and _HEBREW.match(second) \
                and at + 1 < len(words) and _HEBREW.match(words[at + 1]):
            parted[-1] += ";"
            word, since = second, 0
        parted.append(word)
        since = 0 if word == _HEBREW_BY or word.endswith((",", ";")) else since + 1
    return " ".join(parted)


def _han_names(piece: str, titled: bool) -> str:
    """``piece`` with "; " between its spaced Han names, after a Chinese reporter's title or where
    there are three or more of them."""
    if not _SPACED_HAN.match(piece):
        return piece
    runs = piece.split()
    return "; ".join(runs) if titled or len(runs) >= _HAN_RUNS_OF_MANY else piece


# A Chinese article's information line under the headline: labelled fields side by side ("来源：新华网
# 作者：王晓明 2024-04-12 14:46", "发布时间：2024-04-12 来源：人民网 记者：李华 编辑：张三"). The
# author's field is the byline; the source is the outlet the story comes from, the editor no author.
_CJK_FIELD = re.compile(
    r"(?:来源|來源|出处|出處|发布时间|發布時間|发布|發布|时间|時間|日期|责任编辑|責任編輯|编辑|編輯|"
    r"浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|作者|记者|記者|撰文)\s*[:：]|"
    # ... the reporter's label also without its colon after another field ("来源：浙江日报 记者 王磊")
    r"(?<=\s)(?:记者|記者)\s+(?=[\u4e00-\u9fff])")
_CJK_AUTHOR_FIELD = re.compile(r"(?:作者|记者|記者|撰文)\s*[:：]|(?:记者|記者)\s+")


def info_line_author(text: str) -> str | None:
    """The author's field ("作者：王晓明") of a Chinese information line of two labelled fields or
    more, None where ``text`` is none."""
    if "：" not in text and ":" not in text:
        return None
    fields = list(_CJK_FIELD.finditer(text))
    authored = [field for field in fields if _CJK_AUTHOR_FIELD.fullmatch(field.group())]
    if len(fields) < 2 or not authored:
        return None
    start = authored[0].start()
    ends = [field.start() for field in fields if field.start() > start]
    return text[start:ends[0] if ends else len(text)].strip()


# A Japanese paper's signature closing the article: its reporters in brackets, perhaps after the
# place they report from and "=" ("（山田太郎）", "（ワシントン=山田太郎、鈴木花子）"), the last line or
# the end of the last paragraph's sentence.
_JA_NAME = r"[\u4e00-\u9fff々\u30a1-\u30fa・ー]{2,16}"
_JA_SIGNATURE = re.compile(
    rf"(?:^|(?<=。))[（(](?:[^\s=＝（）()、]{{1,12}}[=＝])?(?P<names>{_JA_NAME}(?:、{_JA_NAME}){{0,3}})[）)]\s*$")
# ... or in lenticular brackets, as the Mainichi signs ("…と話した。【山田太郎】"): names in kanji only,
# no heading's word ("【関連記事】", "【速報】", "【写真特集】").
_JA_KANJI_NAME = r"[\u4e00-\u9fff々]{2,6}"
_JA_LENTICULAR = re.compile(rf"(?:^|(?<=。))【(?P<names>{_JA_KANJI_NAME}(?:、{_JA_KANJI_NAME}){{0,3}})】\s*$")
_JA_HEADING_WORD = re.compile(r"記事|特集|速報|動画|写真|解説|一覧|詳報|関連|情報|注目|独自|訂正|告知|"
                              r"号外|図解|更新")
# Hiragana: the article is in Japanese (a Chinese article's "（完）" or "（新华社）" is not this).
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_JA_TEXT_READ = 500  # the text's last characters that tell its language
# A wire service's credit in the signature's place names no reporter ("（共同）", "（ロイター）"), nor
# does a note that honorifics are left out ("（敬称略）").
_JA_NO_NAMES = frozenset({"共同", "時事", "共同通信", "時事通信", "ロイター", "ブルームバーグ", "新華社",
                          "聯合", "敬称略", "文中敬称略", "肩書略"})
# A reporter's title before the name ("編集委員・山田太郎", "ワシントン支局長・山田太郎") or after it
# ("山田太郎記者").
_JA_TITLE = re.compile(
    rf"^(?:{CJK_TITLES}|専門記者|解説委員|[^・]{{1,8}}(?:支局長|総局長))・|(?<=.)(?:{CJK_TITLES})$")


def japanese_signature(line: str, text: str) -> tuple[str, list[str]] | None:
    """(``line`` without it, the names) where ``line``, the last of the article's ``text``, is or
    ends with a Japanese paper's signature (see ``_JA_SIGNATURE``); None otherwise."""
    if "【" in line and (match := _JA_LENTICULAR.search(line)) and _JA_HEADING_WORD.search(match["names"]):
        return None
    if not (match := _JA_SIGNATURE.search(line) or ("【" in line and _JA_LENTICULAR.search(line))) \
            or not _HIRAGANA.search(line[:match.start()] or text[-_JA_TEXT_READ:]):
        return None
    names = [_JA_TITLE.sub("", name) for name in match["names"].split("、") if name not in _JA_NO_NAMES]
    return (line[:match.start()].rstrip(), names) if names else None


# A Vietnamese paper's signature under the article: its reporters' initials ("PV", "NHÓM PV": the
# reporter, the team of reporters), the source it was written from ("Theo TTXVN", "(Theo Reuters)":
# according to), or the writer's name with that source after it ("Hoài Thu (Theo Reuters)", "Minh Anh
# (tổng hợp)" or "(t/h)": compiled, "Thu Hằng (TTXVN)": the agency the writer works for). A source alone
# is the credited author; after a name, the name is.
_VI_REPORTERS = re.compile(r"^(?:(?:NHÓM|Nhóm)\s+)?PV\.?$")
_VI_SOURCE = re.compile(r"^\(?(?:Theo|THEO)\s+(?P<source>[^\W\d_][^()\n]{1,38}?)\)?\.?$")
_VI_NAME_SOURCE = re.compile(
    r"^(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*\((?:[Tt]heo\s[^()]{2,40}|[Tt]ổng\s+hợp|[Tt]/[Hh]|[Ll]ược\s+dịch|"
    # ... or the wire agency the writer works for, perhaps with the outlet that runs it ("Thu Hằng (TTXVN)",
    # "Thanh Tùng (TTXVN/Vietnam+)"): the writer is the author
    rf"[Dd]ịch|(?i:{AGENCIES})(?:\s*/\s*[^()/]{{2,20}})?)\)\.?$")
# ... or its writers' names parted by a spaced dash, alone on the last line ("Minh Anh - Thu Hà"):
# each two to four capitalised words.
_VI_NAME = r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,3}"
_VI_NAMES = re.compile(rf"^{_VI_NAME}(?:\s+[-–]\s+{_VI_NAME}){{1,3}}$")
_VI_TEXT_READ = 300  # the text's last characters that tell its language


def vietnamese_signature(line: str, text: str) -> list[str] | None:
    """The names ``line``, the last of the article's ``text``, signs it with as a Vietnamese paper
    signs (see ``_VI_REPORTERS``); None where it is none or the text is not in Vietnamese."""
    if "PV" not in line and "heo" not in line and "HEO" not in line and "(" not in line \
            and " - " not in line and " – " not in line:
        return None  # cheap: none of the signatures' words
    if not _VIETNAMESE.search(text[-_VI_TEXT_READ:]):
        return None
    if _VI_REPORTERS.match(line):
        return [line.rstrip(".")]
    if (match := _VI_SOURCE.match(line)) and len(match["source"].split()) <= 4 \
            and match["source"][0].isupper():
        return [match["source"].strip()]
    if (match := _VI_NAME_SOURCE.match(line)) and all(word[0].isupper() for word in match["name"].split()):
        return [match["name"]]
    if _VI_NAMES.match(line) and all(word[0].isupper() for word in line.split() if word not in "-–"):
        return [name.strip() for name in re.split(r"\s+[-–]\s+", line)]
    return None
