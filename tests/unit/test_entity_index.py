import pytest

from nieuwsnlp.entity_index import EntityIndex


def analysis(article_id, people=(), places=(), organizations=()):
    """``places``: (name, GeoNames id[, canonical]); ``organizations``: (name, canonical)."""
    return {
        "article": {"id": article_id},
        "people": [
            {"id": f"p{i}", "name": name, "mentions": [{"text": name}], "roles": list(roles)}
            for i, (name, roles) in enumerate(people)
        ],
        "places": [
            {
                "id": f"l{i}",
                "name": name,
                "mentions": [{"text": name}],
                "geonames_id": gid,
                "canonical": canonical[0] if canonical else None,
            }
            for i, (name, gid, *canonical) in enumerate(places)
        ],
        "organizations": [
            {"id": f"o{i}", "name": name, "mentions": [{"text": name}], "canonical": canonical}
            for i, (name, canonical) in enumerate(organizations)
        ],
    }


def build(*analyses):
    index = EntityIndex()
    for item in analyses:
        index.add(item)
    return index.entities()


def test_spelling_variants_of_a_person_merge():
    entities = build(
        analysis("1", [("Volodimir Zelenski", ["president"])]),
        analysis("2", [("Volodymyr Zelensky", [])]),
        analysis("3", [("Volodymyr Zelenskyj", [])]),
    )
    assert len(entities) == 1 and entities[0].articles == 3


def test_first_name_alone_does_not_join_a_full_name():
    entities = build(analysis("1", [("Jan de Vries", [])]), analysis("2", [("Jan", [])]))
    assert len(entities) == 2


def test_bare_surnames_from_unrelated_articles_stay_apart_unless_roles_agree():
    apart = build(analysis("1", [("De Jong", [])]), analysis("2", [("De Jong", [])]))
    assert len(apart) == 2
    together = build(
        analysis("1", [("De Jong", ["burgemeester"])]),
        analysis("2", [("De Jong", ["burgemeester"])]),
    )
    assert len(together) == 1


def test_places_merge_by_geonames_id_and_spelling():
    entities = build(
        analysis("1", places=[("Bachmoet", 713174)]),
        analysis("2", places=[("Bakhmut", 713174)]),
        analysis("3", places=[("Bachmut", None)]),
        analysis("4", places=[("Bachmoet", None)]),
    )
    assert len(entities) == 1 and entities[0].articles == 4


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Berlijn", 2950159, "Berlin"),
            ("Bergwijn", None),
        ),  # a footballer the NER took for a town
        (("Jordanië", 248816, "Jordan"), ("Jordaan", None, "Jordaan")),
        (("Zuid", None), ("Zuidas", None, "Zuidas")),
        (("Amsterdam-Zuid", None), ("Amsterdam-Zuidoost", None)),
        (("Gelderland", 2755634, "Gelderland"), ("Gelderlandplein", None)),
        (("Balkbrug", None, "Balkbrug"), ("Balkanbrug", None)),
    ],
)
def test_places_with_close_but_different_names_stay_apart(first, second):
    assert len(build(analysis("1", places=[first]), analysis("2", places=[second]))) == 2


def test_dutch_spellings_of_one_place_merge():
    entities = build(
        analysis("1", places=[("Borssele", 2758587, "Borssele")]),
        analysis("2", places=[("Borsele", None)]),
        analysis("3", places=[("Amsterdam-Noord", None)]),
        analysis("4", places=[("Amsterdam Noord", None)]),
    )
    assert sorted(e.articles for e in entities) == [2, 2]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Eurostat", "Eurostat"), ("Eurostar", "Eurostar")),
        (
            ("ministerie van Buitenlandse Zaken", "ministerie van Buitenlandse Zaken"),
            ("ministerie van Binnenlandse Zaken", "ministerie van Binnenlandse Zaken"),
        ),
        (("Bayer", "Bayer"), ("Bayern", "Bayern München")),
    ],
)
def test_organisations_the_table_tells_apart_stay_apart(first, second):
    entities = build(analysis("1", organizations=[first]), analysis("2", organizations=[second]))
    assert len(entities) == 2


def test_organisation_variants_merge_by_canonical_name_and_spelling():
    entities = build(
        analysis("1", organizations=[("Europese Centrale Bank", "ECB")]),
        analysis("2", organizations=[("ECB", "ECB")]),
        analysis("3", organizations=[("Stichting Wakker Dier", None)]),
        analysis("4", organizations=[("Stichting Wakker Dir", None)]),
    )
    assert sorted(e.articles for e in entities) == [2, 2]


def test_surnames_that_differ_in_one_letter_with_particles_stay_apart():
    entities = build(
        analysis("1", [("Bert van der Veen", [])]),
        analysis("2", [("Bert van der Veer", [])]),
    )
    assert len(entities) == 2


def test_bare_surname_of_a_public_figure_joins_the_one_person_of_that_name():
    entities = build(
        analysis("1", [("Rutte", [])]),
        analysis("2", [("Mark Rutte", [])]),
        analysis("3", [("Rutte", [])]),
    )
    assert [(e.name, e.articles) for e in entities] == [("Mark Rutte", 3)]
    assert sorted(entities[0].members) == [("1", "p0"), ("2", "p0"), ("3", "p0")]


def test_bare_surname_stays_apart_when_the_corpus_has_two_people_of_that_name():
    entities = build(
        analysis("1", [("Rutte", [])]),
        analysis("2", [("Mark Rutte", [])]),
        analysis("3", [("Jan Rutte", [])]),
    )
    assert len(entities) == 3


def test_bodies_of_one_kind_merge_only_by_the_name_as_written():
    entities = build(
        analysis("1", organizations=[("GGD Haaglanden", "GGD")]),
        analysis("2", organizations=[("GGD Gelderland-Zuid", "GGD")]),
        analysis("3", organizations=[("GGD", "GGD")]),
        analysis("4", organizations=[("GGD", "GGD")]),
    )
    assert sorted(e.articles for e in entities) == [1, 1, 2]


def test_canonical_ids_say_the_type_as_article_records_do():
    entities = build(analysis("1", [("Mark Rutte", [])], places=[("Den Haag", 2747373)]))
    assert sorted(e.id[0] + e.type for e in entities) == ["lplace", "pperson"]


def test_a_place_goes_by_the_name_most_articles_give_it():
    entities = build(
        analysis("1", places=[("Amerika", 6252001)]),
        analysis("2", places=[("VS", 6252001)]),
        analysis("3", places=[("VS", 6252001)]),
    )
    assert [(e.name, e.variants) for e in entities] == [("VS", ["Amerika", "VS"])]
