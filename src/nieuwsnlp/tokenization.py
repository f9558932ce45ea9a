"""Tokenizer and sentence rules for Dutch news, applied to any Dutch spaCy pipeline.

Dutch papers open quotes with ``,,`` and close them with ``''`` or ``’’``; spaCy's Dutch tokenizer
keeps ``,,`` as one token only at a word start and marks neither ``,,`` nor ``’’`` as a quote. Here every
quote mark becomes its own token with ``is_quote`` set, wherever it stands, while ``'s``, ``zo'n``,
``auto's``, ``150.000``, ``5,3`` and ``Navo-chef`` stay whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from spacy.attrs import IS_QUOTE
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

QUOTE_MARKS = (",,", "''", "’’", "„", "‚", "“", "”", "‘", "’", "'", '"', "«", "»", "‹", "›")
OPENING_QUOTES = frozenset({",,", "„", "‚", "“", "‘", "«", "‹"})
#: An apostrophe that starts a clitic ('s, 't, 'n, 'k, 'm) is not a quote mark.
APOSTROPHE_PREFIX = r"'(?![stnkmSTNKM]\b)"
NEWS_PREFIXES = (",,", "„", "‚")
NEWS_SUFFIXES = ("''", "’’", ",,")
#: ``,,`` glued to a word; ``:`` before an opening mark; a comma between a word and a number with the
#: space left out (``(Trouw,16 maart)``), which a decimal comma (``5,3``) never is.
NEWS_INFIXES = (
    r",,(?=\S)",
    r"(?<=[^\s,]),,",
    r"(?<=\w)[:;](?=,,|„|“)",
    r"(?<=[^\W\d_]),(?=\d)",
)
SENTENCE_END = frozenset({".", "!", "?", "…", "''", "’’", "”", '"'})


def customize_tokenizer(nlp: Language) -> None:
    """Adapt ``nlp``'s tokenizer to Dutch news quote marks (idempotent)."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    prefixes = [p for p in nlp.Defaults.prefixes or () if p not in ("\\'", "'")]
    tokenizer.prefix_search = compile_prefix_regex(
        [*NEWS_PREFIXES, APOSTROPHE_PREFIX, *prefixes]
    ).search
    tokenizer.suffix_search = compile_suffix_regex(
        [*NEWS_SUFFIXES, *(nlp.Defaults.suffixes or ())]
    ).search
    tokenizer.infix_finditer = compile_infix_regex(
        [*NEWS_INFIXES, *(nlp.Defaults.infixes or ())]
    ).finditer
    mark_quotes(nlp)


def mark_quotes(nlp: Language) -> None:
    """Give every quote mark ``is_quote``, for lexemes that exist now and those made later."""
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]  # missing from spaCy's stubs
    default = getters.get(IS_QUOTE)
    if getattr(default, "nieuwsnlp", False):
        return

    def is_quote(text: str) -> bool:
        return text in QUOTE_MARKS or bool(default and default(text))

    is_quote.nieuwsnlp = True  # type: ignore[attr-defined]
    getters[IS_QUOTE] = is_quote
    for mark in QUOTE_MARKS:
        nlp.vocab[mark].is_quote = True


@registry.callbacks("nieuwsnlp.mark_quotes.v1")
def mark_quotes_after_creation() -> Callable[[Language], Language]:
    """``[nlp.after_creation]`` callback so a saved pipeline marks quotes when spaCy loads it."""

    def callback(nlp: Language) -> Language:
        mark_quotes(nlp)
        return nlp

    return callback


@Language.factory("nieuwsnlp_quote_sentences")
class QuoteSentences:
    """Sentence starts the parser gets wrong in news: paragraphs and opening quote marks.

    Runs before the parser (which respects preset boundaries) or after a sentencizer. A paragraph
    break starts a sentence; an opening quote mark right after a sentence end starts the new
    sentence, and the word it opens does not.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space and "\n" in previous.text and not token.is_space:
                token.is_sent_start = True
            elif (
                token.text in OPENING_QUOTES
                and previous.text in SENTENCE_END
                and token.i + 1 < len(doc)
            ):
                token.is_sent_start = True
                doc[token.i + 1].is_sent_start = False
        return doc
