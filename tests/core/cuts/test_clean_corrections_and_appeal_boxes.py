"""Two kinds of boilerplate set inside the body (issue 14). (1) A reader-support appeal's box headed by the
imperative alone ("Unterstützen Sie unabhängigen Journalismus", "Bağımsız gazeteciliğe destek olun"),
its paragraph after it, its button: the heading went by the line rules, the paragraph stayed
(core.cuts.support_appeals). (2) A correction's or editor's note after a box the tail cuts take ("Share
this article", an appeal's heading): it is the story's text, and went with the tail
(core.cuts.corrections). Guards: the imperative in a story's sentence, a heading over a paragraph that
asks for nothing, a tail's other lines, a line that only names a correction."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    "The city council of Leeds voted on Tuesday to build a new tram line linking the city centre with the "
    "airport, at an estimated cost of 1.4 billion pounds.",
    "The council's transport chief said construction would begin in 2027 and the first trams would run by "
    "the end of the decade.",
    "Residents of the northern suburbs have long complained about crowded buses and slow journeys into town.",
]

_BOXES = {
    "de": ["Unterstützen Sie unabhängigen Journalismus",
           "Guter Journalismus kostet Geld. Mit Ihrer Unterstützung können wir weiterhin unabhängig und "
           "kritisch über das berichten, was in unserer Stadt passiert.", "Jetzt unterstützen"],
    "es": ["Apoya el periodismo independiente",
           "Hacemos periodismo local riguroso y sin ataduras. Si valoras nuestro trabajo, hazte socio y "
           "ayúdanos a seguir contando lo que pasa en tu ciudad.", "Hazte socio"],
    "it": ["Sostieni il giornalismo indipendente",
           "Ogni giorno raccontiamo la città con inchieste e approfondimenti. Anche un piccolo contributo fa "
           "la differenza.", "Dona ora"],
    "ru": ["Поддержите независимую журналистику",
           "Мы рассказываем о жизни города честно и без цензуры. Даже небольшое пожертвование помогает нам "
           "выпускать новые материалы.", "Поддержать"],
    "tr": ["Bağımsız gazeteciliğe destek olun",
           "Her gün şehrin gündemini bağımsız bir şekilde aktarıyoruz. Küçük bir katkı bile büyük fark "
           "yaratır ve çalışmamızı sürdürmemize yardım eder.", "Bağış yap"],
    "fa": ["از روزنامه‌نگاری مستقل حمایت کنید",
           "ما هر روز اخبار شهر را به‌صورت مستقل گزارش می‌کنیم. برای ادامه این کار به حمایت شما نیاز داریم "
           "و هر کمکی ارزشمند است.", "حمایت"],
    "id": ["Dukung jurnalisme independen",
           "Kami menyajikan berita lokal yang akurat dan independen setiap hari. Setiap kontribusi sangat "
           "berarti bagi kami untuk terus bekerja.", "Dukung kami"],
}


@pytest.mark.parametrize("lang", sorted(_BOXES))
@pytest.mark.parametrize("at", [1, 2])
def test_appeal_box_goes(lang: str, at: int) -> None:
    text = "\n".join([*_STORY[:at], *_BOXES[lang], *_STORY[at:]])
    assert clean_text(text) == "\n".join(_STORY)


def test_appeal_box_without_button_goes_with_its_paragraph() -> None:
    text = "\n".join([*_STORY[:2], *_BOXES["de"][:2], _STORY[2]])
    assert clean_text(text) == "\n".join(_STORY)


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article misstated the cost of the line.",
    "Editor's note: This story has been updated with comment from the council.",
    "Korrektur: In einer früheren Version dieses Artikels war die Länge der Strecke falsch angegeben.",
    "Rectificatif : une version précédente de cet article indiquait un coût erroné pour le projet.",
    "Поправка: в первоначальной версии материала была неверно указана стоимость моста.",
    "更正：本文此前版本误写了线路长度，特此更正。",
])
@pytest.mark.parametrize("tail", [
    ["Share this article", "Facebook", "Twitter"],
    ["Support independent journalism",
     "Our reporters cover the city every day without fear or favour. To keep doing it we need your support, "
     "and every contribution, however big or small, helps us keep our journalism open to all."],
])
def test_note_after_the_tail_stays(note: str, tail: list[str]) -> None:
    text = "\n".join([*_STORY, *tail, note])
    assert clean_text(text) == "\n".join([*_STORY, note])


@pytest.mark.parametrize("note", ["Correction: council budget figures for the coming year",
                                  "Corrections to the budget are expected next week, officials said."])
def test_tail_lines_that_are_no_note_go(note: str) -> None:
    text = "\n".join([*_STORY, "Share this article", "Facebook", note])
    assert clean_text(text) == "\n".join(_STORY)


@pytest.mark.parametrize("lines", [
    # the imperative inside a story's sentence
    [_STORY[0], "Bağımsız gazeteciliğe destek olun çağrısı yapan bakan, basın özgürlüğünün önemine dikkat "
                "çekti.", _STORY[1]],
    # the heading over the story's own paragraph that names support given by others
    [_STORY[0], "Support independent journalism",
     "The minister said the new fund would give money and support to local newspapers in every region, "
     "starting next year.", _STORY[1]],
    # a heading over a paragraph that asks for nothing
    [_STORY[0], "Dukung jurnalisme independen",
     "Menteri mengatakan pemerintah akan merevisi undang-undang pers tahun depan setelah berkonsultasi "
     "dengan organisasi wartawan.", _STORY[1]],
])
def test_story_stays(lines: list[str]) -> None:
    kept = clean_text("\n".join(lines))
    assert all(line in kept.split("\n") for line in lines if len(line.split()) > 8)
