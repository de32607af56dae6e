"""A press release's "About <Company>" boilerplate at the end of its text: not the story.

Wire services (PR Newswire, Business Wire, GlobeNewswire, dpa-AFX's news aktuell) and companies'
newsrooms close a release with a paragraph about its issuer, often with no heading of its own in the
page (a bold run, a ``<br>``): "About Acme Corp: Acme is a leading provider of ...", "About Acme Corp"
on its line with the description after it, "Über die Acme GmbH", "À propos d'Acme", "Acerca de Acme",
"Over Acme", "Om Acme". trafilatura keeps it as the body's last paragraphs.

Cut from such an opening to the end when all of this holds (else nothing changes):
- it is among the text's last few lines, in its second half by words, and what follows it is short
  (a second issuer's paragraph, the media contact);
- "About" (or its equivalent) is followed by a name (its first word capitalised; "About 300 people",
  "About a year ago", "About this rating" are the story's) of a few words, then a colon or a dash,
  a new line, the name again ("About Acme Corp Acme is ..."), or a full stop where the description
  names the company again, by a word of its name or its kind ("About Acme. Founded in 1998, Acme ...",
  "Über die Muster AG. Das Unternehmen ...");
- the description calls the company something in the present tense within its first words ("is a
  leading provider", "ist ein Anbieter", "est une société", "es una empresa", "offers", "bietet").

The issuer's paragraph with no heading at all (the heading an image, or a rule above it) is cut too
(``_headless``) when it opens with the name and what the company is ("Acme is a global provider ...",
"Die Muster AG ist ein ...", "Exemple est une société ..."), the company is named twice or more in the
story before it, it is one of the last 3 lines, of two sentences or more and 25 words or more, and it
holds company-profile facts of two kinds (its seat, its staff, its offices abroad, its listing, its
founding, its mission, its website): a story's closing line about the company states one fact.
"""

from __future__ import annotations

import re

# The about-paragraph and what follows it: at most this many lines and words.
_MAX_TAIL_LINES = 8
_MAX_TAIL_WORDS = 450
_MAX_NAME_WORDS = 8
_DESCRIPTION_WORDS = 40
# Cheap look: a line that may open the boilerplate starts with one of these (as written; the
# opener's own match below is case-blind, "ABOUT ACME" included).
_STARTS = ("About ", "ABOUT ", "Über ", "ÜBER ", "À propos ", "A propos ", "À PROPOS ", "A PROPOS ",
           "Acerca de ", "ACERCA DE ", "Sobre ", "SOBRE ", "Informazioni su ", "A proposito di ",
           "Over ", "OVER ", "Om ", "OM ")
# The opener, then an article or a preposition's elision before the name.
_OPENER = re.compile(
    r"^(?:about|über|à propos|a propos|acerca|sobre|informazioni su|a proposito|over|om)"
    r"(?:\s+(?:de\s+|di\s+)?(?:the|die|der|das|den|la|le|les|el|il|lo|a|o)\s+|\s+(?:d|de l|dell)['’]\s*|"
    r"\s+(?:de|di)\s+|\s+)", re.IGNORECASE)
# A company named by its kind instead of its name ("About the company", "Über das Unternehmen").
_COMPANY_NOUN = re.compile(r"^(?:company|firm|unternehmen|société|entreprise|groupe|empresa|compañía|"
                           r"companhia|azienda|società|gruppo|bedrijf|onderneming|företaget|selskabet|"
                           r"selskapet)\b", re.IGNORECASE)
_CONNECTORS = frozenset(("of", "and", "for", "the", "und", "für", "der", "de", "du", "des", "et", "y", "e",
                         "del", "della", "di", "van", "von", "la", "le", "el", "och", "og", "en"))
_SEPARATOR = re.compile(r"\s*(?::|：|\s[—–-])\s*")
# Present tense about the issuer, in the languages of the wires: a copula with what the company is,
# or what it does.
_PRESENT = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the|one|now|headquartered|based|listed|traded|dedicated|committed|focused|"
    r"owned|known|recognized|recognised|trusted|building|transforming|on a mission)\b|"
    r"\b(?:provides|offers|develops|operates|delivers|helps|enables|designs|manufactures|serves|"
    r"specializes|specialises|empowers|builds|creates|makes|produces|supplies|owns|manages|employs)\b|"
    r"\b(?:ist|sind)\s+(?:ein|eine|einer|der|die|das|seit|teil|führend|weltweit|spezialisiert|"
    r"marktführer|anbieter|hersteller)\b|\b(?:bietet|entwickelt|betreibt|beschäftigt|vertreibt|"
    r"unterstützt|produziert)\b|mit sitz in|hat (?:ihren|seinen) sitz|"
    r"\b(?:est|sont)\s+(?:un|une|le|la|les|l['’]|leader|spécialisée?|présente?|cotée?|basée?|"
    r"implantée?|aujourd['’]hui)|\b(?:propose|développe|accompagne|fournit|conçoit|emploie|compte)\b|"
    r"\b(?:es|son)\s+(?:un|una|uno|el|la|líder|especialista)\b|\b(?:ofrece|desarrolla|proporciona|opera|"
    r"cuenta con)\b|\b(?:é|são)\s+(?:um|uma|o|a|líder)\b|\b(?:oferece|desenvolve|fornece|atua)\b|"
    r"\b(?:è|sono)\s+(?:un|una|uno|il|la|l['’]|leader|tra|presente)|\b(?:offre|sviluppa|fornisce)\b|"
    r"\b(?:is|zijn)\s+(?:een|de|het)\b|\b(?:biedt|ontwikkelt|levert)\b|"
    r"\b(?:är|er)\s+(?:en|ett|et|ledande|førende|ledende)\b|"
    r"\b(?:founded|established) in\b|\bgegründet\b|\bfondée? en\b|\bfundad[ao] en\b|\bfondat[ao] nel\b|"
    r"\bopgericht in\b", re.IGNORECASE)


def cut_company_boilerplate(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without a press release's closing "About <Company>" paragraphs."""
    count = len(lines)
    if count < 3:
        return lines, words
    for index in range(max(2, count - _MAX_TAIL_LINES), count):
        if not lines[index].startswith(_STARTS):
            if index >= count - _HEADLESS_LINES and _headless(lines, words, index):
                return lines[:index], words[:index]
            continue
        tail_words = sum(len(w) for w in words[index:])
        before = sum(len(w) for w in words[:index])
        if tail_words <= _MAX_TAIL_WORDS and before >= tail_words and _opens_boilerplate(lines, index):
            return lines[:index], words[:index]
    return lines, words


def _opens_boilerplate(lines: list[str], index: int) -> bool:
    line = lines[index]
    opener = _OPENER.match(line)
    if opener is None:
        return False
    rest = line[opener.end():]
    if not rest or not (rest[0].isupper() or _COMPANY_NOUN.match(rest)):
        return False
    separator = _SEPARATOR.search(rest)
    if separator is not None and _is_name(rest[:separator.start()]):
        return _describes(rest[separator.end():])
    if _is_name(rest.rstrip(":：")):
        # The name alone on its line: the description is the next line.
        return index + 1 < len(lines) and _describes(lines[index + 1])
    if _run_in(rest):
        return True
    # The name again where a bold run or a line break ran into the description ("About Acme Corp Acme
    # is a leading ...").
    tokens = rest.split()
    again = next((j for j in range(1, min(len(tokens), _MAX_NAME_WORDS + 1)) if tokens[j] == tokens[0]), None)
    return again is not None and _is_name(" ".join(tokens[:again])) and _describes(" ".join(tokens[again:]))


# A run-in heading: the name, a full stop, the description ("About Acme. Acme is ...", "Über die Muster
# AG. Das Unternehmen ..."): the description names the company again, by a word of its name or its kind.
_FULL_STOP = re.compile(r"\.\s+")
_MAX_STOPS = 3
_MENTIONS_COMPANY = re.compile(r"\b(?:company|firm|unternehmen|firma|société|entreprise|groupe|empresa|"
                               r"compañía|companhia|azienda|società|gruppo|bedrijf|onderneming|företaget|"
                               r"selskabet|selskapet)\b", re.IGNORECASE)
_NAME_SUFFIXES = frozenset(("", "inc", "ltd", "co", "corp", "llc", "plc"))


def _run_in(rest: str) -> bool:
    """``rest`` (after the opener) is a name, a full stop and a description naming the company again."""
    for number, stop in enumerate(_FULL_STOP.finditer(rest)):
        if number >= _MAX_STOPS:
            break
        name, description = rest[:stop.start()], rest[stop.end():]
        if not _is_name(name):
            return False  # past the name: a sentence of the story's
        head = " ".join(description.split()[:_DESCRIPTION_WORDS])
        own = {token.strip(".,()&").lower() for token in name.split()} - _CONNECTORS - _NAME_SUFFIXES
        named = _MENTIONS_COMPANY.search(head) or any(
            word.strip(".,;:()'’").lower() in own for word in head.split())
        if named and _describes(description):
            return True
    return False


def _is_name(text: str) -> bool:
    """A company's name: a few words, each capitalised, a number, a sign or a connector ("Bank of
    America", "Müller & Söhne GmbH", "Acme Inc."), or the company named by its kind."""
    tokens = text.split()
    if not 0 < len(tokens) <= _MAX_NAME_WORDS or _COMPANY_NOUN.match(text):
        return 0 < len(tokens) <= 2
    return all(token[0].isupper() or token[0].isdigit() or token[0] in "&+(" or token.lower() in _CONNECTORS
               for token in tokens) and not text.endswith((",", "!", "?"))


def _describes(text: str) -> bool:
    return _PRESENT.search(" ".join(text.split()[:_DESCRIPTION_WORDS])) is not None


# The issuer's paragraph with no heading: its name and what it is, then facts of a company profile.
_HEADLESS_LINES = 3
_HEADLESS_MIN_WORDS = 25
_HEADLESS_MAX_WORDS = 250
_PROFILE_OPENING = re.compile(
    r"^(?:(?:Die|Der|Das|La|Le|El|A|O|Il)\s+|L['’]\s*)?([A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ0-9&][\w&.'’-]*|of|de|und|&))"
    r"{0,4}?),?\s+(?:is|ist|est|es|é|è)\s+(?:a|an|one of|the|ein|eine|einer|un|une|una|uno|um|uma|"
    r"l['’]un[ea]?|leader|líder|führend)\b")
_PROFILE_FACTS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\bheadquartered\b|\bhead office\b|\bmit sitz in\b|\bhauptsitz\b|\bsiège\b|\bsede (?:en|em|a|in)\b|"
    r"\bsediad[ao] em\b",
    r"\bemploys\b|\bemployees\b|\bpeople worldwide\b|\bbeschäftigt\b|\bmitarbeite\w*|\bsalariés\b|"
    r"\bcollaborateurs\b|\bempleados\b|\bcolaboradores\b|\bfuncionários\b|\bdipendenti\b",
    r"\bsubsidiaries\b|\boffices in\b|\b(?:present|operations) in \d+|\btochtergesellschaften\b|"
    r"\bniederlassungen\b|\bfiliales\b|\bprésente? dans \d+|\bpresencia en \d+|\bpresente (?:em|in) \d+",
    r"\blisted on\b|\btraded on\b|\bstock exchange\b|\bnasdaq\b|\bnyse\b|\bbörse\b|\bbörsennotiert\b|"
    r"\bcotée? (?:sur|en)\b|\beuronext\b|\bcotiza\b|\bbolsa\b|\bborsa\b",
    r"\b(?:founded|established) in \d{4}|\bgegründet\b|\bfondée? en \d{4}|\bfundad[ao] en \d{4}|"
    r"\bfondat[ao] nel \d{4}",
    r"\bmission\b|\bvision\b|\bmisión\b|\bmissão\b|\bmissione\b",
    r"\bwww\.|\bfor more information\b|\bweitere informationen\b|\bplus d['’]informations\b|"
    r"\bmás información\b",
))
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _headless(lines: list[str], words: list[list[str]], index: int) -> bool:
    """``lines[index]`` opens the issuer's profile with no heading ("Acme is a global provider of ...")."""
    line = lines[index]
    tail_words = sum(len(w) for w in words[index:])
    if not line[:1].isupper() or not _HEADLESS_MIN_WORDS <= tail_words <= _HEADLESS_MAX_WORDS:
        return False  # cheap looks first
    opening = _PROFILE_OPENING.match(line)  # anchored: the line's first words only
    if opening is None or sum(len(w) for w in words[:index]) < 2 * tail_words:
        return False
    tail = " ".join(lines[index:])
    if len(_SENTENCE_END.findall(tail)) < 2:
        return False
    name = opening.group(1).split()[0].strip(".,'’").lower()
    if sum(name in (word.lower() for word in line_words) for line_words in words[:index]) < 2:
        return False
    return sum(1 for fact in _PROFILE_FACTS if fact.search(tail)) >= 2
