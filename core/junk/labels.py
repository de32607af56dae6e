"""Buttons and labels of the page's widgets, each alone on its line, by kind and language: sharing,
"copy link", print and font size, the comments' buttons, the audio player's "listen to this article",
the video player's label, the advertisement's label, "continue reading", the app's and a shop's
buttons (the players', a picture's and the advertisement's labels are ``media_labels.py``'s). A line is
one of them when, lowered and without its bullets, closing punctuation and count ("Comments (12)"), it
is one of the words below: one set lookup per short line. A sentence that uses the words has more of
them, and stays.
"""

from __future__ import annotations

import re

from core.junk.media_labels import MEDIA_LABELS

# The labels by kind, then by language (ISO 639-1; "no" is Norwegian), lowered; the media's last.
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "share": {
        "en": ("share this article", "share this story", "share article", "share story", "share this"),
        "de": ("teilen", "artikel teilen", "beitrag teilen", "diesen artikel teilen", "jetzt teilen"),
        "fr": ("partager", "partager cet article", "partager l'article", "partager l’article",
               "partagez cet article"),
        "es": ("compartir", "compartir esta noticia", "compartir artículo", "comparte esta noticia",
               "compartir noticia"),
        "it": ("condividi", "condividi questo articolo", "condividi l'articolo", "condividi l’articolo"),
        "pt": ("compartilhe esta notícia", "compartilhar", "compartilhe", "partilhar", "partilhe este artigo",
               "compartilhe este artigo"),
        "nl": ("delen", "deel dit artikel", "artikel delen"),
        "pl": ("udostępnij", "udostępnij artykuł", "podziel się", "udostępnij ten artykuł"),
        "ru": ("поделиться", "поделиться новостью", "поделиться статьей", "поделиться статьёй",
               "поделитесь новостью"),
        "uk": ("поділитися", "поділитися новиною", "поділитися статтею", "поділіться новиною"),
        "tr": ("haberi paylaş", "bu haberi paylaş", "paylaşın"),
        "ar": ("شارك", "شارك هذا المقال", "شارك الخبر", "مشاركة", "شارك المقال"),
        "fa": ("این مطلب را به اشتراک بگذارید", "به اشتراک بگذارید", "اشتراک"),
        "hi": ("इस खबर को शेयर करें", "शेयर", "खबर शेयर करें"), "bn": ("খবরটি শেয়ার করুন", "শেয়ার"),
        "id": ("bagikan artikel ini", "bagikan berita ini", "bagikan artikel"),
        "ms": ("kongsi", "kongsi artikel ini", "kongsi berita ini"),
        "vi": ("chia sẻ bài viết", "chia sẻ bài báo"), "th": ("แชร์บทความนี้", "แชร์ข่าวนี้"),
        "zh": ("分享", "分享到", "分享本文", "分享文章", "分享至"),
        "ja": ("シェア", "この記事をシェアする", "記事をシェア", "シェアする", "この記事をシェア"),
        "ko": ("공유", "공유하기", "기사 공유하기", "기사 공유"), "sv": ("dela artikeln",),
        "no": ("del artikkelen", "del saken"), "da": ("del artiklen",), "fi": ("jaa artikkeli", "jaa juttu"),
        "cs": ("sdílet článek",), "sk": ("zdieľať článok",), "ro": ("distribuie articolul",),
        "hu": ("cikk megosztása", "megosztom"), "el": ("κοινοποιήστε το άρθρο", "μοιραστείτε το άρθρο"),
        "he": ("שתפו", "שתפו את הכתבה", "שיתוף", "שתף"), "az": ("paylaş", "xəbəri paylaş", "paylaşın"),
        "kk": ("бөлісу", "жаңалықпен бөлісу"),
        "hr": ("podijeli", "podijelite", "podijeli članak"), "sr": ("podeli", "подели"), "lt": ("dalintis",),
        "sl": ("deli", "deli članek"), "lv": ("dalīties", "kopīgot"), "et": ("jaga", "jaga artiklit"),
    },
    "copy_link": {
        "en": ("copy link", "copy the link", "link copied"), "de": ("link kopieren", "link kopiert"),
        "fr": ("copier le lien", "lien copié"), "es": ("copiar enlace", "copiar el enlace", "enlace copiado"),
        "it": ("copia link", "copia il link", "link copiato"),
        "pt": ("copiar link", "copiar o link", "link copiado"),
        "nl": ("kopieer link", "link kopiëren", "link gekopieerd"), "pl": ("skopiuj link", "link skopiowany"),
        "ru": ("скопировать ссылку", "копировать ссылку", "ссылка скопирована"),
        "uk": ("копіювати посилання", "скопіювати посилання", "посилання скопійовано"),
        "tr": ("linki kopyala", "bağlantıyı kopyala", "link kopyalandı"),
        "ar": ("نسخ الرابط", "تم نسخ الرابط"), "fa": ("کپی لینک", "لینک کوتاه", "کپی شد"),
        "hi": ("लिंक कॉपी करें", "लिंक कॉपी"), "bn": ("লিংক কপি করুন", "লিঙ্ক কপি করুন"),
        "id": ("salin tautan", "salin link", "tautan disalin"), "ms": ("salin pautan",),
        "vi": ("sao chép liên kết", "sao chép link"), "th": ("คัดลอกลิงก์",),
        "zh": ("复制链接", "複製連結", "链接已复制"),
        "ja": ("リンクをコピー", "リンクをコピーする", "urlをコピー"),
        "ko": ("링크 복사", "url 복사", "링크 복사하기"), "sv": ("kopiera länk", "kopiera länken"),
        "no": ("kopier lenke", "kopier lenken"), "da": ("kopiér link", "kopier link"),
        "cs": ("kopírovat odkaz", "zkopírovat odkaz"), "ro": ("copiază link-ul", "copiază linkul"),
        "hu": ("link másolása",), "el": ("αντιγραφή συνδέσμου", "αντιγραφή link"),
        "he": ("העתקת קישור", "העתק קישור"), "az": ("linki kopyala", "linki kopyalayın"),
        "kk": ("сілтемені көшіру",),
    },
    "print_font": {
        "en": ("print", "print article", "print this article", "font size", "text size"),
        "de": ("drucken", "artikel drucken", "schriftgröße"),
        "fr": ("imprimer", "imprimer l'article", "taille du texte", "taille de police"),
        "es": ("imprimir", "imprimir noticia", "tamaño de letra", "tamaño del texto"),
        "it": ("stampa", "stampa l'articolo", "dimensione testo", "dimensione del testo"),
        "pt": ("tamanho da fonte", "tamanho do texto", "tamanho da letra"),
        "nl": ("afdrukken", "lettergrootte"),
        "pl": ("drukuj", "wydrukuj", "rozmiar tekstu", "rozmiar czcionki"),
        "ru": ("распечатать", "печать", "версия для печати", "размер шрифта"),
        "uk": ("друкувати", "друк", "версія для друку", "розмір шрифту"),
        "tr": ("yazdır", "yazı boyutu", "yazı tipi boyutu"), "ar": ("طباعة", "حجم الخط"),
        "fa": ("چاپ", "نسخه چاپی", "اندازه متن", "اندازه قلم"), "hi": ("प्रिंट करें", "प्रिंट"),
        "bn": ("প্রিন্ট করুন", "প্রিন্ট"), "id": ("cetak", "cetak berita", "ukuran huruf", "ukuran teks"),
        "ms": ("saiz fon", "saiz teks"), "vi": ("in bài viết", "cỡ chữ"), "th": ("พิมพ์", "ขนาดตัวอักษร"),
        "zh": ("打印", "打印本页", "字号", "字体大小"), "ja": ("印刷する", "印刷", "文字サイズ"),
        "ko": ("인쇄하기", "인쇄", "글자 크기", "글자크기"), "sv": ("skriv ut", "textstorlek"),
        "no": ("tekststørrelse",), "da": ("udskriv", "skriftstørrelse", "tekststørrelse"),
        "fi": ("tulosta", "tekstin koko", "fonttikoko"), "cs": ("tisknout", "tisk", "velikost písma"),
        "ro": ("printează", "tipărește", "mărime text", "dimensiune font"), "hu": ("nyomtatás", "betűméret"),
        "el": ("εκτύπωση", "μέγεθος γραμματοσειράς"), "he": ("הדפסה", "הדפס", "גודל גופן"),
        "az": ("çap et", "çap", "şrift ölçüsü"), "kk": ("басып шығару", "қаріп өлшемі"),
    },
    "comments": {
        "en": ("comments", "comment", "show comments", "view comments", "add a comment", "write a comment",
               "join the conversation", "join the discussion", "comments are closed"),
        "de": ("kommentare", "kommentare anzeigen", "kommentar schreiben", "kommentieren",
               "zu den kommentaren"),
        "fr": ("commentaires", "voir les commentaires", "ajouter un commentaire", "réagir", "commenter",
               "écrire un commentaire"),
        "es": ("comentarios", "ver comentarios", "deja tu comentario", "comentar", "escribe un comentario",
               "añadir comentario"),
        "it": ("commenti", "lascia un commento", "commenta", "mostra commenti", "scrivi un commento"),
        "pt": ("comentários", "deixe seu comentário", "deixe o seu comentário", "comentar",
               "ver comentários"),
        "nl": ("reacties", "reageer", "reageer op dit artikel", "bekijk reacties", "plaats een reactie"),
        "pl": ("komentarze", "dodaj komentarz", "skomentuj", "pokaż komentarze", "zobacz komentarze"),
        "ru": ("комментарии", "оставить комментарий", "комментировать", "написать комментарий",
               "показать комментарии"),
        "uk": ("коментарі", "залишити коментар", "коментувати", "написати коментар"),
        "tr": ("yorumlar", "yorum yap", "yorum yaz", "yorumları göster", "yorumlar için tıklayın"),
        "ar": ("أضف تعليقك", "أضف تعليق", "التعليقات", "اكتب تعليقك"),
        "fa": ("ارسال نظر", "نظرات", "دیدگاه‌ها"), "hi": ("कमेंट करें", "टिप्पणियाँ", "टिप्पणियां", "टिप्पणी करें"),
        "bn": ("মন্তব্য করুন", "মন্তব্য"),
        "id": ("komentar", "tulis komentar", "lihat komentar", "beri komentar"),
        "ms": ("tinggalkan komen", "komen"), "vi": ("gửi bình luận", "bình luận", "viết bình luận"),
        "th": ("แสดงความคิดเห็น", "ความคิดเห็น"), "zh": ("发表评论", "评论", "我要评论", "查看评论"),
        "ja": ("コメントを書く", "コメント", "コメントする"),
        "ko": ("댓글", "댓글 쓰기", "댓글쓰기", "댓글 보기"),
        "sv": ("kommentarer", "skriv en kommentar", "kommentera", "visa kommentarer"),
        "no": ("vis kommentarer", "skriv en kommentar", "kommenter"),
        "da": ("skriv en kommentar", "kommentér", "se kommentarer"),
        "fi": ("kommentit", "kirjoita kommentti", "kommentoi", "näytä kommentit"),
        "hr": ("komentari", "komentiraj", "ostavi komentar"), "sr": ("коментари",), "sl": ("komentarji",),
        "lv": ("komentāri",), "et": ("kommentaarid",), "lt": ("komentarai",), "bg": ("коментари",),
        "cs": ("komentáře", "diskuse", "diskuze", "přidat komentář", "zobrazit diskusi"),
        "ro": ("comentarii", "lasă un comentariu", "comentează", "adaugă un comentariu"),
        "hu": ("hozzászólások", "szólj hozzá", "hozzászólok", "kommentek"),
        "el": ("γράψτε ένα σχόλιο", "σχόλια", "σχολιάστε"), "he": ("הוספת תגובה", "תגובות", "הגיבו"),
        "az": ("şərh yaz", "şərhlər", "rəy yaz"), "kk": ("пікір қалдыру", "пікірлер", "пікір жазу"),
    },
    # the paywall's and the account's buttons
    "subscribe": {
        "en": ("subscribe now",), "de": ("abonnieren", "jetzt abonnieren"), "fr": ("s'abonner", "s’abonner"),
        "es": ("suscribirse", "suscríbete ahora"), "it": ("abbonati ora",), "nl": ("abonneer", "abonneer nu"),
        "pl": ("subskrybuj", "zamów prenumeratę"), "ru": ("подписаться",),
        "uk": ("підписатися", "передплатити"),
        "tr": ("abone ol",), "ar": ("اشترك الآن", "اشترك"), "hi": ("सब्सक्राइब करें",),
        "bn": ("সাবস্ক্রাইব করুন",), "id": ("berlangganan",), "ms": ("langgan",), "vi": ("đăng ký",),
        "th": ("สมัครสมาชิก",), "zh": ("订阅", "訂閱"), "ja": ("購読する", "購読"), "ko": ("구독하기", "구독"),
        "sv": ("prenumerera",), "no": ("abonner",), "da": ("abonnér", "køb abonnement"), "fi": ("tilaa",),
        "cs": ("předplatit",), "ro": ("abonează-te",), "hu": ("előfizetés", "előfizetek"),
        "el": ("εγγραφή",), "he": ("הרשמה", "הצטרפו"), "az": ("abunə ol",), "kk": ("жазылу",),
    },
    "log_in": {
        "de": ("anmelden",), "fr": ("se connecter",), "es": ("iniciar sesión",), "it": ("accedi",),
        "pt": ("entrar",), "nl": ("inloggen",), "pl": ("zaloguj się",), "ru": ("войти",), "uk": ("увійти",),
        "tr": ("giriş yap",), "ar": ("تسجيل الدخول",), "fa": ("ورود",), "bn": ("লগইন",), "id": ("masuk",),
        "vi": ("đăng nhập",), "th": ("เข้าสู่ระบบ",), "zh": ("登录", "登入"), "ja": ("ログイン",),
        "ko": ("로그인",), "sv": ("logga in",), "no": ("logg inn",), "da": ("log ind",),
        "fi": ("kirjaudu sisään", "kirjaudu"), "cs": ("přihlásit se",), "ro": ("autentificare",),
        "hu": ("belépés",), "el": ("σύνδεση",), "he": ("התחברות",), "az": ("daxil ol",), "kk": ("кіру",),
    },
    # the link to the rest of a text cut short, alone ("Continue reading", "続きを読む", "阅读全文")
    "read_on": {
        "en": ("continue reading", "read the full story", "read the full article", "read full article",
               "read full story", "read more"),
        "de": ("weiterlesen", "mehr lesen", "artikel weiterlesen"), "fr": ("lire la suite", "lire plus"),
        "es": ("seguir leyendo", "leer más", "sigue leyendo"), "it": ("continua a leggere", "leggi tutto"),
        "pt": ("continue lendo", "continuar a ler", "leia mais", "ler mais"),
        "nl": ("lees verder", "lees meer"),
        "pl": ("czytaj dalej", "czytaj więcej"), "ru": ("читать далее", "читать полностью"),
        "uk": ("читати далі", "читати повністю"), "tr": ("devamını oku", "haberin devamı"),
        "ar": ("تابع القراءة", "اقرأ المزيد"), "fa": ("ادامه مطلب", "ادامه خبر"), "hi": ("आगे पढ़ें",),
        "vi": ("đọc tiếp",), "th": ("อ่านต่อ",),
        "zh": ("阅读全文", "查看全文", "展开全文", "閱讀全文", "阅读原文", "点击进入专题",
               "点击查看", "点击查看全文"),
        "ja": ("続きを読む", "続きを見る", "全文を読む"), "ko": ("더보기", "기사 더보기", "전체 기사 보기"),
        "sv": ("läs vidare",), "no": ("les videre",), "da": ("læs videre",), "fi": ("lue lisää",),
        "cs": ("číst dále", "pokračovat ve čtení"), "ro": ("citește mai mult", "citește continuarea"),
        "hu": ("tovább olvasom",), "el": ("διαβάστε περισσότερα",), "he": ("להמשך קריאה", "לכתבה המלאה"),
    },
    # the outlet's app: a button's words alone on a line
    "app": {
        "en": ("get the app", "download the app", "open in app", "read in app"),
        "de": ("zur app", "hier geht's zur app", "hier geht’s zur app", "app herunterladen", "app laden"),
        "fr": ("télécharger l'application", "télécharger l’application", "ouvrir dans l'application"),
        "es": ("descarga la app", "descargar la app", "descarga la aplicación", "abrir en la app"),
        "it": ("scarica l'app", "scarica l’app", "apri nell'app", "scarica l'app gratuita",
               "scarica l’app gratuita"),
        "pt": ("baixe o app", "baixar o app", "baixe o aplicativo", "baixe o aplicativo gratuito"),
        "nl": ("download de app", "open in de app"), "pl": ("pobierz aplikację",),
        "ru": ("скачать приложение", "скачайте приложение", "открыть в приложении"),
        "uk": ("завантажити застосунок", "завантажте застосунок", "завантажити додаток"),
        "tr": ("uygulamayı indir", "uygulamayı indirin"),
        "ar": ("حمل التطبيق", "حمّل التطبيق", "تحميل التطبيق"),
        "fa": ("دانلود اپلیکیشن", "دانلود اپ"), "hi": ("ऐप डाउनलोड करें",),
        "id": ("download aplikasi", "unduh aplikasi"), "ms": ("muat turun aplikasi",),
        "vi": ("tải ứng dụng", "tải app", "tải app ngay"), "th": ("ดาวน์โหลดแอป", "ดาวน์โหลดแอปพลิเคชัน"),
        "zh": ("下载app", "下载客户端", "打开app", "app内打开", "下載app"),
        "ja": ("アプリで読む", "アプリで開く", "アプリで続きを読む"),
        "ko": ("앱으로 보기", "앱 설치"), "sv": ("ladda ner appen", "ladda ned appen"),
        "no": ("last ned appen",), "da": ("hent appen",), "el": ("κατεβάστε την εφαρμογή",),
        "he": ("להורדת האפליקציה", "הורידו את האפליקציה"), "ro": ("descarcă aplicația", "descarca aplicatia"),
        "hu": ("töltsd le az alkalmazást", "alkalmazás letöltése"), "cs": ("stáhnout aplikaci",),
    },
    # the button that keeps the article for later
    "save": {
        "en": ("read later", "save for later", "save article"), "de": ("später lesen", "artikel merken"),
        "fr": ("lire plus tard", "lire ultérieurement"), "es": ("leer más tarde", "guardar para después"),
        "it": ("leggi dopo", "salva per dopo"), "pt": ("ler mais tarde", "ler depois"),
        "nl": ("later lezen",),
        "pl": ("przeczytaj później",), "ru": ("читать позже",), "uk": ("прочитати пізніше",),
        "tr": ("daha sonra oku",), "zh": ("稍后阅读", "收藏", "收藏本文"), "ko": ("나중에 읽기", "스크랩"),
        # ... Japanese, with the members-only tooltip the "scrap" (clip) button shows
        "ja": ("あとで読む", "記事を保存", "保存する", "スクラップ", "スクラップする",
               "スクラップは会員限定です"),
    },
    # a shop's buttons beside a product in a review or a deals story
    "shop": {
        "en": ("shop now", "buy now", "add to basket", "add to cart", "add to bag", "view deal",
               "check price", "see price", "shop the look", "shop the deal"),
        "de": ("jetzt kaufen", "zum angebot", "zum shop", "in den warenkorb"),
        "fr": ("acheter", "voir l'offre", "voir l’offre", "ajouter au panier"),
        "es": ("comprar ahora", "ver oferta", "añadir al carrito", "comprar"),
        "it": ("acquista ora", "compra ora", "vedi offerta", "aggiungi al carrello"),
        "pt": ("comprar agora", "ver oferta", "adicionar ao carrinho"), "nl": ("koop nu", "bekijk deal"),
        "pl": ("kup teraz", "sprawdź cenę", "do koszyka"), "ru": ("купить", "в корзину"),
        "tr": ("satın al", "sepete ekle"), "zh": ("立即购买", "马上购买"), "ja": ("今すぐ購入", "購入する"),
        "ko": ("구매하기", "바로 구매"), "sv": ("köp nu",), "no": ("kjøp nå",), "da": ("køb nu",),
    },
    **MEDIA_LABELS,
}

_ALL = frozenset(label for kind in LABELS.values() for words in kind.values() for label in words)
_LISTEN = frozenset(label for words in LABELS["listen"].values() for label in words)
# The audio player's label with the recording's length after it ("Écouter cet article 3 min",
# "Listen to this article • 4 min", "Nghe bài viết 02:35"): only a "listen" label goes with it.
_DURATION = re.compile(r"[\s·•|,-]*(?:\d{1,2}:\d{2}|\d+\s*(?:min\w*|мин|хв|phút|dk|dakika|분|分钟|分))\.?$")
_DURATION_ENDS = ("min", "min.", "mins", "minutes", "minuten", "мин", "мин.", "хв", "хв.", "phút", "dk",
                  "dakika", "분", "分", "分钟")
# Labels run to a few words.
_MAX_WORDS = 8
# What a label may carry around it: a bullet or an arrow before, a colon, dots or an arrow after.
_EDGES = " \t:：.。!！?？…·|•►▶»«>→<-–—*#+"
_COUNT = re.compile(r"\s*[(（]\d+[)）]$")  # "Comments (12)"
# The comments' counter after their label with no brackets ("Коментарі: 9", "댓글 37", "コメント 24件"):
# a comments label only (an audio player's label reads its length there).
_COMMENTS = frozenset(label for words in LABELS["comments"].values() for label in words)
_BARE_COUNT = re.compile(r"\s*[:：]?\s*\d+\s*件?$")
# "Share on Facebook" in the languages of the news, the platform named (inflected in Finnish,
# "Jaa Facebookissa"; before the verb in Turkish, "Facebook'ta paylaş").
_PLATFORM = (r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|reddit|e-?mail|pinterest|messenger|vk|"
             r"threads|bluesky)")
_SHARE_ON = re.compile(
    rf"^(?:share (?:on|via)|teilen (?:auf|über|per)|auf {_PLATFORM} teilen|partager sur|compartir en|"
    r"condividi su|compartilhar no|partilhar no|delen op|udostępnij na|поделиться в|поділитися в|"
    r"bagikan ke|kongsi di|chia sẻ lên|del på|dela på|jaa|sdílet na|distribuie pe|κοινοποίηση στο)\s*"
    rf"{_PLATFORM}\w{{0,5}}$|^{_PLATFORM}['’]?(?:ta|te|da|de)? paylaş$")


def is_label(line: str, words: list[str]) -> bool:
    """One of ``LABELS`` alone on its line."""
    if len(words) > _MAX_WORDS:
        return False
    lowered = line.lower()
    if lowered.endswith((")", "）")):
        lowered = _COUNT.sub("", lowered)
    lowered = lowered.strip(_EDGES)
    if lowered in _ALL or (len(words) <= 4 and _SHARE_ON.match(lowered) is not None):
        return True
    if lowered[-1:].isdigit() or lowered.endswith(_DURATION_ENDS):
        return _DURATION.sub("", lowered).strip(_EDGES) in _LISTEN \
            or _BARE_COUNT.sub("", lowered).strip(_EDGES) in _COMMENTS
    if lowered.endswith("件"):
        return _BARE_COUNT.sub("", lowered).strip(_EDGES) in _COMMENTS
    return False
