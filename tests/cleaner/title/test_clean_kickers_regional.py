"""Kickers in the scripts and languages of South and Southeast Asia, the Caucasus, Central Asia, East
Africa, the Baltics and the Philippines (issue 14): a tab or sharing title's "ভিডিও: " (Bengali, video),
"ویڈیو: " (Urdu), "வீடியோ: " (Tamil), "भिडियो: " (Nepali), "คลิป: " (Thai), "ვიდეო | " (Georgian),
"Տեսանյութ. " (Armenian), "ቪዲዮ: " (Amharic), "Бейне: " (Kazakh), "Tiešraide: " (Latvian),
"Tiesiogiai | " (Lithuanian), "FOTOD | " (Estonian), "PANOORIN: " (Filipino) was kept as the headline's
start (English, Cyrillic and Latin European labels were cut already); and a headline in a script with no
case that holds an acronym in capitals ("... ฝุ่น PM2.5 ...", "... BNP-র ...") read as a run of capitals
(str.isupper), so that no label before it was cut.
Guards: the same words inside or opening a headline with no separator after them, as a sentence uses
them ("Tiešraide kļūst populārāka ...", "ভিডিও গেমের বাজার ...").
"""

from __future__ import annotations

import pytest

from cleaner.title.kickers import strip_kicker


@pytest.mark.parametrize(("title", "headline"), [
    ("ভিডিও: ঢাকায় বায়ুদূষণ আবারও বিপজ্জনক মাত্রায়", "ঢাকায় বায়ুদূষণ আবারও বিপজ্জনক মাত্রায়"),
    ("ویڈیو: وزیراعظم نے نئے ترقیاتی منصوبے کا اعلان کر دیا",
     "وزیراعظم نے نئے ترقیاتی منصوبے کا اعلان کر دیا"),
    ("வீடியோ: சென்னையில் கனமழை பள்ளிகளுக்கு விடுமுறை", "சென்னையில் கனமழை பள்ளிகளுக்கு விடுமுறை"),
    ("भिडियो: संसदमा नयाँ विधेयक दर्ता भयो", "संसदमा नयाँ विधेयक दर्ता भयो"),
    ("คลิป: นายกฯ สั่งเร่งแก้ปัญหาฝุ่น PM2.5 ในกรุงเทพฯ", "นายกฯ สั่งเร่งแก้ปัญหาฝุ่น PM2.5 ในกรุงเทพฯ"),
    ("ვიდეო | პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა",
     "პრემიერ-მინისტრმა ახალი კანონპროექტი წარადგინა"),
    ("Տեսանյութ. Փաշինյանը հանդիպել է Եվրոպական խորհրդի նախագահի հետ",
     "Փաշինյանը հանդիպել է Եվրոպական խորհրդի նախագահի հետ"),
    ("ቪዲዮ: የኢትዮጵያ መንግሥት አዲስ የኢኮኖሚ ማሻሻያ አስታወቀ", "የኢትዮጵያ መንግሥት አዲስ የኢኮኖሚ ማሻሻያ አስታወቀ"),
    ("Бейне: Тоқаев бұқаралық ақпарат құралдары туралы заңға қол қойды",
     "Тоқаев бұқаралық ақпарат құралдары туралы заңға қол қойды"),
    ("Tiešraide: Saeima pieņem jauno budžetu", "Saeima pieņem jauno budžetu"),
    ("Tiesiogiai | Seimas pritarė mokesčių reformai", "Seimas pritarė mokesčių reformai"),
    ("FOTOD | Riigikogu võttis vastu uue eelarve", "Riigikogu võttis vastu uue eelarve"),
    ("ভিডিও: ঢাকায় BNP-র সমাবেশে হাজারো মানুষ", "ঢাকায় BNP-র সমাবেশে হাজারো মানুষ"),
    ("PANOORIN: Presyo ng bigas, bababa na sa susunod na buwan",
     "Presyo ng bigas, bababa na sa susunod na buwan"),
])
def test_a_regional_label_before_the_headline_is_cut(title: str, headline: str) -> None:
    assert strip_kicker(title) == headline


@pytest.mark.parametrize("title", [
    "Tiešraide kļūst populārāka nekā televīzija jauniešu vidū",
    "ভিডিও গেমের বাজার দ্রুত বাড়ছে দেশে",
    "Fotod näitavad üleujutuse ulatust Tartus",
    "Panoorin ang laban mamayang gabi sa plaza",
    "VIDEO: LIVE UPDATES FROM THE COUNCIL",
])
def test_the_word_in_a_sentence_stays(title: str) -> None:
    assert strip_kicker(title) == title
