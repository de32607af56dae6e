"""Junk lines in more languages of the news (core.junk, through core.text.clean_text): newsletter
sign-ups, paywall notices, donation buttons and appeals, the video player's and the advertisement's
labels, the reporter's contact line, update and "as of" stamps with their time, and "read also"
teasers; sentences that use the same words stay."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from core.text import clean_text

BODY = LINE_BODY

JUNK = [
    # update stamps with their time, and "as of" stamps
    "Updated at 1:23 p.m.", "Actualizado a las 14:46", "Atualizado às 14h46", "Aggiornato alle 14:46",
    "Zaktualizowano o 14:46", "Bijgewerkt om 14:46", "Oppdatert 14:46", "Päivitetty 14.46",
    "Güncelleme: 14:46", "Stand 14:46 Uhr", "Dados de 12/04/2024", "Per 12 april 2024",
    "Tilanne 12.4.2024 klo 14.46", "По состоянию на 14:00", "Станом на 14:00", "Stan na 12 kwietnia 2024",
    # newsletter sign-ups
    "Meld je aan voor onze nieuwsbrief", "Tilaa uutiskirje", "Prenumerera på vårt nyhetsbrev",
    "Abonner på vårt nyhetsbrev", "Berlangganan newsletter kami", "Đăng ký nhận bản tin",
    "ニュースレターに登録", "订阅我们的新闻通讯", "뉴스레터 구독하기", "اشترك في النشرة الإخبارية",
    "Bültenimize abone olun",
    # paywall notices
    "Bu içerik sadece abonelere özeldir", "Artikel ini khusus untuk pelanggan",
    "Bài viết dành cho thành viên",
    # appeals and donation buttons
    "Tue riippumatonta journalismia", "Bağımsız gazeteciliği destekleyin", "Dukung jurnalisme independen",
    "Ủng hộ báo chí độc lập", "Jetzt spenden", "Faire un don", "Haz una donación", "Faça uma doação",
    "Fai una donazione", "Wpłać darowiznę", "Doneer nu", "Lahjoita", "Сделать пожертвование", "Bağış yap",
    "Donasi sekarang",
    # the video player's label, the advertisement's label
    "Regarder la vidéo", "Assista ao vídeo", "Obejrzyj wideo", "Se videoen", "Se videon", "Videoyu izle",
    "動画を見る", "观看视频", "영상 보기", "شاهد الفيديو", "Advertentie", "Annons", "Reklame",
    # the reporter's contact line
    "Write to Jane Doe at jane.doe@example.com",
    "Email Jane Doe at jdoe@example.com or follow her @janedoe. Follow us on Twitter @example.",
    "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe.",
    # "read also" teasers
    "Čítajte aj: Vláda predstavila rozpočet", "İlgili haber: Hükümet bütçeyi sundu",
    "Ler também: Governo apresenta orçamento", "Vea también: El Gobierno presenta los presupuestos",
    "Siehe auch: Regierung legt Haushalt vor", "Se også: Regjeringen legger fram budsjettet",
    "Se även: Regeringen lägger fram budgeten", "Katso myös: Hallitus esittelee budjetin",
    "Bekijk ook: Kabinet presenteert begroting", "Lihat juga: Pemerintah menyampaikan anggaran",
]

PROSE = [
    "Stand up for your rights, the minister said on Monday at 14:00.",
    "Per capita income rose 3% in 2023, the statistics office said.",
    "Annonce faite par le ministre le 12 avril 2024 à 14h00 devant la presse.",
    "Updated figures show 1,200 people moved to the islands in 2023.",
    "Tilanne on vakava, sanoi ministeri tiistaina.",
    "Se videon nedan för mer information om händelsen vid hamnen i Göteborg under natten.",
    "Per 12 april 2024 gelden nieuwe regels voor huurders in de regio.",
    "По состоянию на 14:00 в регионе эвакуированы 500 человек.",
    "Jetzt spenden viele Bürger für die Opfer der Flut, sagte der Bürgermeister.",
    "Siehe auch die Erklärung des Ministeriums vom Montag zu den neuen Regeln.",
    "Email the council at info@council.example to object to the plan, the campaigners said.",
    "Contact the police at 555-1234 if you see him, officers said.",
    "Jane Doe is a reporter covering the islands. Follow her on Twitter @janedoe.",
]


@pytest.mark.parametrize("line", JUNK)
def test_the_line_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text
