"""Entity records from hand-set NER spans on a blank pipeline, and the gazetteers behind them."""

import pytest
import spacy
from spacy.tokens import Span

from nieuwsnlp.entities import EntityResolver, is_role
from nieuwsnlp.gazetteer import organizations, places


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def resolve(nlp, text, spans):
    """``spans``: (text, label) pairs set as doc.ents at their first free occurrence."""
    doc = nlp(text)
    ents, used = [], 0
    for words, label in spans:
        start = text.index(words, used)
        used = start + len(words)
        ents.append(doc.char_span(start, used, label=label))
    doc.ents = [e for e in ents if isinstance(e, Span)]
    EntityResolver(nlp, "entities")(doc)
    return {e["name"]: e for e in doc._.nieuwsnlp_entities}


@pytest.mark.parametrize(
    ("name", "canonical", "country", "kind"),
    [
        ("Moskou", "Moscow", "RU", "city"),
        ("Bachmoet", "Bakhmut", "UA", "city"),
        ("Kiev", "Kyiv", "UA", "city"),
        ("Oekraïne", "Ukraine", "UA", "country"),
        ("Zweden", "Sweden", "SE", "country"),
        ("Zwolle", "Zwolle", "NL", "city"),
        ("Yerseke", "Yerseke", "NL", "city"),
        ("Noord-Brabant", "Noord-Brabant", "NL", "province"),
        ("Antwerpen", "Antwerp", "BE", "city"),
    ],
)
def test_place_linking(name, canonical, country, kind):
    entry = places().link(name)
    assert (entry.canonical, entry.country, entry.kind) == (canonical, country, kind)


def test_compass_regions_are_typed_but_unlinked():
    entry = places().link_region("Oost-Oekraïne")
    assert (entry.kind, entry.country, entry.geonames_id) == ("region", "UA", None)


def test_dutch_words_are_not_found_as_places():
    for word in ("van", "kan", "al", "we", "als"):
        assert places().link(word) is None or word in places().common_words


@pytest.mark.parametrize("word", ["Russen", "Oekraïners", "Amerikanen", "Nederlanders"])
def test_demonyms(word):
    assert places().is_demonym(word)


def test_organisation_aliases():
    table = organizations()
    assert table.canonical("NATO") == table.canonical("Navo") == "NAVO"
    assert table.canonical("Openbaar Ministerie") == table.canonical("OM")


@pytest.mark.parametrize("word", ["minister", "Navo-chef", "EU-president", "oud-premier"])
def test_roles(word):
    assert is_role(word)


def test_people_merge_with_roles_possessives_and_role_mentions(nlp):
    text = (
        "Navo-chef Jens Stoltenberg sprak in Stockholm. Stoltenberg was somber. "
        "Stoltenbergs plan werd besproken. De Navo-baas vertrok daarna."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Jens Stoltenberg", "PER"),
            ("Stockholm", "LOC"),
            ("Stoltenberg", "PER"),
            ("Stoltenbergs", "PER"),
        ],
    )
    person = found["Jens Stoltenberg"]
    assert person["roles"] == ["Navo-chef"]
    assert [text[s:e] for s, e in person["mentions"]] == [
        "Jens Stoltenberg",
        "Stoltenberg",
        "Stoltenberg",
        "Navo-baas",
    ]
    assert found["Stockholm"]["country"] == "SE"
    assert found["Navo"]["type"] == "organization"


def test_title_words_leave_the_mention(nlp):
    text = "Gisteren sprak de Oekraïense president Volodimir Zelenski met de pers."
    found = resolve(nlp, text, [("president Volodimir Zelenski", "PER")])
    assert found["Volodimir Zelenski"]["roles"] == ["president"]


def test_adjectives_and_inhabitants_are_not_places(nlp):
    text = "Het Russische leger en de Russen trokken op naar Moskou."
    found = resolve(nlp, text, [("Russische", "LOC"), ("Russen", "LOC"), ("Moskou", "LOC")])
    assert set(found) == {"Moskou"}


def test_ontonotes_labels_work_too(nlp):
    text = "Jan de Vries van de VVD woont in Utrecht."
    found = resolve(nlp, text, [("Jan de Vries", "PERSON"), ("VVD", "ORG"), ("Utrecht", "GPE")])
    assert {n: e["type"] for n, e in found.items()} == {
        "Jan de Vries": "person",
        "VVD": "organization",
        "Utrecht": "place",
    }
