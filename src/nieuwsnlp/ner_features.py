"""Name-list features for the embedded NER: is this word a known first name, surname, place or
organisation word?

Most errors of a NER trained on 200,000 words are type confusions on names it never saw (a found name
typed ORG instead of PER). Lists of first names, surnames, GeoNames places and well-known
organisations tell it what its training data cannot. The lists are built at training time
(``training/build.py``) and stored inside the trained model, so the shipped pipeline needs no data file.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d

#: One flag each; a word can carry several (``Lima``: first name and city).
FLAGS = ("first_name", "surname", "place", "place_part", "organization", "organization_part")


@registry.architectures("nieuwsnlp.NameListFeatures.v1")
def name_list_features(
    tok2vec: Model[list[Doc], list[Floats2d]], table_path: str | None = None
) -> Model[list[Doc], list[Floats2d]]:
    """``tok2vec``'s vectors with one 0/1 column per flag appended.

    ``table_path`` (JSON: word → bitmask of ``FLAGS``) is read once when the model is initialised for
    training; the table is then part of the model's saved state.
    """
    return Model(
        "name_list_features",
        _forward,
        init=_init,
        layers=[tok2vec],
        dims={"nO": tok2vec.get_dim("nO") + len(FLAGS) if tok2vec.has_dim("nO") else None},
        attrs={"table": {}, "table_path": table_path},
    )


def _flag_rows() -> numpy.ndarray:
    """Row ``b`` holds the 0/1 flags of bitmask ``b``."""
    masks = numpy.arange(2 ** len(FLAGS))[:, None]
    return ((masks >> numpy.arange(len(FLAGS))) & 1).astype("float32")


FLAG_ROWS = _flag_rows()


def _init(model: Model, X: list[Doc] | None = None, Y: object = None) -> None:
    tok2vec = model.layers[0]
    tok2vec.initialize(X=X)
    model.set_dim("nO", tok2vec.get_dim("nO") + len(FLAGS))
    if not model.attrs["table"] and model.attrs["table_path"]:
        import json

        with open(model.attrs["table_path"], encoding="utf-8") as handle:
            model.attrs["table"] = json.load(handle)


def _forward(
    model: Model, docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list]]:
    vectors, backprop_tok2vec = model.layers[0](docs, is_train)
    table = model.attrs["table"]
    width = vectors[0].shape[1] if vectors else 0
    outputs = []
    for doc, doc_vectors in zip(docs, vectors, strict=True):
        masks = numpy.fromiter((table.get(token.text, 0) for token in doc), "int32", len(doc))
        flags = model.ops.asarray2f(FLAG_ROWS[masks])
        outputs.append(model.ops.xp.hstack((doc_vectors, flags)))

    def backprop(d_outputs: list[Floats2d]) -> list:
        return backprop_tok2vec([model.ops.as_contig(d[:, :width]) for d in d_outputs])

    return outputs, backprop
