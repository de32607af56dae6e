"""Embedded posts and players left in the body as their fallback text (issue 14; core.junk.embeds and
core.cuts.tails.drop_post_texts, through core.text.clean_text): a post's signature in many languages and on
Bluesky, bare t.co links, TikTok captions, Facebook post credits, Instagram labels in more languages,
"Watch on YouTube" labels, view counts; the post's text above its signature. Sentences with the same
words, and the article's line that introduces the post, stay."""

from __future__ import annotations

import pytest
from helpers import FERRY_BODY

from core.text import clean_text

BODY = FERRY_BODY

SIGNATURES = [
    "— Jane Doe (@janedoe.bsky.social) May 4, 2024 at 2:46 PM",
    "— Nguyễn Văn An (@nguyenvanan) 4 tháng 5, 2024",
    "— Rzecznik (@rzecznik_pl) 4 maja 2024",
    "— Bakanlık (@bakanlik) 4 Mayıs 2024",
    "— Kementerian (@kemlu_ri) 4 Mei 2024",
    "— وزارة الخارجية (@mofa_ar) ٤ مايو ٢٠٢٤",
    "— 新华社 (@XHNews) 2024年5月4日",
]
LINES = [
    *SIGNATURES,
    # a tweet's text with its shortened link
    "Une foule immense ce soir devant la mairie https://t.co/AbC123xyz",
    # TikTok's caption with its sound
    "@floodwatch The river this morning #flood ♬ original sound - floodwatch",
    "@user Ayer en la plaza #fiesta ♬ sonido original - user",
    # Facebook post credits
    "Posted by City Roads on Tuesday, May 4, 2024",
    "Gepostet von Stadtwerke am Dienstag, 4. Mai 2024",
    "Publiée par Ville de Lyon sur mardi 4 mai 2024",
    "Publicado por Ayuntamiento en martes, 4 de mayo de 2024",
    "Pubblicato da Comune di Roma su martedì 4 maggio 2024",
    "Опубликовано Мэрия Москвы Вторник, 4 мая 2024 г.",
    "Diposting oleh Pemkot Bandung pada Selasa, 04 Mei 2024",
    "Belediye tarafından 4 Mayıs 2024 Salı tarihinde paylaşıldı",
    # Instagram labels in more languages
    "Wyświetl ten post na Instagramie", "Bu gönderiyi Instagram'da gör", "Lihat postingan ini di Instagram",
    "Dit bericht op Instagram bekijken", "Xem bài viết này trên Instagram", "この投稿をInstagramで見る",
    "Instagram에서 이 게시물 보기", "Переглянути цю публікацію в Instagram",
    "Post udostępniony przez Jan Kowalski (@jankowalski)", "Een bericht gedeeld door Jan (@jan.nl)",
    "田中 (@tanaka)がシェアした投稿",
    # the player's and the post's link to its platform
    "Watch on YouTube", "View on Threads", "Auf YouTube ansehen", "Regarder sur YouTube",
    "Ver en YouTube", "Assistir no YouTube", "Guarda su YouTube", "Смотреть на YouTube",
    "Obejrzyj na YouTube", "YouTube'da izle", "Tonton di YouTube", "Xem trên YouTube", "YouTubeで見る",
    "在 YouTube 上观看", "YouTube에서 보기",
    # view counts, with a Telegram post's time
    "15.2K views 14:46", "12 тыс. просмотров", "1.234 Aufrufe", "3,4 k vues", "2.1M views",
    "1,2 N lượt xem",
]

PROSE = [
    "The minister (@MFA_Ukraine) said on 4 May 2024 that the talks would go on next week.",
    "Posted by the ministry on Tuesday, the video shows the damage to the bridge in the north.",
    "Watch on YouTube how the bridge was built, the council said in a statement on its website.",
    "The video has 15,000 views and counting, its author told reporters at the harbour on Monday.",
    "Gepostet von einem Anwohner, zeigt das Video die Schäden an der Brücke im Norden der Stadt.",
    "Views differ on the plan.",
    "Instagram launched a new feature for teenagers on Tuesday.",
    "Un post condiviso da migliaia di utenti ha denunciato il ritardo dei treni regionali.",
]


@pytest.mark.parametrize("line", LINES)
def test_an_embed_line_is_dropped(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == BODY


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize("post", [
    ["Huge crowds in the capital tonight #vote", "— Jane Reporter (@janereporter) May 4, 2024"],
    ["Line one of the post", "Line two of the post, with a link https://example.com/x",
     "— Jane Reporter (@janereporter) 4. Mai 2024"],
    ["The vote is in and the budget passed @council", "— Jane Doe (@janedoe.bsky.social) May 4, 2024"],
])
def test_a_post_text_above_its_signature_is_dropped(post: list[str]) -> None:
    assert clean_text("\n".join([BODY[0], *post, BODY[1]])).split("\n") == BODY


@pytest.mark.parametrize("above", [
    "The mayor answered the critics on social media late on Monday evening.",
    "Take a look at what the mayor wrote:",
    "- The opposition leader, who filled the hall in an impressive fashion",
    "| Ferry | Crossings | 12 | 8% |",
])
def test_the_article_line_above_a_signature_stays(above: str) -> None:
    # The post's text was only a link, which the extractor dropped: the line above is the article's.
    text = "\n".join([BODY[0], above, "— Jane Reporter (@janereporter) May 4, 2024", BODY[1]])
    assert clean_text(text).split("\n") == [BODY[0], above, BODY[1]]
