import pytest
import spacy

from nieuwsnlp.tokenization import customize_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    customize_tokenizer(nlp)  # idempotent
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nieuwsnlp_quote_sentences")
    return nlp


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (",,Dat klopt niet'', zei hij.", [",,", "''"]),
        (",,Maar het valt’’, zo voegde hij eraan toe.", [",,", "’’"]),
        (",,Einde van de zaak.”", [",,", "”"]),
        ("Hij zei:,,Dat klopt.''", [",,", "''"]),
        ("„Wij gaan door”, zei ze.", ["„", "”"]),
        ("“Echt?” vroeg hij.", ["“", "”"]),
        ('Ze riep "stop" en liep weg.', ['"', '"']),
        ("Het kan ‘de komende dagen’ vallen.", ["‘", "’"]),
        ("Hij noemt het 'veel te duur'.", ["'", "'"]),
        ("«Bonjour», zei de Fransman.", ["«", "»"]),
    ],
)
def test_every_quote_mark_is_a_separate_quote_token(nlp, text, quotes):
    assert [t.text for t in nlp(text) if t.is_quote] == quotes


@pytest.mark.parametrize(
    "word",
    ["150.000", "5,3", "1.000.000", "Navo-chef", "zo'n", "auto's", "'s-Hertogenbosch", "m'n", "'t"],
)
def test_numbers_compounds_and_clitics_stay_whole(nlp, word):
    doc = nlp(f"Er waren {word} in het verhaal.")
    assert word in [t.text for t in doc]
    assert not any(t.is_quote for t in doc)


def test_a_comma_glued_between_a_word_and_a_number_splits(nlp):
    # (Trouw,16 maart): the space after the comma left out; a decimal comma (5,3) stays whole
    assert [t.text for t in nlp("Zie (Trouw,16 maart) voor 5,3 euro.")] == [
        "Zie", "(", "Trouw", ",", "16", "maart", ")", "voor", "5,3", "euro", ".",
    ]  # fmt: skip


def test_opening_quote_stays_with_its_sentence(nlp):
    doc = nlp("Hij wil de stad veroveren. ,,Dit is geen keerpunt. Het gaat door.''")
    sentences = [sentence.text for sentence in doc.sents]
    assert sentences[1].startswith(",,Dit is geen keerpunt.")
    assert sentences[0] == "Hij wil de stad veroveren."
