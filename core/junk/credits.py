"""Credits: photo captions and credits, source lines, staff and rights credits, the desk editors'
initials and the agency's sign-off that close an article."""

from __future__ import annotations

import re

from core.junk.hints import ODD_LETTERS, any_word
from core.junk.line_shapes import TERMINAL

# Captions and credits: "... File Photo", "(Photo: VNA)", "Photo: Reuters", "Nrm Image".
_CREDIT = re.compile(
    r"(?:\(\s*(?:photo|image|picture|file photo|credit|source)\b[^)]*\)\s*$|"
    r"\bfile photo\.?\s*$|^(?:photo|image|picture|credit|photograph)s?\s*(?:credit)?\s*:|"
    # a caption's and a picture's source with their label and comma ("Image caption, The mayor ...")
    r"^(?:image|media|video) (?:caption|source),\s|"
    # "Photo:" in other languages
    r"^(?:foto|fotó|фото|kuva|zdjęcie|zdjęcia|φωτογραφία|صورة|الصورة|عکس|תמונה|ảnh|사진|照片|写真|bild|imagen|immagine|"
    r"fotoğraf|fotografie|ছবি|फोटो|तस्वीर|picha|"
    # ... Malay, Thai, Chinese, Hebrew, Arabic ("تصوير"), Hungarian; Korean with "=" ("사진=연합뉴스");
    # Polish "Fot."
    r"gambar|ภาพ|图片来源|图片|圖片來源|צילום|تصوير|kép|"
    # ... and the picture's source under its own label ("Bildquelle: dpa", "Crédit photo : AFP")
    r"bildquelle|bildnachweis|fotoquelle|cr[ée]dits? photos?|fonte (?:foto|immagine)|źródło zdjęcia|"
    r"nguồn ảnh|sumber foto|fotoğraf kaynağı)\s*[:：]|^사진\s?=|^fot\.\s*\S|"
    # ... with "=" or a slash ("写真＝共同", "图/新华社", "圖／路透社", "图：新华社"), and in brackets
    # ("(Foto: dpa)")
    r"^(?:写真|图|圖|사진)\s*[=＝/／:：]\s*\S|"
    r"\(\s*(?:foto|fotó|фото|kuva|bild|zdjęcie|ảnh|صورة|عکس|사진|写真|照片)\s*[:：][^)]*\)\s*$|"
    r"^(?:getty images|afp|reuters|ap photo|epa)\b[^.]{0,60}$)",
    re.IGNORECASE,
)
# A picture's credit in brackets, full-width or plain, closing a line: Chinese, Japanese, Korean and Thai
# ("（圖／記者攝）", "（图片来源：视觉中国）", "記者会見する総裁（写真＝共同）", "(사진=연합뉴스)").
_BRACKETED_PICTURE = re.compile(
    r"[(（]\s*(?:写真|照片|图片来源|圖片來源|图片|圖片|图|圖|사진|ภาพ)\s*[=＝/／:：]\s*[^()（）]{1,30}[)）]\s*$|"
    # ... and Korean in square brackets, the source after a space ("[사진 연합뉴스]", "[사진=뉴스1]")
    r"\[\s*사진\s*[=＝/:：]?\s*[^\[\]\s]{1,20}(?:\s*제공)?\s*\]\s*$")
# ... after a caption's text up to this long; a longer line is prose that cites its picture.
_MAX_BRACKETED_CAPTION = 100
_POSITION_MARKER = re.compile(r"\((?:l|r|c|left|right|centre|center|from left|2nd [lr])\)", re.IGNORECASE)
_MEDIA_WORD = re.compile(r"\b(?:image|photo|picture|video|gallery|img)\b", re.IGNORECASE)

# A source credit line ("Source: Reuters", "المصدر : الجزيرة + وكالات", "来源：新华网").
_SOURCE_LINE = re.compile(
    r"^\(?\s*(?:sources?|quelle|fuente|fonte|источник|المصدر|来源|來源|출처|nguồn|kaynak|źródło|zdroj|"
    # ... Indonesian, Greek, Hungarian, Romanian, Ukrainian, Persian, Hindi, Bengali, Swahili, Nordic, Dutch
    r"sumber|πηγή|πηγές|forrás|sursa|sursă|джерело|منبع|स्रोत|সূত্র|chanzo|kilde|källa|lähde|bron)"
    r"\s*[:：]\s*\S",
    re.IGNORECASE,
)
_MAX_SOURCE_LINE_WORDS = 8
# "All rights reserved" in the languages of the news.
_RIGHTS = (
    r"riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
    r"все права защищены|всі права захищені|wszelkie prawa zastrzeżone")
# Staff credits and copyright lines that close an article ("Pewarta: Budi Santoso", "Editor: Rina
# Wulandari", "COPYRIGHT © ANTARA 2024"). Not "Reporter:", which opens the questions of an interview.
_STAFF_CREDIT = re.compile(
    # in brackets too, the web desk's editor ("(Web editor: Tian Yi, Liang Jun)")
    r"^[(\[（]?\s*(?:web\s+)?(?:pewarta|penulis|editor[a]?|redaktur|redaktor|fotografer|penerjemah|uploader|"
    r"translated by|edited by|posted by|"
    r"traducci[oó]n|tradução|übersetzung|perevod|перевод|muhabir|editör|biên tập(?: viên)?|επιμέλεια|"
    r"szerkesztő|redactor|редактор|"
    # the translator's credit: English, Spanish, French, Portuguese, German, Russian, Ukrainian, Turkish,
    # Azerbaijani, Uzbek, Vietnamese
    r"translator|traductor[a]?|traduct(?:eur|rice)|tradutor[a]?|übersetzer(?:in)?|переводчик|перекладач|"
    r"çevirmen|tərcüməçi|tərcümə|tarjimon|người dịch|dịch giả)\s*[:：]\s*\S|^(?:copyright\b|©)|"
    # the rights notice wherever the copyright sign sits ("RIPRODUZIONE RISERVATA © Copyright ANSA")
    rf"(?:©|\bcopyright\b).{{0,40}}(?:{_RIGHTS})|(?:{_RIGHTS}).{{0,40}}(?:©|\bcopyright\b)",
    re.IGNORECASE,
)
# The reporter's credit closing agency copy beside the editor's ("Reporter: Rio Feisal", "Reporters: Ana
# Lee, Budi Santoso"): names only (two to four words each with a capital, commas or "&"/"and" between),
# no sentence's end; a question or an answer in an interview goes on with lower-case words or a stop.
_REPORTER_LABEL = re.compile(r"^(?:reporters?|wartawan|kontributor)\s*:\s*", re.IGNORECASE)
_NAMES_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
_MAX_NAME_WORDS = 4
_RIGHTS_NOTICE = re.compile(
    rf"(?:©|\bcopyright\b).{{0,80}}(?:{_RIGHTS})|(?:{_RIGHTS}).{{0,40}}(?:©|\bcopyright\b)", re.IGNORECASE)
_MAX_RIGHTS_WORDS = 20
# The rights notice with no copyright sign, alone on a short line, in the languages whose sites print it
# so ("جميع الحقوق محفوظة", "کلیه حقوق محفوظ است", "版权所有", "무단전재 및 재배포 금지"): the phrase is the
# notice's own, a sentence that quotes it runs longer.
_RIGHTS_ALONE = any_word((
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "todos os direitos reservados", "tutti i diritti riservati", "riproduzione riservata",
    "все права защищены", "всі права захищені", "усі права захищені", "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena", "toate drepturile rezervate", "minden jog fenntartva",
    "alle rechten voorbehouden", "tüm hakları saklıdır", "hak cipta dilindungi", "bản quyền thuộc về",
    "hak cipta ©", "bản quyền ©",
    "สงวนลิขสิทธิ์", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "کلیه حقوق محفوظ",
    "تمامی حقوق محفوظ", "無断転載", "무단전재", "不得转载", "禁止转载", "不得轉載",
    "版权归原作者", "版權歸原作者", "무단 전재", "재배포 금지",
    "כל הזכויות שמורות", "alle rettigheder forbeholdes", "alle rettigheter reservert",
    "alla rättigheter förbehållna", "kaikki oikeudet pidätetään", "με επιφύλαξη παντός δικαιώματος",
    "सर्वाधिकार सुरक्षित",
), "版[权權]所有(?![者人])")  # not "版权所有者" (the rights holder)
_MAX_RIGHTS_ALONE_WORDS = 10
_MAX_RIGHTS_ALONE_CHARS = 80  # Chinese and Japanese put few spaces between words
# The reprint disclaimer that closes Chinese portals' articles ("声明：本文转载自其他媒体，仅供参考。",
# "（声明：该文观点仅代表作者本人，...平台仅提供信息存储空间服务。）"): its label, then what such a
# notice says (a statement a story quotes after "声明：" says other things).
_DISCLAIMER_ZH = re.compile(
    r"^[【\[(（]?\s*(?:免责)?(?:声明|聲明)\s*[】\])）]?\s*[:：].{0,80}?(?:转载|轉載|仅供参考|僅供參考|版权|版權|观点仅代表|觀點僅代表|"
    r"不代表本|信息存储空间|資訊儲存空間)")
_MAX_DISCLAIMER_CHARS = 160
# The desk editor's credit that closes Chinese articles ("【责任编辑:王晓明】", "（编辑：李明）").
# ... the proofreader's and the reviewer's beside it ("编辑：王磊 校对：张亮 审核：李明"), and a portal's
# code after the name ("责任编辑：刘芳 SN222").
_DESK_LABEL = r"(?:责任编辑|責任編輯|责编|编辑|編輯|校对|校對|审核|審核|审校|監製|监制)"
_EDITOR_CREDIT = re.compile(
    rf"^[【\[(（]?\s*{_DESK_LABEL}\s*[:：]\s*[^\s:：]{{1,20}}(?:\s+[A-Z]{{0,3}}\d{{2,6}})?"
    rf"(?:\s+{_DESK_LABEL}\s*[:：]\s*[^\s:：]{{1,20}}){{0,3}}\s*[】\])）]?$")
# The desk editors' initials between slashes that close agency copy ("/ВЙ/", "/cb", "/ab/cd/").
# Also without the opening slash, in lower case ("arc/jcm").
INITIALS_SIGN = re.compile(
    r"^/\s*[^\W\d_]{1,4}(?:\s*/\s*[^\W\d_]{1,4})*\s*/?$|(?-i:^[a-z]{2,4}(?:/[a-z]{2,4})+$)|"
    # ... in brackets, as Indonesian portals close a story ("(rdw/rdw)", "(isa/isa)", "(ygs/zap)")
    r"(?-i:^\(\s*[a-z]{2,4}(?:\s*/\s*[a-z]{2,4})+\s*\)$)")
# An agency's sign-off on its own line ("-- BERNAMA", "— AFP", "--ENDS--"); one hyphen opens a list's
# item ("- GPS").
SIGN_OFF = re.compile(r"^(?:-{2,3}|[–—]{1,2})\s*[A-Z]{2,}(?:[ .][A-Z]{2,})*\s*[-–—]{0,3}$")
# The wire's end mark alone on the story's last line ("(END)", "[ENDS]", "Enditem", "（完）", Korean
# "(끝)"): the mark itself, not an agency's name in brackets ("(AP)", which the author rules read).
END_MARK = re.compile(r"^(?:[(\[（【]\s*(?:end|ends|完|끝)\s*[)\]）】]|end\s?item)\.?$", re.IGNORECASE)


def is_credit(line: str, words: list[str]) -> bool:
    """A source, staff or copyright credit alone on a short line."""
    if len(words) <= _MAX_RIGHTS_ALONE_WORDS and len(line) <= _MAX_RIGHTS_ALONE_CHARS \
            and _RIGHTS_ALONE.search(line.lower()) is not None:
        return True
    if ("声明" in line or "聲明" in line) and len(line) <= _MAX_DISCLAIMER_CHARS \
            and _DISCLAIMER_ZH.match(line) is not None:
        return True
    if len(words) > _MAX_SOURCE_LINE_WORDS:
        # The rights notice names the company in full ("Copyright © 2024 Example Media Group, Inc. All
        # Rights Reserved").
        return len(words) <= _MAX_RIGHTS_WORDS and ("©" in line or "opyright" in line or "OPYRIGHT" in line) \
            and _RIGHTS_NOTICE.search(line) is not None
    credit = _SOURCE_LINE.match(line) or _EDITOR_CREDIT.match(line) or _STAFF_CREDIT.match(line)
    if credit is None and ":" in line and line[:1] in "RrWwKk" and (label := _REPORTER_LABEL.match(line)):
        return _names_only(line[label.end():])
    return credit is not None


def _names_only(text: str) -> bool:
    """Names alone: each of two to four words opening with a capital, no stop (see _REPORTER_LABEL)."""
    names = _NAMES_SPLIT.split(text.strip())
    return all(2 <= len(words := name.split()) <= _MAX_NAME_WORDS
               and all((word[:1].isupper() and word[-1:].isalpha()) or (word[-1:] == "." and len(word) <= 3)
                       for word in words) for name in names)


def is_caption(line: str, words: list[str]) -> bool:
    # ``_CREDIT`` past the line's start: only its branches that open with "(" or "file photo".
    if _CREDIT.match(line) is not None or (
            ("(" in line or "file photo" in line.lower() or ODD_LETTERS.search(line) is not None)
            and _CREDIT.search(line) is not None):
        return True
    if line[-1:] in ")）]" and (m := _BRACKETED_PICTURE.search(line)) is not None \
            and (m.start() == 0 or len(line) <= _MAX_BRACKETED_CAPTION):
        return True
    if _POSITION_MARKER.search(line) and not TERMINAL.search(line):
        return True
    # "Nrm Image", "Photo gallery": two or three words naming a picture.
    return len(words) <= 3 and bool(_MEDIA_WORD.search(line)) and not TERMINAL.search(line)
