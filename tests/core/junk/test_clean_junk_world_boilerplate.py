"""Boilerplate lines of sites outside the English-speaking press, judged line by line (core.junk): the
prompt to download the outlet's own app (core.junk.appeals, "Téléchargez notre application",
"Uygulamamızı indirin", "アプリをダウンロード"), an invitation to the outlet's channel in more languages
("הצטרפו לערוץ הטלגרם שלנו", "Gabung di saluran WhatsApp kami"), a rights notice with no copyright sign
(core.junk.credits, "جميع الحقوق محفوظة", "무단전재 및 재배포 금지"), a video's teaser (core.junk.teasers,
"Видео: Новый паром вышел в рейс"), a "continue reading" link and a shop's button alone
(core.junk.labels), a Chinese caption's "图：". A story's sentence with the same words stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    "The city council voted on Tuesday to extend the ferry service through the winter months, ending a "
    "dispute that had lasted nearly two years.",
    "Officials said the new timetable would add four crossings a day and cost about 1.2 million dollars, "
    "paid partly by the regional transport fund.",
    "Residents on the island had complained that the last boat left too early for commuters working late "
    "shifts on the mainland.",
]


@pytest.mark.parametrize("line", [
    # the outlet's app
    "Téléchargez notre application", "Descarga nuestra app", "Scarica la nostra app",
    "Baixe o nosso aplicativo",
    "Laden Sie jetzt unsere App herunter", "Ladda ner vår app", "Last ned appen vår", "Hent vores app",
    "Lataa sovelluksemme", "Pobierz naszą aplikację", "Stáhněte si naši aplikaci", "Скачайте наше приложение",
    "Завантажуйте наш застосунок", "Uygulamamızı indirin", "حمّل تطبيقنا", "Unduh aplikasi kami",
    "Tải ứng dụng của chúng tôi", "ดาวน์โหลดแอปของเรา", "下载客户端，阅读更多新闻", "アプリをダウンロード",
    "앱을 다운로드하세요", "ताजा खबरों के लिए हमारा ऐप डाउनलोड करें", "Descarcă aplicația noastră",
    "Töltse le alkalmazásunkat", "Pakua programu yetu",
    # the outlet's channels
    "הצטרפו לערוץ הטלגרם שלנו", "Gabung di saluran WhatsApp kami", "Entra nel canale WhatsApp",
    "Jiunge na chaneli yetu ya WhatsApp", "ติดตามเราได้ที่ LINE", "Theo dõi chúng tôi trên Zalo",
    "扫码关注我们的公众号", "Google News'te takip et", "Simak berita dan artikel lainnya di Google News",
    "Únete a nuestro canal de Telegram",
    # rights notices with no copyright sign
    "جميع الحقوق محفوظة © 2024", "کلیه حقوق محفوظ است", "무단전재 및 재배포 금지", "版权所有 © 2024",
    "Tüm hakları saklıdır.", "All rights reserved.",
    # video teasers
    "Видео: Новый паром вышел в рейс", "Відео: новий пором вийшов у рейс", "شاهد: العبارة الجديدة تبحر",
    "Watch: Ferry crosses the strait in a storm", "Video: So sieht die neue Fähre aus",
    # "continue reading", a shop's button, a caption's label, a paywall in Finnish
    "続きを読む", "阅读全文", "Lire la suite", "Weiterlesen", "Читать далее", "Devamını oku", "点击进入专题",
    "Shop now", "Add to basket", "Jetzt kaufen", "图：新华社", "Tämä artikkeli on tarkoitettu tilaajille",
    # an app's button, a "listen" label, the subscriber's way in, a channel, in more shapes
    "Get the app", "Télécharger l'application", "Descarga la app", "Скачать приложение", "Uygulamayı indir",
    "حمل التطبيق", "アプリで読む", "앱으로 보기", "下载APP", "Ouça este artigo", "この記事を聞く", "收听本文",
    "Sie sind bereits Abonnent? Hier anmelden", "¿Ya eres suscriptor? Inicia sesión",
    "Уже есть подписка? Войдите", "Rejoignez notre chaîne WhatsApp", "Siga o nosso canal no WhatsApp",
    "Наш канал в Telegram", "WhatsApp kanalımıza katılın", "به کانال تلگرام ما بپیوندید",
    "हमारे व्हाट्सऐप चैनल से जुड़ें", "公式LINEを友だち追加", "카카오톡 채널 추가",
    "Bizi Google Haberler'de takip edin",
    # rights notices, video teasers and "read also" markers in more languages and scripts
    "सर्वाधिकार सुरक्षित", "未经授权，不得转载", "Hak Cipta © 2024", "Усі права захищені",
    "视频：风暴袭击海岸", "動画：嵐が海岸を襲う", "वीडियो: तूफान ने तट को झकझोरा",
    "Potrebbe interessarti anche", "함께 보면 좋은 기사", "Read next:",
])
@pytest.mark.parametrize("at", [0, 2, 3])
def test_boilerplate_line_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    # the "read later" button, a video's pointer, an app's button with its adjective
    "Lire plus tard", "Später lesen", "Read later", "あとで読む", "稍后阅读", "Watch the full video below",
    "Hier finden Sie das Video", "Scarica l'app gratuita", "Baixe o aplicativo gratuito",
])
@pytest.mark.parametrize("at", [0, 2, 3])
def test_button_line_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Les lecteurs peuvent télécharger l'application gratuitement depuis mardi, a précisé la rédaction.",
    "Unduh aplikasi resmi hanya dari toko aplikasi tepercaya, kata juru bicara kementerian.",
    "Pobierz aplikację mObywatel, aby mieć dowód osobisty w telefonie – zachęca ministerstwo cyfryzacji.",
    "アプリをダウンロードした人は100万人を超えたという。",
    "The court ruled that all rights reserved by the original publisher had expired in 2019, clearing the "
    "way for a new edition.",
    "版权所有者起诉了该平台，要求赔偿损失。", "版权所有者诉平台案宣判",
    "کلیه حقوق کارمندان تا پایان ماه پرداخت می‌شود.",
    "Video: 4K at 60 fps", "Video footage shared online showed the ferry listing to one side in heavy seas.",
    "Видео с места происшествия опубликовала пресс-служба МЧС.",
    "Watch the skies tonight: the meteor shower peaks after midnight, astronomers said.",
    "视频显示，渡轮在大风中剧烈摇晃，乘客纷纷抓住栏杆。", "图书馆将于下月重新开放，市民可免费借阅。",
    "Comprar una vivienda en la isla cuesta hoy el doble que hace diez años, según el Colegio de "
    "Registradores.",
    "Spotify", "Seguici, ha detto il sindaco ai cittadini, e vedrete che il traghetto tornerà a funzionare.",
    "Наш канал в этом году вырос вдвое, рассказал главный редактор.", "视频", "Video: Full stop.",
    "Die App lässt sich kostenlos herunterladen und zeigt die Position der Fähre in Echtzeit, sagte ein "
    "Sprecher.",
])
def test_story_sentence_stays(line: str) -> None:
    lines = [*_STORY[:2], line, *_STORY[2:]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize("line", [
    "Download the app, the health ministry urged residents on Monday, to receive flood warnings on their "
    "phones.",
    "Подписывайтесь на каналы только проверенных источников в Telegram, советуют эксперты по "
    "кибербезопасности.",
    "Підписуйтесь на офіційні канали в Telegram, радять у кіберполіції.",
    "Folgen Sie den Behörden auf Telegram, rät die Polizei, und meiden Sie unbekannte Kanäle.",
])
def test_advice_a_story_reports_stays(line: str) -> None:
    """A sentence reporting someone's advice in the prompt's words (core.junk.prompts: the attribution
    after a comma) stays; the site's own prompt with a comma goes (below)."""
    lines = [*_STORY[:2], line, *_STORY[2:]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize("line", [
    "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости",
    "Follow us on Telegram, WhatsApp and Facebook for breaking news",
    "Download our app, it's free",
])
def test_prompt_with_a_comma_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY[:2], line, *_STORY[2:]])) == "\n".join(_STORY)
