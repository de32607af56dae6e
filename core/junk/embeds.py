"""Embedded social posts and players left in the text by their fallback markup: what the embed code of
X/Twitter, Bluesky, Instagram, Facebook, TikTok, Threads, YouTube and Telegram writes into the page for
readers without the platform's script. The blockquote's signature ("— Jane Doe (@jane) 4 mai 2024",
"— Jane (@jane.bsky.social) May 4, 2024 at 2:46 PM"), a bare t.co link, the TikTok caption with its
sound ("@user Caption #tag ♬ original sound - user"), the Facebook post's credit ("Posted by City Roads
on Tuesday, May 4, 2024", "Gepostet von ... am Dienstag, 4. Mai 2024"), the Instagram labels in more
languages, the player's "Watch on YouTube" and a post's view count ("15.2K views 14:46").

(The English tweet signature and "pic.twitter.com" are ``prompts``'; the post's text on the lines
before its signature goes in ``core.cuts.tails.drop_post_texts``.) Each rule first looks for a character
or word its lines must hold, so most lines cost a few substring tests.
"""

from __future__ import annotations

import re

# The date a post's signature ends with: "May 4, 2024", "4 mai 2024", "4. Mai 2024", "4 de mayo de 2024",
# "4 мая 2024 г.", "2024年5月4日", "2024년 5월 4일", "4 tháng 5, 2024", a month's name with its vowel
# signs ("12 अप्रैल 2024"), the year first ("2024. május 4."); Bluesky adds the time ("at 2:46 PM").
_POST_DATE = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_][^\s\d,.]*\.?,?\s+(?:de\s+)?\d{4}(?:\s*[^\W\d_]{1,2}\.?)?|"
    r"[^\W\d_]+\.?\s+\d{1,2}\.?,?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]|"
    r"\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}|\d{4}\.\s+[^\W\d_]+\s+\d{1,2}\.?)"
    r"(?:,?\s+(?:at|um|à|a las|às|alle|в|o|lúc|pukul|saat)?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?)?"
)
# The signature under a post's text: the author's handle in brackets, then the date. Handles with dots
# are Bluesky's ("@jane.bsky.social").
_SIGNATURE = re.compile(rf"\(@[\w.]{{1,40}}\)\s+{_POST_DATE}\s*$")
# The signature opening its own line with the blockquote's dash: the post's text is on the lines above.
SIGNATURE_LINE = re.compile(rf"^[—–-]\s*[^\n]{{0,80}}\(@[\w.]{{1,40}}\)\s+{_POST_DATE}\s*$")
# A tweet's link, shortened by the platform: no article's prose prints it.
_SHORT_LINK = re.compile(r"\bhttps?://t\.co/\w+")
# TikTok's caption: the handle, the caption, the sound with its note.
_TIKTOK = re.compile(r"^@[\w.]{2,30}\s.*♬")
# The Facebook post's credit: "Posted by <name> on <weekday, date>" in the languages of the SDK.
_FACEBOOK = re.compile(
    r"^(?:posted by|publiée? par|gepostet von|publicado por|pubblicato da|опубликовано|опубліковано|"
    r"opublikowany przez|opublikowane przez|diposting oleh|đăng bởi|تم النشر بواسطة|gepost door|"
    r"postat de|publikováno uživatelem|lähettänyt)\s.{1,80}\d{4}(?:\s*(?:г|р)\.)?\s*$|"
    r"^.{1,80}\starafından\s.{1,60}tarihinde paylaşıldı\.?$",
    re.IGNORECASE)
_FACEBOOK_WORDS = 16
_FACEBOOK_ENDS = ("г.", "р.", "paylaşıldı", "paylaşıldı.")
# Instagram's labels in more languages (those of German, French, Spanish, Italian, Portuguese and
# Russian are in ``prompts.PROMPT_START``): "View this post on Instagram", "A post shared by X (@x)".
_INSTAGRAM = re.compile(
    r"^(?:wyświetl ten post na instagramie|bu gönderiyi instagram'da gör|lihat postingan ini di instagram|"
    r"dit bericht op instagram bekijken|visa det här inlägget på instagram|vis dette innlegget på instagram|"
    r"se dette opslag på instagram|katso tämä julkaisu instagramissa|zobrazit tento příspěvek na instagramu|"
    r"vezi această postare pe instagram|переглянути цю публікацію в instagram|"
    r"xem bài viết này trên instagram|"
    r"عرض هذا المنشور على instagram|مشاهده این پست در instagram|δείτε αυτή τη δημοσίευση στο instagram|"
    r"この投稿をinstagramで見る|instagram에서 이 게시물 보기|在\s?instagram\s?(?:查看|上查看))|"
    r"^(?:post udostępniony przez|sebuah kiriman dibagikan oleh|een bericht gedeeld door|"
    r"ett inlägg delat av|et innlegg delt av|et opslag delt af|příspěvek sdílený uživatelem|"
    r"публікація від|تمت مشاركة منشور بواسطة)\s.{0,80}\(@[\w.]{1,30}\)|"
    r"\(@[\w.]{1,30}\)\s*(?:がシェアした投稿|님의 공유 게시물|分享的(?:帖子|貼文)|"
    r"tarafından paylaşılan bir gönderi|jakama julkaisu)",
    re.IGNORECASE)
# A player's or a post's link to its platform ("Watch on YouTube", "Auf YouTube ansehen", "View on
# Threads"), a few words alone.
_PLATFORM = r"(?:youtube|instagram|threads|tiktok|x|twitter|facebook|telegram|vimeo|bluesky)"
_OPEN_ON = re.compile(
    rf"^(?:(?:watch|view|see|open|listen)(?: (?:it|this|the video|more))? on {_PLATFORM}|"
    rf"(?:auf {_PLATFORM} (?:ansehen|anschauen|öffnen)|(?:ansehen|anschauen) auf {_PLATFORM})|"
    rf"(?:regarder|voir|ouvrir) sur {_PLATFORM}|(?:ver|mirar|abrir) en {_PLATFORM}|"
    rf"(?:assistir|ver|abrir) no {_PLATFORM}|(?:guarda|vedi|apri) su {_PLATFORM}|"
    rf"(?:смотреть|открыть|посмотреть) (?:в|на) {_PLATFORM}|(?:дивитися|відкрити|переглянути) (?:в|на) "
    rf"{_PLATFORM}|(?:obejrzyj|oglądaj|zobacz|otwórz) (?:na|w) {_PLATFORM}|"
    rf"{_PLATFORM}['’]?(?:da|de|ta|te)? (?:izle|gör|aç)|(?:tonton|lihat|buka) di {_PLATFORM}|"
    rf"(?:xem|mở) trên {_PLATFORM}|bekijk op {_PLATFORM}|{_PLATFORM}\s?で(?:見る|視聴|開く)|"
    rf"在\s?{_PLATFORM}\s?(?:上)?(?:观看|觀看|查看|打开)|{_PLATFORM}\s?에서 (?:보기|시청)|"
    rf"(?:شاهد|مشاهدة) على {_PLATFORM}|مشاهده در {_PLATFORM})\s*[.!]?$",
    re.IGNORECASE)
# A post's or a video's view count, with the time a Telegram post carries ("15.2K views 14:46",
# "1.234 Aufrufe", "12 тыс. просмотров").
_VIEWS = re.compile(
    r"^(?:\d[\d.,\s]*\s*(?:[kmbn]|tr|тыс\.?|млн\.?|тис\.?|mln|rb|jt|万|千|만|천)?\s*"
    r"(?:views?|просмотр(?:ов|а)?|переглядів|перегляди|aufrufe|vues|visualizaciones|visualizações|"
    r"visualizzazioni|wyświetle[nń]\w*|görüntüleme|kali ditonton|lượt xem|次观看|次觀看|回視聴|조회수?|"
    r"مشاهدة|بازدید|weergaven|visningar|visninger)"
    r"(?:\s+edited)?(?:\s+\d{1,2}:\d{2})?|(?:views?|조회수?)\s*:?\s*\d[\d.,]*\s*[kmb]?)$",
    re.IGNORECASE)
_LABEL_WORDS = 8


def is_embed(line: str, words: list[str]) -> bool:
    """A line of an embedded post's or player's fallback text, of the kinds above."""
    if "(@" in line and (_SIGNATURE.search(line) or _INSTAGRAM.search(line)):
        return True
    if "t.co/" in line and _SHORT_LINK.search(line):
        return True
    if "♬" in line and _TIKTOK.match(line):
        return True
    count = len(words)
    if count <= _FACEBOOK_WORDS and (line[-1:].isdigit() or line.endswith(_FACEBOOK_ENDS)) \
            and _FACEBOOK.match(line):
        return True
    if count > _LABEL_WORDS:
        return False
    return (_OPEN_ON.match(line) is not None or _INSTAGRAM.match(line) is not None
            or _VIEWS.match(line) is not None)
