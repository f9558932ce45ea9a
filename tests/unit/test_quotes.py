"""Quote finding and speaker resolution on a blank pipeline with hand-set entities."""

import json
from pathlib import Path

import pytest
import spacy

from nieuwsnlp.quotes import QuoteExtractor, _can_speak, speech_lexicon
from nieuwsnlp.tokenization import customize_tokenizer

CASES = json.loads((Path(__file__).parent / "cases" / "quotes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nieuwsnlp_quote_sentences")
    return nlp


def _entity(text, number, kind, name, first_only=False):
    """Every occurrence of the name's last word (extended to the full name where it is written)."""
    surname = name.split()[-1]
    mentions, start = [], 0
    while (found := text.find(surname, start)) != -1:
        full = text.rfind(name, 0, found + len(surname))
        begin = full if full != -1 and full + len(name) == found + len(surname) else found
        mentions.append([begin, found + len(surname)])
        start = found + len(surname)
    mentions = mentions[:1] if first_only else mentions
    return {
        "id": f"{kind[0]}{number}",
        "type": kind,
        "name": name,
        "mentions": mentions,
        "roles": [],
    }


def run(nlp, text, people=(), organizations=(), first_only=False):
    """Quotes of ``text``; ``people`` and ``organizations`` are names set as entities (every
    occurrence, or only the first with ``first_only``)."""
    doc = nlp(text)
    doc._.nieuwsnlp_entities = [
        _entity(text, n, "person", name, first_only) for n, name in enumerate(people, start=1)
    ] + [
        _entity(text, n, "organization", name, first_only)
        for n, name in enumerate(organizations, start=1)
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    return [
        {
            "text": text[q["start"] : q["end"]],
            "kind": q["kind"],
            "cue": q["cue"],
            "speaker": q["speaker"]["name"] if q["speaker"] else None,
        }
        for q in doc._.nieuwsnlp_quotes
    ]


def test_lexicon_has_at_least_100_verbs_and_cues():
    forms, separable = speech_lexicon()
    lemmas = set(forms.values()) | {lemma for pairs in separable.values() for lemma, _ in pairs}
    assert len(lemmas) >= 100
    assert separable["voegde"] == (("toevoegen", "toe"),)
    assert {"voorstellen", "vaststellen"} <= {lemma for lemma, _ in separable["stelde"]}
    # the plural present of a separable verb: ``De boeren geven aan dat``
    assert ("aangeven", "aan") in separable["geven"] and ("oproepen", "op") in separable["roepen"]
    assert "stemmen" not in separable  # ``waren stemmen nodig … in de wacht``: a noun, mostly


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quote_cases(nlp, case):
    quotes = run(
        nlp,
        case["text"],
        case.get("people", []),
        case.get("organizations", []),
        case.get("first_only", False),
    )
    for expected in case["quotes"]:
        assert any(all(q[key] == value for key, value in expected.items()) for q in quotes), quotes
    assert len(quotes) == case.get("count", len(quotes))


def test_unbalanced_marks_never_abort(nlp):
    for text in [",,Nooit gesloten", "Een '' losse afsluiter.", "„Half”” en ‘dubbel’’ fout.", "'"]:
        run(nlp, text)


def test_a_titled_name_speaks_though_a_place_has_its_first_name(nlp):
    """``Kamerlid Lima X``: a title before the name makes it a person, whatever the gazetteer
    found at its first word (``de burgemeester van Lima`` would be the noun's)."""
    text = "Volgens wethouder Lima Verhoef is het plan veel te duur."
    doc = nlp(text)
    start = text.index("Lima")
    doc._.nieuwsnlp_entities = [
        {"id": "l1", "type": "place", "name": "Lima", "mentions": [[start, start + 4]], "roles": []}
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    (quote,) = doc._.nieuwsnlp_quotes
    assert quote["speaker"]["name"] == "Lima Verhoef"


def test_a_separable_speech_verb_the_tagger_missed_is_still_a_cue(nlp):
    """``'', vat X de reis samen``: a stem tagged as an adjective or noun is a verb when its
    particle closes the clause."""
    text = '"Per trein en te voet", vat advocaat Pel de tocht samen.'
    doc = nlp(text)
    verb = next(token for token in doc if token.text == "vat")
    verb.pos_ = "ADJ"
    assert QuoteExtractor(nlp, "quotes")._cue(verb) == "samenvatten"


def test_a_plural_pronoun_finds_its_group_where_the_parser_made_the_article_the_subject(nlp):
    """``De/DET demonstranten/VERB waren …``: the noun after a determiner subject is the group a
    later plural ``ze`` stands for, whatever the tagger called it."""
    text = "De demonstranten waren boos. Ze wilden niet weg, riepen ze."
    doc = nlp(text)
    article, noun = doc[0], doc[1]
    article.pos_, article.dep_, noun.pos_ = "DET", "nsubj", "VERB"
    for token in doc:
        if token.text in ("waren", "wilden", "riepen"):
            token.set_morph("VerbForm=Fin|Number=Plur")
    doc._.nieuwsnlp_entities = []
    QuoteExtractor(nlp, "quotes")(doc)
    (quote,) = doc._.nieuwsnlp_quotes
    assert quote["speaker"]["name"] == "demonstranten"


def test_an_inverted_verb_attributes_though_the_name_swallowed_the_full_stop(nlp):
    """``,,…'', glimlacht Van Os.``: the short inverted clause ends its sentence even where the
    tokenizer kept the full stop on the name."""
    text = "Piet Smit kwam langs. ,,Het was een mooie tijd'', glimlacht Van Os. Ook de kinderen."
    doc = nlp(text)
    assert any(token.text == "Os." for token in doc)
    next(token for token in doc if token.text == "glimlacht").pos_ = "VERB"
    start = text.index("Van Os")
    doc._.nieuwsnlp_entities = [
        {"id": "p1", "type": "person", "name": "Corrie van Os", "mentions": [[start, start + 6]]},
        {"id": "p2", "type": "person", "name": "Piet Smit", "mentions": [[0, 9]]},
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    (quote,) = doc._.nieuwsnlp_quotes
    assert quote["speaker"]["name"] == "Corrie van Os"


def test_a_plural_people_is_a_group_not_the_person_named_before(nlp):
    """``de Belg`` stands for the person last named; ``de Koerden`` (a plural) for themselves."""
    text = "Minister Jan Smit bezocht het kamp. De Koerden zeggen dat de hulp te laat komt."
    doc = nlp(text)
    next(token for token in doc if token.text == "Koerden").set_morph("Number=Plur")
    start = text.index("Jan Smit")
    doc._.nieuwsnlp_entities = [
        {"id": "p1", "type": "person", "name": "Jan Smit", "mentions": [[start, start + 8]]}
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    (quote,) = doc._.nieuwsnlp_quotes
    assert quote["speaker"]["name"] == "Koerden"


def test_a_capitalised_word_the_tagger_read_as_a_verb_stays_in_the_source(nlp):
    """``Volgens de Verenigde/VERB Naties zitten …``: a capitalised word inside the phrase after
    ``volgens`` is part of a name, not the verb that ends the phrase."""
    text = "Volgens de Verenigde Naties zitten er duizenden mensen vast."
    doc = nlp(text)
    for token in doc:
        if token.text in ("Verenigde", "zitten"):
            token.pos_ = "VERB"
    start = text.index("Verenigde")
    doc._.nieuwsnlp_entities = [
        {
            "id": "o1",
            "type": "organization",
            "name": "Verenigde Naties",
            "mentions": [[start, start + 16]],
        }
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    (quote,) = doc._.nieuwsnlp_quotes
    assert quote["speaker"]["name"] == "Verenigde Naties"
    assert text[quote["start"] : quote["end"]] == "zitten er duizenden mensen vast"


def test_full_name_of_a_person_found_by_surname_only(nlp):
    """The recogniser found ``Brink`` but missed ``Kees Brink``: the full name is a mention of him too,
    so the colon after it introduces him, not the organisation named after him."""
    text = (
        "Woordvoerder Kees Brink van de Fietsersbond: ,,Er rijden steeds meer busjes.'' Dat is duur, "
        "aldus Brink."
    )
    doc = nlp(text)
    bond, brink = text.index("Fietsersbond"), text.rindex("Brink")
    doc._.nieuwsnlp_entities = [
        {"id": "p1", "type": "person", "name": "Brink", "mentions": [[brink, brink + 5]]},
        {
            "id": "o1",
            "type": "organization",
            "name": "Fietsersbond",
            "mentions": [[bond, bond + 12]],
        },
    ]
    QuoteExtractor(nlp, "quotes")(doc)
    speakers = {text[q["start"] : q["end"]]: q["speaker"]["name"] for q in doc._.nieuwsnlp_quotes}
    assert speakers["Er rijden steeds meer busjes."] == "Brink"


@pytest.mark.parametrize(
    ("dat_dep", "clause_dep", "reported"), [("obj", "acl:relcl", False), ("mark", "ccomp", True)]
)
def test_a_relative_dat_after_its_noun_opens_no_reported_clause(nlp, dat_dep, clause_dep, reported):
    """``noemt zich X, een begrip dat wij niet kenden``: where the parse makes ``dat`` the pronoun
    of a relative clause on the noun before it, the speech verb reports nothing; read as a
    complementiser, the same words are a reported clause."""
    text = "De burgemeester noemt zich wereldburger, een begrip dat wij hier nog niet kenden."
    doc = nlp(text)
    tokens = {token.text: token for token in doc}
    noun, dat, verb = tokens["begrip"], tokens["dat"], tokens["kenden"]
    noun.pos_ = "NOUN"
    dat.dep_, dat.head = dat_dep, verb
    verb.dep_ = clause_dep
    verb.head = noun if clause_dep == "acl:relcl" else tokens["noemt"]
    doc._.nieuwsnlp_entities = []
    QuoteExtractor(nlp, "quotes")(doc)
    found = [quote for quote in doc._.nieuwsnlp_quotes if quote["kind"] == "indirect"]
    assert bool(found) is reported


@pytest.mark.parametrize(
    ("word", "speaks"),
    [
        *(
            (word, True)
            for word in ("werkgever", "ondervraagden", "persbureaus", "leraren", "vonnis")
        ),
        *((word, True) for word in ("boerin", "jury", "omwonenden", "psychiater", "activiste")),
        *((word, True) for word in ("piloten", "mensen", "achterban")),
        *((word, False) for word in ("naam", "sancties", "opening", "borst", "brutolonen")),
    ],
)
def test_people_groups_bodies_and_documents_speak_things_do_not(word, speaks):
    assert _can_speak(word) is speaks
