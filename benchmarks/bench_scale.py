"""Scale benchmarks of issue 8, measured as ratios in one run (run by hand, not in CI).

    python benchmarks/bench_scale.py [--data ../shared/data] [--model MODEL] [--skip-dask]

Prints one JSON object with the figures; benchmarks/README.md records them with the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nieuwsnlp
from nieuwsnlp.pipeline import resolve_model

ROOT = Path(__file__).resolve().parent.parent


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def loader_mb_per_s(dump: Path, repeat: int = 5) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for _article in nieuwsnlp.load_dump(dump):
            pass
    return repeat * dump.stat().st_size / 1e6 / (time.perf_counter() - started)


def bare_pipeline_words_per_s(texts: list[str], model: str | None) -> float:
    """The trained spaCy pipeline alone, without nieuwsnlp's components."""
    import spacy

    nlp = spacy.load(resolve_model(model))
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return words(texts) / (time.perf_counter() - started)


def analysis_words_per_s(texts: list[str], model: str | None) -> float:
    analyzer = nieuwsnlp.Analyzer(model)
    articles = [nieuwsnlp.make_article(text, id=str(i)) for i, text in enumerate(texts)]
    started = time.perf_counter()
    for _record in analyzer.analyze(articles):
        pass
    return words(texts) / (time.perf_counter() - started)


def cli_run(dump: Path, n_process: int, model: str | None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB, largest process) of ``nieuwsnlp analyze``."""
    with tempfile.TemporaryDirectory() as folder:
        command = [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "nieuwsnlp.cli",
            "analyze",
            str(dump),
            "-o",
            str(Path(folder) / "out.jsonl"),
            "--quiet",
            "--n-process",
            str(n_process),
        ]
        if model:
            command += ["--model", model]
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        return time.perf_counter() - started, int(result.stderr.strip().splitlines()[-1])


def dask_seconds(dump: Path, model: str | None) -> float:
    from distributed import Client, LocalCluster

    from nieuwsnlp.dask import analyze_dump

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: nieuwsnlp.dask._analyzer(model))  # load pipelines before timing
        started = time.perf_counter()
        analyze_dump(dump, blocksize=dump.stat().st_size // 8 + 1, model=model).compute()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    dump = args.data / "news" / "dpg2019-dev.txt"
    texts = [article.text for article in nieuwsnlp.load_dump(dump)]

    figures: dict[str, object] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "pipeline": resolve_model(args.model),
        "articles": len(texts),
        "words": words(texts),
        "loader_mb_per_s": loader_mb_per_s(dump),
    }
    bare = bare_pipeline_words_per_s(texts, args.model)
    full = analysis_words_per_s(texts, args.model)
    figures |= {
        "bare_pipeline_words_per_s": bare,
        "analysis_words_per_s": full,
        "analysis_over_bare": full / bare,
    }
    one_seconds, one_rss = cli_run(dump, 1, args.model)
    two_seconds, _ = cli_run(dump, 2, args.model)
    with tempfile.TemporaryDirectory() as folder:
        triple = Path(folder) / "dump3.txt"
        triple.write_bytes(dump.read_bytes() * 3)
        _, triple_rss = cli_run(triple, 1, args.model)
    figures |= {
        "cli_n_process_1_seconds": one_seconds,
        "cli_n_process_2_seconds": two_seconds,
        "n_process_2_over_1": one_seconds / two_seconds,
        "peak_rss_1x_kib": one_rss,
        "peak_rss_3x_kib": triple_rss,
        "peak_rss_3x_over_1x": triple_rss / one_rss,
    }
    if not args.skip_dask:
        seconds = dask_seconds(dump, args.model)
        figures |= {"dask_seconds": seconds, "dask_over_n_process_2": two_seconds / seconds}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
