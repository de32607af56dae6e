"""The sample site's templates for international information security, the topic the analysts track:
headlines, leads, body sentences, quotes and closers per theme (UN OEWG and GGE, the cybercrime
convention, bilateral agreements, digital sovereignty).

Templates keep their fixed word runs short and put slots ({c1}, {person}, {num}, ...) between them;
slots not fixed for the whole article are drawn afresh for every sentence (see ``content._Slots``).
So two articles on one topic share vocabulary, as real coverage does, but few 4-word runs.
"""

from __future__ import annotations

CYBER_TITLES = {
    "oewg": [
        "UN open-ended working group on ICT security wraps up {ordinal} session in {city}",
        "{c1} calls for a binding UN convention on cyberspace at OEWG session",
        "OEWG talks in {city}: {c1} and {c2} push for permanent UN mechanism on ICTs",
        "States at UN cyber talks split over {num} proposals, {c1} envoy says",
    ],
    "gge": [
        "{c1} backs universal norms of responsible state behaviour in cyberspace",
        "{c1} envoy urges confidence-building measures to prevent conflicts in cyberspace",
        "Experts from {num} countries revisit UN GGE cyber norms at {city} meeting",
        "{c1} says GGE reports must guide new UN rules on ICT use",
    ],
    "convention": [
        "UN cybercrime convention: {c1} ratifies treaty, urges others to follow",
        "{c1} parliament approves UN convention against cybercrime",
        "{c2} and {c1} discuss implementing the UN cybercrime treaty",
        "Cybercrime treaty gains ground as {c1} signs in {city}",
    ],
    "bilateral": [
        "{c1} and {c2} agree to deepen cooperation on international information security",
        "{c1}, {c2} sign agreement on countering the criminal use of ICTs",
        "{c1} and {c2} hold {ordinal} round of consultations on ICT security",
        "{c1} envoy visits {city} for talks with {c2} on cyber threats",
    ],
    "sovereignty": [
        "Digital sovereignty high on agenda as {c1} hosts cyber security dialogue",
        "{c1} unveils strategy to protect its digital sovereignty",
        "{c1} and {c2} call for state sovereignty in the information space",
        "Sovereign internet rules: {c1} sets out its vision at {city} forum",
    ],
}
CYBER_LEADS = {
    "oewg": [
        "Delegations from {num} states wrapped up the {ordinal} session of the UN open-ended working "
        "group on ICT security in {city} {when}.",
        "{c1} used the {ordinal} OEWG session {when} to press for legally binding rules for cyberspace.",
        "The open-ended working group closed {when} with {c1} and {c2} backing a permanent UN "
        "mechanism open to all {big} delegates' capitals.",
    ],
    "gge": [
        "{c1} reaffirmed {when} that the {num} norms agreed by the UN group of governmental experts "
        "remain its yardstick for state conduct online.",
        "Experts from {num} countries met in {city} {when} to review how the GGE cyber norms work in "
        "practice.",
        "The {official} of {c1} urged {when} a fresh look at confidence-building measures first set "
        "out by the GGE in {year}.",
    ],
    "convention": [
        "{c1} ratified the UN convention against cybercrime {when}, becoming the {ordinal} state in "
        "its region to do so.",
        "Lawmakers in {c1} approved the UN cybercrime treaty by {big} votes to {num} {when}.",
        "{c1} and {c2} agreed {when} to align their laws with the new UN convention on cybercrime.",
    ],
    "bilateral": [
        "{c1} and {c2} signed an agreement on international information security in {city} {when}.",
        "Officials of {c1} and {c2} held their {ordinal} round of ICT security consultations in "
        "{city} {when}.",
        "The {official} of {c1} met his counterpart from {c2} {when} to discuss joint work against "
        "cyber threats.",
    ],
    "sovereignty": [
        "{c1} presented a national strategy {when} that puts digital sovereignty at the heart of its "
        "cyber policy.",
        "A forum on sovereignty in the information space opened in {city} {when}, hosted by {c1}.",
        "{c1} and {c2} said {when} that each state must govern the internet infrastructure on its "
        "own territory.",
    ],
}
CYBER_BODY = [
    "The {official} of {c1}, {person}, {said} that [consultations|talks|contacts] on [ICT security|"
    "information security|cyber issues] would [continue|go on|be stepped up] [within|under] the [United "
    "Nations|UN|world body].",
    "{c2} [put forward|tabled|submitted] {num} [amendments|proposals|changes] on [capacity building|"
    "technical aid|training], [according to|as shown in] a [draft|text|paper] [seen|obtained] by {wire}.",
    "[Both delegations|The two sides|Most states] [backed|supported|welcomed] a [points-of-contact|"
    "contact] [directory|list|network] [that links|linking|joining] {big} [national|government] "
    "[contacts|officials|focal points] for [cyber|ICT] [incidents|emergencies].",
    "{analyst} [said|argued|noted] the [text|outcome|document] [reflects|mirrors] a [compromise|"
    "balance] [reached|struck|found] after {num} [rounds|weeks|sessions] of [informal|closed-door] talks.",
    "Under the [deal|agreement|accord], [national|state] [CERTs|response teams] of {c1} and {c2} "
    "[will|are to] [share|exchange|swap] [threat data|warnings|indicators] [within|in under] {num} hours.",
    "The [draft|text|statement] [calls on|urges|asks] states [not to|to refrain from] [target|attack|"
    "harm] [critical infrastructure|vital systems] [such as|including|like] [power grids|hospitals|"
    "water supply|banks] and [ports|railways|telecoms].",
    "{person} [recalled|noted|pointed out] that {c1} [first|originally] [proposed|floated|drafted] a "
    "[code of conduct|set of rules|charter] [for|on] [information security|ICT use] in {year}.",
    "The [meeting|session|event] in {city} [drew|gathered|brought together] {big} [participants|"
    "delegates|guests], [among them|including] [officials|experts|envoys] from {any_country} and "
    "{any_country}.",
    "[Diplomats|Negotiators|Envoys] [say|said|report] {num} of the [proposals|ideas|submissions] "
    "[concern|deal with|touch on] [how international law applies|international law as it applies] "
    "[to ICTs|in cyberspace|online].",
    "{c1} [offered|proposed|pledged] to [host|run|organise] a [training course|seminar|workshop] for "
    "{num} [diplomats|officials|experts] from [developing|smaller|African and Asian] [countries|states] "
    "in {month}.",
    "\"{quote}\", {person} {said}.",
    "\"{quote}\", the {official} of {c2} {said} in {city}.",
    "{analyst} [warned|cautioned|said] that [the militarisation of cyberspace|a cyber arms race|"
    "offensive cyber capabilities] [is moving|are growing|is spreading] [faster than|ahead of] [the "
    "diplomacy|any rules|the talks].",
    "The [sides|ministers|delegations] also [compared notes|exchanged views|spoke] on [ransomware|"
    "hacking|phishing] [attacks|campaigns|raids] [against|on|targeting] {num} [state bodies|ministries|"
    "agencies] in {year}.",
    "[Negotiators|Delegates|Drafters] [spent|needed|took] {num} [days|sessions|hours] on a [paragraph|"
    "clause|passage] [on|about|dealing with] [attribution|blaming] of [malicious|hostile] [ICT|cyber] "
    "[activity|operations].",
    "[Delegates|Envoys|Representatives] from {any_country} [objected to|questioned|opposed] "
    "[language|wording|a passage] on [human rights online|internet freedom|privacy], {wire} [reported|"
    "said|wrote].",
    "{c2} [said|announced|indicated] it [would|will|plans to] [table|submit|present] a [resolution|"
    "draft] at the First Committee [of the General Assembly|in New York] in {month}.",
    "The [secretariat|chair|bureau] [counted|received|logged] {big} [written|formal] [submissions|"
    "comments|papers] from states and {num} from [other stakeholders|civil society|companies].",
    "[According to|As reported by|Citing] {person}, {c1} has [trained|prepared|certified] {big} "
    "[specialists|experts|engineers] in [incident response|digital forensics|network defence] since "
    "{year}.",
    "The [two ministries|agencies|governments] will [set up|create|form] a [joint|common|bilateral] "
    "[working group|task force|committee] [that meets|meeting|to meet] every {num} months.",
    "{analyst} [described|called|judged] the [outcome|result|deal] [as|to be] [modest but|small but|"
    "limited yet] {adj} for a [process|forum|negotiation] [driven by|run on|bound by] consensus.",
    "[Funding|A pledge|Money] of {money} was [pledged|promised|set aside] for a [UN|multilateral] "
    "[trust fund|programme|facility] on [cyber capacity building|digital skills|ICT security training].",
    "The [chair's summary|final report|outcome paper], {num} pages [long|in length], [lists|names|"
    "describes] [threats|risks|dangers] [ranging from|from] [data theft|espionage|disinformation] to "
    "[attacks on satellites|sabotage of grids|ransomware on hospitals].",
    "{c1} has [backed|supported|co-sponsored] the [initiative|proposal|resolution] on [ICT security|"
    "international information security] since {year}, {person} [recalled|said|noted].",
    "[Officials|Diplomats|Sources] in {any_city} [expect|hope for|predict] [a vote|a decision|"
    "agreement] on the [text|draft|package] [by|before|in] {month}.",
    "{c2} [also|further|additionally] [raised|flagged|mentioned] [the use of|concerns over] "
    "[AI in cyber operations|commercial spyware|attacks on undersea cables] [during|at|in] the "
    "[talks|session|meeting].",
    "The [partners|two countries|states] [plan|intend|agree] to [hold|stage|run] a [joint|shared] "
    "[exercise|drill|simulation] [on|involving] [a cyber attack|an ICT incident|a grid outage] in "
    "{month}.",
    "[Last year|In {year}|Previously], {c1} [reported|recorded|logged] {big} [cyber incidents|attacks|"
    "intrusions] [against|on] [government|state|public] [networks|systems|websites].",
]
CYBER_QUOTES = [
    "No state should use ICTs to interfere in the internal affairs of another",
    "Cyberspace must remain a space of cooperation, not of confrontation",
    "We need binding rules, because voluntary norms are not enough",
    "Every country, large or small, must have an equal voice on these questions",
    "Capacity building is the key to closing the digital divide",
    "The principle of sovereignty applies to the information space in full",
    "Our specialists will work side by side against cybercriminals",
    "This agreement is a practical step to reduce the risk of escalation",
    "We are ready to share our experience with partners in {any_country}",
    "Trust between our agencies has grown year by year",
]
CYBER_CLOSERS = [
    "The next session is scheduled for {month} {year2} in {any_city}.",
    "{c1} and {c2} agreed to meet again in {month}.",
    "The parties will report on progress at the {ordinal} meeting of the joint commission.",
    "The treaty enters into force {num} days after the deposit of the {ordinal} instrument.",
    "A follow-up round is planned in {any_city} before the end of the year.",
]
