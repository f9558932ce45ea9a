"""Canonical entities across a corpus: one record per person, organisation or place over all articles.

Merging, cautiously (a wrong merge is worse than a missed one):

* places by GeoNames id, else by a name spelt the same once Dutch and transliterated spellings are
  folded (``Bachmoet``/``Bachmut``, ``Borssele``/``Borsele``; not ``Berlijn``/``Bergwijn``, nor a
  name and a longer one built on it: ``Zuid``/``Zuidas``, ``Amsterdam-Zuid``/``Amsterdam-Zuidoost``);
* organisations by their canonical name from the alias table (two different canonical names never
  merge: ``Eurostat``/``Eurostar``, ``ministerie van Buitenlandse Zaken``/``… Binnenlandse Zaken``;
  a kind of body with one per region, ``GGD``, by the name as written), else by fuzzy name;
* people with a first name and a surname when the surnames match fuzzily with the same particles
  and the first names agree (``Volodimir Zelenski``/``Volodymyr Zelensky``; not ``Van der
  Veen``/``Van der Veer``); a bare surname (``De Jong``) joins such a person only when they share a
  role, or when the table of public figures names him (``Rutte``: Mark Rutte) and the corpus has
  that person and no other of the surname; else it stays an entity of its own article; ``Jan``
  never joins ``Jan de Vries``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, utils

from nieuwsnlp.gazetteer import key, organizations, public_figures
from nieuwsnlp.labels import ID_PREFIXES
from nieuwsnlp.records import ArticleAnalysis

NAME_THRESHOLD = 85
FIRST_NAME_THRESHOLD = 70  # Volodimir/Volodymyr, once the surnames agree
PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da"})
#: Spellings that vary between Dutch, English and transliterations: ``oe``/``u``, ``aa``/``a``,
#: ``ij``/``y``/``i``, ``kh``/``ch``/``h``, doubled consonants.
SPELLING_FOLDS = (
    (re.compile(r"oe"), "u"),
    (re.compile(r"([aeiou])\1"), r"\1"),
    (re.compile(r"ij|y"), "i"),
    (re.compile(r"[kc]h"), "h"),
    (re.compile(r"([^aeiou\W\d])\1"), r"\1"),
)

EntityKind = Literal["person", "organization", "place"]
RECORD_FIELDS: tuple[tuple[EntityKind, str], ...] = (
    ("person", "people"),
    ("organization", "organizations"),
    ("place", "places"),
)


class CanonicalEntity(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    type: EntityKind
    name: str
    variants: list[str] = Field(default_factory=list)
    articles: int
    mentions: int
    roles: list[str] = Field(default_factory=list)
    geonames_id: int | None = None
    country: str | None = None
    #: (article id, entity id) of every article record merged here: joins the per-article tables
    members: list[tuple[str, str]] = Field(default_factory=list)


class _Group:
    def __init__(self, kind: EntityKind, name: str) -> None:
        self.kind = kind
        self.name = name
        self.variants: dict[str, None] = {}
        self.articles: set[str] = set()
        self.mentions = 0
        self.roles: dict[str, None] = {}
        self.geonames_id: int | None = None
        self.country: str | None = None
        self.canonical: str | None = None
        self.members: list[tuple[str, str]] = []
        self.written: Counter[str] = Counter()  # record names, once per article

    @property
    def display_name(self) -> str:
        """A place goes by the name most of its articles give it (``VS`` over ``Amerika``)."""
        if self.kind == "place" and self.written:
            return self.written.most_common(1)[0][0]
        return self.name

    def absorb(self, other: _Group) -> None:
        self.written.update(other.written)
        self.variants.update(other.variants)
        self.articles |= other.articles
        self.mentions += other.mentions
        self.roles.update(other.roles)
        self.members += other.members
        self.geonames_id = self.geonames_id or other.geonames_id
        self.country = self.country or other.country
        self.canonical = self.canonical or other.canonical


class EntityIndex:
    """Collect the entities of analysed articles and merge them into canonical entities."""

    def __init__(self, threshold: int = NAME_THRESHOLD) -> None:
        self.threshold = threshold
        self._groups: list[_Group] = []
        self._blocks: dict[tuple[str, str], list[_Group]] = {}
        self._by_geonames: dict[int, _Group] = {}

    @classmethod
    def from_jsonl(cls, path: str | Path) -> EntityIndex:
        """An index of the analysis output written by ``nieuwsnlp analyze``."""
        index = cls()
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    index.add(json.loads(line))
        return index

    def add(self, analysis: ArticleAnalysis | dict[str, Any]) -> None:
        record = analysis.model_dump(mode="json") if isinstance(analysis, BaseModel) else analysis
        article_id = str(record["article"]["id"])
        for kind, field in RECORD_FIELDS:
            for entity in record.get(field, []):
                group = self._find(kind, entity, article_id)
                # its written name counts once per article
                group.absorb(_of_record(kind, entity, article_id, article_id not in group.articles))
                if len(entity["name"]) > len(group.name) and kind == "person":
                    group.name = entity["name"]

    def entities(self) -> list[CanonicalEntity]:
        """Canonical entities, most frequent first."""
        groups = self._with_public_figures()
        ordered = sorted(groups, key=lambda g: (-len(g.articles), -g.mentions, g.display_name))
        return [
            CanonicalEntity(
                id=f"{ID_PREFIXES[group.kind]}{number}",
                type=group.kind,
                name=group.display_name,
                variants=list(group.variants),
                articles=len(group.articles),
                mentions=group.mentions,
                roles=list(group.roles),
                geonames_id=group.geonames_id,
                country=group.country,
                members=group.members,
            )
            for number, group in enumerate(ordered, start=1)
        ]

    def _with_public_figures(self) -> list[_Group]:
        """The groups, bare surnames of well-known people (``Rutte``) joined to their full name's
        group when the corpus has one person of that surname only; computed on a copy, once the
        whole corpus is known, so the order of the articles does not matter."""
        named: dict[str, list[_Group]] = {}
        for group in self._groups:
            first, surname = _split_name(group.name)
            if group.kind == "person" and first:
                named.setdefault(surname, []).append(group)
        joined: dict[int, _Group] = {}
        for group in self._groups:
            full_name = public_figures().full_name(group.name) if group.kind == "person" else None
            if not full_name or _split_name(group.name)[0]:
                continue
            first, surname = _split_name(full_name)
            holders = named.get(surname, [])
            if len(holders) == 1 and _split_name(holders[0].name)[0] == first:
                target = joined.setdefault(id(holders[0]), _copy(holders[0]))
                target.absorb(group)
                joined[id(group)] = target
        groups, taken = [], set()
        for group in self._groups:
            merged = joined.get(id(group), group)
            if id(merged) not in taken:
                taken.add(id(merged))
                groups.append(merged)
        return groups

    def _find(self, kind: EntityKind, entity: dict[str, Any], article_id: str) -> _Group:
        """Compare only within a block (GeoNames id, or the name's first letters) to stay fast."""
        geonames_id = entity.get("geonames_id") if kind == "place" else None
        if geonames_id in self._by_geonames:
            return self._by_geonames[geonames_id]
        block = (kind, _block(kind, entity))
        group = next(
            (g for g in self._blocks.get(block, []) if self._same(kind, entity, g, article_id)),
            None,
        )
        if group is None:
            name = _organization_name(entity) if kind == "organization" else entity["name"]
            group = _Group(kind, name)
            self._groups.append(group)
            self._blocks.setdefault(block, []).append(group)
        if geonames_id:
            self._by_geonames[geonames_id] = group
        return group

    def _same(self, kind: str, entity: dict[str, Any], group: _Group, article_id: str) -> bool:
        canonical = entity.get("canonical")
        if canonical and group.canonical and key(canonical) != key(group.canonical):
            return False  # the tables tell them apart: Eurostat and Eurostar, Jordanië and Jordaan
        if kind == "place":
            if entity.get("geonames_id") and group.geonames_id:
                return entity["geonames_id"] == group.geonames_id
            spelling = _spelling(entity["name"])
            return any(_spelling(v) == spelling for v in group.variants)
        if kind == "organization":
            return key(_organization_name(entity)) == key(group.name) or (
                self._similar(entity["name"], group.name)
            )
        return self._same_person(entity, group, article_id)

    def _same_person(self, entity: dict[str, Any], group: _Group, article_id: str) -> bool:
        first, surname = _split_name(entity["name"])
        group_first, _ = _split_name(group.name)
        if not any(
            self._same_surname(surname, _split_name(v)[1]) for v in (group.name, *group.variants)
        ):
            return False
        if first and group_first:
            return first[0] == group_first[0] and (
                len(first) <= 2
                or len(group_first) <= 2
                or self._similar(first, group_first, FIRST_NAME_THRESHOLD)
            )
        if not first and not group_first and article_id in group.articles:
            return True
        return bool(set(entity.get("roles", [])) & set(group.roles))

    def _same_surname(self, surname: str, other: str) -> bool:
        """Fuzzy on the name itself, its particles alike: ``van der veen`` is no ``van der veer``."""
        *particles, name = surname.split() or [""]
        *other_particles, other_name = other.split() or [""]
        return particles == other_particles and self._similar(name, other_name)

    def _similar(self, name: str, other: str, threshold: int | None = None) -> bool:
        return bool(name and other) and (
            fuzz.ratio(name, other, processor=utils.default_process)
            >= (threshold or self.threshold)
        )


def _of_record(kind: EntityKind, entity: dict[str, Any], article_id: str, written: bool) -> _Group:
    """One article record as a group of its own, to be absorbed."""
    group = _Group(kind, entity["name"])
    group.variants.update(
        dict.fromkeys([entity["name"], *(m["text"] for m in entity.get("mentions", []))])
    )
    if written:
        group.written[entity["name"]] += 1
    group.articles.add(article_id)
    group.members.append((article_id, str(entity.get("id"))))
    group.mentions = len(entity.get("mentions", []))
    group.roles.update(dict.fromkeys(entity.get("roles", [])))
    group.geonames_id = entity.get("geonames_id")
    group.country = entity.get("country")
    group.canonical = entity.get("canonical")
    return group


def _copy(group: _Group) -> _Group:
    copy = _Group(group.kind, group.name)
    copy.absorb(group)
    return copy


def _organization_name(entity: dict[str, Any]) -> str:
    """The canonical name, unless it names a kind of body (``GGD``): then the name as written."""
    canonical = entity.get("canonical")
    return entity["name"] if not canonical or canonical in organizations().generic else canonical


def _block(kind: str, entity: dict[str, Any]) -> str:
    if kind == "person":
        return _split_name(entity["name"])[1].replace(" ", "")[:3]
    if kind == "organization":
        return key(_organization_name(entity)).replace(" ", "")[:3]
    return key(entity.get("canonical") or entity["name"]).replace(" ", "")[:3]


@lru_cache(maxsize=2**14)  # asked for every variant of every place compared
def _spelling(name: str) -> str:
    folded = key(name).replace(" ", "")
    for pattern, replacement in SPELLING_FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded


def _split_name(name: str) -> tuple[str, str]:
    """(first names, surname with its particles): ``Jan de Vries`` → (``jan``, ``de vries``)."""
    words = key(name).split()
    for i, word in enumerate(words):
        if word in PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    if len(words) <= 1:
        return "", " ".join(words)
    return " ".join(words[:-1]), words[-1]
