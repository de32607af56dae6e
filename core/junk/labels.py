"""Buttons and labels of the page's widgets, each alone on its line, by kind and language: sharing,
"copy link", print and font size, the comments' buttons, the audio player's "listen to this article",
the video player's label, the advertisement's label. A line is one of them when, lowered and without
its bullets, closing punctuation and count ("Comments (12)"), it is one of the words below: one set
lookup per short line. A sentence that uses the words has more of them, and stays.
"""

from __future__ import annotations

import re

# The labels by kind, then by language (ISO 639-1; "no" is Norwegian), lowered.
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
        "fa": ("ارسال نظر", "نظرات", "دیدگاه‌ها"), "hi": ("कमेंट करें", "टिप्पणियाँ", "टिप्पणी करें"),
        "bn": ("মন্তব্য করুন", "মন্তব্য"),
        "id": ("komentar", "tulis komentar", "lihat komentar", "beri komentar"),
        "ms": ("tinggalkan komen", "komen"), "vi": ("gửi bình luận", "bình luận", "viết bình luận"),
        "th": ("แสดงความคิดเห็น", "ความคิดเห็น"), "zh": ("发表评论", "评论", "我要评论", "查看评论"),
        "ja": ("コメントを書く", "コメント", "コメントする"), "ko": ("댓글 쓰기", "댓글쓰기", "댓글 보기"),
        "sv": ("kommentarer", "skriv en kommentar", "kommentera", "visa kommentarer"),
        "no": ("vis kommentarer", "skriv en kommentar", "kommenter"),
        "da": ("skriv en kommentar", "kommentér", "se kommentarer"),
        "fi": ("kommentit", "kirjoita kommentti", "kommentoi", "näytä kommentit"),
        "cs": ("komentáře", "přidat komentář", "zobrazit diskusi"),
        "ro": ("comentarii", "lasă un comentariu", "comentează", "adaugă un comentariu"),
        "hu": ("hozzászólások", "szólj hozzá", "hozzászólok", "kommentek"),
        "el": ("γράψτε ένα σχόλιο", "σχόλια", "σχολιάστε"), "he": ("הוספת תגובה", "תגובות", "הגיבו"),
        "az": ("şərh yaz", "şərhlər", "rəy yaz"), "kk": ("пікір қалдыру", "пікірлер", "пікір жазу"),
    },
    "listen": {
        "en": ("listen to article", "listen to this story"),
        "de": ("anhören", "artikel vorlesen lassen", "vorlesen"), "fr": ("écouter",), "es": ("escuchar",),
        "it": ("ascolta", "ascolta questo articolo"), "pt": ("ouvir",),
        "nl": ("luister naar dit artikel", "beluister dit artikel", "voorlezen"),
        "pl": ("posłuchaj", "odsłuchaj artykuł"), "ru": ("слушать", "прослушать статью"),
        "uk": ("слухати статтю", "слухати", "прослухати статтю"), "tr": ("dinle", "sesli dinle"),
        "ar": ("استمع", "استمع للمقال"), "fa": ("این خبر را بشنوید", "شنیدن خبر", "بشنوید"),
        "hi": ("इस खबर को सुनें", "सुनें", "खबर सुनें"), "bn": ("খবরটি শুনুন", "শুনুন"),
        "id": ("dengarkan", "dengarkan berita"), "ms": ("dengar artikel ini", "dengar"),
        "vi": ("nghe", "nghe đọc bài"), "th": ("ฟังบทความนี้", "ฟังข่าว"),
        "zh": ("收听文章", "收听", "听新闻", "语音播报"), "ja": ("音声で聞く", "読み上げ"),
        "ko": ("듣기", "기사 읽어주기"), "sv": ("lyssna på artikeln", "lyssna"),
        "no": ("lytt til artikkelen", "lytt", "hør artikkelen"), "da": ("lyt til artiklen", "lyt"),
        "fi": ("kuuntele artikkeli", "kuuntele"), "cs": ("poslechněte si článek", "poslechnout článek"),
        "ro": ("ascultă articolul", "ascultă"), "hu": ("hallgassa meg a cikket", "cikk meghallgatása"),
        "el": ("ακούστε το άρθρο", "ακούστε"), "he": ("האזינו לכתבה", "האזנה לכתבה", "האזינו"),
        "az": ("xəbəri dinlə", "dinlə"), "kk": ("мақаланы тыңдау", "тыңдау"),
    },
    "player": {
        "en": ("play video", "watch video", "watch the video"), "de": ("video ansehen", "zum video"),
        "fr": ("voir la vidéo",), "es": ("ver video", "ver vídeo", "mira el video"),
        "it": ("guarda video", "riproduci video"), "pt": ("assistir vídeo", "ver vídeo"),
        "nl": ("video afspelen", "bekijk video"), "pl": ("zobacz wideo", "zobacz film"),
        "ru": ("смотрите видео", "воспроизвести видео"), "uk": ("дивіться відео",), "ar": ("مشاهدة الفيديو",),
        "fa": ("پخش ویدئو", "تماشای ویدیو"), "id": ("putar video",),
        "ms": ("klik untuk tonton video", "main video"), "vi": ("phát video",), "th": ("ดูวิดีโอ",),
        "zh": ("播放视频", "觀看影片"), "ja": ("動画はこちら",), "ko": ("동영상 보기", "영상 재생"),
        "sv": ("se video",), "no": ("se videoen",), "da": ("se videoen",), "fi": ("toista video",),
        "ro": ("vezi video", "vezi videoclipul", "redă video"), "hu": ("nézd meg a videót",),
        "el": ("δείτε το βίντεο", "δείτε βίντεο"), "he": ("צפו בסרטון", "צפו בווידאו", "לצפייה בסרטון"),
        "az": ("videonu izləyin", "videoya bax", "videonu izlə"),
        "kk": ("бейнені көру", "бейнені қарау", "видеоны көру"),
    },
    "ad": {
        "es": ("anuncio",), "it": ("annuncio",), "kk": ("жарнама",), "uz": ("reklama",),
    },
}

_ALL = frozenset(label for kind in LABELS.values() for words in kind.values() for label in words)
# Labels run to a few words.
_MAX_WORDS = 6
# What a label may carry around it: a bullet or an arrow before, a colon, dots or an arrow after.
_EDGES = " \t:：.。!！?？…·|•►▶»«>→<-–—*#+"
_COUNT = re.compile(r"\s*[(（]\d+[)）]$")  # "Comments (12)"


def is_label(line: str, words: list[str]) -> bool:
    """One of ``LABELS`` alone on its line."""
    if len(words) > _MAX_WORDS:
        return False
    lowered = line.lower()
    if lowered.endswith((")", "）")):
        lowered = _COUNT.sub("", lowered)
    return lowered.strip(_EDGES) in _ALL
