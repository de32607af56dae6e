"""Byline labels of South and Southeast Asia and the Caucasus (issue 14), which stayed in the name:
Khmer and Lao "by" ("ដោយ៖ A", the Khmer colon after it; "ໂດຍ: A"), Tamil "writing", "written by",
"reporter" ("எழுத்து: A", "செய்தியாளர்: A"), Urdu "correspondent", "author" ("نامہ نگار: A",
"مصنف: A"), Swahili "writer" ("Mwandishi: A") and Armenian "author" with the Armenian mark that
stands for a colon ("Հեղինակ՝ A"). And an Indic name's final vowel sign or virama, which trafilatura's
name cleaning cuts, is restored where an initial's dot stood before it ("கே. ராமன்", which the
cleaning made "கே ராமன"). Guards: the names without a label; a label word inside a sentence."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="author">ដោយ៖ សុខ ចាន់ថា</div>', ["សុខ ចាន់ថា"]),
    ('<div class="author">ໂດຍ: ສົມພອນ ແກ້ວມະນີ</div>', ["ສົມພອນ ແກ້ວມະນີ"]),
    ('<div class="author">எழுத்து: ராமன் கிருஷ்ணன்</div>', ["ராமன் கிருஷ்ணன்"]),
    ('<div class="author">செய்தியாளர்: எஸ். முருகன்</div>', ["எஸ் முருகன்"]),
    ('<div class="author">نامہ نگار: عائشہ خان</div>', ["عائشہ خان"]),
    ('<div class="author">مصنف: ثنا علی</div>', ["ثنا علی"]),
    ('<div class="author">Mwandishi: Juma Mwinyi</div>', ["Juma Mwinyi"]),
    ('<div class="author">Հեղինակ՝ Արմեն Սարգսյան</div>', ["Արմեն Սարգսյան"]),
    ('<div class="author">எழுத்து: கே. ராமன்</div>', ["கே ராமன்"]),
    # guards: as before
    ('<div class="author">ராமன் கிருஷ்ணன்</div>', ["ராமன் கிருஷ்ணன்"]),
    ('<div class="author">Հեղինակ: Արմեն Սարգսյան</div>', ["Արմեն Սարգսյան"]),
    ('<div class="author">By P.K. Balachandran</div>', ["P.K. Balachandran"]),
    ('<div class="author">राहुल शर्मा</div>', ["राहुल शर्मा"]),
])
def test_labels_before_names(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
