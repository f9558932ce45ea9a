"""Regression checks on the hand-annotated dev gold set, through the pytest plugin's fixture."""

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "gold"
THRESHOLDS = {
    name: value
    for name, value in json.loads((Path(__file__).parent / "thresholds.json").read_text()).items()
    if not name.startswith("_")
}
F1_TYPES = ("people", "organizations", "places", "quotes", "claims")


@pytest.fixture(scope="module")
def dev_scores(shared_data, assert_scores):
    return assert_scores(
        GOLD / "dpg2019-dev.gold.jsonl",
        shared_data / "news" / "dpg2019-dev.jsonl",
        min_f1={name: THRESHOLDS[name] for name in F1_TYPES},
    )


def test_f1_at_least_the_recorded_scores(dev_scores):
    assert dev_scores.articles == 31


def test_speaker_accuracy(dev_scores):
    assert dev_scores.speaker_accuracy >= THRESHOLDS["speaker_accuracy"]


def test_seed_article_gold(shared_data, assert_scores):
    scores = assert_scores(
        GOLD / "seed-article.gold.jsonl",
        shared_data / "news" / "seed-article.txt",
        min_f1={"people": 1.0, "quotes": 0.85, "claims": 1.0},
    )
    assert scores.speaker_accuracy >= 0.85
