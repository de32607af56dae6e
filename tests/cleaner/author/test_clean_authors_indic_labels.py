"""Byline labels of the Hindi, Nepali, Marathi and Bengali press (issue 14): "रिपोर्ट: A" (report),
"संवाददाता: A" (correspondent), "लेखिका: A" (writer, feminine), "প্রতিবেদন: A" (report) stayed in
the name: their vowel signs are no letters to \\w, so the pattern for any one-word label before a colon
did not read them, and by_words did not know them. Guards: the labels read before ("लेखक: A"), a name
without a label."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_TEXT = {
    "hi": "सरकार ने मंगलवार को क्षेत्रों में विकास को समर्थन देने के लिए आर्थिक उपायों के एक नए पैकेज की घोषणा "
          "की। वित्त मंत्री ने कहा कि इस कदम से नागरिकों की क्रय शक्ति मजबूत होगी और निवेश बढ़ेगा।",
    "bn": "সরকার মঙ্গলবার প্রবৃদ্ধি সহায়তায় নতুন অর্থনৈতিক পদক্ষেপের ঘোষণা দিয়েছে। অর্থমন্ত্রী বলেছেন, এই "
          "পদক্ষেপ দেশের সব অঞ্চলের নাগরিকদের ক্রয়ক্ষমতা বাড়াবে এবং বিনিয়োগ উৎসাহিত করবে।",
}


@pytest.mark.parametrize(("language", "byline", "names"), [
    ("hi", "रिपोर्ट: अमित कुमार, भोपाल", ["अमित कुमार"]),
    ("hi", "संवाददाता: सुनील वर्मा", ["सुनील वर्मा"]),
    ("hi", "लेखिका: प्रिया सिंह", ["प्रिया सिंह"]),
    ("bn", "প্রতিবেদন: রহিম উদ্দিন", ["রহিম উদ্দিন"]),
    # guards: read before
    ("hi", "लेखक: अमित कुमार", ["अमित कुमार"]),
    ("hi", "अमित कुमार", ["अमित कुमार"]),
])
def test_indic_labels(language: str, byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
    page = unsigned_story(language, _TEXT[language], before=f"<div class='byline'>{byline}</div>")
    assert extract(page).authors == names
