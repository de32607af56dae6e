"""The labels of an author's link that name no one, in the languages of the news: "All Articles",
"Alle Artikel", "Mehr vom Autor", "Zur Autorenseite", "Profil anzeigen", "Tous ses articles", "Más
artículos", "Tutti gli articoli", "Alle artikelen", "Wszystkie artykuły", "View Profile".

Templates print them in an author box or a byline, capitalised as names are, beside the name or in
its place. Such a label gives way to the name in the slug of the author's page it links
(``cleaner.author.author_profiles``), else names no one (``cleaner.author.bylines``); a name before it is the
name ("Hans Müller Alle Artikel"). A label that names the person ("Alle Artikel von A") is a
byline's "by" (``cleaner.author.by_words.BY_PREFIX``), not this.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

# "see", "show", "read", "go to" before the label ("Voir tous ses articles", "Zobacz profil").
_VERB = (r"see|view|show|read|browse|go\s+to|visit|ver|mostrar|leer|voir|afficher|lire|vedi|leggi|"
         r"vai\s+a[li]?|mostra|bekijk|lees|toon|zobacz|czytaj|pokaż|lesen|zeige?")
# "all", "more", "other" ("Alle", "Tous ses", "Más", "Tutti gli", "Wszystkie", "Weitere").
_SOME = (r"all(?:\s+the)?|more|other|his|her|their|alle|mehr|weitere|andere|tous(?:\s+(?:ses|les))?|"
         r"toutes(?:\s+(?:ses|les))?|plus\s+d['’]|d['’]autres|autres|ses|tod[oa]s(?:\s+(?:sus|l[oa]s|[oa]s|"
         r"seus|suas))?|m[áa]s|mais|otr[oa]s|outr[oa]s|sus|tutt[ie](?:\s+(?:gli|le|i))?(?:\s+(?:suoi|sue))?|"
         r"altr[ie]|meer|andere|wszystkie|więcej|pozostałe|inne|jego|jej|"
         # ... in Czech, Swedish, Danish and Norwegian, Romanian, Russian, Turkish, Hungarian
         r"všechny|další|alla|fler|flere|toate|все|другие|tüm|diğer|további|összes")
# What the author wrote: articles, posts, stories, news, in those languages.
_WRITINGS = (r"articles?|posts?|stories|news|columns?|artikel|beitr[äa]ge|berichte|texte|kolumnen|"
             r"art[íi]culos|noticias|not[íi]cias|entradas|publicaciones|publica[çc][õo]es|artigos|"
             r"articoli|notizie|artikelen|berichten|artykuł(?:y|ów)|wpisy|wpisów|teksty|tekstów|"
             r"články|článků|artiklar|artikler|articolele|articole|статьи|материалы|публикации|новости|"
             r"yazıları|haberleri|makaleleri|cikkek|cikkei")
# A profile or the author's page: alone as one word that says whose ("Autorenseite", "Author page"),
# else with a verb, a possessive or "of the author" ("View Profile", "Son profil", "Profil anzeigen"):
# "Page" alone is as much a surname ("Jimmy Page").
_OWN_PAGE = r"autorenprofil|autorenseite|author(?:'s)?\s+(?:page|profile|bio)|autorenbiografie"
_PAGE = (r"profile|bio(?:graphy)?|page|profil|profilseite|perfil|profilo|profiel|pagina|página|biografie|"
         r"biografia|biographie")
# "of the author", "from this author" after the label, or its verb where German and Dutch set it last.
_OF_AUTHOR = (r"(?:of|by|from)\s+(?:the|this)\s+author|des\s+autors|der\s+autorin|dieses\s+autors|"
              r"diese[rs]\s+autorin|vom\s+autor|von\s+(?:diesem|dem)\s+autor|de\s+l['’]auteur|"
              r"de\s+cet(?:te)?\s+aut(?:eur|rice)|del\s+autor|de\s+este\s+autor|do\s+autor|da\s+autora|"
              r"dell['’]autore|di\s+questo\s+autore|van\s+(?:de|deze)\s+auteur|autora|tego\s+autora|"
              r"autorului|автора")
_LAST_VERB = r"anzeigen|lesen|ansehen|bekijken|lezen"
# "his profile", "son profil", "zijn profiel", "zum Profil"; an article only before "of the author"
# ("Le profil de l'auteur", "El perfil del autor"): "Le Page" is a surname.
_WHOSE = r"his|her|their|my|son|sa|su|seu|mijn|zijn|haar|zum|zur"
_ARTICLE = r"the|le|la|el|il|o|lo|das|de|het"
# "more from the author", "about the author" and their like, the author named by the word alone.
_OF_THE_AUTHOR = (r"more\s+(?:from|by)\s+(?:the|this)\s+author|about\s+the\s+author|mehr\s+vom\s+autor|"
                  r"mehr\s+von\s+(?:diesem|dem|der)\s+autor(?:in)?|mehr\s+zum\s+autor|über\s+(?:den|die)\s+"
                  r"autor(?:in)?|zu[mr]\s+autor(?:in)?|"
                  r"plus\s+de\s+cet(?:te)?\s+aut(?:eur|rice)|à\s+propos\s+de\s+l['’]auteur|"
                  r"m[áa]s\s+del\s+autor|sobre\s+el\s+autor|sobre\s+o\s+autor|mais\s+do\s+autor|"
                  r"altro\s+dall['’]autore|meer\s+van\s+(?:de|deze)\s+auteur|over\s+de\s+auteur|"
                  r"więcej\s+od\s+autora|o\s+autorze|"
                  # "follow" alone, a button beside the name
                  r"follow|folgen|suivre|seguir|segui|volg|obserwuj|sledovat|följ|følg|подписаться")
# "Read more", "Ver más", "Zobacz więcej", "Leggi tutti", "Mehr lesen", "Weiterlesen": a button after
# the name ("more" alone may be a name's word: "Hans Mehr").
_READ_MORE = (rf"(?:{_VERB})\s+(?:more|m[áa]s|mais|więcej|tutt[io]|meer|plus|mehr)|"
              r"(?:mehr|meer|plus)\s+(?:anzeigen|lesen|lezen|bekijken|lire|voir)|weiterlesen")
_TAIL = rf"(?:\s+(?:{_OF_AUTHOR}))?(?:\s+(?:{_LAST_VERB}))?"
_LABEL = (rf"(?:(?:{_VERB})\s+)?(?:(?:{_SOME})\s*(?:{_WRITINGS}){_TAIL}|(?:{_WRITINGS})\s+(?:{_OF_AUTHOR})|"
          rf"(?:(?:{_WHOSE})\s+)?(?:{_OWN_PAGE}){_TAIL})|"
          rf"(?:{_VERB})\s+(?:(?:{_WHOSE}|{_ARTICLE})\s+)?(?:{_PAGE}){_TAIL}|"
          rf"(?:(?:{_WHOSE}|{_ARTICLE})\s+)?(?:{_PAGE})\s+(?:{_OF_AUTHOR}|{_LAST_VERB})|"
          rf"(?:{_WHOSE})\s+(?:{_PAGE})|{_OF_THE_AUTHOR}|{_READ_MORE}")
# The whole text is a label (an arrow or a colon after it: "Alle Artikel »", "Zur Autorenseite →").
LINK_LABEL = re.compile(rf"^\s*(?:{_LABEL})\s*[»›→>:.]*\s*$", re.IGNORECASE)
# ... or a label after the name, in capitals as the name is ("Hans Müller Alle Artikel").
_TRAILING_LABEL = re.compile(rf"\s+(?:{_LABEL})\s*[»›→>:.]*\s*$", re.IGNORECASE)


def is_link_label(text: str) -> bool:
    """``text`` is an author's link's label, no name: "Alle Artikel", "Zur Autorenseite"."""
    return bool(LINK_LABEL.match(text))


def without_label(text: str) -> str:
    """``text`` without the label after its name ("Hans Müller Alle Artikel" is "Hans Müller"), or
    nothing where it is all label ("Alle Artikel")."""
    if " " not in text.strip():
        return text
    return "" if LINK_LABEL.match(text) else _TRAILING_LABEL.sub("", text)


# "More", a button after the name in a byline or an author box, in the languages of the news (as one word
# or two): "Mehr", "Plus", "Más", "Mais", "Meer", "Więcej", "Altro", "Více", "Viac", "Več", "Više",
# "Mer", "Flere", "Lisää", "Több", "Tovább", "Ещё", "Больше", "Більше", "Περισσότερα", "Thêm", "Lainnya".
_MORE = re.compile(
    r"\s+(more|mehr|plus|m[áa]s|mais|meer|więcej|altro|altri|di\s+più|více|viac|več|više|mer|flere|lisää|"
    r"több|tovább|mai\s+mult|daha\s+fazla|ещё|еще|больше|більше|ще|περισσότερα|thêm|xem\s+thêm|lainnya|"
    r"selengkapnya)$", re.IGNORECASE)
# A text of its own that is that word, perhaps with an arrow or a plus ("Mehr »", "Plus +").
_ALONE = XPath("//body//text()[string-length(normalize-space()) <= $length + 2 and "
               "starts-with(translate(normalize-space(), $upper, $lower), $word)]")
_HOLDING = XPath("//body//text()[contains(normalize-space(), $name)]")


def _alone(tree, word: str) -> bool:
    """``word`` is a text of its own on the page, perhaps with an arrow or a plus after it."""
    texts = _ALONE(tree, length=len(word), word=word.casefold(), upper=word.upper(), lower=word.casefold())
    return any(re.fullmatch(rf"{re.escape(word)}\W*", text.strip(), re.IGNORECASE) for text in texts)


def without_more_button(tree, names: list[str]) -> list[str]:
    """``names`` without a "more" button's word a byline's text glued to the name ("Hans Müller Mehr"
    from "<a>Hans Müller</a> <a>Mehr</a>"): where the word is a text of its own on the page and no text
    of the page holds the name with it ("Anna Maria Mehr" written whole is a name); a name of two
    words or more is left."""
    kept = []
    for name in names:
        if (more := _MORE.search(name)) and len(name[:more.start()].split()) >= 2 \
                and _alone(tree, more[1]) \
                and not _HOLDING(tree, name=name) \
                and not any(name in (meta.get("content") or "") for meta in tree.iter("meta")):
            name = name[:more.start()]
        kept.append(name)
    return kept
