"""The outlet's invitation to follow its channels (Telegram, WhatsApp, Google News, LINE, YouTube) and its
tag list, pasted into the body as a plain paragraph, in languages the prompt rules did not know
(core.junk.prompts): Portuguese, Vietnamese, Indonesian, Thai, Arabic, Kazakh, Urdu; tag labels in
Portuguese, Swahili, Kazakh, Hindi, Urdu, Thai. A story's sentence about a platform, or opening with the
same verb, stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The government announced a new housing programme on Tuesday that plans to build half a million "
          "homes for low-income families by 2026.",
          "Families earning up to two minimum wages will be able to have most of the price of the home "
          "covered, the ministry said."]


@pytest.mark.parametrize("line", [
    "Siga o Correio Paulista no Google Notícias e receba alertas das principais notícias.",
    "Participe do nosso canal no WhatsApp.",
    "Mời quý độc giả theo dõi kênh YouTube để cập nhật tin tức mới nhất.",
    "Theo dõi chúng tôi trên Zalo để nhận tin nhanh nhất.",
    "Dapatkan update berita pilihan setiap hari. Mari bergabung di saluran WhatsApp kami.",
    "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE Official และ Facebook",
    "لمزيد من الأخبار تابعونا على تطبيق تلغرام.",
    "تابعونا عبر قناة واتساب",
    "Жаңалықтарды Telegram арнамыздан оқыңыз.",
    "تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں۔",
    "Tópicos: Habitação, Governo federal, Moradia",
    "Mada: Kilimo, Mbolea, Mahindi",
    "Тегтер: Астана, аурухана, денсаулық",
    "टैग्स: दिल्ली, मौसम, गर्मी",
    "ٹیگز: پنجاب, کسان کارڈ, زراعت",
    "แท็กที่เกี่ยวข้อง: ภัยแล้ง, ครม., งบกลาง",
])
@pytest.mark.parametrize("at", [1, 2])
def test_the_invitation_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "A polícia pediu que os moradores sigam o perfil oficial no WhatsApp para receber alertas.",
    "Siga o dinheiro: a investigação mostra como os recursos foram desviados.",
    "Theo dõi diễn biến mưa lũ, chính quyền đã sơ tán hơn 2.000 hộ dân.",
    "Ikuti perkembangan kasus ini, polisi memeriksa lima saksi pada hari Selasa.",
    "ติดตามสถานการณ์น้ำท่วมอย่างใกล้ชิด ผู้ว่าราชการจังหวัดสั่งอพยพประชาชน",
    "وقال الوزير إن الحكومة ستطلق قناة رسمية على تطبيق واتساب لتلقي الشكاوى.",
    "Mada kuu ya mkutano huo ilikuwa bei ya mbolea, alisema mwenyekiti.",
])
def test_a_story_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
