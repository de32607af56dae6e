"""Places a byline writes after its names ("Von Anna Schmidt, Berlin", "Por Ana Ruiz, Madrid", "By
Jane Doe, Washington"): the city the reporter files from, not a second author.

General knowledge, not a per-site table: the world's capitals and the big news cities, as the press
of several languages writes them (English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Turkish, Russian, Hindi, Bengali, Urdu, Arabic, Persian, Chinese, Japanese, Korean). A place
is one word or two ("New York"); a piece of a byline is taken for one only where it is such a name
whole, after a person's name (``cleaner.author.bylines``).
"""

from __future__ import annotations

import re

from cleaner.author.by_words import UPPER
from cleaner.author.byline_roles import WHOLE_AGENCY, is_desk

_CITIES = """
washington|new york|nueva york|new york city|los angeles|san francisco|chicago|boston|houston|miami|atlanta|
seattle|dallas|denver|detroit|philadelphia|phoenix|las vegas|ottawa|toronto|montreal|montréal|vancouver|
mexico city|ciudad de méxico|méxico|havana|la habana|la havane|bogotá|bogota|caracas|lima|quito|santiago|
buenos aires|montevideo|asunción|la paz|brasília|brasilia|são paulo|sao paulo|panamá|managua|
london|londres|londra|londen|londyn|londýn|лондон|edinburgh|dublin|manchester|paris|parigi|parijs|paryż|
париж|berlin|berlino|berlín|берлин|münchen|munich|munique|múnich|monaco di baviera|hamburg|hambourg|
frankfurt|frankfurt am main|francfort|
rio de janeiro|köln|cologne|düsseldorf|stuttgart|leipzig|dresden|bonn|hannover|wien|vienna|vienne|
viena|wenen|wiedeń|вена|zürich|zurich|bern|berne|genf|geneva|genève|ginebra|ginevra|basel|bâle|
brüssel|brussels|bruxelles|bruselas|bruxelas|brussel|bruksela|брюссель|amsterdam|den haag|the hague|
la haye|la haya|rotterdam|luxembourg|luxemburg|strasbourg|straßburg|estrasburgo|madrid|barcelona|barcelone|
sevilla|valencia|lisbon|lisboa|lisbonne|lissabon|porto|rom|rome|roma|rzym|рим|milan|milano|mailand|milán|
milão|neapel|napoli|naples|athens|athen|athènes|atenas|atene|ateny|афины|αθήνα|istanbul|İstanbul|istambul|
estambul|стамбул|ankara|анкара|moscow|moskau|moscou|moscú|mosca|moskwa|москва|st petersburg|sankt petersburg|
kyiv|kiev|kiew|kijów|kyjiw|kiev|киев|київ|odesa|odessa|kharkiv|charkiw|lviv|lwów|minsk|минск|
warsaw|warschau|varsovie|varsovia|varsavia|warszawa|варшава|kraków|krakow|prague|prag|praga|praha|прага|
budapest|будапешт|vienne|bucharest|bukarest|bucarest|bucureşti|bucurești|sofia|sofía|софия|belgrade|
belgrad|belgrado|beograd|белград|zagreb|sarajevo|ljubljana|skopje|tirana|podgorica|chișinău|chisinau|
bratislava|vilnius|riga|tallinn|helsinki|helsingfors|stockholm|estocolmo|sztokholm|oslo|copenhagen|
kopenhagen|copenhague|kopenhaga|københavn|reykjavik|tbilisi|tiflis|baku|yerevan|eriwan|erevan|almaty|astana|
tashkent|taschkent|jerusalem|jérusalem|jerusalén|gerusalemme|jerozolima|иерусалим|tel aviv|gaza|ramallah|
beirut|beyrouth|beirute|damascus|damaskus|damas|damasco|baghdad|bagdad|amman|riyadh|riad|ryad|dubai|dubaï|
doha|abu dhabi|kuwait|sanaa|muscat|tehran|teheran|téhéran|teherán|tahran|тегеран|cairo|kairo|le caire|
el cairo|il cairo|kair|каир|tunis|túnez|algiers|alger|argel|algier|rabat|casablanca|tripoli|tripolis|
khartoum|khartum|jartum|addis ababa|addis abeba|nairobi|kampala|kinshasa|lagos|abuja|accra|dakar|
johannesburg|johannesburgo|pretoria|cape town|kapstadt|le cap|kabul|kaboul|islamabad|karachi|lahore|
new delhi|neu-delhi|nueva delhi|delhi|mumbai|bombay|kolkata|chennai|bangalore|bengaluru|hyderabad|dhaka|
lucknow|patna|jaipur|bhopal|indore|ahmedabad|pune|chandigarh|ranchi|srinagar|guwahati|
colombo|kathmandu|beijing|peking|pékin|pekín|pechino|pekin|пекин|shanghai|shanghái|schanghai|hong kong|
hongkong|taipei|taipeh|tokyo|tokio|tokyo|токио|osaka|seoul|séoul|seúl|seul|сеул|pyongyang|pjöngjang|
bangkok|hanoi|hanói|ho chi minh city|jakarta|yakarta|dschakarta|manila|manille|kuala lumpur|singapore|
singapur|singapour|cingapura|sydney|melbourne|canberra|brisbane|perth|auckland|wellington|
नई दिल्ली|दिल्ली|मुंबई|कोलकाता|चेन्नई|लखनऊ|पटना|जयपुर|भोपाल|इंदौर|अहमदाबाद|पुणे|चंडीगढ़|रांची|श्रीनगर|
ঢাকা|কলকাতা|اسلام آباد|کراچی|لاہور|
القاهرة|بيروت|دمشق|بغداد|الرياض|دبي|عمان|القدس|غزة|طهران|تهران|واشنطن|لندن|باريس|موسكو|
北京|上海|台北|香港|東京|서울|
enugu|ibadan|owerri|calabar|uyo|benin city|kaduna|abeokuta|ilorin|akure|asaba|yenagoa|makurdi|sokoto|
maiduguri|onitsha|awka|osogbo|lokoja|umuahia|bauchi|jalingo|damaturu|birnin kebbi|ado ekiti|abakaliki|
kumasi|takoradi|mombasa|kisumu|nakuru|eldoret|dodoma|dar es salaam|arusha|mwanza|zanzibar|mbarara|durban|
gqeberha|bloemfontein|polokwane|harare|bulawayo|lusaka|lilongwe|blantyre|maputo|luanda|kigali|juba|mogadishu|
peshawar|quetta|rawalpindi|faisalabad|thiruvananthapuram|kozhikode|madurai|coimbatore|visakhapatnam|
vijayawada|bhubaneswar|raipur|dehradun|shimla|jammu|nagpur|varanasi|kanpur|mangaluru|mysuru|chattogram|
chittagong|sylhet|khulna|rajshahi|pokhara|jaffna|cebu city|davao city|quezon city|iloilo|baguio|zamboanga|
surabaya|bandung|semarang|yogyakarta|makassar|denpasar|johor bahru|kota kinabalu|kuching|da nang|chiang mai|
guadalajara|monterrey|medellín|barranquilla|valparaíso|guayaquil|cochabamba|tegucigalpa|san salvador|
santo domingo|porto alegre|belo horizonte|recife|dnipro|zaporizhzhia|donetsk|luhansk|kherson|mykolaiv|
chernihiv|novosibirsk|yekaterinburg|vladivostok|kaliningrad|gdańsk|wrocław|poznań|łódź|cluj-napoca|
timișoara|plovdiv|thessaloniki|novi sad|jeddah|basra|erbil|mosul|aleppo|isfahan|mashhad|tabriz|gaziantep|
diyarbakır|alexandria|luxor|aswan|benghazi|misrata|manama|nablus|hebron|khan younis|bishkek|dushanbe|
ashgabat|samarkand|shymkent|karaganda|gyumri|kutaisi|stepanakert|
banja luka|mostar|tuzla|osijek|rijeka|maribor|niš|lublin|katowice|szczecin|białystok|brno|ostrava|plzeň|
debrecen|szeged|iași|constanța|brașov|kaunas|tartu|bursa|antalya|adana|konya|trabzon|i̇zmir|izmir|
новосибирск|екатеринбург|казань|владивосток|калининград|нижний новгород|самара|ростов-на-дону|краснодар|
сочи|красноярск|омск|пермь|уфа|воронеж|волгоград|челябинск|иркутск|хабаровск|мурманск|архангельск|
санкт-петербург|харьков|харків|одесса|одеса|львов|львів|днепр|дніпро|запорожье|запоріжжя|херсон|
николаев|миколаїв|чернигов|чернігів|полтава|винница|вінниця|житомир|донецк|донецьк|луганск|луганськ|
гомель|брест|гродно|витебск|могилев|алматы|астана|шымкент|караганда|бишкек|ташкент|самарканд|душанбе|
ереван|тбилиси|баку|кишинев|кишинёв|рига|вильнюс|таллин|нови сад|ниш|подгорица|сараево|скопје|скопље|
الإسكندرية|جدة|الموصل|أربيل|البصرة|حلب|الدوحة|أبوظبي|الكويت|مسقط|المنامة|الخرطوم|تونس|الجزائر|الرباط|
طرابلس|صنعاء|رام الله|نابلس|مشهد|اصفهان|تبریز|کابل
"""

CITIES = frozenset(name.strip().casefold() for name in _CITIES.replace("\n", "").split("|") if name.strip())


# A place by its shape: a port's or a fort's name ("Port Harcourt", "Port-Gentil", "Puerto Montt", "Fort
# Portal"), a city named so ("Benin City", "Cebu City"); capitalised words, one or two after the word.
_PLACE_SHAPED = re.compile(r"^(?:(?:Port|Puerto|Porto|Fort)[\s-][^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?|"
                           r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\sCity)$")

_PLACE_OPENINGS = frozenset({"Port", "Puer", "Fort"})  # a cheap test before the pattern ("Porto" too)


def is_city(piece: str) -> bool:
    """``piece`` is, whole, one of the capitals or big news cities ("Berlin", "New York", "Madrid"),
    in capitals or not ("WASHINGTON"), or a place by its shape ("Port Harcourt", "Quezon City")."""
    text = " ".join(piece.strip(" .").split())
    return len(text.split()) <= 4 and (text.casefold() in CITIES or (
        (text.endswith(" City") or text[:4] in _PLACE_OPENINGS) and bool(_PLACE_SHAPED.match(text))))


# A place a Slavic byline writes after the name with its preposition, the town inflected ("Ivan
# Horvat u Zagrebu", "Ivan Horvat iz Beograda", "Marko Novak v Ljubljani", "Jan Novák z Prahy", "Jan
# Kowalski z Warszawy", "Иван Петровић из Београда"): Croatian, Serbian, Bosnian "u"/"iz", Slovene
# "v"/"iz", Czech, Slovak "z"/"ze"/"zo"/"v"/"vo", Polish "z"/"ze"/"w"/"we"; the preposition in lower
# case, one capitalised word after it to the end, or two where the first is an inflected adjective
# ("u Novom Sadu", "w Zielonej Górze": not "u Maria Camilleri", a Maltese "and"), two words or more of
# the name before it ("Jan z Lobkowicz" keeps its "z"; Burmese "U Thant" writes its "U" in capitals).
# So do German "aus", Dutch "uit", French "à"/"depuis", Spanish "desde" ("Anna Schmidt aus Paris"); not
# the "da", "de" of names ("Ana Maria da Silva").
_CAPITAL = f"{UPPER}А-ЯЁЂЈЉЊЋЏ"
_FILED_FROM = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?:u|iz|v|vo|z|ze|zo|w|we|у|из|в|aus|uit|à|depuis|desde)\s+"
    rf"(?:[{_CAPITAL}][^\W\d_]*(?:om|og|oj|ym|im|ih|ej|ego|ých|ém|ého|ом|ог|ој|им|ых|ой)\s+)?"
    rf"[{_CAPITAL}][^\W\d_]+$")


def without_filed_from(piece: str) -> str:
    """``piece`` without the place a Slavic byline writes after the name ("Ivan Horvat u Zagrebu" ->
    "Ivan Horvat"; see ``_FILED_FROM``)."""
    if " " not in piece or not (match := _FILED_FROM.match(piece.strip())):
        return piece
    return match["name"]


# A dateline's place and day in a byline's block ("भोपाल, 12 मार्च 2024", "Bhopal, 12 March 2024", "Lagos,
# 3 de abril de 2024"): where the story was filed and when, no author. One word alone before the day,
# or a known city after a name of two words or more, its element's text joined to the name's
# ("अमित कुमार भोपाल, 12 मार्च 2024"). Devanagari's vowel signs are no letters to \w: any non-space.
_DATELINE_DAY = re.compile(
    r"(?:^|(?<=\s))(?P<place>[^\W\d_][^\s,;|\d]*)\s*,\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_][^\s\d,]*\.?,?"
    r"\s+(?:de\s+)?\d{4}\b")


def without_dateline(text: str) -> str:
    """``text`` without a dateline's place and day that opens it or follows the name in it (see
    ``_DATELINE_DAY``); not an agency's or a desk's word before the day ("PTI, 12 March 2024")."""
    if "," not in text or not any(char.isdigit() for char in text) \
            or not (match := _DATELINE_DAY.search(text)):
        return text
    before, place = text[:match.start()].split(), match["place"]
    if WHOLE_AGENCY.match(place) or is_desk(place) or (before and (len(before) < 2 or not is_city(place))):
        return text
    return f"{text[:match.start()]}{text[match.end():]}".strip()
