"""A body whose rest is collapsed behind "Read more" (a block hidden by its style after the first
paragraphs): the fast pass keeps the first paragraphs alone, the container's second reading the whole article
(cleaner.body.hidden.collapsed_rest: cleaner.body.recall counts the hidden rest as the container's prose)."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

ENGLISH = article_lines(12)
INDONESIAN = article_lines(12, "id")
PORTUGUESE = article_lines(12, "pt")


def _page(lines: list[str], hiding: str, button: str) -> str:
    shown = "".join(f"<p>{line}</p>" for line in lines[:3])
    rest = "".join(f"<p>{line}</p>" for line in lines[3:])
    return ("<html><head><title>Council passes the budget</title></head><body><nav><a href='/'>Home</a></nav>"
            "<main><article><h1>Council passes the budget</h1><div class='article-body'>"
            f"{shown}<div class='article-rest' {hiding}>{rest}</div><button>{button}</button>"
            "</div></article></main><footer><p>About us</p></footer></body></html>")


def test_the_collapsed_rest_of_the_body_is_read() -> None:
    cases = {
        "display: none": (ENGLISH, "style='display: none'", "Read more"),
        "visibility: hidden": (INDONESIAN, "style='visibility:hidden;height:0'", "Baca selengkapnya"),
        "display: none, important": (PORTUGUESE, "style='display:none !important'", "Continuar a ler"),
    }
    for why, (lines, hiding, button) in cases.items():
        assert extract(_page(lines, hiding, button)).text.split("\n") == lines, why


def test_paragraphs_hidden_alone_or_a_hidden_block_before_the_body_stay_out() -> None:
    hidden_alone = "".join(f"<p style='display:none'>{line}</p>" if n % 2 else f"<p>{line}</p>"
                           for n, line in enumerate(ENGLISH))
    page = ("<html><body><main><article><h1>Council passes the budget</h1>"
            f"<div class='article-body'>{hidden_alone}</div></article></main></body></html>")
    assert extract(page).text.split("\n") == ENGLISH[::2]
    # A hidden block with no prose before it (a dialog, a copy for another screen) is not the rest.
    dialog = "".join(f"<p>{line}</p>" for line in INDONESIAN[:6])
    page = ("<html><body><main><article><h1>Council passes the budget</h1><div class='article-body'>"
            f"<div class='dialog' style='display:none'>{dialog}</div>"
            + "".join(f"<p>{line}</p>" for line in ENGLISH[:3]) + "</div></article></main></body></html>")
    assert extract(page).text.split("\n") == ENGLISH[:3]


def test_a_rest_hidden_from_screen_readers_until_it_opens_is_read() -> None:
    """An expander that sets ``aria-hidden="true"`` on the rest until its button opens it: the precision
    pass drops such blocks, bare trafilatura's balanced pass reads them."""
    button = "<button aria-expanded='false' aria-controls='rest'>Read more</button>"
    for lines, names in ((ENGLISH, "class='article-rest' id='rest'"), (INDONESIAN, "class='expandable'")):
        assert extract(_page(lines, f"{names} aria-hidden='true'", button)).text.split("\n") == lines


def test_hidden_from_screen_readers_a_copy_a_dialog_or_a_page_block_is_no_rest() -> None:
    shown = "".join(f"<p>{line}</p>" for line in ENGLISH[:4])
    # a copy of the body for another screen, hidden from screen readers
    copy = "".join(f"<p>{line}</p>" for line in ENGLISH[:4])
    page = ("<html><body><main><article><h1>Council passes the budget</h1><div class='article-body'>"
            f"{shown}<div class='print-copy' aria-hidden='true'>{copy}</div>"
            "</div></article></main></body></html>")
    assert extract(page).text.split("\n") == ENGLISH[:4]
    # a dialog of prose after the body (a sign-up box, a cookie notice), by its role or its name
    for names in ("role='dialog'", "class='newsletter-modal'", "id='cookie-consent'"):
        dialog = "".join(f"<p>{line}</p>" for line in INDONESIAN[:5])
        page = ("<html><body><main><article><h1>Council passes the budget</h1><div class='article-body'>"
                f"{shown}<div {names} aria-hidden='true'>{dialog}</div></div></article></main></body></html>")
        assert extract(page).text.split("\n") == ENGLISH[:4], names
