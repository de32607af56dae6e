"""The media player's, the advertisement slot's and the page widgets' text left in the body: the
screen-reader texts of the web video players (video.js, which most news sites embed, in the languages
of its translations: "This is a modal window.", "Current Time 0:00", "captions off, selected"), the
audio player's "listen to this article" in more languages, the line that says the article goes on
after the advertisement ("La suite après la publicité", "Continua após a publicidade"), a widget's
waiting and error states ("Please wait...", "Please try again later."). Each a whole short line."""

from __future__ import annotations

import re

from core.junk.hints import ODD_LETTERS, any_word

_MAX_WORDS = 24
_MAX_LABEL_WORDS = 8
_MAX_STATE_WORDS = 12

# The player's dialog and status texts, anchored at the line's start (the dialog's sentences may come
# joined on one line).
_PLAYER_TEXT = re.compile(
    r"^(?:this is a modal window|beginning of dialog window|end of dialog window|"
    r"this modal can be closed by pressing the escape key|video player is loading|"
    r"no compatible source was found for this media|close modal dialog|"
    r"reset restore all settings to the default values|seek to live, currently playing live|"
    r"dies ist ein modales fenster|ceci est une fenêtre modale|esta es una ventana modal|"
    r"(?:isso|esta) é uma janela[- ]modal|questa è una finestra modale|это модальное окно|"
    r"це модальне вікно|to jest okno modalne|bu bir modal penceredir|ini adalah jendela modal|"
    r"これはモーダルウィンドウです|이것은 모달 창입니다|这是一个模态窗口|"
    # the status line with its clock or share ("Current Time 0:00", "Loaded: 0%")
    r"(?:current time|duration(?: time)?|remaining time)\s*:?\s*-?\d{1,2}:\d{2}(?::\d{2})?$|"
    r"(?:loaded|progress)\s*:\s*\d{1,3}(?:\.\d+)?\s*%$|stream type live$|playback rate$|"
    # ... a clip's label or its length's with the clock alone ("Видео: 02:15", "Durée : 2:15", "Play 2:15")
    r"(?:vid[eé]o|v[ií]deo|видео|відео|wideo|audio|аудио|аудіо|play|dauer|durée|duración|duração|durata|"
    r"длительность|тривалість|czas trwania|süre|durasi|thời lượng)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$|"
    # ... the audio player's label before its button's text ("Audio: Listen to this article")
    r"(?:audio|podcast)\s*:\s*listen to (?:this|the) (?:article|story)$|"
    # the tracks' menu ("captions off, selected", "captions settings, opens captions settings dialog")
    r"[-–•]?\s*[\w ]{1,25}, (?:selected|opens (?:captions|subtitles|descriptions) settings dialog)$)",
    re.IGNORECASE)
# The audio player's "listen to this article", and the line that says the article goes on after the
# advertisement, in the languages the other rules lacked.
_PLAYER_LABEL = re.compile(
    r"^(?:ouvir (?:esta |a )?(?:notícia|matéria|reportagem)|(?:про)?слушать (?:статью|новость|материал)|"
    r"послушать (?:статью|новость)|прослухати (?:статтю|новину)|posłuchaj (?:artykułu|tekstu)|"
    r"słuchaj (?:artykułu|tekstu)|escuchar (?:el )?audio|"
    r"(?:makaleyi|haberi) dinle|dengarkan (?:artikel|berita)(?: ini)?|nghe (?:bài viết|bài báo|tin bài)|"
    r"記事を(?:音声で)?聞く|기사 듣기|음성으로 듣기|استمع (?:إلى )?(?:المقال|الخبر)|"
    r"la suite après (?:la |cette )?publicité|weiter nach der (?:anzeige|werbung)|"
    r"(?:lesen sie )?(?:weiter )?nach der (?:anzeige|werbung)(?: weiter(?:lesen)?)?|"
    r"(?:der )?artikel (?:geht|wird) (?:nach|unter(?:halb)?) der (?:anzeige|werbung) (?:weiter|fortgesetzt)|"
    r"continua (?:após(?: a)?|depois da) publicidade|continúa después de la publicidad|"
    r"продолжение (?:после|под) рекламы?|продовження (?:після|під) реклам(?:ою|и)|"
    r"(?:artykuł )?czytaj dalej pod reklamą|haberin devamı(?: için)?(?: reklamdan sonra)?|"
    r"scroll to continue with content|scroll untuk melanjutkan(?: membaca)?|"
    # ... in Central, Eastern and Southern European languages: Polish, Slovak, Romanian, Bulgarian,
    # Serbo-Croatian, Slovenian, Greek, Ukrainian, Latvian, Estonian, Lithuanian, Portuguese, Spanish
    r"dalsz(?:a część|y ciąg) (?:artykułu|tekstu|materiału) pod (?:reklamą|materiałem wideo)|"
    r"(?:reklama, )?pokračovanie článku (?:pod reklamou|pod videom|nižšie)|"
    r"continuarea articolului (?:după|dupa) (?:reclamă|reclama)|статията продължава (?:след|под) рекламата|"
    r"(?:tekst|članak|чланак|текст) se nastavlja ispod (?:oglasa|reklame|videa)|"
    r"(?:текст|чланак) се наставља испод (?:огласа|рекламе)|članek se nadaljuje (?:pod oglasom|po oglasu)|"
    r"η συνέχεια του άρθρου (?:μετά τη|κάτω από τη|κάτω από την) διαφήμιση|"
    r"продовження статті (?:після|під) реклам(?:ою|и)|raksts turpinās (?:pēc|zem) reklāmas|"
    r"artikkel jätkub (?:pärast reklaami|reklaami all)|straipsnis tęsiasi po reklamos|"
    r"o artigo continua (?:após a|depois da) publicidade|"
    r"(?:continúa|sigue) leyendo (?:tras|después de) la publicidad|"
    # the advertisement's label in Persian and Turkish
    r"تبلیغات|[iİ]lan)\s*[:.!…]*$",
    re.IGNORECASE)
# A widget's waiting and error states ("Please wait...", "This feature is temporarily unavailable.
# Please try again later."): the ask to wait alone, or to try again later at the end of the line.
_WAIT = re.compile(
    r"^(?:please wait|bitte warten|veuillez patienter|por favor,? espere|aguarde|attendere(?: prego)?|"
    r"пожалуйста,? подождите|будь ласка,? зачекайте|proszę czekać|lütfen bekleyin|mohon tunggu|"
    r"vui lòng chờ|请稍候|お待ちください|잠시만 기다려 주세요)\s*[.…!]*$",
    re.IGNORECASE)
_TRY_LATER = re.compile(
    r"(?:(?:^|please|kindly)[,\s]*try again later|versuchen sie es später (?:noch einmal|erneut)|"
    r"veuillez réessayer plus tard|réessayez plus tard|int[ée]ntalo de nuevo más tarde|"
    r"tente novamente mais tarde|riprova più tardi|(?:попробуйте|повторите попытку) позже|"
    r"спробуйте пізніше|spróbuj ponownie później|daha sonra tekrar deneyin|silakan coba lagi nanti|"
    r"vui lòng thử lại sau|请稍后再试|再度お試しください|"
    r"다시 시도해 주세요)\s*[.!。]*$",
    re.IGNORECASE)

# What every match of ``_TRY_LATER`` holds, in the lowered line: most lines hold none and are not searched.
_TRY_LATER_WORDS = any_word((
    "try again later", "später", "plus tard", "más tarde", "mais tarde", "più tardi", "позже", "пізніше",
    "później", "tekrar deneyin", "coba lagi nanti", "thử lại sau", "请稍后再试", "再度お試しください",
    "다시 시도해 주세요"))


def is_player_text(line: str, words: list[str]) -> bool:
    """A media player's, an advertisement slot's or a widget's text, of the kinds above."""
    count = len(words)
    if count > _MAX_WORDS:
        return False
    if _PLAYER_TEXT.match(line) is not None:
        return True
    if count > _MAX_STATE_WORDS:
        return False
    if _PLAYER_LABEL.match(line) is not None and count <= _MAX_LABEL_WORDS:
        return True
    return _WAIT.match(line) is not None or (
        (_TRY_LATER_WORDS.search(line.lower()) is not None or ODD_LETTERS.search(line) is not None)
        and _TRY_LATER.search(line) is not None)
