"""The junk-line rules (``core.junk``, applied by ``core.text.clean_text``): the junk the seed
files show is gone, every body paragraph is kept; junk lines in many languages dropped, body-like
lines kept, tails and boxes of other headlines cut."""

from __future__ import annotations

import pytest
from helpers import REPO

from core.text import clean_text

# The article's line around the line under test.
BODY = "The delegations agreed on a text about responsible state behaviour in cyberspace."


def _dropped(line: str) -> bool:
    """``line`` between two lines of the article goes, and nothing else does."""
    return clean_text(f"{BODY}\n{line}\n{BODY} Again.") == f"{BODY}\n{BODY} Again."


def _kept(line: str) -> bool:
    """``line`` between two lines of the article stays, whole."""
    return line in clean_text(f"{BODY}\n{line}\n{BODY}").split("\n")


SEEDS = REPO / "seeds" / "international_information_security"

# Per seed: lines that must be gone, and body paragraphs (their openings) that must stay.
SEED_EXPECTATIONS = {
    "000_89bbdadf01e1a203.txt": (
        ["{keywords}", "Vietnamese President Tran Dai Quang (R) and Russian President Vladimir Putin"],
        ["Vietnam and Russia have issued a joint statement", "The meeting took place in Da Nang",
         "They called on the international community"],
    ),
    "001_e4b9418debd9517d.txt": (
        ["Wednesday , January 27 2021", "Home / WORLD / Putin proposes mending", "Nrm Image",
         "President Vladimir Putin and US president Donald Trump. File Photo", "Leave a Reply",
         "Your email address will not be published"],
        ["Moscow, Russia | XINHUA | Russian President Vladimir Putin appealed",
         "In his four-point proposal", "“Addressing all countries, including the United States"],
    ),
    "002_fe86693a41e63780.txt": (
        ["hinh anh", "Ambassador Dang Dinh Quy, Permanent Representative of Vietnam to the UN (Photo: VNA)"],
        ["New York (VNA) – It is necessary to strengthen", "Participants voiced their support"],
    ),
    "003_71d86695acf71203.txt": (
        ["26 Mar 2021 21:33"],
        ["MOSCOW. March 26 (Interfax)", "Russia's approaches toward forming a global regime"],
    ),
    "004_b47f47759b5b90b7.txt": (
        ["UP", "Home page Politics", "12 Punto 14 Punto", "2019.05.23 / 23:39", "See also", "Axar.az",
         "Ilham Aliyev presented a Karabakh horse", "We cannot sit quietly in this situation", "Latest",
         "Bize yazin", "Comments", "Date", "Author"],
        ["Moscow wants the United Nations’ open-ended working group", "Axar.az reports citing TASS.",
         "He stressed that Moscow is open for dialogue"],
    ),
}


def _body_paragraphs(raw: str, junk: list[str]) -> list[str]:
    """Long lines of the seed that are not junk: every one must survive cleaning."""
    lines = [line.strip() for line in raw.splitlines()]
    return [line for line in lines if len(line.split()) >= 12 and not any(j in line for j in junk)
            and "hinh anh" not in line]


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_junk_removed_and_body_kept(name: str) -> None:
    raw = (SEEDS / name).read_text(encoding="utf-8")
    junk, body = SEED_EXPECTATIONS[name]
    cleaned = clean_text(raw)
    lines = cleaned.split("\n")
    for piece in junk:
        # Single-word junk must not be a line; longer junk must not open one.
        left = [line for line in lines if line == piece or (" " in piece and line.startswith(piece))]
        assert not left, f"{piece!r} left in {name}"
    assert "{keywords}" not in cleaned
    for opening in body:
        assert any(line.startswith(opening) for line in lines), f"body paragraph {opening!r} lost in {name}"
    for paragraph in _body_paragraphs(raw, junk):
        assert " ".join(paragraph.split()) in lines, f"body paragraph lost: {paragraph[:60]!r}"


def test_seed_002_headline_split_from_caption() -> None:
    raw = (SEEDS / "002_fe86693a41e63780.txt").read_text(encoding="utf-8")
    first = clean_text(raw).split("\n")[0]
    assert first == "Vietnam emphasises international efforts for cyber conflict prevention: ambassador"


@pytest.mark.parametrize("junk", [
    "Home > News > World",
    "Home / Politics / Europe",
    "Monday, 3 March 2025 10:15 GMT",
    "Updated: 12:01 GMT",
    "Photo: Reuters",
    "Foreign ministers Sergei Lavrov (L) and Wang Yi during talks in Beijing",
    "The minister arrives at the summit. File Photo",
    "Getty Images",
    "{{ title }}",
    "READ MORE: Another unrelated headline about football",
    "3 comments",
    "8 Share 10 Share 12 Share",
    "Advertisement",
    # newsletter, sharing and following prompts
    "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
    "Sign up for The Morning Brief today to get the free daily newsletter delivered to your inbox.",
    "Pick Six Newsletter",
    "Like this story? Share it with a friend!",
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    # reading time, in several languages
    "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min.", "Temps de lecture : 3 min", "5 min read",
    # teasers tagged in capitals, and tag lists
    "Plane passengers quarantined after plague outbreak [NEWS]",
    "China furious at Macron for protest jibe [INSIGHT]|",
    "SEE MORE: Hong Kong protests: students under siege in university",
    "Related post: Pickled Brussels Sprouts Recipe",
    "Filed under: Politics |", "Topics: uber, libertarians, sharing economy", "Schlagwörter: EZB, Zinsen",
    # date lines in other languages, and bare addresses
    "sexta-feira, 22 de outubro de 2010 às 20:13", "기사입력 :[ 2018-08-25 15:24 ]",
    "paul.takahashi@example.com", "twitter.com/paultakahashi",
    # invitations to the outlet's channels, error-report prompts, reuse notes, under the article
    "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.",
    "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини.",
    "Folgen Sie uns auf Facebook, Instagram und X, um nichts zu verpassen.",
    "Follow us on Twitter and Facebook for the latest updates on this story.",
    "Join our WhatsApp channel for the day's top stories.",
    "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.",
    "При цитировании материалов ссылка на источник обязательна.",
    # an embedded post's signature, its date in other languages
    "— Мария Захарова (@mfa_russia) 12 апреля 2024 г.", "— Олена (@olena_ua) 12 квітня 2024 р.",
    "— Annalena Baerbock (@ABaerbock) 12. April 2024", "— Le Monde (@lemondefr) 12 avril 2024",
    "— El País (@el_pais) 12 de abril de 2024", "— NHK (@nhk_news) 2024年4月12日",
    "— 연합뉴스 (@yonhaptweet) 2024년 4월 12일", "— Tagesschau (@tagesschau) April 12, 2024",
    # "read also" in the seed sources' languages
    "Həmçinin oxuyun: Prezident Bakıda görüş keçirib", "Oxu: Bakıda yeni park açılıb",
    "Tin liên quan: Hà Nội mở cửa lại trường học", "관련기사: 서울 시장 선거 결과",
    "Lue myös: Helsingin uusi silta",
    # ... and in Swahili, Urdu, Hindi, Bengali, Serbian, Bulgarian; the bare "READ:" of English teasers
    "SOMA PIA: Wakenya wapoteza mamilioni kupitia ulaghai",
    "مزید پڑھیں: سرکاری ویب سائٹس پر سائبر حملوں میں اضافہ",
    "ये भी पढ़ें: भारत में साइबर धोखाधड़ी के मामले", "আরও পড়ুন: মোবাইল ব্যাংকিংয়ে প্রতারণা বাড়ছে",
    "PROČITAJTE JOŠ: Vučić sutra u Budimpešti", "Още по темата: Правителството одобри стратегията",
    "READ: PhilHealth hit by ransomware attack",
    # the desk editor's initials closing agency copy, the print edition's line
    "/ВЙ/", "/cb", "/ab/cd/", "arc/jcm", "Share AA + Text Size", "-- BERNAMA", "— AFP",
    "प्रकाशित : चैत्र ३०, २०८० १४:४६", "Publicado: 12/04/2024 14:46",
    "Jeste li vidjeli nešto zanimljivo? Pošaljite nam prijavu na prijave@index.hr",
    "Got a tip? Email us at tips@example.com",
    # "read also" in Finnish, Slovak, Slovenian, Estonian, Lithuanian, Latvian, Greek, Ukrainian, Bulgarian,
    # Thai, Chinese (full-width colon), Turkish, English
    "Lue lisää: Venäjän hakkerit iskivät", "Prečítajte si tiež: Útok hackerov", "Preberite tudi: Napad",
    "Loe ka: Häkkerid ründasid", "Skaitykite taip pat: Kibernetinė ataka", "Lasiet arī: Kiberuzbrukums",
    "Διαβάστε ακόμα: Κυβερνοεπίθεση", "Також читайте: Кібератака на енергосистему", "Вижте още: Кибератака",
    "อ่านข่าวเพิ่มเติม: การโจมตีทางไซเบอร์", "更多阅读：网络攻击", "İlginizi çekebilir: Siber saldırı",
    "Must read: Cyberattack hits hospital", "Recommended: Cyberattack hits hospital",
    # paywalls, appeals, apps and channels; advertisement slots; share buttons; photo credits
    "Tämä artikkeli on vain tilaajille", "Цей матеріал доступний лише передплатникам",
    "Чтобы продолжить чтение, оформите подписку", "Pour lire la suite, abonnez-vous",
    "Podpořte nezávislou žurnalistiku", "Támogasd a független újságírást!",
    "Download the app for the latest news", "Click here to join our Telegram channel",
    "Advertisement - Scroll to continue", "Story continues below advertisement", "Mainos", "Hirdetés",
    "Share on Facebook", "Copy link", "Udostępnij", "Megosztás",
    "Foto: Reuters", "Фото: ТАСС", "Kuva: Lehtikuva", "Zdjęcie: PAP", "Published in Dawn, April 12th, 2024",
    "Appeared in the print edition of April 12, 2024",
    # following where the verb comes last, the comment section's disclaimer, a rights notice
    "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন",
    "Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of "
    "management and owner of the site.",
    "Drepturile de autor pentru textele, fotografiile și materialele video aparținând agenției sunt "
    "protejate de lege.",
])
def test_general_junk_lines_dropped(junk: str) -> None:
    assert _dropped(junk)


@pytest.mark.parametrize("kept", [
    "| 6 | Ryan Blaney | 2339 | 1 | 1 | 11 | 18 |",
    "Home ministers from 27 countries met in Brussels on Monday.",
    "Reuters reported that the talks would resume next week in Geneva after a short break.",
    "The photo agency said the picture was taken in 2019.",
    "先日、不正に改造したiPhoneを販売した。",
    # a source tag after a sentence, table rows with times, a marker before the article's own prose
    "Their sacrifice protected all life in the cosmos from the rampage. [MPH]",
    "2020-08-01 18:00:00+00 │ 200 │ 4084",
    "400 │ 2020-08-01 18:00:00+00 │ 24 │ 6.8 │ t",
    # table rows of numbers with one unit, or one repeated value, are no font-size widget
    "| 71.1 MB | 13.4 MB (-81%) | 8.0 MB (-89%) |", "3 │ -0.43 │ f │ f │ f",
    "The vote closed at 20:13 on 22 October 2010, two hours later than planned.",
    "2018.04.05 ~ OPEN RUN",
    # channels, follow-ups and quoting in the story's own sentences
    "Follow-up posts on Facebook showed the crowd growing through the night.",
    "Thousands joined the protest, which was organised on Telegram.",
    "When quoting the minister, the agency said the deal was not yet final.",
    # a handle in a sentence, with a date after it that does not end the line
    "The ministry (@MFA_Ukraine) said on 12 April 2024 that the talks would go on.",
    # "read", "published in", "protected by law" and a slash in the story's own sentences
    "Read the full statement on the ministry's website.", "read-only.", "— Anna Smith", "- GPS",
    "Updated guidance was published on 12 April 2024 at 14:46.",
    "Citizens can send us their questions about the new rules.",
    "Recommended doses were cut by half.", "The minister said the photo was taken in 2019.",
    "The study was published in Nature on April 12, 2024.",
    "Journalists' sources are protected by law in Sweden.",
    "Published in Nature, the study followed 2,000 patients.",
])
def test_body_like_lines_kept(kept: str) -> None:
    assert _kept(kept)


def test_trailing_headline_list_cut_but_early_label_kept() -> None:
    body = " ".join(["The working group met again to discuss norms for state behaviour."] * 4)
    text = f"Related\n{body}\n{body}\nSee also\nFootball club wins the cup\nMarkets fall on rate fears"
    # A marker in the first half may be a section label: only the tail is cut.
    assert clean_text(text) == f"Related\n{body}\n{body}"


def test_more_marker_dropped_but_the_prose_after_it_kept() -> None:
    body = BODY
    after = "It did not reveal where the talks would resume, and said the text was still a draft."
    assert clean_text(f"{body}\nMore:\n{after}\nDON'T MISS\nTeaser headline\n{body}") \
        == f"{body}\n{after}\n{body}"


@pytest.mark.parametrize("notice", [
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
    "Nous utilisons des cookies pour vous offrir une meilleure expérience.",
    "Мы используем файлы cookie для улучшения работы сайта.",
    "Accept all cookies",
    "This site uses cookies. Learn more.",
])
def test_cookie_notices_go_but_articles_about_cookies_stay(notice: str) -> None:
    body = "The ministers met to discuss the norms of responsible state behaviour in cyberspace."
    about = "The regulation requires websites to ask for consent before they use cookies to track users."
    assert clean_text(f"{body}\n{notice}\n{about}") == f"{body}\n{about}"


@pytest.mark.parametrize("label", [
    "Anzeige", "Publicité", "Реклама", "広告", "Artikel anhören", "Écouter cet article"])
def test_advertisement_and_audio_player_labels_in_other_languages(label: str) -> None:
    assert _dropped(label)


@pytest.mark.parametrize("appeal", [
    "Support Daily Maverick", "Support us", "Become an Insider",
    "Journalism that matters relies on readers like you. Become a Maverick Insider and support independent "
    "journalism.",
    "Our journalism is free to read, but it isn’t free to produce",
    "We have no shareholders and no billionaire owner. If you can, please make a contribution today.",
    "Support The Courier Daily from as little as £1",
])
def test_donation_and_membership_appeals_dropped(appeal: str) -> None:
    assert _dropped(appeal)


@pytest.mark.parametrize("kept", [
    "Support for the bill grew after the attack on the hospital network.",
    "Support for Ukraine",  # a subheading: "for" is no outlet's name
    "The foundation said readers' donations paid for a third of its newsroom last year.",
])
def test_lines_about_support_and_donations_kept(kept: str) -> None:
    assert _kept(kept)


@pytest.mark.parametrize("notice", [
    "RIPRODUZIONE RISERVATA © Copyright ANSA",
    "All rights reserved © Example Media 2024",
    "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем "
    "гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові.",
    "When using materials, the hyperlink to armenpress.am is mandatory.",
])
def test_rights_and_reuse_notices_dropped(notice: str) -> None:
    body = "The ministers met to discuss the norms of responsible state behaviour in cyberspace."
    assert clean_text(f"{body}\n{body} Again.\n{notice}") == f"{body}\n{body} Again."


def test_related_box_inside_the_body_goes_but_the_prose_after_it_stays() -> None:
    body = " ".join(["The working group met again to discuss norms for state behaviour."] * 3)
    after = "The Bank of Thailand said banks had until the end of June to comply with the rules."
    box = "RELATED STORIES\nPolice bust call-centre gang in Chiang Rai"
    assert clean_text(f"{body}\n{body}\n{box}\n{after}") == f"{body}\n{body}\n{after}"
    # The marker alone (its headlines dropped by the extractor), then the article goes on.
    assert clean_text(f"{body}\n{body}\nRelated stories\n{after}") == f"{body}\n{body}\n{after}"
    # Headlines to the end, or a line that is no sentence after them: a tail, cut.
    assert clean_text(f"{body}\n{body}\n{box}\nMarkets fall on rate fears") == f"{body}\n{body}"
    assert clean_text(f"{body}\n{body}\n{box}\n{after}\nMarkets fall") == f"{body}\n{body}"
    # Comments are prose too, but never the article's.
    comment = "I think the government should have done this years ago, it is far too late now."
    assert clean_text(f"{body}\n{body}\nComments\n{comment}") == f"{body}\n{body}"


def test_appeal_heading_under_the_article_cuts_the_appeal_and_text_ads_go() -> None:
    body = " ".join(["The agency issued new guidelines on reporting data breaches within three days."] * 3)
    appeal = " ".join(["At our newspaper we firmly believe in the importance of good journalism."] * 6)
    heading = "Support PREMIUM TIMES' journalism of integrity and credibility"
    # The appeal weighs as much as the article: the heading is past its first third, not its half.
    assert clean_text(f"{body}\n{body}\n{heading}\n{appeal}\nMake Contribution") == f"{body}\n{body}"
    german = "Unterstützen Sie unabhängigen Journalismus"
    assert clean_text(f"{body}\n{body}\n{german}\n{appeal}") == f"{body}\n{body}"
    # At the top it is no appeal's heading (an article about funding journalism).
    assert clean_text(f"Support local journalism\n{body}\n{body}").startswith("Support local journalism")
    assert clean_text(f"{body}\nTEXT AD: Call Willie - +2348098788999\n{body}") == f"{body}\n{body}"
