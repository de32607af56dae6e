"""The site's keys a title segment is matched against (cleaner.sitenames)."""

from __future__ import annotations

from cleaner.sitenames import site_keys


def test_site_name_under_a_second_level_domain() -> None:
    assert "entermedia" in site_keys(None, "http://entermedia.co.kr/news/view.html?idx=1")
    assert "folha" in site_keys(None, "https://www1.folha.com.br/mundo/2024/03/x.shtml")
