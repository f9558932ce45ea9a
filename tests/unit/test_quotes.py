"""Quote finding and speaker resolution on a blank pipeline with hand-set entities."""

import json
from pathlib import Path

import pytest
import spacy

from nieuwsnlp.quotes import QuoteExtractor, speech_lexicon
from nieuwsnlp.tokenization import customize_tokenizer

CASES = json.loads((Path(__file__).parent / "cases" / "quotes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nieuwsnlp_quote_sentences")
    return nlp


def run(nlp, text, people=()):
    """Quotes of ``text``; ``people`` are names set as person entities (every occurrence)."""
    doc = nlp(text)
    entities = []
    for number, name in enumerate(people, start=1):
        surname = name.split()[-1]
        mentions, start = [], 0
        while (found := text.find(surname, start)) != -1:
            full = text.rfind(name, 0, found + len(surname))
            begin = full if full != -1 and full + len(name) == found + len(surname) else found
            mentions.append([begin, found + len(surname)])
            start = found + len(surname)
        entities.append(
            {"id": f"p{number}", "type": "person", "name": name, "mentions": mentions, "roles": []}
        )
    doc._.nieuwsnlp_entities = entities
    QuoteExtractor(nlp, "quotes")(doc)
    return [
        {
            "text": text[q["start"] : q["end"]],
            "kind": q["kind"],
            "speaker": q["speaker"]["name"] if q["speaker"] else None,
        }
        for q in doc._.nieuwsnlp_quotes
    ]


def test_lexicon_has_at_least_100_verbs_and_cues():
    forms, separable = speech_lexicon()
    assert len(set(forms.values()) | {lemma for lemma, _ in separable.values()}) >= 100
    assert separable["voegde"] == ("toevoegen", "toe")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quote_cases(nlp, case):
    quotes = run(nlp, case["text"], case.get("people", []))
    for expected in case["quotes"]:
        assert expected in quotes
    assert len(quotes) == case.get("count", len(quotes))


def test_unbalanced_marks_never_abort(nlp):
    for text in [",,Nooit gesloten", "Een '' losse afsluiter.", "„Half”” en ‘dubbel’’ fout.", "'"]:
        run(nlp, text)
