"""The outlet a story is taken from, in a source's label closing the text where no one signs it, as the
Arabic, Vietnamese and French press credit it ("المصدر : الجزيرة نت", "Nguồn: VnExpress", "Source : Le
Parisien"): the outlet credited was read by nothing (only an agency's name after such a label), so the
site's own name stood (issue 14). Only the text's last paragraph, only where no person is named."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "ar": "أعلنت الحكومة اليوم عن حزمة جديدة من الإجراءات الاقتصادية لدعم النمو، وقال وزير المالية إن هذه "
          "الخطوة ستعزز القدرة الشرائية للمواطنين في جميع المحافظات خلال العام المقبل.",
    "vi": "Chiều 12/3, Bộ Tài chính tổ chức họp báo công bố kết quả thu ngân sách quý I. Theo đó, tổng thu "
          "ngân sách đạt 28% dự toán, tăng 12% so với cùng kỳ năm trước, đại diện bộ cho biết.",
    "fr": "Le gouvernement a annoncé mardi un nouveau paquet de mesures économiques pour soutenir la "
          "croissance. Le ministre des finances a déclaré que cette étape renforcerait le pouvoir d'achat.",
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens in every region.",
}


def _page(language: str, *, before: str = "", middle: str = "", after: str = "") -> str:
    return unsigned_story(language, _TEXT[language], before=before, middle=middle, after=after)


@pytest.mark.parametrize(("language", "after", "names"), [
    ("ar", "<p>المصدر : الجزيرة نت</p>", ["الجزيرة نت"]),
    ("ar", "<p><strong>المصدر:</strong> سكاي نيوز عربية</p>", ["سكاي نيوز عربية"]),
    ("vi", "<p>Nguồn: VnExpress</p>", ["VnExpress"]),
    ("vi", "<p style='text-align:right'><em>Nguồn: Báo Tuổi Trẻ</em></p>", ["Báo Tuổi Trẻ"]),
    ("fr", "<p>Source : Le Parisien</p>", ["Le Parisien"]),
    # guards: an agency as before; a sentence after the label; an English page (a data source's line)
    ("fr", "<p>Source : AFP</p>", ["AFP"]),
    ("fr", "<p>Source : selon le ministère, les chiffres sont provisoires.</p>", ["Daily Site"]),
    ("en", "<p>Source: Daily Nation</p>", ["Daily Site"]),
])
def test_foot_source(language: str, after: str, names: list[str]) -> None:
    assert extract(_page(language, after=after)).authors == names


def test_a_source_above_the_last_paragraph_is_no_credit() -> None:
    page = _page("fr", middle="<p>Source : Insee</p>")
    assert extract(page).authors == ["Daily Site"]


def test_a_person_signing_wins() -> None:
    page = _page("vi", before="<div class='author'>Minh Anh</div>", after="<p>Nguồn: VnExpress</p>")
    assert extract(page).authors == ["Minh Anh"]
