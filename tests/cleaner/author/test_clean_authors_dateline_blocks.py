"""A dateline's place and day in a byline's block, as Indian papers print them under the name
("<span>अमित कुमार</span><span>भोपाल, 12 मार्च 2024</span>", or alone: "भोपाल, 12 मार्च 2024"): the place
was read as the author ("भोपाल", "अमित कुमार भोपाल") (issue 14). A word alone before the day, or a
known city after a name of two words or more, is the place the story was filed from, no author."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_TEXT = {
    "hi": "सरकार ने आज आर्थिक विकास को बढ़ावा देने के लिए नए उपायों की घोषणा की। वित्त मंत्री ने कहा कि इस कदम से "
          "देश भर में लोगों की क्रय शक्ति मजबूत होगी और रोजगार बढ़ेगा।",
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens in every region.",
    "es": "El Gobierno anunció el martes un nuevo paquete de medidas económicas para apoyar el crecimiento. "
          "El ministro de Hacienda dijo que el paso reforzará el poder adquisitivo de los ciudadanos.",
}


def _page(language: str, block: str) -> str:
    text = _TEXT[language]
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Headline - Daily Site</title>"
            "<meta property='og:site_name' content='Daily Site'></head><body><article><h1>Headline of the "
            f"story</h1>{block}<p>{text}</p><p>{text}</p><p>{text}</p><p>{text}</p></article></body></html>")


@pytest.mark.parametrize(("language", "block", "names"), [
    ("hi", "<div class='author-block'><span class='name'>अमित कुमार</span>"
     "<span class='place'>भोपाल, 12 मार्च 2024</span></div>", ["अमित कुमार"]),
    ("hi", "<div class='author'>भोपाल, 12 मार्च 2024</div>", ["Daily Site"]),
    ("hi", "<div class='byline'><p>इंदौर, 12 मार्च 2024</p></div>", ["Daily Site"]),
    ("en", "<div class='author'>Bhopal, 12 March 2024</div>", ["Daily Site"]),
    ("en", "<div class='author-block'><span>Priya Sharma</span><span>Mumbai, 12 March 2024</span></div>",
     ["Priya Sharma"]),
    ("es", "<div class='autor'>Lagos, 3 de abril de 2024</div>", ["Daily Site"]),
    ("en", "<div class='author-block'><span>Amit Kumar</span><span>Bhopal, 12 March 2024</span></div>",
     ["Amit Kumar"]),
    ("hi", "<div class='author-block'><span>सुनील वर्मा</span><span>इंदौर, 12 मार्च 2024</span></div>",
     ["सुनील वर्मा"]),
    # guards: as before
    ("hi", "<div class='author'>अमित कुमार | भोपाल, 12 मार्च 2024</div>", ["अमित कुमार"]),
    ("en", "<div class='byline'>By Jane Doe, 12 March 2024</div>", ["Jane Doe"]),
])
def test_dateline_in_the_byline_block(language: str, block: str, names: list[str]) -> None:
    assert extract(_page(language, block)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    # guards: an agency or a desk before the day; a surname that is no known city; a name with its comma
    ("PTI, 12 March 2024", ["PTI"]),
    ("Priya Kumar Sharma, 12 March 2024", ["Priya Kumar Sharma"]),
    ("Jane Doe, 12 March 2024", ["Jane Doe"]),
    ("Madonna Louise, 12 March 2024 14:35", ["Madonna Louise"]),
])
def test_guards(text: str, names: list[str]) -> None:
    assert byline_names(text) == names
