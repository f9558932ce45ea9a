from nieuwsnlp.entity_index import EntityIndex


def analysis(article_id, people=(), places=()):
    return {
        "article": {"id": article_id},
        "people": [
            {"id": f"p{i}", "name": name, "mentions": [{"text": name}], "roles": list(roles)}
            for i, (name, roles) in enumerate(people)
        ],
        "places": [
            {"id": f"l{i}", "name": name, "mentions": [{"text": name}], "geonames_id": gid}
            for i, (name, gid) in enumerate(places)
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
