# ruff: noqa: E501 - a phrase bank: one template per line reads and diffs better than split strings
"""The sample site's templates for its other topics: near misses (other diplomacy, ransomware, a
privacy fine, a patch) and off-topic news (sport, economy, culture, weather), with the generic
sentences any of them may use. Slot-dense like ``cyber_phrases``."""

from __future__ import annotations

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
