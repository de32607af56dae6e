"""An embedded Telegram, VK or Mastodon post's text stayed in the body (issue 14): CMS plugins write a
Telegram post's fallback as <blockquote class="telegram-post" data-telegram-post="channel/123"> holding
the post's text, read as the article's (tweets, Instagram and the others went already:
cleaner.body.embeds). The blockquote goes by its class or Telegram's attribute; its tail stays. Guards:
a plain quotation, a blockquote with another class, the text after the post."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = [
    "Городская дума во вторник вечером приняла бюджет на следующий год после долгой дискуссии депутатов.",
    "Оппозиция заявила, что расходы на дороги, школы и общественный транспорт слишком малы.",
    "Мэр сказал, что план учитывает потребности жителей и возможности городского бюджета.",
    "Окончательное голосование по отдельным мерам ожидается в следующем месяце.",
]
_POST = "Сегодня депутаты утвердили главный финансовый документ города. Подробности позже."


def _page(quote: str) -> str:
    paragraphs = [f"<p>{line}</p>" for line in _TEXT]
    body = "".join(paragraphs[:2]) + quote + "".join(paragraphs[2:])
    return ("<html lang='ru'><head><title>Дума приняла бюджет</title></head><body><article>"
            f"<h1>Дума приняла бюджет</h1><div class='article-text'>{body}</div></article></body></html>")


@pytest.mark.parametrize("quote", [
    f"<blockquote class='telegram-post' data-telegram-post='cityduma/1234'><p>{_POST}</p>"
    "<a href='https://t.me/cityduma/1234'>Городская дума</a></blockquote>",
    f"<blockquote data-telegram-post='cityduma/1234' data-width='100%'><p>{_POST}</p></blockquote>",
    f"<blockquote class='vk-post'><p>{_POST}</p></blockquote>",
    f"<blockquote class='mastodon-embed'><p>{_POST}</p></blockquote>",
])
def test_the_posts_text_goes(quote: str) -> None:
    text = extract(_page(quote), "https://example.ru/news/2026/04/12/budget/").text
    assert "депутаты утвердили" not in text
    assert all(line in text for line in _TEXT)


@pytest.mark.parametrize("quote", [
    f"<blockquote><p>{_POST}</p></blockquote>",
    f"<blockquote class='quote'><p>{_POST}</p></blockquote>",
])
def test_a_quotation_stays(quote: str) -> None:
    text = extract(_page(quote), "https://example.ru/news/2026/04/12/budget/").text
    assert "депутаты утвердили" in text
