"""Measure extraction quality against gold annotations: entities, quotes (with speakers) and claims.

Gold files hold one JSON object per article with names for entities and character offsets for quotes
and claims, so a gold file for third-party articles carries none of their text
(``tests/gold/GUIDELINES.md``). Matching rules:

* entities, per type and per article, one to one: a prediction matches a gold entity when its name,
  canonical name or any mention equals the gold name or an alias after normalisation (case,
  diacritics, punctuation, a possessive ``-s``), or when rapidfuzz's ``ratio`` of the normalised
  names reaches ``FUZZY_THRESHOLD``;
* quotes: overlap of at least half the gold span, one to one, largest overlap first; speaker accuracy
  over matched quotes compares names as for entities, accepting the aliases the gold lists for the
  speaker's entity (null only equals null); kind accuracy over matched quotes compares ``kind``;
* claims: overlapping spans and values within 0.5 %; value and unit accuracy over matched claims.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from nieuwsnlp.claims import UNITS
from nieuwsnlp.records import ArticleAnalysis

FUZZY_THRESHOLD = 90
QUOTE_OVERLAP = 0.5
VALUE_TOLERANCE = 0.005
ENTITY_TYPES = ("people", "organizations", "places")


class Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


GoldModel = TypeVar("GoldModel", bound=Gold)


class GoldEntity(Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldQuote(Gold):
    start: int
    end: int
    speaker: str | None = None
    kind: Literal["direct", "indirect", "partial"] = "direct"


class GoldClaim(Gold):
    start: int
    end: int
    value: float
    unit: str | None = None


class GoldArticle(Gold):
    """The gold annotation of one article (no article text: names and offsets only)."""

    id: str
    people: list[GoldEntity] = Field(default_factory=list)
    organizations: list[GoldEntity] = Field(default_factory=list)
    places: list[GoldEntity] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)


class Score(BaseModel):
    model_config = ConfigDict(frozen=True)

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int

    @classmethod
    def of(cls, true_positives: int, predicted: int, gold: int) -> Score:
        precision = true_positives / predicted if predicted else 0.0
        recall = true_positives / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(
            precision=precision,
            recall=recall,
            f1=f1,
            true_positives=true_positives,
            predicted=predicted,
            gold=gold,
        )


class Scores(BaseModel):
    """Scores per record type, plus speaker, value and unit accuracies over matches."""

    model_config = ConfigDict(frozen=True)

    articles: int
    people: Score
    organizations: Score
    places: Score
    quotes: Score
    claims: Score
    speaker_accuracy: float
    quote_kind_accuracy: float
    claim_value_accuracy: float
    claim_unit_accuracy: float

    def f1(self) -> dict[str, float]:
        return {name: getattr(self, name).f1 for name in (*ENTITY_TYPES, "quotes", "claims")}

    def table(self) -> str:
        lines = [f"{'':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
        for name in (*ENTITY_TYPES, "quotes", "claims"):
            score: Score = getattr(self, name)
            lines.append(
                f"{name:<14}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                f"{score.gold:>7}{score.predicted:>7}"
            )
        lines.append(f"speaker accuracy      {self.speaker_accuracy:.3f} (over matched quotes)")
        lines.append(f"quote kind accuracy   {self.quote_kind_accuracy:.3f} (over matched quotes)")
        lines.append(f"claim value accuracy  {self.claim_value_accuracy:.3f} (over matched claims)")
        lines.append(f"claim unit accuracy   {self.claim_unit_accuracy:.3f} (over matched claims)")
        lines.append(f"articles              {self.articles}")
        return "\n".join(lines)


class PairMember(Gold):
    article: str
    name: str


class GoldPair(Gold):
    """Two entities of two articles, judged to be one real-world entity (``same``) or two."""

    type: Literal["person", "organization", "place"]
    a: PairMember
    b: PairMember
    same: bool


def evaluate_entity_index(
    pairs: Iterable[GoldPair], predictions: Iterable[dict[str, Any] | ArticleAnalysis]
) -> Score:
    """``EntityIndex`` over ``predictions``, scored on judged pairs: precision of the pairs it
    merges, recall of the pairs judged the same. A pair member is the record of that name, else the
    record with a mention written so (``FvD`` in ``Forum voor Democratie``); an entity the analysis
    no longer names counts as merged with nothing."""
    from nieuwsnlp.entity_index import RECORD_FIELDS, EntityIndex

    index = EntityIndex()
    records: dict[tuple[str, str, str], str] = {}
    for article, record in _by_article(predictions).items():
        index.add(record)
        for kind, field in RECORD_FIELDS:
            for entity in record.get(field, []):
                records.setdefault((article, kind, entity["name"]), str(entity["id"]))
        for kind, field in RECORD_FIELDS:
            for entity in record.get(field, []):
                for mention in entity["mentions"]:
                    records.setdefault((article, kind, mention["text"]), str(entity["id"]))
    canonical = {member: entity.id for entity in index.entities() for member in entity.members}

    def entity_of(pair: GoldPair, member: PairMember) -> str | None:
        record = records.get((member.article, pair.type, member.name))
        return canonical.get((member.article, record)) if record else None

    merged = same = both = 0
    for pair in pairs:
        first, second = entity_of(pair, pair.a), entity_of(pair, pair.b)
        together = first is not None and first == second
        merged += together
        same += pair.same
        both += together and pair.same
    return Score.of(both, merged, same)


class GoldLink(Gold):
    """Which real place an article's place name means: the GeoNames id, or the gazetteer's name of
    a place without one (``Europa``, ``England``); both null when the gazetteer lacks the place (a
    street, a neighbourhood). ``country`` is null for places in no single country."""

    article: str
    place: str  # the gold place's ``name`` in that article
    geonames_id: int | None
    canonical: str | None
    country: str | None


class LinkScores(BaseModel):
    """Place linking over the gold places the analysis found. A link is right when it is the place
    meant, or absent when the gazetteer lacks that place."""

    model_config = ConfigDict(frozen=True)

    judged: int
    found: int
    link_accuracy: float
    country_accuracy: float
    wrong_place: int  # linked, but to another place than the one meant
    missed_link: int  # the gazetteer has the place meant, the record is not linked to it
    spurious_link: int  # linked, where the gazetteer lacks the place meant


def evaluate_place_links(
    links: Iterable[GoldLink],
    gold: Iterable[GoldArticle],
    predictions: Iterable[dict[str, Any] | ArticleAnalysis],
) -> LinkScores:
    """Score the place records' ``geonames_id``/``canonical`` and ``country`` against judged links.
    Predicted places are matched to gold places as ``evaluate`` matches them."""
    found = _found_entities("places", gold, predictions)
    judged = matched = right = country = wrong = missed = spurious = 0
    for link in links:
        judged += 1
        place = found.get((link.article, link.place))
        if place is None:
            continue
        matched += 1
        linked = place.get("geonames_id")
        if link.geonames_id is not None:
            ok = linked == link.geonames_id
            wrong += linked is not None and not ok
            missed += linked is None
        elif link.canonical is not None:
            ok = linked is None and place.get("canonical") == link.canonical
            wrong += not ok
        else:  # unknown to the gazetteer: the record must not claim another place for the name
            canonical = place.get("canonical")
            ok = linked is None and (canonical is None or names_match([canonical], [place["name"]]))
            spurious += not ok
        right += ok
        country += place.get("country") == link.country
    return LinkScores(
        judged=judged,
        found=matched,
        link_accuracy=right / matched if matched else 0.0,
        country_accuracy=country / matched if matched else 0.0,
        wrong_place=wrong,
        missed_link=missed,
        spurious_link=spurious,
    )


class GoldRoles(Gold):
    """The roles an article attaches to a person's name, before it (``premier Robert Fico``) or in
    apposition (``Jan Smit, woordvoerder van …``), one word each; empty when it gives none."""

    article: str
    person: str  # the gold person's ``name`` in that article
    roles: list[str]


def evaluate_roles(
    gold_roles: Iterable[GoldRoles],
    gold: Iterable[GoldArticle],
    predictions: Iterable[dict[str, Any] | ArticleAnalysis],
) -> Score:
    """Precision and recall of the ``roles`` of the people the analysis found (matched to gold
    people as ``evaluate`` matches them). Roles compare case-, hyphen- and plural-blind
    (``columnisten`` is ``columnist``)."""
    found = _found_entities("people", gold, predictions)
    counts = [0, 0, 0]
    for person in gold_roles:
        record = found.get((person.article, person.person))
        if record is None:
            continue
        wanted = {_role_key(role) for role in person.roles}
        given = {_role_key(role) for role in record.get("roles", [])}
        _add(counts, len(wanted & given), len(given), len(wanted))
    return Score.of(*counts)


def _role_key(role: str) -> str:
    folded = normalise(role).replace(" ", "")
    for plural, singular in (("aten", "aat"), ("oren", "or"), ("ssen", "s"), ("en", ""), ("s", "")):
        if folded.endswith(plural) and len(folded) > len(plural) + 3:
            return folded[: -len(plural)] + singular
    return folded


def load_roles(path: str | Path) -> list[GoldRoles]:
    return _read_jsonl(path, GoldRoles)


def load_links(path: str | Path) -> list[GoldLink]:
    return _read_jsonl(path, GoldLink)


def load_pairs(path: str | Path) -> list[GoldPair]:
    return _read_jsonl(path, GoldPair)


def load_gold(path: str | Path) -> list[GoldArticle]:
    return _read_jsonl(path, GoldArticle)


def _read_jsonl(path: str | Path, model: type[GoldModel]) -> list[GoldModel]:
    """One ``model`` per non-empty line of a JSON-lines gold file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [model.model_validate_json(line) for line in lines if line.strip()]


def gold_schema() -> dict[str, Any]:
    return GoldArticle.model_json_schema()


def normalise(name: str) -> str:
    """Case, diacritics, punctuation and a possessive -s folded away."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"[^\w\s]", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    predicted_names = {normalise(n) for n in predicted if n}
    gold_names = {normalise(n) for n in gold if n}
    if predicted_names & gold_names:
        return True
    return any(
        fuzz.ratio(p, g) >= FUZZY_THRESHOLD or (p.endswith("s") and p[:-1] == g)
        for p in predicted_names
        for g in gold_names
    )


def evaluate(
    gold: Iterable[GoldArticle], predictions: Iterable[ArticleAnalysis | dict[str, Any]]
) -> Scores:
    """Score predictions (records or the dicts ``nieuwsnlp analyze`` writes) against gold."""
    by_id = _by_article(predictions)
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in (*ENTITY_TYPES, "quotes", "claims")}
    speakers = [0, 0]
    kinds = [0, 0]
    values = [0, 0]
    units = [0, 0]
    gold_articles = list(gold)
    for article in gold_articles:
        predicted = by_id.get(article.id, {})
        for name in ENTITY_TYPES:
            predicted_entities = predicted.get(name, [])
            matched = _match_entities(predicted_entities, getattr(article, name))
            _add(counts[name], len(matched), len(predicted_entities), len(getattr(article, name)))
        predicted_quotes = predicted.get("quotes", [])
        quote_pairs = _match_spans(predicted_quotes, article.quotes, QUOTE_OVERLAP)
        _add(counts["quotes"], len(quote_pairs), len(predicted_quotes), len(article.quotes))
        entities = {e["id"]: e for n in ("people", "organizations") for e in predicted.get(n, [])}
        aliases = {
            entity.name: [entity.name, *entity.aliases]
            for entity in (*article.people, *article.organizations)
        }
        for p, g in quote_pairs:
            speakers[0] += _speaker_match(
                predicted_quotes[p].get("speaker"), article.quotes[g], entities, aliases
            )
            speakers[1] += 1
            kinds[0] += predicted_quotes[p].get("kind") == article.quotes[g].kind
            kinds[1] += 1
        predicted_claims = predicted.get("claims", [])
        claim_pairs = [
            (p, g)
            for p, g in _match_spans(predicted_claims, article.claims, 0.0)
            if _close(predicted_claims[p]["value"], article.claims[g].value)
            or _close(predicted_claims[p].get("low"), article.claims[g].value)
        ]
        _add(counts["claims"], len(claim_pairs), len(predicted_claims), len(article.claims))
        for p, g in claim_pairs:
            values[0] += _close(predicted_claims[p]["value"], article.claims[g].value)
            values[1] += 1
            units[0] += _unit_key(predicted_claims[p].get("unit")) == _unit_key(
                article.claims[g].unit
            )
            units[1] += 1
    return Scores(
        articles=len(gold_articles),
        **{name: Score.of(*counts[name]) for name in counts},
        speaker_accuracy=speakers[0] / speakers[1] if speakers[1] else 0.0,
        quote_kind_accuracy=kinds[0] / kinds[1] if kinds[1] else 0.0,
        claim_value_accuracy=values[0] / values[1] if values[1] else 0.0,
        claim_unit_accuracy=units[0] / units[1] if units[1] else 0.0,
    )


def _by_article(
    predictions: Iterable[ArticleAnalysis | dict[str, Any]],
) -> dict[str, dict[str, Any]]:
    by_id = {}
    for prediction in predictions:
        record = (
            prediction.model_dump(mode="json") if isinstance(prediction, BaseModel) else prediction
        )
        by_id[str(record["article"]["id"])] = record
    return by_id


def _found_entities(
    kind: str, gold: Iterable[GoldArticle], predictions: Iterable[dict[str, Any] | ArticleAnalysis]
) -> dict[tuple[str, str], dict[str, Any]]:
    """(article id, gold name) → the predicted entity of ``kind`` matched to that gold entity."""
    by_id = _by_article(predictions)
    found = {}
    for article in gold:
        predicted = by_id.get(article.id, {}).get(kind, [])
        entities = getattr(article, kind)
        for p, g in _match_entities(predicted, entities):
            found[article.id, entities[g].name] = predicted[p]
    return found


def _add(counter: list[int], true_positives: int, predicted: int, gold: int) -> None:
    counter[0] += true_positives
    counter[1] += predicted
    counter[2] += gold


def _entity_names(entity: dict[str, Any]) -> list[str]:
    names = [entity.get("name") or "", entity.get("canonical") or ""]
    return names + [m["text"] for m in entity.get("mentions", [])]


def _match_entities(
    predicted: list[dict[str, Any]], gold: list[GoldEntity]
) -> list[tuple[int, int]]:
    """One-to-one: each gold entity takes the first unmatched prediction that names it."""
    used: set[int] = set()
    pairs = []
    for g, entity in enumerate(gold):
        for p, candidate in enumerate(predicted):
            if p not in used and names_match(
                _entity_names(candidate), [entity.name, *entity.aliases]
            ):
                used.add(p)
                pairs.append((p, g))
                break
    return pairs


def _match_spans(
    predicted: list[dict[str, Any]], gold: list[Any], minimum: float
) -> list[tuple[int, int]]:
    """One-to-one by overlap, largest first; a pair needs ``minimum`` of the gold span covered
    (any overlap when ``minimum`` is 0)."""
    candidates = []
    for p, span in enumerate(predicted):
        for g, target in enumerate(gold):
            overlap = min(span["end"], target.end) - max(span["start"], target.start)
            length = max(target.end - target.start, 1)
            if overlap > 0 and overlap / length >= minimum:
                candidates.append((overlap / length, p, g))
    pairs, used_p, used_g = [], set(), set()
    for _, p, g in sorted(candidates, reverse=True):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


def _speaker_match(
    speaker: dict[str, Any] | None, gold: GoldQuote, entities: dict, aliases: dict[str, list[str]]
) -> bool:
    """Name match as for entities; the gold speaker's entity aliases count too."""
    names = []
    if speaker:
        names.append(speaker.get("name") or "")
        entity = entities.get(speaker.get("entity_id"))
        if entity:
            names += _entity_names(entity)
    names = [n for n in names if n]
    if gold.speaker is None:
        return not names
    return bool(names) and names_match(names, aliases.get(gold.speaker, [gold.speaker]))


def _close(value: float | None, gold: float) -> bool:
    if value is None:
        return False
    return abs(value - gold) <= VALUE_TOLERANCE * max(abs(gold), 1e-9)


def _unit_key(unit: str | None) -> str:
    """``inwoners`` and ``inwoner`` compare equal; so do ``EUR`` and ``eur``, and a unit written out
    and its code (``meter`` and ``m``, ``graden`` and ``degrees``)."""
    if unit is None:
        return ""
    folded = normalise(UNITS.get(unit.casefold(), unit))
    return re.sub(r"(en|s)$", "", folded) if len(folded) > 4 else folded


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]


RECORD_KEYS = {
    "people": ("name",),
    "organizations": ("name",),
    "places": ("name",),
    "quotes": ("start", "end"),
    "claims": ("start", "end"),
}


def diff(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    """Records added, removed and changed per article and record type, for snapshot checks.

    Records are keyed by name (entities) or span (quotes, claims); ids are ignored.
    """
    lines = []
    old_by_id = {str(r["article"]["id"]): r for r in old}
    new_by_id = {str(r["article"]["id"]): r for r in new}
    for article_id in [*old_by_id, *(i for i in new_by_id if i not in old_by_id)]:
        before, after = old_by_id.get(article_id), new_by_id.get(article_id)
        if before is None or after is None:
            lines.append(f"{article_id}: article {'added' if before is None else 'removed'}")
            continue
        for kind, key_fields in RECORD_KEYS.items():
            keyed_old = {_key(r, key_fields): _without_ids(r) for r in before.get(kind, [])}
            keyed_new = {_key(r, key_fields): _without_ids(r) for r in after.get(kind, [])}
            for key in keyed_old.keys() - keyed_new.keys():
                lines.append(f"{article_id}: {kind} removed {key}")
            for key in keyed_new.keys() - keyed_old.keys():
                lines.append(f"{article_id}: {kind} added {key}")
            for key in keyed_old.keys() & keyed_new.keys():
                if keyed_old[key] != keyed_new[key]:
                    lines.append(f"{article_id}: {kind} changed {key}")
        if before.get("error") != after.get("error"):
            lines.append(f"{article_id}: error changed")
    return lines


def _key(record: dict[str, Any], fields: tuple[str, ...]) -> str:
    return " ".join(str(record.get(field)) for field in fields)


def _without_ids(record: dict[str, Any]) -> str:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "entity_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(record), sort_keys=True, ensure_ascii=False)
