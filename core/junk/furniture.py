"""The page's furniture left in the text: breadcrumbs, labels (advertisement, audio and video players,
sharing buttons), an advertisement's text, font-size and share-count widgets, bare site names and
addresses."""

from __future__ import annotations

import re

from core.junk.date_lines import is_date_banner
from core.junk.line_shapes import COLUMNS, TERMINAL

# Breadcrumbs: "Home / WORLD / ...", "Home > News", "Home page Politics".
_BREADCRUMB = re.compile(r"^(?:home(?:\s*page)?|main(?:\s*page)?)\s*(?:[/>»|›]|$|\s+\w+$)", re.IGNORECASE)
_BREADCRUMB_SEPARATED = re.compile(r"^home\s*[/>»|›]", re.IGNORECASE)

# An advertisement's text set in the body with its label ("TEXT AD: Call Willie - +234...").
AD_TEXT = re.compile(
    r"^(?:text ad|advert(?:isement)?|sponsored(?: content)?|anzeige|publicidad|publicité)\s*:\s*\S",
    re.IGNORECASE)
LABEL = re.compile(
    r"^(?:date|author|authors|by|source|comments?|share|print|email|tweet|up|top|back to top|"
    r"advertisement|sponsored|loading\.*|click to (?:enlarge|expand)|"
    # the comments' and the ads' widgets' own lines ("Loading comments...", "Sign in to comment")
    r"loading comments(?:\.*|…)|(?:sign|log) in to (?:comment|leave a comment)|ads by google|"
    r"scroll down for (?:the )?video|"
    # the advertisement label and the audio player's in the languages of the news
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|reklam|iklan|"
    r"quảng cáo|广告|広告|광고|إعلان|artikel (?:anhören|vorlesen)|écouter (?:cet |l'|l’)article|"
    r"escuchar (?:este )?(?:artículo|noticia)|ouvir (?:este )?(?:artigo|texto)|ascolta l'articolo|"
    r"слушать (?:статью|новость)|oglas|mainos|hirdetés|διαφήμιση|پیام بازرگانی|"
    # ... in Romanian, Czech, Urdu, Hindi, Bengali, Swahili, Thai, Persian, Hebrew
    r"publicitate|reclamă|inzerce|اشتہار|विज्ञापन|বিজ্ঞাপন|tangazo|โฆษณา|تبلیغات|آگهی|פרסומת|"
    # the video player's label ("Video abspielen", "Lire la vidéo", "Смотреть видео")
    r"video abspielen|(?:lire|voir) la vidéo|reproducir (?:el )?v[ií]deo|ver (?:el )?v[ií]deo|"
    r"assistir (?:ao )?v[ií]deo|guarda il video|смотреть видео|дивитися відео|odtwórz (?:wideo|film)|"
    r"přehrát video|prehrať video|katso video|spela upp video|afspil video|spill av video|speel video af|"
    r"video oynat|videoyu oynat|動画を再生|播放视频|동영상 재생|"
    # the advertisement's slot in the text ("Advertisement - Scroll to continue", "Story continues below")
    r"advertisement\s*[-–—]\s*scroll to continue|(?:story|article) continues below(?: advertisement)?|"
    # sharing buttons' labels
    r"share on(?: (?:facebook|x|twitter|linkedin|whatsapp|telegram|email|reddit))?|copy link|kopioi linkki|"
    # ... the bar's label alone ("Share on", "Compartir en", "Kindly share this story:") in more languages
    r"kindly share this (?:story|article|news|post)|compartir en|compartilhe|شیئر کریں|شارك|シェアする|"
    r"分享到|"
    r"link kopieren|copier le lien|copiar (?:el )?enlace|kopiuj link|jaa|dela|del|udostępnij|sdílet|"
    r"zdieľať|megosztás|compartir|partager|teilen|condividi|paylaş|поделиться|поділитися|сподели|"
    r"bagikan|chia sẻ|κοινοποίηση|distribuie|اشتراک‌گذاری|اشتراک گذاری|शेयर करें|শেয়ার করুন|shiriki|แชร์|"
    # ... and the video player's in Thai, Persian, Hindi, Bengali, Greek, Hungarian, Ukrainian
    r"เล่นวิดีโอ|پخش ویدیو|वीडियो देखें|ভিডিও দেখুন|αναπαραγωγή βίντεο|videó lejátszása|відтворити відео)\s*:?$",
    re.IGNORECASE,
)
# The page's tools in brackets, side by side on a line of their own, as Chinese agency and
# government pages close an article ("【纠错】【责任编辑:王五】", "【打印】【关闭】",
# "[打印本页] [关闭窗口]"): every bracket a tool's name or the desk editor's credit; a bracket
# holding anything else (a story's "【评论】") keeps the line.
_TOOL_NAME = (r"(?:我要)?纠错|糾錯|打印(?:本页|此页)?|列印|关闭(?:窗口|本页)?|關閉(?:視窗)?|"
              r"(?:加入)?收藏|返回顶部|分享(?:到)?|字号|字號|[大中小]|放大|缩小|默认")
_DESK_EDITOR = r"(?:责任编辑|責任編輯|责编|编辑|編輯)\s*[:：]\s*[^】\]\s]{1,20}"
_TOOL_BRACKET = rf"[【\[]\s*(?:{_TOOL_NAME}|{_DESK_EDITOR})\s*[】\]]"
BRACKETED_TOOLS = re.compile(rf"^(?:{_TOOL_BRACKET}\s*)+$")
_HOSTNAME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# A bare address left as a signature: an e-mail address or a social-media profile.
ADDRESS = re.compile(
    r"^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
    r"^(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin)\.com/\S+$",
    re.IGNORECASE,
)


# A release's place under its label, alone on its line, beside its date's ("Ort: Bonn", "Lieu : Paris",
# "Location: Geneva", "Место: Москва"): the release's details, not its text. A place of a few capitalised
# words (a venue's name may follow its comma); a sentence runs on or ends with its stop.
_PLACE_LABEL = re.compile(
    r"^(?:ort|veranstaltungsort|lieu|location|venue|lugar|local|luogo|miejsce|место|місце|yer|tempat|"
    r"địa điểm)\s*[:：]\s*(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇ])[^.!?:;]{0,50}$", re.IGNORECASE)
_MAX_PLACE_WORDS = 6


def is_place_label(line: str, words: list[str]) -> bool:
    return len(words) <= _MAX_PLACE_WORDS and ":" in line[:20] and _PLACE_LABEL.match(line) is not None


def is_breadcrumb(line: str, words: list[str]) -> bool:
    if _BREADCRUMB_SEPARATED.match(line):
        return True
    return len(words) <= 4 and bool(_BREADCRUMB.match(line)) and not TERMINAL.search(line)


def is_widget(line: str, words: list[str]) -> bool:
    """Font-size pickers and share counters: numbers alternating with one repeated word
    ("12 Punto 14 Punto 16 Punto"). Table rows have several distinct words, or their cells'
    separators ("| 71.1 MB | 13.4 MB |"), and are kept."""
    if len(words) < 4 or COLUMNS.search(line):
        return False
    numbers = sum(w.isdigit() for w in words)
    if numbers * 2 < len(words):
        return False  # mostly words: prose (most lines end here, before the folding below)
    others = [w.lower() for w in words if not w.isdigit()]
    return len(others) >= 2 and len(set(others)) == 1


def is_hostname(line: str) -> bool:
    """A bare site name left as a signature ("Axar.az")."""
    return bool(_HOSTNAME.match(line))


# A post's meta line: its labels with their values side by side ("05/10/2018 - Publicado por: Ana Lima -
# Categoria: Saúde - Tags: sad", "Posted by admin | Category: News | Tags: budget"): two labels or more
# of a blog's or a news site's post (en de fr es pt it nl pl ru uk tr id). A story's line holds one
# label at most ("Datum: 12. Mai, Ort: Berlin" names a day and a place), or ends as a sentence does.
# The details' line of an old CMS's news module (uCoz's eDetails: "Просмотров: 214 | Добавил: admin |
# Рейтинг: 5.0/1", "Views: 20 | Added by: admin") counts its views, its adder, rating and comments.
_META_LABEL = re.compile(
    r"(?:^|[\s|•·/–—-])(posted by|posted in|published by|written by|filed under|categor(?:y|ies)|tags?|"
    r"topics?|author|veröffentlicht (?:von|am)|kategorien?|schlagw(?:ö|o)rte?r?|stichwörter|rubrik|"
    r"autorin|publié (?:par|le)|catégories?|rubrique|mots-clés|étiquettes|auteur|publicado (?:por|el|em)|"
    r"categorías?|categorias?|categorie|etiquetas|pubblicato (?:da|il)|argomenti|autore|"
    r"geplaatst (?:door|in)|gepubliceerd (?:door|op)|categorieën|trefwoorden|rubriek|opublikowano|"
    r"kategori(?:a|e)|tagi|автор|рубрика|категори[яі]|теги|тэги|опубликовано|опубліковано|yazar|kategori|"
    r"etiketler|penulis|autor|"
    r"views|hits|added by|rating|comments|дата|просмотров|просмотры|добавил[аи]?|рейтинг|комментарии|"
    r"переглядів|перегляди|додав(?:ла)?|коментарі|odsłon|dodał[a]?|ocena|komentarze|aufrufe|"
    r"hinzugefügt von|bewertung|kommentare|görüntülenme|ekleyen|değerlendirme|yorumlar|lượt xem|"
    r"người đăng|đánh giá|bình luận|ajouté par|commentaires|visitas|añadido por|valoración|"
    r"comentarios|visualizações|adicionado por|comentários|добавлено|санат|қаралды|қосқан|күні)\s*:",
    re.IGNORECASE)
_MAX_META_WORDS = 30
# A count or a day in brackets closes such a line ("Комментарии (0)", "Добавил: Иван (03.12.2026)").
_BRACKETED_NUMBER = re.compile(r"\(\d[\d.:/, -]*\)$")
# A day with its month in words in any language, or a time of day, as such a line parts them ("Добавил:
# admin | 3 Декабря 2026 | 14:25").
_DAY_IN_WORDS = re.compile(r"^(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}(?:\s*г\.?)?|\d{1,2}:\d\d)$")


def is_post_meta(line: str, words: list[str]) -> bool:
    if ":" not in line or len(words) > _MAX_META_WORDS \
            or (TERMINAL.search(line) and not (line.endswith(")") and _BRACKETED_NUMBER.search(line))):
        return False  # a sentence, with its closing stop, is the story's
    labels = {found.lower() for found in _META_LABEL.findall(line)}
    if len(labels) >= 2:
        return True
    # One label beside the post's day and time ("13-11-2025, 10:21 | Просмотров: 512", DLE's line):
    # each part parted by "|" a labelled value or a date.
    parts = [part.strip() for part in line.split("|")]
    return len(labels) == 1 and len(parts) >= 2 and all(
        part and (_META_LABEL.match(part) or is_date_banner(part) or _DAY_IN_WORDS.match(part))
        for part in parts)
