"""A video's credit naming the agency or channel in a word or two after the label ("Vídeo: EFE", "Видео:
ТАСС", "视频：新华社", "Бейне: Хабар 24", "วิดีโอ: Thai PBS") stayed in the body between the story's
paragraphs: the teaser rule wanted a headline of three words (English "Video: Reuters" went as a caption).
core.junk.teasers now reads such a name, each word capitalised or in a script without case, as the video's
credit, and knows the Thai label. A verb's label with a name, a label line that ends as a sentence, a
specification and the words of a story stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "es": ["El Banco Central redujo este jueves su tasa de interés de referencia en 50 puntos básicos, hasta "
           "el 10,25 %, en su tercer recorte consecutivo.",
           "La decisión fue adoptada por unanimidad por la junta directiva, que destacó que la inflación "
           "anual bajó al 5,8 % en abril."],
    "ru": ["Строительство второй линии метрополитена планируется завершить к концу 2027 года, сообщил во "
           "вторник мэр города.",
           "По его словам, первый участок линии протяженностью 6,8 километра свяжет жилые районы с центром "
           "и вокзалом."],
    "zh": ["记者从广州地铁集团获悉，地铁18号线北延段工程目前已进入设备安装和系统调试阶段，"
           "预计将于今年年底前开通运营。",
           "18号线北延段全长约21公里，共设6座车站，建成后将连接广州东站和白云机场方向。"],
    "th": ["คณะรัฐมนตรีมีมติอนุมัติงบกลางวงเงิน 5,000 ล้านบาท เพื่อแก้ไขปัญหาภัยแล้งในภาคตะวันออกเฉียงเหนือ",
           "โฆษกรัฐบาลเปิดเผยว่า งบประมาณจะใช้ขุดเจาะบ่อบาดาลและซ่อมแซมระบบประปาหมู่บ้าน"],
}
_CREDITS = [
    ("es", "Vídeo: EFE"), ("es", "Vídeo: Agência Brasil"), ("es", "VÍDEO: Reuters TV"), ("ru", "Видео: ТАСС"),
    ("ru", "Видео: РИА Новости"), ("ru", "Бейне: Хабар 24"), ("zh", "视频：新华社"), ("zh", "動画：共同通信"),
    ("th", "วิดีโอ: Thai PBS"), ("th", "คลิป: ช่อง 3"),
]


@pytest.mark.parametrize(("language", "line"), _CREDITS)
@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_video_credit_goes(language: str, line: str, at: int) -> None:
    story = _STORIES[language]
    assert clean_text("\n".join([*story[:at], line, *story[at:]])) == "\n".join(story)


@pytest.mark.parametrize(("language", "line"), [
    ("es", "Watch: Tom"), ("es", "Vídeo: Todo listo."), ("es", "Video: 4K at 60 fps"),
    ("ru", "Видео: 24 «кадра»"), ("ru", "Видео снял очевидец"), ("es", "Vídeo de la entrevista con EFE"),
    ("th", "คลิปวิดีโอดังกล่าวถูกแชร์ต่อกันอย่างแพร่หลายในโซเชียลมีเดียเมื่อวันอังคาร"),
])
def test_story_line_stays(language: str, line: str) -> None:
    lines = [_STORIES[language][0], line, _STORIES[language][1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
