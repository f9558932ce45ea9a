"""Canonical entities across a corpus: one record per person, organisation or place over all articles.

Merging, cautiously (a wrong merge is worse than a missed one):

* places by GeoNames id, else by name (rapidfuzz for spelling variants: ``Bachmoet``/``Bachmut``);
* organisations by their canonical name from the alias table, else by fuzzy name;
* people with a first name and a surname when the surnames match fuzzily and the first names agree
  (``Volodimir Zelenski``/``Volodymyr Zelensky``); a bare surname (``De Jong``) joins such a person
  only when they share a role, else it stays an entity of its own article; ``Jan`` never joins
  ``Jan de Vries``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, utils

from nieuwsnlp.gazetteer import key
from nieuwsnlp.records import ArticleAnalysis

NAME_THRESHOLD = 85
PLACE_THRESHOLD = 80  # Bachmoet/Bachmut; place names are compared within the same first letters
FIRST_NAME_THRESHOLD = 70  # Volodimir/Volodymyr, once the surnames agree
PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da"})

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
                group.variants.update(
                    dict.fromkeys(
                        [entity["name"], *(m["text"] for m in entity.get("mentions", []))]
                    )
                )
                group.articles.add(article_id)
                group.mentions += len(entity.get("mentions", []))
                group.roles.update(dict.fromkeys(entity.get("roles", [])))
                if len(entity["name"]) > len(group.name) and kind == "person":
                    group.name = entity["name"]
                group.geonames_id = group.geonames_id or entity.get("geonames_id")
                group.country = group.country or entity.get("country")

    def entities(self) -> list[CanonicalEntity]:
        """Canonical entities, most frequent first."""
        ordered = sorted(self._groups, key=lambda g: (-len(g.articles), -g.mentions, g.name))
        return [
            CanonicalEntity(
                id=f"{group.kind[0]}{number}",
                type=group.kind,
                name=group.name,
                variants=list(group.variants),
                articles=len(group.articles),
                mentions=group.mentions,
                roles=list(group.roles),
                geonames_id=group.geonames_id,
                country=group.country,
            )
            for number, group in enumerate(ordered, start=1)
        ]

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
            name = entity.get("canonical") if kind == "organization" else None
            group = _Group(kind, name or entity["name"])
            self._groups.append(group)
            self._blocks.setdefault(block, []).append(group)
        if geonames_id:
            self._by_geonames[geonames_id] = group
        return group

    def _same(self, kind: str, entity: dict[str, Any], group: _Group, article_id: str) -> bool:
        if kind == "place":
            if entity.get("geonames_id") and group.geonames_id:
                return entity["geonames_id"] == group.geonames_id
            return any(self._similar(entity["name"], v, PLACE_THRESHOLD) for v in group.variants)
        if kind == "organization":
            return key(entity.get("canonical") or entity["name"]) == key(group.name) or (
                self._similar(entity["name"], group.name)
            )
        return self._same_person(entity, group, article_id)

    def _same_person(self, entity: dict[str, Any], group: _Group, article_id: str) -> bool:
        first, surname = _split_name(entity["name"])
        group_first, group_surname = _split_name(group.name)
        if not any(
            self._similar(surname, _split_name(v)[1]) for v in (group.name, *group.variants)
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

    def _similar(self, name: str, other: str, threshold: int | None = None) -> bool:
        return bool(name and other) and (
            fuzz.ratio(name, other, processor=utils.default_process)
            >= (threshold or self.threshold)
        )


def _block(kind: str, entity: dict[str, Any]) -> str:
    if kind == "person":
        return _split_name(entity["name"])[1].replace(" ", "")[:3]
    return key(entity.get("canonical") or entity["name"]).replace(" ", "")[:3]


def _split_name(name: str) -> tuple[str, str]:
    """(first names, surname with its particles): ``Jan de Vries`` → (``jan``, ``de vries``)."""
    words = key(name).split()
    for i, word in enumerate(words):
        if word in PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    if len(words) <= 1:
        return "", " ".join(words)
    return " ".join(words[:-1]), words[-1]
