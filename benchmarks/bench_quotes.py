"""Cost of quote finding next to the whole pipeline, on dpg2019-dev texts (run by hand, not in CI).

    python benchmarks/bench_quotes.py [--data ../shared/data] [--articles 200] [--model MODEL]

Runs the full pipeline once with spaCy's per-component timing and prints one JSON object: seconds
spent in ``nieuwsnlp_quotes``, in the whole pipeline, and the share of the former.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

from nieuwsnlp import load_dump
from nieuwsnlp.pipeline import load_pipeline, pipeline_name

ROOT = Path(__file__).resolve().parent.parent


def timed_components(nlp, texts: list[str]) -> dict[str, float]:
    """Seconds per component (tokenizer included), one document at a time so each is attributed."""
    spent: dict[str, float] = defaultdict(float)
    for text in texts:
        started = time.perf_counter()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - started
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_data = os.environ.get("NIEUWSNLP_DATA", ROOT.parent / "shared" / "data")
    parser.add_argument("--data", type=Path, default=Path(default_data))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", help="spaCy pipeline name or path")
    args = parser.parse_args()

    dump = args.data / "news" / "dpg2019-dev.jsonl"
    texts = [article.text for article in islice(load_dump(dump), args.articles)]
    nlp = load_pipeline(args.model)
    timed_components(nlp, texts[:5])  # warm-up: lazy tables and caches
    spent = timed_components(nlp, texts)
    total = sum(spent.values())
    quotes = spent["nieuwsnlp_quotes"]
    print(
        json.dumps(
            {
                "pipeline": pipeline_name(nlp),
                "articles": len(texts),
                "characters": sum(map(len, texts)),
                "pipeline_seconds": round(total, 3),
                "quotes_seconds": round(quotes, 3),
                "quotes_share": round(quotes / total, 4),
                "quotes_ms_per_article": round(1000 * quotes / len(texts), 3),
                "seconds_per_component": {name: round(s, 3) for name, s in spent.items()},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
