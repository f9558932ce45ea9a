"""How far a second, independent annotator agrees with the gold sets: the ceiling the extractors'
scores should be read against.

    python tests/gold/agreement/agree.py

Each ``*.second.jsonl`` file annotates the articles of two gold sets again, by someone who never saw
their gold (entities from the text alone; speakers given the gold quote spans). It is scored as if it
were analysis output, with the scorer of ``nieuwsnlp evaluate``; no article text is needed.
"""

from pathlib import Path

from nieuwsnlp.evaluation import evaluate, load_gold

HERE = Path(__file__).parent
KINDS = ("people", "organizations", "places")


def as_predictions(path: Path) -> list[dict]:
    """Second annotations in the shape of analysis records (names, speaker names, no offsets)."""
    records = []
    for article in load_gold(path):
        record = {"article": {"id": article.id}, "quotes": [], "claims": []}
        for kind in KINDS:
            record[kind] = [
                {"id": f"{kind[0]}{i}", "name": e.name, "canonical": None, "mentions": []}
                for i, e in enumerate(getattr(article, kind))
            ]
        record["quotes"] = [
            {
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker": {"name": q.speaker} if q.speaker else None,
            }
            for q in article.quotes
        ]
        records.append(record)
    return records


def main() -> None:
    print("second annotator vs gold: P / R / F1 per entity type, speaker accuracy")
    for path in sorted(HERE.glob("news-heldout-*.second.jsonl")):
        sets = path.name.removeprefix("news-heldout-").removesuffix(".second.jsonl").split("-")
        gold = [a for s in sets for a in load_gold(HERE.parent / f"news-heldout-{s}.gold.jsonl")]
        scores = evaluate(gold, as_predictions(path))
        cells = [
            f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}"
            for s in (scores.people, scores.organizations, scores.places)
        ]
        print(
            f"{'+'.join(sets):6} {len(gold):3} articles", *cells, f"{scores.speaker_accuracy:.3f}"
        )


if __name__ == "__main__":
    main()
