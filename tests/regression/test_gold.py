"""Regression checks on the hand-annotated gold sets, through the pytest plugin's fixture.

``news-dev`` is where the rules were developed; ``news-heldout-a`` to ``-j``, ``-q`` to ``-u``, ``-x``,
``-y``, ``-aa``, ``-ab``, ``-ae``, ``-af``, ``-ai``, ``-aj`` and ``-am`` to ``-ao`` served for error
analysis later (each was scored untouched first); ``news-heldout-k`` to ``-p``, ``-v``, ``-w``, ``-z``,
``-ac``, ``-ad``, ``-ag``, ``-ah``, ``-ak``, ``-al`` and ``-ap`` to ``-ar`` were never looked at while
developing (only their scores were read), so they are the honest estimate.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from nieuwsnlp import load_dump
from nieuwsnlp.evaluation import (
    evaluate_entity_index,
    evaluate_place_links,
    evaluate_roles,
    load_gold,
    load_links,
    load_pairs,
    load_roles,
)

ROOT = Path(__file__).resolve().parent.parent.parent
GOLD = ROOT / "tests" / "gold"
THRESHOLDS = {
    name: value
    for name, value in json.loads((Path(__file__).parent / "thresholds.json").read_text()).items()
    if not name.startswith("_")
}
F1_TYPES = ("people", "organizations", "places", "quotes", "claims")


@pytest.mark.parametrize("gold_set", sorted(THRESHOLDS))
def test_scores_at_least_the_recorded_ones(gold_set, shared_data, assert_scores):
    minimum = THRESHOLDS[gold_set]
    scores = assert_scores(
        GOLD / f"{gold_set}.gold.jsonl",
        shared_data / "news" / "dpg2019-dev.jsonl",
        min_f1={name: minimum[name] for name in F1_TYPES},
    )
    assert scores.articles == minimum["articles"]
    assert scores.speaker_accuracy >= minimum["speaker_accuracy"]


def test_seed_article_gold(shared_data, assert_scores):
    scores = assert_scores(
        GOLD / "seed-article.gold.jsonl",
        shared_data / "news" / "seed-article.txt",
        min_f1={"people": 1.0, "quotes": 0.85, "claims": 1.0},
    )
    assert scores.speaker_accuracy >= 0.85


def test_entity_index_merges_on_judged_pairs(shared_data, nieuwsnlp_analyzer):
    """255 pairs of entities from two articles each (all the index merged across spellings at
    5cda2d3, and a sample of near names it kept apart), judged by reading both articles. The
    index merged 132 of them, 81 rightly, and 81 of the 99 judged the same; with the spelling,
    table, public-figure and kind-of-body rules, and brands apart from their parents in the
    table (Ziggo, Air France-KLM), 111, 92 and 92; with the home country (both Middelburgs Dutch),
    112, 93 and 93. The pairs name entities as the index named them then: with the 0.3.0 NER some
    are named otherwise (``Halsema`` for ``GroenLinkspolitica Halsema``, ``De Pijp`` for ``Pijp``) or
    not found, and a member is also looked up by its mentions: 104, 87 and 87."""
    pairs = load_pairs(GOLD / "entity-index-pairs.jsonl")
    wanted = {pair.a.article for pair in pairs} | {pair.b.article for pair in pairs}
    articles = (a for a in load_dump(shared_data / "news" / "dpg2019-dev.jsonl") if a.id in wanted)
    score = evaluate_entity_index(pairs, nieuwsnlp_analyzer.analyze(articles))
    assert score.precision >= 0.82 and score.recall >= 0.87, score


LINKS = load_links(GOLD / "place-links.jsonl")
ROLES = load_roles(GOLD / "person-roles.jsonl")


@pytest.fixture(scope="module")
def judged(shared_data, nieuwsnlp_analyzer):
    """The gold articles of the place-link and role judgments, and their analyses."""
    wanted = {link.article for link in LINKS} | {person.article for person in ROLES}
    gold = [a for path in GOLD.glob("news-*.gold.jsonl") for a in load_gold(path) if a.id in wanted]
    articles = (a for a in load_dump(shared_data / "news" / "dpg2019-dev.jsonl") if a.id in wanted)
    return gold, list(nieuwsnlp_analyzer.analyze(articles))


def test_places_link_to_the_place_meant(judged):
    """1,204 gold places of 330 gold articles, each judged by reading the article for the GeoNames
    candidate it means (or none) and its country. At 64a2b69 links were right for 0.974 and
    countries for 0.885 (no country for a street or district); with the Netherlands as home
    country, unlinked places given the country of the article's places and class nouns choosing
    among places of one name (de staat Washington), 0.976 and 0.968."""
    score = evaluate_place_links(LINKS, *judged)
    assert score.found > 1000
    assert score.link_accuracy >= 0.965 and score.country_accuracy >= 0.96, score


def test_people_carry_the_roles_the_article_gives_them(judged):
    """1,210 gold people of 325 gold articles with the roles written before their name or in
    apposition (661 roles), judged by reading the article. At 64a2b69: P 0.973, R 0.629; with
    occupation nouns, a body or field between title and name, shared plural titles and an age
    before the apposition: P 0.954, R 0.782; with titles after ``van``, titles joined by ``en`` and
    a capitalised title opening a sentence: P 0.951, R 0.815; titles joined in an apposition:
    P 0.949, R 0.823."""
    score = evaluate_roles(ROLES, *judged)
    assert score.gold > 600
    assert score.precision >= 0.94 and score.recall >= 0.81, score


def test_news_ner_fine_tuning_never_sees_the_unseen_pool(shared_data):
    """``training/build.py``'s news step trains the shipped NER on annotated articles and on the
    error-analysis gold sets; never on an article of the sets that are only scored, nor on one that
    repeats such an article under another id."""
    build = _training_build()
    texts = {a.id: a.text for a in load_dump(shared_data / "news" / "dpg2019-dev.jsonl")}
    unseen = build.unseen_articles(texts)
    pool = {
        json.loads(line)["id"]
        for name in build.UNSEEN_SETS
        for line in (GOLD / f"news-heldout-{name}.gold.jsonl").open()
    }
    assert len(pool) > 250 and pool <= unseen
    trained = [path.name for path in build.error_analysis_sets()]
    assert "news-dev.gold.jsonl" in trained and "news-heldout-a.gold.jsonl" in trained
    assert not any(f"news-heldout-{name}.gold.jsonl" in trained for name in build.UNSEEN_SETS)
    pool_texts = {texts[i] for i in pool}
    repeats = {i for i in unseen - pool if texts[i] not in pool_texts}
    assert repeats  # republished stories under new ids are found and left out too


def _training_build():
    spec = importlib.util.spec_from_file_location("build", ROOT / "training" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
