"""Title stress cases (issue 14): whole pages built like real news pages across languages, each
with one structure that has put the site's name, a section, a kicker, a date or a sharing title
in the place of the headline. Nothing here is copied from an evaluation page."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE

from cleaner.extract import extract

_PROSE = STORY_PROSE


def _page(title: str | None = None, og: str | None = None, head: str = "", header: str = "",
          h1: str | None = None, footer: str = "", lang: str = "en") -> str:
    tags = f"<title>{title}</title>" if title is not None else ""
    if og is not None:
        tags += f'<meta property="og:title" content="{og}">'
    heading = f"<header>{h1}</header>" if h1 else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8">{tags}{head}</head><body>'
            f"<header class='site-header'>{header}</header><main><article>{heading}{_PROSE}</article></main>"
            f"<footer>{footer}</footer></body></html>")


HEADLINE = "Council approves new budget for harbour repairs"
_LONG_NAME = '<meta property="og:site_name" content="The Quayside Chronicle and Evening Post of the North">'
CASES = {
    # An unknown site's name after the headline, told apart by evidence on the page.
    "application-name": (_page(f"{HEADLINE} | Quayside Chronicle", f"{HEADLINE} | Quayside Chronicle",
                               '<meta name="application-name" content="Quayside Chronicle">'),
                         "https://qc-online.example/news/1", HEADLINE),
    # Some CMSs write the headline into application-name too: a long "name" is no site's name.
    "application-name holds the headline": (_page(f"{HEADLINE} - Quayside Chronicle", HEADLINE,
                                                  f'<meta name="application-name" content="{HEADLINE}">',
                                                  h1=f"<h1>{HEADLINE}</h1>"),
                                            "https://qc-online.example/news/1", HEADLINE),
    "copyright line": (_page(f"{HEADLINE} – Quayside Chronicle", f"{HEADLINE} – Quayside Chronicle",
                             footer="<p>© 2024 Quayside Chronicle. All rights reserved.</p>"),
                       "https://qc-online.example/news/1", HEADLINE),
    "copyright meta": (_page(f"{HEADLINE} - Quayside Chronicle",
                             head='<meta name="copyright" content="Quayside Chronicle Ltd">'),
                       "https://qc-online.example/news/1", HEADLINE),
    "twitter handle": (_page(f"{HEADLINE} | Quayside Chronicle",
                             head='<meta name="twitter:site" content="@QuaysideChronicle">'),
                       "https://qc-online.example/news/1", HEADLINE),
    "subdomain names the site": (_page(f"{HEADLINE} - The Quayside Times"),
                                 "https://quaysidetimes.mediagroup.example/news/1", HEADLINE),
    "initials of the site are its host": (_page(f"{HEADLINE} | Deutsche Quaypost", lang="de"),
                                          "https://www.dq.example/a-1", HEADLINE),
    # No evidence: a short name in title case after a long headline is the site's.
    "no evidence, name-like suffix": (_page(f"{HEADLINE} | Quayside Chronicle"),
                                      "https://qc-online.example/news/1", HEADLINE),
    "no evidence, section and site": (_page(f"{HEADLINE} | Local News | Quayside Chronicle"),
                                      "https://qc-online.example/news/1", HEADLINE),
    "no evidence, Chinese site suffix": (_page("中俄举行网络安全磋商并发表联合声明_国际频道_某某网",
                                               lang="zh"),
                                         "https://www.mmw.example/world/1.htm",
                                         "中俄举行网络安全磋商并发表联合声明"),
    "site suffix after a full-width colon": (
        _page("日本とＡＳＥＡＮ、サイバー攻撃対策で連携強化：東海新聞Web",
              head='<meta property="og:site_name" content="東海新聞Web">', lang="ja"),
                                             "https://www.tokai-np.example/article/1",
                                             "日本とＡＳＥＡＮ、サイバー攻撃対策で連携強化"),
    # ... and what is not a site's name stays.
    "lower-case tail is the headline's": (_page("Why the harbour matters - and why it is slipping away"),
                                          "https://qc-online.example/news/1",
                                          "Why the harbour matters - and why it is slipping away"),
    "short headline keeps its tail": (_page("Ebola - What We Know"), "https://qc-online.example/news/1",
                                      "Ebola - What We Know"),
    "Title Case clause after a dash": (_page("Early Reviews For The New Console Are Here — "
                                             "And They're Not Great"),
                                       "https://qc-online.example/news/1",
                                       "Early Reviews For The New Console Are Here — And They're Not Great"),
    "question after the separator": (_page("Harbour budget approved | What happens next?"),
                                     "https://qc-online.example/news/1",
                                     "Harbour budget approved | What happens next?"),
    # A date or time inside the headline element is not the headline.
    "time in the h1": (_page(f"{HEADLINE} | Quayside Chronicle",
                             h1=f'<h1>{HEADLINE} <time datetime="2024-04-12T14:46:00+02:00">12 April 2024, '
                                "14:46</time></h1>"), "https://qc-online.example/news/1", HEADLINE),
    "updated span in the h1": (_page(None, h1=f'<h1>{HEADLINE}<span class="updated">Updated 14:46 CET'
                                              "</span></h1>"),
                               "https://qc-online.example/news/1", HEADLINE),
    "date span in the h1, German": (_page(None, lang="de", h1='<h1>Stadtrat beschließt Hafenhaushalt'
                                          '<span class="date">12.04.2024</span></h1>'),
                                    "https://qc-online.example/news/1", "Stadtrat beschließt Hafenhaushalt"),
    # The site's logo in an <h1> that is not a link, the headline an <h2>.
    "logo h1 without a link": (_page(f"{HEADLINE} | Quayside Chronicle",
                                     header='<h1 class="site-logo">Quayside Chronicle</h1>',
                                     h1=f'<h2 class="article-title">{HEADLINE}</h2>'),
                               "https://qc-online.example/news/1", HEADLINE),
    # ... but a headline's style class that holds such a word is no logo's.
    "brand style class on the headline": (_page("Harbour repairs get funding | Quayside Chronicle",
                                                h1=f'<h1 class="headline brand-font">{HEADLINE}</h1>'),
                                          "https://qc-online.example/news/1", HEADLINE),
    # A kicker in capitals in front of the headline.
    "all-caps kicker in the h1": (_page(f"{HEADLINE} | Quayside Chronicle", HEADLINE,
                                        h1=f"<h1><strong>EXCLUSIVE:</strong> {HEADLINE}</h1>"),
                                  "https://qc-online.example/news/1", HEADLINE),
    "kicker with a separator in the tab title": (_page(f"Hafen: {HEADLINE} | Quayside Chronicle",
                                                       h1=f"<h1>{HEADLINE}</h1>"),
                                                 "https://qc-online.example/news/1", HEADLINE),
    # The headline split across spans, and two <h1>s (the logo's and the headline).
    "headline split across spans": (_page(f"{HEADLINE} - Quayside Chronicle",
                                          h1="<h1><span>Council approves new budget</span> "
                                             "<span>for harbour repairs</span></h1>"),
                                    "https://qc-online.example/news/1", HEADLINE),
    "two h1, logo first": (_page(f"{HEADLINE} - Quayside Chronicle",
                                 header='<h1><a href="https://qc-online.example/">'
                                        "Quayside Chronicle</a></h1>",
                                 h1=f"<h1>{HEADLINE}</h1>"), "https://qc-online.example/news/1", HEADLINE),
    # A sharing title that is only the site's name, or cut short: the tab title holds the headline.
    "sharing title is the site's name": (_page(f"{HEADLINE} | Quayside Chronicle", "Quayside Chronicle"),
                                         "https://qc-online.example/news/1", HEADLINE),
    "sharing title cut short": (_page(f"{HEADLINE} and the sea wall | Quayside Chronicle",
                                      "Council approves new budget for harbour…"),
                                "https://qc-online.example/news/1", f"{HEADLINE} and the sea wall"),
    # ... but a short sharing title beside a tab title that is no headline stays.
    "short sharing title, document name in the tab": (_page("draft-harbour-budget-04 - Harbour Budget",
                                                            "Harbour Budget"),
                                                      "https://qc-online.example/doc/1", "Harbour Budget"),
    # The site's name before the headline, nothing naming it.
    "no evidence, site before a bar": (_page(f"Quayside Chronicle | {HEADLINE}",
                                             f"Quayside Chronicle | {HEADLINE}"),
                                       "https://qc-online.example/news/1", HEADLINE),
    # A "live" badge or a byline inside the headline element.
    "live badge in the h1": (_page(f"{HEADLINE} | Quayside Chronicle",
                                   h1=f'<h1><span class="live-badge">Live</span>{HEADLINE}</h1>'),
                             "https://qc-online.example/news/1", HEADLINE),
    "byline in the h1": (_page(f"{HEADLINE} | Quayside Chronicle",
                               h1=f'<h1>{HEADLINE}<span class="byline">By Anna Smith</span></h1>'),
                         "https://qc-online.example/news/1", HEADLINE),
    # A site's name with its slogan; a sharing title whose entities were escaped twice.
    "site name and its slogan": (_page(f"{HEADLINE} | Quayside Chronicle - news from the coast"),
                                 "https://qc-online.example/news/1", HEADLINE),
    "entities escaped twice": (_page(None, "Tom &amp;amp; Jerry return to the harbour&amp;#8217;s stage"),
                               "https://qc-online.example/news/1",
                               "Tom & Jerry return to the harbour’s stage"),
    # No evidence again: a name with a capital inside and a slogan, a section in lower case before
    # the site, the site's short form in brackets, a Japanese site after a full-width colon.
    "no evidence, camel-case name and slogan": (
        _page("Vláda schválila zákon o kybernetické bezpečnosti | qROZHLAS - spolehlivé zprávy", lang="cs"),
        "https://qc-online.example/news/1", "Vláda schválila zákon o kybernetické bezpečnosti"),
    "no evidence, slogan after the same separator": (
        _page("Regjeringen vil gi nye fullmakter etter dataangrep – Havneposten – Oversikt over nyheter fra "
              "hele landet", lang="no"), "https://qc-online.example/news/1",
        "Regjeringen vil gi nye fullmakter etter dataangrep"),
    "no evidence, section in lower case": (_page(f"{HEADLINE} | UK news | The Quayside Daily"),
                                           "https://qc-online.example/news/1", HEADLINE),
    "no evidence, short form in brackets": (_page(f"{HEADLINE} | Quayside+ (QuaysidePlus)"),
                                            "https://qc-online.example/news/1", HEADLINE),
    "no evidence, Japanese full-width colon": (
        _page("日本とＡＳＥＡＮ、サイバー攻撃対策で連携強化：東海新聞Web", lang="ja"),
        "https://www.tokai-np.example/article/1", "日本とＡＳＥＡＮ、サイバー攻撃対策で連携強化"),
    "no evidence, Japanese source in full-width brackets": (
        _page("日銀が追加利上げを決定、円相場の見通し（東海新聞）", lang="ja"),
        "https://www.tokai-np.example/article/1", "日銀が追加利上げを決定、円相場の見通し"),
    "Japanese series part in brackets stays": (_page("港の再生、次の十年を考える（上）", lang="ja"),
                                               "https://www.tokai-np.example/article/1",
                                               "港の再生、次の十年を考える（上）"),
    # A brand in lower case is no name by its letters; the host spells it.
    "lower-case brand the host names": (_page("Router maker ships fix for remote flaw | quayside online"),
                                        "https://www.quayside.example/news/1",
                                        "Router maker ships fix for remote flaw"),
    # Sites named in several languages' conventions.
    "Spanish, site after a dash": (_page("El Congreso aprueba la reforma del puerto - Diario del Puerto",
                                         lang="es"), "https://www.ddp.example/nacional/1",
                                   "El Congreso aprueba la reforma del puerto"),
    "Russian, site and date": (_page("Госдума приняла закон о кибербезопасности - Вестник Порта, 12.04.2024",
                                     lang="ru"), "https://vp.example/20240412/1.html",
                               "Госдума приняла закон о кибербезопасности"),
    "Portuguese, date and section": (_page("Governo aprova reforma do porto - 12/04/2024 - Mercado - "
                                           "Jornal do Porto", lang="pt"), "https://www.jdp.example/mercado/1.shtml",
                                     "Governo aprova reforma do porto"),
    "Chinese, site after an unspaced dash": (_page("中俄举行网络安全磋商并发表联合声明-某某网", lang="zh"),
                                             "https://www.mmw.example/world/1.htm",
                                             "中俄举行网络安全磋商并发表联合声明"),
    "Hindi, site after a bar": (_page("भारत ने साइबर सुरक्षा पर नया कानून पारित किया | बंदरगाह समाचार",
                                      lang="hi"), "https://qc-online.example/news/1",
                                "भारत ने साइबर सुरक्षा पर नया कानून पारित किया"),
    "Arabic, site after a bar": (_page("الأمم المتحدة تعتمد أول اتفاقية لمكافحة الجرائم | صحيفة الميناء",
                                       lang="ar"), "https://qc-online.example/news/1",
                                 "الأمم المتحدة تعتمد أول اتفاقية لمكافحة الجرائم"),
    "Greek, site in capitals": (_page("Νέα αρχή κυβερνοασφάλειας με ενισχυμένες αρμοδιότητες | Η ΛΙΜΑΝΙΑΚΗ",
                                      lang="el"), "https://qc-online.example/news/1",
                                "Νέα αρχή κυβερνοασφάλειας με ενισχυμένες αρμοδιότητες"),
    # A long site name beside a short headline (issue 14): declared, or spelled in part by the domain.
    "long declared site name, short headline": (
        _page("Harbour reopens | The Quayside Chronicle and Evening Post of the North", head=_LONG_NAME),
        "https://qc-online.example/news/1", "Harbour reopens"),
    "long site name the domain spells in part": (
        _page("Storm hits | Quayside Chronicle and Evening Post Online",
              "Storm hits | Quayside Chronicle and Evening Post Online"),
        "https://www.quaysidechronicle.example/news/1", "Storm hits"),
    "long site name before a short headline": (
        _page("The Quayside Chronicle and Evening Post of the North | Storm hits", head=_LONG_NAME),
        "https://qc-online.example/news/1", "Storm hits"),
    "one-word headline beside the declared name": (
        _page("Ebola | The Quayside Chronicle and Evening Post",
              head='<meta property="og:site_name" content="The Quayside Chronicle and Evening Post">'),
        "https://qc-online.example/news/1", "Ebola"),
    # Kickers in the sharing and tab titles where no on-page headline tells them apart (issue 14).
    "kicker and site name, no h1": (_page(f"EXCLUSIVE: {HEADLINE} | Quayside Chronicle",
                                          f"EXCLUSIVE: {HEADLINE}"),
                                    "https://qc-online.example/news/1", HEADLINE),
    "label in capitals without a separator": (_page(f"LIVE {HEADLINE}"), "https://qc-online.example/news/1",
                                              HEADLINE),
    "label after the headline and the site": (_page(f"{HEADLINE} (VIDEO) - Quayside Chronicle",
                                                    f"{HEADLINE} (VIDEO)"),
                                              "https://qc-online.example/news/1", HEADLINE),
    "French label with a full stop": (_page("VIDÉO. Le conseil approuve le budget du port - Le Quai",
                                            lang="fr"),
                                      "https://lequai.example/a/1", "Le conseil approuve le budget du port"),
    "Spanish live label": (_page("EN VIVO | El Congreso aprueba la reforma del puerto", lang="es"),
                           "https://qc-online.example/news/1", "El Congreso aprueba la reforma del puerto"),
    "Korean bracketed label": (_page("[단독] 항만 예산 시의회 통과 후 첫 공사 시작 - 항구일보", lang="ko"),
                               "https://www.hangu.example/news/1", "항만 예산 시의회 통과 후 첫 공사 시작"),
    # A label alone in its own element inside the <h1>: a badge, not the headline's.
    "label element in the h1": (_page(f"LIVE: {HEADLINE}", h1=f"<h1><span>LIVE</span> {HEADLINE}</h1>"),
                                "https://qc-online.example/news/1", HEADLINE),
    # More separators: the "丨" of Chinese sites, a box-drawing bar, a Korean CMS's breadcrumb.
    "Chinese site after 丨": (_page("中俄举行网络安全磋商并发表联合声明丨某某新闻网", lang="zh"),
                             "https://www.mmw.example/world/1.htm", "中俄举行网络安全磋商并发表联合声明"),
    "box-drawing bar": (_page(f"{HEADLINE} │ Quayside Chronicle"), "https://qc-online.example/news/1",
                        HEADLINE),
    "Korean breadcrumb and site": (_page("항만 예산 시의회 통과 후 첫 공사 시작 < 정치 < 기사본문 - 항구일보",
                                         lang="ko"),
                                   "https://www.hangu.example/news/articleView.html?idxno=1",
                                   "항만 예산 시의회 통과 후 첫 공사 시작"),
    # The site's name in an <h1> marked neither as a logo nor as a link, which the tab title ends with.
    "site name in an unmarked h1": (_page(f"{HEADLINE} | The Evening Post",
                                          header="<h1>The Evening Post</h1>"),
                                    "https://ep-news.example/news/1", HEADLINE),
    # A subtitle inside the <h1> (Bootstrap's <small>, a "subtitle" span) is not the headline's.
    "subtitle in small inside the h1": (_page(f"{HEADLINE} | Quayside Chronicle",
                                              h1=f"<h1>{HEADLINE} <small>The vote ends a year</small></h1>"),
                                        "https://qc-online.example/news/1", HEADLINE),
    "subtitle span inside the h1": (_page(None, h1=f'<h1><span class="title">{HEADLINE}</span>'
                                                   '<span class="subtitle">The vote ends a year</span></h1>'),
                                    "https://qc-online.example/news/1", HEADLINE),
    # A personal site's name in lower case after its first word.
    "no evidence, a blog's name": (_page("How we rebuilt the harbour ferry timetable – Anna's blog"),
                                   "https://qc-online.example/news/1",
                                   "How we rebuilt the harbour ferry timetable"),
    # ... with its separator after it.
    "label element and colon in the h1": (_page(None, h1=f"<h1><strong>Exclusive</strong>: {HEADLINE}</h1>"),
                                          "https://qc-online.example/news/1", HEADLINE),
    # ... but a headline that opens like one stays.
    "headline opening with a name like a label": (
        _page("Live Nation sues the harbour council over concert ban | Quayside Chronicle"),
        "https://qc-online.example/news/1", "Live Nation sues the harbour council over concert ban"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_title_stress_case(case: str) -> None:
    page, url, headline = CASES[case]
    assert extract(page, url).title == headline
