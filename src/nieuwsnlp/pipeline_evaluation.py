"""Score any resolved pipeline on gold-tokenised data: CoNLL-2002 NER and CoNLL-U (UD) files.

NER labels pass through ``labels.entity_type`` first, so ``nl_core_news_*`` (OntoNotes labels) and the
embedded pipeline (CoNLL labels) are scored on the same PER/LOC/ORG.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from nieuwsnlp.labels import entity_type

NER_LABELS = ("PER", "LOC", "ORG")
TYPE_TO_LABEL = {"person": "PER", "place": "LOC", "organization": "ORG"}


def read_conll2002(path: str | Path, vocab: Vocab, sentences_per_doc: int = 10) -> list[Doc]:
    """CoNLL-2002 ``word [POS] IOB2-tag`` lines → Docs of up to ``sentences_per_doc`` sentences.

    ``-DOCSTART-`` lines close a document; blank lines end sentences.
    """
    docs: list[Doc] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def close_doc() -> None:
        if sentences:
            words = [word for sentence in sentences for word, _ in sentence]
            tags = [tag for sentence in sentences for _, tag in sentence]
            starts: list[bool | int | None] = [
                i == 0 for sentence in sentences for i in range(len(sentence))
            ]
            doc = Doc(vocab, words=words, sent_starts=starts)
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
            docs.append(doc)
            sentences.clear()

    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            close_doc()
        elif not line.strip():
            if current:
                sentences.append(current)
                current = []
            if len(sentences) == sentences_per_doc:
                close_doc()
        else:
            parts = line.split()
            current.append((parts[0], parts[-1]))
    close_doc()
    return docs


def _spans(doc: Doc, mapped: bool) -> set[tuple[int, int, str]]:
    spans = set()
    for ent in doc.ents:
        label = TYPE_TO_LABEL.get(entity_type(ent.label_) or "") if mapped else ent.label_
        if label in NER_LABELS:
            spans.add((ent.start, ent.end, label))
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f1, "support": tp + fn}


def evaluate_conll(nlp: Language, path: str | Path) -> dict[str, dict[str, float]]:
    """NER precision/recall/F1 per label and overall for PER/LOC/ORG (exact spans)."""
    gold_docs = read_conll2002(path, nlp.vocab)
    inputs = [Doc(nlp.vocab, words=[t.text for t in doc]) for doc in gold_docs]
    counts: Counter[tuple[str, str]] = Counter()
    for gold, predicted in zip(gold_docs, nlp.pipe(inputs), strict=True):
        gold_spans, predicted_spans = _spans(gold, mapped=False), _spans(predicted, mapped=True)
        for _, _, label in gold_spans & predicted_spans:
            counts[label, "tp"] += 1
        for _, _, label in predicted_spans - gold_spans:
            counts[label, "fp"] += 1
        for _, _, label in gold_spans - predicted_spans:
            counts[label, "fn"] += 1
    scores = {
        label: _prf(counts[label, "tp"], counts[label, "fp"], counts[label, "fn"])
        for label in NER_LABELS
    }
    scores["overall"] = _prf(
        *(sum(counts[label, kind] for label in NER_LABELS) for kind in ("tp", "fp", "fn"))
    )
    return scores


def evaluate_conllu(nlp: Language, path: str | Path) -> dict[str, float]:
    """UPOS accuracy, UAS, LAS (punctuation excluded, as spaCy scores), lemma accuracy and
    sentence-boundary F1 on gold tokens. Gold lemmas lose Alpino's compound underscores."""
    text = Path(path).read_text(encoding="utf-8")
    gold_docs = [  # into the pipeline's vocab, so the scorer can read every label and feature
        Doc(nlp.vocab).from_bytes(doc.to_bytes())
        for doc in conllu_to_docs(text, n_sents=10, no_print=True)
    ]
    examples = []
    for gold in gold_docs:
        for token in gold:
            if token.lemma_ != "_":
                token.lemma_ = token.lemma_.replace("_", "")
        predicted = Doc(
            nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold]
        )
        examples.append(Example(predicted, gold))
    scores = nlp.evaluate(examples)
    return {
        "upos": scores.get("pos_acc") or 0.0,
        "uas": scores.get("dep_uas") or 0.0,
        "las": scores.get("dep_las") or 0.0,
        "lemma": scores.get("lemma_acc") or 0.0,
        "sentence_f": scores.get("sents_f") or 0.0,
    }


def format_scores(scores: dict) -> str:
    """A readable table of either kind of scores."""
    lines = []
    for name, value in scores.items():
        if isinstance(value, dict):
            lines.append(
                f"{name:<8} P {value['p']:.3f}  R {value['r']:.3f}  F1 {value['f']:.3f}"
                f"  (n={value['support']:.0f})"
            )
        else:
            lines.append(f"{name:<11} {value:.3f}")
    return "\n".join(lines)
