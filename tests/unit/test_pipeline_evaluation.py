import json

import pytest
import spacy

from nieuwsnlp.cli import main
from nieuwsnlp.pipeline_evaluation import evaluate_conll, evaluate_conllu, read_conll2002


@pytest.fixture
def ruler_nlp():
    """A pipeline with OntoNotes labels, as nl_core_news_* would give: they must be mapped."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Jan de Vries"},
            {"label": "GPE", "pattern": "Utrecht"},
            {"label": "ORG", "pattern": "de"},
            {"label": "NORP", "pattern": "Nederlands"},
        ]
    )
    return nlp


def test_read_conll2002(fixtures_dir):
    docs = read_conll2002(fixtures_dir / "tiny.conll", spacy.blank("nl").vocab)
    assert len(docs) == 1
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Jan de Vries", "PER"),
        ("Utrecht", "LOC"),
        ("FNV", "ORG"),
        ("Nederlands", "MISC"),
    ]
    assert len(list(docs[0].sents)) == 2


def test_ner_scores_map_labels_and_ignore_misc(ruler_nlp, fixtures_dir):
    scores = evaluate_conll(ruler_nlp, fixtures_dir / "tiny.conll")
    assert scores["PER"]["f"] == scores["LOC"]["f"] == 1.0
    assert scores["ORG"] == {"p": 0.0, "r": 0.0, "f": 0.0, "support": 1}
    assert scores["overall"]["p"] == pytest.approx(2 / 3)
    assert scores["overall"]["support"] == 3


def test_conllu_scores_of_an_empty_pipeline_are_zero(fixtures_dir):
    scores = evaluate_conllu(spacy.blank("nl"), fixtures_dir / "tiny-conllu.txt")
    assert set(scores) == {"upos", "uas", "las", "lemma", "sentence_f"}
    assert scores["upos"] == 0.0


def test_cli_evaluate_pipeline(fixtures_dir, capsys):
    assert (
        main(
            [
                "evaluate-pipeline",
                "--conll",
                str(fixtures_dir / "tiny.conll"),
                "--model",
                "blank:nl",
                "--json",
            ]
        )
        == 0
    )
    scores = json.loads(capsys.readouterr().out)
    assert scores["overall"]["support"] == 3 and scores["overall"]["f"] == 0.0


def test_cli_evaluate_pipeline_unreadable(capsys):
    assert main(["evaluate-pipeline", "--conllu", "geen-bestand.conllu"]) == 2
    assert "geen-bestand.conllu" in capsys.readouterr().err
