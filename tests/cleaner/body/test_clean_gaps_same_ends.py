"""Paragraphs after an embedded video that open or close with the same words as a kept one
(cleaner.body.gaps._already_in).

The precision pass drops the paragraphs set as ``<div>``s of text after an embedded player; gaps puts
them back. A wire story closes several paragraphs with the same attribution ("..., a spokesman for the
council said on Monday."), and a Vietnamese outlet opens several with its source ("Theo thông tin từ Sở
Giao thông vận tải Hà Nội, ..."): such a paragraph is no copy of the kept one, and comes back. Guards:
a paragraph the text holds broken over lines by ``<br>``, or without its formulas, stays out.
"""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.containers import container_of, first_kept_paragraph
from cleaner.body.gaps import with_dropped_paragraphs
from cleaner.extract import extract

PLAYER = "<div class='embed-container'><iframe src='https://www.youtube.com/embed/x1'></iframe></div>"


def _restored(page: str, kept: list[str]) -> list[str]:
    tree = lxml_html.fromstring(page)
    text = "\n".join(kept)
    return with_dropped_paragraphs(container_of(first_kept_paragraph(tree, text)), text).split("\n")


def _page(title: str, kept: list[str], dropped: list[str], after: list[str]) -> str:
    return (f"<html><body><article><h1>{title}</h1><div class='story-text'>"
            + "".join(f"<p>{p}</p>" for p in kept) + PLAYER + "".join(f"<div>{p}</div>" for p in dropped)
            + "".join(f"<p>{p}</p>" for p in after) + "</div></article></body></html>")


SAID = ", a spokesman for the regional council said on Monday evening."
EN_KEPT = ["Schools across the coastal district will stay open on Tuesday despite the storm warning issued "
           "by the weather service late on Sunday night.",
           "Buses will run on a reduced timetable and parents may keep "
           "children at home without giving a reason"
           + SAID,
           "The warning covers the whole coast from the harbour to the northern cliffs until Wednesday noon."]
EN_DROPPED = ["Crews have cleared the drains along the river road and "
              "sandbags are stacked at the old fire station"
              + SAID,
              "Teachers who live outside the district were told to work from home if the ferries stop running"
              + SAID]
EN_AFTER = ["The storm is expected to reach the coast in the early "
            "hours of Tuesday, with gusts near 120 km/h."]

SOURCE = "Theo thông tin từ Sở Giao thông vận tải Hà Nội, "
VI_KEPT = [SOURCE + "từ ngày 5/12, các phương tiện đi qua nút giao Kim Liên "
                    "sẽ được phân luồng để thi công hầm.",
           "Lực lượng cảnh sát giao thông sẽ túc trực tại các điểm nóng "
           "vào giờ cao điểm sáng và chiều mỗi ngày.",
           "Người dân được khuyến cáo nên chọn lộ trình khác để tránh "
           "ùn tắc kéo dài trong thời gian thi công."]
VI_DROPPED = [SOURCE + "xe buýt các tuyến 23, 34 và 49 cũng sẽ điều chỉnh lộ trình trong suốt ba tháng tới.",
              "Dự án hầm chui dự kiến hoàn thành vào quý II năm sau, với tổng mức đầu tư gần 700 tỷ đồng."]
VI_AFTER = ["Trước đó, thành phố đã tổ chức lấy ý kiến người dân về "
            "phương án phân luồng tại các quận lân cận."]

ES_OPEN = "Según fuentes del Ministerio de Sanidad consultadas por este diario, "
ES_KEPT = [ES_OPEN + "la campaña de vacunación de la gripe empezará el 15 "
                     "de octubre en todas las comunidades.",
           "Los mayores de sesenta años y el personal sanitario serán "
           "los primeros en recibir la dosis este año.",
           "Las farmacias podrán vender los test de antígenos sin "
           "receta durante toda la temporada de invierno."]
ES_DROPPED = [ES_OPEN + "el Gobierno ha comprado doce millones de dosis, un "
                        "diez por ciento más que el año pasado.",
              "Las comunidades autónomas decidirán si amplían la vacunación a "
              "los niños de entre seis meses y cinco años."]
ES_AFTER = ["El consejo interterritorial se reunirá de nuevo a finales de "
            "mes para revisar los datos de la campaña."]

CASES = {"en": ("Schools stay open as storm nears", EN_KEPT, EN_DROPPED, EN_AFTER),
         "vi": ("Hà Nội phân luồng giao thông", VI_KEPT, VI_DROPPED, VI_AFTER),
         "es": ("La campaña de la gripe empezará en octubre", ES_KEPT, ES_DROPPED, ES_AFTER)}


def test_paragraphs_after_a_video_sharing_an_opening_or_ending_come_back() -> None:
    for lang, (title, kept, dropped, after) in CASES.items():
        page = _page(title, kept, dropped, after)
        assert _restored(page, kept + after) == kept + dropped + after, lang


def test_the_whole_story_is_extracted() -> None:
    for lang, (title, kept, dropped, after) in CASES.items():
        text = extract(_page(title, kept, dropped, after)).text
        for paragraph in dropped:
            assert text.count(paragraph) == 1, (lang, paragraph)


def _one_dropped(title: str, block: str) -> str:
    kept = "".join(f"<p>{p}</p>" for p in EN_KEPT)
    after = "".join(f"<p>{p}</p>" for p in EN_AFTER)
    return (f"<html><body><article><h1>{title}</h1><div class='story-text'>{kept}{PLAYER}{block}{after}"
            "</div></article></body></html>")


def test_a_paragraph_the_text_holds_over_lines_or_without_formulas_stays_out() -> None:
    broken = ("Crews have cleared the drains along the river road",
              "and sandbags are stacked at the old fire station near the harbour, the council said.")
    kept = [*EN_KEPT, *broken, *EN_AFTER]
    assert _restored(_one_dropped("Storm", f"<div>{broken[0]}<br>{broken[1]}</div>"), kept) == kept
    formula = ("In this section the conjugate transpose of the matrix A {\\displaystyle A} is written as "
               "A H {\\displaystyle A^{H}} and the transpose as A T {\\displaystyle A^{T}} throughout.")
    plain = ("In this section the conjugate transpose of the matrix is written as and the transpose as "
             "throughout.")
    kept = [*EN_KEPT, plain, *EN_AFTER]
    assert _restored(_one_dropped("Matrices", f"<div>{formula}</div>"), kept) == kept
