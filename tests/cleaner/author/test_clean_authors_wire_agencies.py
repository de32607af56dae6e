"""Wire agencies and organisations as a story credits them where no one signs it (issue 14):
- an organisation "X of Y" in an author meta tag with no JSON-LD to confirm it ("Voice of America",
  which trafilatura's name cleaning cut to "Voice");
- an agency in the dateline's brackets with the text going straight on, no dash ("New Delhi, Mar 4
  (PTI) The", "STOCKHOLM (TT) ", "MADRID, 4 (EUROPA PRESS) ", Hindi "(भाषा)", "(आईएएनएस)", a regional
  service "(dpa/lby)", a place with a slash "FRANKFURT/MAIN (dpa) - "), Persian "به گزارش مهر،" /
  "به گزارش خبرگزاری فارس" (Mehr and Fars: a month and the Persian Gulf's word otherwise);
- a sign-off "(भाषा)", "(©NTB)", "TT"; an author tag's "(dpa)" (trafilatura drops it);
- an agency alone as the byline: "Reuters Staff" on another outlet's page (the agency), "di ANSA"
  ("Di Ansa" before), "AFP" in a post's header beside the headline (whose words were read as
  co-authors);
- a slug in the author tag ("john-smith"): the name as the page prints it, else no name; the slug of
  the author's page as the page prints the name ("juan-perez": "Juan Pérez", not "Juan Perez");
- a page whose JSON-LD names only the outlet: the dateline's agency before it.
Before, these named the outlet, a cut name ("Voice", "John-Smith") or the desk as written."""

from __future__ import annotations

import json

import pytest

from cleaner.extract import extract

_TEXT = {
    "en": "The city council approved a new budget on Tuesday after a long debate about spending on roads, "
          "schools and public transport. Officials said the plan would add buses on the busiest routes.",
    "sv": "Kommunfullmäktige antog på tisdagen en ny budget efter en lång debatt om satsningar på vägar, "
          "skolor och kollektivtrafik. Enligt ansvariga ska fler bussar sättas in på de största linjerna.",
    "fi": "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen, ja se lisää "
          "rahaa teihin, kouluihin ja joukkoliikenteeseen. Vilkkaimmille linjoille tulee lisää busseja.",
    "nb": "Bystyret vedtok tirsdag et nytt budsjett etter en lang debatt om bevilgninger til veier, skoler "
          "og kollektivtransport. Det skal settes inn flere busser på de travleste rutene i byen.",
    "es": "El ayuntamiento aprobó el martes un nuevo presupuesto tras un largo debate sobre el gasto en "
          "carreteras, escuelas y transporte público. Habrá más autobuses en las líneas más concurridas.",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Haushalt beschlossen, der "
          "mehr Geld für Straßen, Schulen und den Nahverkehr vorsieht. Mehr Busse fahren.",
    "it": "Il consiglio comunale ha approvato martedì un nuovo bilancio dopo un lungo dibattito sulla spesa "
          "per strade, scuole e trasporto pubblico. Ci saranno più autobus sulle linee più frequentate.",
    "fr": "Le conseil municipal a adopté mardi un nouveau budget après un long débat sur les dépenses "
          "consacrées aux routes, aux écoles et aux transports publics. Il y aura plus de bus.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद नया बजट पारित किया, जिसमें सड़कों, स्कूलों और सार्वजनिक "
          "परिवहन पर अधिक खर्च का प्रावधान है। सबसे व्यस्त मार्गों पर अतिरिक्त बसें चलाई जाएंगी।",
    "fa": "شورای شهر روز سه‌شنبه پس از بحثی طولانی بودجه جدیدی را تصویب کرد که سهم بیشتری برای جاده‌ها، "
          "مدارس و حمل و نقل عمومی در نظر می‌گیرد. در شلوغ‌ترین مسیرها اتوبوس‌های بیشتری به کار می‌رود.",
}
_HEADLINE = {"fr": "Le conseil adopte un nouveau budget après un long débat"}


def _page(language: str, *, metas: str = "", byline: str = "", lead: str = "", tail: str = "",
          ld: object = None, header: bool = False) -> str:
    text = _TEXT[language]
    headline = _HEADLINE.get(language, "Council approves a new budget")
    data = "" if ld is None else ("<script type='application/ld+json'>" + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "author": ld},
        ensure_ascii=False) + "</script>")
    paragraphs = f"<p>{lead}{text}</p><p>{text}</p><p>{text}</p>" + (f"<p>{tail}</p>" if tail else "")
    if header:  # a post's header: the headline and its details in one short block
        article = (f"<article><header class='entry-header'><h1 class='entry-title'>{headline}</h1>"
                   f"<div class='entry-meta'>{byline}<time>4 March 2025</time></div></header>"
                   f"<div class='entry-content'>{paragraphs}</div></article>")
    else:
        article = (f"<article><h1>{headline}</h1>{byline}<div class='article-body'>{paragraphs}</div>"
                   "</article>")
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>{headline} | Daily Site</title>"
            f"<meta property='og:site_name' content='Daily Site'>{metas}{data}</head><body><header>"
            f"<a href='/'>Daily Site</a></header>{article}<footer><p>© 2025 Daily Site</p></footer>"
            "</body></html>")


def _meta(name: str, value: str) -> str:
    return f"<meta name='{name}' content='{value}'>"


@pytest.mark.parametrize(("page", "authors"), [
    # an organisation "X of Y" in the author tag alone
    (_page("en", metas=_meta("author", "Voice of America")), ["Voice of America"]),
    (_page("en", metas="<meta property='article:author' content='Friends of the Earth'>"),
     ["Friends of the Earth"]),
    (_page("en", metas=_meta("dc.creator", "Council of Europe")), ["Council of Europe"]),
    # an agency in the dateline's brackets, the text going straight on
    (_page("en", lead="New Delhi, Mar 4 (PTI) "), ["PTI"]),
    (_page("sv", lead="STOCKHOLM (TT) "), ["TT"]),
    (_page("fi", lead="HELSINKI (STT) "), ["STT"]),
    (_page("es", lead="MADRID, 4 (EUROPA PRESS) "), ["EUROPA PRESS"]),
    (_page("hi", lead="नयी दिल्ली, चार मार्च (भाषा) "), ["भाषा"]),
    (_page("hi", lead="नई दिल्ली, 4 मार्च (आईएएनएस)। "), ["आईएएनएस"]),
    (_page("de", lead="München (dpa/lby) - "), ["dpa"]),
    (_page("de", lead="FRANKFURT/MAIN (dpa) - "), ["dpa"]),
    (_page("fa", lead="به گزارش مهر، "), ["مهر"]),
    (_page("fa", lead="به گزارش خبرگزاری فارس، "), ["فارس"]),
    (_page("fa", lead="به گزارش خبرگزاری مهر به نقل از روابط عمومی شهرداری، "), ["مهر"]),
    # a sign-off; an author tag's agency in brackets
    (_page("hi", tail="(भाषा)"), ["भाषा"]),
    (_page("nb", tail="(©NTB)"), ["NTB"]),
    (_page("sv", tail="TT"), ["TT"]),
    (_page("de", metas=_meta("author", "(dpa)")), ["dpa"]),
    # an agency alone as the byline
    (_page("en", byline="<div class='author'>Reuters Staff</div>"), ["Reuters"]),
    (_page("it", byline="<div class='author'>di ANSA</div>"), ["ANSA"]),
    (_page("it", byline="<div class='author'>di Redazione</div>"), ["Redazione", "Daily Site"]),
    (_page("fr", byline="<div class='author'>AFP</div>", header=True), ["AFP"]),
    # a slug in the author tag: the name as printed, else none
    (_page("en", metas=_meta("author", "john-smith"),
           byline="<div class='info'><span>John Smith</span></div>"), ["John Smith"]),
    (_page("de", metas=_meta("author", "lisa-weber")), ["Daily Site"]),
    # the slug of the author's page (Open Graph's article:author) as the page prints the name
    (_page("es", metas="<meta property='article:author' content='https://example.com/autor/juan-perez/'>",
           tail="Juan Pérez es periodista de la sección local."), ["Juan Pérez"]),
    (_page("de", metas="<meta property='article:author' content='https://example.com/autor/hans-mueller/'>",
           tail="Hans Müller schreibt über die Stadt."), ["Hans Müller"]),
    # the JSON-LD names the outlet alone: the dateline's agency first
    (_page("en", lead="GENEVA (Reuters) - ", ld={"@type": "Organization", "name": "Daily Site"}),
     ["Reuters", "Daily Site"]),
])
def test_wire_agencies_and_organisations(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # guards: a one-word agency stays; a person's byline beside a dateline stays the person's
    (_page("en", metas=_meta("author", "Reuters")), ["Reuters"]),
    (_page("de", metas=_meta("author", "Anna Schmidt"), byline="<div class='byline'>Von Anna Schmidt</div>",
           lead="BERLIN (dpa) - "), ["Anna Schmidt"]),
    # 'भाषा' (language) opening a sentence, brackets in a sentence: no dateline
    (_page("hi", lead="भाषा और संस्कृति विभाग ने कहा कि "), ["Daily Site"]),
    (_page("en", lead="The company (AP) said on Monday that "), ["Daily Site"]),
    # Mehr a month, Fars the Persian Gulf's word, a report of the media
    (_page("fa", lead="در ۱۵ مهر گزارش شد که "), ["Daily Site"]),
    (_page("fa", lead="در خلیج فارس، "), ["Daily Site"]),
    (_page("fa", lead="به گزارش رسانه‌ها، "), ["Daily Site"]),
    # an Italian byline's "di" before a name; a person in the post's header
    (_page("it", byline="<div class='author'>di Mario Rossi</div>"), ["Mario Rossi"]),
    (_page("fr", byline="<div class='author'>Par Marie Dupont</div>", header=True), ["Marie Dupont"]),
    # a name as the tag writes it, hyphenated given name and all
    (_page("fr", metas=_meta("author", "Jean-Pierre Dupont")), ["Jean-Pierre Dupont"]),
    # the JSON-LD names the outlet and a byline names a person: the person
    (_page("en", byline="<div class='byline'>By Sarah Johnson</div>", lead="GENEVA (Reuters) - ",
           ld={"@type": "Person", "name": "Sarah Johnson"}), ["Sarah Johnson"]),
])
def test_wire_agency_guards(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
