"""Quotes and their speakers, the Dutch way.

Direct quotes come from a character scanner over the text (every quote style Dutch news uses, balanced
or not); indirect quotes from surface patterns over sentences (``X zei dat …``, ``volgens X …``,
``…, aldus X``, ``X: …``), which also work where the parser attaches inverted ``…, zegt X`` wrongly.
Speakers are resolved to the entity records of ``nieuwsnlp_entities`` through names, pronouns and
role nouns. Results are plain dicts with character offsets in ``doc._.nieuwsnlp_quotes``.

Rules for telling quotes from scare quotes and titles:

* one quoted word is a term, never a quote (``'Lexiteers'``);
* a quoted stretch that looks like a title (most words capitalised, no final punctuation) is not a quote;
* a quote that is a sentence of its own, or that opens with Dutch speech marks (``,,`` ``„`` ``“``
  ``«``) and has three words or more, is ``direct``;
* a shorter fragment inside a sentence that names a speaker (speech verb, ``aldus``, ``volgens``) is
  ``partial``; without such a speaker it is a scare quote and left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from nieuwsnlp.entities import is_role

EXTENSION = "nieuwsnlp_quotes"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

SPEECH_OPENERS = (",,", "„", "“", "«")
FLOATING_REACH = 300  # characters between a floating quote and who it is attributed to
ADJECTIVE = re.compile(r"(?:se|sche|ische|ese)$")
CLOSERS = {
    ",,": ("''", "’’", "”", '"', "“"),
    "„": ("”", "“", '"', "''"),
    "“": ("”", "“", '"'),
    "«": ("»",),
    '"': ('"', "”"),
    "‘": ("’", "'"),
    "'": ("'", "’"),
}
#: An opening mark stands at a word start; a closing one at a word end.
MARK = re.compile(r",,|''|’’|[„“”«»\"‘’']")
PERSON_PRONOUNS = {"hij": "m", "zij": "f", "ze": "any", "hem": "m", "haar": "f"}
#: Sources that say nothing themselves: ``volgens schattingen`` has a cue but no speaker name.
NON_AGENT_SOURCES = frozenset(
    [
        "schattingen",
        "schatting",
        "berichten",
        "bericht",
        "cijfers",
        "onderzoek",
        "peilingen",
        "peiling",
        "geruchten",
        "verslagen",
        "documenten",
        "plannen",
        "berekeningen",
        "prognose",
        "prognoses",
        "tv-prognoses",
        "exitpoll",
        "exitpolls",
        "verwachting",
        "verwachtingen",
    ]
)
ORGANISATION_LINK = frozenset({"van", "bij"})
PREPOSITIONS = frozenset(
    [
        "via",
        "met",
        "in",
        "op",
        "bij",
        "aan",
        "uit",
        "over",
        "naar",
        "door",
        "tegenover",
        "tijdens",
        "sinds",
        "zonder",
    ]
)
DETERMINERS = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "zijn", "haar", "hun"})
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "en", "la", "le", "von"})
#: Words between a speech verb and its speaker that are neither (``zo voegde hij eraan toe``).
SKIP_WORDS = frozenset(
    [
        "zo",
        "er",
        "eraan",
        "daarbij",
        "daarover",
        "daarop",
        "ook",
        "nog",
        "wel",
        "vandaag",
        "gisteren",
        "gisteravond",
        "gistermiddag",
        "vanochtend",
        "vanmorgen",
        "vanavond",
        "vannacht",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "dan",
        "echter",
        "toen",
        "daarna",
        "later",
        "eerder",
        "tegenover",
        "tegen",
        "op",
        "in",
        "bij",
        "aan",
        "met",
        "na",
        "voor",
        "namens",
        "na",
        "afloop",
        "onlangs",
        "al",
        "eens",
        "ook",
        "nu",
        "dat",
    ]
)


@cache
def speech_lexicon() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(form → lemma, form → (lemma, particle)) from ``data/speech_verbs.txt``."""
    forms: dict[str, str] = {}
    separable: dict[str, tuple[str, str]] = {}
    path = Path(__file__).parent / "data" / "speech_verbs.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, written = line.partition("\t")
        forms.setdefault(lemma, lemma)
        for form in written.split():
            if "|" in form:
                verb, particle = form.split("|")
                separable[verb] = (lemma, particle)
            else:
                forms.setdefault(form, lemma)
    return forms, separable


@dataclass
class _Mention:
    start: int
    end: int
    entity_id: str
    name: str
    type: str
    roles: tuple[str, ...]


@dataclass
class _Quote:
    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker: dict[str, Any] | None = None
    opener: str = ""


@Language.factory("nieuwsnlp_quotes")
class QuoteExtractor:
    """Find direct, partial and indirect quotes and resolve who said them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.forms, self.separable = speech_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        mentions = self._mentions(doc)
        starts = [t.idx for t in doc]
        direct = self._direct_quotes(doc.text)
        quotes: list[_Quote] = []
        for quote in direct:
            sentence = self._sentence(doc, starts, quote.start)
            kind = self._classify(doc, quote, sentence)
            if kind is None:
                continue
            quote.kind = kind
            quote.cue, quote.speaker = self._attribute_direct(doc, starts, quote, mentions)
            quotes.append(quote)
        indirect = self._indirect_quotes(doc, quotes, mentions)
        for quote in quotes:
            if quote.kind == "partial":
                host = next((q for q in indirect if q.start <= quote.start < q.end), None)
                if host is not None and host.speaker:
                    quote.cue, quote.speaker = host.cue, dict(host.speaker)
        quotes += indirect
        quotes.sort(key=lambda q: q.start)
        self._inherit_speakers(doc, quotes, mentions)
        doc._.set(
            EXTENSION,
            [
                {"start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue, "speaker": q.speaker}
                for q in quotes
            ],
        )
        return doc

    # --- direct quotes ---------------------------------------------------------------------

    @staticmethod
    def _direct_quotes(text: str) -> list[_Quote]:
        """Pair opening and closing marks within a paragraph; an unclosed speech quote runs to the
        paragraph's end. Apostrophes inside words (``zo'n``, ``auto's``) are not marks."""
        quotes: list[_Quote] = []
        offset = 0
        for paragraph in text.split("\n"):
            marks = []
            for found in MARK.finditer(paragraph):
                start, end = found.span()
                before = paragraph[start - 1] if start else " "
                after = paragraph[end] if end < len(paragraph) else " "
                opening = (before.isspace() or before in "([:;—–-") and not after.isspace()
                closing = not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")
                if before.isalnum() and after.isalnum():
                    continue
                marks.append((start, end, found.group(), opening, closing))
            i = 0
            while i < len(marks):
                start, end, mark, opening, _ = marks[i]
                if not opening or mark not in CLOSERS:
                    i += 1
                    continue
                close = next(
                    (
                        j
                        for j in range(i + 1, len(marks))
                        if marks[j][4] and marks[j][2] in CLOSERS[mark]
                    ),
                    None,
                )
                if close is None:
                    if mark in SPEECH_OPENERS:
                        content_end = len(paragraph.rstrip())
                        quotes.append(_Quote(offset + end, offset + content_end, "", opener=mark))
                    i += 1
                    continue
                content = paragraph[end : marks[close][0]]
                if content.strip():
                    lead = len(content) - len(content.lstrip())
                    quotes.append(
                        _Quote(
                            offset + end + lead,
                            offset + end + len(content.rstrip()),
                            "",
                            opener=mark,
                        )
                    )
                i = close + 1
            offset += len(paragraph) + 1
        return quotes

    def _classify(self, doc: Doc, quote: _Quote, sentence: Span | None) -> str | None:
        content = doc.text[quote.start : quote.end]
        words = re.findall(r"\w+", content)
        if len(words) <= 1:
            return None
        capitalised = sum(w[0].isupper() for w in words)
        ends_sentence = content.rstrip()[-1:] in ".!?,…"
        if capitalised / len(words) > 0.6 and not ends_sentence and len(words) > 1:
            return None
        starts_sentence = (
            sentence is None or doc.text[sentence.start_char : quote.start].strip(" ,„“«'‘\"") == ""
        )
        if (starts_sentence or ends_sentence) and len(words) >= 3:
            return "direct"
        if sentence is not None and self._has_attribution(sentence):
            return "partial"
        if quote.opener in SPEECH_OPENERS and len(words) >= 3:
            return "direct"
        return None

    def _has_attribution(self, sentence: Span) -> bool:
        return any(self._cue(token) for token in sentence)

    def _cue(self, token: Any) -> str | None:
        """The speech lemma a token expresses, if any (separable verbs need their particle)."""
        lower = token.lower_
        if lower in self.separable:
            lemma, particle = self.separable[lower]
            rest = token.sent[token.i - token.sent.start + 1 :] if token.sent else []
            if any(
                t.lower_ in (particle, f"er{particle}", f"daar{particle}")
                or t.lower_.endswith(particle)
                and t.lower_.startswith("er")
                for t in rest
            ):
                return lemma
        lemma = self.forms.get(lower) or self.forms.get(token.lemma_.lower())
        return lemma

    def _attribute_direct(
        self, doc: Doc, starts: list[int], quote: _Quote, mentions: list[_Mention]
    ) -> tuple[str | None, dict[str, Any] | None]:
        """``…'', zegt X`` / ``…'', aldus X`` after the quote, or ``X zei: ,,…''`` before it."""
        after = bisect.bisect_left(starts, quote.end)
        window = [t for t in doc[after : after + 16] if not t.is_quote]
        attached = doc.text[quote.end - 1 : quote.end] == "," or (window and window[0].text == ",")
        for position, token in enumerate(window if attached else []):
            if token.text in (".", "!", "?") or "\n" in token.text:
                break
            cue = self._cue(token)
            subject = window[position + 1] if position + 1 < len(window) else None
            if (
                cue is None
                and position <= 1
                and token.pos_ in ("VERB", "AUX")
                and token.is_lower
                and subject is not None
                and any(t.text in (".", "!", "?") for t in window[position + 1 : position + 6])
            ):  # a short inverted clause that ends the sentence
                cue = token.lemma_ or token.lower_  # ``'', motiveert Huzen``: inverted verb
            if cue:
                return cue, self._speaker_near(doc, token, window[position + 1 :], mentions)
        before = bisect.bisect_left(starts, quote.start) - 1
        if before >= 1 and doc[before - 1].text == ":":
            colon = doc[before - 1]
            left = list(doc[max(colon.sent.start, colon.i - 25) : colon.i])
            cue = next((self._cue(t) for t in reversed(left) if self._cue(t)), None)
            return cue or ":", self._speaker_before(doc, left, mentions)
        return None, None

    @staticmethod
    def _inherit_speakers(doc: Doc, quotes: list[_Quote], mentions: list[_Mention]) -> None:
        """A floating quote (no attribution of its own) is spoken by the person introduced just
        before it, else by the speaker of the attributed quote it follows (same or next paragraph).
        """
        previous: _Quote | None = None
        for quote in quotes:
            if quote.kind == "direct" and quote.speaker is None:
                since = previous.end if previous is not None else 0
                introduced = [
                    m
                    for m in mentions
                    if m.type == "person"
                    and since <= m.start < quote.start
                    and quote.start - m.end < FLOATING_REACH
                    and (
                        previous is None
                        or previous.speaker is None
                        or m.entity_id != previous.speaker.get("entity_id")
                    )
                ]
                if introduced:
                    quote.speaker = _speaker(introduced[-1])
                elif previous is not None and previous.speaker is not None:
                    between = doc.text[previous.end : quote.start]
                    if between.count("\n\n") <= 1 and len(between) < 2 * FLOATING_REACH:
                        quote.speaker = dict(previous.speaker)
                        quote.cue = quote.cue or previous.cue
            if quote.speaker is not None:
                previous = quote

    # --- indirect quotes -------------------------------------------------------------------

    def _indirect_quotes(
        self, doc: Doc, direct: list[_Quote], mentions: list[_Mention]
    ) -> list[_Quote]:
        found = []
        for sentence in doc.sents:
            inside = sum(
                max(0, min(q.end, sentence.end_char) - max(q.start, sentence.start_char))
                for q in direct
                if q.kind == "direct"
            )
            if inside > 0.3 * len(sentence.text):
                continue
            quote = self._indirect(doc, sentence, mentions, direct)
            if quote is not None:
                found.append(quote)
        return found

    def _indirect(
        self, doc: Doc, sentence: Span, mentions: list[_Mention], direct: list[_Quote]
    ) -> _Quote | None:
        tokens = [t for t in sentence if not t.is_space]
        if len(tokens) < 4:
            return None
        end = tokens[-1].idx if tokens[-1].is_punct else tokens[-1].idx + len(tokens[-1])
        # …, aldus X / …, zegt X / …, zo voegde hij eraan toe
        for i in range(1, len(tokens) - 1):
            if tokens[i - 1].text != ",":
                continue
            j = i + 1 if tokens[i].lower_ == "zo" else i
            cue = self._cue(tokens[j]) if j < len(tokens) else None
            reported = (tokens[0].idx, tokens[i - 1].idx)
            if any(abs(q.start - reported[0]) <= 3 and q.end >= reported[1] - 3 for q in direct):
                break  # ,,A'', zegt X: the direct quote is the reported speech
            if cue and cue != "volgens" and i > 3:
                speaker = self._speaker_near(doc, tokens[j], tokens[j + 1 :], mentions)
                start = tokens[0].idx
                return _Quote(start, tokens[i - 1].idx, "indirect", cue, speaker)
        # volgens X, … / … volgens X …
        reported_from = next(
            (
                i
                for i, t in enumerate(tokens)
                if t.lower_ == "dat"
                and i > 0
                and any(self._cue(v) not in (None, "volgens", "aldus") for v in tokens[:i])
            ),
            len(tokens),
        )
        for i, token in enumerate(tokens[:reported_from]):
            if token.lower_ != "volgens":
                continue
            speaker_tokens = self._noun_phrase(tokens[i + 1 :])
            speaker = self._resolve(doc, speaker_tokens, mentions, agent=False)
            rest = tokens[i + 1 + len(speaker_tokens) :]
            if i == 0:
                rest = rest[1:] if rest and rest[0].text == "," else rest
                if len(rest) < 3:
                    return None
                return _Quote(rest[0].idx, end, "indirect", "volgens", speaker)
            return _Quote(tokens[0].idx, end, "indirect", "volgens", speaker)
        # X zegt/zei (…) dat …; X laat weten dat …; X: …
        for i, token in enumerate(tokens):
            if token.lower_ == "dat" and i > 0:
                verb = next((t for t in reversed(tokens[:i]) if self._cue(t)), None)
                if verb is None or self._cue(verb) in ("volgens", "aldus"):
                    continue
                speaker = self._subject(doc, verb, tokens, mentions)
                if speaker is None:
                    continue
                return _Quote(token.idx, end, "indirect", self._cue(verb), speaker)
        if len(tokens) > 4 and tokens[1].text == ":" or (len(tokens) > 5 and tokens[2].text == ":"):
            colon = 1 if tokens[1].text == ":" else 2
            speaker = self._resolve(doc, tokens[:colon], mentions)
            if speaker and speaker.get("entity_id"):
                return _Quote(tokens[colon + 1].idx, end, "indirect", ":", speaker)
        return None

    # --- speakers --------------------------------------------------------------------------

    def _mentions(self, doc: Doc) -> list[_Mention]:
        entities = (
            doc._.get("nieuwsnlp_entities") if Doc.has_extension("nieuwsnlp_entities") else None
        )
        mentions = []
        for entity in entities or []:
            if entity["type"] == "place":
                continue
            for start, end in entity["mentions"]:
                mentions.append(
                    _Mention(
                        start,
                        end,
                        entity["id"],
                        entity["name"],
                        entity["type"],
                        tuple(entity.get("roles") or ()),
                    )
                )
        return sorted(mentions, key=lambda m: m.start)

    @staticmethod
    def _sentence(doc: Doc, starts: list[int], char: int) -> Span | None:
        index = max(0, bisect.bisect_right(starts, char) - 1)
        return doc[index].sent if len(doc) else None

    @staticmethod
    def _noun_phrase(tokens: list[Any]) -> list[Any]:
        """The words after ``volgens``/``zegt``: up to a comma, a verb-like lowercase run or the end."""
        phrase = []
        for token in tokens:
            if (
                token.is_punct
                or token.is_space
                or (phrase and token.pos_ in ("VERB", "AUX"))
                or token.lower_ in ("dat", "die", "zou", "zouden", "is", "zijn", "heeft", "wordt")
            ):
                break
            phrase.append(token)
            if len(phrase) >= 8:
                break
        return phrase

    def _speaker_near(
        self, doc: Doc, cue: Any, following: list[Any], mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """Inverted order ``zegt X``; otherwise the subject before the cue."""
        window: list[Any] = []
        for token in following:
            if token.is_punct or token.is_quote or token.is_space:
                break
            nominal = any(t.pos_ in ("NOUN", "PROPN") for t in window)
            if nominal and token.pos_ == "ADP" and token.lower_ not in ORGANISATION_LINK:
                break
            window.append(token)
        speaker = self._resolve(doc, window[:10], mentions)
        if speaker is None:
            before = [t for t in cue.sent if t.i < cue.i] if cue.sent else []
            speaker = self._speaker_before(doc, before, mentions)
        return speaker

    def _speaker_before(self, doc: Doc, tokens: list[Any], mentions: list[_Mention]):
        """The nearest mention, pronoun or name before the cue in its clause."""
        clause = []
        for token in reversed(tokens):
            if token.text in (",", ";", ":") and clause or token.is_quote:
                break
            clause.insert(0, token)
        return self._resolve(doc, clause, mentions)

    def _subject(self, doc: Doc, verb: Any, tokens: list[Any], mentions: list[_Mention]):
        """The speaker of ``X zei dat``: the parse's subject when there is one, else the nearest
        name or pronoun around the verb."""
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        for subject in sorted(subjects, key=lambda t: t.pos_ != "PROPN"):  # names first
            subtree = [t for t in subject.subtree if not t.is_punct]
            found = self._resolve(doc, subtree, mentions)
            if found or subject.lower_ in PERSON_PRONOUNS:
                return found  # an unresolved pronoun: better no speaker than a wrong one
        before = [t for t in tokens if t.i < verb.i]
        after = [t for t in tokens if verb.i < t.i and t.lower_ != "dat"][:6]
        return self._speaker_before(doc, before, mentions) or self._resolve(doc, after, mentions)

    def _resolve(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], agent: bool = True
    ) -> dict[str, Any] | None:
        """Entity mention, pronoun, name, role noun or plain noun phrase → speaker dict."""
        found = [
            m for t in tokens if (m := _mention_at(mentions, t.idx)) and not _modifier(doc, t, m)
        ]
        if found:
            return _speaker(next((m for m in found if m.type == "person"), found[0]))
        content = [
            t
            for t in tokens
            if _wordlike(t) and t.lower_ not in SKIP_WORDS and not _after_preposition(t)
        ]
        if not content:
            return None
        first = content[0]
        if first.lower_ in PERSON_PRONOUNS:
            person = next(
                (m for m in reversed(mentions) if m.start < first.idx and m.type == "person"), None
            )
            return _speaker(person, first) if person else None
        for token in content:
            person = next(
                (
                    m
                    for m in reversed(mentions)
                    if m.start < token.idx
                    and m.type == "person"
                    and token.lower_ in {r.lower() for r in m.roles}
                ),
                None,
            )
            if person:
                return _speaker(person, token)
        name = _capitalised_run(content)
        if name:
            return _plain(name)
        tagged = doc.has_annotation("POS")
        nouns = [
            t
            for t in content
            if t.lower_ not in DETERMINERS
            and not t.is_stop
            and (not tagged or t.pos_ in ("NOUN", "PROPN", "X"))
        ]
        if not nouns:
            return None
        head = nouns[0]
        link = head.i + 1
        if link < len(doc) and doc[link].lower_ in ORGANISATION_LINK and is_role(head.text):
            owner = [
                t for t in doc[link + 1 : link + 6] if t.is_alpha and t.lower_ not in DETERMINERS
            ]
            owned = _capitalised_run(owner) or owner[:1]
            if owned:
                return _plain(owned)
        if head.lower_ in NON_AGENT_SOURCES:
            return None if agent else {"entity_id": None, "name": None, "start": None, "end": None}
        for suffix in ("woordvoerder", "woordvoerster", "topman", "directeur", "chef"):
            if head.lower_.endswith(suffix) and len(head.text) > len(suffix) + 2:
                prefix = head.text[: -len(suffix)].rstrip("-")
                return {
                    "entity_id": None,
                    "name": prefix,
                    "start": head.idx,
                    "end": head.idx + len(prefix),
                }
        return _plain([head])


def _wordlike(token: Any) -> bool:
    return any(c.isalpha() for c in token.text) and not token.is_punct


def _name_word(token: Any) -> bool:
    """A word of a name: a proper noun where the pipeline tags, else a capitalised non-stopword
    that is not a nationality adjective (``Nederlandse``) or a determiner (``De``)."""
    if not token.text[:1].isupper() or token.lower_ in DETERMINERS:
        return False
    if token.doc.has_annotation("POS"):
        return token.pos_ == "PROPN" or (token.text.isupper() and len(token.text) > 1)
    return _wordlike(token) and not token.is_stop and not ADJECTIVE.search(token.text)


def _capitalised_run(tokens: list[Any]) -> list[Any] | None:
    """``Ton Nabben``, ``Machiel van der Kuijl``, ``B en W``: the first run of name words."""
    run: list[Any] = []
    for token in tokens:
        if _name_word(token) or run and token.lower_ in NAME_PARTICLES:
            run.append(token)
        elif run:
            break
    while run and run[-1].lower_ in NAME_PARTICLES:
        run.pop()
    if len(run) == 1 and run[0].i + 1 < len(run[0].doc):
        following = run[0].doc[run[0].i + 1]
        if following.pos_ == "NOUN" and following.is_lower:
            run.append(following)  # de Nationale ombudsman
    return run or None


def _plain(tokens: list[Any]) -> dict[str, Any]:
    """A speaker that is not an entity record: its words as written."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return {"entity_id": None, "name": tokens[0].doc.text[start:end], "start": start, "end": end}


def _modifier(doc: Doc, token: Any, mention: _Mention) -> bool:
    """A name that only modifies: in a compound (``SP-fractievoorzitter``) or after a preposition
    (``via Facebook``); it is not who speaks."""
    compound = mention.end < token.idx + len(token) and doc.text[mention.end] == "-"
    return compound or _after_preposition(token)


def _after_preposition(token: Any) -> bool:
    previous = token.doc[token.i - 1] if token.i else None
    return (
        previous is not None
        and (previous.pos_ == "ADP" or previous.lower_ in PREPOSITIONS)
        and previous.lower_ not in ("volgens", "van")
    )


def _mention_at(mentions: list[_Mention], char: int) -> _Mention | None:
    for mention in mentions:
        if mention.start <= char < mention.end:
            return mention
    return None


def _speaker(mention: _Mention, token: Any = None) -> dict[str, Any]:
    start, end = (
        (token.idx, token.idx + len(token)) if token is not None else (mention.start, mention.end)
    )
    return {"entity_id": mention.entity_id, "name": mention.name, "start": start, "end": end}
