"""A lead set apart before the body, which the precision pass drops
(cleaner.body.leads.with_lead_paragraph)."""

from __future__ import annotations

from cleaner.extract import extract

LEAD = ("Ukraine and Estonia signed a memorandum on cooperation in cybersecurity, which provides for "
        "sharing information on cyber threats.")
BODY = [f"Paragraph {n} of the report says what the two agencies agreed on in Tallinn, in a sentence with "
        "more words in it." for n in range(5)]


CAPTION = "<div class='photo'>The minister in Tallinn (photo)</div>"


def _page(before_body: str, lead_block: str = "newsHeading") -> str:
    """Ukrinform's layout: the lead in a <div> of its own right before the body's <div>."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return ("<html><body><nav><a href='/'>Home</a></nav><div class='newsBlock'>"
            "<h1 class='newsTitle'>Ukraine and Estonia sign a cybersecurity memorandum</h1>"
            "<div class='newsMetaBlock'><div class='newsDate'>12.04.2024 15:30</div></div>"
            f"{before_body}<div class='{lead_block}'>{LEAD}</div><div class='newsText'>{paragraphs}</div>"
            "</div><footer><p>All rights reserved by the publisher of this site.</p></footer></body></html>")


def test_a_lead_in_a_div_right_before_the_body_opens_the_text() -> None:
    text = extract(_page("<div class='newsImage'><img src='/photo.jpg' alt=''></div>"),
                   "https://www.ukrinform.net/rubric-polytics/1-memorandum.html").text
    assert text.split("\n") == [LEAD, *BODY]


def test_a_picture_with_its_caption_may_stand_between_the_lead_and_the_body() -> None:
    picture = "<figure><img src='/photo.jpg' alt=''><figcaption>Photo: the ministry</figcaption></figure>"
    page = _page("").replace("<div class='newsText'>", f"{picture}<div class='newsText'>")
    assert extract(page).text.split("\n") == [LEAD, *BODY]


def test_a_deck_or_a_block_set_apart_from_the_body_is_no_lead() -> None:
    cases = {
        "a deck by its name": _page("", lead_block="article-dek"),
        "an abstract": _page("", lead_block="m-detail--abstract"),
        "a note": _page("", lead_block="hatnote"),
        "a caption between it and the body": _page("").replace(
            "<div class='newsText'>", f"{CAPTION}<div class='newsText'>"),
        "a link": _page("").replace(LEAD, f"<a href='/other'>{LEAD}</a>"),
        "no sentence": _page("").replace(LEAD, LEAD.rstrip(".")),
        "bare text between it and the body": _page("").replace(
            "<div class='newsText'>", "KYIV, April 12<div class='newsText'>"),
    }
    for why, page in cases.items():
        assert LEAD[:40] not in extract(page).text, why


DECK = "There are more ways to pay for a game than ever before; here is how to choose the one that fits."
STORY = [f"Paragraph {n}: the market for games bought once and played for years has given way to "
         "subscriptions, passes and purchases inside the game itself." for n in range(6)]


def _headed(header: str) -> str:
    """The headline's <header> above the body, WSJ-like: the deck an <h2> or a named block after the <h1>."""
    return ("<html><body><header class='site'><a href='/'>Site</a></header><main><article>"
            f"<header class='article-header'>{header}</header><div class='body'>"
            + "".join(f"<p>{line}</p>" for line in STORY) + "</div></article></main></body></html>")


def test_a_deck_in_the_headlines_header_is_taken_off_the_bodys_top() -> None:
    from lxml import html as lxml_html

    from cleaner.body.leads import without_header_deck

    for header in (f"<h1>So many ways to play</h1><h2 class='sub-head'>{DECK}</h2>",
                   f"<h1>So many ways to play</h1><p class='article-dek'>{DECK}</p>"
                   "<p class='byline'>By A</p>",
                   f"<div><h1>So many ways to play</h1></div><div class='standfirst'>{DECK}</div>",
                   # the head block named, not a <header>: CBS-like "article-head", "article-title"
                   f"</header><div class='article-head'><h1>So many ways to play</h1>"
                   f"<h2 class='article-subline'>{DECK}</h2></div><header>",
                   f"</header><div class='article-title'><h1>So many ways to play</h1>"
                   f"<h5 class='deck'>{DECK}</h5></div><header>"):
        tree = lxml_html.fromstring(_headed(header))
        assert without_header_deck(tree, "\n".join([DECK, *STORY])).split("\n") == STORY, header
        assert without_header_deck(tree, "\n".join(["So many ways to play", DECK, *STORY])).split("\n") \
            == ["So many ways to play", *STORY], header


def test_a_lead_named_as_body_an_unnamed_paragraph_or_a_deck_further_down_stays() -> None:
    from lxml import html as lxml_html

    from cleaner.body.leads import without_header_deck

    for header in (f"<h1>So many ways to play</h1><p class='sapo'>{DECK}</p>",  # a lead: body text
                   f"<h2 class='sub-head'>{DECK}</h2><h1>So many ways to play</h1>",  # before the headline
                   f"<h2 class='sub-head'>{DECK}</h2>",  # a <header> without the headline
                   # a block around the headline not named for the head, an unnamed <p> in a named one
                   f"</header><div class='intro'><h1>So many ways to play</h1><h5 class='deck'>{DECK}</h5>"
                   "</div><header>",
                   # the head block holds the body's paragraphs too: its <p> opens the body
                   f"</header><div class='article-head'><h1>So many ways to play</h1><p>{DECK}</p>"
                   + "".join(f"<p>{line}</p>" for line in STORY[:3]) + "</div><header>",
                   # an agency's summary with its dateline is the story's first paragraph (IRNA)
                   f"</header><div class='item-header'><h1>So many ways to play</h1>"
                   f"<p class='summary introtext'>{DECK}</p></div><header>"):
        tree = lxml_html.fromstring(_headed(header))
        text = "\n".join([DECK, *STORY])
        assert without_header_deck(tree, text) == text, header
    tree = lxml_html.fromstring(_headed(f"<h1>So many ways to play</h1><h2 class='sub-head'>{DECK}</h2>"))
    later = "\n".join([*STORY[:4], DECK, *STORY[4:]])  # the deck's words quoted further down: not the top
    assert without_header_deck(tree, later) == later


def test_extract_leaves_the_headers_deck_out_of_the_body() -> None:
    """A paywalled page's snippet, two paragraphs: the full pass that reads it keeps the deck."""
    page = _headed(f"<h1>So many ways to play</h1><h2 class='sub-head'>{DECK}</h2>").replace(
        "".join(f"<p>{line}</p>" for line in STORY[2:]), "")
    assert extract(page).text.split("\n") == STORY[:2]


def test_an_unnamed_paragraph_in_the_headlines_block_is_a_deck() -> None:
    """A standfirst set as a bare <p> after the <h1> in the headline's block (a <header>, or a block
    named for the head, with the byline or without) is a deck: gold bodies leave decks out."""
    from lxml import html as lxml_html

    from cleaner.body.leads import without_header_deck

    for header in (f"<h1>So many ways to play</h1><p>{DECK}</p>",
                   f"<h1>So many ways to play</h1><p class='css-1ifw933'>{DECK}</p>"
                   "<p class='byline'>By A</p>",
                   f"</header><div class='article-head'><h1>So many ways to play</h1><p>{DECK}</p></div>"
                   "<header>"):
        tree = lxml_html.fromstring(_headed(header))
        assert without_header_deck(tree, "\n".join([DECK, *STORY])).split("\n") == STORY, header


def test_extract_leaves_an_unnamed_deck_of_a_named_head_block_out() -> None:
    """Set in a <div> named for the head (not a <header>, which trafilatura drops), the fast pass keeps
    the deck at the body's top; in German and Spanish as in English."""
    decks = {DECK: STORY,
             "Die Stadt will die Brücke bis zum Sommer sanieren, doch die Kosten steigen weiter.":
                 [f"Absatz {n}: Der Gemeinderat hat am Dienstag über die Sanierung der alten Brücke "
                  "beraten und die Pläne der Verwaltung mit großer Mehrheit gebilligt." for n in range(6)],
             "El gobierno regional aprobó el plan de riego tras meses de sequía en el valle.":
                 [f"Párrafo {n}: los agricultores del valle esperan que el nuevo plan de riego llegue "
                  "antes del verano, cuando la sequía suele ser más dura en la región." for n in range(6)]}
    for deck, story in decks.items():
        page = ("<html><body><nav><a href='/'>Home</a></nav><article><div class='article-head'>"
                f"<h1>Headline of the story</h1><p>{deck}</p><div class='meta'>Ann Lee, 2 Jan 2024</div>"
                "</div><div class='story'>" + "".join(f"<p>{line}</p>" for line in story)
                + "</div></article></body></html>")
        assert extract(page).text.split("\n") == story, deck


JA_LEAD = ("政府は３日、老朽化した送電網の更新を急ぐ計画を閣議で決めた。再生可能エネルギーの導入拡大に向け、"
           "地域の間を結ぶ連系線を２０３０年度までに大幅に増強する。")
JA_BODY = [f"計画の第{n}項では、各地の電力会社が送電線の工事を進める"
           "手順と費用の分け方を定めている。" for n in range(5)]
ZH_SUMMARY = "国家发展改革委发布指导意见。提出到2030年基本建成新型电力系统骨干网架，推进外送通道建设。"
EN_SUMMARY = "The plan adds 1,200 km of lines. Private investors will be invited to bid for two corridors."


def _summary_page(summary: str, lang: str = "ja") -> str:
    """NHK's layout: the story's first paragraph in a block named "summary" right before the body."""
    paragraphs = "".join(f"<p>{text}</p>" for text in JA_BODY)
    return (f"<html lang='{lang}'><body><nav><a href='/'>ニュース</a></nav>"
            "<article class='content--detail-main'><header class='content--header'>"
            "<h1 class='content--title'><span>送電網増強の計画決定</span></h1><p class='content--date'>"
            "<time datetime='2026-12-03T12:04'>2026年12月3日 12時04分</time></p></header>"
            f"<div class='content--detail-body'><div class='content--summary'>{summary}</div>"
            f"<div class='body-text'>{paragraphs}</div></div></article>"
            "<footer><p>著作権は放送局に帰属します。</p></footer></body></html>")


def test_a_japanese_summary_written_as_prose_is_the_lead() -> None:
    text = extract(_summary_page(JA_LEAD), "https://www3.nhk.or.jp/news/html/20261203/k1.html").text
    assert text.split("\n") == [JA_LEAD, *JA_BODY]


def test_other_summaries_stay_out() -> None:
    cases = {
        "a Chinese summary": _summary_page(ZH_SUMMARY, "zh"),
        "an English summary": _summary_page(EN_SUMMARY, "en"),
        "a Japanese summary of one sentence": _summary_page(JA_LEAD.split("。")[0] * 2 + "。"),
        "a Japanese deck without a stop": _summary_page(JA_LEAD.rstrip("。")),
    }
    for why, page in cases.items():
        text = extract(page).text
        assert text.split("\n")[-len(JA_BODY):] == JA_BODY, why
        assert not text.startswith(page.split("content--summary'>")[1][:12]), why
