"""A Blogger-style post whose text is set with <br> and no <p>: the extraction takes the page's wider
block and reads the sidebar's "Popular Posts" widget (each title's snippet) after the story. The
text's last lines that the article's block does not hold and that one block named a sidebar or a
widget outside it holds go (cleaner.body.related_lists._without_sidebar_tail); the
story quoted in a widget and lines found in no sidebar stay."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

URL = "https://kabarkota.blogspot.com/2026/12/bantuan-air-bersih.html"
STORY = {
    "id": ["Pemerintah kabupaten menyalurkan bantuan air bersih ke lima desa yang dilanda kekeringan sejak "
           "bulan Juni, dengan total lebih dari dua ratus ribu liter air.",
           "Kepala dinas sosial mengatakan penyaluran akan dilakukan dua kali sepekan hingga musim hujan "
           "tiba dan sumur warga kembali terisi.",
           "Warga mengaku selama ini harus berjalan lebih dari tiga kilometer untuk mendapatkan air dari "
           "sungai yang airnya mulai keruh."],
    "sw": ["Serikali ya kaunti imetangaza mpango mpya wa kusambaza maji safi katika vijiji vitano "
           "vilivyoathiriwa zaidi na ukame uliodumu kwa zaidi ya miezi sita.",
           "Akizungumza na waandishi wa habari, waziri wa maji alisema visima kumi vipya vitachimbwa "
           "kabla ya mwisho wa mwezi Januari mwaka ujao.",
           "Wakazi walisema wamekuwa wakitembea zaidi ya kilomita kumi kila siku kutafuta maji kwa "
           "ajili ya familia zao na mifugo."],
}
POPULAR = ["Jalan desa rusak parah setelah hujan deras", "Harga cabai naik menjelang akhir tahun",
           "Tim sepak bola lokal juara turnamen antar kecamatan"]


def _widget(cls: str = "widget PopularPosts") -> str:
    items = "".join(f"<li><div class='item-title'><a href='/2026/11/p{n}.html'>{t}</a></div>"
                    f"<div class='item-snippet'>{t}, simak selengkapnya di dalam artikel ini...</div></li>"
                    for n, t in enumerate(POPULAR))
    return (f"<div class='{cls}'><h2>Popular Posts</h2><div class='widget-content'><ul>{items}</ul></div>"
            "</div>")


def _page(lang: str, after_story: str = "", side: str | None = None, in_post: str = "") -> str:
    text = "<br><br>".join(STORY[lang])
    side = _widget() if side is None else side
    return (f"<html lang='{lang}'><head><title>Kabar Kota</title></head><body><header><a href='/'>Kabar "
            "Kota</a></header><div id='content' class='site-content'><div class='main section'>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Bantuan air bersih untuk lima "
            f"desa</h3><div class='post-body entry-content'>{text}{in_post}</div>"
            "<div class='post-footer'>Posted by Rizky at 9:30 AM</div></div></div>"
            f"{after_story}<div class='sidebar section'>{side}</div></div><footer>© 2026</footer>"
            "</body></html>")


@pytest.mark.parametrize("lang", ["id", "sw"])
def test_sidebar_widget_after_story_goes(lang):
    text = extract(_page(lang), url=URL).text
    assert STORY[lang][0] in text and STORY[lang][-1] in text
    assert "selengkapnya" not in text and "Popular Posts" not in text


def test_story_quoted_in_a_widget_stays():
    # Guard: a "Featured post" widget quoting the story's last paragraph: the story's lines are its own.
    featured = f"<div class='widget FeaturedPost'><h2>Featured Post</h2><p>{STORY['id'][-1]}</p></div>"
    text = extract(_page("id", side=featured), url=URL).text
    assert all(paragraph in text for paragraph in STORY["id"])


def test_lines_in_no_sidebar_stay():
    # Guard: the same list in a block named neither a sidebar nor a widget is left to the other rules.
    plain = _widget(cls="box").replace("widget-content", "box-content")
    page = _page("id", side="").replace("<div class='sidebar section'></div>",
                                        f"<div class='more'>{plain}</div>")
    text = extract(page, url=URL).text
    assert STORY["id"][-1] in text and "Harga cabai naik menjelang akhir tahun, simak" in text
