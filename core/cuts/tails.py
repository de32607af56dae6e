"""Rules across lines: what follows an article body and is not it, and teasers of other articles.

``cut_tail`` drops everything from a tail marker ("See also", "Related stories", "Leave a Reply" in
many languages) after the body's first half, or from the heading of a donation appeal after its
first third (a correction's note in the tail stays: ``core.cuts.corrections``); a box of a few
headlines inside the body, with the article's prose after it, goes alone. ``drop_teasers`` drops a
"read also" marker alone on its line ("Les også:", "Lire aussi :") with the other article's headline
after it. ``drop_post_texts`` drops an embedded post's text above
its signature line ("— Jane Doe (@jane) 4 mai 2024"). The one-line rules are ``core.junk``'s;
``core.text.clean_text`` applies both (bump ``core.text.CLEANER_VERSION`` when a rule here changes).
"""

from __future__ import annotations

import re

from core.cuts.corrections import is_correction
from core.junk import MAX_MARKER_WORDS, READ_ALSO, TERMINAL
from core.junk.embeds import SIGNATURE_LINE

# A whole line that announces what follows is not this article: cut from there to the end.
_TAIL_MARKER = re.compile(
    r"^(?:see also|related(?: articles| stories| news| posts| coverage)?|read (?:more|also|next)|"
    r"more (?:from|on|stories|news)(?: .{0,40})?|latest(?: news| stories)?|you (?:may|might) also like|"
    r"recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|also read|"
    r"leave a (?:reply|comment)|comments?|share this(?: article| story)?|tags?|topics|"
    r"mehr zum thema|sur le même sujet|noticias relacionadas|ilgili haberler|"
    r"相关阅读|延伸阅读|関連記事|相关新闻|猜你喜欢|tin liên quan|bài viết liên quan|digər xəbərlər|"
    r"другие новости|похожие новости|новости по теме|관련\s?기사|ذات صلة|"
    # most read, comments and related articles in more languages of the news
    r"meistgelesen(?:e (?:artikel|nachrichten))?|kommentare|ähnliche artikel|weitere (?:artikel|nachrichten)|"
    r"les plus lus|commentaires|articles similaires|dans la même rubrique|"
    r"lo más leído|(?:las |los )?más leíd[oa]s|comentarios|artículos relacionados|más noticias|"
    r"(?:as )?mais lidas|comentários|notícias relacionadas|(?:i )?più lett[ie]|commenti|articoli correlati|"
    r"meest gelezen|reacties|gerelateerde artikelen|mest (?:lest|läst|læst|lesne)|kommentarer|"
    r"relaterte artikler|relaterade artiklar|relaterede artikler|luetuimmat|kommentit|"
    r"najczęściej czytane|komentarze|powiązane artykuły|nejčtenější|komentáře|související články|"
    r"самое читаемое|самое популярное|комментарии|коментарі|найпопулярніше|"
    r"en çok okunanlar|yorumlar|benzer haberler|legolvasottabb|hozzászólások|kapcsolódó cikkek|"
    r"cele mai citite|comentarii|articole similare|berita terkait|artikel terkait|terpopuler|komentar|"
    r"الأكثر قراءة|تعليقات|أخبار ذات صلة|人気記事|热门文章|많이 본 뉴스|댓글|"
    # related stories, more news and recommendations in still more languages of the news: Norwegian,
    # Swedish, Danish, Dutch, German, French, Spanish, Portuguese, Italian, Polish, Czech, Slovak,
    # Finnish, Russian, Ukrainian, Turkish, Indonesian, Vietnamese, Japanese, Chinese, Korean, Arabic,
    # Persian, Hebrew, Greek, Romanian, Serbo-Croatian, Bulgarian, Hindi, Bengali, Thai
    r"flere (?:saker|nyheter|artikler)|andre leste også|mer om (?:dette|saken|temaet)|relaterte saker|"
    r"fler (?:nyheter|artiklar)|relaterat|mest læste|flere nyheder|relaterede nyheder|"
    r"meer nieuws|gerelateerd(?: nieuws)?|meer over dit onderwerp|"
    r"mehr aus (?:dem ressort|der rubrik)|weitere meldungen|verwandte artikel|empfohlene artikel|"
    r"à lire (?:aussi|également)|nos articles|articles (?:liés|associés|recommandés)|les plus partagés|"
    r"notas relacionadas|contenido relacionado|te puede interesar|recomendados|otras noticias|"
    r"mais notícias|conteúdo relacionado|veja também|recomendados para você|"
    r"ti potrebbe interessare|potrebbe interessarti(?: anche)?|altri articoli|notizie correlate|"
    r"polecane(?: artykuły)?|więcej informacji|powiązane|mohlo by vás zajímat|související|"
    r"súvisiace články|mohlo by vás zaujímať|aiheesta lisää|lue lisää aiheesta|"
    r"похожие материалы|другие материалы|(?:ещё|еще) по теме|рекомендуем|новини за темою|"
    r"схожі новини|більше новин|інші новини|читайте також|тақырып бойынша|басқа жаңалықтар|diğer haberler|"
    r"öne çıkanlar|"
    r"artikel lainnya|berita lainnya|tin cùng chuyên mục|tin khác|関連ニュース|おすすめ記事|"
    r"热门推荐|更多新闻|相关文章|추천 기사|인기 기사|관련 뉴스|مواضيع ذات صلة|اخبار متعلقة|"
    r"مطالب مرتبط|اخبار مرتبط|پربازدیدترین|כתבות נוספות|עוד באתר|הכי נקראים|σχετικά άρθρα|"
    r"δημοφιλή|știri similare|povezane (?:vijesti|vesti)|povezani članci|najčitanije|"
    r"свързани новини|най-четени|още от категорията|संबंधित खबरें|সম্পর্কিত খবর|ข่าวที่เกี่ยวข้อง|"
    r"ข่าวยอดนิยม|"
    # "you may also like" and "latest news" boxes: English, German, French, Spanish, Portuguese, Italian,
    # Russian, Ukrainian, Polish, Turkish, Indonesian, Vietnamese, Chinese, Japanese, Korean, Arabic, Persian
    r"related topics|editor['’]?s picks|you may also be interested in|"
    r"das könnte sie auch interessieren|mehr nachrichten|top-themen|vous aimerez (?:peut-être )?aussi|"
    r"plus d['’](?:actualités|infos)|sur le même thème|también te puede interesar|últimas noticias|"
    r"você também pode gostar|últimas notícias|ultime notizie|вас может заинтересовать|последние новости|"
    r"вам також може сподобатися|останні новини|może cię zainteresować|najnowsze(?: wiadomości)?|"
    r"ilginizi çekebilir|son haberler|anda mungkin juga suka|berita terbaru|có thể bạn quan tâm|"
    r"tin mới nhất|最新新闻|最新ニュース|あなたにおすすめ|최신 뉴스|قد (?:يهمك|يعجبك) أيضا[ًا]?|آخر الأخبار|"
    r"مطالب پیشنهادی|آخرین اخبار|"
    # a press release's press contacts box (the Council of the EU's, a ministry's, an agency's): English,
    # German, French, Spanish, Italian, Portuguese, Russian, Chinese
    r"(?:press|media) (?:contacts?|enquiries|inquiries)|pressekontakte?|medienkontakte?|"
    r"contacts? (?:presse|médias?)|contactos? (?:de|para) (?:prensa|medios)|"
    r"contatti (?:stampa|per la stampa)|"
    r"contatos? (?:de|para) (?:imprensa|a imprensa)|контакты для (?:прессы|сми)|媒体联系人|新闻联系人)\s*:?$",
    re.IGNORECASE,
)

# The same marker alone with its colon ("Les også:"): the teaser headline follows on the next line.
_PROMO_MARKER = re.compile(rf"^(?:{READ_ALSO})\s*(?::|：|\.\.\.|…)$|^don'?t miss$", re.IGNORECASE)
# ... or without it, a teaser box's heading whose link the extractor dropped ("Читайте также"). One
# word alone ("Related", "More") may be a section label and stays.
_BARE_MARKER = re.compile(rf"^(?:{READ_ALSO})$", re.IGNORECASE)
# Cheap looks first (most lines are neither): the marker's line ends with its colon or dots, or is
# "don't miss" (``re.IGNORECASE`` reads "ſ" as "s"; ``$`` holds before a final newline too); a bare
# marker is no longer than the longest of ``READ_ALSO`` (tests/core/cuts/test_clean_tails_fast_paths.py).
_PROMO_MARKER_ENDS = (":", "：", ".", "…", "s", "S", "ſ", "\n")
_MAX_BARE_MARKER_CHARS = 44
# ... but a CJK marker is one word and never a section's label ("相关阅读", "関連記事", "관련기사").
# A teaser box's label in brackets: up to three headlines follow it.
_OPENING_BRACKETS, _CLOSING_BRACKETS = "[【［〔", "]】］〕"
_BOX_HEADLINES = 3
_CJK_MARKER = re.compile(
    r"^(?:相关阅读|延伸阅读|相关新闻|推荐阅读|更多阅读|延伸閱讀|相關閱讀|相關新聞|関連記事|あわせて読みたい|관련\s?기사)$")


def drop_teasers(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Drop "Les også:" / "Lire aussi :" lines with the other article's headline after them; a marker
    in brackets ("[Zobacz także]", "[관련기사]") heads a box of up to three headlines."""
    drop: set[int] = set()
    for index, line in enumerate(lines):
        bare = len(words[index]) >= 2 and len(line) <= _MAX_BARE_MARKER_CHARS
        boxed = _boxed_marker(line)
        if boxed or (line.endswith(_PROMO_MARKER_ENDS) and _PROMO_MARKER.match(line)) \
                or _CJK_MARKER.match(line) or (bare and _BARE_MARKER.match(line)):
            drop.add(index)
            for following in range(index + 1, min(index + 1 + (_BOX_HEADLINES if boxed else 1), len(lines))):
                headline = lines[following]
                # a box's headline may ask ("Dolar güne nasıl başladı?"); a sentence ends with a stop
                ends = headline.endswith((".", "。")) if boxed else TERMINAL.search(headline)
                if len(words[following]) > 20 or ends:
                    break
                drop.add(following)
    if not drop:
        return lines, words
    keep = [i for i in range(len(lines)) if i not in drop]
    return [lines[i] for i in keep], [words[i] for i in keep]


def _boxed_marker(line: str) -> bool:
    """A marker alone in brackets, a teaser box's label ("[Zobacz także]", "[관련기사]", "【関連記事】",
    "[Berita Terkait]": a "read also" or a related box's words)."""
    if line[:1] not in _OPENING_BRACKETS or line[-1:] not in _CLOSING_BRACKETS \
            or len(line) > _MAX_BARE_MARKER_CHARS + 2:
        return False  # most lines (cheap)
    inner = line[1:-1].strip()
    return bool(_BARE_MARKER.match(inner) or _CJK_MARKER.match(inner) or _TAIL_MARKER.match(inner))


def cut_tail(lines: list[str], word_counts: list[int]) -> list[str]:
    """Drop everything from a tail marker ("See also", "Leave a Reply") on, when it comes after
    the body's first half (a marker near the top is more likely a stray label), or from the heading
    of a donation appeal after its first third. A box of a few
    headlines inside the body, with the article's prose after it, is no tail: only the box goes."""
    total = sum(word_counts)
    seen = 0
    for index, line in enumerate(lines):
        # An appeal's own paragraphs run long (no line rule takes them) and weigh on the halves.
        if seen * 3 >= total and _is_appeal_heading(lines, word_counts, index):
            return lines[:index] + _notes(lines, word_counts, index)
        if seen * 2 >= total and word_counts[index] <= MAX_MARKER_WORDS and _TAIL_MARKER.match(line):
            resume = None if _NOT_A_BOX.match(line) else _prose_after_box(lines, word_counts, index + 1)
            if resume is None:
                return lines[:index] + _notes(lines, word_counts, index)
            return lines[:index] + cut_tail(lines[resume:], word_counts[resume:])
        seen += word_counts[index]
    return lines


def _notes(lines: list[str], word_counts: list[int], start: int) -> list[str]:
    """The correction's or editor's notes in the tail cut from ``start`` (the story's text: see
    ``core.cuts.corrections``)."""
    return [line for line, count in zip(lines[start:], word_counts[start:], strict=True)
            if is_correction(line, count)]


# A related-stories box inside the body: up to this many headlines, then the article goes on with
# sentences of this many words or more, to the end.
_MAX_BOX_HEADLINES = 4
# The heading of a donation or membership appeal under the article ("Support PREMIUM TIMES'
# journalism of integrity and credibility", "Support independent journalism", "Unterstützen Sie
# unabhängigen Journalismus"): everything after it is the appeal and the page's furniture.
_APPEAL_HEADING = re.compile(
    r"^(?:support|fund|back)\s+(?:\S+\s+){0,4}(?:journalism|reporting)\b|"
    r"^(?:unterstützen sie|soutenez|apoya|apoie|sostieni)\s+(?:\S+\s+){0,3}"
    r"(?:journalismus|journalisme|periodismo|jornalismo|giornalismo)\b", re.IGNORECASE)
_MIN_APPEAL_WORDS = 30


def _is_appeal_heading(lines: list[str], word_counts: list[int], index: int) -> bool:
    """``lines[index]`` heads a donation appeal: a short line without a colon, followed by the appeal's
    long paragraph ("Support our journalism: donate today" is a one-line prompt, left to the line
    rules, and the prose after it stays)."""
    line = lines[index]
    return word_counts[index] <= MAX_MARKER_WORDS and ":" not in line and bool(_APPEAL_HEADING.match(line)) \
        and index + 1 < len(lines) and word_counts[index + 1] >= _MIN_APPEAL_WORDS


# Tail markers after which prose is not the article's: comments, tags, sharing.
_NOT_A_BOX = re.compile(r"^(?:leave a|comments?|share|tags?|topics|kommentare|commentaires|comentarios|"
                        r"comentários|commenti|reacties|kommentarer|kommentit|komentarze|komentáře|"
                        r"комментарии|коментарі|yorumlar|hozzászólások|comentarii|komentar|تعليقات|댓글)\b",
                        re.IGNORECASE)
_MIN_RESUMED_WORDS = 12


def _prose_after_box(lines: list[str], word_counts: list[int], start: int) -> int | None:
    """Where the article's prose resumes after the headlines that follow a tail marker at
    ``start - 1``, when every line from there on is a sentence; else None (a tail to cut)."""
    index = start
    while index < len(lines) and index - start < _MAX_BOX_HEADLINES + 1 \
            and word_counts[index] <= 20 and not TERMINAL.search(lines[index]):
        index += 1
    rest = range(index, len(lines))
    if index - start > _MAX_BOX_HEADLINES or not rest:
        return None
    if all(word_counts[i] >= _MIN_RESUMED_WORDS and TERMINAL.search(lines[i]) for i in rest):
        return index
    return None


# An embedded post's text runs to a few lines of at most this many words (280 characters), above its
# signature; the extractor drops a text that is only a link, so the line above may be the article's.
_MAX_POST_WORDS = 60
_MAX_POST_LINES = 4
# What a post's text holds and an article's paragraph does not: a link, a mention, a hashtag.
_POST_MARK = re.compile(r"https?://|pic\.twitter\.com|(?<!\w)[@#]\w")
# The article's own lines: a table's row, a list's item (and a line ending with the colon that
# introduces the post).
_ARTICLE_SHAPE = re.compile(r"^[-–•*]\s|[|\t]")


def drop_post_texts(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Drop the lines of an embedded post's text above its signature line: those with a link, a
    mention or a hashtag, or without a sentence's closing punctuation (an article's paragraph has it).
    The signature itself goes by the line rules."""
    drop: set[int] = set()
    for index, line in enumerate(lines):
        if "(@" not in line or SIGNATURE_LINE.match(line) is None:
            continue
        above = index - 1
        while above >= 0 and index - above <= _MAX_POST_LINES and above not in drop \
                and _is_post_text(lines[above], len(words[above])):
            drop.add(above)
            above -= 1
    if not drop:
        return lines, words
    keep = [i for i in range(len(lines)) if i not in drop]
    return [lines[i] for i in keep], [words[i] for i in keep]


def _is_post_text(line: str, count: int) -> bool:
    if not 0 < count <= _MAX_POST_WORDS or _ARTICLE_SHAPE.search(line) or line.endswith((":", "：")):
        return False
    return _POST_MARK.search(line) is not None or TERMINAL.search(line) is None
