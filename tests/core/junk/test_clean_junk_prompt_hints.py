"""``core.junk.prompts.is_prompt``: the cheap look for ``_PROMPT``'s words before the search must never turn
a line away that ``_PROMPT`` matches. One prompt per branch of ``_PROMPT`` (in upper case too), the
hints' letters lowered as ``re.IGNORECASE`` reads them, and lines the pattern does not match."""

from __future__ import annotations

import re

import pytest

from core.junk.prompts import (
    _PAYWALL_NOTICE,
    _PAYWALL_NOTICE_LOWERED,
    _PROMPT,
    _PROMPT_HINT,
    _PROMPT_HINT_START,
    _PROMPT_ODD_LETTERS,
    COMMENT_PROMPT,
    is_comment_prompt,
    is_paywall_notice,
    is_prompt,
)

# One line for each branch of ``_PROMPT`` (and each word of its anchored start).
PROMPTS = [
    "Subscribe now", "Sign up today", "Log in", "Login to continue", "Already a subscriber? Log in",
    "Become a member", "Support our journalism", "Donate", "Make a donation today", "Abonnez-vous",
    "Déjà abonné ?", "Soutenez-nous", "Jetzt abonnieren", "Bereits Abonnent?", "Unterstützen Sie uns",
    "Suscríbete", "Ya eres suscriptor", "Hazte socio", "Assine já", "Já é assinante?", "Abbonati",
    "Подпишитесь", "Оформите подписку", "Wesprzyj nas", "Play video", "Watch the video", "Now playing",
    "Replay", "Listen to this article", "Video duration 2:30", "As of 12 May", "Stand: 12.05.2024",
    "To continue reading, log in", "For subscribers only", "A subscriber-only story",
    "This piece is exclusive to subscribers", "This article is only available to subscribers",
    "This content is reserved for members", "Réservé aux abonnés", "Nur für Abonnenten",
    "Exclusivo para suscriptores", "pic.twitter.com/AbC123", "— Jane Doe (@jane) April 12, 2024",
    "Delivered right to your inbox", "Get the latest news right in your inbox. Sign up now.",
    "The day's stories, straight to your inbox", "Subscribe to Example.com’s newsletters",
    "Subscribe to our daily newsletter", "The Morning newsletter",
    "Abonelik için tıklayın", "Abone olun", "Berlangganan sekarang",
    "We use cookies to improve your experience", "Çerezleri kullanıyoruz: çerez kullanımı",
    "Accept all cookies", "Cookie settings", "Inscríbete a nuestro boletín",
    "Suscríbete gratis al boletín", "Inscrivez-vous à notre bulletin", "Подпишитесь на нашу рассылку",
    "Share this story with your friends", "We need readers like you",
    "Our journalism relies on you", "Please make a contribution", "Give from as little as $1",
    "Support Daily Planet", "SUPPORT US", "Become a Patron",
    "A hyperlink to the source is mandatory", "Активная ссылка на источник обязательна",
    "Follow us on Twitter", "Copyright 2024, protected by law",
    "Drepturile de autor sunt protejate de lege", "При цитировании материалов ссылка обязательна",
    "When quoting, a link is required", "Подписывайтесь на наш канал в Telegram",
    "Join our WhatsApp channel", "Folgen Sie uns auf Instagram", "গুগল নিউজ চ্যানেল ফলো করুন",
    "Google News'te bizi takip edin", "Select it and press Ctrl+Enter",
    "Send us your tips at tips@example.com", "Tämä artikkeli on vain tilaajille",
    "Доступно только для подписчиков", "Чтобы продолжить чтение, войдите",
    "Continúa leyendo con tu suscripción", "Pour lire la suite, abonnez-vous", "Weiterlesen mit Abo",
    "Podpořte nezávislou žurnalistiku", "Támogasd a szerkesztőséget", "Download the News app",
    "Get the latest news on WhatsApp", "Click here to subscribe", "Share AA + Text Size",
    "Reading time: 4 min", "Lesezeit: 3 Minuten", "5 min read", "12 minutes read",
    "Mayor opens the new bridge [VIDEO]", "Filed under: Politics", "Tags: economy, trade",
    "Schlagwörter: Politik", "Теги: экономика",
]
# ... and for each word of the lists, written into its branch's frame.
PROMPTS += [f"{verb} nas no Telegram" for verb in (
    "Присоединяйтесь", "Читайте нас", "Підписуйтеся", "Підписуйтесь", "Приєднуйтеся", "Suivez-nous",
    "Rejoignez-nous", "Abonnieren Sie", "Síguenos", "Únete", "Seguici", "Siga-nos", "Segue-nos",
    "Obserwuj", "Dołącz")]
PROMPTS += [f"{label}: 4 min" for label in (
    "Read time", "Temps de lecture", "Tiempo de lectura", "Tempo de leitura", "Tempo di lettura",
    "Время чтения", "Czas czytania", "Leestijd", "Lesetid", "Läsetid", "Læsetid", "Lukuaika")]
PROMPTS += [f"{ask} at tips@example.com" for ask in (
    "E-mail us", "Email us", "Contact us", "Write to us", "Pošaljite nam", "Javite nam", "Napište nám",
    "Napisz do nas", "Schreiben Sie uns", "Écrivez-nous", "Escríbenos", "Envíenos", "Напишите нам",
    "Пишите нам", "Напишіть нам")]
PROMPTS += [f"Google News {verb}" for verb in (
    "যুক্ত হোন", "फ़ॉलो करें", "फॉलो करें", "जुड़ें", "فالو کریں", "جوائن کریں")]
PROMPTS += [
    "Make a donation", "Our reporting is free", "Our journalism needs you",
    "Support quality journalism today", "У разі цитування посилання обов'язкове",
    "Abonnez-vous à notre lettre d'information", "Inscreva-se no nosso informativo",
    "Abonelik için", "Bu site çerez kullanmaktadır", "Гиперссылка на источник обязательна",
    "Гіперпосилання обов'язкове", "Авторските права са защитени от закона",
    "Autorská práva jsou chráněna zákonem", "Prawa autorskie chronione prawem",
    "Podporte nezávislé novinárstvo", "Támogassa a szerkesztőséget", "Поддержите нашу журналистику",
    "Підтримайте нас: наші журналісти працюють для вас",
]
# Lines of prose: no hint, and no match.
PROSE = [
    "The minister said the talks would continue next week.",
    "Prices rose by 3% in March, the statistics office said.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_every_branch_is_searched(line: str) -> None:
    assert _PROMPT.search(line), line  # the example itself is a prompt
    assert is_prompt(line)
    assert is_prompt(line.upper()) == bool(_PROMPT.search(line.upper()))


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_not_searched(line: str) -> None:
    lowered = line.lower()
    assert not _PROMPT_HINT_START.match(lowered) and not _PROMPT_HINT.search(lowered)
    assert not is_prompt(line)


def test_odd_letters_are_searched() -> None:
    # "İ" lowers to two characters, "ſ" not at all: re.IGNORECASE still reads them as "i" and "s".
    for line in ("SUBSCRİBE NOW", "ſubſcribe now", "LOG İN"):
        assert bool(_PROMPT.search(line)) == is_prompt(line)
    assert is_prompt("SUBSCRİBE NOW")


@pytest.mark.parametrize("line", [
    "Denne artikkelen er kun for abonnenter", "BARE FOR ABONNENTER", "Endast för prenumeranter",
    "Alleen voor abonnees", "RIPRODUZIONE: riservato agli abbonati", "Tylko dla prenumeratorów",
    "Pouze pro předplatitele", "Len pre predplatiteľov", "有料会員限定の記事です", "유료 회원 전용",
    "KUN FOR ABONNENTER", "Kun for abonnenter",
])
def test_paywall_notices_are_searched(line: str) -> None:
    assert _PAYWALL_NOTICE.search(line), line
    assert is_paywall_notice(line) and is_paywall_notice(line.upper())
    assert not is_paywall_notice("Subscribers can read the rest of the story online.")


def test_hints_are_lowered_and_their_letters_known() -> None:
    """Every letter ``re.IGNORECASE`` takes for a hint's letter lowers to it, or is an odd letter."""
    hints = (_PROMPT_HINT_START.pattern, _PROMPT_HINT.pattern, _PAYWALL_NOTICE_LOWERED.pattern)
    for pattern in hints:
        assert pattern == pattern.lower()
    letters = {ch for ch in "".join(hints) if ch.isalpha()}
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in letters:
        for same in re.findall(re.escape(letter), everything, re.IGNORECASE):
            assert same.lower() == letter or _PROMPT_ODD_LETTERS.match(same), (letter, same)


@pytest.mark.parametrize("line", [
    "Your email address will not be published.", "Note: your email address will not be published",
    "Comment * Required fields are marked *", "Leave a Reply", "LEAVE A COMMENT", "12 comments",
    "Disclaimer: The comments uploaded on this site do not reflect our views", "Post a comment",
    "The required fields are here", "He left a reply", "YOUR EMAİL ADDRESS WİLL NOT BE PUBLİSHED",
    "Note: requıred fields are marked", "The 12 comments he made", "",
])
def test_comment_prompts_are_searched_where_they_can_match(line: str) -> None:
    assert is_comment_prompt(line) == bool(COMMENT_PROMPT.search(line)), line
