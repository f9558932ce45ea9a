"""pytest plugin (registered through the ``pytest11`` entry point) for regression checks on corpora.

def test_my_corpus(assert_scores):
    assert_scores("gold.jsonl", "dump.jsonl", min_f1={"people": 0.8, "quotes": 0.7})
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nieuwsnlp.evaluation import Scores, evaluate, load_gold
from nieuwsnlp.loader import load_dump


@pytest.fixture(scope="session")
def nieuwsnlp_analyzer():
    """One Analyzer for the whole test session (loading a pipeline takes seconds)."""
    from nieuwsnlp.analyzer import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def assert_scores(nieuwsnlp_analyzer) -> Callable[..., Scores]:
    """Analyse the gold articles of ``input_path`` and fail when an F1 is below its minimum."""

    def check(gold_path: str | Path, input_path: str | Path, min_f1: dict[str, float]) -> Scores:
        gold = load_gold(gold_path)
        wanted = {article.id for article in gold}
        articles = (a for a in load_dump(input_path) if a.id in wanted)
        scores = evaluate(gold, nieuwsnlp_analyzer.analyze(articles))
        f1 = scores.f1()
        unknown = set(min_f1) - set(f1)
        if unknown:
            raise ValueError(f"unknown record types {sorted(unknown)}; choose from {sorted(f1)}")
        failing = {name: f1[name] for name, minimum in min_f1.items() if f1[name] < minimum}
        assert not failing, f"F1 below minimum for {failing}\n{scores.table()}"
        return scores

    return check
