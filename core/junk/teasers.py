"""Teasers of other articles: "read also" in the languages of the sources, a promo line with the
other article's headline after its marker, and a video's teaser ("Видео: ...", "视频：..."). (The cuts
across lines, a marker alone with the headline on the next line, are ``core.cuts.tails``'.)"""

from __future__ import annotations

import re

from core.junk.line_shapes import TERMINAL

# "Read also" in the languages of the sources: a teaser of another article, alone on its line or
# before that article's headline.
READ_ALSO = (
    r"read (?:more|also)|also read|see also|related|les også|les mer|læs også|læs mere|läs också|läs mer|"
    r"(?:à )?lire aussi|lire la suite|(?:à )?voir aussi|sur le même sujet|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|auch interessant|weiterlesen|das könnte sie auch interessieren|lee también|"
    r"lea también|leer más|ver también|te puede interesar|noticias relacionadas|leia (?:também|mais)|"
    r"veja também|saiba mais|leggi anche|potrebbe interessarti|vedi anche|lees ook|lees meer|zie ook|"
    r"читайте (?:также|тоже|також)|смотрите также|читать далее|подробнее|czytaj (?:też|także|więcej)|"
    r"zobacz (?:też|także)|przeczytaj (?:też|również)|čtěte (?:také|též)|přečtěte si (?:také|též)|"
    r"baca juga|xem thêm|đọc thêm|ayrıca okuyun|ilgili haberler|اقرأ أيضا[ًا]?|相关阅读|延伸阅读|相关新闻|"
    r"関連記事|あわせて読みたい|don'?t miss|see more|more|also|related posts?|you (?:may|might) also like|"
    r"most read(?: in [\w ]{1,30})?|lire également|à lire|leia mais|más información|mehr dazu|"
    # Azerbaijani, Vietnamese, Korean, Hindi, Turkish, Finnish, Ukrainian, Chinese, Arabic variants
    r"həmçinin (?:oxuyun|oxu|bax)|oxu|tin liên quan|bài liên quan|관련\s?기사|यह भी पढ़ें|"
    r"ayrıca (?:bakınız|bkz)|lue myös|läs även|дивіться також|推荐阅读|اقرأ المزيد|"
    # Kazakh, Uzbek, Georgian, Armenian, Greek, Hebrew, Persian, Thai, Romanian, Hungarian, Czech
    r"толығырақ|сондай-ақ оқыңыз|shuningdek,? o['‘’ʻ]qing|ასევე წაიკითხეთ|կարդացեք նաև|"
    r"διαβάστε (?:επίσης|ακόμη)|קראו (?:גם|עוד)|עוד בנושא|بیشتر بخوانید|بخوانید|อ่านเพิ่มเติม|"
    r"citește și|olvassa el ezt is|související články|"
    # Swahili, Urdu, Hindi, Bengali, Serbian/Croatian/Bosnian, Bulgarian, Rioplatense Spanish
    r"soma (?:pia|zaidi)|مزید پڑھیں|یہ بھی پڑھیں|ये भी पढ़ें|और पढ़ें|আরও পড়ুন|আরো পড়ুন|"
    r"pročitajte (?:još|i|takođe)|прочитајте (?:још|и)|још вести|още по темата|прочетете (?:още|също)|"
    r"mirá también|lue lisää|prečítajte si (?:tiež|aj)|preberite (?:tudi|še)|loe (?:ka|lisaks)|"
    r"skaitykite (?:taip pat|daugiau)|lasiet (?:arī|vairāk)|διαβάστε ακόμα|вижте (?:още|също)|також читайте|"
    r"อ่านข่าวเพิ่มเติม|更多阅读|ilginizi çekebilir|bunu da okuyun|must read|recommended|"
    # "see also" and "related" in Slovak, Turkish, Portuguese, Spanish, German, Norwegian/Danish,
    # Swedish, Finnish, Dutch, Indonesian
    r"čítajte (?:aj|tiež)|ilgili haber|ler também|vea también|relacionad[oa]s?|siehe auch|se også|"
    r"se även|katso myös|bekijk ook|lihat juga|"
    # Filipino, Khmer, Lao, Burmese
    r"basahin(?: (?:din|rin))?|អានបន្ថែម|អានបន្ត|ອ່ານຕື່ມ|ဆက်စပ်သတင်း|"
    # Indonesian, Persian, Hindi, Greek in capitals (no accents), Hungarian, Romanian with the cedilla
    # letters, Spanish, Thai
    r"simak (?:juga|pula)|baca pula|همچنین بخوانید|این (?:مطلب|خبر) را (?:هم|نیز) بخوانید|इसे भी पढ़ें|"
    r"διαβαστε (?:επισης|ακομη|ακομα)|kapcsolódó (?:cikk(?:ek)?|hír(?:ek)?)|ezt is ajánljuk|"
    r"citiți și|citiţi şi|citeşte şi|vezi (?:și|şi)|(?:también|tambien) lee|อ่านข่าวที่เกี่ยวข้อง|"
    # Malay ("BACA: ..."), Hungarian ("Kapcsolódó: ..."), Chinese in traditional letters
    r"baca|kapcsolódó|olvasd el ezt is|延伸閱讀|相關閱讀|相關新聞|"
    # Italian, Korean, Thai, English
    r"potrebbe interessarti anche|함께 보면 좋은 기사|ข่าวที่เกี่ยวข้อง|read next|"
    # Lithuanian, Latvian
    r"taip pat skaitykite|lasi (?:arī|vēl)"
)
# Single in-body promos: "READ MORE: Another headline", "Les også: ...", "Читайте также: ...".
# The bare "READ:" of English teasers takes its colon ("read-only" opens a sentence).
# In brackets too, or after a bullet, an arrow, an emoji ("[Related: Another headline]", "► Les også:
# ...", "👉 Leia também: ..."); the marker in brackets of its own ("【相关阅读】...", "[관련기사] ..."); the
# Arabic marker with its dots ("اقرأ أيضا.. ...").
# The outlet's own address for a marker, glued to the other article's headline ("Also on rt.com
# Journalists threatened with arrests", "Auch auf example.de: ..."): a story's sentence naming a site
# goes on with a comma or a verb, not with a capital straight after the address.
_SITE_MARKER = (r"(?:also|more|read more|auch|mehr|aussi|plus|también|más|anche|também|mais|ook|meer|"
                r"также|також|ещё|еще) (?:on|at|auf|bei|sur|en|su|em|no|na|op|на) (?:www\.)?[\w-]+"
                r"(?:\.[\w-]+)*\.[a-z]{2,6}\s*[:：|\-–—»>]?\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ\"“«‘'])")
INLINE_PROMO = re.compile(
    rf"^[^\w\s]{{0,3}}\s*(?:{READ_ALSO})\s*[:：៖|\-–—»>]\s*\S|^read\s*:\s*\S|^{_SITE_MARKER}|"
    rf"^[【\[［〔(（]\s*(?:{READ_ALSO})\s*[】\]］〕)）]\s*\S|"
    r"^(?:اقرأ أيضا[ًا]?|اقرأ المزيد)\s*(?:\.{2,}|…)\s*\S|"
    # "Related news: Agency urges ministries to secure data": a headline's capital after the label ("Related
    # news: none, the spokesman said" is a sentence)
    r"^[^\w\s]{0,3}\s*related (?:news|stories|articles?|coverage)\s*[:：|\-–—»>]\s*(?-i:[A-Z\d\"“‘'])",
    re.IGNORECASE)
# A marker line runs to a few words (``core.cuts.tails``).
MAX_MARKER_WORDS = 10

# The marker in capitals with the headline straight after it, no colon ("LES OGSÅ Ny skole i Bergen",
# "READ MORE Mayor warns of cuts": a bold marker before the headline's link): two words or more of
# the marker, all in capitals, then a word with a capital, on a headline's short line. A sentence
# opening with its first words in capitals ("MORE than 100 people ...") has one word of the list.
_CAPS_MARKER = re.compile(rf"^[^\w\s]{{0,3}}\s*((?:{READ_ALSO}))\s+(?=[^\W\d_])", re.IGNORECASE)
_MAX_CAPS_PROMO_WORDS = 20
# The marker in the sentence's case, its words then the headline's with its capital and no sentence's
# end ("Přečtěte si také Útok hackerů ochromil nemocnici", "Leggi anche Attacco hacker ai sistemi della
# Regione": a bold marker before the headline's link): a marker of two words or more, a headline of
# three; a sentence opening with the words goes on in lower case ("Read more about the plan ...") or
# ends with its stop.
_MIN_CASED_HEADLINE_WORDS = 3


def is_caps_promo(line: str, words: list[str]) -> bool:
    """A teaser line: the marker (in capitals, or in the sentence's case before a headline without its
    stop) and the other article's headline (see above)."""
    if len(words) > _MAX_CAPS_PROMO_WORDS or len(words) < 3:
        return False
    capitals = words[0][:2].isupper()
    if not capitals and (not line[:1].isupper() or TERMINAL.search(line) is not None):
        return False  # most lines: neither a first word in capitals nor a headline's end
    found = _CAPS_MARKER.match(line)
    if found is None:
        return False
    marker = found.group(1)
    rest = line[found.end():]
    if len(marker.split()) < 2 or not rest[:1].isupper():
        return False
    if marker.isupper():
        return True
    return len(rest.split()) >= _MIN_CASED_HEADLINE_WORDS and TERMINAL.search(line) is None


# A video's teaser: the word for a video (or "watch") as a label, then the video's headline ("Video: So
# sieht die neue Fähre aus", "VIDÉO - Le ferry en images", "Видео: Новый паром вышел в рейс", "شاهد:
# العبارة الجديدة تبحر", "Watch: Ferry crosses the strait"): a headline's short line, no sentence's end,
# its first word a letter's ("Video: 4K at 60 fps" is a camera's specification). A closing guillemet
# that closes a name opened on the line ends no sentence, and a name so quoted after a word or two is the
# video's credit ("Видео: Telegram-канал «Mash»", "Відео: «Суспільне»").
_VIDEO_WORDS = frozenset((
    "video", "vídeo", "vidéo", "videó", "wideo", "видео", "відео", "відеа", "watch", "فيديو", "بالفيديو",
    "شاهد", "ویدئو", "ویدیو", "视频", "視頻", "動画", "영상", "동영상", "βίντεο", "וידאו", "वीडियो",
    "ভিডিও", "βιντεο",
    # Kazakh, Georgian, Armenian, Urdu, Amharic
    "бейне", "ვიდეო", "տեսանյութ", "ویڈیو", "ቪዲዮ"))
_VIDEO_TEASER = re.compile(r"^[^\w\s]{0,3}\s*(\S+?)\s*[:：|\-–—]\s*(?=«?[^\W\d_])(.+)$")
_MIN_VIDEO_HEADLINE_WORDS = 3
_MIN_VIDEO_HEADLINE_CHARS = 5  # a headline in Chinese or Japanese, no spaces
_MAX_VIDEO_TEASER_WORDS = 20
_INDIC_FIRST, _INDIC_LAST = "\u0900", "\u09ff"  # Devanagari and Bengali
# Thai (its vowel signs split "วิดีโอ" into \w parts) with its words for a video and a clip.
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"
_THAI_VIDEO_WORDS = frozenset(("วิดีโอ", "คลิป"))
# A video's credit after the label: the agency's or channel's name, one to three words each opening
# with a capital or in a script without case ("Vídeo: EFE", "Видео: ТАСС", "Бейне: Хабар 24", "视频：新华社",
# "วิดีโอ: Thai PBS"); not after a verb's label ("Watch: Tom", "شاهد: ..." read a headline).
_MAX_CREDIT_WORDS = 3
_VERB_LABELS = frozenset(("watch", "شاهد"))


def is_video_teaser(line: str, words: list[str]) -> bool:
    """A video's teaser line (see above)."""
    if len(words) > _MAX_VIDEO_TEASER_WORDS or (
            words[0].lower() not in _VIDEO_WORDS and not _INDIC_FIRST <= line[:1] <= _INDIC_LAST
            and not _THAI_FIRST <= line[:1] <= _THAI_LAST):
        return False  # most lines: the first word is no video's (\w parts Hindi, Bengali and Thai words)
    named = line.endswith("»") and "«" in line
    if TERMINAL.search(line[:-1] if named else line) is not None:
        return False
    found = _VIDEO_TEASER.match(line)
    if found is None or (label := found.group(1).lower()) not in _VIDEO_WORDS | _THAI_VIDEO_WORDS:
        return False
    headline = found.group(2)
    spaced = len(headline.split())
    return spaced >= _MIN_VIDEO_HEADLINE_WORDS or (named and "«" in headline) or (
        spaced == 1 and len(headline) >= _MIN_VIDEO_HEADLINE_CHARS and not headline.isascii()) or (
        label not in _VERB_LABELS and _credit(headline))


def _credit(name: str) -> bool:
    """``name`` is a video's credit (see ``_MAX_CREDIT_WORDS``): a few words, each opening with a capital,
    a digit or a letter without case."""
    parts = name.split()
    return len(parts) <= _MAX_CREDIT_WORDS and all(
        part[:1].isupper() or part[:1].isdigit() or part[:1].lower() == part[:1].upper() for part in parts)
