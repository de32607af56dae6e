"""A reader-support appeal set in the body's text, inside or after the story.

Outlets that keep no paywall ask their readers for money in a box of their own: "... we have a small
favour to ask. More people are reading ... than ever ... Support us from as little as $1", then a
button ("Support The Guardian", "Jetzt unterstützen", "Soutenez-nous"). Its paragraphs run long, so no
one-line rule (``core.junk``) takes them, and the extractor keeps them as body.

The appeal is known by its opening paragraph: one that asks the reader for help in so many words
("we have a small favour to ask", "Wir haben eine kleine Bitte", "nous avons une petite faveur à vous
demander"), or that opens (the line, or a sentence of it) with the imperative to support the
outlet's journalism or work ("Unterstützen Sie unabhängigen Journalismus", "Soutenez notre travail",
"Apoya el periodismo independiente.": a sentence of its own, for in Spanish, Italian or Dutch the
imperative is also "he supports", "I support"). A story's sentence about donations says neither: "The charity
asked readers to support its work" is told of others, "unterstützen sie" in mid-sentence is "they".

From there the appeal runs to its button (a short line asking for support or money within
``_MAX_APPEAL_LINES``), the story or the page's furniture going on after it; without one, to the end
when it stands in the text's second half (after it comes the page's furniture), else it is its one
paragraph. A line of a few words is a button or a prompt, the line rules' to judge.
"""

from __future__ import annotations

import re

from core.cuts.corrections import is_correction

# Phrases asking the reader, anywhere in the line.
_ASKS = (
    # en de fr es it pt nl pl sv ru uk
    r"we(?: have|'ve got) (?:a|one) small favou?r to ask|"
    r"we(?: would|'d| want to)? like to ask you for your support|"
    r"please consider supporting (?:us|our)|consider making a contribution to|"
    r"wir haben eine kleine bitte|eine kleine bitte an sie|"
    r"(?:une )?petite faveur à vous demander|un pequeño favor que pedirte|te pedimos un pequeño favor|"
    r"un piccolo favore da chiederti|um pequeno favor a pedir|een kleine gunst te vragen|"
    r"mamy do (?:ciebie|was) (?:małą|drobną) prośbę|vi har en liten begäran|"
    r"у нас (?:к вам )?(?:есть )?небольшая просьба|у нас є невелике прохання"
)
# The imperative to support the outlet, opening the line or one of its sentences.
_IMPERATIVES = (
    r"(?:please )?support (?:our|independent|quality) (?:\w+ )?(?:journalism|reporting|work|newsroom)|"
    r"unterstützen sie (?:unabhängigen |unseren |guten |kritischen |den )?(?:\w+ )?"
    r"(?:journalismus|arbeit|redaktion|uns mit)|"
    r"soutenez(?:-nous|(?: un| le| notre)? (?:\w+ )?(?:journalisme|travail|rédaction))|"
    r"apoya (?:el |nuestro )?(?:\w+ )?(?:periodismo|trabajo)|"
    r"sostieni (?:il |la )?(?:nostro |nostra )?(?:\w+ )?(?:giornalismo|lavoro|redazione)|"
    r"apoie (?:o |nosso |o nosso )?(?:\w+ )?(?:jornalismo|trabalho)|"
    r"steun (?:onze |onafhankelijke |de )?(?:\w+ )?(?:journalistiek|werk|redactie)|"
    r"wesprzyj (?:nasze |niezależne )?(?:dziennikarstwo|redakcję|naszą pracę)|"
    r"stöd (?:oberoende |vår )?(?:journalistik|arbete)|"
    r"поддержите (?:нашу |независимую )?(?:журналистику|работу|редакцию)|"
    r"підтримайте (?:нашу |незалежну )?(?:журналістику|роботу|редакцію)"
)
# ... or heads the appeal's box alone, with no sentence of its own ("Unterstützen Sie unabhängigen
# Journalismus", "Bağımsız gazeteciliğe destek olun", "Dukung jurnalisme independen"), the appeal's
# paragraph after it: where the paragraph or a button within reach asks for support or money
# (``_BUTTON``).
_HEADING = re.compile(
    rf"^(?:{_IMPERATIVES}|(?:please )?support us|unterstützen sie uns|soutenez-nous|"
    r"(?:\w+ )?(?:bağımsız )?gazeteciliğe destek olun|dukung (?:jurnalisme|kami)(?: \w+)?|"
    r"ủng hộ (?:báo chí|chúng tôi)(?: \w+)?|(?:\S+ ){0,3}حمایت کنید|ادعم (?:الصحافة|عملنا)(?: \S+)?|"
    r"(?:\S+ ){0,3}समर्थन करें)(?: \w+)?\s*[.!]?$", re.IGNORECASE)  # an adjective after its noun
_MAX_HEADING_WORDS = 8
# The reader addressed, in the appeal's paragraph that asks for support (a story's paragraph that names
# a contribution tells of others): lowered, with a space before the line.
_READER = (" you", " ihre", " sie ", " vous", " votre", " tu ", " tus ", " te ", " você", " seu ", " sua ",
           " tuo", " tua ", " vostr", " ваш", " вам", " вас", " twoj", " twoje", " wam ", "iniz", "ınız",
           " anda", " bạn", " شما", " لكم", " आप", "あなた", "您", "여러분")
# The imperative is a sentence of its own ("Apoya el periodismo local con una ley" is "he supports").
_OPENER = re.compile(rf"(?:{_ASKS})|(?:^|[.!?]\s+)(?:{_IMPERATIVES})(?:\s+[\w'’-]+){{0,2}}\s*[.!:]",
                     re.IGNORECASE)
# One look at the whole (lowered) text first: most texts hold none of these stems (plain substring
# searches; a regular expression's search of a whole text costs a hundred times more).
HINTS = ("favour", "favor", "faveur", "for your support", "consider supporting", "consider making", "bitte",
         "pedirte", "chiederti", "a pedir", "gunst", "prośb", "begäran", "просьба", "прохання", "support our",
         "support independent", "support quality",
         "unterstützen", "soutenez", "apoya", "sostieni", "apoie", "steun ", "wesprzyj", "stöd ",
         "поддержите", "підтримайте", "destek olun", "dukung ", "ủng hộ", "حمایت کنید", "ادعم ",
         "समर्थन करें")
# The appeal's paragraph runs to a sentence or more (a button alone is the line rules'); a line longer
# than this is a story's paragraph.
_MIN_OPENER_WORDS = 12
_MAX_OPENER_WORDS = 90
# Its button: a short line within this many lines after the opening, asking for support or money.
_MAX_APPEAL_LINES = 6
_MAX_BUTTON_WORDS = 6
_BUTTON = re.compile(
    r"support|donat|contribut|become a (?:member|supporter|subscriber)|unterstütz|spende|mitglied werden|"
    r"soutenir|soutenez|faire un don|faites un don|devenir membre|apoya|apoyar|don[aá]r?\b|colabora|"
    r"hazte socio|sostien|dona ora|abbonati|apoi[ae]|doar|steun|doneer|lid worden|wesprzyj|wpłać|stöd|"
    r"bidra|bli medlem|поддерж|пожертв|підтрим|задонат|destek|bağış|dukung|ủng hộ|حمایت|دعم|सहयोग",
    re.IGNORECASE)
# ... and the words of an appeal's paragraph that asks for support or money, beside a button's.
_SUPPORT = re.compile(
    rf"{_BUTTON.pattern}|внесок|wsparci|wpłat|katkı|kontribusi|đóng góp|کمک|مساهمة|योगदान|unterstützung|"
    r"contribution|aportación|contributo|ajuda", re.IGNORECASE)


def _opens_appeal(line: str) -> bool:
    lowered = line.lower()  # the pattern is searched only in a line holding one of its stems
    return any(map(lowered.__contains__, HINTS)) and _OPENER.search(line) is not None


def _heads_appeal(lines: list[str], words: list[list[str]], index: int) -> bool:
    """``lines[index]`` heads an appeal's box (``_HEADING``): the appeal's paragraph after it, asking
    for support or money itself or with a button within reach."""
    after = index + 1
    if after >= len(lines) or not _MIN_OPENER_WORDS <= len(words[after]) <= _MAX_OPENER_WORDS:
        return False
    lowered = lines[index].lower()
    if not any(map(lowered.__contains__, HINTS)) or _HEADING.match(lines[index]) is None:
        return False
    paragraph = lines[after]
    if _SUPPORT.search(paragraph) is not None and any(map(f" {paragraph.lower()}".__contains__, _READER)):
        return True
    return any(
        0 < len(words[later]) <= _MAX_BUTTON_WORDS and _BUTTON.search(lines[later]) is not None
        for later in range(after + 1, min(len(lines), index + 1 + _MAX_APPEAL_LINES)))


def drop_support_appeals(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without a reader-support appeal (see the module's doc)."""
    total = sum(len(w) for w in words)
    seen = 0
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        count = len(words[index])
        if 0 < count <= _MAX_HEADING_WORDS and _heads_appeal(lines, words, index):
            near = range(index + 2, min(len(lines), index + 1 + _MAX_APPEAL_LINES))
            end = next((after + 1 for after in near
                        if 0 < len(words[after]) <= _MAX_BUTTON_WORDS and _BUTTON.search(lines[after])),
                       index + 2)
            drop.update(i for i in range(index, end) if not is_correction(lines[i], len(words[i])))
            seen += sum(len(w) for w in words[index:end])
            index = end
            continue
        if _MIN_OPENER_WORDS <= count <= _MAX_OPENER_WORDS and _opens_appeal(lines[index]):
            near = range(index + 1, min(len(lines), index + 1 + _MAX_APPEAL_LINES))
            end = next((after + 1 for after in near
                        if 0 < len(words[after]) <= _MAX_BUTTON_WORDS and _BUTTON.search(lines[after])), None)
            if end is None:  # no button: the appeal runs to the end after the story, else is its paragraph
                end = len(lines) if seen * 2 >= total else index + 1
            drop.update(i for i in range(index, end) if not is_correction(lines[i], len(words[i])))
            seen += sum(len(w) for w in words[index:end])
            index = end
            continue
        seen += count
        index += 1
    if not drop:
        return lines, words
    keep = [i for i in range(len(lines)) if i not in drop]
    return [lines[i] for i in keep], [words[i] for i in keep]
