"""The name-list features of the embedded NER: flags per word, kept inside the saved model."""

import json

import numpy
import spacy
from spacy.training import Example

from nieuwsnlp.ner_features import FLAGS

TABLE = {"Moshe": 1, "Katsav": 2, "Hasselt": 4, "Likoed": 16 | 32}
WIDTH = 32


def _nlp(table_path):
    nlp = spacy.blank("nl")
    nlp.add_pipe(
        "tok2vec",
        config={
            "model": {
                "@architectures": "spacy.HashEmbedCNN.v2",
                "width": WIDTH,
                "depth": 1,
                "embed_size": 500,
                "window_size": 1,
                "maxout_pieces": 2,
                "subword_features": True,
                "pretrained_vectors": None,
            }
        },
    )
    nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "hidden_width": 16,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {
                    "@architectures": "nieuwsnlp.NameListFeatures.v1",
                    "table_path": str(table_path),
                    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": WIDTH},
                },
            }
        },
    )
    return nlp


def _features(nlp):
    return next(
        node for node in nlp.get_pipe("ner").model.walk() if node.name == "name_list_features"
    )


def test_each_word_gets_its_flags_after_the_tok2vec_columns(tmp_path):
    path = tmp_path / "lists.json"
    path.write_text(json.dumps(TABLE))
    nlp = _nlp(path)
    doc = nlp.make_doc("Moshe Katsav van de Likoed sprak in Hasselt .")
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": ["B-PER", "L-PER"] + ["O"] * 7})])
    features = _features(nlp)
    (vectors,) = features.predict([nlp.get_pipe("tok2vec")(doc)])
    flags = vectors[:, WIDTH:]
    assert flags.shape == (len(doc), len(FLAGS))
    assert flags[0].tolist() == [1, 0, 0, 0, 0, 0]  # Moshe: first name
    assert flags[1].tolist() == [0, 1, 0, 0, 0, 0]  # Katsav: surname
    assert flags[4].tolist() == [0, 0, 0, 0, 1, 1]  # Likoed: organisation and part of one
    assert flags[7].tolist() == [0, 0, 1, 0, 0, 0]  # Hasselt: place
    assert not numpy.any(flags[[2, 3, 5, 6, 8]])


def test_the_table_travels_with_the_saved_pipeline(tmp_path):
    path = tmp_path / "lists.json"
    path.write_text(json.dumps(TABLE))
    nlp = _nlp(path)
    doc = nlp.make_doc("Moshe Katsav sprak .")
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": ["B-PER", "L-PER", "O", "O"]})])
    nlp.to_disk(tmp_path / "pipeline")
    path.unlink()  # the training-time list is gone; the model must not need it
    loaded = spacy.load(tmp_path / "pipeline")
    assert _features(loaded).attrs["table"] == TABLE
    text = "Moshe Katsav sprak in Hasselt met de Likoed ."
    assert _ents(loaded(text)) == _ents(nlp(text))


def _ents(doc):
    return [(ent.start, ent.end, ent.label_) for ent in doc.ents]
