"""The ``nieuwsnlp`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from nieuwsnlp import __version__
from nieuwsnlp.loader import Article, load_dump
from nieuwsnlp.records import ArticleAnalysis
from nieuwsnlp.sinks import FORMATS

EXIT_UNREADABLE = 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
        format="nieuwsnlp: %(message)s",
        stream=sys.stderr,
    )
    return int(args.run(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nieuwsnlp", description="Typed facts from Dutch news dumps."
    )
    parser.add_argument("--version", action="version", version=f"nieuwsnlp {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse dumps into one JSON record per article")
    analyze.add_argument("inputs", nargs="+", metavar="INPUT", help="dump files; - for stdin")
    analyze.add_argument(
        "-o", "--output", default="-", help="output file or folder (default: stdout, jsonl only)"
    )
    analyze.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (one line per article), parquet (a folder, one file per record type) "
        "or duckdb (one database file)",
    )
    _add_pipeline_options(analyze)
    analyze.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    analyze.set_defaults(run=_analyze)

    evaluate_pipeline = commands.add_parser(
        "evaluate-pipeline", help="score the resolved spaCy pipeline on gold-tokenised data"
    )
    gold = evaluate_pipeline.add_mutually_exclusive_group(required=True)
    gold.add_argument("--conll", help="CoNLL-2002 NER file: P/R/F1 for PER/LOC/ORG")
    gold.add_argument("--conllu", help="CoNLL-U file: UPOS, UAS, LAS, lemma, sentence F1")
    evaluate_pipeline.add_argument("--model", help="spaCy pipeline name or path")
    evaluate_pipeline.add_argument("--json", action="store_true", help="print JSON")
    evaluate_pipeline.set_defaults(run=_evaluate_pipeline)

    evaluate = commands.add_parser("evaluate", help="score the analysis against a gold file")
    evaluate.add_argument("gold", metavar="GOLD", help="gold annotations (JSON lines)")
    evaluate.add_argument("--input", help="the dump the gold articles come from")
    evaluate.add_argument("--predictions", help="analysis output to score instead of analysing")
    evaluate.add_argument("--model", help="spaCy pipeline name or path")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.add_argument("--min-f1", type=float, help="exit 1 when any F1 is below this")
    evaluate.set_defaults(run=_evaluate)

    difference = commands.add_parser(
        "diff", help="records added/removed/changed per article between two outputs"
    )
    difference.add_argument("old", metavar="OLD.jsonl")
    difference.add_argument("new", metavar="NEW.jsonl")
    difference.set_defaults(run=_diff)

    entities = commands.add_parser(
        "entities", help="canonical entities across the articles of an analysis output"
    )
    entities.add_argument("analysis", metavar="OUT.jsonl", help="output of nieuwsnlp analyze")
    entities.add_argument("-o", "--output", default="-", help="JSON lines (default: stdout)")
    entities.set_defaults(run=_entities)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output records")
    schema.add_argument("--gold", action="store_true", help="the gold format's schema instead")
    schema.set_defaults(run=_schema)
    return parser


def _add_pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--model", help="spaCy pipeline name or path (default: resolved)")
    command.add_argument("--batch-size", type=int, default=64, help="articles per nlp.pipe batch")
    command.add_argument("--n-process", type=int, default=1, help="worker processes")


def unreadable_inputs(inputs: list[str]) -> list[str]:
    """Messages for the inputs that cannot be read, checked before any work starts."""
    problems = []
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if not path.is_file() or not os.access(path, os.R_OK):
            problems.append(f"cannot read input file {name!r}")
    return problems


def read_inputs(inputs: list[str]) -> Iterator[Article]:
    for name in inputs:
        yield from load_dump(name)


def _analyze(args: argparse.Namespace) -> int:
    from nieuwsnlp.analyzer import Analyzer
    from nieuwsnlp.sinks import write

    problems = unreadable_inputs(args.inputs)
    if args.format != "jsonl" and args.output == "-":
        problems.append(f"--format {args.format} needs an output path (-o)")
    if problems:
        for problem in problems:
            print(f"nieuwsnlp: {problem}", file=sys.stderr)
        return EXIT_UNREADABLE
    analyzer = Analyzer(args.model, batch_size=args.batch_size, n_process=args.n_process)
    started = time.perf_counter()
    records = analyzer.analyze(read_inputs(args.inputs))
    progress = _progress(records, quiet=args.quiet)
    total = failed = words = 0
    for record in write(progress, args.output, args.format):
        total += 1
        failed += record.error is not None
        words += len(record.article.text.split())
    if not args.quiet:
        seconds = max(time.perf_counter() - started, 1e-9)
        print(
            f"nieuwsnlp: {total} articles read, {total - failed} analysed, {failed} failed; "
            f"{words / seconds:,.0f} words/s with {analyzer.pipeline.name}",
            file=sys.stderr,
        )
    return 0


def _progress(records: Iterator[ArticleAnalysis], *, quiet: bool) -> Iterator[ArticleAnalysis]:
    """A progress bar on stderr, only when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return records
    from tqdm import tqdm

    return iter(tqdm(records, unit=" articles", file=sys.stderr))


def _evaluate_pipeline(args: argparse.Namespace) -> int:
    from nieuwsnlp.pipeline import load_pipeline
    from nieuwsnlp.pipeline_evaluation import evaluate_conll, evaluate_conllu, format_scores

    path = args.conll or args.conllu
    problems = unreadable_inputs([path])
    if problems:
        print(f"nieuwsnlp: {problems[0]}", file=sys.stderr)
        return EXIT_UNREADABLE
    nlp = load_pipeline(args.model)
    scores = evaluate_conll(nlp, path) if args.conll else evaluate_conllu(nlp, path)
    print(json.dumps(scores, indent=2) if args.json else format_scores(scores))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from nieuwsnlp import evaluation

    sources = [args.gold, args.predictions or args.input]
    if sources[1] is None:
        print("nieuwsnlp: evaluate needs --input DUMP or --predictions OUT.jsonl", file=sys.stderr)
        return EXIT_UNREADABLE
    problems = unreadable_inputs(sources)
    if problems:
        print(f"nieuwsnlp: {problems[0]}", file=sys.stderr)
        return EXIT_UNREADABLE
    gold = evaluation.load_gold(args.gold)
    if args.predictions:
        predictions: list[ArticleAnalysis | dict] = list(
            evaluation.read_predictions(args.predictions)
        )
    else:
        from nieuwsnlp.analyzer import Analyzer

        wanted = {article.id for article in gold}
        articles = (a for a in load_dump(args.input) if a.id in wanted)
        predictions = list(Analyzer(args.model).analyze(articles))
    scores = evaluation.evaluate(gold, predictions)
    print(scores.model_dump_json(indent=2) if args.json else scores.table())
    if args.min_f1 is not None and min(scores.f1().values()) < args.min_f1:
        return 1
    return 0


def _diff(args: argparse.Namespace) -> int:
    from nieuwsnlp.evaluation import diff, read_predictions

    problems = unreadable_inputs([args.old, args.new])
    if problems:
        print(f"nieuwsnlp: {problems[0]}", file=sys.stderr)
        return EXIT_UNREADABLE
    lines = diff(read_predictions(args.old), read_predictions(args.new))
    print("\n".join(lines))
    return 1 if lines else 0


def _entities(args: argparse.Namespace) -> int:
    from nieuwsnlp.entity_index import EntityIndex

    problems = unreadable_inputs([args.analysis])
    if problems:
        print(f"nieuwsnlp: {problems[0]}", file=sys.stderr)
        return EXIT_UNREADABLE
    lines = (e.model_dump_json() + "\n" for e in EntityIndex.from_jsonl(args.analysis).entities())
    if args.output == "-":
        sys.stdout.writelines(lines)
    else:
        from nieuwsnlp.sinks import atomic_path

        with atomic_path(Path(args.output)) as temporary:
            temporary.write_text("".join(lines), encoding="utf-8")
    return 0


def _schema(args: argparse.Namespace) -> int:
    if args.gold:
        from nieuwsnlp.evaluation import gold_schema

        schema = gold_schema()
    else:
        schema = ArticleAnalysis.model_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
