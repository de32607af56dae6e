# ruff: noqa: E501 - a phrase bank: one template per line reads and diffs better than split strings
"""Phrase bank of the sample site: slot-dense sentence templates per topic and the pools that fill them.

Templates keep their fixed word runs short and put slots ({c1}, {person}, {num}, ...) between them;
slots not fixed for the whole article are drawn afresh for every sentence (see ``content._Slots``).
So two articles on one topic share vocabulary, as real coverage does, but few 4-word runs.
"""

from __future__ import annotations

COUNTRIES = [
    "Viet Nam", "Russia", "China", "Azerbaijan", "India", "Brazil", "Indonesia", "South Africa",
    "Kazakhstan", "Egypt", "Mexico", "Laos", "Cuba", "Belarus", "Malaysia", "Iran", "Argentina",
    "Nigeria", "Kenya", "Ethiopia", "Turkey", "Saudi Arabia", "Pakistan", "Thailand", "Mongolia",
    "Uzbekistan", "Serbia", "Algeria", "Venezuela", "Nicaragua", "Cambodia", "Bangladesh", "Chile",
    "Colombia", "Ghana", "Senegal", "Tajikistan", "Kyrgyzstan", "Armenia", "Sri Lanka",
]
CITIES = [
    "Hanoi", "Moscow", "Beijing", "Baku", "New York", "Geneva", "Vienna", "Jakarta", "Astana", "Cairo",
    "Nairobi", "Addis Ababa", "Brasilia", "New Delhi", "Tashkent", "Minsk", "Havana", "Ankara",
    "Riyadh", "Bangkok", "Kuala Lumpur", "Belgrade", "Algiers", "Dakar", "Accra", "Lima", "Bogota",
    "Ulaanbaatar", "Dhaka", "Colombo", "Yerevan", "Dushanbe", "Bishkek", "Phnom Penh", "Santiago",
]
AUTHORS = [
    "Nguyen Thu Ha", "Irina Volkova", "Li Wei", "Aysel Mammadova", "Daniel Ortiz", "Priya Raman",
    "Tran Minh Duc", "Olga Sokolova", "Samir Haddad", "Maria Santos", "Kwame Mensah", "Elif Yilmaz",
]
FIRST_NAMES = [
    "Alexei", "Wang", "Anh", "Ravi", "Fatima", "Jorge", "Amina", "Dmitry", "Sergio", "Leila",
    "Kenji", "Nadia", "Tomas", "Ayesha", "Bakhyt", "Chen", "Hoang", "Lucia", "Omar", "Svetlana",
    "Ibrahim", "Mei", "Pablo", "Zarina", "Kofi", "Ines", "Rustam", "Yuki", "Hassan", "Elena",
]
LAST_NAMES = [
    "Petrov", "Jun", "Nguyen", "Sharma", "Hassan", "Alvarez", "Okafor", "Ivanov", "Mendes", "Karimi",
    "Tanaka", "Aliyeva", "Novak", "Siddiqui", "Nurlanov", "Zhao", "Pham", "Herrera", "Farouk",
    "Morozova", "Diallo", "Lin", "Rojas", "Akhmetova", "Boateng", "Duarte", "Saidov", "Mori",
    "Rahimi", "Kuznetsova",
]
OFFICIALS = [
    "Deputy Foreign Minister", "Permanent Representative to the UN", "Special Envoy on ICT issues",
    "Security Council Secretary", "head of the information security department",
    "Minister of Information and Communications", "Foreign Minister", "Deputy Prime Minister",
    "ambassador-at-large", "presidential adviser on digital affairs", "Vice Minister of Public Security",
    "director of the national cyber agency",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"]
THINK_TANKS = [
    "the Institute of World Economy", "the Centre for Strategic Studies", "a Geneva policy institute",
    "the national diplomatic academy", "a university law faculty", "the Asia Policy Forum",
    "an independent research group", "the Council on Global Affairs", "a regional security think tank",
]
COMPANIES = [
    "Norvik Logistics", "Helios Retail", "Transmar Shipping", "Corvan Health", "Altima Foods",
    "Pioneer Telecom", "Silverline Bank", "Orion Motors", "Kestrel Airlines", "Baltis Energy",
    "Quanta Insurance", "Meridian Hotels", "Vantor Pharma", "Cobalt Mining", "Lumen Software",
]
PRODUCTS = [
    "Lumen Office", "Nimbus VPN", "Atlas Router", "Quill Mail", "Helix Browser", "Falcon Firewall",
    "Tern Server", "Pylon Camera", "Orbit Phone", "Vector Database", "Juniper CMS", "Sable Cloud",
]
TEAMS = ["Dynamo", "Lokomotiv", "United", "Athletic", "Rovers", "Spartak", "Olimpia", "Nacional",
         "Esteghlal", "Al Ahly", "Zenit", "Kairat", "Pakhtakor", "Hanoi FC", "Persija"]
WIRES = [("TASS", "Moscow"), ("Xinhua", "Beijing"), ("VNA", "Hanoi"), ("AFP", "Paris"),
         ("Reuters", "London"), ("AP", "Washington"), ("Anadolu", "Ankara"), ("IRNA", "Tehran"),
         ("BERNAMA", "Kuala Lumpur"), ("ANTARA", "Jakarta")]

# Sentence openers, reporting verbs and hedges used across topics (drawn per sentence).
SAID = ["said", "told reporters", "noted", "stressed", "added", "told a news conference",
        "wrote in a statement", "said in an interview", "remarked", "underlined"]
WHEN = ["on {weekday}", "earlier this week", "late on {weekday}", "this month", "on {weekday} evening",
        "at the weekend", "in {month}", "after talks on {weekday}", "on {weekday} morning"]
ANALYST = ["{person2}, an analyst at {think_tank},", "{person2} of {think_tank},",
           "Observers in {any_city}", "{person2}, who studies the issue at {think_tank},",
           "Several diplomats in {any_city}", "A source familiar with the talks"]

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

# Other topics: titles, a lead, body templates, quotes. Near misses sit next to cyber diplomacy.
TOPICS: dict[str, dict[str, list[str]]] = {
    "diplomacy": {
        "titles": ["{c1} and {c2} agree to expand trade and visa-free travel",
                   "{c1} foreign minister visits {city} for talks on regional stability",
                   "{c1}, {c2} mark {num} years of diplomatic relations"],
        "leads": ["The foreign ministers of {c1} and {c2} met in {city} {when} and agreed to raise "
                  "bilateral trade to {money} by {year2}.",
                  "{c1} and {c2} marked {num} years of diplomatic ties with a reception in {city} {when}."],
        "body": ["The [sides|ministers|delegations] [signed|initialled|concluded] {num} [documents|agreements|memoranda] on [education|health|science], [transport|energy|customs] and [tourism|culture|youth].",
                 "{person} {said} that a direct flight between {city} and {any_city} will open in {month}.",
                 "[Trade|Commerce|Turnover] [between the two countries|between them|in goods] [reached|hit|stood at] {money} [last year|in {year}], [up|a rise of] {pct} percent.",
                 "{analyst} [said|believes|noted] the [visit|trip|meeting] [signals|marks|shows] a [warming|thaw|new phase] after [years|a decade|a period] of [cautious|sparse|cool] [contacts|relations|ties].",
                 "The [ministers|leaders|two sides] [discussed|reviewed|touched on] the [situation|crisis|tensions] in {any_country} and [called for|urged|backed] [dialogue|restraint|talks].",
                 "A [visa waiver|visa-free regime] for [stays|visits|trips] of up to {num} days will [take effect|start|apply] [in {month}|from {month}].",
                 "\"{quote}\", {person} {said}.",
                 "[Students|Young people|Researchers] from {c2} will [receive|get|be offered] {big} [scholarships|grants|places] over the next {num} years."],
        "quotes": ["Our friendship has stood the test of time",
                   "We want our peoples to travel and trade more freely",
                   "There is great potential in agriculture and energy"],
    },
    "ransomware": {
        "titles": ["{company} confirms ransomware attack, customer data exposed",
                   "Hackers demand {money} from {company} after breach",
                   "{company} systems down for {num} days after cyberattack"],
        "leads": ["{company}, a {c1}-based firm, said {when} that a ransomware attack had encrypted "
                  "servers at {num} of its sites.",
                  "{company} confirmed {when} that criminals stole data on {big} customers in a "
                  "ransomware attack."],
        "body": ["The [company|firm|group] [said|confirmed] it had [hired|brought in|called in] [outside|external|independent] [forensic experts|investigators|specialists] and [informed|alerted|notified] the [police|authorities|regulator].",
                 "A [criminal|ransomware|hacking] [group|gang|crew] [posted|published|leaked] [samples|parts|screenshots] of the [stolen|exfiltrated] [files|records|documents] on a [leak site|dark web forum|messaging channel] {when}.",
                 "{person}, the [company's|firm's] [chief executive|chairman|security chief], {said} [no payment|no ransom] had been [made|paid|offered].",
                 "[Shares|Stock] [of|in] {company} [fell|slid|dropped] {pct} percent in {city} [trading|on {weekday}].",
                 "[Customers|Clients|Users] were [advised|told|urged] to [change|reset] [passwords|credentials] and [watch for|beware of|report] [phishing|fraudulent|suspicious] [emails|calls|messages].",
                 "\"{quote}\", a company spokesperson {said}.",
                 "[Orders|Shipments|Payments] worth {money} were [delayed|held up|frozen] while [systems|servers|networks] were [restored|rebuilt|recovered] [from backups|over {num} days].",
                 "{analyst} [said|noted] the [attack|breach|incident] [fits a pattern of|follows a wave of|adds to a run of] [raids|attacks] on [mid-sized|regional|family-owned] {sector} [firms|companies|groups]."],
        "quotes": ["We are working around the clock to restore services",
                   "The protection of our customers' data is our top priority",
                   "We will not negotiate with criminals"],
    },
    "privacy": {
        "titles": ["{c1} data regulator fines {company} {money} over privacy breaches",
                   "{company} fined for selling customer data without consent",
                   "Privacy watchdog in {c1} orders {company} to delete user data"],
        "leads": ["The data protection authority of {c1} fined {company} {money} {when} for "
                  "collecting personal data without consent.",
                  "{company} must pay {money} after regulators in {c1} found it kept data on {big} "
                  "users for too long."],
        "body": ["The [regulator|authority|watchdog] [said|found|noted] the [company|firm] had [ignored|disregarded|failed to act on] {num} [earlier|previous|formal] [warnings|notices|orders].",
                 "{company} [said|announced] it would [appeal|challenge|contest] the [decision|fine|ruling] in a {city} [court|tribunal].",
                 "[Investigators|Inspectors|Auditors] found [location|browsing|health] data [shared with|sold to|passed to] {num} [advertising|marketing|data] [partners|brokers|firms].",
                 "\"{quote}\", the head of the authority, {person}, {said}.",
                 "The [fine|penalty|sanction] is the [largest|biggest|heaviest] [under|since] the [country's|national] {year} [privacy|data protection] law.",
                 "[Consumer|Privacy|Civil rights] [groups|advocates|associations] in {c1} [welcomed|praised|hailed] the [ruling|decision|fine] and [called for|urged|demanded] [class actions|compensation|stricter rules].",
                 "{analyst} [said|thinks|argued] the [case|ruling|decision] [will test|shows|tests] how far the [new|{year}] law [reaches|goes|extends].",
                 "The [company|firm] has {num} [months|weeks] to [change|fix|overhaul] how it [obtains|collects|records] [consent|permissions]."],
        "quotes": ["Personal data is not a commodity to be sold",
                   "Companies must respect the rights of users",
                   "This fine sends a clear signal to the whole market"],
    },
    "patch": {
        "titles": ["{product} update fixes {num} security flaws, one exploited in the wild",
                   "Users urged to patch {product} after critical bug found",
                   "{company} releases emergency fix for {product}"],
        "leads": ["{company} released an update for {product} {when} that fixes {num} "
                  "vulnerabilities, {num2} of them rated critical.",
                  "Users of {product} were urged {when} to install a patch for a flaw that lets "
                  "attackers run code remotely."],
        "body": ["The flaw, tracked as CVE-{year}-{big}, affects versions released since {month}.",
                 "[Researchers|Analysts|Engineers] at {company2} [reported|found|disclosed] the [bug|flaw|issue] {num} [weeks|days] [ago|before the fix].",
                 "[Administrators|IT teams|Users] should [update|patch|upgrade] [within|in] {num} days, the [national CERT|cyber agency] of {c1} [advised|warned|said].",
                 "\"{quote}\", {person}, a security engineer, {said}.",
                 "The [update|release|fix] also [closes|fixes|addresses] {num2} [lower-risk|minor|moderate] [holes|bugs|flaws] in the [login|file upload|network] [component|module|code].",
                 "{analyst} [said|warned|noted] [attackers|criminals|hackers] [often|usually|tend to] [exploit|abuse|use] such [flaws|bugs] [within|in] {num} [hours|days] of [disclosure|publication].",
                 "There is [no sign|no evidence|nothing to suggest] that [customer|user|client] [data|records|files] [was|were] [accessed|taken|read], the [vendor|company|developer] [said|stated|added].",
                 "[Automatic|Staged] [updates|rollouts] will [reach|cover] {pct} percent of [devices|installations|users] by {weekday}."],
        "quotes": ["Patch now, do not wait for the next maintenance window",
                   "We saw limited, targeted exploitation before the fix",
                   "Keeping software up to date is the simplest defence"],
    },
    "sport": {
        "titles": ["{c1} beat {c2} {num2}-1 in World Cup qualifier in {city}",
                   "Marathon record falls as {big} runners race through {city}",
                   "{team} names new head coach ahead of continental championship"],
        "leads": ["{c1} beat {c2} {num2}-1 in {city} {when} to move top of their qualifying group.",
                  "{person} won the {city} marathon {when} in a course record, ahead of {big} runners."],
        "body": ["The [home side|hosts|visitors] [took the lead|went ahead|opened the scoring] [in minute {minute}|after {minute} minutes] [through|thanks to|via] {person}.",
                 "[{team} fans|Supporters|A crowd of {big}] [packed|filled|crowded into] the [stadium|ground|arena] [despite|in spite of] [heavy rain|the cold|a late kick-off].",
                 "The [coach|manager], {person2}, [praised|hailed|thanked] his [young|inexperienced|tired] [squad|team|players] after a {num}-match [run|streak|series].",
                 "{c2} [pressed high|attacked|pushed forward] [after the break|in the second half|late on] but [conceded again|were caught out|lost the ball] [in minute {minute}|with {minute} minutes gone].",
                 "[Ticket sales|Seat bookings] for the [final|next round|return leg] [reached|passed|topped] {big}, the [federation|league|organisers] [said|reported].",
                 "\"{quote}\", {person} {said}.",
                 "[Injuries|Suspensions|Illness] [to|among] {num2} [defenders|midfielders|regulars] [forced|caused|meant] a [reshuffle|change|rethink] of the [line-up|team|starting eleven].",
                 "The [match|game|final] was [watched|seen|followed] by [an estimated|some|about] {num} million [viewers|people|fans] [on television|online|at home]."],
        "quotes": ["The boys gave everything tonight", "We still have work to do in defence",
                   "The crowd carried us in the last ten minutes"],
    },
    "economy": {
        "titles": ["{c1} central bank holds key rate as inflation eases",
                   "Trade between {c1} and {c2} rises {pct} percent in nine months",
                   "{c1} exports hit record on strong demand for {commodity}"],
        "leads": ["The central bank of {c1} kept its key rate at {pct} percent {when} as inflation "
                  "slowed for a {ordinal} month.",
                  "Exports of {commodity} from {c1} reached {money} in the first nine months, up "
                  "{pct} percent."],
        "body": ["[Analysts|Economists|Traders] had [expected|forecast|priced in] a [cut|reduction|move] of {num} basis points [this time|at this meeting|in {month}].",
                 "{c2} remains the largest buyer of {commodity}, taking {pct} percent of shipments.",
                 "The [finance ministry|government|planning agency] [raised|lifted|revised] its [growth|GDP] [forecast|outlook|estimate] to {pct} percent [for {year2}|this year|for the year].",
                 "\"{quote}\", central bank governor {person} {said}.",
                 "[Manufacturing|Factory|Industrial] [output|activity|production] [grew|expanded|rose] for the {ordinal} [month|quarter] [in a row|running], a [survey|report|poll] [showed|found].",
                 "The [stock index|main index|bourse] in {city} [closed|ended|finished] {pct} percent [higher|up|stronger] [on {weekday}|in late trading].",
                 "{analyst} [expects|sees|predicts] the [rate|policy|key rate] [to stay on hold|unchanged|steady] [until|through|at least until] {month}.",
                 "[Freight|Shipping|Transport] costs [fell|dropped|eased] by {pct} percent, [helping|boosting|supporting] {commodity} [exporters|producers|traders]."],
        "quotes": ["Inflation is moving in the right direction", "We remain vigilant on prices",
                   "Demand from our partners is strong"],
    },
    "culture": {
        "titles": ["Film festival opens in {city} with premiere from {c1}",
                   "{c1} museum returns {num} ancient manuscripts to {c2}",
                   "{c1} folk ensemble begins world tour in {city}"],
        "leads": ["The {ordinal} international film festival opened in {city} {when} with a premiere "
                  "from {c1}.", "A museum in {c1} handed {num} ancient manuscripts back to {c2} {when}."],
        "body": ["The [festival|event|programme] will [screen|show|present] {big} [films|works|titles] from {num} [countries|nations] over {num2} [weeks|weekends].",
                 "[Director|Film-maker|Writer] {person} {said} the [film|project|picture] took {num} years to [make|finish|finance].",
                 "The [manuscripts|scrolls|items] [date back to|come from] the {ordinal} century, [curators|historians|experts] [said|believe].",
                 "\"{quote}\", {person} {said}.",
                 "[Tickets|Seats|Passes] for the [opening night|first show|gala] [sold out|were gone] [in|within] {num} [minutes|hours].",
                 "The [exhibition|show|display] [draws on|uses|borrows from] [private|family|church] [collections|archives] from {c1} and {any_country}.",
                 "{analyst} [called|described] the [premiere|film|show] [a bold|an honest|a moving] [portrait|picture|story] of [rural life|city youth|migrant families].",
                 "The [tour|programme|show] will [visit|travel to|reach] {num} [cities|towns|venues], [ending|closing|finishing] in {any_city} in {month}."],
        "quotes": ["Culture builds bridges between peoples", "This film is a love letter to my village",
                   "These treasures are finally going home"],
    },
    "weather": {
        "titles": ["Heatwave grips {city} as temperatures climb above {temp} degrees",
                   "Floods force {big} people from their homes in {c1}",
                   "Typhoon brings heavy rain to coastal {c1}"],
        "leads": ["Temperatures in {city} climbed above {temp} degrees Celsius {when}, the highest "
                  "since {year}.", "Heavy rain flooded {num} districts of {c1} {when}, forcing "
                  "{big} people to leave their homes."],
        "body": ["[Meteorologists|Forecasters|Doctors] [advised|urged|told] [residents|people|the elderly] to [stay indoors|avoid the sun|drink water] [at midday|in the afternoon|until {weekday}].",
                 "[Authorities|City officials|The mayor] [opened|set up|announced] {num} [cooling centres|shelters|relief points] in [libraries|schools|sports halls] and [malls|community centres|stations].",
                 "[Rescue teams|Soldiers|Volunteers] [evacuated|moved|helped] {big} [residents|villagers|people] [by boat|by helicopter|on foot] [from|out of] {num} [villages|districts|areas].",
                 "\"{quote}\", weather service chief {person} {said}.",
                 "[Rainfall|Precipitation] [reached|topped|hit] {big} millimetres in {num2} days [in some areas|along the coast|in the hills].",
                 "[Schools|Markets|Offices] in {num} [provinces|districts|towns] [stayed|remained|were] [closed|shut] {when}.",
                 "{analyst} [linked|tied|connected] the [extremes|heat|storms] to [warmer seas|climate change|El Nino].",
                 "Forecasters expect relief by {weekday}, with {temp}-degree highs."],
        "quotes": ["Please check on elderly neighbours", "The worst is not over yet",
                   "We have never seen rain like this in {month}"],
    },
}
EXTRA = {
    "sector": ["logistics", "retail", "healthcare", "manufacturing", "insurance", "hospitality"],
    "commodity": ["rice", "coffee", "cashews", "steel", "fertiliser", "seafood", "cotton", "copper"],
    "adj": ["useful", "encouraging", "important", "realistic", "solid", "overdue"],
}

# Generic follow-up sentences any non-cyber article may use (drawn without repeats).
GENERIC_BODY = [
    "[Reaction|Response|Comment] [in|from] {any_city} was [muted|cautious|swift], [with|as] {person2} "
    "[saying|remarking|noting] [more details|further news|an update] [would come|was due|was expected] "
    "{when}.",
    "[Local|National|Regional] [media|newspapers|broadcasters] [gave|devoted] the [story|news|event] "
    "[wide|extensive|prominent] [coverage|attention] [on|across] {weekday}.",
    "{analyst} [expects|predicts|foresees] [further|more|fresh] [developments|announcements|news] "
    "[before|by|in] {month}.",
    "[Officials|A spokesperson|The organisers] [declined|refused|did not wish] to [comment|say more|"
    "give figures] [on|about] {num} [open|outstanding|remaining] [questions|issues|points].",
    "[Similar|Comparable|Related] [cases|events|moves] in {any_country} [in|during] {year} [drew|"
    "attracted|prompted] [criticism|praise|debate] [from|among] [experts|observers|residents].",
]
