"""Build nieuwsnlp's embedded Dutch pipeline from the open data in ../shared/data.

    python training/build.py --data ../shared/data [--work /tmp/nieuwsnlp-train] [--steps all]

Steps (each can be run alone with --steps): ``convert`` the corpora to DocBin and collect the
unlabelled text; ``vectors``: floret vectors trained on the unlabelled text; ``pretrain`` a tok2vec on the same
text (``spacy pretrain``, character objective); ``train`` the NER pipeline and the
tagger/parser/lemmatizer pipeline in parallel (one core each); ``news`` fine-tunes that NER on
CoNLL-2002 plus in-domain news (``write_news_ner``: the annotated articles of ``news-ner.jsonl`` and
the error-analysis gold sets, never an article of the unseen pool); ``assemble`` them with nieuwsnlp's
tokenizer rules into ``src/nieuwsnlp/model``; ``evaluate`` on the dev splits and write the scores into
the model's meta.json. Seeds are fixed (configs, floret).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.util import filter_spans, load_config

from nieuwsnlp.pipeline_evaluation import read_conll2002

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL_DIR = ROOT / "src" / "nieuwsnlp" / "model"
SENTENCES_PER_DOC = 10
LASSY = (
    "nl_lassysmall-ud-train-2017.conllu",
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
)
ALPINO_DEV = "nl_alpino-ud-dev.conllu"
NEWS = "news/dpg2019-dev.jsonl"
NEWS_NER = HERE / "news-ner.jsonl"
EUROPEANA = "europeana/enp_NL.kb.bio"
THREADS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def spacy_command(*args: object) -> list[str]:
    """``python -m spacy ARGS`` with this interpreter."""
    return [sys.executable, "-m", "spacy", *map(str, args)]


# --- convert -------------------------------------------------------------------------------


def conllu_blocks(path: Path) -> list[tuple[str, str]]:
    """(word key, block) per sentence, with compound underscores removed from lemmas.

    The key is the sentence's words joined by spaces (the 2017 train file has no ``# text``).
    """
    blocks = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        if not lines:
            continue
        words, fixed = [], []
        for line in lines:
            columns = line.split("\t")
            if len(columns) == 10 and columns[0].isdigit():
                words.append(columns[1])
                if columns[2] != "_":
                    columns[2] = columns[2].replace("_", "")
            fixed.append("\t".join(columns))
        blocks.append((" ".join(words), "\n".join(fixed)))
    return blocks


def ud_docs(blocks: list[tuple[str, str]]) -> list[Doc]:
    return list(
        conllu_to_docs(
            "\n\n".join(block for _, block in blocks) + "\n\n",
            n_sents=SENTENCES_PER_DOC,
            no_print=True,
        )
    )


def convert(data: Path, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("nl").vocab
    for name, split in (("ned.train", "ner-train"), ("ned.testa", "ner-dev")):
        docs = read_conll2002(data / "conll2002" / name, vocab, SENTENCES_PER_DOC)
        DocBin(docs=docs).to_disk(corpus / f"{split}.spacy")
        print(f"{split}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")
    dev_blocks = conllu_blocks(data / "ud" / ALPINO_DEV)
    seen = {text for text, _ in dev_blocks}
    train_blocks = []
    for name in LASSY:
        for text, block in conllu_blocks(data / "ud" / name):
            if text not in seen:
                seen.add(text)
                train_blocks.append((text, block))
    for split, blocks in (("ud-train", train_blocks), ("ud-dev", dev_blocks)):
        DocBin(docs=ud_docs(blocks)).to_disk(corpus / f"{split}.spacy")
        print(f"{split}: {len(blocks)} sentences")
    write_raw_text(data, train_blocks, corpus)
    write_news_ner(data, corpus)


#: The gold sets never looked at while the rules were written (README, Measuring quality): the NER
#: is never trained on their articles, nor on an article that repeats one of them.
UNSEEN_SETS = (
    *"klmnopvwz",
    *("ac", "ad", "ag", "ah", "ak", "al", "ap", "aq", "ar"),
)


def write_news_ner(data: Path, corpus: Path) -> None:
    """In-domain NER data from the 1,000 DpgMedia articles, none of the unseen pool or repeating
    one: the articles of ``news-ner.jsonl`` (every PER/LOC/ORG/MISC mention annotated) and the other
    articles of the error-analysis gold sets, with their people and places projected onto every
    occurrence. Their organisations count as unknown, so that the NER learns ORG from annotated text
    only; their other words count as outside (no name: the gold sets list every person and place).
    Twenty annotated articles outside every gold set are the dev split; the rest is used twice."""
    from nieuwsnlp import load_dump
    from nieuwsnlp.tokenization import customize_tokenizer

    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    texts = {article.id: article.text for article in load_dump(data / NEWS)}
    unseen = unseen_articles(texts)
    annotated = [
        article
        for article in map(json.loads, NEWS_NER.read_text("utf-8").splitlines())
        if article["id"] not in unseen
    ]
    projected = [
        gold
        for path in error_analysis_sets()
        for gold in map(json.loads, path.read_text("utf-8").splitlines())
        if gold["id"] not in unseen
    ]
    gold_ids = {gold["id"] for gold in projected}
    dev_ids = set(
        random.Random(7).sample(sorted(a["id"] for a in annotated if a["id"] not in gold_ids), 20)
    )
    train, dev = [], []
    for article in annotated:
        doc = nlp.make_doc(texts[article["id"]])
        spans, unknown = [], []
        for start, end, label in article["entities"]:
            span = doc.char_span(start, end, label=label)
            if span is not None:
                spans.append(span)
            else:  # not on token boundaries: unknown rather than outside
                unknown.append(doc.char_span(start, end, alignment_mode="expand"))
        _set_entities(doc, spans, unknown)
        (dev if article["id"] in dev_ids else train).append(doc)
    annotated_ids = {article["id"] for article in annotated}
    projected = [gold for gold in projected if gold["id"] not in annotated_ids]
    for gold in projected:
        doc = nlp.make_doc(texts[gold["id"]])
        names = [
            (name, label)
            for key, label in (("people", "PER"), ("organizations", "ORG"), ("places", "LOC"))
            for entity in gold[key]
            for name in (entity["name"], *entity["aliases"])
        ]
        spans, unknown = _occurrences(doc, names)
        unknown += [span for span in spans if span.label_ == "ORG"]
        _set_entities(doc, [span for span in spans if span.label_ != "ORG"], unknown)
        train.append(doc)
    DocBin(docs=train * 2).to_disk(corpus / "news-ner-train.spacy")
    DocBin(docs=dev).to_disk(corpus / "news-ner-dev.spacy")
    print(f"news NER: {len(annotated)} annotated articles, {len(projected)} more from gold sets")
    print(f"news NER: {len(train)} train docs (used twice), {len(dev)} dev docs")


def error_analysis_sets() -> list[Path]:
    """``news-dev`` and the held-out sets used for error analysis: all but ``UNSEEN_SETS``."""
    gold = ROOT / "tests" / "gold"
    heldout = sorted(gold.glob("news-heldout-*.gold.jsonl"))
    return [gold / "news-dev.gold.jsonl"] + [
        path
        for path in heldout
        if path.name.removeprefix("news-heldout-").split(".")[0] not in UNSEEN_SETS
    ]


def unseen_articles(texts: dict[str, str]) -> set[str]:
    """Ids of the unseen pool's articles and of every article that repeats one of them (``texts``:
    the news dump by id)."""
    from nieuwsnlp.evaluation import load_gold

    pool = {
        article.id
        for name in UNSEEN_SETS
        for article in load_gold(ROOT / "tests" / "gold" / f"news-heldout-{name}.gold.jsonl")
    }
    theirs = [_shingles(texts[i]) for i in sorted(pool)]
    mine = {i: _shingles(text) for i, text in texts.items()}
    return pool | {
        i for i, words in mine.items() if any(_repeats(words, other) for other in theirs)
    }


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}


def _repeats(mine: set[str], theirs: set[str]) -> bool:
    """Two articles' 8-word shingles: one repeats a fifth of the other (news sites republish a story
    under a new id)."""
    shared = len(mine & theirs)
    return bool(shared) and shared > 0.2 * min(len(mine), len(theirs))


def _occurrences(doc: Doc, names: list[tuple[str, str]]) -> tuple[list, list]:
    """Every whole-word occurrence of each name, longest names first; an occurrence that does not
    fall on token boundaries is unknown rather than outside."""
    taken = [False] * len(doc.text)
    spans, unknown = [], []
    for name, label in sorted(set(names), key=lambda pair: (-len(pair[0]), pair)):
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            start, end = match.span()
            if not name.strip() or any(taken[start:end]):
                continue
            span = doc.char_span(start, end, label=label)
            if span is not None:
                spans.append(span)
            elif (loose := doc.char_span(start, end, alignment_mode="expand")) is not None:
                unknown.append(loose)
            taken[start:end] = [True] * (end - start)
    return spans, unknown


def _set_entities(doc: Doc, spans: list, unknown: list) -> None:
    spans = filter_spans(spans)
    named = {t.i for span in spans for t in span}
    missing = sorted({t.i for span in unknown if span is not None for t in span} - named)
    doc.set_ents(spans, missing=[doc[i : i + 1] for i in missing], default="outside")


def write_raw_text(data: Path, ud_blocks: list[tuple[str, str]], corpus: Path) -> None:
    """Unlabelled text for vectors and pretraining: the news articles (paragraphs), the CoNLL-2002
    training sentences, the UD training sentences and Europeana — never a dev split.

    ``raw.jsonl`` ({"text": …} per paragraph or ``SENTENCES_PER_DOC`` sentences) feeds ``spacy pretrain``; ``raw.txt``
    (one tokenised paragraph or sentence per line) feeds floret.
    """
    from nieuwsnlp.tokenization import customize_tokenizer

    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    paragraphs, sentences = [], []
    for line in (data / NEWS).read_text(encoding="utf-8").splitlines():
        for paragraph in json.loads(line)["text"].split("\n"):
            if paragraph.strip():
                paragraphs.append(
                    " ".join(t.text for t in nlp.make_doc(paragraph) if not t.is_space)
                )
    for doc in read_conll2002(data / "conll2002" / "ned.train", nlp.vocab):
        sentences.extend(" ".join(t.text for t in sentence) for sentence in doc.sents)
    sentences.extend(text for text, _ in ud_blocks)
    words = [
        line.split()[0]
        for line in (data / EUROPEANA).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    start = 0
    for i, word in enumerate(words):  # Europeana has no sentence breaks: cut after . ? !
        if word in (".", "?", "!") or i - start >= 60:
            sentences.append(" ".join(words[start : i + 1]))
            start = i + 1
    lines = paragraphs + sentences
    with (corpus / "raw.txt").open("w", encoding="utf-8") as handle:
        handle.writelines(line + "\n" for line in lines)
    with (corpus / "raw.jsonl").open("w", encoding="utf-8") as handle:
        for paragraph in paragraphs:
            handle.write(json.dumps({"text": paragraph}, ensure_ascii=False) + "\n")
        for i in range(0, len(sentences), SENTENCES_PER_DOC):
            text = " ".join(sentences[i : i + SENTENCES_PER_DOC])
            handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"raw text: {sum(len(line.split()) for line in lines):,} words")


# --- vectors, pretraining ----------------------------------------------------------------


def vectors(corpus: Path) -> None:
    """floret (subword) vectors: 20,000 buckets × 96 dims, so they stay small and cover any word.
    One thread makes the run deterministic (floret seeds itself with a constant)."""
    import floret

    model = floret.train_unsupervised(
        str(corpus / "raw.txt"),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=20000,
        minn=3,
        maxn=5,
        minCount=2,
        dim=96,
        epoch=15,
        thread=1,
        verbose=0,
    )
    model.save_floret_vectors(str(corpus / "vectors.floret"))
    subprocess.run(
        spacy_command(
            "init",
            "vectors",
            "nl",
            corpus / "vectors.floret",
            corpus / "vectors",
            "--mode",
            "floret",
        ),
        check=True,
    )


def pretrain(corpus: Path, output: Path) -> None:
    """Character-objective pretraining of the tok2vec that both pipelines start from (their tok2vec
    architectures are the same); keeps the last epoch's weights."""
    config = load_config(HERE / "configs" / "ner.cfg")
    epochs = config["pretraining"]["max_epochs"]
    subprocess.run(
        spacy_command(
            "pretrain",
            HERE / "configs" / "ner.cfg",
            output / "pretrain",
            "--paths.raw_text",
            corpus / "raw.jsonl",
            "--paths.vectors",
            corpus / "vectors",
            "--paths.train",
            "-",
            "--paths.dev",
            "-",
        ),
        check=True,
        env=os.environ | THREADS,
    )
    (output / "pretrain" / "tok2vec.bin").write_bytes(
        (output / "pretrain" / f"model{epochs - 1}.bin").read_bytes()
    )


# --- train ---------------------------------------------------------------------------------


def train(corpus: Path, output: Path) -> None:
    """Train both pipelines at once, one thread each; spaCy keeps model-best per pipeline."""
    jobs = []
    for name, train_split, dev_split in (
        ("ner", "ner-train", "ner-dev"),
        ("parser", "ud-train", "ud-dev"),
    ):
        command = spacy_command(
            "train",
            HERE / "configs" / f"{name}.cfg",
            "--output",
            output / name,
            "--paths.train",
            corpus / f"{train_split}.spacy",
            "--paths.dev",
            corpus / f"{dev_split}.spacy",
            "--paths.vectors",
            corpus / "vectors",
            "--paths.init_tok2vec",
            output / "pretrain" / "tok2vec.bin",
        )
        log = (output / f"{name}.log").open("w")
        jobs.append(
            subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=os.environ | THREADS
            )
        )
    for job in jobs:
        if job.wait() != 0:
            raise SystemExit(f"training failed: {job.args}")


def news(corpus: Path, output: Path) -> None:
    """Fine-tune the CoNLL-2002 NER on CoNLL-2002 plus the in-domain news (``write_news_ner``). The
    NER first gets its own copy of its tok2vec, as it has in the assembled pipeline."""
    source = spacy.load(output / "ner" / "model-best")
    if "tok2vec" in source.pipe_names:
        source.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        source.remove_pipe("tok2vec")
    source.to_disk(output / "ner-own")
    for split, files in (
        ("train", ("ner-train.spacy", "news-ner-train.spacy")),
        ("dev", ("ner-dev.spacy", "news-ner-dev.spacy")),
    ):
        folder = corpus / f"ner-news-{split}"
        folder.mkdir(exist_ok=True)
        for name in files:
            (folder / name).write_bytes((corpus / name).read_bytes())
    command = spacy_command(
        "train",
        HERE / "configs" / "ner-news.cfg",
        "--output",
        output / "ner-news",
        "--paths.train",
        corpus / "ner-news-train",
        "--paths.dev",
        corpus / "ner-news-dev",
        "--paths.source",
        output / "ner-own",
    )
    with (output / "ner-news.log").open("w") as log:
        subprocess.run(
            command, stdout=log, stderr=subprocess.STDOUT, env=os.environ | THREADS, check=True
        )


# --- assemble and evaluate -----------------------------------------------------------------


def assemble(output: Path) -> None:
    from nieuwsnlp.tokenization import customize_tokenizer

    nlp = spacy.load(output / "parser" / "model-best")
    # the NER fine-tuned on news, with its own copy of its tok2vec (it does not listen to the parser's)
    nlp.add_pipe("ner", source=spacy.load(output / "ner-news" / "model-best"))
    nlp.rename_pipe("trainable_lemmatizer", "lemmatizer")
    customize_tokenizer(nlp)
    # rule-based sentence starts before the parser, which respects them (sentence F1 0.80 → 0.99)
    nlp.add_pipe("sentencizer", before="parser")
    nlp.add_pipe("nieuwsnlp_quote_sentences", before="parser")
    nlp.meta.update(
        {
            "name": "nieuwsnlp_news",
            "version": "0.3.0",
            "description": "Dutch news pipeline embedded in nieuwsnlp: tokenizer with Dutch news quote "
            "rules, floret vectors, pretrained tok2vec, morphologizer, parser, lemmatizer, ner (PER/LOC/ORG/MISC).",
            "author": "nieuwsnlp developers",
            "license": "research use only (CoNLL-2002 NER data, DpgMedia 2019 text in the vectors and "
            "pretraining); CC BY-SA 4.0 (UD Dutch LassySmall)",
            "sources": [
                {"name": "CoNLL-2002 Dutch NER (ned.train)", "license": "research use only"},
                {
                    "name": "DpgMedia 2019 news for the NER: news-ner.jsonl and the error-analysis gold "
                    "sets (ids and offsets in this repository), never an article of the unseen pool",
                    "license": "research use",
                },
                {
                    "name": "UD Dutch LassySmall (train 2017 + dev/test v2.16, deduplicated)",
                    "license": "CC BY-SA 4.0",
                },
                {
                    "name": "unlabelled text for floret vectors and pretraining: DpgMedia 2019 news "
                    "(1,000 articles), CoNLL-2002 train, UD LassySmall, Europeana Dutch NER",
                    "license": "research use (DpgMedia, CoNLL-2002); CC BY-SA 4.0 (UD); CC0 (Europeana)",
                },
            ],
        }
    )
    if MODEL_DIR.exists():
        import shutil

        shutil.rmtree(MODEL_DIR)
    nlp.to_disk(MODEL_DIR)
    # spaCy keeps lexeme flags out of a saved pipeline: mark quote marks again whenever it loads
    config = load_config(MODEL_DIR / "config.cfg")
    config["nlp"]["after_creation"] = {"@callbacks": "nieuwsnlp.mark_quotes.v1"}
    # training-time paths mean nothing in the shipped pipeline (vectors and weights are inside it)
    config["paths"]["vectors"] = config["paths"]["init_tok2vec"] = None
    config.to_disk(MODEL_DIR / "config.cfg")
    print(f"assembled {nlp.pipe_names} into {MODEL_DIR}")


def evaluate(data: Path) -> dict:
    from nieuwsnlp.pipeline_evaluation import evaluate_conll, evaluate_conllu, format_scores

    nlp = spacy.load(MODEL_DIR)
    scores = {
        "ner_testa": evaluate_conll(nlp, data / "conll2002" / "ned.testa"),
        "alpino_dev": evaluate_conllu(nlp, data / "ud" / ALPINO_DEV),
    }
    texts = [
        json.loads(line)["text"]
        for line in (data / "news" / "dpg2019-dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    scores["words_per_second_one_core"] = sum(len(t.split()) for t in texts) / (
        time.perf_counter() - started
    )
    meta_path = MODEL_DIR / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["performance"] = scores
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    for name, table in scores.items():
        print(name, format_scores(table) if isinstance(table, dict) else f"{table:,.0f}")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/nieuwsnlp-train"))
    parser.add_argument(
        "--steps",
        default="all",
        help="comma-separated: convert,vectors,pretrain,train,news,assemble,evaluate (default all)",
    )
    args = parser.parse_args()
    steps = (
        {"convert", "vectors", "pretrain", "train", "news", "assemble", "evaluate"}
        if args.steps == "all"
        else set(args.steps.split(","))
    )
    corpus, output = args.work / "corpus", args.work / "output"
    output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if "convert" in steps:
        convert(args.data, corpus)
    if "vectors" in steps:
        vectors(corpus)
    if "pretrain" in steps:
        pretrain(corpus, output)
    if "train" in steps:
        train(corpus, output)
    if "news" in steps:
        news(corpus, output)
    if "assemble" in steps:
        assemble(output)
    if "evaluate" in steps:
        evaluate(args.data)
    print(f"done in {(time.perf_counter() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
