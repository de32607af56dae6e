"""More boilerplate inside bodies (issue 14; core.junk and core.text through clean_text): the newsletter's
"in your inbox" pitch, the "if you enjoyed this article" appeal, the comment prompt, "[Related: ...]"
teasers in brackets or after a bullet ("► Les også: ...", "【相关阅读】..."), the rights notice that names the
company in full, update and "as of" stamps in more forms, the "Click to Tweet" label glued to its quote;
and lines the date rules took that are not dates (a phone number, a list of numbers, a table's row of
dates). Sentences with the same words stay."""

from __future__ import annotations

import pytest
from helpers import FERRY_BODY as BODY

from core.text import clean_text

JUNK = [
    # the newsletter's pitch
    "Get the latest updates right in your inbox. Subscribe to Example.com’s newsletters.",
    "The day's top stories, delivered straight to your inbox.",
    "Sign up for Example's morning newsletter",
    "Die wichtigsten Nachrichten direkt in Ihr Postfach",
    "L'essentiel de l'actualité dans votre boîte mail",
    "Recibe las noticias más importantes en tu bandeja de entrada",
    "As principais notícias na sua caixa de entrada",
    "Le notizie del giorno nella tua casella di posta",
    "Najważniejsze wiadomości prosto na Twoją skrzynkę",
    "Günün haberleri e-posta kutunuza gelsin",
    "Главные новости дня — на вашу почту",
    "Головні новини — на вашу пошту",
    "Berita pilihan langsung ke email Anda",
    "Tin tức mới nhất gửi vào hộp thư của bạn",
    # the appeal after "if you enjoyed this article"
    "If you enjoyed this article, we have a proposition for you: join our members' club.",
    "If you value our reporting, please consider a contribution.",
    "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns mit einem Abo.",
    "Si cet article vous a plu, partagez-le.",
    "Si te ha gustado este artículo, compártelo con tus amigos.",
    "Se você gostou desta reportagem, assine o jornal.",
    "Se ti è piaciuto questo articolo, condividilo.",
    "Если вам понравилась статья, поделитесь ею с друзьями.",
    "Якщо вам сподобалася стаття, поділіться нею з друзями.",
    "Jeśli podobał Ci się ten artykuł, udostępnij go znajomym.",
    "Bu haberi beğendiyseniz arkadaşlarınızla paylaşın.",
    "Jika Anda menyukai artikel ini, bagikan kepada teman Anda.",
    "Nếu bạn thích bài viết này, hãy chia sẻ với bạn bè.",
    # the comment prompt
    "Tell us what YOU think...", "Let us know in the comments below.", "Share your thoughts in the comments",
    "Sagen Sie uns Ihre Meinung!", "Dites-nous ce que vous en pensez", "Danos tu opinión",
    "Deixe sua opinião",
    "Dicci cosa ne pensi", "Напишите в комментариях", "Напишіть у коментарях", "Daj znać w komentarzu",
    "Yorumlarda bize belirtin", "Tulis komentar Anda", "Hãy để lại bình luận", "欢迎在评论区留言",
    "コメント欄でご意見をお寄せください", "댓글로 남겨주세요", "شاركنا رأيك",
    # "related" teasers in brackets
    "[Related: The ferry operator posts record losses]", "(Lire aussi : Le port ferme pour l'hiver)",
    "[Leia também: Prefeitura anuncia nova balsa]", "(READ MORE: Islanders protest cancelled crossings)",
    # ... after a bullet, an arrow or an emoji, or with the marker in brackets of its own
    "► Les også: Regjeringen legger fram budsjettet", "• Read more: Islanders protest cancelled crossings",
    "👉 Leia também: Governo apresenta orçamento", ">> Lesen Sie auch: Regierung legt Haushalt vor",
    "→ Lire aussi : Le gouvernement présente le budget", "(+) Lire aussi : Le port ferme pour l'hiver",
    "– Leggi anche: Il governo presenta il bilancio", "■ 関連記事: 政府が予算案を発表",
    "▶ 관련기사: 정부 예산안 발표", "【相关阅读】政府公布预算", "【関連記事】政府が予算案を発表",
    "[관련기사] 정부 예산안 발표", "اقرأ أيضا.. الحكومة تعلن الموازنة",
    # the rights notice naming the company in full
    "Copyright © 2024 Example Media Group & Company, Inc. All Rights Reserved",
    "© 2024 Beispiel Verlag GmbH & Co. KG, Hamburg. Alle Rechte vorbehalten.",
    "Tous droits réservés © 2024 Exemple Presse Société Anonyme, Paris",
]

# update and "as of" stamps in the forms the stamp rule lacked: month first, the day's dot, "de",
# the year-first CJK day, a time after the day, the label after "last"/"zuletzt", "as of" without a year
STAMPS = [
    "Data as of May 4, 2024", "Figures as of 14:00 GMT", "Updated May 4, 2024, 2:46 PM EDT",
    "Zuletzt aktualisiert: 04.05.2024", "Stand: Mittwoch, 4. Mai 2024", "Données au 4 mai 2024",
    "Mis à jour le 04/05/2024 à 14h46", "Datos a 4 de mayo de 2024",
    "Cifras actualizadas al 4 de mayo de 2024",
    "Dados até 4 de maio de 2024", "Ultimo aggiornamento: 4 maggio 2024, 14:46", "Данные на 4 мая 2024 года",
    "По состоянию на 4 мая", "Станом на 4 травня 2024 року", "Dane na dzień 4 maja 2024", "Stan na 4 maja",
    "Son güncelleme: 4 Mayıs 2024 14:46", "تاريخ التحديث: 04/05/2024", "Pembaruan terakhir: 4 Mei 2024",
    "Cập nhật lúc 14:46 ngày 04/05/2024", "最后更新：2024年5月4日", "更新日：2024/05/04",
    "Senast uppdaterad: 4 maj 2024", "Oppdatert 4. mai 2024", "Tilanne 12.4.2024 klo 14.46",
]

PROSE = [
    "Scammers send messages that land right in your inbox, the police warned on Monday in a statement.",
    "If you enjoyed the concert last year, the organisers say this one will be even better.",
    "The company said all rights reserved for the film had been sold in 2024 to a studio in Paris.",
    "Related news: none, the spokesman said with a smile when asked about the merger.",
    "- More than 200 people gathered in the square on Sunday, the police said.",
    "Last updated rules take effect May 4, 2024.", "Per 4 people",
    "Voters were asked to tell us what they think.", "コメント欄では批判が相次いだ。",
    "댓글로 비판이 이어졌다.",
    "Stan na 4 maja 2024 roku był dobry, powiedział lekarz.",
    "The data as of May 4, 2024 show a rise in prices across the region, the office said.",
    "► Related companies posted higher profits in the quarter, the report said.",
    "Die Behörde warnt vor betrügerischen E-Mails, die direkt in Ihr Postfach gelangen und nach "
    "Passwörtern fragen, sagte der Sprecher am Montag.",
]


@pytest.mark.parametrize("line", JUNK + STAMPS)
def test_a_boilerplate_line_is_dropped(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == BODY


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize("label", ["Click To Tweet", "Click to Tweet", "Cliquez pour tweeter",
                                   "Klicken zum Twittern", "Haz clic para tuitear"])
def test_the_click_to_tweet_label_leaves_its_quote(label: str) -> None:
    quote = "Every online business exists in its own market, and it grows with its readers."
    assert clean_text("\n".join([BODY[0], quote + label, BODY[1]])).split("\n") == [BODY[0], quote, BODY[1]]
    assert clean_text("\n".join([BODY[0], quote, label, BODY[1]])).split("\n") == [BODY[0], quote, BODY[1]]


@pytest.mark.parametrize("line", ["02-751-1500", "4, 5, 5, 12", "2, 2, 3, 3, 3", "| | 25 November 1947 |",
                                  "| 2019 | 12.05.2024 |"])
def test_a_number_that_is_no_date_stays(line: str) -> None:
    assert clean_text("\n".join([BODY[0], line, BODY[1]])).split("\n") == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize("banner", ["2019.05.23 / 23:39", "26 Mar 2021 21:33", "Wednesday , January 27 2021",
                                    "12.05.2024", "29 November 2018 | 20 January 2019"])
def test_a_date_banner_still_goes(banner: str) -> None:
    assert clean_text("\n".join([BODY[0], banner, BODY[1]])).split("\n") == BODY
