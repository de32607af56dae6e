"""A long-tail CMS's site name in an <h1> on every page was taken as the title (issue 14): uCoz, DLE and
local CMS themes set the site's name in the header's <h1> (no link to '/', sentence case: "Городской сайт",
"Portal berita desa", "Cổng thông tin điện tử huyện ...") and the story's headline in a block or an <h2>
(uCoz's <div class="eTitle">), with a tab title "Headline - Section - Site" and no sharing title. The <h1>
was no name by its shape (words in lower case), and uCoz's camelCase "eTitle" no block named as a title.
Now an <h1> that is a title's last or first segments, where the rest of the title holds a headline of a
sentence's length that the page prints as another heading, is the site's name
(``titles._beside_printed``; also an <h1> that is the tab title whole beside a printed sharing title),
and a camelCase class ending in "Title", Joomla's "contentheading" (in a <td> too) and DLE's "ntitle" name
a title block (``headings._TITLED_NAMES``). Guards: the <h1> is the headline where the tab title is
"Site - Headline" or "Section | Headline" with the section printed in an <h2>, or the <h1> whole beside a
sharing title printed nowhere, a short <h1> after "Site - Section" with the site printed in a heading;
"subTitle" names no title. A headline of three or four words is read in the "Headline - Section - Site"
shape only."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata


def _title(html: str, url: str) -> str | None:
    return page_metadata(lxml_html.fromstring(html), url).title


def _ucoz(lang: str, tab: str, site: str, headline: str, block: str = "div class='eTitle'") -> str:
    tag = block.split()[0]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{tab}</title></head><body>"
            f"<div id='header'><h1>{site}</h1></div><ul><li><a href='/'>Home</a></li></ul>"
            f"<div id='content'><table class='eBlock'><tr><td><{block}>{headline}</{tag}></td></tr>"
            f"<tr><td class='eMessage'>{prose(5)}</td></tr></table></div>"
            f"<div id='footer'>© 2026 {site}</div></body></html>")


def _local(lang: str, tab: str, site: str, headline: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{tab}</title></head><body>"
            f"<div class='top'><div class='banner'><h1>{site}</h1></div></div><div class='main'>"
            f"<div class='detail'><div class='title'>{headline}</div><div class='info'>2026-12-03 14:25</div>"
            f"<div class='content'>{prose(5)}</div></div></div></body></html>")


@pytest.mark.parametrize(("build", "lang", "url", "tab", "site", "headline"), [
    (_ucoz, "ru", "https://gorod-n.ucoz.ru/news/plan/2026-12-03-512",
     "Дума утвердила новую транспортную схему - Новости - Городской сайт", "Городской сайт",
     "Дума утвердила новую транспортную схему"),
    (_ucoz, "kk", "https://mektep-12.ucoz.kz/news/plan/2026-12-03-7",
     "Мәслихат жаңа көлік жоспарын бекітті - Жаңалықтар - Мектеп сайты", "Мектеп сайты",
     "Мәслихат жаңа көлік жоспарын бекітті"),
    (_ucoz, "en", "https://chessclub.ucoz.com/news/plan/2026-12-03-3",
     "Club wins the regional team championship again - News - The chess club", "The chess club",
     "Club wins the regional team championship again"),
    (_local, "vi", "https://donganh.example.vn/tin-tuc/quy-hoach-giao-thong-123.html",
     "Hội đồng nhân dân huyện thông qua quy hoạch giao thông mới - Cổng thông tin điện tử huyện Đông Anh",
     "Cổng thông tin điện tử huyện Đông Anh", "Hội đồng nhân dân huyện thông qua quy hoạch giao thông mới"),
    (_local, "id", "https://desa-maju.example.id/berita/2026/12/03/rencana-transportasi",
     "DPRD setujui rencana transportasi baru untuk warga kota - Portal berita desa", "Portal berita desa",
     "DPRD setujui rencana transportasi baru untuk warga kota"),
    (_local, "ru", "https://rayon.example.ru/news/2026-12-03-17",
     "Жители микрорайона добились ремонта дороги к школе - Районный вестник", "Районный вестник",
     "Жители микрорайона добились ремонта дороги к школе"),
])
def test_site_name_h1_beside_a_printed_headline(build, lang, url, tab, site, headline):
    assert _title(build(lang, tab, site, headline), url) == headline


def test_camel_case_title_block_is_read_as_the_headline():
    # The tab title's headline part alone (no site's segment): the eTitle block prints it.
    page = _ucoz("uk", "Рада затвердила нову транспортну схему - Новини - Сільська громада",
                 "Сільська громада", "Рада затвердила нову транспортну схему")
    headline = "Рада затвердила нову транспортну схему"
    assert _title(page, "https://selo.at.ua/news/plan/2026-12-03-41") == headline


def _shell(lang: str, tab: str, site: str, block: str, meta: str = "") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{tab}</title>{meta}</head><body>"
            f"<div id='header'><h1>{site}</h1></div><ul class='menu'><li><a href='/'>Home</a></li></ul>"
            f"{block}<div id='footer'>© 2026 {site}</div></body></html>")


def test_joomla_table_heading_is_the_headline():
    # Older Joomla templates: <td class="contentheading"> in a table, the site's <h1> above it.
    headline = "Rada gminy przyjęła nowy plan komunikacji autobusowej"
    page = _shell("pl", f"{headline} - Gazeta gminna", "Gazeta gminna",
                  "<table class='contentpaneopen'><tr><td class='contentheading' width='100%'>"
                  f"{headline}</td></tr></table><table class='contentpaneopen'><tr><td>{prose(5)}</td></tr>"
                  "</table>")
    assert _title(page, "https://gmina.example.pl/index.php/aktualnosci/123-plan") == headline


def test_site_first_tab_with_a_title_block():
    # DLE's "Site » Section » Headline" with <div class="ntitle">: the <h1> is the tab title's first segment.
    headline = "Belediye meclisi yeni ulaşım planını onayladı"
    page = _shell("tr", f"İlçe haber sitesi » Haberler » {headline}", "İlçe haber sitesi",
                  f"<div class='fullstory'><div class='ntitle'>{headline}</div><div class='story'>{prose(5)}"
                  "</div></div>")
    assert _title(page, "https://ilce.example.com.tr/haberler/1234-ulasim-plani.html") == headline


@pytest.mark.parametrize(("lang", "site", "headline"), [
    ("es", "El diario del pueblo", "El concejo aprueba el nuevo plan de transporte urbano"),
    ("zh", "某县人民政府网", "县人大常委会审议通过新的公共交通规划"),
])
def test_tab_title_is_the_site_h1_and_the_sharing_title_printed(lang, site, headline):
    page = _shell(lang, site, site, f"<div class='post'><h2 class='title'>{headline}</h2>{prose(5)}</div>",
                  f"<meta property='og:title' content='{headline}'>")
    assert _title(page, "https://pueblo.example.com/noticias/2026/12/03/plan") == headline


@pytest.mark.parametrize(("lang", "tab", "site", "headline"), [
    ("ru", "Дума утвердила схему - Новости - Городской сайт", "Городской сайт", "Дума утвердила схему"),
    ("pl", "Rada przyjęła plan - Aktualności - Gazeta gminna", "Gazeta gminna", "Rada przyjęła plan"),
    ("es", "Aprobado el plan - Noticias - El diario del pueblo", "El diario del pueblo", "Aprobado el plan"),
])
def test_short_headline_before_section_and_site(lang, tab, site, headline):
    # A headline of three or four words, in the "Headline - Section - Site" shape only.
    assert _title(_ucoz(lang, tab, site, headline), "https://rayon.example.com/news/2026-12-03-7") == headline


# Guards: the <h1> is the headline.
@pytest.mark.parametrize("body", [
    f"<article><h1>Council backs bus plan</h1>{prose(5)}</article>",
    f"<div class='post'><h1>Council backs bus plan</h1><div class='text'>{prose(5)}</div></div>",
    "<div class='hero'><h1>Council backs bus plan</h1><img src='/bus.jpg'></div><aside><h3>Most read</h3>"
    f"<ul><li><a href='/a'>Other story</a></li></ul></aside><section><h3>Related</h3></section>{prose(5)}",
])
def test_short_headline_h1_after_site_and_section_stays(body):
    # "Site - Section - Headline" with the site's name printed in a heading: the short <h1> is the headline.
    page = ("<html lang='en'><head><title>Harbour Evening Post - World - Council backs bus plan</title>"
            "</head>"
            "<body><div class='masthead'><h2 class='site-title'>Harbour Evening Post</h2></div>"
            f"<nav><a href='/world'>World</a></nav>{body}</body></html>")
    assert _title(page, "https://harbour.example.com/world/bus-plan") == "Council backs bus plan"



@pytest.mark.parametrize(("lang", "tab", "site", "section", "headline"), [
    ("en", "The village gazette - Council approves new transport plan after long debate",
     "The village gazette", "News", "Council approves new transport plan after long debate"),
    ("ru", "Новости | Дума утвердила новую транспортную схему", "Городской сайт", "Новости",
     "Дума утвердила новую транспортную схему"),
    ("de", "Aktuelles | Gemeinderat beschließt neuen Verkehrsplan für die Buslinien", "Unser Dorfblatt",
     "Aktuelles", "Gemeinderat beschließt neuen Verkehrsplan für die Buslinien"),
])
def test_headline_h1_stays(lang, tab, site, section, headline):
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><div class='logo'><a href='/'>{site}"
            f"</a></div><h2>{section}</h2><article><h1>{headline}</h1>{prose(5)}</article></body></html>")
    assert _title(page, "https://g.example.com/a/2026/12/03/story") == headline


def test_headline_h1_as_the_tab_title_stays():
    # The tab title is the <h1> headline whole; a sharing title of other words, printed nowhere.
    headline = "Council approves new transport plan"
    page = (f"<html lang='en'><head><title>{headline}</title><meta property='og:title' content='Transport "
            "plan approved after months of debate among residents'></head><body><div class='logo'>"
            f"<a href='/'>Harbour</a></div><article><h1>{headline}</h1>{prose(5)}</article>"
            "<h2>More news</h2></body></html>")
    assert _title(page, "https://harbour.example.com/news/transport-plan") == headline


def test_subtitle_block_names_no_title():
    # A block named "subTitle" under a site <h1> is a standfirst, not the headline: the tab's headline stays.
    headline = "Storm closes the harbour road for two days"
    page = _ucoz("en", f"{headline} - Harbour weekly", "Harbour weekly",
                 "Drivers are asked to use the northern bypass while crews clear the debris",
                 block="div class='subTitle'")
    assert _title(page, "https://harbour.example.com/news/storm-road") == headline


@pytest.mark.parametrize(("lang", "site", "section", "headline"), [
    ("ru", "Официальный сайт администрации города Заречный", "Новости",
     "Дума утвердила новую транспортную схему для районов"),
    ("vi", "Cổng thông tin điện tử huyện Đông Anh", "Tin tức", "Huyện thông qua quy hoạch giao thông"),
])
def test_site_first_tab_with_the_site_in_a_title_block_keeps_the_h1(lang, site, section, headline):
    # "Site - Section - Headline", the site's name printed in a block named as a title, the <h1> in a hero
    # block apart from the text: the <h1>, no shorter than the site's name, is the headline.
    page = (f"<html lang='{lang}'><head><title>{site} - {section} - {headline}</title></head><body>"
            f"<div class='header-title'>{site}</div><div class='hero'><h1>{headline}</h1><img src='/a.jpg'>"
            "</div><aside><h3>Most read</h3><ul><li><a href='/a'>Other story</a></li></ul></aside>"
            f"<section><h3>Related</h3></section>{prose(5)}</body></html>")
    assert _title(page, "https://zarechny.example.ru/news/2026/12/03/shema") == headline


@pytest.mark.parametrize(("lang", "site", "headline"), [
    ("vi", "Cổng thông tin điện tử huyện Đông Anh",
     "Hội đồng nhân dân huyện thông qua quy hoạch giao thông mới"),
    ("zh", "某县人民政府网", "县人大常委会审议通过新的公共交通规划"),
])
def test_blogger_name_colon_headline(lang, site, headline):
    # Blogger's tab title "Blog name: Headline" (the colon set close to the name), the blog's name in the
    # header's <h1>, the post's title in an <h3> linked to the page itself.
    url = "https://huyen.example.com/2026/12/quy-hoach.html"
    page = (f"<html lang='{lang}'><head><title>{site}: {headline}</title></head><body><div class='Header'>"
            f"<h1 class='title'>{site}</h1></div><div class='post hentry'><h3 class='post-title entry-title'>"
            f"<a href='{url}'>{headline}</a></h3><div class='post-body'>{prose(5)}</div></div></body></html>")
    assert _title(page, url) == headline


def test_kicker_h1_before_a_colon_gives_the_printed_headline():
    # Guard: an <h1> that opens the tab title before a colon and a headline printed below it in an <h2>.
    headline = "Council approves new transport plan after long debate"
    page = (f"<html lang='en'><head><title>Harbour: {headline}</title></head><body><header><h1>Harbour</h1>"
            f"</header><main><h2 class='entry-title'>{headline}</h2>{prose(5)}</main></body></html>")
    assert _title(page, "https://harbour.example.com/2026/12/plan.html") == headline

