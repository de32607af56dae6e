"""Boilerplate lines the junk rules missed (issue 14), in many languages: the audio player's prompt
("Tap here to listen", "Escucha esta noticia", "Bu haberi dinle", "听全文"), alone or with the
recording's length ("Écouter cet article 3 min"); the outlet's app with a colon ("Unsere App: ...");
"we're on" a platform alone ("Мы в VK"); the comments' counter ("12 Kommentare", "12 комментариев");
cookie notices in Spanish, Italian, Portuguese and Polish; tag lists with their label in Polish, Arabic,
Chinese, Japanese, Korean; an Arabic picture credit ("الصورة: رويترز"). Guards: the same words in a
story's sentence stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_LEAD = ("Die Regierung hat am Montag ein neues Gesetz vorgestellt, das die Mietpreise in Großstädten "
         "begrenzen soll und ab Januar gilt.")
_REST = ("Kritiker sagen, das Gesetz gehe nicht weit genug, und fordern strengere Regeln für Vermieter in "
         "allen Bundesländern.")


@pytest.mark.parametrize("line", [
    # the audio player's prompt
    "Tap here to listen", "Escucha esta noticia", "Bu haberi dinle", "شنیدن این مطلب", "खबर सुनिए",
    "听全文", "音声を聞く", "Nghe bài viết", "Posłuchaj artykułu", "Ouvir notícia",
    # ... with the recording's length
    "Écouter cet article 3 min", "Listen to this article • 4 min", "Nghe bài viết 02:35",
    "Слушать новость 2 мин",
    # the outlet's app, named with a colon
    "Unsere App: Jetzt kostenlos herunterladen", "Unsere App für iOS und Android",
    "Notre application : toute l'actualité en direct", "Nuestra app: noticias al instante",
    # "we're on" a platform
    "Мы в VK", "Мы в Telegram", "Ми в Viber",
    # the comments' counter
    "12 Kommentare", "12 commentaires", "12 comentarios", "12 комментариев", "3 коментарі", "12 komentarzy",
    "12 yorum", "12 bình luận", "12 komentar", "5 commenti",
    # cookie notices
    "Este sitio web utiliza cookies.", "Questo sito utilizza i cookie.", "Este site utiliza cookies.",
    "Ta strona używa plików cookie.",
    # tag lists
    "Tagi: Sejm, budżet", "الكلمات الدالة: الحكومة، الميزانية", "标签：国务院 经济", "タグ：政府 予算",
    "태그: 정부, 예산",
    # a picture's credit
    "الصورة: رويترز",
])
def test_line_goes(line: str) -> None:
    assert clean_text(f"{_LEAD}\n{line}\n{_REST}") == f"{_LEAD}\n{_REST}"


@pytest.mark.parametrize("line", [
    "Unsere App hat inzwischen zwei Millionen Nutzer, sagte der Geschäftsführer.",
    "Мы в Telegram писали об этом ещё в марте, но ответа от мэрии так и не получили.",
    "12 Kommentare wurden nach Angaben der Plattform binnen einer Stunde gelöscht.",
    "«Este sitio web utiliza cookies», decía el aviso que la asociación de consumidores denunció ante la "
    "agencia.",
    "Escucha esta noticia, dijo el presidente a los periodistas antes de anunciar su dimisión.",
    "Écouter cet article de 3 minutes a suffi pour convaincre les lecteurs, selon l'étude.",
    "Nach 12 Kommentaren schloss die Redaktion die Diskussion.",
    "Tag 3: Die Delegation reiste weiter nach Hanoi.",
])
def test_sentence_stays(line: str) -> None:
    assert clean_text(f"{_LEAD}\n{line}\n{_REST}") == f"{_LEAD}\n{line}\n{_REST}"
