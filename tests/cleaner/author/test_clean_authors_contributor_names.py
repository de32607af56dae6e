"""The contributor's name of Quintype's templates (issue 14): South Asian outlets on it print the
byline as <div class="contributor-name">A</div>, with no "author" class, so the page's author was
not found and the outlet stood in. Guards: a marked author wins; a related story's contributor is
not the story's author."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "bn": "সরকার প্রবৃদ্ধি সহায়তায় মঙ্গলবার নতুন অর্থনৈতিক পদক্ষেপের ঘোষণা দিয়েছে। অর্থমন্ত্রী বলেছেন, এই "
          "পদক্ষেপ দেশের সব অঞ্চলের নাগরিকদের ক্রয়ক্ষমতা বাড়াবে এবং বিনিয়োগ উৎসাহিত করবে।",
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens in every region.",
}


@pytest.mark.parametrize(("language", "before", "names"), [
    ("bn", '<div class="contributor-name">রহিম উদ্দিন</div><div class="location">ঢাকা</div>', ["রহিম উদ্দিন"]),
    ("en", '<div class="story-meta"><span class="contributor-name">Rhea Sharma</span></div>',
     ["Rhea Sharma"]),
    # guards: a marked author wins; no contributor: the outlet
    ("en", '<div class="author">By Arjun Rao</div><div class="contributor-name">Rhea Sharma</div>',
     ["Arjun Rao"]),
    ("en", "", ["Daily Site"]),
])
def test_contributor_names(language: str, before: str, names: list[str]) -> None:
    assert extract(unsigned_story(language, _TEXT[language], before=before)).authors == names


def test_a_related_storys_contributor_is_no_author() -> None:
    card = ('<div class="story-card"><a href="/news/{0}"><h3>Markets close higher on {0}</h3></a>'
            '<div class="contributor-name">Someone {0}</div></div>')
    related = ('<section class="related-stories"><h2>Related Stories</h2>'
               + "".join(card.format(day) for day in ("Monday", "Friday", "Sunday")) + "</section>")
    page = unsigned_story("en", _TEXT["en"]).replace("</article>", f"</article>{related}")
    assert extract(page).authors == ["Daily Site"]
