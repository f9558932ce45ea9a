import json

import spacy
from spacy.tokens import Doc

from nieuwsnlp import ArticleAnalysis, PipelineInfo, make_article

PIPELINE = PipelineInfo(name="blank:nl", version="0.0.0")
TEXT = "Minister Jan de Vries zei: ,,Het kost 5 miljoen euro.'' Hij sprak in Utrecht."
QUOTE = TEXT.index("Het kost")
CLAIM = TEXT.index("5 miljoen")


def _doc_with_extensions() -> Doc:
    for name in ("nieuwsnlp_entities", "nieuwsnlp_quotes", "nieuwsnlp_claims"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    doc = spacy.blank("nl")(TEXT)
    doc._.nieuwsnlp_entities = [
        {
            "id": "p1",
            "type": "person",
            "name": "Jan de Vries",
            "mentions": [[9, 21]],
            "roles": ["minister"],
            "canonical": None,
            "geonames_id": None,
        },
        {
            "id": "l1",
            "type": "place",
            "name": "Utrecht",
            "mentions": [[TEXT.index("Utrecht"), len(TEXT) - 1]],
            "roles": [],
            "canonical": "Utrecht",
            "geonames_id": 2745912,
            "country": "NL",
            "lat": 52.09,
            "lon": 5.12,
            "kind": "city",
        },
    ]
    doc._.nieuwsnlp_quotes = [
        {
            "start": QUOTE,
            "end": TEXT.index("''"),
            "kind": "direct",
            "cue": "zeggen",
            "speaker": {"entity_id": "p1", "name": "Jan de Vries", "start": 9, "end": 21},
        },
    ]
    doc._.nieuwsnlp_claims = [
        {
            "start": CLAIM,
            "end": CLAIM + len("5 miljoen euro"),
            "value": 5e6,
            "low": None,
            "high": None,
            "unit": "EUR",
            "qualifier": "exact",
            "subject": None,
            "source": "Jan de Vries",
            "sentence_start": 0,
            "sentence_end": QUOTE + 26,
        },
    ]
    return doc


def test_records_from_doc_carry_text_that_matches_offsets():
    doc = _doc_with_extensions()
    analysis = ArticleAnalysis.from_doc(make_article(TEXT), doc, PIPELINE)
    (person,) = analysis.people
    assert person.mentions[0].text == "Jan de Vries" and person.roles == ["minister"]
    (place,) = analysis.places
    assert (place.country, place.kind, place.mentions[0].text) == ("NL", "city", "Utrecht")
    (quote,) = analysis.quotes
    assert quote.text == "Het kost 5 miljoen euro."
    assert quote.speaker.mention.text == "Jan de Vries"
    (claim,) = analysis.claims
    assert claim.text == "5 miljoen euro" and claim.value == 5e6
    assert claim.sentence.text.endswith("euro.''")
    assert analysis.organizations == [] and analysis.error is None


def test_json_round_trip_is_lossless():
    analysis = ArticleAnalysis.from_doc(make_article(TEXT), _doc_with_extensions(), PIPELINE)
    again = ArticleAnalysis.model_validate_json(analysis.model_dump_json())
    assert again == analysis


def test_records_are_frozen():
    analysis = ArticleAnalysis.from_doc(make_article(TEXT), _doc_with_extensions(), PIPELINE)
    try:
        analysis.people[0].name = "iemand anders"
    except Exception as error:
        assert "frozen" in str(error)
    else:
        raise AssertionError("records must be immutable")


def test_output_contract_field_names():
    schema = ArticleAnalysis.model_json_schema()
    assert set(schema["properties"]) == {
        "article",
        "people",
        "organizations",
        "places",
        "quotes",
        "claims",
        "pipeline",
        "error",
    }
    defs = schema["$defs"]
    assert {"id", "date", "title", "text", "source", "captions", "subheadings", "warnings"} <= set(
        defs["Article"]["properties"]
    )
    assert {"geonames_id", "country", "lat", "lon"} <= set(defs["Place"]["properties"])
    assert {"entity_id", "name", "mention"} == set(defs["Speaker"]["properties"])
    assert {
        "text",
        "start",
        "end",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "subject",
        "source",
    } <= set(defs["Claim"]["properties"])
    json.dumps(schema)
