"""Dutch numbers in running text: digits, number words, fractions, scales, vague amounts and ranges.

``parse_number`` reads one whole number expression; ``find_numbers`` finds them in text with their
qualifier (``ruim``, ``bijna``, ``tussen … en …``) and leaves out what is not a quantity: years used as
dates, dates, clock times, ordinals, phone numbers and the article ``een``.

Number words are read by a small grammar of our own: ``text2num`` gets ``anderhalf``, ``een half
miljoen``, ``3 miljoen`` and fractions wrong, and those are everyday news amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
SCALES = {
    "duizend": 1e3,
    "miljoen": 1e6,
    "miljard": 1e9,
    "biljoen": 1e12,
    "mln": 1e6,
    "mio": 1e6,
    "mld": 1e9,
    "mrd": 1e9,
    "dzd": 1e3,
}
FRACTIONS = {
    "half": 0.5,
    "halve": 0.5,
    "kwart": 0.25,
    "derde": 1 / 3,
    "vierde": 0.25,
    "vijfde": 0.2,
    "tiende": 0.1,
    "honderdste": 0.01,
}
SPECIAL = {
    "half": 0.5,
    "halve": 0.5,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
    "driekwart": 0.75,
    "paar honderd": 200,
    "helft": 0.5,
    "een half": 0.5,
    "een kwart": 0.25,
    "een derde": 1 / 3,
}
VAGUE = {
    "tientallen": 20.0,
    "honderden": 200.0,
    "duizenden": 2000.0,
    "tienduizenden": 20000.0,
    "honderdduizenden": 200000.0,
    "miljoenen": 2e6,
    "miljarden": 2e9,
}

_WORD_ATOMS = sorted(
    [*UNITS, *TEENS, *TENS, "honderd", "duizend", "miljoen", "miljard", "en", "ën", "half"],
    key=len,
    reverse=True,
)
NUMBER_WORD = re.compile("(?:" + "|".join(map(re.escape, _WORD_ATOMS)) + ")+", re.IGNORECASE)
DIGITS = (
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 150.000 / 1.000.000,50
    r"|\d{1,3}(?: \d{3})+(?![\d,])"  # 150 000
    r"|\d+(?:,\d+)?)"  # 5 / 5,3
)
SCALE_WORD = r"(?:duizend|miljoen|miljard|biljoen|mln|mld|mrd|mio)\.?"
QUALIFIERS = [
    ("iets meer dan", "more_than"),
    ("ruim", "more_than"),
    ("meer dan", "more_than"),
    ("boven de", "more_than"),
    ("bijna", "approximately"),
    ("ongeveer", "approximately"),
    ("circa", "approximately"),
    ("ca.", "approximately"),
    ("zo'n", "approximately"),
    ("zo’n", "approximately"),
    ("rond de", "approximately"),
    ("rond", "approximately"),
    ("pakweg", "approximately"),
    ("naar schatting", "approximately"),
    ("minder dan", "less_than"),
    ("nog geen", "less_than"),
    ("onder de", "less_than"),
    ("minstens", "at_least"),
    ("ten minste", "at_least"),
    ("tenminste", "at_least"),
    ("zeker", "at_least"),
    ("maximaal", "at_most"),
    ("hooguit", "at_most"),
    ("tot wel", "at_most"),
    ("tot", "at_most"),
    ("maximum", "at_most"),
]
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
#: Words that label a number as a name or position rather than a quantity (``artikel 5``).
LABEL_WORDS = frozenset(
    [
        "artikel",
        "art",
        "lid",
        "nummer",
        "nr",
        "cirkel",
        "lijn",
        "bus",
        "tram",
        "pagina",
        "blz",
        "hoofdstuk",
        "paragraaf",
        "groep",
        "klas",
        "fase",
        "stap",
        "niveau",
        "level",
        "code",
        "windows",
        "versie",
        "kamer",
        "zaal",
        "gate",
        "perron",
        "spoor",
        "route",
        "snelweg",
        "a",
        "n",
        "afrit",
        "uitgang",
        "editie",
        "aflevering",
        "deel",
        "seizoen",
        "ronde",
        "etappe",
        "speelronde",
        "item",
        "punt",
        "havo",
        "vwo",
        "mavo",
        "vmbo",
        "gymnasium",
        "atheneum",
    ]
)


@dataclass(frozen=True)
class NumberSpan:
    """A number expression found in text; ``start``/``end`` cover the number (and scale word)."""

    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    qualifier_start: int | None = None


@lru_cache(maxsize=2**15)  # find_numbers asks for every lowercase word; most repeat
def parse_number(text: str) -> float | None:
    """The value of one whole Dutch number expression, or None when it is not one.

    >>> parse_number("150.000"), parse_number("drieëntwintig"), parse_number("een half miljoen")
    (150000.0, 23.0, 500000.0)
    """
    grouped = re.sub(r"(?<=\d) (?=\d{3}\b)", "", text.strip())  # 150 000
    words = grouped.casefold().replace("€", "").replace("$", "").split()
    if not words:
        return None
    negative = False
    if words[0] in ("min", "-"):
        negative, words = True, words[1:]
    elif words[0].startswith("-") and len(words[0]) > 1:
        negative, words[0] = True, words[0][1:]
    if not words:
        return None
    value = _parse_words(words)
    return -value if negative and value is not None else value


def _parse_words(words: list[str]) -> float | None:
    joined = " ".join(words)
    if joined in SPECIAL:
        return SPECIAL[joined]
    if joined in VAGUE:
        return VAGUE[joined]
    scale = 1.0
    while words and words[-1].rstrip(".") in SCALES:
        scale *= SCALES[words[-1].rstrip(".")]
        words = words[:-1]
    if not words:
        return scale if scale > 1 else None
    head = " ".join(words)
    if head in SPECIAL:
        return SPECIAL[head] * scale
    if head == "paar" and scale > 1:
        return 2 * scale  # een paar duizend: about 2,000, as tientallen is 20
    if len(words) == 2 and words[1] in FRACTIONS:  # twee derde, drie kwart
        count = _digits(words[0]) or _number_word(words[0])
        return count * FRACTIONS[words[1]] * scale if count is not None else None
    if len(words) != 1:
        return None
    single = _digits(words[0])
    if single is None:
        single = _number_word(words[0])
    return single * scale if single is not None else None


def _digits(word: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", word):
        return float(word.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", word):
        return float(word.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", word):  # English decimal point: 3.5
        return float(word)
    return None


def _number_word(word: str) -> float | None:
    """``honderdvijftigduizend``, ``drieëntwintig``, ``tweeënhalf``, ``anderhalf``."""
    word = word.replace("é", "e") if word != "één" else word
    if word in SPECIAL:
        return SPECIAL[word]
    if word in VAGUE:
        return VAGUE[word]
    for suffix in ("jarige", "jarig"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return _number_word(word[: -len(suffix)])  # zesjarig, vijftigjarige: in years
    if word.endswith("tal") and (group := _below_thousand(word[:-3])) and group >= 10:
        return group  # een twaalftal, een honderdtal: about that many
    for suffix in ("ënhalf", "enhalf"):
        if word.endswith(suffix):
            base = _number_word(word[: -len(suffix)])
            return base + 0.5 if base is not None else None
    for scale_word, scale in (("miljard", 1e9), ("miljoen", 1e6), ("duizend", 1e3)):
        if scale_word in word:
            left, _, right = word.partition(scale_word)
            left_value = _below_thousand(left) if left else 1
            right_value = _number_word(right) if right else 0
            if left_value is None or right_value is None:
                return None
            return left_value * scale + right_value
    return _below_thousand(word)


def _below_thousand(word: str) -> float | None:
    if not word:
        return None
    if "honderd" in word:
        left, _, right = word.partition("honderd")
        hundreds = (UNITS.get(left) or TEENS.get(left)) if left else 1
        rest = _below_hundred(right) if right else 0
        if hundreds is None or rest is None:
            return None
        return float(hundreds * 100 + rest)
    value = _below_hundred(word)
    return float(value) if value is not None else None


def _below_hundred(word: str) -> int | None:
    if word in UNITS:
        return UNITS[word]
    if word in TEENS:
        return TEENS[word]
    if word in TENS:
        return TENS[word]
    for joiner in ("ën", "en"):
        for tens_word, tens in TENS.items():
            if word.endswith(joiner + tens_word):
                unit = word[: -len(joiner + tens_word)]
                if unit in UNITS and UNITS[unit] > 0:
                    return UNITS[unit] + tens
    return None


CANDIDATE = re.compile(  # also after a comma glued to a word: ``in Nederland,7 miljoen in België``
    rf"(?:(?<![\w.,/])|(?<=[^\W\d_],))(?:{DIGITS}(?:\s?{SCALE_WORD})?"
    rf"|(?:een\s+half|een\s+kwart|een\s+derde|paar\s+honderd|anderhalve?|driekwart|[a-zëé]+(?:\s+(?:derde|kwart))?)"
    rf"(?:\s+{SCALE_WORD})?)(?![\w]|,\d|\.\d)",
    re.IGNORECASE,
)
QUALIFIER = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(re.escape(q) for q, _ in QUALIFIERS) + r")\s+$", re.IGNORECASE
)
SHARE = re.compile(rf"\s+(?P<kind>van|op)\s+de\s+({DIGITS}|[a-zëé]+)(?![\w])", re.IGNORECASE)
RANGE = re.compile(
    rf"(?:tussen\s+)?(?P<low>{DIGITS}|[a-zëé]+)(?P<sep>\s*(?:-|–|à|a|tot|en|of)\s*)(?P<high>{DIGITS}|[a-zëé]+)"
    rf"(?:\s(?P<scale>{SCALE_WORD}))?(?![\w])",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[NumberSpan]:
    """Number expressions in ``text`` that state quantities, in order."""
    spans: list[NumberSpan] = []
    position = 0
    for found in CANDIDATE.finditer(text):
        if found.start() < position:
            continue
        expression = found.group()
        value = parse_number(expression)
        if value is None or _not_a_quantity(text, found.start(), found.end(), expression):
            continue
        start, end = found.start(), found.end()
        if text[end - 1] == "." and re.match(r"\s*(?:$|[A-Z\n])", text[end:]):
            end -= 1  # the full stop ends the sentence, not the abbreviation
        if start and text[start - 1] == "-" and (start < 2 or not text[start - 2].isalnum()):
            start, value = start - 1, -value  # -5 graden
        score = re.match(r"\d{1,2}\s?[-–]\s?\d{1,2}(?!\d)", text[start:])
        if score and _score_like(text, start, start + score.end()):
            position = start + score.end()  # not a range
            if _match_score(text, start, position):
                spans.append(NumberSpan(start, position, value, qualifier="score"))
            continue
        ranged = _range_at(text, start)
        if ranged is not None:
            spans.append(ranged)
            position = ranged.end
            continue
        share = SHARE.match(text, end)
        if share and (total := parse_number(share.group(2))) is not None and value < total:
            if share.group("kind") == "op":
                value = value / total  # één op de tien kinderen: a ratio
            end = share.end()  # zeven van de tien zetels: the share, with what it is a share of
        qualifier, qualifier_start = _qualifier_before(text, start)
        if expression.casefold() in VAGUE and qualifier == "exact":
            qualifier = "at_least"
        elif qualifier == "exact" and re.search(r"tal$|^paar", expression.casefold()):
            qualifier = "approximately"  # een twaalftal, een paar honderd
        spans.append(
            NumberSpan(start, end, value, qualifier=qualifier, qualifier_start=qualifier_start)
        )
        position = end
    return spans


def _qualifier_before(text: str, start: int) -> tuple[str, int | None]:
    window = text[max(0, start - 20) : start]
    found = QUALIFIER.search(window)
    if not found:
        return "exact", None
    phrase = found.group(1).casefold()
    qualifier = next(kind for q, kind in QUALIFIERS if q == phrase)
    return qualifier, start - len(window) + found.start(1)


def _range_at(text: str, start: int) -> NumberSpan | None:
    """``tussen 20 en 30``, ``20 à 30``, ``van 5 tot 10``, ``20-30`` starting at ``start``."""
    found = RANGE.match(text, start)
    before = text[max(0, start - 12) : start].casefold()
    if not found:
        return None
    between = re.search(r"tussen(?:\s+de)?\s*$", before)
    separator = found.group("sep").strip().casefold()
    if separator == "en" and not between:
        return None
    scale = found.group("scale") or ""
    low = parse_number(f"{found.group('low')} {scale}".strip())
    high = parse_number(f"{found.group('high')} {scale}".strip())
    if low is None or high is None or high <= low:
        return None
    if separator in ("-", "–") and _score_like(text, start, found.end()):
        return None
    return NumberSpan(
        start,
        found.end(),
        low,
        low=low,
        high=high,
        qualifier="range",
        qualifier_start=start - len(before) + between.start() if between else None,
    )


def _score_like(text: str, start: int, end: int) -> bool:
    """``won met 2-1``, ``(3-0)``, ``(NRC 12-4)``: a score or a date, not a range."""
    before = text[max(0, start - 12) : start].casefold()
    return (
        "met " in before
        or before.endswith("(")
        or text[end : end + 1] == ")"
        or _match_score(text, start, end)
    )


#: What stands before a match score: ``(3-3)``, ``met 2-1``, ``de 3-3``, ``een 3-2 voorsprong``.
SCORE_BEFORE = re.compile(r"(?:\(|\b(?:met|de|een)\s+(?:[a-z]+e\s+)?)$")
#: What may follow one: nothing, punctuation, a preposition or a result noun.
SCORE_AFTER = re.compile(
    r"\s*(?:$|[).,;:!?]|(?:bij|tegen|in|voor|van|op|door|na|thuis|uit|voorsprong|achterstand|"
    r"overwinning|zege|nederlaag|winst|uitslag|eindstand|ruststand|stand)\b)",
    re.IGNORECASE,
)


def _match_score(text: str, start: int, end: int) -> bool:
    """A result (``de 2-2 tegen Heracles``, ``(3-1)``) rather than a date (``(NRC 12-4)``): a claim."""
    before = text[max(0, start - 20) : start].casefold()
    return bool(SCORE_BEFORE.search(before)) and bool(SCORE_AFTER.match(text, end))


#: Fixed expressions with één that count nothing: (word before, word after).
IDIOMS_WITH_ONE = frozenset(
    {
        ("in", "klap"),
        ("in", "keer"),
        ("in", "ruk"),
        ("in", "adem"),
        ("in", "woord"),
        ("in", "oogopslag"),
        ("op", "lijn"),
        ("onder", "hoedje"),
    }
)
#: Fractions that are ordinals when a noun follows: ``een derde stemming``, not ``een derde van``.
ORDINAL_FRACTIONS = frozenset({"een derde", "een vierde", "een vijfde", "een tiende"})
#: What may follow a fraction that is an amount.
AFTER_FRACTION = frozenset({"", "van", "ervan", "daarvan", "deel", "procent", "minder", "meer"})
#: A run of two-digit groups after a leading zero: ``06 23 84 58 86``, ``020-123 45 67``.
PHONE_RUN = re.compile(r"\b0\d{1,3}(?:[- ]?\d{2,3}){2,4}\b")
#: A small number opening a sentence before a capital: a numbered heading when its neighbour is one.
NUMBERED_HEADING = re.compile(r"(?:^|(?<=[.!?'’”\"]\s))(\d{1,2})(?=\s?['‘’\"]?\s?[A-Z])")
#: A day before a month after a second day: ``van 3 op 4 mei``, ``2 tot en met 9 maart``.
DAY_RANGE_AFTER = re.compile(
    rf"\s*(?:op|tot(?:\s+en\s+met)?|t/m|en|-|–)\s*\d{{1,2}}\s+(?:{MONTHS})\b", re.IGNORECASE
)
#: Before a year of any century: ``in 1573``, ``sinds 1648``.
YEAR_PREPOSITIONS = frozenset({"in", "sinds", "vanaf", "tot", "uit", "rond", "circa", "omstreeks"})
PRONOUNS_AFTER_ACHTEN = frozenset(
    {"die", "dat", "het", "hem", "haar", "ze", "zich", "zichzelf", "men", "hij", "zij", "ik", "wij"}
)
#: Units after which ``half``/``halve`` is an amount (``een half jaar``), not a clock time (``half drie``).
HALF_OF = frozenset(
    {"jaar", "uur", "dag", "etmaal", "week", "maand", "eeuw", "liter", "kilo", "meter"}
)


def _not_a_quantity(text: str, start: int, end: int, expression: str) -> bool:
    lower = expression.casefold().replace("eén", "één")  # Eén: a capital É folds to é
    before = text[max(0, start - 25) : start]
    after = text[end : end + 25]
    previous_word = (re.findall(r"[\w'’]+", before) or [""])[-1].casefold()
    next_word = (re.findall(r"[\w%€$]+", after) or [""])[0].casefold()
    if lower in ("een",) or (lower == "een" and next_word not in SCALES):
        return True
    if (
        re.fullmatch(r"[a-zëé]+", lower)
        and lower not in VAGUE
        and lower not in SPECIAL
        and not lower.endswith(("tal", "jarig", "jarige"))
        and not NUMBER_WORD.fullmatch(lower)
    ):
        return True
    if lower in ("half", "halve", "en", "ën", "elf") and not re.match(r"\s+\w", after):
        return True
    if lower == "helft" and not (
        previous_word == "de" and next_word in ("van", "ervan", "daarvan")
    ):
        return True  # de tweede helft; only de helft van … is an amount
    if lower in ("half", "halve") and next_word not in HALF_OF:
        return True  # half drie: a clock time; half Nederland: no amount
    if previous_word == "half" and lower in UNITS | TEENS:
        return True  # half drie: a clock time
    if (
        re.fullmatch(r"\d{4}", expression)
        and (1800 <= int(expression) <= 2100 or previous_word in YEAR_PREPOSITIONS)
        and not re.match(
            r"\s*(?:euro|€|dollar|procent|%|meter|kilometer|km|kilo|ton|liter|mensen|inwoners)",
            after,
        )
    ):
        return True  # a year
    if DAY_RANGE_AFTER.match(after) or re.match(r"/\d", after):
        return True  # van 3 op 4 mei; 7/3: dates
    if re.match(rf"\s*(?:{MONTHS})\b", after, re.IGNORECASE) or re.search(
        rf"\b(?:{MONTHS})\s*$", before, re.IGNORECASE
    ):
        return True  # 29 maart, maart 2019
    if (
        re.match(r"[.:]\d{2}\b", text[end : end + 3])
        or re.match(r"\s*uur\b", after)
        and (previous_word in ("om", "rond", "tot", "vanaf", "tussen", "sinds", "na", "voor"))
    ):
        return True  # clock time
    if re.match(r"(?:e|ste|de)\b", after):
        return True  # ordinal 21e
    if re.fullmatch(r"\d{1,2}", expression) and re.match(r"\.\s+[A-Z]", after):
        number = int(expression)
        if (
            f"{number + 1}. " in text[end : end + 300]
            or f"{number - 1}. " in text[max(0, start - 300) : start]
        ):
            return True  # 1. Cariben 2. Groningen: the numbers of a list
    if NUMBERED_HEADING.match(text, start):
        headings = {int(found.group(1)) for found in NUMBERED_HEADING.finditer(text)}
        if {int(expression) - 1, int(expression) + 1} & headings:
            return True  # … klaar? 2 Wat nu …: numbered sections run together
    if re.search(r"[A-Za-z]-$", before):
        return True  # CC-7, F-16, covid-19: part of a code or a name
    if re.fullmatch(r"0\d+", expression):
        return True  # leading zero: phone numbers, codes
    if previous_word in LABEL_WORDS:
        return True  # artikel 5, cirkel 9
    if re.search(r"\b0\d{1,3}[- ]?$", before) or re.fullmatch(
        r"0\d{5,}", expression.replace(" ", "")
    ):
        return True  # phone number
    if re.search(
        r"\b[A-Z]\w*(?:straat|weg|laan|plein|gracht|kade|dreef|singel|dijk|pad|hof)\s$", before
    ):
        return True  # house number
    if re.match(r"\s[A-Z]\w+\s(?:Street|Road|Avenue|Lane|Square)\b", after):
        return True  # 10 Downing Street: a house number before an English street name
    if (
        before.endswith("(")
        and after.startswith(")")
        and re.search(r"[A-Z](?:\w+|\.)\s\($", before)
    ):
        return True  # age after a name: Jan (45), Sylvia R. (28)
    if re.search(r"\bjaren\s*['’]?$", before) and (
        re.fullmatch(r"\d0", expression) or lower in TENS
    ):
        return True  # de jaren '80, de jaren zeventig: a decade
    if lower == "één" and (
        re.match(r"\s+(?:van|der)\s", after)
        or (previous_word, next_word) in IDIOMS_WITH_ONE
        or previous_word == "dag"
        or re.match(r"\s+voor\s+één\b", after)
        or re.search(r"\béén\s+voor\s+$", before)
    ):
        return True  # één van de partijen, in één klap, één voor één, vanaf dag één
    if previous_word == "op" and next_word == "na":
        return True  # de op twee na grootste: a rank
    if lower in ORDINAL_FRACTIONS and next_word not in AFTER_FRACTION:
        return True  # een derde stemming: an ordinal
    if any(
        phone.start() <= start and end <= phone.end()
        for phone in PHONE_RUN.finditer(text, max(0, start - 16), end + 16)
    ):
        return True  # 06 23 84 58 86: a phone number
    if lower == "acht" and next_word in PRONOUNS_AFTER_ACHTEN | {"een", "de"}:
        return True  # acht die schadelijk, acht het bewezen, acht een revolutie: the verb achten
    if re.search(r"\b(?:schaal van|uur of)\s*$", before):
        return True  # op een schaal van 5: a scale; rond een uur of drie: a clock time
    if re.match(r"-[A-Z]", after):
        return True  # 50-Plus: part of a name
    return bool(re.fullmatch(r"[a-zëé]+", lower) and len(lower) > 20)
