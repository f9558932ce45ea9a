"""The one place where a trained pipeline's NER labels become nieuwsnlp record types.

The embedded pipeline uses CoNLL-2002 labels (PER, LOC, ORG, MISC); ``nl_core_news_*`` uses OntoNotes
(PERSON, GPE, LOC, FAC, ORG, NORP, ...). Records never depend on which one ran.
"""

from typing import Literal

EntityType = Literal["person", "organization", "place"]

#: The letter that opens a record's id (``p1``, ``o2``, ``l3``), in articles and across a corpus.
ID_PREFIXES: dict[EntityType, str] = {"person": "p", "organization": "o", "place": "l"}

LABEL_TO_TYPE: dict[str, EntityType] = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "place",
    "GPE": "place",
    "FAC": "place",
}


def entity_type(label: str) -> EntityType | None:
    """Record type for an NER label, or None for labels we do not turn into records (MISC, NORP …)."""
    return LABEL_TO_TYPE.get(label)
