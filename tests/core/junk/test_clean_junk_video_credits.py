"""A video's credit or teaser whose line ends with a name in guillemets (core.junk.teasers): the closing
"»" closes the name, not a sentence ("Видео: Telegram-канал «Mash»", "Відео: «Суспільне»"), and the
video's label in more scripts (Kazakh, Georgian, Armenian, Urdu, Amharic). A story's sentence that ends
with a quoted name, or a label's line that ends as a sentence, stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    "Власти города в понедельник объявили о продлении работы паромной переправы до конца зимы, "
    "сообщили в мэрии.",
    "По словам чиновников, новое расписание добавит четыре рейса в день и обойдется бюджету примерно "
    "в 120 миллионов рублей.",
    "Жители острова давно жаловались, что последний паром уходит слишком рано для тех, кто работает "
    "допоздна на материке.",
]


@pytest.mark.parametrize("line", [
    "Видео: Telegram-канал «Mash»", "Видео: YouTube-канал «Редакция»", "Відео: «Суспільне»",
    "Видео: «Подъём»", "Видео: Telegram-канал «Baza»", "Видео: суд арестовал владельца «Зенита»",
    "Бейне: «Хабар 24» телеарнасы", "Տեսանյութ: «Ազատություն»",
    "ვიდეო: თბილისში ახალი ხიდი გაიხსნა", "ویڈیو: کراچی میں طوفانی بارش سے سڑکیں زیر آب",
    "ቪዲዮ: አዲሱ ድልድይ ተከፈተ በአዲስ አበባ",
])
@pytest.mark.parametrize("at", [0, 2, 3])
def test_video_credit_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Об этом сообщил Telegram-канал «Mash»",
    "Видео снял и опубликовал Telegram-канал «Mash»",
    "Видео: Telegram-канал «Mash» опубликовал запись.",
    "Видео: Telegram-канал «Mash».",
    "Видео: 24 «кадра»",
    "Video: Full stop.",
    "ვიდეოში ჩანს, როგორ იხსნება ახალი ხიდი თბილისში.",
    "ویڈیو میں دیکھا جا سکتا ہے کہ سڑکیں پانی میں ڈوبی ہوئی ہیں۔",
    "Председатель клуба «Зенит» Александр Медведев заявил, что команда сыграет в «Газпром Арене»",
])
def test_story_line_stays(line: str) -> None:
    lines = [*_STORY[:2], line, *_STORY[2:]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
