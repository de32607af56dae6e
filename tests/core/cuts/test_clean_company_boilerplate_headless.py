"""A press release's closing paragraph about its issuer with no heading at all (the "About" heading an
image, or only a rule above it): "Acme is a global provider of ... Acme is headquartered in ...",
"Die Muster AG ist ein ... mit Sitz in ...", "Exemple est une société ... présente dans 12 pays".
Cut to the end (core.cuts.company_boilerplate._headless) when it opens with the company's name and what
it is, the company is named twice or more before it, and it holds profile facts of two kinds; a story's
closing line about the company (one fact, one sentence) stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "en": [
        "Northwind Logistics said on Tuesday it had signed a five-year contract to run the freight terminal "
        "at the new inland port, its largest deal since the company was formed.",
        "The contract covers customs clearance, storage and rail handling for up to 40,000 containers a "
        "year, Northwind said, and will create about 120 jobs at the site from the spring.",
        "“The port gives our customers a direct rail link to the coast,” the company's chief executive "
        "said, adding that the first trains would run in March after safety checks.",
        "Local officials welcomed the agreement, saying the terminal had stood half empty since it opened "
        "two years ago and that the new traffic would ease pressure on the motorway.",
    ],
    "de": [
        "Die Muster AG hat am Dienstag einen Großauftrag für die Ausrüstung von 40 Stadtwerken mit neuer "
        "Messtechnik erhalten, wie das Unternehmen in Stuttgart mitteilte.",
        "Der Auftrag umfasst die Lieferung und Wartung von rund 12.000 Zählern über fünf Jahre; Muster "
        "rechnet mit einem Umsatz von mehr als 30 Millionen Euro aus dem Geschäft.",
        "Die ersten Anlagen sollen im Frühjahr in Betrieb gehen, teilte ein Sprecher mit. Die Stadtwerke "
        "erhoffen sich davon genauere Abrechnungen und weniger Ausfälle im Netz.",
    ],
    "fr": [
        "Exemple Énergie a annoncé mardi la mise en service de sa plus grande unité de stockage par "
        "batteries, d'une capacité de 200 mégawattheures, près de Lyon.",
        "Selon Exemple, le site pourra alimenter l'équivalent de 40 000 foyers pendant deux heures aux "
        "heures de pointe et soulager le réseau régional lors des vagues de froid.",
        "La mise en service intervient après dix-huit mois de travaux, a précisé l'entreprise, qui prévoit "
        "trois autres sites du même type d'ici à la fin de l'année prochaine.",
    ],
    "es": [
        "Ejemplo Logística anunció el martes la apertura de un nuevo centro de distribución en Zaragoza, "
        "con una inversión de 45 millones de euros y 300 puestos de trabajo.",
        "El centro, de 60.000 metros cuadrados, dará servicio a clientes de toda la península, según "
        "explicó Ejemplo en un comunicado remitido a la prensa este martes.",
        "Las obras comenzarán en enero y la empresa prevé que la instalación esté operativa a finales del "
        "próximo año, tras obtener todas las licencias municipales necesarias.",
    ],
}

_PROFILES = {
    "en": ["Northwind Logistics is a global provider of freight and port services with a mission to make "
           "supply chains simpler and greener for its customers. Northwind is headquartered in Rotterdam, "
           "has subsidiaries in 18 countries and employs around 6,500 people worldwide."],
    "en-two-lines": ["Northwind Logistics is one of Europe's largest operators of inland terminals, founded "
                     "in 1987 and listed on Euronext Amsterdam since 2004.",
                     "For more information, visit www.northwind.example or follow the company on social "
                     "media for the latest news about its terminals and services."],
    "de": ["Die Muster AG ist ein führender Anbieter von Messtechnik für Energieversorger in Europa. Das "
           "Unternehmen mit Sitz in Stuttgart wurde 1962 gegründet und beschäftigt heute rund 1.800 "
           "Mitarbeiterinnen und Mitarbeiter in elf Ländern."],
    "fr": ["Exemple Énergie est une société spécialisée dans le stockage d'énergie et les réseaux "
           "intelligents. Fondée en 2009, l'entreprise emploie 900 collaborateurs et est présente dans 12 "
           "pays. Son siège est situé à Lyon."],
    "es": ["Ejemplo Logística es una empresa líder en servicios de transporte y almacenamiento en el sur de "
           "Europa. Fundada en 1994, cuenta con más de 4.000 empleados y tiene su sede en Madrid. Más "
           "información en www.ejemplo.example."],
}

_LANG = {"en": "en", "en-two-lines": "en", "de": "de", "fr": "fr", "es": "es"}


@pytest.mark.parametrize("kind", sorted(_PROFILES))
def test_a_headless_issuer_profile_at_the_end_is_cut(kind: str) -> None:
    story = _STORIES[_LANG[kind]]
    assert clean_text("\n".join([*story, *_PROFILES[kind]])) == "\n".join(story)


# The story's own closing lines about the company: kept.
_KEPT = {
    # one sentence, one fact: a news story's background line
    "one-sentence": ("en", "Northwind Logistics is a family-owned company that is headquartered in Rotterdam "
                           "and employs around 6,500 people across the continent, most of them drivers."),
    # two sentences but one kind of fact
    "one-fact": ("en", "Northwind Logistics is a private company controlled by its founding family. It is "
                       "headquartered in Rotterdam, where it moved from Antwerp in the nineties after a "
                       "dispute with the city over the lease of its old terminal."),
    # a company the story has not named before
    "other-company": ("en", "Contoso Freight is a global provider of freight services with a mission to "
                            "make shipping simpler. Contoso is headquartered in Seattle and employs around "
                            "3,000 people worldwide, the firm says."),
    # the story goes on after it for more than it
    "not-last": ("de", "Die Muster AG ist ein führender Anbieter von Messtechnik. Das Unternehmen mit "
                       "Sitz in Stuttgart beschäftigt 1.800 Mitarbeiter, gegründet 1962, sagte der Chef."),
}


@pytest.mark.parametrize("kind", sorted(_KEPT))
def test_the_storys_closing_lines_about_the_company_stay(kind: str) -> None:
    lang, line = _KEPT[kind]
    story = [*_STORIES[lang], line]
    if kind == "not-last":
        story += [_STORIES[lang][0].replace("Die Muster AG", "Der Konkurrent"),
                  _STORIES[lang][1].replace("Muster", "Der Konkurrent"),
                  _STORIES[lang][2].replace("Die ersten", "Weitere")] * 2
    assert clean_text("\n".join(story)) == "\n".join(story)
