"""Closing and in-between lines of South-East Asian, Japanese and Indian pages stayed in the body: the
'read also' marker in Filipino ("BASAHIN: ...", "Basahin din: ..."), Khmer with its own colon
("អានបន្ត៖ ..."), Lao and Burmese; the Japanese paywall line naming the article first
("記事の続きは会員登録でお読みいただけます。"); the desk's "Edited By:" credit. Guards: sentences that use
the words and go on, the lines read before."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "tl": ["Inaasahang bababa ang presyo ng bigas sa mga pamilihan sa susunod na buwan.",
           "Ayon sa Kagawaran ng Pagsasaka, sapat ang suplay ng bigas hanggang sa susunod na taon."],
    "km": ["រាជរដ្ឋាភិបាលកម្ពុជាបានដាក់ចេញនូវវិធានការថ្មីមួយចំនួនដើម្បីជំរុញការនាំចេញអង្ករ។",
           "សហព័ន្ធស្រូវអង្ករកម្ពុជាបានស្វាគមន៍វិធានការនេះ។"],
    "lo": ["ກອງປະຊຸມລັດຖະບານ ໄດ້ຮັບຮອງເອົາແຜນພັດທະນາການທ່ອງທ່ຽວແຫ່ງຊາດ.",
           "ຜູ້ປະກອບການທ່ອງທ່ຽວຕ່າງສະແດງຄວາມຍິນດີ."],
    "my": ["ရန်ကုန်လျှပ်စစ်ဓာတ်အားပေးရေးကော်ပိုရေးရှင်းသည် အချိန်ဇယားသစ်ကို ယနေ့ ထုတ်ပြန်ခဲ့သည်။",
           "စီးပွားရေးလုပ်ငန်းရှင်များက ကုန်ကျစရိတ် များပြားလာကြောင်း ပြောကြားသည်။"],
    "ja": ["日本銀行は金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。",
           "次回の会合は来年1月に予定されており、春闘の動向が判断の焦点となりそうだ。"],
    "hi": ["प्रदेश सरकार ने पांच सौ सरकारी स्कूलों के कायाकल्प की योजना को मंजूरी दे दी है।",
           "विपक्ष ने योजना का स्वागत करते हुए कहा कि शिक्षकों के खाली पदों को भरना भी जरूरी है।"],
    "en": ["The ministry approved the plan on Wednesday after a long debate in parliament.",
           "The opposition said the money would not be enough for rural schools."],
}


def _with(lang: str, line: str) -> str:
    story = _STORIES[lang]
    return "\n".join([story[0], line, story[1]])


@pytest.mark.parametrize("lang,line", [
    ("tl", "BASAHIN: Ani ng palay, tumaas ngayong taon"), ("tl", "Basahin din: Presyo ng gulay, bumaba"),
    ("km", "អានបន្ត៖ តម្លៃស្រូវកើនឡើង"), ("km", "អានបន្ថែម៖ តម្លៃស្រូវកើនឡើង"),
    ("lo", "ອ່ານຕື່ມ: ລາຄານ້ຳມັນເພີ່ມຂຶ້ນ"), ("my", "ဆက်စပ်သတင်း - ဆီဈေး မြင့်တက်"),
    ("ja", "記事の続きは会員登録でお読みいただけます。"),
    ("ja", "この記事の続きは有料会員登録でお読みいただけます"),
    ("hi", "Edited By: सुनील वर्मा"), ("en", "Edited by: Jane Doe"),
    # read before
    ("ja", "続きは会員登録で"), ("tl", "Baca juga: Stok beras aman"),
])
def test_the_line_goes(lang: str, line: str) -> None:
    assert clean_text(_with(lang, line)) == "\n".join(_STORIES[lang])


@pytest.mark.parametrize("lang,line", [
    ("tl", "Basahin ninyo ang buong ulat ng komisyon bago kayo magpasya, sabi ng senador sa mga mamamayan."),
    ("ja", "記事の続きを書く前に、記者は現地の関係者に改めて話を聞いた。"),
    ("en", "Edited by a team of volunteers, the newsletter reaches 20,000 readers every week in the region."),
])
def test_guards(lang: str, line: str) -> None:
    assert line in clean_text(_with(lang, line))
