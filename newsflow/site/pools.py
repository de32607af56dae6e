"""The sample site's slot pools: the names, places, dates, companies and reporting words that fill the
templates' slots ({c1}, {person}, {month}, {said}, ...), drawn per article or per sentence (see
``content._Slots``)."""

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

EXTRA = {
    "sector": ["logistics", "retail", "healthcare", "manufacturing", "insurance", "hospitality"],
    "commodity": ["rice", "coffee", "cashews", "steel", "fertiliser", "seafood", "cotton", "copper"],
    "adj": ["useful", "encouraging", "important", "realistic", "solid", "overdue"],
}
