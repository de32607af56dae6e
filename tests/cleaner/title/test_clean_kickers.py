"""Kickers and labels around a headline in a sharing or tab title (cleaner.title.kickers), in the forms
news sites use across languages, and the headlines that only look like one."""

from __future__ import annotations

import pytest

from cleaner.title.kickers import is_label, strip_kicker

HEADLINE = "Council approves new budget for harbour repairs"


@pytest.mark.parametrize(("title", "headline"), [
    (f"EXCLUSIVE: {HEADLINE}", HEADLINE),
    (f"Live: {HEADLINE}", HEADLINE),
    (f"LIVE {HEADLINE}", HEADLINE),
    (f"Breaking News: {HEADLINE}", HEADLINE),
    (f"Analysis | {HEADLINE}", HEADLINE),
    (f"WATCH - {HEADLINE}", HEADLINE),
    (f"{HEADLINE} (VIDEO)", HEADLINE),
    (f"{HEADLINE} [+PHOTOS]", HEADLINE),
    (f"{HEADLINE} - live updates", HEADLINE),
    (f"UPDATE: {HEADLINE} (VIDEO)", HEADLINE),
    ("EN DIRECT - Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("VIDÉO. Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("RÉCIT. Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("INFO QUAI. Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("Liveticker: Stadtrat beschließt den Hafenhaushalt", "Stadtrat beschließt den Hafenhaushalt"),
    ("Kommentar: Der Hafen braucht mehr als Geld", "Der Hafen braucht mehr als Geld"),
    ("EN VIVO | El Congreso aprueba la reforma del puerto", "El Congreso aprueba la reforma del puerto"),
    ("AO VIVO: Governo aprova reforma do porto", "Governo aprova reforma do porto"),
    ("VIDEO | Il governo approva la riforma del porto", "Il governo approva la riforma del porto"),
    ("NA ŻYWO: Rząd przyjął reformę portu w Gdańsku", "Rząd przyjął reformę portu w Gdańsku"),
    ("ВИДЕО: Госдума приняла закон о кибербезопасности", "Госдума приняла закон о кибербезопасности"),
    ("Son dakika: Meclis liman reformunu kabul etti", "Meclis liman reformunu kabul etti"),
    ("[단독] 항만 예산 시의회 통과 후 첫 공사 시작", "항만 예산 시의회 통과 후 첫 공사 시작"),
    ("(LEAD) Council approves harbour budget after long dispute",
     "Council approves harbour budget after long dispute"),
    ("【独自】港の再生計画、市議会が予算を承認", "港の再生計画、市議会が予算を承認"),
])
def test_label_before_or_after_the_headline_is_cut(title: str, headline: str) -> None:
    assert strip_kicker(title) == headline


@pytest.mark.parametrize("title", [
    "Review: A harbour opera that sinks without trace",  # a review's headline says so itself
    "Live Nation sues the harbour council over concert ban",  # a name, not a label
    "Live-action remake of the harbour saga gets a date",
    "Watch out for the harbour tolls rising in spring",
    "Video games: the harbour town that plays all night",
    "NASA: Moon mission delayed again",  # an acronym that is the subject
    "(Un)happy returns: the harbour reopens",
    "LIVE: Storm",  # nothing left that reads as a headline
    "Harbour budget: what happens next - and why",
    "Storm hits the coast - direct flights cancelled",
])
def test_headline_that_only_looks_like_a_label_stays(title: str) -> None:
    assert strip_kicker(title) == title


def test_label_alone_is_a_badge() -> None:
    assert is_label("LIVE") and is_label(" Exclusive: ") and is_label("VIDÉO")
    assert not is_label("Live Nation") and not is_label("Harbour")


@pytest.mark.parametrize(("title", "headline"), [
    (f"{HEADLINE} - Page 2", HEADLINE),
    (f"{HEADLINE} | Page 2 of 3", HEADLINE),
    (f"{HEADLINE} (Page 2)", HEADLINE),
    ("Stadtrat beschließt den Hafenhaushalt - Seite 3 von 4", "Stadtrat beschließt den Hafenhaushalt"),
    ("El Congreso aprueba la reforma del puerto, Página 2", "El Congreso aprueba la reforma del puerto"),
    ("Rada miasta przyjęła budżet portu - Strona 2", "Rada miasta przyjęła budżet portu"),
    ("Горсовет утвердил бюджет порта - Страница 2", "Горсовет утвердил бюджет порта"),
    # Indonesian portals set the page after the headline with no separator; "all": the whole story.
    ("Dewan Kota Setujui Anggaran Pelabuhan Halaman all", "Dewan Kota Setujui Anggaran Pelabuhan"),
    ("Dewan Kota Setujui Anggaran Pelabuhan Halaman 2", "Dewan Kota Setujui Anggaran Pelabuhan"),
])
def test_the_page_of_a_story_split_in_pages_is_cut(title: str, headline: str) -> None:
    assert strip_kicker(title) == headline


@pytest.mark.parametrize("title", ["The Dark Side 2 trailer is here", "Page 2 of the report is missing",
                                   "Readers turn the page 2 years on"])
def test_a_page_word_in_the_headline_stays(title: str) -> None:
    assert strip_kicker(title) == title


@pytest.mark.parametrize(("title", "headline"), [
    (f"🔴 LIVE: {HEADLINE}", HEADLINE),
    (f"▶ VIDEO: {HEADLINE}", HEADLINE),
    ("🔴 EN DIRECT - Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("+++ Eilmeldung +++ Stadtrat beschließt den Hafenhaushalt", "Stadtrat beschließt den Hafenhaushalt"),
    ("Liveticker +++ Stadtrat beschließt den Hafenhaushalt", "Stadtrat beschließt den Hafenhaushalt"),
    ("EN IMAGES. Le conseil approuve le budget du port", "Le conseil approuve le budget du port"),
    ("Son dakika! Meclis yeni bütçeyi kabul etti", "Meclis yeni bütçeyi kabul etti"),
    (f"{HEADLINE}: live updates", HEADLINE),
    (f"{HEADLINE} – as it happened", HEADLINE),
])
def test_a_label_behind_a_marker_or_after_a_colon_is_cut(title: str, headline: str) -> None:
    assert strip_kicker(title) == headline


@pytest.mark.parametrize("title", [f"🔴 {HEADLINE}", "Brexit: what happens next", "Live! Storm hits",
                                   f"{HEADLINE}: what the vote means"])
def test_a_marker_or_colon_without_a_label_stays(title: str) -> None:
    assert strip_kicker(title) == title
