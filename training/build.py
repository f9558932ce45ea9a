"""Build nieuwsnlp's embedded Dutch pipeline from the open data in ../shared/data.

    python training/build.py --data ../shared/data [--work /tmp/nieuwsnlp-train] [--steps all]

Steps (each can be run alone with --steps): ``convert`` the corpora to DocBin, ``train`` the NER
pipeline and the tagger/parser/lemmatizer pipeline in parallel (one core each), ``assemble`` them with
nieuwsnlp's tokenizer rules into ``src/nieuwsnlp/model``, ``evaluate`` on the dev splits and write
the scores into the model's meta.json. Seeds are fixed in the configs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.util import load_config

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


# --- train ---------------------------------------------------------------------------------


def train(corpus: Path, output: Path) -> None:
    """Train both pipelines at once, one thread each; spaCy keeps model-best per pipeline."""
    jobs = []
    env = os.environ | {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    for name, train_split, dev_split in (
        ("ner", "ner-train", "ner-dev"),
        ("parser", "ud-train", "ud-dev"),
    ):
        log = (output / f"{name}.log").open("w")
        command = [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(HERE / "configs" / f"{name}.cfg"),
            "--output",
            str(output / name),
            "--paths.train",
            str(corpus / f"{train_split}.spacy"),
            "--paths.dev",
            str(corpus / f"{dev_split}.spacy"),
        ]
        jobs.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env))
    for job in jobs:
        if job.wait() != 0:
            raise SystemExit(f"training failed: {job.args}")


# --- assemble and evaluate -----------------------------------------------------------------


def assemble(output: Path) -> None:
    from nieuwsnlp.tokenization import customize_tokenizer

    nlp = spacy.load(output / "parser" / "model-best")
    ner = spacy.load(output / "ner" / "model-best")
    nlp.add_pipe("ner", source=ner)
    nlp.rename_pipe("trainable_lemmatizer", "lemmatizer")
    customize_tokenizer(nlp)
    # rule-based sentence starts before the parser, which respects them (sentence F1 0.80 → 0.99)
    nlp.add_pipe("sentencizer", before="parser")
    nlp.add_pipe("nieuwsnlp_quote_sentences", before="parser")
    nlp.meta.update(
        {
            "name": "nieuwsnlp_news",
            "version": "0.1.0",
            "description": "Dutch news pipeline embedded in nieuwsnlp: tokenizer with Dutch news quote "
            "rules, tok2vec, morphologizer, parser, lemmatizer, ner (PER/LOC/ORG/MISC).",
            "author": "nieuwsnlp developers",
            "license": "CoNLL-2002 research use only (NER); CC BY-SA 4.0 (UD Dutch LassySmall)",
            "sources": [
                {"name": "CoNLL-2002 Dutch NER (ned.train)", "license": "research use only"},
                {
                    "name": "UD Dutch LassySmall (train 2017 + dev/test v2.16, deduplicated)",
                    "license": "CC BY-SA 4.0",
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
        help="comma-separated: convert,train,assemble,evaluate (default all)",
    )
    args = parser.parse_args()
    steps = (
        {"convert", "train", "assemble", "evaluate"}
        if args.steps == "all"
        else set(args.steps.split(","))
    )
    corpus, output = args.work / "corpus", args.work / "output"
    output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if "convert" in steps:
        convert(args.data, corpus)
    if "train" in steps:
        train(corpus, output)
    if "assemble" in steps:
        assemble(output)
    if "evaluate" in steps:
        evaluate(args.data)
    print(f"done in {(time.perf_counter() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
