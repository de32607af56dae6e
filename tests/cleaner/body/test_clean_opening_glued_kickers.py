"""The headline after its kicker with no mark between them (cleaner.body.opening): a heading of two
<span>s, the kicker's and the headline's, read as one line at the body's top ("Abstimmung im Parlament
Bundestag beschließt Rentenpaket"), is the headline; a sentence or a longer line ending with the
headline's words stays."""

from __future__ import annotations

import pytest

from cleaner.body.opening import without_opening

FIRST = {
    "de": "Der Bundestag hat das umstrittene Rentenpaket am Freitag mit knapper Mehrheit beschlossen.",
    "es": "El Senado aprobó en la madrugada de este miércoles el proyecto tras una larga sesión.",
    "ru": "Государственная дума приняла закон о бюджете на следующий год во втором чтении.",
}
SECOND = "The text now goes to the upper house, which is expected to vote on it next month."


@pytest.mark.parametrize(("lang", "kicker", "headline"), [
    ("de", "Abstimmung im Parlament", "Bundestag beschließt Rentenpaket"),
    ("es", "Reforma laboral", "El Senado aprobó la reforma tras una sesión de 14 horas"),
    ("ru", "Бюджет", "Госдума приняла бюджет во втором чтении"),
])
def test_the_headline_after_its_glued_kicker_goes(lang: str, kicker: str, headline: str) -> None:
    text = "\n".join([f"{kicker} {headline}", FIRST[lang], SECOND])
    assert without_opening(text, headline, []) == f"{FIRST[lang]}\n{SECOND}"


@pytest.mark.parametrize(("line", "headline"), [
    # a sentence: its words before the headline end with a comma or a colon
    ("Die Regierung sagt, Bundestag beschließt Rentenpaket", "Bundestag beschließt Rentenpaket"),
    ("Der Minister erklärte: Bundestag beschließt Rentenpaket", "Bundestag beschließt Rentenpaket"),
    # more words than a kicker's before the headline
    ("Nach langer und harter Debatte am Freitag Bundestag beschließt Rentenpaket",
     "Bundestag beschließt Rentenpaket"),
    # a bullet before the headline: an item of a list of stories
    ("- Bundestag beschließt Rentenpaket", "Bundestag beschließt Rentenpaket"),
    # a headline of two words ends many lines
    ("Die Koalition streitet weiter über Rentenpaket beschlossen", "Rentenpaket beschlossen"),
])
def test_a_line_ending_with_the_headline_s_words_stays(line: str, headline: str) -> None:
    text = "\n".join([line, FIRST["de"], SECOND])
    assert without_opening(text, headline, []) == text
