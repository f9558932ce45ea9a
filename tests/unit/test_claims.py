"""Claims on a blank pipeline: units, qualifiers, subjects and sources from text alone."""

import pytest
import spacy

from nieuwsnlp.claims import ClaimExtractor
from nieuwsnlp.tokenization import customize_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


def claims(nlp, text, entities=(), quotes=()):
    doc = nlp(text)
    doc._.nieuwsnlp_entities = list(entities)
    doc._.nieuwsnlp_quotes = list(quotes)
    ClaimExtractor(nlp, "claims")(doc)
    return {text[c["start"] : c["end"]]: c for c in doc._.nieuwsnlp_claims}


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        ("De stad telt 150.000 inwoners.", "150.000 inwoners", 150000, "inwoners", "exact"),
        ("Het kost ruim 4,2 miljard euro.", "4,2 miljard euro", 4.2e9, "EUR", "more_than"),
        ("Hij betaalde € 12,50 voor de taart.", "€ 12,50", 12.5, "EUR", "exact"),
        ("De omzet steeg met 6,5 procent.", "6,5 procent", 6.5, "percent", "exact"),
        ("De rente daalt 0,3 procentpunt.", "0,3 procentpunt", 0.3, "percentage point", "exact"),
        ("Het werd 35°C in Maastricht.", "35°C", 35, "degrees", "exact"),
        ("Er lag zo'n 271.000 kilo cocaïne.", "271.000 kilo", 271000, "kg", "approximately"),
        ("Het schip is 300 meter lang.", "300 meter", 300, "m", "exact"),
        ("Ze kochten 230 nieuwe winkels.", "230 nieuwe winkels", 230, "winkels", "exact"),
        ("Het museum kostte 5 miljoen dollar.", "5 miljoen dollar", 5e6, "USD", "exact"),
        ("Een 58-jarige man uit Tilburg.", "58-jarige", 58, "jaar", "exact"),
        ("Het tienjarig bestaan werd gevierd.", "tienjarig", 10, "jaar", "exact"),
        ("Dat duurt al een jaar of acht.", "acht", 8, "jaar", "exact"),
        ("Het kost miljarden euro's.", "miljarden euro's", 2e9, "EUR", "at_least"),
        ("Het steeg naar 1409 vorig jaar.", "1409", 1409, None, "exact"),  # a time, no unit
        ("De spits zette Ajax op een 2-1 voorsprong.", "2-1", 2, None, "score"),
    ],
)
def test_value_unit_and_qualifier(nlp, text, span, value, unit, qualifier):
    claim = claims(nlp, text)[span]
    assert (claim["value"], claim["unit"], claim["qualifier"]) == (
        pytest.approx(value),
        unit,
        qualifier,
    )
    assert text[claim["sentence_start"] : claim["sentence_end"]].startswith(text.split()[0])


def test_range(nlp):
    (claim,) = claims(nlp, "Er kwamen tussen 20 en 30 mensen.").values()
    assert (claim["low"], claim["high"], claim["qualifier"], claim["unit"]) == (
        20,
        30,
        "range",
        "mensen",
    )


def test_numbers_in_a_list_share_the_unit_of_the_last(nlp):
    found = claims(nlp, "Ze heeft kinderen van 3, 5 en 9 jaar.")
    assert [c["unit"] for c in found.values()] == ["jaar", "jaar", "jaar"]


def test_millions_without_a_unit_take_the_currency_of_an_amount_before(nlp):
    found = claims(nlp, "Het gaat om 20 miljoen euro van een budget van 1,2 miljard.")
    assert [c["unit"] for c in found.values()] == ["EUR", "EUR"]


def test_no_claims_for_dates_times_years_and_articles(nlp):
    text = "Op 29 maart 2023 om 14.30 uur zag een man maandenlang niets, sinds lange tijd al."
    assert claims(nlp, text) == {}


def test_a_number_before_a_place_is_an_address(nlp):
    text = "Het concert is in Muziekgebouw 300 Eindhoven, voor 400 bezoekers."
    start = text.index("Eindhoven")
    place = {"name": "Eindhoven", "type": "place", "mentions": [[start, start + 9]]}
    assert list(claims(nlp, text, entities=[place])) == ["400 bezoekers"]


def test_subject_of_a_parenthesised_quantity(nlp):
    text = "De weg naar Kramatorsk (voor de oorlog 150.000 inwoners) ligt open."
    start = text.index("Kramatorsk")
    entity = {
        "id": "l1",
        "type": "place",
        "name": "Kramatorsk",
        "mentions": [[start, start + len("Kramatorsk")]],
        "roles": [],
    }
    assert claims(nlp, text, [entity])["150.000 inwoners"]["subject"] == "Kramatorsk"


def test_ratio_keeps_its_context_and_volgens_gives_the_source(nlp):
    text = "Volgens schattingen sneuvelen voor elke soldaat vijf Russen."
    claim = claims(nlp, text)["vijf Russen"]
    assert claim["source"] == "schattingen"
    assert "elke soldaat" in claim["subject"]


def test_source_is_the_speaker_of_the_enclosing_quote(nlp):
    text = ",,We hebben 40 procent meer klanten'', zegt Eva Smit."
    quote = {
        "start": 2,
        "end": text.index("''"),
        "kind": "direct",
        "cue": "zeggen",
        "speaker": {"entity_id": "p1", "name": "Eva Smit", "start": None, "end": None},
    }
    assert claims(nlp, text, quotes=[quote])["40 procent"]["source"] == "Eva Smit"
