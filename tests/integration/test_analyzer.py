"""The analyzer's contract: one record per article, in order, whatever breaks."""

import json

import pytest
from spacy.language import Language
from spacy.util import minibatch

from nieuwsnlp import Analyzer, load_dump, make_article, read_text
from nieuwsnlp.analyzer import split_at_paragraphs


@Language.component("test_fails_on_kapot")
def fails_on_kapot(doc):
    if "KAPOT" in doc.text:
        raise ValueError("kapotte tekst")
    return doc


class FailsPerBatch:
    """Like a trained component: works on whole batches, so one bad doc fails its batch."""

    def __call__(self, doc):
        if "STUK" in doc.text:
            raise RuntimeError("batch stuk")
        return doc

    def pipe(self, docs, batch_size=2):
        for batch in minibatch(docs, batch_size):
            yield from [self(doc) for doc in batch]


@Language.factory("test_fails_per_batch")
def fails_per_batch(nlp, name):
    return FailsPerBatch()


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer("blank:nl", batch_size=2)


def test_analyze_text(analyzer):
    analysis = analyzer.analyze_text("Een korte tekst.", date="2024-01-02", title="Kop")
    assert analysis.article.text == "Een korte tekst."
    assert (analysis.article.date, analysis.article.title) == ("2024-01-02", "Kop")
    assert analysis.pipeline.name == "blank:nl" and analysis.error is None


def test_failures_are_isolated_and_order_is_kept():
    analyzer = Analyzer("blank:nl", batch_size=2)
    analyzer.nlp.add_pipe("test_fails_on_kapot")
    analyzer.nlp.add_pipe("test_fails_per_batch")
    texts = ["Goed een.", "Dit is KAPOT.", "Goed twee.", "Dit is STUK.", "Goed drie.", "Goed vier."]
    articles = [make_article(text, id=str(i)) for i, text in enumerate(texts)]
    records = list(analyzer.analyze(articles))
    assert [r.article.id for r in records] == [str(i) for i in range(6)]
    assert [r.error is not None for r in records] == [False, True, False, True, False, False]
    assert records[1].error.type == "ValueError" and "kapotte tekst" in records[1].error.message
    assert records[3].error.type == "RuntimeError"


def test_a_failing_article_source_is_not_hidden(analyzer):
    def articles():
        yield make_article("Goed.")
        raise OSError("schijf weg")

    with pytest.raises(OSError, match="schijf weg"):
        list(analyzer.analyze(articles()))


def test_loader_errors_become_error_records(analyzer):
    articles = list(read_text('{"text": "Goed."}\n{kapot\n{"text": "Ook goed."}\n'))
    records = list(analyzer.analyze(articles))
    assert [r.error.type if r.error else None for r in records] == [None, "InputError", None]


def test_long_articles_are_split_and_joined_with_exact_offsets():
    analyzer = Analyzer("blank:nl")
    analyzer.nlp.max_length = 60
    text = "\n\n".join(f"Alinea nummer {i} heeft een paar woorden." for i in range(8))
    (record,) = analyzer.analyze([make_article(text)])
    assert record.error is None and record.article.text == text


@pytest.mark.parametrize("limit", [7, 20, 45, 1000])
def test_split_at_paragraphs_round_trips(limit):
    text = "Eerste alinea hier.\n\nTweede alinea, wat langer dan de eerste.\n\nDerde."
    pieces = split_at_paragraphs(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)


def test_two_processes_give_the_same_records_in_order(fixtures_dir):
    articles = list(load_dump(fixtures_dir / "sample-dump.txt")) * 3
    one = [r.model_dump() for r in Analyzer(batch_size=2).analyze(articles)]
    two = [r.model_dump() for r in Analyzer(batch_size=2, n_process=2).analyze(articles)]
    assert one == two


def test_cli_entities(tmp_path, fixtures_dir, capsys):
    from nieuwsnlp.cli import main

    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(fixtures_dir / "sample-dump.txt"), "-o", str(out), "--quiet"]) == 0
    assert main(["entities", str(out)]) == 0
    names = [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()]
    assert "Marieke Jansen" in names and "Zwolle" in names


def test_input_errors_keep_their_record_after_a_failed_batch():
    analyzer = Analyzer("blank:nl", batch_size=4)
    analyzer.nlp.add_pipe("test_fails_per_batch")
    articles = list(read_text('{"text": "Dit is STUK."}\n{kapot\n{"text": "Goed."}\n'))
    records = list(analyzer.analyze(articles))
    assert [r.error.type if r.error else None for r in records] == [
        "RuntimeError",
        "InputError",
        None,
    ]
