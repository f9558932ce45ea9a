"""Numeric claims: every quantity in an article with its value, unit, qualifier, subject and source.

Numbers come from ``nieuwsnlp.numbers`` (text-level, fast); the Doc supplies what the number counts
(the noun after it, skipping adjectives), what it is about (a parenthesised host such as
``Kramatorsk (… 150.000 inwoners)``, a ratio's ``voor elke …``, else the nearest named entity or the
sentence's subject) and who says it (the speaker of an enclosing quote, or ``volgens X`` / ``aldus X``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nieuwsnlp.numbers import find_numbers

EXTENSION = "nieuwsnlp_claims"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

CURRENCY_BEFORE = {"€": "EUR", "$": "USD", "£": "GBP"}
#: Written unit → unit code. Counted nouns that are not here keep their own form.
UNITS = {
    "euro": "EUR",
    "euro's": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "$": "USD",
    "pond": "GBP",
    "£": "GBP",
    "roebel": "RUB",
    "roebels": "RUB",
    "yen": "JPY",
    "frank": "CHF",
    "procent": "percent",
    "%": "percent",
    "pct": "percent",
    "procentpunt": "percentage point",
    "procentpunten": "percentage point",
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "meter": "m",
    "m": "m",
    "cm": "cm",
    "centimeter": "cm",
    "mm": "mm",
    "millimeter": "mm",
    "kilo": "kg",
    "kilogram": "kg",
    "kg": "kg",
    "gram": "g",
    "ton": "ton",
    "liter": "l",
    "l": "l",
    "graden": "degrees",
    "graad": "degrees",
    "°c": "degrees",
    "°": "degrees",
    "hectare": "ha",
    "ha": "ha",
    "m2": "m2",
    "m²": "m2",
    "vierkante": "m2",
    "km/u": "km/h",
    "kilometer per uur": "km/h",
    "jaar": "jaar",
    "jaren": "jaar",
    "maanden": "maanden",
    "maand": "maanden",
    "weken": "weken",
    "week": "weken",
    "dagen": "dagen",
    "dag": "dagen",
    "uur": "uur",
    "uren": "uur",
    "minuten": "minuten",
    "minuut": "minuten",
    "seconden": "seconden",
    "megawatt": "MW",
    "mw": "MW",
    "kwh": "kWh",
    "gigawatt": "GW",
}
#: A number word with ``-jarig`` glued on: an age or a duration in years.
AGED_WORD = re.compile(r"[a-zë]jarige?$", re.IGNORECASE)
#: ``een jaar of acht``: a counted noun before the number, "or so".
ROUGHLY_BEFORE = re.compile(r"\been\s+([a-zë]+)\s+of\s+$", re.IGNORECASE)
CURRENCIES = frozenset({"EUR", "USD", "GBP"})
#: An amount in millions or billions without a unit is in the currency of an amount shortly before.
SCALE_ONLY = re.compile(r"(?:miljoen|miljard|mln|mld)$", re.IGNORECASE)
CURRENCY_REACH = 400
#: What joins the numbers of labels: ``Borssele 1 en 2``, ``Borssele 1 tot en met 4``.
LABEL_JOIN = re.compile(r"\s*(?:,|en|of|tot en met|t/m|-)\s*")
#: What joins numbers that share the unit of the last one.
LIST_JOIN = re.compile(r"\s*(?:,|en|of|à)\s*|\s+(?:en|of)\s+")
SKIPPABLE = frozenset({"ADJ", "NUM", "ADV"})
#: Words that open a time adverbial after a number: ``naar 1409 vorig jaar``.
TIME_DEICTICS = frozenset({"vorig", "vorige", "afgelopen", "komend", "komende", "volgend", "dit"})
FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "van",
        "in",
        "op",
        "aan",
        "te",
        "en",
        "of",
        "voor",
        "met",
        "door",
        "bij",
        "uit",
        "over",
        "naar",
        "om",
        "tot",
        "als",
        "dan",
        "dat",
        "die",
        "is",
        "zijn",
        "was",
        "waren",
        "werd",
        "worden",
        "wordt",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "zal",
        "zou",
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "niet",
        "ook",
        "nog",
        "al",
        "er",
        "wel",
        "zo",
        "meer",
        "minder",
        "per",
        "elke",
        "ieder",
    ]
)


@Language.factory("nieuwsnlp_claims")
class ClaimExtractor:
    """Turn the numbers of an article into claim records (``doc._.nieuwsnlp_claims``)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        starts = doc.to_array("IDX").tolist()  # token offsets, without building Token objects
        quotes = doc._.get("nieuwsnlp_quotes") if Doc.has_extension("nieuwsnlp_quotes") else None
        entities = (
            doc._.get("nieuwsnlp_entities") if Doc.has_extension("nieuwsnlp_entities") else None
        )
        mentions = sorted(
            (start, end, entity["name"])
            for entity in entities or []
            for start, end in entity["mentions"]
        )
        place_starts = {
            start
            for entity in entities or []
            if entity["type"] == "place"
            for start, _ in entity["mentions"]
        }
        claims: list[dict[str, Any]] = []
        label_end = -1
        for number in find_numbers(text):
            first = max(0, bisect.bisect_right(starts, number.start) - 1)
            last = max(first, bisect.bisect_left(starts, number.end) - 1)
            if any(mention[0] <= number.start < mention[1] for mention in mentions):
                continue  # part of a name: D66, Formule 1
            if number.end + 1 in place_starts and text[number.end] == " ":
                continue  # an address: Klokgebouw 300 Eindhoven
            if (
                first > 0
                and doc[first - 1].pos_ == "PROPN"
                and doc[first - 1].i == first - 1
                and (last + 1 >= len(doc) or doc[last + 1].pos_ not in ("NOUN", "SYM"))
                and not _unit_follows(text, number.end)
            ) or LABEL_JOIN.fullmatch(text[label_end : number.start]):
                label_end = number.end
                continue  # a label: Windows 10, Formule 1, Borssele 1 en 2
            unit, end = (
                (None, number.end)
                if number.qualifier == "score"
                else self._unit(doc, text, number.start, number.end, last)
            )
            sentence = doc[first].sent
            claims.append(
                {
                    "start": number.start - _currency_before(text, number.start),
                    "end": end,
                    "value": number.value,
                    "low": number.low,
                    "high": number.high,
                    "unit": unit,
                    "qualifier": number.qualifier,
                    "subject": self._subject(doc, text, number.start, sentence, mentions),
                    "source": self._source(text, number.start, sentence, quotes),
                    "sentence_start": sentence.start_char,
                    "sentence_end": sentence.end_char,
                }
            )
        for earlier, claim in itertools.pairwise(claims):
            if (
                claim["unit"] is None
                and earlier["unit"] in CURRENCIES
                and claim["start"] - earlier["end"] < CURRENCY_REACH
                and SCALE_ONLY.search(text[claim["start"] : claim["end"]])
            ):
                claim["unit"] = earlier["unit"]  # 16 miljoen euro op een budget van 3,6 miljard
        for claim, following in reversed(list(itertools.pairwise(claims))):
            between = text[claim["end"] : following["start"]]
            if claim["unit"] is None and following["unit"] and LIST_JOIN.fullmatch(between):
                claim["unit"] = following["unit"]  # zoons van 2, 4 en 8 jaar; zeven, acht zetels
        doc._.set(EXTENSION, claims)
        return doc

    def _unit(self, doc: Doc, text: str, start: int, end: int, last: int) -> tuple[str | None, int]:
        """Unit code or counted noun, and the claim's end (after the unit word)."""
        symbol = _currency_before(text, start)
        if symbol:
            return CURRENCY_BEFORE[text[start - symbol]], end
        attached = re.match(r"\s?(%|°C|°|m²|km/u)", text[end:])
        if attached:
            return UNITS[attached.group(1).casefold()], end + attached.end()
        aged = re.match(r"-jarig(?:e|en)?\b", text[end:])
        if aged:
            return "jaar", end + aged.end()  # een 66-jarige, de 100-jarige partij
        if AGED_WORD.search(text[start:end]):
            return "jaar", end  # het zesjarig bestaan
        about = ROUGHLY_BEFORE.search(text[max(0, start - 30) : start])
        if about:
            noun = about.group(1)
            return UNITS.get(noun.casefold(), noun), end  # een jaar of acht, een man of twintig
        tagged = doc.has_annotation("POS")
        for token in doc[last + 1 : last + 4]:
            lower = token.lower_
            if token.is_space or token.is_punct or lower in TIME_DEICTICS:
                break  # naar 1409 vorig jaar: a time after the number, not its unit
            if lower in UNITS:
                return UNITS[lower], token.idx + len(token)
            if tagged and token.i == last + 1 and _nominal_plural(token):
                return token.text, token.idx + len(token)  # drie doden, twee verdachten
            if tagged and token.pos_ in SKIPPABLE and not token.text[:1].isupper():
                continue
            if _attributive(token, tagged):
                continue  # 102.000 [Nederlandse] Joden, honderden [stilvallende] treinen
            if (
                not tagged
                and token.is_lower
                and lower.endswith("e")
                and token.i + 1 < len(doc)
                and (doc[token.i + 1].is_alpha and doc[token.i + 1].lower_ not in FUNCTION_WORDS)
            ):
                continue  # an inflected adjective: 230 [nieuwe] winkels
            if (
                token.is_alpha
                and lower not in FUNCTION_WORDS
                and (not tagged or token.pos_ in ("NOUN", "PROPN", "X"))
            ):
                return token.text, token.idx + len(token)
            break
        return None, end

    @staticmethod
    def _subject(doc: Doc, text: str, start: int, sentence: Any, mentions: list) -> str | None:
        """What the quantity is about."""
        opening = text.rfind("(", sentence.start_char, start)
        if opening != -1 and ")" not in text[opening:start]:
            host = [m for m in mentions if m[1] <= opening and m[1] >= opening - 2]
            if host:
                return host[-1][2]
            word = re.search(r"([\w-]+)\s*$", text[sentence.start_char : opening])
            if word:
                return word.group(1)
        ratio = re.search(
            r"\b(?:voor\s+)?(?:elke|ieder(?:e)?|per)\s+([\w\s-]+?)\s*$",
            text[sentence.start_char : start],
        )
        if ratio:
            return ratio.group(0).strip()
        before = [m for m in mentions if sentence.start_char <= m[0] and m[1] <= start]
        if before:
            return before[-1][2]
        subjects = [t for t in sentence if t.dep_.startswith("nsubj") and t.idx + len(t) <= start]
        if subjects:
            head = subjects[-1]
            phrase = [t for t in head.subtree if not t.is_punct] or [head]
            return text[phrase[0].idx : phrase[-1].idx + len(phrase[-1])]
        return None

    @staticmethod
    def _source(text: str, start: int, sentence: Any, quotes: list | None) -> str | None:
        """The speaker of the quote around the number, else ``volgens X`` / ``aldus X``."""
        for quote in quotes or []:
            speaker = quote.get("speaker") or {}
            if quote["start"] <= start < quote["end"] and speaker.get("name"):
                return speaker["name"]
        words = text[sentence.start_char : sentence.end_char]
        found = re.search(
            r"\b(?:[Vv]olgens|aldus)\s+(?:de\s+|het\s+)?([\w-]+(?:\s+[A-Z][\w-]+)*)", words
        )
        return found.group(1) if found else None


def _currency_before(text: str, start: int) -> int:
    """Length of a currency sign (and a space) right before the number, else 0."""
    for length in (1, 2):
        if (
            start >= length
            and text[start - length] in CURRENCY_BEFORE
            and (length == 1 or text[start - 1] == " ")
        ):
            return length
    return 0


def _nominal_plural(token: Any) -> bool:
    """A verb or adjective used as a plural noun right after a number (``doden``, ``gewonden``,
    ``verdachten``), which the tagger reads as a verb or adjective; not ``gouden`` before a noun."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.is_lower
        and token.lower_.endswith("en")
        and token.pos_ in ("VERB", "ADJ")
        and token.lower_ not in FUNCTION_WORDS
        and (following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ"))
    )


def _attributive(token: Any, tagged: bool) -> bool:
    """An inflected adjective or participle before a noun: a nationality adjective
    (``Nederlandse``), which is written with a capital, or a participle the tagger calls a verb
    (``stilvallende``)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        tagged
        and following is not None
        and following.pos_ in ("NOUN", "PROPN")
        and token.lower_.endswith("e")
        and (token.pos_ == "ADJ" or token.pos_ == "VERB" and token.is_lower)
    )


def _unit_follows(text: str, end: int) -> bool:
    word = re.match(r"\s?([\w%€$°²/]+)", text[end:])
    return word is not None and word.group(1).casefold() in UNITS
