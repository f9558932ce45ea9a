"""The seed article (../shared/data/news/seed-article.txt) through the default pipeline."""

import pytest

from nieuwsnlp import load_dump


@pytest.fixture(scope="module")
def seed(shared_data, nieuwsnlp_analyzer):
    (article,) = load_dump(shared_data / "news" / "seed-article.txt")
    return next(nieuwsnlp_analyzer.analyze([article]))


def _names(records):
    return {name for r in records for name in (r.name, getattr(r, "canonical", None)) if name}


def test_people_are_exactly_the_two_named_people(seed):
    people = {p.name: p for p in seed.people}
    assert set(people) == {"Jens Stoltenberg", "Volodimir Zelenski"}
    assert "Navo-chef" in people["Jens Stoltenberg"].roles
    assert "president" in people["Volodimir Zelenski"].roles
    mentions = [m.text for m in people["Jens Stoltenberg"].mentions]
    assert "Navo-baas" in mentions and mentions.count("Stoltenberg") >= 3


def test_organisations(seed):
    assert {"Navo", "EU", "Wagner", "CNN"} <= _names(seed.organizations)


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Bachmoet", "Bakhmut", "UA"),
        ("Oekraïne", "Ukraine", "UA"),
        ("Rusland", "Russia", "RU"),
        ("Stockholm", "Stockholm", "SE"),
        ("Kramatorsk", "Kramatorsk", "UA"),
        ("Sloviansk", "Slovyansk", "UA"),
        ("Moskou", "Moscow", "RU"),
        ("Kiev", "Kyiv", "UA"),
    ],
)
def test_places_are_linked(seed, name, canonical, country):
    place = next(p for p in seed.places if p.name == name)
    assert (place.canonical, place.country) == (canonical, country)
    assert place.geonames_id and place.lat is not None


def test_nationality_adjectives_are_not_places(seed):
    mentions = {m.text for p in seed.places for m in p.mentions}
    assert not mentions & {"Russische", "Oekraïense", "Oekraïners", "Westerse"}


def _quote(seed, start):
    return next(q for q in seed.quotes if q.text.startswith(start))


@pytest.mark.parametrize(
    ("start", "kind", "speaker"),
    [
        (
            "Maar we kunnen niet uitsluiten dat Bachmoet definitief valt",
            "direct",
            "Jens Stoltenberg",
        ),
        ("Dit is niet noodzakelijkerwijs een keerpunt", "direct", "Jens Stoltenberg"),
        ("Het is nu een uitputtingsoorlog, een logistieke strijd", "direct", "Jens Stoltenberg"),
        (
            "dat zijn troepen vastbesloten waren stand te houden in de stad",
            "indirect",
            "Volodimir Zelenski",
        ),
        ("de komende dagen", "partial", "Jens Stoltenberg"),
    ],
)
def test_quotes_and_speakers(seed, start, kind, speaker):
    quote = _quote(seed, start)
    assert quote.kind == kind
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.speaker.entity_id is not None


def test_volgens_schattingen_has_no_speaker_but_a_cue(seed):
    quote = _quote(seed, "zouden voor elke gesneuvelde")
    assert quote.cue == "volgens" and quote.speaker.name is None


def test_claims(seed):
    claims = {c.text: c for c in seed.claims}
    assert (
        claims["150.000 inwoners"].value == 150000 and claims["150.000 inwoners"].unit == "inwoners"
    )
    assert claims["150.000 inwoners"].subject == "Kramatorsk"
    assert claims["106.000 inwoners"].subject == "Sloviansk"
    assert claims["vijf Russen"].value == 5 and claims["vijf Russen"].source == "schattingen"
    assert claims["Een miljard euro"].value == 1e9 and claims["Een miljard euro"].unit == "EUR"
    assert len(claims) == 4  # nothing for maandenlang, sinds lange tijd, woensdag, 2023
