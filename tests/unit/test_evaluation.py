import json

import pytest

from nieuwsnlp.cli import main
from nieuwsnlp.evaluation import (
    GoldArticle,
    GoldLink,
    GoldPair,
    GoldRoles,
    _unit_key,
    diff,
    evaluate,
    evaluate_entity_index,
    evaluate_place_links,
    evaluate_roles,
    gold_schema,
    names_match,
)

TEXT = "Minister Jan de Vries zei: ,,Het kost 5 miljoen euro.'' Hij sprak in Utrecht."


def gold(**overrides):
    fields = {
        "id": "a1",
        "people": [{"name": "Jan de Vries", "aliases": ["De Vries"]}],
        "places": [{"name": "Utrecht", "aliases": []}],
        "quotes": [{"start": 28, "end": 52, "speaker": "Jan de Vries", "kind": "direct"}],
        "claims": [{"start": 37, "end": 51, "value": 5e6, "unit": "EUR"}],
    }
    return GoldArticle.model_validate(fields | overrides)


def prediction(**overrides):
    record = {
        "article": {"id": "a1", "text": TEXT},
        "people": [{"id": "p1", "name": "Jan de Vries", "mentions": [{"text": "Jan de Vries"}]}],
        "organizations": [],
        "places": [{"id": "l1", "name": "Utrecht", "canonical": "Utrecht", "mentions": []}],
        "quotes": [
            {
                "start": 28,
                "end": 52,
                "kind": "direct",
                "speaker": {"entity_id": "p1", "name": "Jan de Vries"},
            }
        ],
        "claims": [{"start": 37, "end": 51, "value": 5e6, "unit": "EUR"}],
    }
    return record | overrides


def test_perfect_prediction_scores_one():
    scores = evaluate([gold()], [prediction()])
    assert all(f1 == 1.0 for name, f1 in scores.f1().items() if name != "organizations")
    assert scores.speaker_accuracy == scores.claim_value_accuracy == scores.claim_unit_accuracy == 1


def test_empty_prediction_has_zero_recall():
    empty = prediction(people=[], places=[], quotes=[], claims=[])
    scores = evaluate([gold()], [empty])
    assert scores.people.recall == scores.quotes.recall == scores.claims.recall == 0.0


def test_missing_article_counts_as_all_missed():
    assert evaluate([gold()], []).people.recall == 0.0


@pytest.mark.parametrize(
    ("start", "end", "matched"), [(28, 40, True), (28, 39, False), (40, 60, True)]
)
def test_quote_overlap_must_cover_half_the_gold_span(start, end, matched):
    # gold 28-52 (24 characters): 12 overlapping characters is half, 11 is not
    quote = {"start": start, "end": end, "kind": "direct", "speaker": None}
    scores = evaluate([gold()], [prediction(quotes=[quote])])
    assert (scores.quotes.true_positives == 1) is matched


def test_matching_is_one_to_one():
    twice = prediction(
        people=[
            {"id": "p1", "name": "Jan de Vries", "mentions": []},
            {"id": "p2", "name": "De Vries", "mentions": []},
        ]
    )
    scores = evaluate([gold()], [twice])
    assert (scores.people.true_positives, scores.people.predicted) == (1, 2)


def test_names_match_by_normalisation_alias_and_fuzziness():
    assert names_match(["OEKRAÏNE"], ["Oekraïne"])
    assert names_match(["Jens Stoltenburg"], ["Jens Stoltenberg"])  # rapidfuzz ratio 94
    assert names_match(["Tusks"], ["Tusk"])
    assert not names_match(["Jan"], ["Jan de Vries"])


def test_speaker_null_equals_only_null():
    no_speaker = gold(quotes=[{"start": 28, "end": 52, "speaker": None, "kind": "direct"}])
    assert evaluate([no_speaker], [prediction()]).speaker_accuracy == 0.0
    silent = prediction(quotes=[{"start": 28, "end": 52, "kind": "direct", "speaker": None}])
    assert evaluate([no_speaker], [silent]).speaker_accuracy == 1.0


def test_quote_kind_accuracy_compares_the_kind_of_matched_quotes():
    assert evaluate([gold()], [prediction()]).quote_kind_accuracy == 1.0
    reported = prediction(quotes=[{"start": 28, "end": 52, "kind": "indirect", "speaker": None}])
    assert evaluate([gold()], [reported]).quote_kind_accuracy == 0.0


def test_claim_values_within_half_a_percent():
    close = prediction(claims=[{"start": 37, "end": 51, "value": 5.02e6, "unit": "EUR"}])
    far = prediction(claims=[{"start": 37, "end": 51, "value": 5.1e6, "unit": "EUR"}])
    assert evaluate([gold()], [close]).claims.f1 == 1.0
    assert evaluate([gold()], [far]).claims.f1 == 0.0


def test_gold_schema_forbids_article_text():
    assert "text" not in gold_schema()["properties"]
    with pytest.raises(ValueError):
        GoldArticle.model_validate({"id": "a1", "text": "geen tekst in gold"})


def test_diff_lists_added_removed_and_changed_records():
    old = [prediction()]
    new = [
        prediction(
            places=[],
            claims=[{"start": 37, "end": 51, "value": 6e6, "unit": "EUR"}],
            people=[*prediction()["people"], {"id": "p2", "name": "Piet", "mentions": []}],
        )
    ]
    lines = diff(old, new)
    assert "a1: places removed Utrecht" in lines
    assert "a1: people added Piet" in lines
    assert "a1: claims changed 37 51" in lines
    assert diff(old, old) == []


def test_cli_evaluate_and_diff(tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(gold().model_dump_json() + "\n")
    predicted = tmp_path / "out.jsonl"
    predicted.write_text(json.dumps(prediction()) + "\n")
    assert (
        main(["evaluate", str(gold_path), "--predictions", str(predicted), "--min-f1", "0.9"]) == 1
    )
    assert "quotes" in capsys.readouterr().out  # organisations F1 is 0: below --min-f1
    assert main(["evaluate", str(gold_path), "--predictions", str(predicted), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"]["f1"] == 1.0
    assert main(["diff", str(predicted), str(predicted)]) == 0


def test_units_written_out_match_their_codes():
    assert _unit_key("meter") == _unit_key("m") and _unit_key("graden") == _unit_key("degrees")
    assert _unit_key("inwoners") == _unit_key("inwoner") and _unit_key("EUR") != _unit_key("USD")


def test_entity_index_pairs_score_the_merges_against_judgments():
    def record(article, *names):
        people = [
            {
                "id": f"p{i}",
                "name": n,
                "mentions": [{"text": w} for w in {n, n.split()[-1]}],
                "roles": [],
            }
            for i, n in enumerate(names)
        ]
        return {"article": {"id": article}, "people": people}

    def pair(a, b, same):
        return GoldPair.model_validate(
            {
                "type": "person",
                "a": {"article": a[0], "name": a[1]},
                "b": {"article": b[0], "name": b[1]},
                "same": same,
            }
        )

    records = [
        record("1", "Volodimir Zelenski", "Wouter Bos"),
        record("2", "Volodymyr Zelensky", "Els Bos"),
    ]
    pairs = [
        pair(("1", "Volodimir Zelenski"), ("2", "Volodymyr Zelensky"), True),  # merged, rightly
        pair(("1", "Wouter Bos"), ("2", "Els Bos"), False),  # apart, rightly
        pair(("1", "Wouter Bos"), ("2", "Zelenski"), True),  # a name no record has: not merged
        pair(("1", "Zelenski"), ("2", "Zelensky"), True),  # records found by a mention: merged
    ]
    score = evaluate_entity_index(pairs, records)
    assert (score.true_positives, score.predicted, score.gold) == (2, 2, 3)


def test_place_links_score_the_place_meant_and_its_country():
    def place(name, geonames_id, canonical, country):
        return {"id": name, "name": name, "canonical": canonical, "geonames_id": geonames_id,
                "country": country, "mentions": []}  # fmt: skip

    def link(name, geonames_id, canonical, country):
        return GoldLink(article="a1", place=name, geonames_id=geonames_id, canonical=canonical,
                        country=country)  # fmt: skip

    names = ["Moskou", "Rotterdam", "Europa", "Kinkerstraat", "Binnenhof", "Soest"]
    article = gold(places=[{"name": n, "aliases": []} for n in names])
    record = prediction(
        places=[
            place("Moskou", 524901, "Moscow", "RU"),  # right
            place("Rotterdam", 5134453, "Rotterdam", "US"),  # the wrong Rotterdam
            place("Europa", None, "Europa", None),  # right: a gazetteer place without an id
            place("Kinkerstraat", None, None, "NL"),  # right: unknown to the gazetteer
            place("Binnenhof", 2759000, "Binnenhof", "NL"),  # a hamlet, not the building meant
        ]
    )
    links = [
        link("Moskou", 524901, "Moscow", "RU"),
        link("Rotterdam", 2747891, "Rotterdam", "NL"),
        link("Europa", None, "Europa", None),
        link("Kinkerstraat", None, None, "NL"),
        link("Binnenhof", None, None, "NL"),
        link("Soest", 2747034, "Soest", "NL"),  # a place the analysis did not find
    ]
    score = evaluate_place_links(links, [article], [record])
    assert (score.judged, score.found) == (6, 5)
    assert score.link_accuracy == 3 / 5 and score.country_accuracy == 4 / 5
    assert (score.wrong_place, score.missed_link, score.spurious_link) == (1, 0, 1)


def test_roles_are_scored_over_the_people_found():
    article = gold(
        people=[{"name": "Jan de Vries", "aliases": []}, {"name": "Els Bos", "aliases": []}]
    )
    record = prediction(
        people=[{"id": "p1", "name": "Jan de Vries", "mentions": [], "roles": ["Minister", "boer"]}]
    )
    judged = [
        GoldRoles(article="a1", person="Jan de Vries", roles=["minister", "oud-premier"]),
        GoldRoles(article="a1", person="Els Bos", roles=["columnist"]),  # a person not found
    ]
    score = evaluate_roles(judged, [article], [record])
    assert (score.true_positives, score.predicted, score.gold) == (1, 2, 2)
    plural = [GoldRoles(article="a1", person="Jan de Vries", roles=["columnisten", "Navo-chef"])]
    record["people"][0]["roles"] = ["columnist", "navochef"]
    assert evaluate_roles(plural, [article], [record]).f1 == 1.0
