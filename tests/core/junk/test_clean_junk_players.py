"""Player texts, widget states, paywall prompts, donation buttons, update stamps and "related" markers in
more languages (issue 14; core.junk.players, core.junk.short_prompts, core.cuts.tails through
core.text.clean_text): the video player's screen-reader texts, "listen to this article", "the article
goes on after the advertisement", the paywall's "free articles" and "% left to read" prompts, donation
buttons, Persian update stamps, CJK "related" markers with their headline. Sentences with the same words
stay."""

from __future__ import annotations

import re

import pytest
from helpers import FERRY_BODY as BODY

from core.junk.players import _TRY_LATER, _WAIT, is_player_text
from core.text import clean_text

JUNK = [
    # the video player's screen-reader texts
    "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
    "End of dialog window.",
    "This modal can be closed by pressing the Escape key or activating the close button.",
    "Video Player is loading.", "Current Time 0:00", "Duration 2:34", "Remaining Time -0:00", "Loaded: 0%",
    "Stream Type LIVE", "Playback Rate", "- descriptions off, selected", "captions off, selected",
    "captions settings, opens captions settings dialog", "No compatible source was found for this media.",
    "Dies ist ein modales Fenster.", "Ceci est une fenêtre modale.", "Esta es una ventana modal",
    "Это модальное окно", "To jest okno modalne",
    "This is a modal window. This modal can be closed by pressing the Escape key or activating the close "
    "button.",
    # a widget's waiting and error states
    "Please wait...", "This feature is temporarily unavailable. Please try again later.",
    "An error has occurred, please try again later.", "Bitte warten...", "Veuillez patienter…",
    "Une erreur est survenue. Veuillez réessayer plus tard.",
    "Ha ocurrido un error. Inténtalo de nuevo más tarde.",
    "Ocorreu um erro. Tente novamente mais tarde.", "Si è verificato un errore. Riprova più tardi.",
    "Произошла ошибка. Попробуйте позже.", "Wystąpił błąd. Spróbuj ponownie później.",
    "Bir hata oluştu. Lütfen daha sonra tekrar deneyin.", "Terjadi kesalahan. Silakan coba lagi nanti.",
    "Đã xảy ra lỗi. Vui lòng thử lại sau.", "出错了，请稍后再试。",
    "エラーが発生しました。しばらくしてから再度お試しください。",
    "오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
    # the audio player's label
    "Ouvir notícia", "Прослушать статью", "Posłuchaj artykułu", "Makaleyi dinle", "Dengarkan artikel ini",
    "Nghe bài viết", "記事を音声で聞く", "기사 듣기", "استمع إلى المقال",
    # the article goes on after the advertisement; the advertisement's label
    "La suite après la publicité", "Weiter nach der Anzeige", "Lesen Sie nach der Anzeige weiter",
    "Artikel wird unterhalb der Werbung fortgesetzt", "Continua após a publicidade",
    "Продолжение после рекламы", "Haberin devamı", "SCROLL TO CONTINUE WITH CONTENT", "تبلیغات", "İlan",
    # paywall prompts
    "You have reached your limit of free articles.", "You've read 3 of 5 free articles this month.",
    "Already have an account? Sign in", "Unlock this article", "Get unlimited access",
    "Create a free account to continue reading", "Weiterlesen mit Z+", "Mit einem Abo weiterlesen",
    "Sie haben bereits ein Abo? Hier anmelden", "Jetzt 4 Wochen kostenlos testen", "Exklusiv für Abonnenten",
    "Il vous reste 85% de cet article à lire.", "La suite est réservée aux abonnés.",
    "Para seguir leyendo, suscríbete", "Inicia sesión para seguir leyendo", "Ya soy suscriptor",
    "Per continuare a leggere abbonati", "Материал доступен только подписчикам",
    "Чтобы прочитать статью полностью, оформите подписку", "Lees verder met een abonnement",
    "Pozostało 85% artykułu", "残り1234文字（全文2345文字）", "続きは会員登録（無料）で読めます",
    "有料会員になると続きをお読みいただけます", "订阅后阅读全文", "هذا المحتوى متاح للمشتركين فقط",
    # donation buttons
    "Faites un don", "Dona ahora", "Doe agora", "Dona ora", "Поддержать", "Підтримати", "Bağış yapın",
    "Hãy ủng hộ chúng tôi", "支持我们", "寄付する", "후원하기", "تبرع الآن", "حمایت مالی",
    "Chip in $5", "Make a tax-deductible donation", "Your support helps keep our journalism free",
    "Mit einer Spende unterstützen", "Je fais un don", "Colabora con nosotros", "Haz tu aportación",
    "Sostieni il nostro lavoro", "Помочь проекту", "Zostań patronem", "Bize destek olun",
    "Bağımsız gazeteciliğe destek olun", "ادعم صحافتنا المستقلة", "از ما حمایت کنید", "Support us on Patreon",
    "Become a patron", "Buy me a coffee", "Unterstütze uns auf Patreon",
    # update stamps in Persian
    "بروزرسانی: ۱۴ اردیبهشت ۱۴۰۳ - ۱۴:۴۶",
]

PROSE = [
    "You have reached the end of an era, the mayor told the crowd on Monday evening.",
    "Start your free trial period of the new bus line, the council urged residents on Monday.",
    "Weiterlesen mit großer Spannung wollten die Zuschauer, sagte der Regisseur.",
    "Sie haben bereits ein Abo für das Theater, sagte die Intendantin den Besuchern.",
    "Il vous reste 85 jours pour déposer votre dossier, a rappelé la préfecture.",
    "Para seguir leyendo las actas, los jueces pidieron más tiempo al tribunal.",
    "Per continuare a leggere i documenti servono altri due mesi, ha detto il giudice.",
    "Чтобы прочитать статью полностью, депутатам понадобилось три дня, сообщил спикер.",
    "Поддержать инициативу пообещали 120 депутатов, сообщил спикер парламента во вторник.",
    "The current time 10:30 was chosen for the launch, the agency said.",
    "Loaded: 50% of the cargo was unloaded before the storm.",
    "Dies ist ein modales Problem der Verwaltung, sagte der Minister.",
    "Ouvir a notícia da vitória foi um alívio para os torcedores, disse o técnico.",
    "La suite après la publicité du gouvernement a surpris les observateurs.",
    "Haberin devamı yarın yayımlanacak, dedi bakan.",
    "İlan edilen ateşkes iki gün sürdü.",
    "残り3日で選挙が始まる。",
    '"Please try again later," the website told thousands of users on Monday morning.',
    "Users who saw the message were told to try again later.",
    "Please wait for the police, the mayor told residents.",
    "Your support helps, the mayor told volunteers who cleared the beach on Sunday morning.",
    "Bize destek olun diyen çiftçiler bakanlığın önünde toplandı.",
]


@pytest.mark.parametrize("line", JUNK)
def test_a_player_or_paywall_line_is_dropped(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == BODY


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize("marker", ["相关阅读：", "関連記事：", "관련기사", "延伸阅读", "あわせて読みたい"])
def test_a_cjk_related_marker_goes_with_its_headline(marker: str) -> None:
    text = "\n".join([BODY[0], marker, "渡轮公司公布创纪录亏损", BODY[1]])
    assert clean_text(text).split("\n") == BODY


@pytest.mark.parametrize("line", [
    "Please try again later.", "This feature is unavailable. Kindly try again later!", "Try again later",
    "Bitte versuchen Sie es später noch einmal.", "Veuillez réessayer plus tard.", "Попробуйте позже.",
    "Vui lòng thử lại sau.", "请稍后再试。", "PLEASE TRY AGAİN LATER", "Please try again tomorrow.",
])
def test_the_try_again_state_is_searched_where_its_words_are(line: str) -> None:
    expected = bool(_WAIT.match(line) or _TRY_LATER.search(line))
    assert is_player_text(line, re.findall(r"\w+", line)) == expected, line
