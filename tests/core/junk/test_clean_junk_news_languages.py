"""Junk lines in news languages the rules knew little of (core.junk, through core.text.clean_text):
"read also" teasers (Indonesian, Persian, Hindi, Greek in capitals, Hungarian, Romanian with its
cedilla letters, Spanish, Thai), the advertisement's label (Romanian, Czech, Urdu, Hindi, Bengali,
Swahili, Thai, Persian, Hebrew), "read the whole article" buttons, invitations to follow the outlet
on Google News, "for subscribers only" notices, the video player's label, donation buttons, staff,
photo and source credits, tag lists, sharing buttons and the publication stamp with its label;
sentences that use the same words stay."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from core.text import clean_text

BODY = LINE_BODY

JUNK = [
    # "read also" with the other article's headline, or alone
    "Simak juga: Banjir melanda tiga kecamatan di pesisir utara", "Baca pula: Harga beras naik lagi",
    "همچنین بخوانید", "این مطلب را هم بخوانید", "इसे भी पढ़ें: सरकार ने नई नीति की घोषणा की",
    "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα μέτρα για τα ενοίκια", "Kapcsolódó cikk: Drágul a komp",
    "Ezt is ajánljuk", "Citiți și: Guvernul a aprobat bugetul", "Citeşte şi: Trenurile întârzie din nou",
    "Vezi și: Prețul pâinii crește", "También lee: Suben los precios del transporte",
    "อ่านข่าวที่เกี่ยวข้อง",
    # the advertisement's label
    "Publicitate", "Reclamă", "Inzerce", "اشتہار", "विज्ञापन", "বিজ্ঞাপন", "Tangazo", "โฆษณา", "تبلیغات",
    "פרסומת",
    # "read the whole article" and "continue reading" buttons
    "Baca selengkapnya", "Baca artikel selengkapnya", "Đọc tiếp", "Haberin devamı için tıklayın",
    "ادامه مطلب",
    # following the outlet on Google News
    "Theo dõi chúng tôi trên Google News", "Urmăriți-ne pe Google News!", "Sledujte nás na Google News",
    "Ακολουθήστε μας στο Google News", "Baca berita lainnya di Google News", "Ikuti kami di Google News",
    "Google Haberler'de takip edin",
    # subscribers only
    "Berlangganan untuk membaca selengkapnya", "Bu içerik abonelere özeldir.",
    "Αυτό το άρθρο είναι μόνο για συνδρομητές", "Acest articol este disponibil doar pentru abonați.",
    "Tento článek je pouze pro předplatitele.", "Ez a cikk csak előfizetőknek érhető el.",
    "Цей матеріал доступний лише для передплатників.", "این مطلب ویژه مشترکان است",
    # the video player's label
    "เล่นวิดีโอ", "پخش ویدیو", "वीडियो देखें", "ভিডিও দেখুন", "Αναπαραγωγή βίντεο", "Videó lejátszása",
    "Відтворити відео",
    # donation buttons
    "Destek ol", "Donează", "Darujte", "Υποστηρίξτε μας", "Támogass minket", "Ủng hộ", "Sumbang sekarang",
    "Toa mchango",
    # staff, photo and source credits (in parentheses too)
    "Muhabir: Ahmet Yılmaz", "Editör: Ayşe Demir", "Biên tập: Nguyễn Văn An", "Fotoğraf: AA",
    "Sumber: Antara", "Πηγή: ΑΠΕ-ΜΠΕ", "Forrás: MTI", "Sursa: Agerpres", "Джерело: Укрінформ", "منبع: ایرنا",
    "स्रोत: पीटीआई", "সূত্র: বাসস", "Chanzo: BBC", "(Kaynak: AA)", "(Sumber: Antara)",
    # tag lists
    "Etiketler: ekonomi, bütçe", "Thẻ: kinh tế, ngân sách", "Címkék: gazdaság",
    "Etichete: economie", "Štítky: ekonomika", "برچسب‌ها: اقتصاد", "टैग: अर्थव्यवस्था", "ট্যাগ: অর্থনীতি",
    # sharing buttons
    "Bagikan", "Chia sẻ", "Κοινοποίηση", "Distribuie", "اشتراک‌گذاری", "शेयर करें", "শেয়ার করুন", "Shiriki",
    # the publication or update stamp with its label, a dotted day too
    "Güncelleme tarihi: 12.04.2024", "Ενημερώθηκε: 12 Απριλίου 2024", "Publikováno: 12. 4. 2024",
    "Diterbitkan: 12 April 2024", "Ngày đăng: 12/04/2024", "تاریخ انتشار: ۲۴ فروردین ۱۴۰۳",
    "Imechapishwa: 12 Aprili 2024", "Közzétéve: 2024. április 12.", "Publicat: 12 aprilie 2024",
    "Published: 12.04.2024",
]

PROSE = [
    "Google News traffic to publishers fell by a third last year, the study found.",
    "Read how Google News ranks stories.",
    "Ikuti perkembangan kasus ini, kata polisi kepada wartawan di Jakarta.",
    "Vezi și tu cum arată orașul după ploaie, a spus primarul.",
    "Publicitatea politică este interzisă în campanie.",
    "Μόνο για συνδρομητές ήταν η προσφορά της εταιρείας πέρσι, είπε ο διευθυντής.",
    "Reducerea este valabilă pentru abonați și pensionari.",
    "Simak juga pernyataan menteri yang disampaikan kepada wartawan di Istana pada Selasa malam.",
    "Đọc tiếp những con số này, các chuyên gia cho rằng lạm phát sẽ còn tăng trong quý tới.",
    "Ủng hộ dự luật này, nhiều đại biểu cho rằng ngân sách cần được tăng thêm.",
    "Sumber dana proyek itu berasal dari anggaran daerah, kata pejabat tersebut kepada wartawan.",
    "Bagikan pengalaman Anda, kata panitia, karena setiap cerita membantu warga lain di desa itu.",
    "(Kaynak olarak gösterilen belge, bakanlığın geçen yıl yayımladığı rapordu.)",
    "Diterbitkan: buku ini laris terjual 12 ribu eksemplar dalam sebulan.",
    "Updated: 12.04.2024. Police say more people were hurt.",
]


@pytest.mark.parametrize("line", JUNK)
def test_the_line_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text


@pytest.mark.parametrize("day", ["12 अप्रैल 2024", "১২ এপ্রিল ২০২৪", "2024. április 12."])
def test_an_embedded_posts_text_goes_with_its_signature(day: str) -> None:
    """The signature's day with a month whose name holds vowel signs (Hindi, Bengali), or the year
    first (Hungarian): the post's text above it goes too."""
    post = "Great news for the city today, the vote passed"
    assert clean_text(f"{BODY}\n{post}\n— Jane Doe (@janedoe) {day}\n{BODY}") == f"{BODY}\n{BODY}"
