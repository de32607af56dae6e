"""Short prompts, labels and stamps in more languages of the news, each a whole line of a few words:
newsletter sign-ups and "in your inbox" pitches, paywall prompts ("You have reached your limit of
free articles", "Il vous reste 85 % de cet article à lire", "残り1234文字") and notices (anywhere in their
line), donation buttons and appeals to
support the newsroom, the video player's label, the advertisement's label, a live blog's buttons and
labels ("Load more updates", "Pinned"), the reporter's contact
line ("Write to Jane Doe at jane.doe@example.com", "Have a tip? ... may be reached at ...", Korean
"제보는 카카오톡 okjebo"), an
update stamp with its time ("Updated at 1:23 p.m.", "Actualizado a las 14:46") and an "as of" stamp
("По состоянию на 14:00", "Tilanne 12.4.2024 klo 14.46",
"Per tanggal 12 April 2024 pukul 14.00 WIB", "Tính đến 14h ngày 12/4"). Anchored at the line's
start and tried on short lines only, so a sentence that uses the words (longer, or with more after
them) is prose.
``core.junk.verdict`` asks ``is_short_prompt`` last, after the other rules. An author's biography
that says where to follow them ("Jane Doe is a reporter for ... Follow her on Twitter") stays: the
gold bodies at hand keep one of the two they have.
"""

from __future__ import annotations

import re

from core.junk.hints import ODD_LETTERS, any_word

# Newsletter sign-ups, paywall notices and support appeals run to a sentence of a dozen words.
_MAX_PROMPT_WORDS = 12
# A contact line may give a few addresses.
_MAX_CONTACT_WORDS = 25
# Buttons, labels and stamps are a few words.
_MAX_LABEL_WORDS = 8
# A stamp's shape is its whole line: its day and its time count a word a number ("Per tanggal 12 April
# 2024 pukul 14.00 WIB", nine; "Last updated on April 12, 2024 at 2:46 p.m.", eleven).
_MAX_STAMP_WORDS = 12

_PROMPT = re.compile(
    # newsletter sign-ups: Dutch, Finnish, Swedish, Norwegian, Danish, Indonesian, Vietnamese, Japanese,
    # Chinese, Korean, Arabic, Turkish, Czech, Hungarian, Greek
    r"(?:(?:meld|schrijf) (?:je|u) (?:nu )?(?:aan|in) voor (?:onze|de) nieuwsbrief|"
    r"tilaa (?:\w+ ){0,2}uutiskirje|prenumerera på (?:vårt|våra) nyhetsbrev|"
    r"anmäl dig till (?:vårt )?nyhetsbrev|abonner på (?:vårt|vores) nyhet?sbrev|"
    r"meld deg på (?:vårt )?nyhetsbrev|tilmeld dig (?:vores )?nyhedsbrev|"
    r"(?:berlangganan|daftar) (?:newsletter|buletin)|đăng ký nhận (?:bản tin|tin)|"
    r"ニュースレター(?:に|の|を)?(?:登録|購読)|订阅(?:我们的)?(?:新闻通讯|电子报|邮件)|"
    r"뉴스레터 (?:구독|신청)|"
    r"اشترك في (?:النشرة|نشرتنا)|(?:e-)?bültenimize (?:abone olun|kaydolun|üye olun)|"
    r"přihlaste se k odběru (?:našeho )?newsletteru|iratkozz?(?:on)? fel (?:a )?hírlevelünkre|"
    r"εγγραφείτε στο newsletter|"
    # the news "in your inbox": German, French, Spanish, Portuguese, Italian, Polish, Turkish, Indonesian,
    # Vietnamese, Russian, Ukrainian, Chinese, Japanese, Korean
    r"[^.!?]{0,60}?(?:direkt (?:in|ins) (?:ihr|dein) (?:e-mail-)?postfach|"
    r"dans votre boîte (?:mail|e-mail|de réception)|"
    r"(?:en|a) tu (?:bandeja de entrada|correo electrónico)|(?:na sua|em sua) caixa de entrada|"
    r"nella tua casella (?:di posta|email)|na (?:twoją|swoją) skrzynkę|e-posta kutunuza|"
    r"langsung ke (?:email|kotak masuk) anda|vào hộp thư của bạn|на (?:вашу|свою) (?:электронную )?почту|"
    r"на (?:вашу|свою) (?:електронну )?пошту|发送到您的邮箱|メールでお届け|메일로 받아보세요)|"
    # the paywall's prompts: English, German, Spanish, Italian, Russian, Dutch, Polish, Japanese, Chinese
    r"you(?:'ve|’ve| have) (?:reached (?:your|the) (?:limit|maximum) of free (?:articles|stories)|"
    r"read (?:\d+|all) (?:of (?:your |the )?\d+ )?free (?:articles|stories))|already have an account\?|"
    r"unlock (?:this|the full) (?:article|story)|start your free trial|get unlimited (?:digital )?access|"
    r"create a free account to (?:continue|keep) reading|weiterlesen mit [^.!?,]{1,20}$|"
    r"mit (?:einem|dem|ihrem) (?:abo|abonnement) weiterlesen|"
    r"sie haben (?:bereits|schon) ein (?:abo|abonnement)|"
    r"jetzt \d+ (?:wochen|monate|tage) (?:kostenlos|gratis) (?:testen|lesen)|exklusiv für abonnenten|"
    r"il vous reste \d+\s?% de (?:cet |l['’])article à lire|"
    r"(?:(?:inicia sesión|regístrate) )?para (?:seguir|continuar) leyendo"
    r"(?:\s*[,:.]?\s*(?:suscr[ií]bete|inicia sesión|reg[ií]strate|hazte)[^.!?]{0,40})?[.!]?$|"
    r"ya soy suscriptor|per continuare a leggere"
    r"(?:\s*[,:.]?\s*(?:abbonati|accedi|registrati)[^.!?]{0,40})?[.!]?$|"
    r"чтобы (?:прочитать|читать) (?:статью|материал|текст) полностью,\s*(?:оформите|войдите|"
    r"зарегистрируйтесь|подпишитесь|авторизуйтесь)|"
    r"lees verder met (?:een |het )?(?:abonnement|premium|plus)|pozostało \d+\s?% (?:artykułu|tekstu)|"
    r"残り\d+文字|(?:(?:この)?記事の)?続きは.{0,20}(?:会員|登録|ログイン)|有料会員(?:になると|登録で|の方は)|"
    r"(?:订阅|登录|登入|訂閱)后?(?:即可)?(?:阅读|閱讀|查看)全文|"
    # a Japanese paywall's notice with the count after it ("この記事は有料記事です。残り1234文字"), a
    # Chinese app's reprint trailer ("（本文来自X，更多原创资讯请下载“X”APP）"), an Indonesian network's
    # note of the story first published on a sister site ("Artikel ini telah tayang di X dengan judul ...")
    r"(?:この記事は)?有料(?:会員限定)?記事です[。.]?\s*残り\d+文字|"
    r"[（(]?本文来自[^，,]{1,20}[，,]\s*更多原创资讯请下载|"
    r"artikel ini telah (?:tayang|terbit|dimuat) di \S+ dengan judul|"
    r"your support (?:helps|keeps|makes|allows)\b.{0,60}\b(?:journalism|reporting|newsroom)|"
    # the comment prompt: English, German, French, Spanish, Portuguese, Italian, Russian, Ukrainian, Polish,
    # Turkish, Indonesian, Vietnamese, Chinese, Japanese, Korean, Arabic, Persian
    r"tell us what you think|let us know (?:what you think )?in the comments|"
    r"share your (?:thoughts|views|opinion) in the comments|sagen sie uns(?:,)? (?:ihre meinung|was sie)|"
    r"dites-nous ce que vous en pensez|donnez(?:-nous)? votre avis|danos tu opinión|déjanos tu comentario|"
    r"deixe (?:sua|seu|a sua|o seu) (?:opinião|comentário)|dicci (?:cosa ne pensi|la tua)|"
    r"lasciaci un commento|(?:напишите|пишите) в комментариях|поделитесь (?:своим )?мнением в комментариях|"
    r"напишіть у коментарях|daj(?:cie)? znać w komentarz|napisz w komentarzu|"
    r"yorumlarda (?:bize )?(?:belirtin|paylaşın)|tulis komentar anda|hãy để lại bình luận|"
    r"欢迎(?:在评论区)?留言|コメント欄(?:で|に)(?:ご意見|ご感想|感想)|댓글로 (?:남겨|의견)|شاركنا رأيك|"
    r"نظر خود را (?:بنویسید|با ما)|"
    # appeals to support independent journalism: Finnish, Turkish, Indonesian, Vietnamese
    r"tue (?:\w+ )?journalismia|(?:bağımsız )?gazeteciliği destekleyin|dukung jurnalisme|"
    r"ủng hộ báo chí|"
    # following the outlet on Google News, the verb first or last (Vietnamese, Indonesian, Romanian,
    # Czech, Slovak, Hungarian, Greek, Turkish, Swahili, Thai, Persian, Hindi, Bengali)
    r"(?:theo dõi|ikuti|urmări[țţ]i|sledujte|kövess|ακολουθ|takip|fuata|ติดตาม|دنبال|baca|dapatkan|"
    r"get|read)[^.!?]{0,60}\bgoogle (?:news|haberler)\s*[.!]?$|google (?:news|haberler)[^.!?]{0,30}"
    r"(?:takip edin|دنبال کنید|फ़ॉलो करें|फॉलो करें|ফলো করুন)|"
    # a paywall's prompt to subscribe to read on (Indonesian), and "for subscribers only" closing its
    # line ("Bu içerik abonelere özeldir."): Turkish, Persian, Greek, Romanian, Czech, Slovak,
    # Hungarian, Ukrainian
    r"berlangganan (?:untuk|sekarang untuk) (?:membaca|melanjutkan)|"
    # English: the paywall's count and sign-in, the privacy placeholder of an embed, the ask
    r"you have \d+ free (?:articles?|stories) left|"
    r"sign in to (?:read|continue reading) the (?:full|whole|rest)|"
    r"this content is not available due to your (?:privacy|cookie) (?:preferences|settings)|"
    r"your (?:contribution|donation) (?:helps|keeps|makes|allows)\b|support us from [$£€]\s?\d|"
    r"[^.!?]{0,80}?(?:\babonelere (?:özel(?:dir)?|açık(?:tır)?)|ویژه (?:مشترکان|مشترکین)(?: است)?|"
    r"(?:μόνο|αποκλειστικά) για (?:τους )?συνδρομητές|(?:doar|numai|exclusiv) pentru abona[țţ]i|"
    r"(?:pouze|jen|výhradně|iba|len) pro (?:předplatitele|predplatiteľov)|csak előfizetőknek(?: érhető el)?|"
    r"(?:лише|тільки|виключно) для (?:передплатників|підписників))\s*[.!]?$)",
    re.IGNORECASE)
# Paywall notices anywhere in their short line: French, Arabic, Turkish, Indonesian, Vietnamese.
_PAYWALL = re.compile(
    r"réservée?s? aux abonnés|(?:متاح|متاحة) (?:فقط )?(?:للمشتركين|لمشتركي)|"
    r"\b(?:sadece|yalnızca) abonelere (?:özel|açık)|\bkhusus (?:untuk )?pelanggan\b|"
    r"\bdành (?:riêng )?cho (?:thành viên|hội viên|người đăng ký)\b|"
    # ... and the ask to subscribe to read on: English, Swahili, Kazakh, Thai, Arabic, Urdu
    r"\bcontinue reading with (?:an? |your )?(?:[\w-]+ ){0,2}(?:subscription|membership)\b|"
    r"\bkuendelea kusoma\b[^.!?]{0,60}\b(?:jiunge|jisajili|lipia|ingia)\b|"
    r"оқуды жалғастыру үшін\b.{0,30}(?:жазылыңыз|тіркеліңіз|кіріңіз)|"
    r"(?:สมัครสมาชิก|เข้าสู่ระบบ)(?:เพื่อ)?(?:อ่านต่อ|อ่านเนื้อหาทั้งหมด)|"
    r"مخصص (?:فقط )?للمشتركين|(?:اشترك|سجل الدخول) (?:الآن )?(?:لمواصلة|لمتابعة|لإكمال) القراءة|"
    r"(?:مکمل|پوری) (?:خبر|تحریر|مضمون) پڑھنے کے لیے[^.۔!?]{0,30}(?:سبسکرائب|لاگ ان|رجسٹر)",
    re.IGNORECASE)
# What every match of ``_PAYWALL`` holds, in the lowered line: most lines hold none and are not searched.
_PAYWALL_WORDS = any_word(("réservé", "متاح", "abonelere", "khusus", "dành", "continue reading with",
                           "kuendelea kusoma", "оқуды жалғастыру", "อ่านต่อ", "อ่านเนื้อหาทั้งหมด",
                           "للمشتركين", "القراءة", "پڑھنے کے لیے"))

_LABEL = re.compile(
    r"(?:"
    # donation buttons and "support us"
    r"jetzt spenden|faire un don|haz una donación|faça uma doação|fai una donazione|wpłać darowiznę|"
    r"doneer(?: nu)?|lahjoita(?: nyt)?|сделать пожертвование|пожертвовать|bağış yap|donasi sekarang|"
    r"støtt oss|stöd oss|støt os|steun ons|unterstützen sie uns|soutenez-nous|apóyanos|apoie-nos|"
    r"sostienici|wesprzyj nas|podpořte nás|поддержите нас|підтримайте нас|bizi destekleyin|dukung kami|"
    r"ủng hộ chúng tôi|faites un don|dona(?:r)? ahora|doe agora|dona ora|"
    r"поддержать(?: нас| редакцию| проект)?|підтримати(?: нас| редакцію| проєкт)?|bağış yapın|"
    r"(?:hãy )?ủng hộ chúng tôi|支持我们|寄付する|후원하기|تبرع(?: الآن)?|حمایت مالی|"
    r"chip in(?: [$€£]\d+)?|make a tax-deductible (?:donation|gift)|mit einer spende unterstützen|"
    r"je fais un don|destek ol|donează|darujte|υποστηρίξτε μας|támogass(?:on)? minket|ủng hộ|"
    r"sumbang sekarang|toa mchango|"
    r"colabora con nosotros|haz tu aportación|sostieni il nostro (?:lavoro|giornalismo)|"
    r"помочь (?:проекту|редакции)|zostań patronem|bize destek olun|(?:bağımsız )?gazeteciliğe destek olun|"
    r"ادعم (?:صحافتنا|الصحافة)(?: المستقلة)?|از ما حمایت کنید|become a patron|buy me a coffee|"
    r"(?:support us|unterstütze uns|unterstützen sie uns|wesprzyj nas|soutenez-nous|apóyanos) "
    r"(?:on|auf|na|sur|en) (?:patreon|patronite|tipeee|steady|ko-fi)|"
    # the video player's label
    r"regarder la vidéo|assista (?:ao|o) v[ií]deo|obejrzyj (?:wideo|film)|se videoen|se videon|"
    r"bekijk de video|videoyu izle|video izle|tonton video|xem video|動画を見る|观看视频|영상 보기|"
    r"شاهد الفيديو|посмотрите видео|подивіться відео|"
    # the advertisement's label
    r"advertentie|annons|annonse|annonce|reklame|"
    # "read the whole article", "continue reading" buttons (Indonesian, Vietnamese, Turkish, Persian)
    r"baca (?:artikel |berita )?selengkapnya|(?:đọc|xem) tiếp|haberin devamı(?: için tıklayın)?|ادامه مطلب|"
    # the players' and embeds' placeholders, app and skip links, relative stamps (English)
    r"audio player|video player|listen(?:\s*[·|•-]?\s*\d+(?::\d{2})?\s*(?:min(?:ute)?s?)?|$)|"
    r"loading (?:video|player)\.*|"
    r"this video (?:can ?not|could not) be (?:played|loaded)|"
    r"your browser does not support (?:the )?(?:video|audio|iframe)s?(?: tag| element)?|"
    r"please enable javascript to (?:view|watch|see) (?:this|the) (?:content|video|comments)|"
    r"embedded content|(?:twitter|x|instagram|facebook|youtube|tiktok) content|"
    r"allow (?:twitter|x|instagram|facebook|youtube|tiktok) content\?|"
    r"continue reading below|skip (?:advertisement|ad|to (?:main )?content)|read the full (?:story|article)|"
    r"click here to read more|tap to unmute|open in (?:the )?app|get the app|"
    r"sponsored content|paid (?:content|post)|partner content|"
    # a live blog's buttons and labels: "Load more updates", "Show 12 new posts", "Pinned post"
    r"(?:load|show|see|view) (?:\d+ )?(?:more|older|earlier|previous|new|all) (?:updates|posts|entries)|"
    r"\d+ new (?:updates?|posts?|entries)|pinned(?: (?:post|update|entry))?|"
    r"(?:updated|published|posted) \d+ (?:mins?|minutes?|hours?|hrs?|days?) ago"
    r")\s*[:.!]?$",
    re.IGNORECASE)

# A stamp's words after its label: digits, a clock, month names, and small words (at, um, à, a las).
_STAMP = re.compile(
    r"(?:(?:last|zuletzt|senast|son|ultimo|ultima|última|dernière|ostatnia|laatst) )?"
    r"(?:updated|aktualisiert|actualizado|atualizado|aggiornato|aggiornamento|zaktualizowano|aktualizacja|"
    r"bijgewerkt|oppdatert|uppdaterad|opdateret|päivitetty|güncelleme|güncellendi|обновлено|оновлено|"
    r"frissítve|actualizat|aktualizováno|diperbarui|pembaruan(?: terakhir)?|mis à jour|cập nhật|"
    r"بروزرسانی|به‌روزرسانی|آخرین به‌روزرسانی|آخر تحديث|تاريخ التحديث|更新时间|最后更新|最終更新|更新日時?|"
    r"업데이트|수정|입력|আপডেট|अपडेटेड|अपडेट|อัปเดต|อัพเดท|yenilənib|yeniləndi|жаңартылды|dikemas kini|עודכן|"
    # "as of"
    r"(?:(?:data|figures|prices|numbers) )?as of|stand|dados (?:de|até)|datos (?:a|al)|"
    r"cifras (?:actualizadas )?(?:a|al)|données (?:au|du)|per(?: tanggal)?|tilanne|по состоянию на|станом на|"
    r"данные (?:на|по состоянию на)|дані (?:на|станом на)|stan na|dane na(?: dzień)?|stav k|à jour au|"
    r"aggiornato al|actualizado al)"
    # then small words ("am", "a las", "lúc") or a weekday with its comma, nothing else
    r"(?=[\s:：])[\s:：,-]*(?:[^\W\d]{1,5}\.?\s+){0,2}(?:[^\W\d]{1,12},\s+)?"
    # the day or the time: 14:46, 04.05.2024, 4 mai 2024, 4. Mai 2024, 4 de mayo de 2024, May 4, 2024,
    # 2024年5月4日, 2024/05/04; a time or a day may follow after a small word ("klo", "ngày")
    # (a month's name with its vowel signs, "এপ্রিল", or abbreviated with dots, "เม.ย."; a day spaced,
    # "12. 4. 2024")
    r"(?:\d{1,2}(?:[:.h]\d{2}|[./-]\d{1,2}[./-]\d{2,4}|\.\s\d{1,2}\.\s\d{4}|"
    r"\.?\s+(?:de\s+)?[^\W\d_][^\s\d,.]{1,11}(?:\.[^\s\d,.]{1,4})*\.?,?\s+(?:de\s+)?\d{4})|"
    r"[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)"
    r"(?:[,\s-]+(?:[^\W\d]{1,5}\.?\s+)?(?:\d{1,2}[:.h]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))?"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h|[a-z]{2,4}t|utc|gmt|wib|wita|wit|года|року|г\.|р\.|roku|r\.|petang|pagi|"
    r"malam|น\.))*[\s.]*$",
    re.IGNORECASE)
# "As of" a day without its year, after the labels that say nothing else: "По состоянию на 4 мая".
_AS_OF_DAY = re.compile(
    r"(?:по состоянию на|станом на|stan na|данные на|дані на|dane na dzień|dados até|datos hasta)\s+\d{1,2}"
    r"\s+(?:de\s+)?[^\W\d_]{3,10}(?:\s+(?:de\s+)?\d{4}(?:\s*(?:года|року|г\.|р\.|roku))?)?[\s.]*$|"
    # ... and the Turkish "itibarıyla" after its day, or before it ("12 Nisan 2026 itibarıyla")
    r"\d{1,2}\s+[^\W\d_]{3,10}\s+\d{4}(?:\s+saat\s+\d{1,2}[:.]\d{2})?\s+itibar[ıi]yla[\s.]*$|"
    r"itibar[ıi]yla\s+\d{1,2}\s+[^\W\d_]{3,10}\s+\d{4}[\s.]*$",
    re.IGNORECASE)

# Vietnamese "as of" ("tính đến"): a time of day in hours ("14h", "14h30", "14 giờ", "14:00") and the
# day after "ngày" ("12/4", its year too), either or both: "Tính đến 14h ngày 12/4".
_AS_OF_VI = re.compile(
    r"tính (?:đến|tới)\s+(?:(?:\d{1,2}(?:h|\s?giờ)(?:\s?\d{2}(?:\s?phút)?)?|\d{1,2}:\d{2})"
    r"(?:[,\s]+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?|(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)[\s.]*$",
    re.IGNORECASE)

# The reporter's contact line, opening with the ask (English).
_CONTACT = re.compile(
    r"^(?:(?i:have a (?:news )?tip)\?|(?i:e-?mail|write to|reach|contact) "
    r"(?:(?i:him|her|them|the (?:authors?|reporters?|writers?))|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) "
    r"(?:at|on|via) (?:\S*@|(?i:twitter|x)\b))|"
    # ... and the Korean press's tip line, the channel and its handle or number alone after it ("제보는
    # 카카오톡 okjebo", "▶ 기사 제보 : 이메일 tips@example.co.kr"); not a sentence about a tip
    r"(?:[▶■☞]\s*)?(?:기사\s*)?제보(?:는|하기)?\s*[:：]?\s*(?:카카오톡|카톡|이메일|메일|전화)\s*[:：]?\s*"
    r"[\w.+-]+(?:@[\w.-]+)?\s*$")


def is_short_prompt(line: str, words: list[str]) -> bool:
    """A short prompt, label or stamp of the kinds above, in one of the languages they list."""
    count = len(words)
    if count > _MAX_PROMPT_WORDS:
        return count <= _MAX_CONTACT_WORDS and _CONTACT.match(line) is not None
    if _PROMPT.match(line) is not None or _CONTACT.match(line) or (
            (_PAYWALL_WORDS.search(line.lower()) is not None or ODD_LETTERS.search(line) is not None)
            and _PAYWALL.search(line) is not None):
        return True
    if count <= _MAX_LABEL_WORDS and _LABEL.match(line) is not None:
        return True
    return count <= _MAX_STAMP_WORDS and any(
        pattern.match(line) is not None for pattern in (_STAMP, _AS_OF_DAY, _AS_OF_VI))
