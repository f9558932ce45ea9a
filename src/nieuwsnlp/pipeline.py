"""Pipeline resolution in one place: which spaCy pipeline runs, and our components on top of it.

Order: an explicit name or path (argument, else ``NIEUWSNLP_MODEL``) → ``nl_core_news_lg`` → ``_md`` →
``_sm`` when installed → the pipeline embedded in this package → ``spacy.blank("nl")`` with a
sentencizer. Nothing here touches the network.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import is_package

from nieuwsnlp import claims, entities, quotes  # noqa: F401  (they register their factories)
from nieuwsnlp.tokenization import customize_tokenizer

logger = logging.getLogger("nieuwsnlp")

EMBEDDED_MODEL = Path(__file__).parent / "model"
PREFERRED_PACKAGES = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
BLANK = "blank:nl"
#: Our components, in pipeline order, appended after the trained ones.
COMPONENTS: tuple[str, ...] = ("nieuwsnlp_entities", "nieuwsnlp_quotes", "nieuwsnlp_claims")


def resolve_model(model: str | Path | None = None) -> str:
    """The name or path of the pipeline ``load_pipeline`` would load (``"blank:nl"`` as last resort)."""
    explicit = model or os.environ.get("NIEUWSNLP_MODEL")
    if explicit:
        return str(explicit)
    for package in PREFERRED_PACKAGES:
        if is_package(package):
            return package
    if (EMBEDDED_MODEL / "config.cfg").exists():
        return str(EMBEDDED_MODEL)
    return BLANK


def load_pipeline(model: str | Path | None = None) -> Language:
    """Load the resolved spaCy pipeline with nieuwsnlp's components added.

    Raises ``OSError`` with the name when an explicitly requested pipeline cannot be found.
    """
    name = resolve_model(model)
    nlp = spacy.blank("nl") if name == BLANK else spacy.load(name)
    customize_tokenizer(nlp)
    _add_sentence_rules(nlp)
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    logger.info("nieuwsnlp runs pipeline %s (%s)", pipeline_name(nlp), name)
    return nlp


def _add_sentence_rules(nlp: Language) -> None:
    """Punctuation and news quote rules set sentence starts; a parser after them respects them."""
    if "nieuwsnlp_quote_sentences" in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="parser", name="nieuwsnlp_sentencizer")
        nlp.add_pipe("nieuwsnlp_quote_sentences", before="parser")
    else:
        if "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("nieuwsnlp_quote_sentences", after="sentencizer")


def pipeline_name(nlp: Language) -> str:
    """``lang_name`` as spaCy packages call themselves; ``blank:nl`` for a pipeline without a model."""
    if not nlp.meta.get("name") or nlp.meta.get("name") == "pipeline":
        return BLANK
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"
