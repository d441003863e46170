"""Default region for phone numbers: from a country name, a LinkedIn location, or the export itself.

A phone number written without ``+`` can only be read with a default region. EMAIL_PHONE.md §4
("Choosing the default region") fixes where it comes from, highest priority first:
:func:`resolve_region` implements that order; :func:`region_from_location` maps a country name,
code or LinkedIn location string to an ISO 3166-1 alpha-2 code; :func:`most_common_region` finds
the most common country among the numbers of an export that carry a country code.

The country table is data in this module: ISO 3166-1 codes (alpha-2 and alpha-3) with English
short names, common English aliases and native names, the nations of the United Kingdom, the
states of the US (names and postal abbreviations), provinces and territories of Canada, states of
Australia and India, some German states, and the LinkedIn metropolitan-area names and large cities
that belong to one country without doubt. Matching ignores case, accents, punctuation, a leading
``the`` and ``St.`` versus ``Saint``. Only the standard library is used, except that
:func:`most_common_region` and :func:`validate_region` import ``phonenumbers`` on first use.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "most_common_region",
    "region_from_location",
    "resolve_region",
    "validate_region",
]

# ISO 3166-1: alpha-2, alpha-3, English short name, then aliases and native names, ``|``-separated
# (a line starting with ``|`` continues the one before).
# AC and TA are not ISO codes, but phonenumbers has numbering plans for them; XK (Kosovo) is the
# user-assigned code everyone uses.
_COUNTRIES = """
AC ASC Ascension Island
AD AND Andorra
AE ARE United Arab Emirates|UAE|Emirates|U.A.E.
AF AFG Afghanistan
AG ATG Antigua and Barbuda|Antigua
AI AIA Anguilla
AL ALB Albania|Shqiperia|Shqipëri
AM ARM Armenia|Hayastan
AO AGO Angola
AQ ATA Antarctica
AR ARG Argentina
AS ASM American Samoa
AT AUT Austria|Österreich|Oesterreich
AU AUS Australia
AW ABW Aruba
AX ALA Åland Islands|Aland|Åland
AZ AZE Azerbaijan|Azərbaycan
BA BIH Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosna i Hercegovina
BB BRB Barbados
BD BGD Bangladesh
BE BEL Belgium|België|Belgique|Belgien|Belgie
BF BFA Burkina Faso
BG BGR Bulgaria|България|Bulgariya
BH BHR Bahrain
BI BDI Burundi
BJ BEN Benin
BL BLM Saint Barthélemy|Saint Barthelemy|St Barts|Saint Barts
BM BMU Bermuda
BN BRN Brunei|Brunei Darussalam
BO BOL Bolivia|Bolivia, Plurinational State of|Plurinational State of Bolivia
BQ BES Caribbean Netherlands|Bonaire|Bonaire, Sint Eustatius and Saba|Sint Eustatius|Saba
BR BRA Brazil|Brasil
BS BHS Bahamas|Bahamas, The
BT BTN Bhutan
BV BVT Bouvet Island
BW BWA Botswana
BY BLR Belarus|Беларусь|Belorussia
BZ BLZ Belize
CA CAN Canada
CC CCK Cocos (Keeling) Islands|Cocos Islands|Keeling Islands
CD COD Congo - Kinshasa|Democratic Republic of the Congo|DR Congo|DRC|Congo (DRC)|Zaire
|Congo, The Democratic Republic of the|Congo, Democratic Republic of the|Congo-Kinshasa
CF CAF Central African Republic
CG COG Congo - Brazzaville|Congo|Republic of the Congo|Congo (Republic)|Congo-Brazzaville
|Congo, Republic of the
CH CHE Switzerland|Schweiz|Suisse|Svizzera|Svizra|Helvetia|Confoederatio Helvetica
CI CIV Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
CK COK Cook Islands
CL CHL Chile
CM CMR Cameroon|Cameroun
CN CHN China|中国|People's Republic of China|PRC|Mainland China|Zhongguo
CO COL Colombia
CR CRI Costa Rica
CU CUB Cuba
CV CPV Cape Verde|Cabo Verde
CW CUW Curaçao|Curacao
CX CXR Christmas Island
CY CYP Cyprus|Κύπρος
CZ CZE Czechia|Czech Republic|Česko|Česká republika|Czech
DE DEU Germany|Deutschland|Allemagne|Alemania|Germania|Bundesrepublik Deutschland
|Federal Republic of Germany
DJ DJI Djibouti
DK DNK Denmark|Danmark
DM DMA Dominica
DO DOM Dominican Republic|República Dominicana
DZ DZA Algeria|Algérie
EC ECU Ecuador
EE EST Estonia|Eesti
EG EGY Egypt|Misr
EH ESH Western Sahara
ER ERI Eritrea
ES ESP Spain|España|Espana|Espanya|Espagne|Spanien
ET ETH Ethiopia
FI FIN Finland|Suomi
FJ FJI Fiji
FK FLK Falkland Islands|Falklands|Falkland Islands (Malvinas)|Malvinas
FM FSM Micronesia|Federated States of Micronesia|Micronesia, Federated States of
FO FRO Faroe Islands|Faroes|Føroyar
FR FRA France|République française
GA GAB Gabon
GB GBR United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Cymru
|United Kingdom of Great Britain and Northern Ireland|Alba|England, United Kingdom
GD GRD Grenada
GE GEO Georgia|Sakartvelo|საქართველო
GF GUF French Guiana|Guyane
GG GGY Guernsey
GH GHA Ghana
GI GIB Gibraltar
GL GRL Greenland|Kalaallit Nunaat
GM GMB Gambia|Gambia, The
GN GIN Guinea|Guinée
GP GLP Guadeloupe
GQ GNQ Equatorial Guinea
GR GRC Greece|Hellas|Ellada|Ελλάδα|Hellenic Republic
GS SGS South Georgia and the South Sandwich Islands|South Georgia
GT GTM Guatemala
GU GUM Guam
GW GNB Guinea-Bissau
GY GUY Guyana
HK HKG Hong Kong|Hong Kong SAR|Hong Kong SAR China|Hong Kong, China|香港
HM HMD Heard Island and McDonald Islands|Heard and McDonald Islands
HN HND Honduras
HR HRV Croatia|Hrvatska
HT HTI Haiti|Haïti
HU HUN Hungary|Magyarország|Magyarorszag
ID IDN Indonesia
IE IRL Ireland|Éire|Eire|Republic of Ireland
IL ISR Israel
IM IMN Isle of Man
IN IND India|Bharat|भारत
IO IOT British Indian Ocean Territory|Chagos Islands|Diego Garcia
IQ IRQ Iraq
IR IRN Iran|Iran, Islamic Republic of|Islamic Republic of Iran|Persia
IS ISL Iceland|Ísland
IT ITA Italy|Italia|Italie|Italien
JE JEY Jersey
JM JAM Jamaica
JO JOR Jordan
JP JPN Japan|Nippon|Nihon|日本
KE KEN Kenya
KG KGZ Kyrgyzstan|Kyrgyz Republic|Kirghizia
KH KHM Cambodia|Kampuchea
KI KIR Kiribati
KM COM Comoros
KN KNA Saint Kitts and Nevis|St Kitts|Saint Kitts
KP PRK North Korea|Korea, Democratic People's Republic of|Democratic People's Republic of Korea|DPRK
KR KOR South Korea|Korea|Republic of Korea|Korea, Republic of|Korea, South|대한민국|한국|Hanguk
KW KWT Kuwait
KY CYM Cayman Islands|Caymans
KZ KAZ Kazakhstan|Қазақстан|Казахстан
LA LAO Laos|Lao PDR|Lao People's Democratic Republic
LB LBN Lebanon|Liban
LC LCA Saint Lucia|St Lucia
LI LIE Liechtenstein
LK LKA Sri Lanka
LR LBR Liberia
LS LSO Lesotho
LT LTU Lithuania|Lietuva
LU LUX Luxembourg|Lëtzebuerg|Luxemburg
LV LVA Latvia|Latvija
LY LBY Libya|Libyan Arab Jamahiriya
MA MAR Morocco|Maroc|Al Maghrib
MC MCO Monaco
MD MDA Moldova|Republic of Moldova|Moldova, Republic of
ME MNE Montenegro|Crna Gora
MF MAF Saint Martin|Saint-Martin|Saint Martin (French part)|Collectivity of Saint Martin
MG MDG Madagascar
MH MHL Marshall Islands
MK MKD North Macedonia|Macedonia|Republic of North Macedonia|FYROM|Severna Makedonija|Македонија
ML MLI Mali
MM MMR Myanmar|Burma|Myanmar (Burma)
MN MNG Mongolia
MO MAC Macao|Macau|Macao SAR|Macao SAR China|Macau SAR
MP MNP Northern Mariana Islands|Northern Marianas
MQ MTQ Martinique
MR MRT Mauritania
MS MSR Montserrat
MT MLT Malta
MU MUS Mauritius|Maurice
MV MDV Maldives
MW MWI Malawi
MX MEX Mexico|México
MY MYS Malaysia
MZ MOZ Mozambique|Moçambique
NA NAM Namibia
NC NCL New Caledonia|Nouvelle-Calédonie
NE NER Niger
NF NFK Norfolk Island
NG NGA Nigeria
NI NIC Nicaragua
NL NLD Netherlands|Nederland|Holland|The Netherlands|Pays-Bas|Niederlande|Kingdom of the Netherlands
NO NOR Norway|Norge|Noreg
NP NPL Nepal
NR NRU Nauru
NU NIU Niue
NZ NZL New Zealand|Aotearoa
OM OMN Oman
PA PAN Panama|Panamá
PE PER Peru|Perú
PF PYF French Polynesia|Polynésie française|Tahiti
PG PNG Papua New Guinea
PH PHL Philippines|Pilipinas|Republic of the Philippines
PK PAK Pakistan
PL POL Poland|Polska|Pologne|Polen
PM SPM Saint Pierre and Miquelon|Saint-Pierre-et-Miquelon
PN PCN Pitcairn Islands|Pitcairn
PR PRI Puerto Rico
PS PSE Palestine|Palestinian Territories|Palestine, State of|State of Palestine|West Bank|Gaza
|Palestinian Territory
PT PRT Portugal
PW PLW Palau
PY PRY Paraguay
QA QAT Qatar
RE REU Réunion|Reunion|La Réunion
RO ROU Romania|România|Roumanie|Rumänien
RS SRB Serbia|Srbija|Србија
RU RUS Russia|Russian Federation|Россия|Rossiya|Российская Федерация
RW RWA Rwanda
SA SAU Saudi Arabia|Kingdom of Saudi Arabia|KSA
SB SLB Solomon Islands
SC SYC Seychelles
SD SDN Sudan
SE SWE Sweden|Sverige|Suède|Schweden
SG SGP Singapore|Singapura|新加坡
SH SHN Saint Helena|St Helena|Saint Helena, Ascension and Tristan da Cunha
SI SVN Slovenia|Slovenija
SJ SJM Svalbard and Jan Mayen|Svalbard|Jan Mayen
SK SVK Slovakia|Slovensko|Slovak Republic
SL SLE Sierra Leone
SM SMR San Marino
SN SEN Senegal|Sénégal
SO SOM Somalia
SR SUR Suriname|Surinam
SS SSD South Sudan
ST STP São Tomé and Príncipe|Sao Tome and Principe|Sao Tome
SV SLV El Salvador
SX SXM Sint Maarten|Sint Maarten (Dutch part)
SY SYR Syria|Syrian Arab Republic
SZ SWZ Eswatini|Swaziland
TA TAA Tristan da Cunha
TC TCA Turks and Caicos Islands|Turks and Caicos
TD TCD Chad|Tchad
TF ATF French Southern Territories|French Southern and Antarctic Lands
TG TGO Togo
TH THA Thailand|Prathet Thai|ประเทศไทย
TJ TJK Tajikistan
TK TKL Tokelau
TL TLS Timor-Leste|East Timor|Timor Leste
TM TKM Turkmenistan
TN TUN Tunisia|Tunisie
TO TON Tonga
TR TUR Türkiye|Turkey|Turkiye|Republic of Türkiye|Türkei
TT TTO Trinidad and Tobago|Trinidad
TV TUV Tuvalu
TW TWN Taiwan|Taiwan, Province of China|Republic of China|臺灣|台灣|台湾
TZ TZA Tanzania|Tanzania, United Republic of|United Republic of Tanzania
UA UKR Ukraine|Україна|Ukraina
UG UGA Uganda
UM UMI U.S. Outlying Islands|United States Minor Outlying Islands
US USA United States|USA|U.S.|U.S.A.|United States of America|America|The United States|US of A
|Estados Unidos|États-Unis|Vereinigte Staaten
UY URY Uruguay
UZ UZB Uzbekistan|O'zbekiston
VA VAT Vatican City|Vatican|Holy See|Holy See (Vatican City State)|Vatican City State
VC VCT Saint Vincent and the Grenadines|St Vincent|Saint Vincent
VE VEN Venezuela|Venezuela, Bolivarian Republic of
VG VGB British Virgin Islands|Virgin Islands, British|BVI
VI VIR U.S. Virgin Islands|US Virgin Islands|Virgin Islands, U.S.|USVI|United States Virgin Islands
VN VNM Vietnam|Viet Nam|Việt Nam
VU VUT Vanuatu
WF WLF Wallis and Futuna|Wallis-et-Futuna
WS WSM Samoa|Western Samoa
XK XKX Kosovo|Kosova|Kosovë
YE YEM Yemen
YT MYT Mayotte
ZA ZAF South Africa|Suid-Afrika|RSA
ZM ZMB Zambia
ZW ZWE Zimbabwe
"""

# Postal abbreviations and names of US states (plus DC), and of Canadian provinces and territories.
_US_STATES = """
AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware
|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky
|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi
|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico
|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania
|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont
|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|DC District of Columbia
"""
_CA_PROVINCES = """
AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador
|NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec
|SK Saskatchewan|YT Yukon
"""

# Names (no abbreviations) of subdivisions, LinkedIn metropolitan areas and large cities that
# belong to one country without doubt. Looked up after the country names, and also with
# ``Greater`` and ``Area``/``Metropolitan Area``/``Metroplex``/``Region`` removed.
_PLACES = """
US: Washington DC|Washington D.C.|Washington DC-Baltimore|New York City|NYC
|San Francisco Bay|San Francisco|Silicon Valley|Bay Area|Los Angeles|Chicago|Boston|Seattle
|Dallas-Fort Worth|Dallas|Houston|Austin|Atlanta|Miami|Miami-Fort Lauderdale|Denver|Phoenix
|Philadelphia|San Diego|San Jose|Minneapolis-St. Paul|Minneapolis|Detroit|Portland|Salt Lake City
|Raleigh-Durham|Raleigh-Durham-Chapel Hill|Research Triangle|Charlotte|Nashville|Orlando|Tampa Bay
|Tampa|St. Louis|Kansas City|Pittsburgh|Cleveland|Cincinnati|Indianapolis|Las Vegas|Sacramento
|Baltimore|New Orleans|Milwaukee|Hartford|Buffalo-Niagara Falls|Honolulu|Anchorage|Albuquerque
|Oklahoma City|Tulsa|Omaha|Boise|Memphis|Louisville|Jacksonville|Los Angeles County|Inland Empire
|New York New Jersey|New York Metro
GB: London|Manchester|Birmingham|Edinburgh|Glasgow|Bristol|Leeds|Liverpool|Cardiff|Belfast
|Newcastle upon Tyne|Sheffield|Nottingham|Reading|Brighton|Southampton|Leicester|Aberdeen
|Greater London|London Area|Greater Manchester|West Midlands|Merseyside|Yorkshire
|South East England|North West England|Home Counties
FR: Paris|Île-de-France|Ile de France|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Nice
|Strasbourg|Montpellier|Rennes
DE: Berlin|Munich|München|Hamburg|Frankfurt|Frankfurt Rhine-Main|Frankfurt am Main|Cologne|Köln
|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|Hanover|Hannover|Nuremberg|Nürnberg|Bavaria
|Bayern|Baden-Württemberg|North Rhine-Westphalia|Nordrhein-Westfalen|Hesse|Hessen|Lower Saxony
|Niedersachsen|Saxony|Sachsen|Rhine-Ruhr|Ruhr
CA: Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|Edmonton|Ottawa-Gatineau|Winnipeg
|Quebec City|Kitchener-Waterloo|Kitchener|Mississauga|Greater Toronto|GTA
AU: Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Gold Coast|Hobart|New South Wales|NSW
|Victoria|Queensland|Western Australia|South Australia|Tasmania|Australian Capital Territory
|Northern Territory
IN: Bengaluru|Bangalore|Mumbai|Bombay|New Delhi|Delhi|Delhi NCR|National Capital Region|NCR
|Chennai|Madras|Pune|Pune/Pimpri-Chinchwad|Kolkata|Calcutta|Hyderabad|Gurugram|Gurgaon|Noida
|Ahmedabad|Jaipur|Kochi|Cochin|Coimbatore|Chandigarh|Indore|Mumbai Metropolitan|Karnataka
|Maharashtra|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal|Gujarat|Kerala|Haryana|Rajasthan
|Andhra Pradesh|Madhya Pradesh
NL: Amsterdam|Rotterdam|The Hague|Den Haag|Utrecht|Eindhoven|Randstad|Groningen
ES: Madrid|Barcelona|Seville|Sevilla|Bilbao|Málaga|Catalonia|Catalunya|Cataluña
IT: Milan|Milano|Rome|Roma|Turin|Torino|Naples|Napoli|Bologna|Florence|Firenze|Lombardy|Lombardia
CH: Zurich|Zürich|Geneva|Genève|Geneve|Basel|Lausanne|Bern
IE: Dublin|Cork|Galway|Limerick
SE: Stockholm|Gothenburg|Göteborg|Malmö|Malmo
DK: Copenhagen|København|Aarhus
NO: Oslo|Bergen
FI: Helsinki|Espoo|Tampere
BE: Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Ghent|Gent
AT: Vienna|Wien|Graz|Linz|Salzburg
PL: Warsaw|Warszawa|Kraków|Krakow|Wrocław|Wroclaw|Gdańsk|Poznań
PT: Lisbon|Lisboa|Porto|Oporto
CZ: Prague|Praha|Brno
HU: Budapest
RO: Bucharest|București|Bucuresti|Cluj-Napoca
GR: Athens|Thessaloniki
TR: Istanbul|İstanbul|Ankara|Izmir|İzmir
IL: Tel Aviv|Tel Aviv-Yafo|Jerusalem|Haifa
AE: Dubai|Abu Dhabi|Sharjah
SA: Riyadh|Jeddah|Dammam
QA: Doha
EG: Cairo
NG: Lagos|Abuja
KE: Nairobi
ZA: Johannesburg|Cape Town|Durban|Pretoria|Gauteng
BR: São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|Porto Alegre|Curitiba
MX: Mexico City|Ciudad de México|Guadalajara|Monterrey
AR: Buenos Aires
CO: Bogotá|Bogota|Medellín|Medellin
JP: Tokyo|Osaka|Yokohama|Kyoto|Nagoya
KR: Seoul|Busan
CN: Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu
TW: Taipei
PH: Manila|Metro Manila|Makati|Cebu
ID: Jakarta
MY: Kuala Lumpur
TH: Bangkok
VN: Ho Chi Minh City|Hanoi|Saigon
PK: Karachi|Lahore|Islamabad
BD: Dhaka
NZ: Auckland|Wellington|Christchurch
"""

_GREATER = re.compile(r"^greater ")
_METRO_SUFFIX = re.compile(
    r" (?:metropolitan area|metropolitan region|metro area|metropolitan|metroplex|metro|area"
    r"|region)$"
)
#: Placeholders seen in country columns; ``NA`` is "not available" here, not Namibia (``NAM``).
_NOT_A_PLACE = frozenset(
    {"n/a", "n.a.", "n. a.", "na", "none", "null", "nil", "-", "--", "?", "unknown", "other", "tbd"}
)
_CALLING_CODE = re.compile(r"\+?\s*(\d{1,3})")


def _key(text: str) -> str:
    """A lookup key: no accents, case or punctuation; ``St.`` is ``saint``; no leading ``the``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    words = re.sub(r"[\W_]+", " ", plain).split()
    if words and all(len(word) == 1 and word.isascii() for word in words):
        words = ["".join(words)]  # U.S.A. → usa, U.K. → uk
    words = ["saint" if word in {"st", "ste"} else word for word in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Parse the tables once: (countries, US state and CA province abbreviations, subdivision
    names, places)."""
    countries: dict[str, str] = {}
    for line in _COUNTRIES.strip().replace("\n|", "|").splitlines():
        alpha2, alpha3, names = line.split(" ", 2)
        for name in (alpha2, alpha3, *names.split("|")):
            countries.setdefault(_key(name), alpha2)
    abbreviations: dict[str, str] = {}
    subdivisions: dict[str, str] = {}
    for table, country in ((_US_STATES, "US"), (_CA_PROVINCES, "CA")):
        for entry in " ".join(table.split()).split("|"):
            abbreviation, name = entry.strip().split(" ", 1)
            abbreviations[_key(abbreviation)] = country
            subdivisions[_key(name)] = country
    places: dict[str, str] = {}
    for block in _PLACES.strip().replace("\n|", "|").splitlines():
        country, names = block.split(":", 1)
        for name in names.split("|"):
            places.setdefault(_key(name), country)
    return countries, abbreviations, subdivisions, places


def _place(key: str) -> str | None:
    """A metropolitan area or city: as given, and without ``Greater``/``Area``/``Metropolitan…``."""
    places = _tables()[3]
    for candidate in (key, _METRO_SUFFIX.sub("", _GREATER.sub("", key))):
        if candidate in places:
            return places[candidate]
        shorter = _METRO_SUFFIX.sub("", candidate)
        if shorter in places:
            return places[shorter]
    return None


def _lookup(part: str, *, last: bool, parts: int) -> str | None:
    """One comma-separated part of a location (``last``: the rightmost of ``parts`` parts)."""
    countries, abbreviations, subdivisions, _ = _tables()
    key = _key(part)
    if not key:
        return None
    if len(key) == 2 and key.isascii() and key.isalpha():
        # "Austin, TX": a state after a city; "Paris, FR" only when FR is no state or province.
        # A lone code ("CA", "de") or the last of three or more parts is a country code.
        if parts == 2 and last and key in abbreviations:
            return abbreviations[key]
        if last and key in countries:
            return countries[key]
        return abbreviations.get(key)
    if key in countries:
        return countries[key]
    unprefixed = _METRO_SUFFIX.sub("", key)
    if unprefixed in countries:  # "Italy Area"
        return countries[unprefixed]
    if key in subdivisions or unprefixed in subdivisions:
        return subdivisions.get(key) or subdivisions[unprefixed]
    return _place(key)


def region_from_location(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 region of a country name or code, or of a LinkedIn location string.

    Understood, ignoring case, accents, punctuation and a leading ``the``:

    - ISO codes, alpha-2 (``GB``, ``us``) and alpha-3 (``DEU``);
    - English short names of all countries and territories, common aliases and native names
      (``UK``, ``U.K.``, ``Great Britain``, ``England``, ``Scotland`` → ``GB``; ``USA``,
      ``United States of America``, ``America`` → ``US``; ``Deutschland`` → ``DE``; ``Türkiye``,
      ``Turkey`` → ``TR``; ``Korea`` → ``KR``; ``Ivory Coast``, ``Côte d'Ivoire`` → ``CI``; …) and
      ISO list forms with a comma (``Korea, Republic of``);
    - ``City, Region, Country`` strings, read from the right: the first part that is a country, a
      US state or Canadian province (name or postal abbreviation; ``Austin, TX`` → ``US``), a
      state of Australia or India, or a known metropolitan area or city decides
      (``San Francisco, California, United States`` → ``US``; ``Bengaluru, Karnataka`` → ``IN``);
    - LinkedIn metropolitan areas without a country (``San Francisco Bay Area``, ``Greater New York
      City Area``, ``Dallas-Fort Worth Metroplex``, ``Greater London``, ``Greater Paris
      Metropolitan Region``, ``Greater Toronto Area``, ``Greater Sydney Area``) and large cities
      that belong to one country without doubt (``Bengaluru``, ``München``).

    Ambiguities are settled one way: a two-letter code after a city in a two-part string is read as
    a US state or Canadian province first (``Newark, DE`` → ``US``), unless the city is one the
    place table gives to that country (``Berlin, DE`` → ``DE``); a name that is both a country and a
    US state is the country (``Georgia`` → ``GE``); ``NA``, ``N/A``, ``none``, ``unknown`` and
    similar placeholders are no place (Namibia is ``Namibia`` or ``NAM``). Unknown text gives
    ``None``. The result can be a region without a
    numbering plan in ``phonenumbers`` (``AQ``); :func:`resolve_region` skips those.
    """
    if not text or not isinstance(text, str):
        return None
    key = _key(text)
    if not key:
        return None
    if text.strip().casefold() in _NOT_A_PLACE:
        return None
    countries = _tables()[0]
    if key in countries:
        return countries[key]
    parts = [part for part in text.split(",") if _key(part)]
    if len(parts) == 2:
        # "Berlin, DE": a known city of the country the code names wins over the US state.
        code = countries.get(_key(parts[1]))
        if code is not None and len(_key(parts[1])) == 2 and _place(_key(parts[0])) == code:
            return code
    for index, part in enumerate(reversed(parts)):
        found = _lookup(part, last=index == 0, parts=len(parts))
        if found:
            return found
    return None


def most_common_region(numbers: Iterable[str]) -> str | None:
    """The most common calling region among phone numbers written with their country code.

    Each value is read like :func:`~linkedin_export.normalize_phone` reads it without a region (a
    leading space, ``'`` or ``=`` is fine; a cell with several numbers counts each). Only numbers
    that carry their country code count (``+``, or the international prefix ``00``) and have at
    least a possible length. Each counts for the main region of its country code:
    ``phonenumbers.region_code_for_country_code`` (``+1`` → ``US``, ``+44`` → ``GB``, ``+7`` →
    ``RU``); non-geographic codes (``+800``) are skipped. Ties go to the region seen first.

    Returns:
        The region, or ``None`` when no number qualifies.
    """
    import phonenumbers

    from linkedin_export.phones import normalize_phones

    counts: collections.Counter[str] = collections.Counter()
    for raw in numbers:
        for info in normalize_phones(raw):
            if info.e164 is None:
                continue
            number = phonenumbers.parse(info.e164, None)
            region = phonenumbers.region_code_for_country_code(number.country_code or 0)
            if region not in {"001", "ZZ"}:
                counts[region] += 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)  # the first of the most common, in order seen


@functools.lru_cache(maxsize=256)
def _supported(region: str) -> bool:
    import phonenumbers

    return region in phonenumbers.SUPPORTED_REGIONS


def validate_region(region: str | None) -> str | None:
    """An explicit default region, checked: upper-cased code, or ``None`` for ``None``/``""``.

    Raises:
        TypeError: ``region`` is not a ``str`` or ``None``.
        ValueError: ``region`` is not a region ``phonenumbers`` has a numbering plan for (ISO
            3166-1 alpha-2 codes, plus ``AC``, ``TA`` and ``XK``); the message suggests the code
            when ``region`` is a country name or alias (``"UK"`` → ``"GB"``).
    """
    if region is None:
        return None
    if not isinstance(region, str):
        raise TypeError(f"region must be a str or None, not {type(region).__name__}")
    code = region.strip().upper()
    if not code:
        return None
    if _supported(code):
        return code
    suggestion = region_from_location(region)
    hint = (
        f"; did you mean {suggestion!r}?"
        if suggestion is not None and _supported(suggestion)
        else ""
    )
    raise ValueError(
        f"unknown phone region {region!r}: give an ISO 3166-1 alpha-2 code with a numbering plan "
        f"in phonenumbers, such as 'GB' or 'US'{hint}"
    )


def _usable(region: str | None) -> str | None:
    return region if region is not None and _supported(region) else None


def _from_country_column(value: str | None) -> str | None:
    """A per-row country: a name or code, or a calling code (``44``, ``+44``)."""
    if value and (calling := _CALLING_CODE.fullmatch(value.strip())):
        import phonenumbers

        return _usable(phonenumbers.region_code_for_country_code(int(calling[1])))
    return _usable(region_from_location(value))


def resolve_region(
    *,
    explicit: str | None,
    row_country: str | None,
    owner_location: str | None,
    export_numbers: Iterable[str],
) -> tuple[str | None, str]:
    """The default region for national phone numbers, and where it came from.

    Highest priority first (EMAIL_PHONE.md §4, "Choosing the default region"):

    1. ``"explicit"``: the region the caller gave (``default_region=``), checked with
       :func:`validate_region`; an unknown region raises ``ValueError`` rather than silently
       reading every number wrongly. ``None`` or ``""`` means "not given".
    2. ``"row"``: a country column of the row (``Business Country``, ``CountryCode``), read with
       :func:`region_from_location`; a calling code (``44``, ``+44``) is accepted too.
    3. ``"profile"``: the export owner's location (``Profile.csv`` ``Country`` or ``Geo Location``,
       ``City, Region, Country``), read with :func:`region_from_location`.
    4. ``"export"``: :func:`most_common_region` of the export's numbers; ``export_numbers`` is only
       iterated when the earlier sources give nothing, so a generator is fine.
    5. ``(None, "none")``: numbers without ``+`` stay unread, each with an ``invalid-phone``
       warning.

    Values that give no region, or a region without a numbering plan in ``phonenumbers``, fall
    through to the next source.

    Raises:
        ValueError: ``explicit`` is not a known region.
    """
    region = validate_region(explicit)
    if region is not None:
        return region, "explicit"
    region = _from_country_column(row_country)
    if region is not None:
        return region, "row"
    region = _usable(region_from_location(owner_location))
    if region is not None:
        return region, "profile"
    region = _usable(most_common_region(export_numbers))
    if region is not None:
        return region, "export"
    return None, "none"
