"""The pipeline shipped inside the package: loads offline, tokenises news, finds clear entities."""

import json

import pytest
import spacy

from nieuwsnlp.pipeline import EMBEDDED_MODEL, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(EMBEDDED_MODEL)


def test_it_is_a_complete_dutch_pipeline(nlp):
    assert nlp.lang == "nl"
    assert {"tok2vec", "morphologizer", "parser", "lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    meta = json.loads((EMBEDDED_MODEL / "meta.json").read_text())
    assert meta["performance"]["ner_testa"]["overall"]["f"] > 0.5
    assert sum(f.stat().st_size for f in EMBEDDED_MODEL.rglob("*") if f.is_file()) < 30e6


def test_quote_marks_are_quote_tokens_in_the_saved_pipeline(nlp):
    doc = nlp(",,Dat klopt niet’’, zei hij. ,,Nee.''")
    assert [t.text for t in doc if t.is_quote] == [",,", "’’", ",,", "''"]


CLEAR = [  # sentences we wrote, each with one unmistakable entity
    ("Premier Mark Rutte sprak gisteren in Den Haag met journalisten.", "Den Haag", "LOC"),
    ("De burgemeester van Amsterdam opende het nieuwe station.", "Amsterdam", "LOC"),
    ("Het kabinet overlegt met Duitsland en Frankrijk over de gasprijs.", "Duitsland", "LOC"),
    ("Minister Hugo de Jonge wil meer geld voor de zorg.", "Hugo de Jonge", "PER"),
    ("Volgens Ajax-trainer Erik ten Hag was de wedstrijd zwaar.", "Erik ten Hag", "PER"),
    ("De Europese Unie wil strengere regels voor techbedrijven.", "Europese Unie", "ORG"),
    ("Philips maakte vandaag een hogere winst bekend.", "Philips", "ORG"),
    (
        "Het Openbaar Ministerie eist drie jaar cel tegen de verdachte.",
        "Openbaar Ministerie",
        "ORG",
    ),
    ("Koning Willem-Alexander bezocht dinsdag Rotterdam.", "Rotterdam", "LOC"),
    ("Jan de Vries woont al twintig jaar in Utrecht.", "Jan de Vries", "PER"),
    ("De politie in Eindhoven heeft twee mannen aangehouden.", "Eindhoven", "LOC"),
    ("Shell verhuist zijn hoofdkantoor naar Londen.", "Londen", "LOC"),
    ("Voetbalclub PSV won zondag met 3-0.", "PSV", "ORG"),
    ("Angela Merkel ontving de Franse president in Berlijn.", "Angela Merkel", "PER"),
    ("De NAVO houdt volgende maand een top in Brussel.", "NAVO", "ORG"),
    ("Sanne de Boer werkt als verpleegkundige in Groningen.", "Sanne de Boer", "PER"),
]


def test_clear_entities(nlp):
    """Three in four, exact span and label: the NER alone (training/README.md lists its weak spots;
    the entity component repairs most of them, see test_seed and the gold sets)."""
    missed = [
        (entity, label)
        for text, entity, label in CLEAR
        if (entity, label) not in [(e.text, e.label_) for e in nlp(text).ents]
    ]
    assert len(missed) <= len(CLEAR) // 4, f"missed {missed}"


def test_tagging_parsing_and_lemmas(nlp):
    doc = nlp("De kinderen spelen in de tuin.")
    assert [t.pos_ for t in doc][:3] == ["DET", "NOUN", "VERB"]
    assert doc[1].lemma_ == "kind"
    assert doc[2].dep_ == "ROOT"


def test_claims_use_the_tags_for_labels_and_nominal_plurals():
    nlp = load_pipeline()
    doc = nlp("Ze bouwen Windpark Zuid 1 en 2. Bij het ongeluk vielen drie doden.")
    claims = {doc.text[c["start"] : c["end"]]: c["unit"] for c in doc._.nieuwsnlp_claims}
    assert claims == {"drie doden": "doden"}


def test_load_pipeline_prefers_it_when_no_nl_core_news_is_installed():
    nlp = load_pipeline()
    assert nlp.meta["name"] == "nieuwsnlp_news" or nlp.meta["name"].startswith("core_news")
