"""Entity records from hand-set NER spans on a blank pipeline, and the gazetteers behind them."""

import pytest
import spacy
from spacy.tokens import Span

from nieuwsnlp.entities import EntityResolver, is_role
from nieuwsnlp.gazetteer import key, lexicon, organizations, places, public_figures


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def resolve(nlp, text, spans, **config):
    """``spans``: (text, label) pairs set as doc.ents at their first free occurrence; ``config``:
    the entity component's settings."""
    doc = nlp(text)
    ents, used = [], 0
    for words, label in spans:
        start = text.index(words, used)
        used = start + len(words)
        ents.append(doc.char_span(start, used, label=label))
    doc.ents = [e for e in ents if isinstance(e, Span)]
    EntityResolver(nlp, "entities", **config)(doc)
    return {e["name"]: e for e in doc._.nieuwsnlp_entities}


@pytest.mark.parametrize(
    ("name", "canonical", "country", "kind"),
    [
        ("Moskou", "Moscow", "RU", "city"),
        ("Bachmoet", "Bakhmut", "UA", "city"),
        ("Kiev", "Kyiv", "UA", "city"),
        ("Oekraïne", "Ukraine", "UA", "country"),
        ("Zweden", "Sweden", "SE", "country"),
        ("Zwolle", "Zwolle", "NL", "city"),
        ("Yerseke", "Yerseke", "NL", "city"),
        ("Noord-Brabant", "Noord-Brabant", "NL", "province"),
        ("Antwerpen", "Antwerp", "BE", "city"),
        ("Walcheren", "Walcheren", "NL", "region"),
        ("Kralingen", "Kralingen", "NL", "district"),
        ("De Pijp", "De Pijp", "NL", "district"),
        ("Istanboel", "Istanbul", "TR", "city"),  # Dutch exonyms GeoNames lacks
        ("Manilla", "Manila", "PH", "city"),
        ("Nieuw-Delhi", "New Delhi", "IN", "city"),
        ("Valletta", "Valletta", "MT", "city"),  # a capital under 15,000 inhabitants
        ("Democratische Republiek Congo", "Democratic Republic of the Congo", "CD", "country"),
        ("Volksrepubliek China", "China", "CN", "country"),  # pycountry's Dutch official names
        ("Russische Federatie", "Russia", "RU", "country"),
    ],
)
def test_place_linking(name, canonical, country, kind):
    entry = places().link(name)
    assert (entry.canonical, entry.country, entry.kind) == (canonical, country, kind)


@pytest.mark.parametrize("name", ["Noord", "Zuidoost", "Nieuw-West"])
def test_a_bare_district_name_links_nowhere(name):
    assert places().link(name) is None  # not Burkina Faso's Nord: a district of the town at hand


def test_compass_regions_are_typed_but_unlinked():
    entry = places().link_region("Oost-Oekraïne")
    assert (entry.kind, entry.country, entry.geonames_id) == ("region", "UA", None)


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Den Haag", True),
        ("'s-Hertogenbosch", True),
        ("Bergen op Zoom", True),
        ("Sint-Oedenrode", True),
        ("Zürich", True),
        ("Den Oever", True),
        ("Haag Den", False),
        ("Oekraïne Oost", False),
        ("( Den Haag", True),  # punctuation folds away: the full key decides
    ],
)
def test_place_names_are_looked_up_by_their_folded_key(name, found):
    """The first-word shortcut and the ASCII shortcut of the key answer as the full key does."""
    assert (name in places()) is found
    assert (key(name) in places()._names) is found


def test_organisation_names_with_a_slip_find_their_table_entry_but_other_words_do_not():
    assert organizations().fuzzy("Europese Commisie") == "Europese Commissie"
    assert organizations().fuzzy("Algemene Inlichtingen- en Veiligheidsdiensten") == "AIVD"
    # bakers are not bankers, though the names differ by two letters
    assert organizations().fuzzy("Nederlandse Vereniging van Bakkers") is None


def test_dutch_words_are_not_found_as_places():
    for word in ("van", "kan", "al", "we", "als"):
        assert places().link(word) is None or word in places().common_words


@pytest.mark.parametrize(
    "word",
    ["Russen", "Oekraïners", "Amerikanen", "Nederlanders", "Spanjaarden", "Portugezen", "Engelsen"],
)
def test_demonyms(word):
    assert places().is_demonym(word)


@pytest.mark.parametrize("word", ["Noorden", "Oosten", "Zuiden", "Westen"])
def test_compass_nouns_are_no_demonyms(word):
    assert not places().is_demonym(word)  # Noord-Korea's stem, but het Noorden, Van Oosten


def test_a_compass_surname_after_a_particle_stays_with_the_person(nlp):
    text = "Lerares Ingrid van Oosten (44) geeft les in Zwolle."
    found = resolve(nlp, text, [("Ingrid", "PER"), ("Oosten", "LOC"), ("Zwolle", "LOC")])
    assert set(found) == {"Ingrid van Oosten", "Zwolle"}


def test_coordinated_nationals_are_no_organisation(nlp):
    text = "Vroeger kwamen vooral Spanjaarden en Portugezen naar Frankrijk."
    found = resolve(nlp, text, [("Spanjaarden en Portugezen", "ORG"), ("Frankrijk", "LOC")])
    assert set(found) == {"Frankrijk"}


def test_organisation_aliases():
    table = organizations()
    assert table.canonical("NATO") == table.canonical("Navo") == "NAVO"
    assert table.canonical("Openbaar Ministerie") == table.canonical("OM")
    assert table.canonical("PVDA") != table.canonical("PvdA")  # Belgian and Dutch parties
    assert table.canonical("OCW") == table.canonical(
        "ministerie van Onderwijs, Cultuur en Wetenschap"
    )


@pytest.mark.parametrize("word", ["minister", "Navo-chef", "EU-president", "oud-premier"])
def test_roles(word):
    assert is_role(word)


def test_people_merge_with_roles_possessives_and_role_mentions(nlp):
    text = (
        "Navo-chef Jens Stoltenberg sprak in Stockholm. Stoltenberg was somber. "
        "Stoltenbergs plan werd besproken. De Navo-baas vertrok daarna."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Jens Stoltenberg", "PER"),
            ("Stockholm", "LOC"),
            ("Stoltenberg", "PER"),
            ("Stoltenbergs", "PER"),
        ],
    )
    person = found["Jens Stoltenberg"]
    assert person["roles"] == ["Navo-chef"]
    assert [text[s:e] for s, e in person["mentions"]] == [
        "Jens Stoltenberg",
        "Stoltenberg",
        "Stoltenberg",
        "Navo-baas",
    ]
    assert found["Stockholm"]["country"] == "SE"
    assert found["Navo"]["type"] == "organization"


def test_title_words_leave_the_mention(nlp):
    text = "Gisteren sprak de Oekraïense president Volodimir Zelenski met de pers."
    found = resolve(nlp, text, [("president Volodimir Zelenski", "PER")])
    assert found["Volodimir Zelenski"]["roles"] == ["president"]


def test_adjectives_and_inhabitants_are_not_places(nlp):
    text = "Het Russische leger en de Russen trokken op naar Moskou."
    found = resolve(nlp, text, [("Russische", "LOC"), ("Russen", "LOC"), ("Moskou", "LOC")])
    assert set(found) == {"Moskou"}


def test_a_known_name_and_a_noun_written_as_one_word_are_no_entity(nlp):
    text = "De Labourvoorman schreef op zijn Instagramaccount dat Labour wint."
    found = resolve(
        nlp, text, [("Labourvoorman", "ORG"), ("Instagramaccount", "ORG"), ("Labour", "ORG")]
    )
    assert set(found) == {"Labour"}


def test_a_provincial_body_takes_its_province_into_its_name(nlp):
    text = "Forum wint in Provinciale Staten van Zuid-Holland. In Zuid-Holland is het rustig."
    spans = [("Provinciale Staten", "ORG"), ("Zuid-Holland", "LOC"), ("Zuid-Holland", "LOC")]
    assert {n: e["type"] for n, e in resolve(nlp, text, spans).items()} == {
        "Provinciale Staten van Zuid-Holland": "organization",
        "Zuid-Holland": "place",
    }


def test_events_and_a_deity_are_no_organisation(nlp):
    text = "Op Internationale Vrouwendag en bij de Europese Verkiezingen vroeg hij om Gods zegen."
    spans = [
        ("Internationale Vrouwendag", "ORG"),
        ("Europese Verkiezingen", "ORG"),
        ("Gods", "ORG"),
    ]
    assert resolve(nlp, text, spans) == {}


def test_wars_revolutions_debates_and_festivals_are_events(nlp):
    text = (
        "Na de Tweede Wereldoorlog en de Culturele Revolutie kwamen de Algemene Politieke "
        "Beschouwingen en het Eurovisiesongfestival."
    )
    spans = [
        ("Tweede Wereldoorlog", "ORG"),
        ("Culturele Revolutie", "ORG"),
        ("Algemene Politieke Beschouwingen", "ORG"),
        ("Eurovisiesongfestival", "LOC"),
    ]
    assert resolve(nlp, text, spans) == {}


def test_a_capitalised_role_before_a_name_makes_a_person_and_a_storm_is_no_entity(nlp):
    text = "Volgens Kamerlid Salima Bakkali was de schade na orkaan Irma groot."
    found = resolve(nlp, text, [("Salima Bakkali", "ORG"), ("Irma", "ORG")])
    assert found_types(found) == {"Salima Bakkali": "person"}
    assert found["Salima Bakkali"]["roles"] == ["kamerlid"]


def test_acronyms_of_conditions_benefits_and_devices_are_no_organisation(nlp):
    text = (
        "Hij vertelt over zijn ADHD en zijn WW, en de VAR keurde het doelpunt af. De NPO zendt uit."
    )
    spans = [("ADHD", "ORG"), ("WW", "ORG"), ("VAR", "ORG"), ("NPO", "ORG")]
    assert found_types(resolve(nlp, text, spans)) == {"NPO": "organization"}


def test_a_district_is_one_place_and_is_not_joined_to_the_next(nlp):
    text = "Het was onrustig in Amsterdam Noord, in Rotterdam-Zuid en Den Haag Zuidwest."
    found = resolve(
        nlp,
        text,
        [("Amsterdam", "LOC"), ("Noord", "LOC"), ("Rotterdam-Zuid", "LOC"), ("Den Haag", "LOC")],
    )
    assert {n: e["type"] for n, e in found.items()} == {
        "Amsterdam Noord": "place",
        "Rotterdam-Zuid": "place",
        "Den Haag Zuidwest": "place",
    }


def test_an_area_head_makes_a_place_whatever_the_label(nlp):
    text = "De tornado trof Lee County en kwam tot bij Fort Myers."
    found = resolve(nlp, text, [("Lee County", "PER"), ("Fort Myers", "PER")])
    assert {n: e["type"] for n, e in found.items()} == {
        "Lee County": "place",
        "Fort Myers": "place",
    }


def test_a_street_named_after_a_date_keeps_its_day(nlp):
    text = "De optocht vertrok van het 5 Meiplein in Leiden."
    found = resolve(nlp, text, [("Meiplein", "LOC"), ("Leiden", "LOC")])
    assert set(found) == {"5 Meiplein", "Leiden"}


def test_ontonotes_labels_work_too(nlp):
    text = "Jan de Vries van de VVD woont in Utrecht."
    found = resolve(nlp, text, [("Jan de Vries", "PERSON"), ("VVD", "ORG"), ("Utrecht", "GPE")])
    assert {n: e["type"] for n, e in found.items()} == {
        "Jan de Vries": "person",
        "VVD": "organization",
        "Utrecht": "place",
    }


# --- typing cues: each holds whatever NER runs, so each is tested against a wrong NER label ---


def test_a_first_name_makes_a_person_whatever_the_label(nlp):
    text = "Het advies kwam van Marieke Verbeek en van Joris van Dam uit Zwolle."
    found = resolve(nlp, text, [("Marieke Verbeek", "ORG"), ("Joris van Dam", "LOC")])
    assert found["Marieke Verbeek"]["type"] == found["Joris van Dam"]["type"] == "person"


def test_a_known_organisation_beats_a_first_name(nlp):
    found = resolve(nlp, "Morgen opent Albert Heijn een winkel.", [("Albert Heijn", "PER")])
    assert found["Albert Heijn"]["type"] == "organization"


def test_role_words_and_ages_make_people(nlp):
    text = (
        "Dat zei wethouder Kuipers gisteren. Volgens VVD-kamerlid Ties Verhoef is dat onzin. "
        "De 34-jarige Femke werd later gehoord. Ook Gerrit Hoekstra (52) was erbij."
    )
    found = resolve(
        nlp,
        text,
        [("Kuipers", "LOC"), ("Verhoef", "LOC"), ("Femke", "LOC"), ("Gerrit Hoekstra", "MISC")],
    )
    assert {n: e["type"] for n, e in found.items() if e["type"] == "person"} == {
        "Kuipers": "person",
        "Ties Verhoef": "person",
        "Femke": "person",
        "Gerrit Hoekstra": "person",
    }
    assert found["Kuipers"]["roles"] == ["wethouder"]


def test_a_person_name_stops_before_a_portfolio(nlp):
    text = "Het plan van minister Sander Blom van Financiën stuit op verzet."
    found = resolve(nlp, text, [("Sander Blom van Financiën", "ORG")])
    assert found["Sander Blom"]["roles"] == ["minister"]
    assert "Financiën" not in found


def test_a_known_person_after_a_portfolio_keeps_a_surname_that_is_also_a_word(nlp):
    """``minister voor Medische Zorg Bruno Bruins`` read as one organisation: the public figure
    at its end is split off whole, though ``bruins`` is also a Dutch word."""
    text = "Dat zei minister voor Medische Zorg Bruno Bruins gisteren."
    found = resolve(nlp, text, [("Medische Zorg Bruno Bruins", "ORG")])
    assert found["Bruno Bruins"]["type"] == "person"
    assert "Bruno" not in found


def test_a_surname_stops_before_a_portfolio_of_one_word(nlp):
    text = "Minister Slob van Onderwijs en staatssecretaris Tamara van Ark zijn het eens."
    found = resolve(nlp, text, [("Slob van Onderwijs", "PER"), ("Tamara van Ark", "PER")])
    assert {n: e["roles"] for n, e in found.items()} == {
        "Slob": ["minister"],  # ``Minister`` at the sentence start is the same role
        "Tamara van Ark": ["staatssecretaris"],  # ``van Ark`` is her surname
    }


def test_first_name_and_surname_found_without_the_ner(nlp):
    text = "Het is een mooie dag, zei Lotte de Graaf gisteren tegen de buren."
    assert found_types(resolve(nlp, text, [])) == {"Lotte de Graaf": "person"}


def test_dutch_first_names_that_are_also_words_make_people_but_streets_stay_places(nlp):
    text = (
        "Dat zei Kees van der Staaij in Den Haag. Jan Pieter Rijsdijk reed door de Piet Heintunnel."
    )
    found = found_types(resolve(nlp, text, []))
    assert found["Kees van der Staaij"] == "person" and found["Jan Pieter Rijsdijk"] == "person"
    assert found.get("Piet Heintunnel") != "person"


def test_compass_parts_of_continents_and_countries_are_found(nlp):
    text = "De export naar Oost-Europa en Noord-Afrika groeide, ook vanuit Zuid-Limburg."
    found = found_types(resolve(nlp, text, []))
    assert found == {"Oost-Europa": "place", "Noord-Afrika": "place", "Zuid-Limburg": "place"}


def test_acronyms_and_web_addresses_are_organisations(nlp):
    text = "Supporters van VVSB waren boos, meldt Voetbalnieuws.nl vandaag."
    found = resolve(nlp, text, [("VVSB", "PER"), ("Voetbalnieuws.nl", "PER")])
    assert found_types(found) == {"VVSB": "organization", "Voetbalnieuws.nl": "organization"}


def test_class_nouns_in_apposition_type_the_name(nlp):
    text = "De oppositiepartij Nieuw Rijswijk wil een nieuw zwembad in het dorp Lutjebroek."
    found = resolve(nlp, text, [("Nieuw Rijswijk", "LOC"), ("Lutjebroek", "PER")])
    assert found_types(found) == {"Nieuw Rijswijk": "organization", "Lutjebroek": "place"}
    assert found["Lutjebroek"]["country"] == "NL"


def test_street_names_are_places_with_their_title_words(nlp):
    text = "Het gebeurde in de Dorpsstraat en later aan de Generaal Foulkesweg, zegt David Hordijk."
    found = resolve(
        nlp, text, [("Dorpsstraat", "PER"), ("Foulkesweg", "MISC"), ("David Hordijk", "LOC")]
    )
    assert found_types(found) == {
        "Dorpsstraat": "place",
        "Generaal Foulkesweg": "place",
        "David Hordijk": "person",  # -dijk, -weg, -hof end surnames too
    }


def test_people_take_no_article_and_party_members_are_roles(nlp):
    text = (
        "De Utrechter werd aangehouden. Volgens VVD'er Wybren Stam klopt dat. "
        "Later sprak hij met een Amsterdammer."
    )
    found = resolve(
        nlp,
        text,
        [("De Utrechter", "PER"), ("VVD'er Wybren Stam", "ORG"), ("Amsterdammer", "PER")],
    )
    # the member noun names the party, as PVV-Kamerlid does
    assert found_types(found) == {"Wybren Stam": "person", "VVD": "organization"}
    assert found["Wybren Stam"]["roles"] == ["VVD'er"]


def test_a_known_name_before_a_compound_is_the_whole_organisation(nlp):
    """``Forum voor [Democratie]-aanvoerder``: the words before the compound complete a name the
    organisation table knows, so the record is that name, not its last word."""
    text = (
        "Een gebruiker wenst de Forum voor Democratie-aanvoerder dood. "
        "De FC Den Bosch-trainer is blij met de punten."
    )
    found = resolve(nlp, text, [("Forum", "ORG")])
    assert found_types(found) == {
        "Forum voor Democratie": "organization",
        "FC Den Bosch": "organization",
    }


def test_a_name_the_article_writes_on_its_own_is_whole_before_a_compound(nlp):
    """``Lokaal Sterk … Lokaal [Sterk]-leider``: the words before the compound complete a name the
    article also writes apart; a determiner or a listed party does not (``Het CDA-``, ``VVD- en
    D66-``)."""
    text = (
        "De partij Lokaal Sterk wint. ,,Prachtig'', zegt Lokaal Sterk-leider Anja de Wit. "
        "Het CDA wil praten. Het CDA-bestuur beslist maandag."
    )
    found = resolve(nlp, text, [("Lokaal Sterk", "ORG"), ("Anja de Wit", "PER"), ("CDA", "ORG")])
    assert found_types(found) == {
        "Lokaal Sterk": "organization",
        "Anja de Wit": "person",
        "CDA": "organization",
    }
    assert len(found["Lokaal Sterk"]["mentions"]) == 2


def test_an_acronym_in_brackets_completes_the_name_before_it(nlp):
    """``[Centraal Orgaan] opvang Asielzoekers (COA)``: the acronym's letters are the capitals of the
    words up to it, so they are one name, and the acronym is a mention of it."""
    text = (
        "Het personeel van het Centraal Orgaan opvang Asielzoekers (COA) klaagt. "
        "De Autoriteit Consument & Markt (ACM) grijpt in."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Centraal Orgaan", "ORG"),
            ("COA", "ORG"),
            ("Autoriteit Consument", "ORG"),
            ("ACM", "ORG"),
        ],
    )
    assert found_types(found) == {
        "Centraal Orgaan opvang Asielzoekers": "organization",
        "Autoriteit Consument & Markt": "organization",
    }
    assert len(found["Centraal Orgaan opvang Asielzoekers"]["mentions"]) == 2


def test_a_name_glued_to_a_noun_describes_the_name_after_it(nlp):
    text = "De president viel Navo-bondgenoot Turkije aan, net als de EU-landen Hongarije en Polen."
    found = resolve(
        nlp,
        text,
        [("Navo-bondgenoot Turkije", "ORG"), ("EU-landen Hongarije", "ORG"), ("Polen", "LOC")],
    )
    assert found_types(found) == {
        "Navo": "organization",
        "Turkije": "place",
        "EU": "organization",
        "Hongarije": "place",
        "Polen": "place",
    }


def test_squares_stations_towers_and_republics_are_places_whatever_the_label(nlp):
    text = (
        "Op de Grote Markt en bij Centraal Station klonk protest. Het Europees Hof oordeelde. "
        "Vanaf de Malietoren zag Antoinette Laan de Democratische Republiek Congo niet."
    )
    labels = [
        ("Grote Markt", "ORG"),
        ("Centraal Station", "ORG"),
        ("Europees Hof", "ORG"),
        ("Malietoren", "ORG"),
        ("Antoinette Laan", "PER"),
        ("Democratische Republiek Congo", "ORG"),
    ]
    assert found_types(resolve(nlp, text, labels)) == {
        "Grote Markt": "place",
        "Centraal Station": "place",
        "Europees Hof": "organization",
        "Malietoren": "place",
        "Antoinette Laan": "person",
        "Democratische Republiek Congo": "place",
    }


def test_subheadings_and_capitalised_sentence_starts_are_no_names(nlp):
    text = (
        "De raad stemde in. Verbouwing De gemeente wil het stadhuis verbouwen. "
        "Boeren protesteerden. ,,Denk maar eens aan vorig jaar'', zei ze."
    )
    found = resolve(nlp, text, [("Verbouwing", "LOC"), ("Boeren", "PER"), ("Denk", "ORG")])
    assert found == {}


def test_inhabitants_and_nationality_adjectives_are_no_entities(nlp):
    text = "Groningers en een Tilburger lazen over de Bruneise overheid."
    found = resolve(nlp, text, [("Groningers", "LOC"), ("Tilburger", "ORG"), ("Bruneise", "ORG")])
    assert found == {}
    assert not places().is_demonym("Denemarken")


def test_a_village_the_gazetteer_lacks_is_a_place_though_it_ends_like_inhabitants(nlp):
    text = "De boerderij staat in Hazelbergen, de Russen wonen in Moskou."
    found = resolve(nlp, text, [("Hazelbergen", "LOC"), ("Russen", "LOC"), ("Moskou", "LOC")])
    assert set(found) == {"Hazelbergen", "Moskou"}


def test_languages_and_peoples_are_no_entities(nlp):
    text = "De Koerden en de Vlamingen spreken geen Russisch, zei Frans Timmermans."
    found = resolve(
        nlp,
        text,
        [
            ("Koerden", "MISC"),
            ("Vlamingen", "ORG"),
            ("Russisch", "LOC"),
            ("Frans Timmermans", "PER"),
        ],
    )
    assert set(found) == {"Frans Timmermans"}


def test_coordinated_common_nouns_make_one_name(nlp):
    text = "Het Kenniscentrum Preventie en Handhaving werkt samen met de partij Rood en Groen."
    found = resolve(
        nlp, text, [("Kenniscentrum Preventie", "ORG"), ("Handhaving", "LOC"), ("Rood", "PER")]
    )
    assert found_types(found) == {
        "Kenniscentrum Preventie en Handhaving": "organization",
        "Rood en Groen": "organization",
    }


def test_two_places_in_a_row_stay_apart(nlp):
    text = "Er is regen voorspeld in Drenthe en Overijssel, maar niet op Sint Maarten."
    found = resolve(nlp, text, [("Drenthe", "LOC"), ("Overijssel", "LOC"), ("Sint Maarten", "PER")])
    assert found_types(found) == {
        "Drenthe": "place",
        "Overijssel": "place",
        "Sint Maarten": "place",
    }


def test_a_compound_head_types_its_first_part_for_the_whole_article(nlp):
    text = "Veel kiezers stemden op Volkswil. De Volkswil-partij wint."
    found = resolve(nlp, text, [("Volkswil", "PER")])
    assert found["Volkswil"]["type"] == "organization"
    assert len(found["Volkswil"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Er is niemand gewond, aldus de politie Zeeland.",
            [("Zeeland", "PER")],
            {"politie Zeeland": "organization"},
        ),
        (  # local bodies like a municipality, unless a preposition makes them a location
            "Volgens stadsdeel Zuid neemt de overlast toe. Het bisdom Haarlem-Amsterdam verkoopt de "
            "kerk. Zij woont in stadsdeel Noord.",
            [("Zuid", "LOC"), ("Haarlem-Amsterdam", "LOC"), ("Noord", "LOC")],
            {
                "stadsdeel Zuid": "organization",
                "bisdom Haarlem-Amsterdam": "organization",
                "Noord": "place",
            },
        ),
    ],
)
def test_regional_bodies_carry_their_region(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


def test_organisation_spans_end_before_a_place(nlp):
    text = "Dat oordeelde de Hoge Raad in Spanje gisteren."
    found = resolve(nlp, text, [("Hoge Raad in Spanje", "ORG")])
    assert found_types(found) == {"Hoge Raad": "organization", "Spanje": "place"}


def test_a_name_the_ner_calls_misc_hides_no_place(nlp):
    text = "De moord op Annelies Breda is nog altijd niet opgelost."
    found = resolve(nlp, text, [("Annelies Breda", "MISC")])
    assert found_types(found) == {"Annelies Breda": "person"}


def test_a_former_name_of_several_towns_does_not_overrule_a_person():
    assert places().weak("Stalin") and not places().weak("Sloviansk")


def test_misc_mentions_of_a_known_person_count(nlp):
    text = "Jeroen Smits won. Later zei Smits dat hij blij was."
    found = resolve(nlp, text, [("Jeroen Smits", "PER"), ("Smits", "MISC")])
    assert len(found["Jeroen Smits"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Lilianne Marijnissen", "Lilian Marijnissen"),
        ("André F. Troost", "André Troost"),
        ("Sonja van der Graaf", "Sonja de Graaf"),
        ("Yvonne van de Bij-Verheul", "Yvonne Verheul"),
    ],
)
def test_a_person_written_again_with_another_first_name_form_or_particle_is_one(nlp, first, again):
    text = f"Dat zei {first} gisteren. Volgens {again} is het plan te duur."
    found = resolve(nlp, text, [(first, "PER"), (again, "PER")])
    assert list(found) == [first]
    assert len(found[first]["mentions"]) == 2


def test_two_people_of_one_family_stay_two(nlp):
    text = "Jan-Willem de Vries en Jan de Vries, Astrid Holleeder en Sonja Holleeder waren er."
    spans = [
        (n, "PER")
        for n in ("Jan-Willem de Vries", "Jan de Vries", "Astrid Holleeder", "Sonja Holleeder")
    ]
    assert len(resolve(nlp, text, spans)) == 4


def test_an_organisation_named_by_the_first_words_of_its_full_name_is_one(nlp):
    text = (
        "Scheepswerf Zandvliet Reparatie Amsterdam bouwt een schip. Zandvliet Reparatie zoekt "
        "personeel. De Provinciale Staten van Gelderland en de Provinciale Staten stemden in."
    )
    spans = [
        ("Scheepswerf Zandvliet Reparatie Amsterdam", "ORG"),
        ("Zandvliet Reparatie", "ORG"),
        ("Provinciale Staten van Gelderland", "ORG"),
        ("Provinciale Staten", "ORG"),
    ]
    found = resolve(nlp, text, spans)
    assert {name: len(e["mentions"]) for name, e in found.items()} == {
        "Scheepswerf Zandvliet Reparatie Amsterdam": 1,
        "Zandvliet Reparatie": 1,
        "Provinciale Staten van Gelderland": 2,
    }


def test_variants_within_an_article_merge(nlp):
    text = (
        "Rijnvaart Logistiek groeit. Rijnvaart opent een depot bij Bergen op Zoom. "
        "Het depot in Bergen om Zoom is klaar. Blokker Blokker opent ook een winkel."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Rijnvaart Logistiek", "ORG"),
            ("Rijnvaart", "ORG"),
            ("Bergen op Zoom", "LOC"),
            ("Bergen om Zoom", "LOC"),
            ("Blokker Blokker", "ORG"),
        ],
    )
    assert found_types(found) == {
        "Rijnvaart Logistiek": "organization",
        "Bergen op Zoom": "place",
        "Blokker": "organization",
    }
    assert len(found["Bergen op Zoom"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("word", "expected"),
    [("bondspresident", True), ("kwarts", False), ("politicoloog", True), ("dialoog", False)],
)
def test_compound_roles(word, expected):
    assert is_role(word) is expected


def test_short_acronyms_match_only_in_capitals():
    assert organizations().canonical("AD") == "AD" and organizations().canonical("Ad") is None
    assert organizations().fuzzy("Europese Commisie") == "Europese Commissie"


@pytest.mark.parametrize(
    ("name", "country", "kind", "linked"),
    [
        ("Beieren", "DE", "region", False),
        ("Texas", "US", "state", True),
        ("Siberië", "RU", "region", False),
        ("Californië", "US", "state", True),
        ("Bonaire", "BQ", "island", False),
        ("Terschelling", "NL", "island", False),
        ("Haarlemmermeer", "NL", "municipality", False),
        ("Hoeksche Waard", "NL", "region", False),
        ("Krommenie", "NL", "town", False),
        ("Koog aan de Zaan", "NL", "town", False),
    ],
)
def test_regions_are_typed(name, country, kind, linked):
    entry = places().link(name)
    assert (entry.country, entry.kind, entry.geonames_id is not None) == (country, kind, linked)


def test_a_village_that_is_a_dutch_word_is_only_linked():
    """``Kaag``, ``Boer``: villages GeoNames lacks, but also a word or a surname."""
    assert places().quiet("Kaag") and places().quiet("Boer")
    assert not places().quiet("Krommenie")


def test_party_members_and_kamer_compounds_name_the_party(nlp):
    text = "Volgens CDA'er Teun Smit en PVV-Kamerlid Joris Baas is het plan onhaalbaar."
    found = resolve(nlp, text, [("Teun Smit", "PER"), ("PVV-Kamerlid Joris Baas", "PER")])
    assert found_types(found) == {
        "CDA": "organization",
        "Teun Smit": "person",
        "PVV": "organization",
        "Joris Baas": "person",
    }


def test_lower_case_particles_belong_to_the_name_around_them(nlp):
    text = "Dat zegt Henk te Velde. SGP'er Teun van der Molen bleef binnen. Daar was Teun de Wolff."
    found = resolve(nlp, text, [("Velde", "PER"), ("Molen", "PER"), ("Teun de Wolff", "ORG")])
    assert found_types(found) == {
        "Henk te Velde": "person",
        "SGP": "organization",
        "Teun van der Molen": "person",
        "Teun de Wolff": "person",
    }


def test_a_particle_before_a_portfolio_or_an_organisation_ends_the_name(nlp):
    text = (
        "Volgens Wit van Sociale Zaken en minister Dekkers van Rechtsbescherming klopt het. "
        "Minister Eva Blom van Sociale Zaken zweeg. Ook Timo van Zolingen zweeg."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Wit", "PER"),
            ("Dekkers", "PER"),
            ("Eva Blom van", "PER"),
            ("Sociale Zaken", "ORG"),
            ("Timo", "PER"),
        ],
    )
    people = {n for n, e in found.items() if e["type"] == "person"}
    assert people == {"Wit", "Dekkers", "Eva Blom", "Timo van Zolingen"}


def test_no_name_takes_an_everyday_word_or_another_name_before_its_particle(nlp):
    text = "De alliantie Rood en Wit van Amir Peretz won. Ook Jan Hol van Terbrugge sprak."
    spans = [("Rood", "PER"), ("Amir Peretz", "PER"), ("Jan Hol", "PER"), ("Terbrugge", "PER")]
    found = resolve(nlp, text, spans)
    assert found_types(found) == {
        "Rood en Wit": "organization",
        "Amir Peretz": "person",
        "Jan Hol": "person",
        "Terbrugge": "organization",  # a PER span after a full name and van: their employer
    }


def test_a_particle_makes_a_person_of_an_untyped_or_organisation_span_only(nlp):
    text = (
        "Het beeld van Edo van Marlewijk trok bekijks bij de Arc de Triomphe. Er kwam gemor uit "
        "de Kamerbankjes van Denk, en AOW'ers protesteerden."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Edo van Marlewijk", "MISC"),
            ("Arc de Triomphe", "LOC"),
            ("Kamerbankjes van Denk", "MISC"),
        ],
    )
    assert found_types(found) == {  # the party closing the untyped span is no person's surname
        "Edo van Marlewijk": "person",
        "Arc de Triomphe": "place",
        "Denk": "organization",
    }


def test_a_role_with_its_field_introduces_a_person(nlp):
    text = "Dat zei hoogleraar staatsrecht Douwe Jan Elzinga over de president van Slowakije."
    found = resolve(nlp, text, [("Douwe Jan Elzinga", "ORG"), ("Slowakije", "PER")])
    assert found_types(found) == {"Douwe Jan Elzinga": "person", "Slowakije": "place"}


def test_cabinets_are_no_people_and_kings_keep_their_number(nlp):
    text = "Het kabinet Balk II viel en Balk-III volgde, schreef Jan Balk over Willem III."
    found = resolve(
        nlp,
        text,
        [("Balk II", "PER"), ("Balk-III", "MISC"), ("Jan Balk", "PER"), ("Willem III", "PER")],
    )
    assert found_types(found) == {"Jan Balk": "person", "Willem III": "person"}


def test_organisation_spans_stop_at_a_full_stop_and_a_counted_noun(nlp):
    text = (
        "Steun komt van SP en PvdA. Pensioen Dat vindt de Eerste Kamer 12.500 handtekeningen waard."
    )
    found = resolve(
        nlp, text, [("PvdA. Pensioen", "ORG"), ("Eerste Kamer 12.500 handtekeningen waard", "ORG")]
    )
    assert set(found) == {"SP", "PvdA", "Eerste Kamer"}


def test_an_acting_municipality_is_an_organisation(nlp):
    text = "Het plan kwam van de gemeente Zwolle. Wie in de gemeente Deventer woont, betaalt meer."
    found = resolve(nlp, text, [("Zwolle", "LOC"), ("Deventer", "LOC")])
    assert found_types(found) == {"gemeente Zwolle": "organization", "Deventer": "place"}


def test_class_words_type_the_names_they_open_or_precede(nlp):
    text = (
        "Ze schildert met verf van het merk Golden. Jongerenbeweging Dwarsligger beklom Mount "
        "Harriet, met partijen als PVV en Forum voor Democratie."
    )
    found = resolve(
        nlp,
        text,
        [
            ("Jongerenbeweging Dwarsligger", "PER"),
            ("Mount Harriet", "ORG"),
            ("PVV", "ORG"),
            ("Forum voor Democratie", "MISC"),
        ],
    )
    assert found_types(found) == {
        "Dwarsligger": "organization",
        "Mount Harriet": "place",
        "PVV": "organization",
        "Forum voor Democratie": "organization",
    }


def test_an_unknown_name_after_a_person_and_van_is_their_organisation(nlp):
    text = "Dat zegt directeur Femke Hoogeveld van Veluzorg. Veluzorg groeit."
    found = resolve(
        nlp, text, [("Femke Hoogeveld", "PER"), ("Veluzorg", "MISC"), ("Veluzorg", "MISC")]
    )
    assert found_types(found) == {"Femke Hoogeveld": "person", "Veluzorg": "organization"}
    assert len(found["Veluzorg"]["mentions"]) == 2


def test_possessives_and_full_stops_do_not_make_new_names(nlp):
    text = "Kroeses positie is wankel, zegt Anna Kroese. Zij woont in de VS."
    found = resolve(nlp, text, [("Kroeses", "LOC"), ("Anna Kroese", "PER"), ("VS", "PER")])
    assert found_types(found) == {"Anna Kroese": "person", "VS": "place"}
    assert len(found["Anna Kroese"]["mentions"]) == 2


def found_types(found):
    return {name: entity["type"] for name, entity in found.items()}


# --- slips of the retrained NER: split names, organisation names typed PER ---


def test_a_first_name_takes_the_surname_the_ner_typed_otherwise(nlp):
    text = "Dat zei Kamerlid Sanne Wolthuizen gisteren in Den Haag."
    found = resolve(nlp, text, [("Kamerlid Sanne", "PER"), ("Wolthuizen", "ORG")])
    assert found_types(found).get("Sanne Wolthuizen") == "person"
    assert "Sanne" not in found and "Wolthuizen" not in found


def test_a_person_inside_an_organisation_span_is_split_off(nlp):
    text = "De toenmalige minister van Financiën Gerrit Zalmstra tekende het besluit."
    found = resolve(nlp, text, [("Financiën Gerrit Zalmstra", "ORG")])
    assert found_types(found).get("Gerrit Zalmstra") == "person"
    people = [name for name, kind in found_types(found).items() if kind == "person"]
    assert not any("Financiën" in name for name in people)


def test_organisation_heads_and_everyday_words_make_no_person(nlp):
    text = (
        "Volgens het Waterbouw Centrum en de Taskforce is de dijk veilig. "
        "Hij kreeg het Erekruis van Verdienste uitgereikt."
    )
    found = resolve(
        nlp,
        text,
        [("Waterbouw Centrum", "PER"), ("Taskforce", "PER"), ("Erekruis van Verdienste", "PER")],
    )
    assert not [name for name, kind in found_types(found).items() if kind == "person"]


def test_one_letter_is_no_name(nlp):
    text = "Toch zijn volgens B en W de plannen van de gemeente klaar."
    found = resolve(nlp, text, [("B", "PER")])
    assert "B" not in found


def test_a_surname_does_not_run_over_van_de_and_an_adjective(nlp):
    text = "De schade die Kramsma van de Duitse overheid kreeg, was groot."
    found = resolve(nlp, text, [("Kramsma", "PER")])
    assert found_types(found).get("Kramsma") == "person"
    assert not any("Duitse" in name for name in found)


def test_codes_of_roads_and_substances_are_no_organisations(nlp):
    text = "Bij de afrit van de S112 meet D66 nu het CO2 in de lucht."
    found = resolve(nlp, text, [("S112", "ORG"), ("D66", "ORG"), ("CO2", "ORG")])
    assert found_types(found) == {"D66": "organization"}


def test_a_person_span_ending_in_a_known_organisation_is_no_person(nlp):
    text = "Verkoopt Rijkswaterstaat de grond? Dat is de vraag."
    found = resolve(nlp, text, [("Verkoopt Rijkswaterstaat", "PER")])
    assert "Verkoopt Rijkswaterstaat" not in found


# --- words the NER takes for names: laws, events, titles, sentence openers ---


def test_laws_votes_and_events_named_by_their_compound_head_are_no_entities(nlp):
    text = "De Jeugdwet en het Brexitreferendum kwamen ter sprake, net als de Wet Langdurige Zorg."
    found = resolve(
        nlp,
        text,
        [("Jeugdwet", "ORG"), ("Brexitreferendum", "ORG"), ("Wet Langdurige Zorg", "PER")],
    )
    assert not found


def test_a_compound_with_a_common_noun_head_names_its_first_part(nlp):
    text = "De CDA-top sprak met het bestuur van de bond."
    found = resolve(nlp, text, [("CDA-top", "ORG")])
    assert found_types(found) == {"CDA": "organization"}


def test_sentence_openers_are_no_names(nlp):
    text = "Naast de bond protesteerde het kabinet-Smit I. Tijdens een debat viel het."
    found = resolve(nlp, text, [("Naast", "LOC"), ("I. Tijdens", "PER")])
    assert set(found) == {"Smit"}  # the premier the cabinet is named after, nothing else


def test_a_title_with_an_english_article_is_no_person(nlp):
    text = "Zij zag de expositie The Quiet Garden in het museum."
    found = resolve(nlp, text, [("The Quiet", "PER")])
    assert not [name for name, kind in found_types(found).items() if kind == "person"]


def test_a_person_only_written_as_an_everyday_word_or_inhabitants_is_no_person(nlp):
    text = "Het manifest Waardig kreeg steun van Zwollenaren. Volgens Wit van de FNV is dat goed."
    found = resolve(nlp, text, [("Waardig", "PER"), ("Zwollenaren", "PER"), ("Wit", "PER")])
    assert [name for name, kind in found_types(found).items() if kind == "person"] == ["Wit"]


def test_a_word_that_only_opens_sentences_is_no_person(nlp):
    # the lemma index knows both; only Maduro is also written inside a sentence
    text = "Holle frasen. Toen sprak Maduro. Maduro bleef."
    found = resolve(nlp, text, [("Holle", "PER"), ("Maduro", "PER"), ("Maduro", "PER")])
    assert [name for name, kind in found_types(found).items() if kind == "person"] == ["Maduro"]


@pytest.mark.parametrize(
    ("text", "spans", "person"),
    [
        ("Minister van Handel Ruhsar Pekcan twitterde.", [], "Ruhsar Pekcan"),
        (
            "Zo wordt minister van Justitie Ayelet Shaked uitgemaakt.",
            [("Justitie Ayelet Shaked", "ORG")],
            "Ayelet Shaked",
        ),
    ],
)
def test_a_name_after_an_office_and_its_portfolio_is_a_person(nlp, text, spans, person):
    found = found_types(resolve(nlp, text, spans))
    assert found.get(person) == "person"


def test_a_known_organisation_closing_an_untyped_name_is_found(nlp):
    text = "Het park staat op de Werelderfgoedlijst van Unesco, zegt de gids."
    found = resolve(nlp, text, [("Werelderfgoedlijst van Unesco", "MISC")])
    assert found_types(found) == {"Unesco": "organization"}


def test_a_cabinet_number_makes_no_person(nlp):
    text = "Het regeerakkoord van Balk III bleef liggen."
    found = resolve(nlp, text, [("Balk III", "PER")])
    assert not found


# --- names the NER cuts up or types wrongly ---


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Onderzoekers van het Rotterdam Hart Instituut, het Zeeuws Longinstituut en "
            "de Noord Atlantic Daily waren het eens.",
            [("Rotterdam", "LOC"), ("Noord Atlantic Daily", "PER")],
            {
                "Rotterdam Hart Instituut": "organization",
                "Zeeuws Longinstituut": "organization",
                "Noord Atlantic Daily": "organization",
            },
        ),
        (  # councils, orchestras and audit offices only after another capitalised word
            "De Friese Sportraad en het Zeeuws Symfonieorkest kregen geld. De Haagse Rekenkamer "
            "keek mee. In cirkel negen (Verraad) zit niemand.",
            [("Zeeuws", "LOC")],
            {
                "Friese Sportraad": "organization",
                "Zeeuws Symfonieorkest": "organization",
                "Haagse Rekenkamer": "organization",
            },
        ),
    ],
)
def test_organisation_heads_end_a_run_of_capitalised_words(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


def test_hotels_and_named_waters_are_places(nlp):
    text = "De vergadering was in Hotel Zonnewende, vlak bij het Zeeuws Diep."
    found = resolve(nlp, text, [("Hotel Zonnewende", "PER"), ("Zeeuws Diep", "ORG")])
    assert found_types(found) == {"Hotel Zonnewende": "place", "Zeeuws Diep": "place"}


def test_a_court_carries_its_seat(nlp):
    text = "De zaak diende gisteren bij de rechtbank Zwolle."
    found = resolve(nlp, text, [("Zwolle", "ORG")])
    assert found_types(found) == {"rechtbank Zwolle": "organization"}


def test_a_first_name_before_a_surname_beats_a_one_word_town(nlp):
    text = "Daarover sprak Emile Kuipers gisteren met de pers."
    found = resolve(nlp, text, [])
    assert found_types(found) == {"Emile Kuipers": "person"}


def test_a_kinship_noun_makes_a_person_of_a_town_name(nlp):
    text = "De ouders van baby Milan rouwen. Milan werd maar drie maanden oud."
    found = resolve(nlp, text, [("Milan", "LOC"), ("Milan", "LOC")])
    assert found_types(found) == {"Milan": "person"}


def test_a_class_noun_before_a_name_with_a_particle_makes_an_organisation(nlp):
    text = "Het concert van het kamerkoor Voix de Ville was uitverkocht."
    found = resolve(nlp, text, [("Voix de Ville", "PER")])
    assert found_types(found) == {"Voix de Ville": "organization"}


def test_a_suspect_named_by_first_name_and_initial_is_one_person(nlp):
    text = "Gisteren werd Eva K. in de cel gezet. Volgens justitie loog K. over de brand."
    found = resolve(nlp, text, [("Eva", "MISC"), ("K.", "PER"), ("K.", "PER")])
    assert found_types(found) == {"Eva K.": "person"}


def test_a_numbered_subheading_makes_no_person(nlp):
    text = "Verkeer II Gebruik vaker de bus, vindt de raad."
    found = resolve(nlp, text, [("II Gebruik", "PER")])
    assert not [name for name, kind in found_types(found).items() if kind == "person"]


def test_an_unknown_name_coordinated_with_a_person_is_a_person(nlp):
    text = "Het overleg tussen Kowalski en Brandt mislukte. Zowel Brandt als Kowalski zweeg."
    found = resolve(
        nlp,
        text,
        [("Kowalski", "PER"), ("Brandt", "MISC"), ("Brandt", "MISC"), ("Kowalski", "PER")],
    )
    assert found_types(found) == {"Kowalski": "person", "Brandt": "person"}
    assert len(found["Brandt"]["mentions"]) == 2


# --- cues that hold in any Dutch news text ---


def test_a_towns_adjective_after_an_age_is_no_person(nlp):
    text = "De 27-jarige Tilburgse won gisteren de finale."
    found = resolve(nlp, text, [("Tilburgse", "MISC")])
    assert not found


def test_a_country_acronym_and_a_village_after_in_are_places_whatever_the_label(nlp):
    text = "Hij studeerde in de VS en woont nu in Yerseke."
    found = resolve(nlp, text, [("VS", "ORG"), ("Yerseke", "ORG")])
    assert found_types(found) == {"VS": "place", "Yerseke": "place"}


def test_an_airport_is_a_place(nlp):
    text = "Het toestel landde gisteravond op Schiphol."
    found = resolve(nlp, text, [("Schiphol", "PER")])
    assert found_types(found) == {"Schiphol": "place"}


def test_a_headline_name_glued_to_the_same_name_is_one_mention(nlp):
    text = "Winst Tromp Installatie Tromp Installatie verdiende meer dan vorig jaar."
    found = resolve(nlp, text, [("Tromp Installatie Tromp Installatie", "ORG")])
    assert found_types(found) == {"Tromp Installatie": "organization"}


def test_a_class_compound_of_a_short_word_describes_the_name_after_it(nlp):
    text = "Modeketen Zomerzin vraagt uitstel van betaling aan."
    found = resolve(nlp, text, [("Modeketen Zomerzin", "PER")])
    assert found_types(found) == {"Zomerzin": "organization"}


def test_an_apposition_with_a_class_noun_types_the_name_before_it(nlp):
    text = "Volgens Noordstroom, een energiebedrijf uit Delft, stijgen de prijzen."
    found = resolve(nlp, text, [("Noordstroom", "PER"), ("Delft", "LOC")])
    assert found_types(found) == {"Noordstroom": "organization", "Delft": "place"}


def test_a_name_a_cue_typed_survives_at_a_sentence_start(nlp):
    text = "Het park gaat open. Zeestroom, het consortium van drie bouwers, wint de opdracht."
    found = resolve(nlp, text, [("Zeestroom", "PER")])
    assert found_types(found) == {"Zeestroom": "organization"}


def test_what_a_leader_leads_is_an_organisation(nlp):
    text = "Karel Smit is sinds maart topman van Kroonwerk."
    found = resolve(nlp, text, [("Karel Smit", "PER"), ("Kroonwerk", "PER")])
    assert found_types(found) == {"Karel Smit": "person", "Kroonwerk": "organization"}


def test_schools_and_english_newspapers_end_in_their_head(nlp):
    text = "Leerlingen van het Berkhout College lazen The Harbour Herald."
    found = resolve(nlp, text, [("Berkhout", "PER"), ("Herald", "ORG")])
    assert found_types(found) == {
        "Berkhout College": "organization",
        "The Harbour Herald": "organization",
    }


def test_a_town_inside_a_headed_name_is_no_place_of_its_own(nlp):
    text = "Zo onderzoekt Wageningen Marine Research de kweek van zeewier."
    found = resolve(nlp, text, [("Marine Research", "PER")])
    assert found_types(found) == {"Wageningen Marine Research": "organization"}


def test_a_town_after_a_headed_name_belongs_to_it(nlp):
    text = "Zij gaf les aan het Vrijzinnig Lyceum Zwolle en promoveerde in Utrecht."
    found = resolve(
        nlp, text, [("Vrijzinnig Lyceum", "MISC"), ("Zwolle", "LOC"), ("Utrecht", "LOC")]
    )
    assert found_types(found) == {
        "Vrijzinnig Lyceum Zwolle": "organization",
        "Utrecht": "place",
    }


def test_a_towns_adjective_is_no_part_of_a_street_name(nlp):
    text = "Het ministerie staat aan de Haagse Rijnstraat."
    found = resolve(nlp, text, [("Rijnstraat", "LOC")])
    assert found_types(found) == {"Rijnstraat": "place"}


def test_bank_group_and_airline_words_end_a_name_but_not_a_compound(nlp):
    text = "Kapitaal kwam van Kroes Bank en Dolfijn Groep. Zandbank blijkt een gevaar."
    found = resolve(nlp, text, [("Kroes", "PER")])
    assert found_types(found) == {"Kroes Bank": "organization", "Dolfijn Groep": "organization"}


def test_a_known_organisation_lists_the_next_one_rather_than_opening_its_name(nlp):
    text = "Ambtenaren van Financiën en Infrastructuur en Waterstaat verhuizen."
    found = resolve(nlp, text, [("Financiën", "ORG")])
    assert set(found_types(found)) == {"Financiën", "Infrastructuur en Waterstaat"}


def test_a_ministry_after_its_minister_is_a_portfolio(nlp):
    text = "Dat zei minister Pieter Smit van Justitie en Veiligheid gisteren."
    found = resolve(nlp, text, [("Pieter Smit", "PER")])
    assert found_types(found) == {"Pieter Smit": "person"}


def test_the_towns_in_a_letters_signature_are_places(nlp):
    text = "Dat moet anders. Henk Jansen Zwolle Utrecht (1) Ik ben het oneens. Assen Utrecht (2)"
    found = resolve(nlp, text, [("Henk Jansen Zwolle", "PER"), ("Assen Utrecht", "PER")])
    assert found_types(found) == {
        "Henk Jansen": "person",
        "Zwolle": "place",
        "Utrecht": "place",
        "Assen": "place",
    }


def test_a_role_before_another_name_of_a_place_makes_a_person(nlp):
    # Cameron is known only as another name of Veracruz (Panama), never as a place's own name
    text = "Het begon met de toenmalige premier Cameron, die een referendum wilde."
    assert found_types(resolve(nlp, text, [("Cameron", "ORG")])) == {"Cameron": "person"}


def test_a_town_after_a_public_figures_surname_is_split_off(nlp):
    text = "Sinds zijn verkiezing probeert Poetin Minsk aan zich te binden."
    found = resolve(nlp, text, [("Poetin Minsk", "PER")])
    assert found_types(found) == {"Poetin": "person", "Minsk": "place"}


def test_a_known_organisation_after_a_full_name_is_split_off(nlp):
    text = "In de slotfase bracht invaller Sven Hoekstra Feyenoord langszij."
    found = resolve(nlp, text, [("Sven Hoekstra Feyenoord", "PER")])
    assert found_types(found) == {"Sven Hoekstra": "person", "Feyenoord": "organization"}


def test_public_figures_are_people_without_the_ner(nlp):
    text = (
        "Volgens Merkel is het akkoord dood. Ook Klaver en Van der Staaij twijfelen, net als "
        "Obama. Poetins woordvoerder zweeg."
    )
    found = resolve(nlp, text, [("Obama", "LOC"), ("Poetins", "MISC")])
    assert found_types(found) == dict.fromkeys(
        ["Merkel", "Klaver", "Van der Staaij", "Obama", "Poetin"], "person"
    )


def test_the_wider_table_of_public_figures_knows_ministers_and_athletes_by_surname(nlp):
    text = "Volgens Sjojgoe is de oefening geslaagd. Weghorst scoorde twee keer."
    found = found_types(resolve(nlp, text, []))
    assert found == {"Sjojgoe": "person", "Weghorst": "person"}
    figures = public_figures()
    assert figures.full_name("Sjojgoe") == "Sergej Sjojgoe"
    assert figures.full_name("Hazard") is None  # an everyday word (hazardspel), left out


@pytest.mark.parametrize(
    "text",
    [
        "Snel daarna viel het besluit.",  # an everyday word opening a sentence
        "Het Rutte-kabinet werd opgevolgd door Rutte III in de Trump Tower.",
        "Het Van Gogh Museum trekt veel bezoekers.",
    ],
)
def test_a_public_figures_name_inside_a_longer_name_or_a_word_is_no_person(nlp, text):
    assert not [e for e in resolve(nlp, text, []).values() if e["type"] == "person"]


def test_double_first_names_and_the_arabic_article_belong_to_the_name(nlp):
    text = "Anne-Claire Boersma sprak over president Omar al-Hakim. Al-Hakim zweeg."
    found = resolve(
        nlp, text, [("Anne-Claire Boersma", "MISC"), ("Omar", "PER"), ("Al-Hakim", "PER")]
    )
    assert found_types(found) == {"Anne-Claire Boersma": "person", "Omar al-Hakim": "person"}
    assert len(found["Omar al-Hakim"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bij de familie Van Stralen werd ingebroken.", ("Van Stralen", "PER")),
        ("Twee toestellen van het type 737 Max staan stil.", ("Max", "PER")),
        ("Zij won vorig jaar het Sevilla Open.", ("Sevilla", "LOC")),
        ("De aanhangers van het Peronismo protesteren.", ("Peronismo", "ORG")),
        ("Het speelde in de Netflixserie Narcos Mexico.", ("Narcos Mexico", "PER")),
        ("Het lek heet de zogeheten Paradise Papers.", ("Paradise Papers", "PER")),
        ("Hij speelt elke avond de game Ridder Roland.", ("Ridder Roland", "PER")),
        ("Toen klonk het nummer Zoete Carla door de zaal.", ("Zoete Carla", "PER")),
        ("De keuze tussen Leave/Remain verdeelt het land.", ("Leave/Remain", "PER")),
    ],
)
def test_families_models_events_ideologies_and_titles_are_no_entities(nlp, text, span):
    assert not resolve(nlp, text, [span])


def test_a_steekpartij_is_no_party(nlp):
    text = "Na de steekpartij Kolkplein zijn twee mannen opgepakt."
    found = resolve(nlp, text, [("Kolkplein", "MISC")])
    assert "organization" not in found_types(found).values()


def test_a_nationality_adjective_before_a_known_company_is_no_part_of_it(nlp):
    text = "Er zijn zorgen over het Chinese Huawei en de Europese Commissie."
    found = resolve(nlp, text, [("Chinese Huawei", "MISC"), ("Europese Commissie", "ORG")])
    assert set(found_types(found)) == {"Huawei", "Europese Commissie"}


# --- round 3: generalising to unseen articles ---


def test_first_names_include_two_letter_and_immigrant_community_names():
    assert all(lexicon().is_first_name(name) for name in ("Jo", "Ed", "Sjoukje", "Ebru", "Mourad"))


def test_first_names_know_their_gender_when_it_is_one():
    genders = {
        name: lexicon().gender(name) for name in ("Sjoukje", "Kees", "Anne", "Jan-Willem", "Kim")
    }
    assert genders == {"Sjoukje": "f", "Kees": "m", "Anne": "f", "Jan-Willem": "m", "Kim": None}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Zij verhuisde vorig jaar naar Doorn, waar ze nu een winkel heeft.", ("Doorn", "LOC")),
        ("Hij opende in Hoorn een tweede winkel.", ("Hoorn", "ORG")),
    ],
)
def test_a_label_on_a_town_that_is_also_a_word_is_trusted_inside_a_sentence(nlp, text, span):
    assert found_types(resolve(nlp, text, [span])) == {span[0]: "place"}


def test_the_short_form_of_a_town_named_with_a_preposition_is_the_same_place(nlp):
    text = "In Bergen op Zoom sloot de bakker. Heel Bergen treurt."
    found = resolve(nlp, text, [("Bergen op Zoom", "LOC"), ("Bergen", "LOC")])
    assert found_types(found) == {"Bergen op Zoom": "place"}
    assert len(found["Bergen op Zoom"]["mentions"]) == 2


def test_names_of_god_are_no_entities(nlp):
    text = "Hij riep Allah aan en schreeuwde Allahu Akbar."
    assert not resolve(nlp, text, [("Allah", "PER"), ("Allahu Akbar", "MISC")])


def test_the_uninflected_adjective_of_a_place_is_no_place(nlp):
    text = "Een Haags bedrijf koopt een Brabants dorpshuis."
    assert not resolve(nlp, text, [("Haags", "LOC"), ("Brabants", "LOC")])


def test_a_family_stays_no_person_at_its_later_bare_mentions(nlp):
    text = "De familie Verhoeckx woont hier al jaren. Verhoeckx wil niet verhuizen."
    assert not resolve(nlp, text, [("Verhoeckx", "PER"), ("Verhoeckx", "PER")])


def test_a_persons_span_ends_at_a_full_stop_but_keeps_initials(nlp):
    text = "Dat vond ook de VVD. Morgen spreekt A.J. de Wit de Kamer toe."
    found = resolve(nlp, text, [("VVD. Morgen", "PER"), ("A.J. de Wit", "PER")])
    assert found_types(found) == {"VVD": "organization", "A.J. de Wit": "person"}


def test_a_diminutive_class_noun_types_the_name_after_it(nlp):
    text = "Ze komt uit het dorpje Kleinveld, vlak bij de grens."
    assert found_types(resolve(nlp, text, [("Kleinveld", "ORG")])) == {"Kleinveld": "place"}


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Ze zit in vluchtelingenkamp Al Nour in het noorden.", ("Al Nour", "PER"), "place"),
        ("Hij skiede in het wintersportgebied Val Roche.", ("Val Roche", "PER"), "place"),
        ("Zij werkt bij fietswinkel Trapwiel in het centrum.", ("Trapwiel", "PER"), "organization"),
    ],
)
def test_a_camp_an_area_or_a_shop_before_a_name_types_it(nlp, text, span, kind):
    assert found_types(resolve(nlp, text, [span])) == {span[0]: kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daarom helpt de Stichting Warme Handen zulke gezinnen.", "Stichting Warme Handen"),
        ("Zij stemde op de Partij van het Platteland.", "Partij van het Platteland"),
    ],
)
def test_a_legal_name_opens_with_the_bare_class_noun(nlp, text, name):
    assert found_types(resolve(nlp, text, [(name, "MISC")])) == {name: "organization"}


def test_an_inhabitant_noun_before_a_name_is_no_part_of_it(nlp):
    text = "Volgens de Amsterdammer Joost Kramer klopt het niet."
    found = resolve(nlp, text, [("Amsterdammer Joost Kramer", "PER")])
    assert found_types(found) == {"Joost Kramer": "person"}


def test_an_inhabitant_after_a_quantifier_is_no_person(nlp):
    text = "Volgens mij kent elke Zwollenaar die winkel."
    assert not resolve(nlp, text, [("Zwollenaar", "PER")])


def test_an_aldermans_portfolio_is_no_organisation(nlp):
    text = "Dat zegt wethouder Karin Bos van Onderwijs gisteren."
    found = resolve(nlp, text, [("Karin Bos", "PER"), ("Onderwijs", "ORG")])
    assert found_types(found) == {"Karin Bos": "person"}


def test_a_compound_with_a_long_common_noun_head_is_no_name(nlp):
    text = "Hij verspreidde jarenlang Hamas-propaganda op internet."
    found = resolve(nlp, text, [("Hamas-propaganda", "ORG")])
    assert "Hamas-propaganda" not in found


def test_forum_voor_democratie_is_found_without_the_ner(nlp):
    text = "Gisteren won Forum voor Democratie veel zetels."
    assert found_types(resolve(nlp, text, [])) == {"Forum voor Democratie": "organization"}


def test_long_known_names_and_acronyms_written_as_words_are_found_without_the_ner(nlp):
    text = (
        "Het rapport ging eerst naar de Opec en het Centraal Bureau voor de Statistiek, "
        "later ook naar het College voor de Rechten van de Mens."
    )
    found = found_types(resolve(nlp, text, [("College", "ORG")]))
    assert found == {
        "Centraal Bureau voor de Statistiek": "organization",
        "Opec": "organization",
        "College voor de Rechten van de Mens": "organization",
    }


def test_a_capitalised_compound_with_a_class_head_names_an_organisation(nlp):
    text = (
        "Hij stapte over naar de Vissersbond en werkte later bij de Boerenpartij. Zijn dochter zit "
        "op de Marnixschool in Utrecht."
    )
    spans = [("Vissersbond", "LOC"), ("Boerenpartij", "MISC"), ("Marnixschool", "MISC")]
    found = found_types(resolve(nlp, text, spans))
    assert found["Vissersbond"] == found["Boerenpartij"] == "organization"
    assert found["Marnixschool"] == "organization"


def test_a_one_word_class_compound_at_a_sentence_start_is_an_everyday_word(nlp):
    text = "Basisschool is voor kinderen tot twaalf jaar, zegt de wethouder van Haarlem."
    found = found_types(resolve(nlp, text, [("Basisschool", "ORG"), ("Haarlem", "LOC")]))
    assert found == {"Haarlem": "place"}


def test_a_school_name_with_a_first_name_in_it_is_no_person(nlp):
    text = "De leerlingen van de Anne Frankschool gingen naar Den Haag."
    found = found_types(resolve(nlp, text, [("Anne Frankschool", "PER"), ("Den Haag", "LOC")]))
    assert found == {"Anne Frankschool": "organization", "Den Haag": "place"}


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Ze werkt voor de stichting Kinderwens en haar zoon zit op basisschool De Klimop.",
            [],
            {"Kinderwens": "organization", "De Klimop": "organization"},
        ),
        (  # two words joined by ``en``, unless the second is a place or a known organisation
            "De stichting Dier en Recht en de vereniging Natuur & Milieu stappen naar de rechter. "
            "Ook de stichting Kinderwens en Amsterdam doen mee.",
            [("Amsterdam", "LOC")],
            {
                "Dier en Recht": "organization",
                "Natuur & Milieu": "organization",
                "Kinderwens": "organization",
                "Amsterdam": "place",
            },
        ),
    ],
)
def test_a_class_noun_names_the_organisation_after_it_without_the_ner(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


def test_firms_factories_bands_and_trades_name_the_business_after_them(nlp):
    text = (
        "De firma Trekvast kocht gieterij Vulcanus en de staalfabriek Zandhaven. Afvalverwerker "
        "Ketelaar betaalt de band The Lindens, die ook speelde voor platform E-wijk."
    )
    spans = [("Vulcanus", "PER"), ("Ketelaar", "PER")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {
        name: "organization"
        for name in ("Trekvast", "Vulcanus", "Zandhaven", "Ketelaar", "The Lindens", "E-wijk")
    }


def test_a_class_noun_before_a_first_name_or_a_town_adds_no_organisation(nlp):
    text = (
        "Het was een idee van ontwikkelaar Sanne Vos, die studeerde aan de universiteit Groningen."
    )
    found = found_types(resolve(nlp, text, []))
    assert found == {"Sanne Vos": "person"}


def test_ten_and_ter_join_a_given_name_the_lexicon_lacks_and_a_surname(nlp):
    text = "Volgens Yusra ten Hove en Oumaima ter Velde kwam hij uit Ter Apel."
    found = found_types(resolve(nlp, text, [("Hove", "ORG"), ("Ter Apel", "LOC")]))
    assert found["Yusra ten Hove"] == found["Oumaima ter Velde"] == "person"
    assert found["Ter Apel"] == "place"


def test_crises_questions_deadlines_and_eras_named_by_their_head_are_no_entities(nlp):
    text = "De Oekraïnekwestie en de Eurocrisis kwamen na de Brexitdeadline, niet in het Romeinse tijdperk."
    spans = [("Oekraïnekwestie", "ORG"), ("Eurocrisis", "MISC"), ("Brexitdeadline", "ORG")]
    assert resolve(nlp, text, spans) == {}


def test_a_water_board_named_after_its_area_is_an_organisation(nlp):
    text = "Het geld komt van waterschap Aa en Maas en van hoogheemraadschap Rijnland."
    found = found_types(resolve(nlp, text, [("Aa en Maas", "LOC"), ("Rijnland", "LOC")]))
    assert found == {"Aa en Maas": "organization", "Rijnland": "organization"}


def test_a_known_place_after_in_is_the_place_where_a_class_noun_or_the_table_makes_a_body(nlp):
    text = "Het ziekenhuis Zwolle sloot. Wie in Zwolle woont, gaat naar Heerenveen of in Heerenveen zelf."
    doc = nlp(text)
    labels = {15: "LOC", 36: "LOC", 60: "ORG", 77: "ORG"}
    doc.ents = [
        doc.char_span(start, text.index(" ", start), label) for start, label in labels.items()
    ]
    EntityResolver(nlp, "entities")(doc)
    types = {m[0]: e["id"][0] for e in doc._.nieuwsnlp_entities for m in e["mentions"]}
    assert types == {15: "o", 36: "l", 60: "o", 77: "l"}


def test_a_ministry_is_named_with_its_portfolio_and_merges_with_it(nlp):
    text = "Ambtenaren van het ministerie van Defensie waren er. Defensie wil nu meer geld."
    found = resolve(nlp, text, [("Defensie", "ORG"), ("Defensie", "ORG")])
    assert list(found) == ["ministerie van Defensie"]
    assert len(found["ministerie van Defensie"]["mentions"]) == 2


def test_a_ministry_of_any_portfolio_is_named_without_ner_help(nlp):
    text = "Het Canadese ministerie van Visserij, Oceanen en Kustwacht grijpt in."
    found = resolve(nlp, text, [("Kustwacht", "ORG")])
    assert found_types(found) == {"ministerie van Visserij, Oceanen en Kustwacht": "organization"}


def test_a_portfolio_alone_is_the_ministry_named_before(nlp):
    text = "Het ministerie van Mijnbouw en Visserij grijpt in. Mijnbouw en Visserij bevestigt dat."
    found = resolve(nlp, text, [("Mijnbouw en Visserij", "ORG"), ("Mijnbouw en Visserij", "ORG")])
    assert len(found["ministerie van Mijnbouw en Visserij"]["mentions"]) == 2


@pytest.mark.parametrize(
    "name", ["Zeeuws Scheepvaartmuseum", "Westfries Kunstmuseum", "Drents Herdenkingscomité"]
)
def test_museums_and_committees_are_organisations_even_as_per(nlp, name):
    text = f"Een bezoek aan het {name} loont, vinden de gidsen."
    found = resolve(nlp, text, [(name, "PER")])
    assert found[name]["type"] == "organization"


def test_an_org_label_on_a_plural_group_is_no_organisation_unless_a_class_noun_or_town_ends_it(nlp):
    text = (
        "Ook de Westelijke Balkanlanden willen lid worden, zeggen de Groene Europarlementariërs. "
        "De Vereniging Zakelijke Rijders en de Progressieve Partij Aalten protesteren."
    )
    names = [
        "Westelijke Balkanlanden",
        "Groene Europarlementariërs",
        "Vereniging Zakelijke Rijders",
        "Progressieve Partij Aalten",
    ]
    doc = nlp(text)
    ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="ORG") for n in names]
    for ent in ents:
        ent[-1].set_morph("Number=Plur")  # as the tagger reads them (Aalten looks plural too)
    doc.ents = ents
    EntityResolver(nlp, "entities")(doc)
    found = {e["name"]: e["type"] for e in doc._.nieuwsnlp_entities}
    assert found == {
        "Vereniging Zakelijke Rijders": "organization",
        "Progressieve Partij Aalten": "organization",
    }


def test_the_alias_table_knows_full_names_and_foreign_parties():
    table = organizations()
    assert table.canonical("Rijksinstituut voor Volksgezondheid en Milieu") == "RIVM"
    assert table.canonical("Koninklijke Nederlandse Voetbalbond") == table.canonical("KNVB")
    assert table.canonical("Brexitpartij") == table.canonical("Brexit Party")
    assert table.canonical("Kachol Lavan") == table.canonical("Blauw-Wit")


def test_the_table_finds_bodies_the_ner_missed_but_holds_no_everyday_word_or_first_name(nlp):
    text = "De Guardia Civil hield hem aan. Hij zei tegen de Serviër dat Bankia failliet is."
    found = found_types(resolve(nlp, text, [("Serviër", "ORG")]))
    assert found == {"Guardia Civil": "organization", "Bankia": "organization"}
    table = organizations()
    assert all(table.canonical(word) is None for word in ("Kim", "Serviër", "Minerva", "Boom"))


def test_a_name_in_quote_marks_after_its_class_noun_is_an_organisation(nlp):
    text = (
        "Het geld gaat naar de stichting 'Vrienden van het Wad', meldt de Stichting ‘Help Elkaar’."
    )
    found = found_types(resolve(nlp, text, []))
    assert found == {"Vrienden van het Wad": "organization", "Help Elkaar": "organization"}


def test_a_portfolio_after_voor_is_no_organisation(nlp):
    text = "Dat zei de Eurocommissaris voor Mededinging. Ook de minister voor Rechtsbescherming was er."
    spans = [("Mededinging", "ORG"), ("Rechtsbescherming", "ORG")]
    assert resolve(nlp, text, spans) == {}


def test_a_table_name_that_is_also_a_surname_is_the_person_named_in_the_article(nlp):
    text = "Het onderzoek van Petra Bosch is klaar. Volgens Bosch moet het anders."
    found = resolve(nlp, text, [("Petra Bosch", "PER"), ("Bosch", "ORG")])
    assert found_types(found) == {"Petra Bosch": "person"}
    assert len(found["Petra Bosch"]["mentions"]) == 2


def test_capitalised_party_plurals_name_the_party(nlp):
    text = "De president sprak met de leiders van de Democraten en de Republikeinen."
    found = found_types(resolve(nlp, text, []))
    assert found == {"Democraten": "organization", "Republikeinen": "organization"}


def test_teachers_artists_and_writers_are_roles_before_a_name(nlp):
    text = "Volgens leerkracht Femke Dijkstra en kunstenaar Bram Oosting was het druk."
    found = resolve(nlp, text, [("Femke Dijkstra", "ORG"), ("Bram Oosting", "LOC")])
    assert found_types(found) == {"Femke Dijkstra": "person", "Bram Oosting": "person"}
    assert found["Femke Dijkstra"]["roles"] == ["leerkracht"]


def test_a_plural_role_before_a_name_makes_a_person(nlp):
    text = "Dat wilden Burgemeesters Halsema en Aboutaleb niet."
    found = found_types(resolve(nlp, text, [("Burgemeesters Halsema", "ORG")]))
    assert found == {"Halsema": "person", "Aboutaleb": "person"}


@pytest.mark.parametrize("word", ["Ossenaar", "Emmenaar", "Bredanaar"])
def test_inhabitants_of_short_town_names(word):
    assert places().is_inhabitant(word)


def test_after_a_role_an_unknown_given_name_before_a_surname_makes_a_person(nlp):
    text = "Volgens raadslid Yusra Bakkali moet het anders, zei wethouder Oumaima Tahiri."
    found = found_types(resolve(nlp, text, [("Yusra", "LOC")]))
    assert found == {"Yusra Bakkali": "person", "Oumaima Tahiri": "person"}


def test_a_compass_adjective_before_an_area_is_a_place(nlp):
    text = "De hulp ging naar Oostelijk Afrika en Zuidelijk Europa."
    spans = [("Oostelijk Afrika", "ORG"), ("Zuidelijk Europa", "MISC")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {"Oostelijk Afrika": "place", "Zuidelijk Europa": "place"}


def test_an_inflected_compass_adjective_before_an_area_is_a_place(nlp):
    text = "De leiders van de Westelijke Balkan reizen niet af."
    found = found_types(resolve(nlp, text, [("Westelijke Balkan", "ORG")]))
    assert found == {"Westelijke Balkan": "place"}


def test_an_ambiguous_table_name_after_in_het_is_the_place(nlp):
    text = "De paus woont in het Vaticaan."
    assert found_types(resolve(nlp, text, [("Vaticaan", "MISC")])) == {"Vaticaan": "place"}


def test_a_body_named_by_its_purpose_is_one_organisation(nlp):
    text = "Het advies kwam van het Landelijk Bureau voor Natuur en Recreatie in Zwolle."
    spans = [("Landelijk Bureau", "MISC"), ("Natuur", "ORG"), ("Zwolle", "LOC")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {"Landelijk Bureau voor Natuur en Recreatie": "organization", "Zwolle": "place"}


def test_a_body_named_by_its_cause_or_members_is_one_organisation(nlp):
    text = (
        "Steun kwam van de Coalitie tegen Zwerfafval, de Vereniging van Strandpaviljoens en de "
        "Universiteit van Valparaíso."
    )
    spans = [("Zwerfafval", "LOC"), ("Valparaíso", "LOC")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {
        "Coalitie tegen Zwerfafval": "organization",
        "Vereniging van Strandpaviljoens": "organization",
        "Universiteit van Valparaíso": "organization",
    }


def test_a_list_of_organisations_retypes_a_slip_of_the_ner(nlp):
    text = (
        "Aan de proef werkten Graanhuis, Vrijlicht en Tandrix mee, later ook Brixo, Orvado Tech "
        "en Kalmexo. Steun kwam van de EU, de Navo en Rusland."
    )
    spans = [
        ("Graanhuis", "ORG"),
        ("Vrijlicht", "PER"),
        ("Tandrix", "ORG"),
        ("Brixo", "ORG"),
        ("Orvado Tech", "MISC"),
        ("Kalmexo", "ORG"),
        ("EU", "ORG"),
        ("Navo", "ORG"),
        ("Rusland", "LOC"),
    ]
    found = found_types(resolve(nlp, text, spans))
    assert found["Vrijlicht"] == found["Orvado Tech"] == "organization"
    assert found["Rusland"] == "place"


def test_well_known_organisations_are_found_without_the_ner(nlp):
    text = (
        "Het Voedingscentrum waarschuwt, 50-Plus zwijgt, Fiat Chrysler verkoopt minder en "
        "oud-werknemers van de Hoogovens praten na in het Joods Historisch Museum."
    )
    assert found_types(resolve(nlp, text, [])) == {
        "Voedingscentrum": "organization",
        "50-Plus": "organization",
        "Fiat Chrysler": "organization",
        "Hoogovens": "organization",
        "Joods Historisch Museum": "organization",
    }


def test_an_issue_date_is_no_part_of_a_name(nlp):
    text = "Dat schreef hij in Trouw van 12 april."
    found = found_types(resolve(nlp, text, [("Trouw van 12", "MISC")]))
    assert found == {"Trouw": "organization"}


def test_a_venue_named_with_a_town_or_a_person_is_a_place(nlp):
    text = "Ze speelt in Stadsschouwburg Zwolle en daarna in Concertzaal Anna Vos."
    spans = [("Stadsschouwburg Zwolle", "PER"), ("Concertzaal Anna Vos", "MISC")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {"Stadsschouwburg Zwolle": "place", "Concertzaal Anna Vos": "place"}


def test_schemes_taxes_and_exits_are_no_organisations(nlp):
    text = (
        "Wie in de WW of de Wajong zit, betaalt geen BTW, de AVG geldt, en de Nexit komt er niet."
    )
    spans = [("WW", "ORG"), ("Wajong", "ORG"), ("BTW", "ORG"), ("AVG", "ORG"), ("Nexit", "PER")]
    assert resolve(nlp, text, spans) == {}


def test_a_plural_everyday_word_opening_a_sentence_is_no_name(nlp):
    text = "Het was druk op het plein. Ondernemers kwamen met busjes naar Den Haag."
    found = found_types(resolve(nlp, text, [("Ondernemers", "ORG"), ("Den Haag", "LOC")]))
    assert found == {"Den Haag": "place"}


def test_a_legal_form_makes_an_organisation(nlp):
    text = "De opdracht ging naar Bakker Groen B.V. en daarna naar Jansen Transport BV uit Ede."
    spans = [("Bakker Groen B.V.", "PER"), ("Jansen Transport", "PER"), ("Ede", "LOC")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {
        "Bakker Groen B.V.": "organization",
        "Jansen Transport": "organization",
        "Ede": "place",
    }


def test_a_capitalised_gemeente_is_the_municipal_body_unless_it_locates(nlp):
    text = "De Gemeente Zwolle betaalt. Wie in de Gemeente Zwolle woont, merkt het."
    doc = nlp(text)
    doc.ents = [doc.char_span(3, 18, "MISC"), doc.char_span(38, 53, "MISC")]
    EntityResolver(nlp, "entities")(doc)
    types = {m[0]: e["id"][0] for e in doc._.nieuwsnlp_entities for m in e["mentions"]}
    assert types == {3: "o", 38: "l"}


def test_a_role_before_a_surname_makes_a_person_without_the_ner(nlp):
    text = "Het plan van wethouder Kuijpers kreeg steun van columnist Grunberg."
    found = resolve(nlp, text, [("Grunberg", "PER")])
    assert found_types(found) == {"Kuijpers": "person", "Grunberg": "person"}
    assert found["Kuijpers"]["roles"] == ["wethouder"]


def test_a_web_address_merges_with_the_organisation_it_belongs_to(nlp):
    text = "Het stond in De Telegraaf en later ook op Telegraaf.nl, schreef hij."
    found = resolve(nlp, text, [("De Telegraaf", "ORG"), ("Telegraaf.nl", "ORG")])
    assert list(found) == ["De Telegraaf"]
    assert len(found["De Telegraaf"]["mentions"]) == 2


def test_a_name_in_apposition_after_a_role_is_a_person(nlp):
    text = "De nieuwe directeur, Yusra Zwanenburg, begint in mei."
    found = found_types(resolve(nlp, text, [("Yusra Zwanenburg", "ORG")]))
    assert found == {"Yusra Zwanenburg": "person"}


def test_a_form_of_address_makes_a_person_of_a_town_name(nlp):
    text = "Het werd door de heer Zwolle anders uitgesproken."
    assert found_types(resolve(nlp, text, [("Zwolle", "LOC")])) == {"Zwolle": "person"}


def test_an_elided_compound_names_the_whole_place(nlp):
    text = "Ze reisde door Noord- en Zuid-Brabant."
    found = resolve(nlp, text, [("Noord-", "LOC"), ("Zuid-Brabant", "LOC")])
    assert found_types(found) == {"Noord-Brabant": "place", "Zuid-Brabant": "place"}
    assert found["Noord-Brabant"]["mentions"] == [[15, 21]]  # the words as written


def test_an_uninflected_everyday_word_the_ner_alone_calls_a_name_is_no_name(nlp):
    text = "De partij heet Nieuwe Toekomst. Wie mee wil, kan Gratis in Zwolle terecht en de Vakbonden ook."
    spans = [("Toekomst", "ORG"), ("Gratis", "LOC"), ("Zwolle", "LOC"), ("Vakbonden", "ORG")]
    assert found_types(resolve(nlp, text, spans)) == {"Zwolle": "place"}


def test_the_lemma_index_vetoes_no_person_nor_a_written_name(nlp):
    # the index also lists names: a person's stays, as do inner capitals and compass districts
    assert lexicon().is_common_word("Toekomst")
    assert not lexicon().is_common_word("ToeKomst")
    assert not lexicon().is_common_word("Zuidoost")
    text = "Pilatus en Kees spraken in de Arenahal in Zuidoost. Pilatus zong."
    spans = [("Pilatus", "PER"), ("Kees", "PER"), ("Zuidoost", "LOC"), ("Pilatus", "PER")]
    found = found_types(resolve(nlp, text, spans))
    assert found == {"Pilatus": "person", "Kees": "person", "Zuidoost": "place"}


def test_a_word_the_ner_took_for_a_place_is_no_person_coordinated_with_one(nlp):
    text = "Volgens Piet Jansen werken er Hongaars en Overeenstemming mee aan het plan."
    spans = [("Piet Jansen", "PER"), ("Hongaars", "PER"), ("Overeenstemming", "LOC")]
    assert "Overeenstemming" not in resolve(nlp, text, spans)


def test_a_first_name_the_ner_alone_calls_a_place_is_a_person_unless_it_has_an_article(nlp):
    text = "Met Gerrit, Ineke en Kees zong zij op het feest het Wilhelmus in Zwolle."
    spans = [
        ("Gerrit", "PER"),
        ("Ineke", "LOC"),
        ("Kees", "PER"),
        ("Wilhelmus", "LOC"),
        ("Zwolle", "LOC"),
    ]
    found = found_types(resolve(nlp, text, spans))
    assert found == {"Gerrit": "person", "Ineke": "person", "Kees": "person", "Zwolle": "place"}


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "Volgens Anna B. de Vries groeit het aantal leden.",
            [("Anna B.", "PER")],
            "Anna B. de Vries",
        ),
        ("Het aantal leden groeit, zegt Ria Jansen-van Leeuwen.", [], "Ria Jansen-van Leeuwen"),
        ("Daarover sprak Ria Jansen-van der Berg gisteren.", [], "Ria Jansen-van der Berg"),
    ],
)
def test_a_surname_after_initials_or_a_double_surname_stays_with_the_person(nlp, text, spans, name):
    assert found_types(resolve(nlp, text, spans)) == {name: "person"}


def test_a_first_name_before_a_compound_on_a_surname_is_no_place(nlp):
    text = "Dat hoort bij de Mark Jansen-generatie, zegt hij."
    assert resolve(nlp, text, []) == {}


def test_the_first_part_of_a_double_town_name_links_but_is_not_found_alone(nlp):
    assert places().quiet("Driebergen")
    assert places().link("Driebergen").canonical == "Driebergen-Rijsenburg"
    text = "Hij komt uit Driebergen, zij uit Driebergen."
    found = resolve(nlp, text, [("Driebergen", "LOC")])
    assert found["Driebergen"]["canonical"] == "Driebergen-Rijsenburg"
    assert len(found["Driebergen"]["mentions"]) == 1


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # letters page: "Name, Town" runs into the next letter's heading and its first name
            "Zo is het. Ben Geerts, Eindhoven Van Bommel moet de jeugd opstellen.",
            [("Ben Geerts", "PER"), ("Eindhoven Van Bommel", "PER")],
            {"Ben Geerts": "person", "Eindhoven": "place", "Van Bommel": "person"},
        ),
        (  # the heading's everyday words are no part of the name after the town
            "Dat moet anders. Joop Klinkhamer, Edam Fijnstof Van Dalen heeft gelijk.",
            [("Joop Klinkhamer", "PER"), ("Edam Fijnstof Van Dalen", "PER")],
            {"Joop Klinkhamer": "person", "Edam": "place", "Van Dalen": "person"},
        ),
    ],
)
def test_a_signature_town_after_a_comma_is_split_from_the_next_heading(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


def test_a_signature_labelled_misc_splits_into_writer_and_town(nlp):
    text = "Het college moet nu echt ingrijpen. Karin Smeets Zwolle"
    found = resolve(nlp, text, [("Karin Smeets Zwolle", "MISC")])
    assert found["Karin Smeets"]["type"] == "person"
    assert found["Zwolle"]["type"] == "place"


def test_a_town_after_a_signature_name_is_no_first_name(nlp):
    # Breda is also a first name; inside the NER's span it does not open a person's name
    text = "Dat vind ik onbegrijpelijk. Karin Smeets Breda Zwolle (2) Hoe kan dat?"
    found = resolve(nlp, text, [("Karin Smeets Breda Zwolle", "MISC")])
    assert found["Karin Smeets"]["type"] == "person"
    assert {found["Breda"]["type"], found["Zwolle"]["type"]} == {"place"}
    assert "Breda Zwolle" not in found


def test_a_misc_continent_opening_a_sentence_is_a_place(nlp):
    text = "Europa moet meer doen voor de boeren. Dat zeggen de ministers."
    assert resolve(nlp, text, [("Europa", "MISC")])["Europa"]["type"] == "place"


def test_a_capitalised_role_inside_the_span_is_no_part_of_the_name(nlp):
    # a sentence-initial role word that the NER took into the name's span
    text = "Zo simpel is het niet. Historicus Van der Meer ziet dat heel anders."
    for label in ("PER", "LOC", "MISC"):
        found = resolve(nlp, text, [("Historicus Van der Meer", label)])
        assert found and not any("Historicus" in name for name in found)


def test_a_sentence_opening_article_inside_a_misc_span_leaves_the_known_organisation(nlp):
    """The NER reads ``De Erasmus Universiteit`` at a sentence start as one MISC name."""
    text = "De Erasmus Universiteit kreeg kritiek. De Telegraaf schreef erover."
    found = resolve(nlp, text, [("De Erasmus Universiteit", "MISC"), ("De Telegraaf", "ORG")])
    assert found_types(found) == {
        "Erasmus Universiteit": "organization",
        "De Telegraaf": "organization",
    }


def test_an_everyday_word_glued_to_a_name_named_elsewhere_leaves_it(nlp):
    text = (
        "Mag Kowalczyk weer naar huis? Piotr Kowalczyk zat vier maanden vast. Later schreef "
        "Erna Dijkstra over Kowalczyk Bedankt voor alles."
    )
    spans = [
        ("Mag Kowalczyk", "PER"),
        ("Piotr Kowalczyk", "PER"),
        ("Erna Dijkstra", "PER"),
        ("Kowalczyk Bedankt", "PER"),
    ]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Piotr Kowalczyk", "Erna Dijkstra"}
    assert len(found["Piotr Kowalczyk"]["mentions"]) == 3


def test_an_everyday_word_before_a_first_name_is_no_part_of_the_name(nlp):
    text = (
        "Kunsthistoricus Martin Vos twijfelt. Organisator Petra Lind ook. Lange Frans zingt. "
        "Daarna sprak D. Martin."
    )
    spans = [
        ("Kunsthistoricus Martin Vos", "PER"),
        ("Organisator Petra Lind", "PER"),
        ("Lange Frans", "PER"),
        ("D. Martin", "PER"),
    ]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Martin Vos", "Petra Lind", "Lange Frans", "D. Martin"}


def test_an_uninflected_word_from_a_subheading_glued_to_a_name_leaves_it(nlp):
    """``Eer``, ``Zelfvertrouwen``: nouns the lemma table lists but never inflects."""
    text = "Wethouder Marloes Kuiper opende het seizoen. Eer Kuiper sprak over de zomer."
    spans = [("Marloes Kuiper", "PER"), ("Eer Kuiper", "PER")]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Marloes Kuiper"}
    assert len(found["Marloes Kuiper"]["mentions"]) == 2


def test_a_name_only_written_whole_keeps_its_first_word(nlp):
    text = "So Nakamura won de prijs. Nakamura was blij."
    found = resolve(nlp, text, [("So Nakamura", "PER"), ("Nakamura", "PER")])
    assert "So Nakamura" in found


def test_a_misspelt_surname_is_the_person_it_slips_from(nlp):
    text = "Wethouder Marieke Koopmans sprak. Volgens Kopmans is het veilig. Ook Koopamns sprak."
    spans = [("Marieke Koopmans", "PER"), ("Kopmans", "PER"), ("Koopamns", "PER")]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Marieke Koopmans"}
    assert len(found["Marieke Koopmans"]["mentions"]) == 3


def test_different_surnames_stay_apart(nlp):
    text = "Karin Verbeek en Verhoek spraken elkaar. Verhoek was boos."
    found = resolve(nlp, text, [("Karin Verbeek", "PER"), ("Verhoek", "PER"), ("Verhoek", "PER")])
    assert set(found) == {"Karin Verbeek", "Verhoek"}


def test_a_name_after_a_definite_article_is_a_work_not_a_person(nlp):
    text = "Bezoekers dringen voor de Clara Goudveen, een doek van Jan Steen, en voor Eva Smit."
    spans = [("Clara Goudveen", "MISC"), ("Jan Steen", "PER"), ("Eva Smit", "PER")]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Jan Steen", "Eva Smit"}


def test_a_word_with_a_place_label_after_a_preposition_and_de_is_the_site(nlp):
    text = (
        "Zaterdag wandelden honderden gezinnen op de Uiterwaarden. Ze dachten na over de Toekomst."
    )
    found = resolve(nlp, text, [("Uiterwaarden", "LOC"), ("Toekomst", "LOC")])
    assert {n: e["type"] for n, e in found.items()} == {"Uiterwaarden": "place"}


def test_a_cafe_names_a_place_and_a_magazine_an_organisation(nlp):
    text = "Op het terras van café Lindeboom zaten drie vrienden die het vakblad Kweekvijver lazen."
    found = resolve(nlp, text, [("Lindeboom", "PER"), ("Kweekvijver", "PER")])
    assert {n: e["type"] for n, e in found.items()} == {
        "Lindeboom": "place",
        "Kweekvijver": "organization",
    }


def test_two_surnames_the_article_names_apart_are_two_people(nlp):
    text = (
        "Aanklager Ruth Brandsma onderzocht Wolters. We weten nu dat Brandsma Wolters niet "
        "vrijpleit. Wolters zweeg."
    )
    spans = [
        ("Ruth Brandsma", "PER"),
        ("Wolters", "PER"),
        ("Brandsma Wolters", "PER"),
        ("Wolters", "PER"),
    ]
    found = resolve(nlp, text, spans)
    assert set(found) == {"Ruth Brandsma", "Wolters"}


def test_a_people_after_a_name_and_de_is_no_part_of_it(nlp):
    text = "Het bleek dat Janssens de Spanjaarden had gewaarschuwd. Janssens zweeg."
    found = resolve(nlp, text, [("Janssens de Spanjaarden", "PER"), ("Janssens", "PER")])
    assert set(found) == {"Janssens"}


def test_an_estate_or_residence_names_a_place(nlp):
    text = "De premier trok zich terug op haar buitenverblijf Hollyfield en daarna op landgoed Ravelijn."
    found = resolve(nlp, text, [("Hollyfield", "MISC"), ("Ravelijn", "PER")])
    assert {n: e["type"] for n, e in found.items()} == {"Hollyfield": "place", "Ravelijn": "place"}


def test_a_crossing_of_two_streets_is_two_places(nlp):
    text = "Op de kruising Molenstraat-Kerkweg botsten gisteren twee fietsers."
    found = resolve(nlp, text, [("Molenstraat-Kerkweg", "LOC")])
    assert set(found) == {"Molenstraat", "Kerkweg"}


def test_the_name_after_burgemeester_van_is_a_municipality(nlp):
    text = "Hij was eerder waarnemend burgemeester van Zuiderwaal en later van Renkum."
    found = resolve(nlp, text, [("Zuiderwaal", "PER"), ("Renkum", "LOC")])
    assert {n: e["type"] for n, e in found.items()} == {"Zuiderwaal": "place", "Renkum": "place"}


def test_a_cabinet_or_case_named_after_a_person_names_the_person(nlp):
    text = "Het kabinet-Verbeek viel al na een jaar, en de zaak-Dorrestijn sleept nog voort."
    found = resolve(nlp, text, [])
    assert {n: e["type"] for n, e in found.items()} == {
        "Verbeek": "person",
        "Dorrestijn": "person",
    }


def test_a_role_in_apposition_makes_a_misc_name_a_person(nlp):
    text = "Het gaat slecht, klaagde Oksana Hrytsenko, minister van Zorg, dinsdag."
    found = resolve(nlp, text, [("Oksana Hrytsenko", "MISC")])
    assert found_types(found) == {"Oksana Hrytsenko": "person"}


def test_a_misc_name_before_a_comma_and_a_town_is_a_letter_writer(nlp):
    text = "Dat moet anders. Odilia Verkerk, Zwolle Fietspaden Waarom wordt er niets gedaan?"
    found = resolve(nlp, text, [("Odilia Verkerk", "MISC"), ("Zwolle", "LOC")])
    assert found_types(found) == {"Odilia Verkerk": "person", "Zwolle": "place"}


def test_a_public_figures_possessive_and_role_are_no_part_of_the_name(nlp):
    text = "Dat zei Poetins VN-gezant Oleg Brovkin gisteren in New York."
    found = resolve(nlp, text, [("Poetins VN-gezant Oleg Brovkin", "PER")])
    assert "Oleg Brovkin" in found
    assert found["Oleg Brovkin"]["roles"] == ["VN-gezant"]


def test_a_sentence_opening_article_is_no_part_of_a_street_name(nlp):
    text = "Het vuurwerk was prachtig. De Willemsbrug was urenlang afgesloten."
    found = resolve(nlp, text, [("De Willemsbrug", "MISC")])
    assert found_types(found) == {"Willemsbrug": "place"}


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "De cijfers komen van de Chinese Handelaars Car Association.",
            [("Chinese Handelaars", "ORG")],
            "Chinese Handelaars Car Association",
        ),
        (
            "Volgens de Natuurlijke Bronnen Defense Council is het water vuil.",
            [("Natuurlijke Bronnen", "MISC")],
            "Natuurlijke Bronnen Defense Council",
        ),
    ],
)
def test_an_english_class_noun_ends_an_organisation_the_ner_cut(nlp, text, spans, name):
    assert found_types(resolve(nlp, text, spans)) == {name: "organization"}


def test_a_newspaper_named_with_its_article_is_no_person(nlp):
    text = "Bram Punt schreef het in een brief aan De Roze Krant."
    found = resolve(nlp, text, [("Bram Punt", "PER"), ("De Roze Krant", "PER")])
    assert found_types(found) == {"Bram Punt": "person", "De Roze Krant": "organization"}


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_name(nlp):
    text = "Ik fiets elke dag onder Het Utrechts Lyceum door naar huis."
    found = resolve(nlp, text, [("Utrechts Lyceum", "ORG")])
    assert found_types(found) == {"Het Utrechts Lyceum": "organization"}


def test_an_organisation_named_after_a_person_stays_an_organisation(nlp):
    text = "Het bedrijf van de president, de Kowalski Organization, groeit. Kowalski zweeg. Later sprak Kowalski."
    spans = [("Kowalski Organization", "MISC"), ("Kowalski", "PER"), ("Kowalski", "PER")]
    found = resolve(nlp, text, spans)
    assert found_types(found) == {"Kowalski": "person", "Kowalski Organization": "organization"}


@pytest.mark.parametrize(
    ("text", "word", "lemma", "name"),
    [
        ("Dat zegt de Nationale ombudsman.", "Nationale", "nationaal", "Nationale ombudsman"),
        # a noun the tagger read as an adjective keeps its lemma: no noun after it joins the name
        (
            "Ook zet de Onderwijsinspectie vraagtekens.",
            "Onderwijsinspectie",
            "onderwijsinspectie",
            "Onderwijsinspectie",
        ),
    ],
)
def test_an_inflected_adjective_the_ner_took_for_a_name_takes_its_noun(
    nlp, text, word, lemma, name
):
    doc = nlp(text)
    for token in doc:
        token.pos_ = "NOUN" if token.i == doc[-2].i else "DET"
        if token.text == word:
            token.pos_, token.lemma_ = "ADJ", lemma
    start = text.index(word)
    doc.ents = [doc.char_span(start, start + len(word), label="ORG")]
    EntityResolver(nlp, "entities")(doc)
    assert [e["name"] for e in doc._.nieuwsnlp_entities] == [name]


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        (  # a coined name and a fort: two names, not one of two everyday nouns
            "Het ging over zaken als Chemo-Pak en Fort Oranje.",
            [("Chemo-Pak", "ORG"), ("Fort Oranje", "ORG")],
            {"Chemo-Pak", "Fort Oranje"},
        ),
        (  # an elided compound joins its second part
            "Inspecteurs van de Voedsel- en Warenautoriteit kwamen langs.",
            [("Voedsel-", "MISC"), ("Warenautoriteit", "LOC")],
            {"Voedsel- en Warenautoriteit"},
        ),
    ],
)
def test_only_everyday_nouns_coordinate_into_one_name(nlp, text, spans, names):
    assert set(resolve(nlp, text, spans)) == names


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # a car maker and a weather site the table knows, whatever the NER says
            "De verkopers van Mazda kijken eerst op Buienradar.",
            [("Mazda", "PER"), ("Buienradar", "LOC")],
            {"Mazda": "organization", "Buienradar": "organization"},
        ),
        (  # a wholesaler, a movement and a Greek club from the wider table of 2026-12-06
            "Bij Makro kocht Pegida vlaggen voor Olympiakos.",
            [("Makro", "PER"), ("Pegida", "PER"), ("Olympiakos", "PER")],
            {"Makro": "organization", "Pegida": "organization", "Olympiakos": "organization"},
        ),
        (  # ticket sellers and a lingerie chain
            "Kaartjes van Ticketmaster staan op Viagogo, de beha komt van Hunkemöller.",
            [("Ticketmaster", "PER"), ("Viagogo", "PER"), ("Hunkemöller", "PER")],
            {
                "Ticketmaster": "organization",
                "Viagogo": "organization",
                "Hunkemöller": "organization",
            },
        ),
        (  # a neighbourhood is a place
            "In de Oranjebuurt was het onrustig.",
            [("Oranjebuurt", "ORG")],
            {"Oranjebuurt": "place"},
        ),
        (  # a role compound before a name is a title, not a body
            "Ook Europees Commissievoorzitter Juncker kwam.",
            [("Europees Commissievoorzitter", "ORG"), ("Juncker", "PER")],
            {"Juncker": "person"},
        ),
    ],
)
def test_known_companies_neighbourhoods_and_titles(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # a preposition capitalised by mistake before a club makes no surname
            "In 1996 won Juventus de finale Van Ajax in Rome. Toen verloor Ajax vaker.",
            [("Juventus", "ORG"), ("Van Ajax", "PER"), ("Rome", "LOC"), ("Ajax", "ORG")],
            {"Juventus": "organization", "Ajax": "organization", "Rome": "place"},
        ),
        (  # a foundation named after a person, with or without the NER's help
            "Het geld komt van de Piet van Dongen-stichting in Zwolle.",
            [("Piet van Dongen-stichting", "MISC"), ("Zwolle", "LOC")],
            {"Piet van Dongen-stichting": "organization", "Zwolle": "place"},
        ),
        (
            "Het geld komt van de Piet van Dongen-stichting in Zwolle.",
            [("Zwolle", "LOC")],
            {"Piet van Dongen-stichting": "organization", "Zwolle": "place"},
        ),
        (  # a heading in capitals and a measure are no organisations
            "ZORGEN Zijn IQ was hoog, zegt de NOS.",
            [("ZORGEN", "ORG"), ("IQ", "ORG"), ("NOS", "ORG")],
            {"NOS": "organization"},
        ),
    ],
)
def test_names_that_only_look_like_people_or_acronyms(nlp, text, spans, expected):
    assert found_types(resolve(nlp, text, spans)) == expected


def test_two_unknown_capitals_are_no_organisation_unless_they_abbreviate_one(nlp):
    text = "Op de UP-site stond het. UP en CS zwegen. De conservatieve Volkspartij (PP) won."
    spans = [("UP", "ORG"), ("CS", "ORG"), ("Volkspartij", "ORG"), ("PP", "ORG")]
    assert found_types(resolve(nlp, text, spans)) == {
        "Volkspartij": "organization",
        "PP": "organization",
    }


@pytest.mark.parametrize("label", ["MISC", None])
def test_a_role_in_apposition_names_a_field_not_a_person(nlp, label):
    text = "Het is erg, zegt Remco Bakker, hoogleraar Koreastudies aan de Universiteit Leiden."
    spans = [("Remco Bakker", "PER"), ("Universiteit Leiden", "ORG")]
    if label:
        spans.insert(1, ("Koreastudies", label))
    found = resolve(nlp, text, spans)
    assert found_types(found) == {"Remco Bakker": "person", "Universiteit Leiden": "organization"}
    assert found["Remco Bakker"]["roles"] == ["hoogleraar"]


def test_a_surname_with_the_particle_t_stays_whole(nlp):
    text = "Dat zegt strafrechtadvocaat Joris van 't Hoff. Van 't Hoff lacht erom."
    found = resolve(nlp, text, [("Joris", "PER"), ("'t Hoff", "PER"), ("Van 't Hoff", "PER")])
    assert list(found) == ["Joris van 't Hoff"]
    assert len(found["Joris van 't Hoff"]["mentions"]) == 2


def test_a_compound_in_verkoper_or_lijsttrekker_is_a_role(nlp):
    text = "Dat meldt Autoverkoper Karel Smit. Ook Forumlijsttrekker Eva Bos zweeg."
    found = resolve(
        nlp, text, [("Autoverkoper Karel Smit", "PER"), ("Forumlijsttrekker Eva Bos", "PER")]
    )
    assert {name: e["roles"] for name, e in found.items()} == {
        "Karel Smit": ["Autoverkoper"],
        "Eva Bos": ["Forumlijsttrekker"],
    }


def test_a_surname_like_an_event_and_a_housing_corporation(nlp):
    text = (
        "Dat zegt woordvoerder Jolanda Zondag van woningcorporatie Talis. Op Koningsdag was het "
        "druk, zegt ook Zeynep Dag. De Leipziger Volkszeitung schreef het."
    )
    spans = [("Jolanda Zondag", "ORG"), ("Talis", "PER"), ("Koningsdag", "MISC")]
    spans += [("Zeynep Dag", "PER"), ("Leipziger", "MISC")]
    found = resolve(nlp, text, spans)
    assert found_types(found) == {
        "Jolanda Zondag": "person",
        "Talis": "organization",
        "Zeynep Dag": "person",
        "Leipziger Volkszeitung": "organization",
    }
    assert found["Jolanda Zondag"]["roles"] == ["woordvoerder"]


def test_the_home_country_wins_a_name_it_shares_with_places_abroad(nlp):
    text = "Na New York en Chicago speelt de band in Rotterdam en Soest."
    spans = [("New York", "LOC"), ("Chicago", "LOC"), ("Rotterdam", "LOC"), ("Soest", "LOC")]
    dutch = resolve(nlp, text, spans)
    assert dutch["Rotterdam"]["geonames_id"] == 2747891  # not the American town beside New York
    assert dutch["Soest"]["country"] == "NL"  # not Soest in Westphalia, a little larger
    flemish = resolve(nlp, "Het feest is in Putte.", [("Putte", "LOC")], home_country="BE")
    assert flemish["Putte"]["country"] == "BE"
    assert resolve(nlp, "Het feest is in Putte.", [("Putte", "LOC")])["Putte"]["country"] == "NL"
    abroad = resolve(nlp, text, spans, home_country=None)
    assert abroad["Rotterdam"]["country"] == "US"


def test_an_unlinked_place_lies_in_the_country_of_the_articles_places(nlp):
    text = (
        "De brand in de Kinkerstraat in Amsterdam trof ook de markt. In Amsterdam en Utrecht "
        "wordt gedemonstreerd, net als in Noord-Europa en in Parijs."
    )
    spans = [
        ("Kinkerstraat", "LOC"),
        ("Amsterdam", "LOC"),
        ("Amsterdam", "LOC"),
        ("Utrecht", "LOC"),
        ("Noord-Europa", "LOC"),
        ("Parijs", "LOC"),
    ]
    found = resolve(nlp, text, spans)
    street = found["Kinkerstraat"]
    assert (street["geonames_id"], street["canonical"], street["country"]) == (None, None, "NL")
    assert found["Noord-Europa"]["country"] is None  # a part of the world, not of one country
    alone = resolve(nlp, "Het gebeurde op de Vierbundersweg.", [("Vierbundersweg", "LOC")])
    assert alone["Vierbundersweg"]["country"] is None  # no linked place to tell


def test_a_kind_of_body_before_a_name_makes_it_one_even_with_a_first_name(nlp):
    text = "Het filiaal van erotiekketen Christine le Duc sluit. Ook projectontwikkelaar Fred Matser stopt."
    found = resolve(nlp, text, [("Christine le Duc", "PER"), ("Fred Matser", "PER")])
    assert found["Christine le Duc"]["type"] == "organization"
    assert found["Fred Matser"]["type"] == "person"  # a developer can be a person or a firm


def test_a_class_noun_chooses_among_places_of_one_name(nlp):
    text = (
        "Zij woont in de staat Georgia, hij in de provincie Groningen. Zij studeert in Groningen."
    )
    found = resolve(nlp, text, [("Georgia", "LOC"), ("Groningen", "LOC")])
    assert (found["Georgia"]["country"], found["Georgia"]["kind"]) == ("US", "state")
    assert found["Groningen"]["kind"] == "province"  # the class noun's, though the city is likelier
    plain = resolve(nlp, "Zij woont in Georgia.", [("Georgia", "LOC")])
    assert plain["Georgia"]["country"] == "GE"


def test_a_first_name_listed_with_people_is_a_person_not_a_town(nlp):
    text = "Bewoners Ron en Miranda Schell kochten het huis. Ingrid, Dick en Jos zijn blij."
    spans = [
        ("Ron", "LOC"),
        ("Miranda Schell", "PER"),
        ("Ingrid", "PER"),
        ("Dick", "LOC"),
        ("Jos", "LOC"),
    ]
    found = resolve(nlp, text, spans)
    assert found["Ron Schell"]["type"] == "person"  # the surname of the full name after en
    assert (found["Dick"]["type"], found["Jos"]["type"]) == ("person", "person")
    towns = resolve(
        nlp,
        "Ingrid woont in Breda en Venlo.",
        [("Ingrid", "PER"), ("Breda", "LOC"), ("Venlo", "LOC")],
    )
    assert towns["Breda"]["type"] == "place"  # listed with places, not people


def test_a_first_name_the_ner_left_in_another_span_joins_its_surname(nlp):
    text = "Het boek Oorlogsouders van Isabel van Boetzelaer verscheen. Toen klonk Billie Jean van Michael Jackson."
    spans = [
        ("Oorlogsouders van Isabel", "MISC"),
        ("Boetzelaer", "PER"),
        ("Billie Jean", "MISC"),
        ("Michael Jackson", "PER"),
    ]
    found = resolve(nlp, text, spans)
    assert "Isabel van Boetzelaer" in found
    assert "Jean van Michael Jackson" not in found  # a name with a first name takes none before it


def test_a_surname_ending_in_a_feature_word_stays_a_persons(nlp):
    text = "Dat zegt Tom van der Meer. Ze zeilden op het Hollands Diep."
    found = resolve(nlp, text, [("Tom van der Meer", "PER"), ("Hollands Diep", "LOC")])
    assert found["Tom van der Meer"]["type"] == "person"
    assert found["Hollands Diep"]["type"] == "place"


def test_an_organisation_label_does_not_make_a_title_or_a_known_place_a_body(nlp):
    text = "Ze won The Masters in Augusta en landde later op Schiphol bij Haarlemmermeer. The Guardian schreef erover."
    spans = [
        ("The Masters", "ORG"),
        ("Augusta", "LOC"),
        ("Schiphol", "ORG"),
        ("Haarlemmermeer", "ORG"),
        ("The Guardian", "ORG"),
    ]
    found = resolve(nlp, text, spans)
    assert "The Masters" not in found  # an English title the table does not know
    assert found["The Guardian"]["type"] == "organization"  # a newspaper the table knows
    assert (found["Schiphol"]["type"], found["Haarlemmermeer"]["type"]) == ("place", "place")


def test_a_lone_unknown_word_written_once_is_no_person(nlp):
    # a band and a firm the NER calls PER, each written once without a role
    text = "De concerten van Kordaatstra waren uitverkocht. Ook Brelinga zette een fonds op."
    found = resolve(nlp, text, [("Kordaatstra", "PER"), ("Brelinga", "PER")])
    assert not [name for name, kind in found_types(found).items() if kind == "person"]


@pytest.mark.parametrize(
    ("text", "spans", "person"),
    [
        # written twice
        (
            "Kordaatstra won. Daarna vierde Kordaatstra feest.",
            [("Kordaatstra", "PER")] * 2,
            "Kordaatstra",
        ),
        # a role before the name
        ("Dat zei trainer Kordaatstra gisteren.", [("Kordaatstra", "PER")], "Kordaatstra"),
        # a first name, a public figure and his possessive
        ("Daarna sprak Marieke met de pers.", [("Marieke", "PER")], "Marieke"),
        ("Het was een zege voor Rutte.", [("Rutte", "PER")], "Rutte"),
        ("Het was een zege voor Ruttes partij.", [("Ruttes", "PER")], "Rutte"),
        ("Het boek van Mulisch verscheen in 1982.", [("Mulisch", "PER")], "Mulisch"),
        # a person noun before the name or in apposition
        (
            "Het vermoorde meisje Kordaatstra werd herdacht.",
            [("Kordaatstra", "PER")],
            "Kordaatstra",
        ),
        (
            "Links zat Kordaatstra, de moeder van het slachtoffer.",
            [("Kordaatstra", "PER")],
            "Kordaatstra",
        ),
        # sports results and a body after the name
        (
            "Tennis: Kordaatstra (Gri/8) - Brelinga (Arg) 6-4 6-3.",
            [("Kordaatstra", "PER")],
            "Kordaatstra",
        ),
        ("Volgens Kordaatstra van de FNV is dat goed.", [("Kordaatstra", "PER")], "Kordaatstra"),
    ],
)
def test_a_lone_word_with_support_stays_a_person(nlp, text, spans, person):
    assert found_types(resolve(nlp, text, spans)).get(person) == "person"
