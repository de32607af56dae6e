"""A wire agency credited by a source's label beside the date in the languages of Western Europe
(issue 14): "Source: Xinhua", "Fuente: EFE", "Quelle: dpa", "Fonte: ANSA" in a span under the
headline, outside the story's text. Before, only Chinese, Russian, Polish, Turkish, Arabic... labels
were read there, and the story went to the outlet. Only agencies are read so (a ministry as a source
is no author); a person's byline comes first as before."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "en": "The foreign ministry hosted a meeting on Wednesday on international cooperation in cybersecurity, "
          "attended by representatives of more than thirty countries and several regional organisations.",
    "es": "El Ministerio de Asuntos Exteriores celebró este miércoles una reunión con representantes de "
          "varios países para abordar la cooperación internacional en materia de ciberseguridad.",
    "de": "Das Auswärtige Amt hat am Mittwoch ein Treffen zur internationalen Zusammenarbeit in der "
          "Cybersicherheit ausgerichtet, an dem Vertreter zahlreicher Staaten teilnahmen.",
    "it": "Il ministero degli Esteri ha ospitato mercoledì un incontro dedicato alla cooperazione "
          "internazionale in materia di sicurezza informatica, con rappresentanti di numerosi Paesi.",
}


def _page(language: str, meta: str) -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Headline - Daily Site</title>"
            "<meta property='og:site_name' content='Daily Site'></head><body><header><a href='/'>Daily Site"
            f"</a></header><main><article><h1>Headline of the story</h1><div class='meta'>{meta}"
            "<time datetime='2024-03-12T10:00:00+01:00'>12.03.2024</time></div>"
            "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>X</a></div>"
            f"<div class='article-body'><p>{text}</p><p>{text}</p><p>{text}</p></div></article></main>"
            "<footer><p>© 2024 Daily Site</p></footer></body></html>")


@pytest.mark.parametrize(("language", "meta", "names"), [
    ("en", "<span class='info_l'>Source: Xinhua</span>", ["Xinhua"]),
    ("es", "<span class='fuente'>Fuente: EFE</span>", ["EFE"]),
    ("de", "<span class='src'>Quelle: dpa</span>", ["dpa"]),
    ("it", "<span class='src'>Fonte: ANSA</span>", ["ANSA"]),
    # guards: a source that is no agency; a person's byline beside the agency's source
    ("en", "<span class='info_l'>Source: Ministry of Health</span>", ["Daily Site"]),
    ("en", "<span class='byline'>By Jane Doe</span> <span class='info_l'>Source: Xinhua</span>",
     ["Jane Doe"]),
])
def test_source_label_beside_the_date(language: str, meta: str, names: list[str]) -> None:
    assert extract(_page(language, meta)).authors == names


@pytest.mark.parametrize(("meta", "names"), [
    ("<div class='news_about'><p>文/李四</p></div>", ["李四"]),
    ("<div class='news_about'><p>记者 王五</p></div>", ["王五"]),
    # guard: a label with one character after it is no byline
    ("<div class='news_about'><p>文/图</p></div>", ["Daily Site"]),
])
def test_chinese_byline_of_four_characters_under_the_headline(meta: str, names: list[str]) -> None:
    text = ("12月3日，外交部发言人在例行记者会上表示，中方愿同各方加强网络空间对话合作，"
            "共同构建和平、安全、开放、合作的网络空间。")
    page = _page("en", meta).replace("lang='en'", "lang='zh'").replace(_TEXT["en"], text)
    assert extract(page).authors == names
