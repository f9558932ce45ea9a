"""Typed output records: frozen pydantic models that round-trip through JSON.

Components leave plain offsets in Doc extensions; this module is the only place that turns them into
records, so the records look the same whichever trained pipeline ran underneath.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc

from nieuwsnlp.loader import Article


class Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class Mention(Record):
    """A stretch of ``article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


class Person(Record):
    id: str
    name: str
    mentions: list[Mention] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class Organization(Record):
    id: str
    name: str
    canonical: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Place(Record):
    id: str
    name: str
    canonical: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    geonames_id: int | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    lat: float | None = None
    lon: float | None = None
    kind: str | None = Field(None, description="country, region, city …")


class Speaker(Record):
    entity_id: str | None = Field(None, description="id of a person or organisation record")
    name: str | None = None
    mention: Mention | None = None


class Quote(Record):
    text: str = Field(description="the quote content, without quote marks")
    start: int
    end: int
    kind: Literal["direct", "indirect", "partial"]
    cue: str | None = None
    speaker: Speaker | None = None


Qualifier = Literal[
    "exact", "approximately", "more_than", "less_than", "at_least", "at_most", "range", "score"
]


class Claim(Record):
    text: str
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    subject: str | None = None
    source: str | None = None
    sentence: Mention | None = None


class PipelineInfo(Record):
    name: str
    version: str


class ErrorInfo(Record):
    type: str
    message: str


class ArticleAnalysis(Record):
    """Everything nieuwsnlp found in one article; one JSON line of ``nieuwsnlp analyze``."""

    article: Article
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    pipeline: PipelineInfo
    error: ErrorInfo | None = None

    @classmethod
    def from_doc(cls, article: Article, doc: Doc, pipeline: PipelineInfo) -> ArticleAnalysis:
        """Collect the records our components left in ``doc._`` for ``article``."""
        text = doc.text

        def mention(start: int | None, end: int | None) -> Mention | None:
            if start is None or end is None:
                return None
            return Mention(start=start, end=end, text=text[start:end])

        entities = _extension(doc, "nieuwsnlp_entities")
        by_type: dict[str, list[dict[str, Any]]] = {"person": [], "organization": [], "place": []}
        for entity in entities:
            fields = {
                key: value for key, value in entity.items() if key not in ("type", "mentions")
            }
            fields["mentions"] = [mention(start, end) for start, end in entity["mentions"]]
            by_type[entity["type"]].append(fields)
        quotes = []
        for quote in _extension(doc, "nieuwsnlp_quotes"):
            speaker = quote.get("speaker")
            quotes.append(
                Quote(
                    text=text[quote["start"] : quote["end"]],
                    start=quote["start"],
                    end=quote["end"],
                    kind=quote["kind"],
                    cue=quote.get("cue"),
                    speaker=Speaker(
                        entity_id=speaker.get("entity_id"),
                        name=speaker.get("name"),
                        mention=mention(speaker.get("start"), speaker.get("end")),
                    )
                    if speaker
                    else None,
                )
            )
        claims = []
        for claim in _extension(doc, "nieuwsnlp_claims"):
            fields = _only(Claim, claim) | {
                "text": text[claim["start"] : claim["end"]],
                "sentence": mention(claim.get("sentence_start"), claim.get("sentence_end")),
            }
            claims.append(Claim.model_validate(fields))
        return cls(
            article=article,
            people=[Person.model_validate(_only(Person, e)) for e in by_type["person"]],
            organizations=[
                Organization.model_validate(_only(Organization, e)) for e in by_type["organization"]
            ],
            places=[Place.model_validate(_only(Place, e)) for e in by_type["place"]],
            quotes=quotes,
            claims=claims,
            pipeline=pipeline,
        )

    @classmethod
    def failed(cls, article: Article, pipeline: PipelineInfo, error: ErrorInfo) -> ArticleAnalysis:
        """The record for an article that could not be analysed: empty lists, ``error`` set."""
        return cls(article=article, pipeline=pipeline, error=error)


def _extension(doc: Doc, name: str) -> list[dict[str, Any]]:
    return (getattr(doc._, name) or []) if Doc.has_extension(name) else []


def _only(model: type[Record], fields: dict[str, Any]) -> dict[str, Any]:
    """Keep the fields a record type declares (entity dicts carry fields for every type)."""
    return {key: value for key, value in fields.items() if key in model.model_fields}
