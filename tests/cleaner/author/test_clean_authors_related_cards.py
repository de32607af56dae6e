"""Another story's author in a related or more-stories list (issue 14): a short story with no byline of
its own (a wire's lead credit, an agency's dateline), or whose byline trafilatura's author XPaths rank
after a class="author" element, took the author a related card prints beside its headline ("<li><a
href=...>Another story about the budget</a><span class="author">By Someone Else</span></li>"), or a
recent-comments widget's commenter. A card: a list's item, or one of several blocks of one class, holding
a headline link (in a heading, or of four words or more) and no <h1>."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "en": "The committee met for the third time this month to review the proposals of the regional offices. ",
    "ru": "Комитет собрался в третий раз за месяц, чтобы рассмотреть предложения региональных отделений. ",
    "es": "El comité se reunió por tercera vez este mes para revisar las propuestas regionales. ",
    "tr": "Komite, bölge ofislerinin sunduğu önerileri incelemek üzere bu ay üçüncü kez toplandı. ",
}


def _page(lang: str, byline: str, related: str) -> str:
    body = "".join(f"<p>{_TEXT[lang] * 3}</p>" for _ in range(4))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Committee reviews the proposals</title>"
            "</head><body><nav><a href='/'>Home</a></nav><main><article>"
            "<h1>Committee reviews the proposals</h1>"
            f"{byline}<time datetime='2024-12-03T09:15'>3.12.2024</time>{body}</article>{related}</main>"
            "<footer><p>© 2024</p></footer></body></html>")


_EN_CARDS = ("<section class='more'><h2>More stories</h2>"
             + "".join(f"<div class='related-post'><h3><a href='/news/{n}'>{title}</a></h3>"
                       f"<span class='author'>By {name}</span></div>"
                       for n, title, name in ((1, "Markets close higher", "Someone Else"),
                                              (2, "Rain ahead", "Peter Parker")))
             + "</section>")
_RU_LIST = ("<aside class='read-also'><div>Читайте также</div><ul>"
            "<li><a href='/news/1'>Рынки закрылись ростом на фоне отчётов компаний</a>"
            "<span class='author'>Автор: Пётр Сидоров</span></li>"
            "<li><a href='/news/2'>Погода на выходные</a><span class='author'>Анна Кузнецова</span></li>"
            "</ul></aside>")
_ES_LIST = ("<aside><ul class='relacionadas'>"
            "<li><a href='/n/1'>Los mercados cierran al alza tras los resultados</a>"
            "<p class='byline'>Por Luis Gómez</p></li>"
            "<li><a href='/n/2'>Lluvias en el norte del país</a><p class='byline'>Por Ana Ruiz</p></li>"
            "</ul></aside>")
_TR_CARDS = ("<div class='benzer'>"
             + "".join(f"<div class='haber-kart'><h4><a href='/haber/{n}'>{title}</a></h4>"
                       f"<div class='author'>{name}</div></div>"
                       for n, title, name in ((1, "Piyasalar yükselişle kapandı", "Mehmet Demir"),
                                              (2, "Hafta sonu hava durumu", "Ayşe Kaya")))
             + "</div>")
_COMMENTS = ("<aside class='widget-area'><div class='widget widget_recent_comments'>"
             "<div>Свежие комментарии</div>"
             "<ul id='recentcomments'>"
             "<li class='recentcomments'><span class='comment-author-link'>Вера</span> к записи "
             "<a href='/a/#comment-1'>Как увеличить скорость бега на длинные дистанции</a></li>"
             "<li class='recentcomments'><span class='comment-author-link'>Николай</span> к записи "
             "<a href='/b/#comment-2'>Нормативы по бегу для школьников</a></li></ul></div></aside>")


@pytest.mark.parametrize(("lang", "byline", "related", "names"), [
    # no byline: the related cards' authors are not the story's
    ("en", "", _EN_CARDS, []),
    ("ru", "", _RU_LIST, []),
    ("es", "", _ES_LIST, []),
    ("tr", "", _TR_CARDS, []),
    ("ru", "", _COMMENTS, []),
    # a byline the XPaths rank after a class="author" card: the byline's name
    ("en", "<div class='byline'>By Sarah Lee</div>", _EN_CARDS, ["Sarah Lee"]),
    ("ru", "<div class='byline'>Иван Петров</div>", _RU_LIST, ["Иван Петров"]),
    ("tr", "<div class='byline'>Ahmet Yılmaz</div>", _TR_CARDS, ["Ahmet Yılmaz"]),
    # guards: the article's own meta row in a list (its category link is no headline); one author
    # element; two authors' blocks of one class side by side
    ("en", "<ul class='post-meta'><li class='author'>By Jane Doe</li><li>Dec 3, 2024</li>"
     "<li><a href='/category/world'>World News Today</a></li></ul>", "", ["Jane Doe"]),
    ("es", "<div class='author'>Por Juan Pérez</div>", _ES_LIST, ["Juan Pérez"]),
    ("en", "<div class='authors'><span class='author'><a href='/author/jane-doe'>Jane Doe</a></span>"
     "<span class='author'><a href='/author/john-smith'>John Smith</a></span></div>", "",
     ["Jane Doe", "John Smith"]),
])
def test_related_cards_authors(lang: str, byline: str, related: str, names: list[str]) -> None:
    assert extract(_page(lang, byline, related)).authors == names
