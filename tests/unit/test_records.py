import json

from nieuwsnlp import ArticleAnalysis


def test_records_from_doc_carry_text_that_matches_offsets(rich_analysis):
    analysis = rich_analysis
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


def test_json_round_trip_is_lossless(rich_analysis):
    analysis = rich_analysis
    again = ArticleAnalysis.model_validate_json(analysis.model_dump_json())
    assert again == analysis


def test_records_are_frozen(rich_analysis):
    analysis = rich_analysis
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
