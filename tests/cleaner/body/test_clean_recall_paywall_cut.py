"""A paywalled page that shows the first half or more of the story and cuts it (a prompt to subscribe
after the cut), with the whole story in its JSON-LD ``articleBody``: the ``articleBody`` is read
(cleaner.body.article_body.from_article_body, ``_cut_before_rest``). Where the HTML's text is whole, or
holds a paragraph the ``articleBody`` lacks, or the ``articleBody`` goes on only a little after it,
the HTML's text stays."""

from __future__ import annotations

import json

import pytest

SENTENCES = {
    "en": "The harbour authority said on day {n} that the new quay would open to ferries in the spring.",
    "fr": "L'autorité portuaire a annoncé le jour {n} que le nouveau quai ouvrira au printemps.",
    "pl": "Zarząd portu poinformował w dniu {n}, że nowe nabrzeże zostanie otwarte dla promów wiosną.",
    "tr": "Liman idaresi {n}. gün yaptığı açıklamada yeni rıhtımın ilkbaharda açılacağını bildirdi.",
    "id": "Otoritas pelabuhan mengatakan pada hari ke-{n} bahwa dermaga baru akan dibuka tahun depan.",
}
PROMPT = {"en": "Subscribe to read the full story and support local journalism.",
          "fr": "Abonnez-vous pour lire la suite de cet article et soutenir le journalisme local.",
          "pl": "Zaloguj się lub wykup subskrypcję, aby przeczytać cały artykuł.",
          "tr": "Haberin devamını okumak için abone olun ve yerel gazeteciliği destekleyin.",
          "id": "Berlangganan untuk membaca artikel selengkapnya dan mendukung jurnalisme lokal."}


def _line(lang: str, n: int) -> str:
    return f"{SENTENCES[lang].format(n=n)} {SENTENCES[lang].format(n=n + 50)}"


def _page(lang: str, shown: list[str], body: list[str]) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quay",
          "isAccessibleForFree": False, "articleBody": "\n\n".join(body)}
    paragraphs = "".join(f"<p>{line}</p>" for line in shown)
    return (f"<html lang='{lang}'><head><title>Quay</title><script type='application/ld+json'>"
            f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><article><h1>Quay</h1>"
            f"<div class='article-body'>{paragraphs}<div class='paywall'><p>{PROMPT[lang]}</p>"
            "<a class='button' href='/subscribe'>Subscribe</a></div></div></article></body></html>")


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_article_body_is_read_where_the_html_stops_halfway_at_a_paywall(lang: str) -> None:
    from cleaner.extract import extract

    story = [_line(lang, n) for n in range(20)]
    result = extract(_page(lang, story[:11], story), f"https://news.example/{lang}/quay")
    assert [line for line in result.text.splitlines() if line.strip()] == story


def test_the_html_stays_where_it_is_whole_or_another_text() -> None:
    from cleaner.body.article_body import from_article_body

    story = [_line("en", n) for n in range(20)]
    body = "\n\n".join(story)
    assert from_article_body("\n".join(story), body) is None  # whole
    assert from_article_body("\n".join(story[:17]), body) is None  # only a little more after it
    other = [*story[:5], "A paragraph of the page that the articleBody does not hold at all, in its middle.",
             *story[5:11]]
    assert from_article_body("\n".join(other), body) is None
    assert from_article_body("\n".join([story[6], story[2], *story[7:16]]), body) is None  # out of order


def test_the_html_may_skip_a_paragraph_of_the_article_body_in_order() -> None:
    from cleaner.body.article_body import from_article_body

    story = [_line("en", n) for n in range(20)]
    body = "\n\n".join(story)
    assert from_article_body("\n".join([*story[:5], *story[8:14]]), body) == body  # a pull quote left out
