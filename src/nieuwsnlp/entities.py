"""People, organisations and places: one record per real-world entity per article.

The component reads the pipeline's entity spans (labels mapped by ``labels.entity_type``), adds places
and organisations the gazetteers know but the NER missed, merges the mentions of one entity, reads
roles from titles and appositions, and links places to GeoNames. It writes plain dicts with character
offsets to ``doc._.nieuwsnlp_entities``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, utils
from spacy.language import Language
from spacy.tokens import Doc, Token

from nieuwsnlp.gazetteer import AREA_KINDS, COMPASS, key, organizations, places
from nieuwsnlp.labels import entity_type

EXTENSION = "nieuwsnlp_entities"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

#: Titles and functions written before or after a name (``minister Wiebes``, ``Jan, de burgemeester``).
ROLE_WORDS = frozenset(
    [
        "minister",
        "premier",
        "president",
        "staatssecretaris",
        "burgemeester",
        "wethouder",
        "gouverneur",
        "commissaris",
        "koning",
        "koningin",
        "prins",
        "prinses",
        "kroonprins",
        "paus",
        "bisschop",
        "kardinaal",
        "ambassadeur",
        "consul",
        "gezant",
        "kamerlid",
        "europarlementariër",
        "senator",
        "raadslid",
        "gedeputeerde",
        "fractievoorzitter",
        "partijleider",
        "lijsttrekker",
        "partijvoorzitter",
        "voorzitter",
        "vicevoorzitter",
        "secretaris-generaal",
        "directeur",
        "topman",
        "topvrouw",
        "bestuurder",
        "ceo",
        "cfo",
        "oprichter",
        "eigenaar",
        "baas",
        "chef",
        "leider",
        "woordvoerder",
        "woordvoerster",
        "advocaat",
        "officier",
        "rechter",
        "aanklager",
        "politiechef",
        "hoofdcommissaris",
        "generaal",
        "commandant",
        "luitenant",
        "kolonel",
        "majoor",
        "kapitein",
        "admiraal",
        "trainer",
        "coach",
        "bondscoach",
        "aanvoerder",
        "spits",
        "keeper",
        "doelman",
        "middenvelder",
        "verdediger",
        "renner",
        "schaatser",
        "zwemmer",
        "wielrenner",
        "atleet",
        "hoogleraar",
        "professor",
        "onderzoeker",
        "wetenschapper",
        "econoom",
        "analist",
        "deskundige",
        "expert",
        "historicus",
        "dokter",
        "arts",
        "chirurg",
        "zanger",
        "zangeres",
        "acteur",
        "actrice",
        "schrijver",
        "schrijfster",
        "regisseur",
        "journalist",
        "correspondent",
        "presentator",
        "presentatrice",
        "ombudsman",
        "kanselier",
        "dictator",
        "leider",
        "vicepremier",
        "ex-premier",
        "oud-premier",
        "oud-minister",
        "ex-president",
        "oud-president",
    ]
)
ROLE_HEADS = (
    "chef",
    "baas",
    "leider",
    "voorzitter",
    "president",
    "premier",
    "minister",
    "topman",
    "directeur",
    "woordvoerder",
    "trainer",
    "coach",
    "commissaris",
    "secretaris",
)
LEADER_HEADS = frozenset({"chef", "baas", "leider", "topman", "voorman", "topvrouw"})
TITLES = frozenset({"dhr", "mevr", "mr", "dr", "drs", "ir", "prof", "ing", "sir", "st"})
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da"})
ADJECTIVE_END = re.compile(r"(?:se|sche|ische|ese|aanse|iaanse|ische)$")
INHABITANTS_END = re.compile(r"(?:ers|anen|enen|iërs|ezen|en)$")


def is_role(text: str) -> bool:
    """``minister``, ``Navo-chef``, ``EU-president``, ``oud-premier``: a function word."""
    lower = text.casefold()
    if lower in ROLE_WORDS:
        return True
    head = lower.rsplit("-", 1)[-1]
    return "-" in lower and (head in ROLE_WORDS or head.endswith(ROLE_HEADS))


@dataclass
class _Entity:
    type: str
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    canonical: str | None = None
    place: Any = None

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


@Language.factory("nieuwsnlp_entities", default_config={"fuzzy_threshold": 90})
class EntityResolver:
    """Merge, type, link and describe the entities of an article.

    ``fuzzy_threshold``: rapidfuzz ratio (0–100) above which two organisation names are one.
    """

    def __init__(self, nlp: Language, name: str, fuzzy_threshold: int = 90) -> None:
        self.name = name
        self.fuzzy_threshold = fuzzy_threshold
        self.places = places()
        self.organizations = organizations()

    def __call__(self, doc: Doc) -> Doc:
        spans = self._spans(doc)
        people: list[_Entity] = []
        orgs: list[_Entity] = []
        place_list: list[_Entity] = []
        for start, end, kind in spans:
            if kind == "person":
                self._add_person(doc, start, end, people)
            elif kind == "organization":
                self._add_organization(doc, start, end, orgs)
            else:
                self._add_place(doc, start, end, place_list)
        self._link_places(place_list)
        self._reclaim_names(doc, people, place_list)
        self._reclaim_names(doc, people, orgs)
        self._role_mentions(doc, people, spans)
        records: list[dict[str, Any]] = []
        for prefix, entities in (("p", people), ("o", orgs), ("l", place_list)):
            for number, entity in enumerate(entities, start=1):
                records.append(self._record(f"{prefix}{number}", entity))
        doc._.set(EXTENSION, records)
        return doc

    # --- finding spans ---------------------------------------------------------------------

    def _spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, type) of every entity mention, in text order."""
        found: list[tuple[int, int, str]] = []
        taken = [False] * len(doc)
        for ent in doc.ents:
            kind = entity_type(ent.label_)
            tokens = [t for t in ent if not t.is_punct and t.text != "-"]
            while len(tokens) > 1 and tokens[-1].is_lower:
                tokens.pop()  # Bank Nederlandse Gemeenten [om het geld …]
            while len(tokens) > 1 and ADJECTIVE_END.search(tokens[0].text) and kind == "place":
                tokens.pop(0)  # [Drentse] Koekange
            if kind is None or not tokens or self._is_heading(ent) or _portfolio(tokens[0]):
                continue
            text = doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
            if len(tokens) == 1 and self.places.is_demonym(text):
                continue
            if self.organizations.canonical(text):
                kind = "organization"
            elif kind == "place" and not self._is_place_name(text):
                continue
            elif (
                kind == "organization"
                and self._is_area(text)
                or kind == "person"
                and len(tokens) == 1
                and self._is_place_not_name(doc, text)
            ):
                kind = "place"
            if kind == "person":
                tokens = _extend_name(tokens)
            following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
            if (
                kind == "organization"
                and tokens[-1].pos_ == "ADJ"
                and following is not None
                and (following.pos_ == "NOUN")
            ):
                tokens.append(following)  # de [Nationale] ombudsman
            found.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text.rstrip("-")), kind))
            for i in range(ent.start, max(ent.end, tokens[-1].i + 1)):
                taken[i] = True
        for start, end, kind, span_start, span_end in self._gazetteer_spans(doc):
            overlapping = [s for s in found if s[0] < span_end and span_start < s[1]]
            if not any(taken[i] for i in range(start, end)):
                found.append((span_start, span_end, kind))
            elif all(span_end - span_start > s[1] - s[0] for s in overlapping):
                found = [s for s in found if s not in overlapping]
                found.append((span_start, span_end, kind))
        return sorted(found)

    @staticmethod
    def _is_heading(ent: Any) -> bool:
        """An entity that is a whole paragraph (``Munitie``) is a subheading, not a name."""
        text = ent.doc.text
        return (ent.start_char == 0 or text[ent.start_char - 1] == "\n") and text[
            ent.end_char : ent.end_char + 1
        ] in ("\n", "")

    def _is_place_not_name(self, doc: Doc, text: str) -> bool:
        """A lone PER token that is a known place and never part of a longer name in the article."""
        if text not in self.places or key(text) in self.places.common_words:
            return False
        return not any(
            len(ent) > 1 and text in ent.text
            for ent in doc.ents
            if entity_type(ent.label_) == "person"
        )

    def _is_area(self, text: str) -> bool:
        """An ORG label on a country, region or town the organisations table does not know."""
        if self.organizations.canonical(text):
            return False
        entry = self.places.link(text)
        return entry is not None and (entry.kind in AREA_KINDS or entry.population >= 10_000)

    def _gazetteer_spans(self, doc: Doc) -> list[tuple[int, int, str, int, int]]:
        """(first token, end token, type, start char, end char) of known names the NER may miss.

        The longest known place or distinctive organisation name at a capitalised token, and a
        known organisation that starts a hyphenated compound (``Navo-chef`` → ``Navo``).
        """
        spans = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if not token.text[:1].isupper():
                i += 1
                continue
            for length in (4, 3, 2, 1):
                words = doc[i : i + length]
                if len(words) < length or any(t.is_punct for t in words):
                    continue
                kind = self._known(words.text, sentence_start=token.is_sent_start or i == 0)
                if kind:
                    spans.append((i, i + length, kind, words.start_char, words.end_char))
                    i += length
                    break
            else:
                prefix = token.text.split("-", 1)[0]
                if "-" in token.text and self.organizations.canonical(prefix):
                    spans.append((i, i + 1, "organization", token.idx, token.idx + len(prefix)))
                i += 1
        return spans

    def _known(self, text: str, sentence_start: bool) -> str | None:
        k = key(text)
        if text in self.organizations.distinctive:
            return "organization"
        if (
            text in self.places
            and (k not in self.places.common_words)
            and not (sentence_start and " " not in text and len(text) < 5)
        ):
            return "place"
        return None

    def _is_place_name(self, text: str) -> bool:
        """Nationality adjectives (``Russische``) and inhabitants (``Russen``) are not places."""
        if text in self.places or COMPASS.match(text):
            return True
        single = " " not in text
        return not (single and (ADJECTIVE_END.search(text) or INHABITANTS_END.search(text)))

    # --- people ----------------------------------------------------------------------------

    def _add_person(self, doc: Doc, start: int, end: int, people: list[_Entity]) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        tokens = list(span)
        roles = []
        while tokens and (
            is_role(tokens[0].text)
            or tokens[0].text.rstrip(".").casefold() in TITLES
            or tokens[0].is_lower
        ):
            if is_role(tokens[0].text):
                roles.append(tokens[0].text)
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].is_lower and len(tokens) > 1):
            tokens.pop()
        if not tokens:
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        name = doc.text[start:end]
        person = self._find_person(name, people)
        if person is None and name.endswith("s") and len(name) > 3:
            person = self._find_person(name[:-1], people)  # possessive: Tusks → Tusk
            if person is not None:
                end -= 1
                name = name[:-1]
        if person is None:
            person = _Entity("person", name)
            people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        person.mentions.append((start, end))
        for role in roles + self._roles_around(doc, tokens[0], tokens[-1]):
            person.add_role(role)

    @staticmethod
    def _find_person(name: str, people: list[_Entity]) -> _Entity | None:
        """The most recent person this name refers to: same name, or one is the other's tail."""
        words = key(name).split()
        for person in reversed(people):
            known = key(person.name).split()
            if not words or not known:
                continue
            shorter, longer = sorted((words, known), key=len)
            if longer[-len(shorter) :] == shorter or (
                len(shorter) == 1 and shorter[0] == longer[0]
            ):
                return person
        return None

    @staticmethod
    def _roles_around(doc: Doc, first: Token, last: Token) -> list[str]:
        """Pre-modifier titles (``de Oekraïense president``) and appositions (``, de minister,``)."""
        roles = []
        i = first.i - 1
        while i >= 0 and doc[i].sent == first.sent:
            word = doc[i]
            if is_role(word.text):
                roles.append(word.text)
            elif not (
                word.text[:1].isupper() and ADJECTIVE_END.search(word.text)
            ) and word.lower_ not in (
                "oud",
                "voormalig",
                "voormalige",
                "huidige",
                "nieuwe",
                "toenmalige",
                "kersverse",
            ):
                break
            i -= 1
        following = doc[last.i + 1 : last.i + 6]
        if len(following) >= 2 and following[0].text in (",", "("):
            for word in following[1:]:
                if is_role(word.text):
                    roles.append(word.text)
                    break
                if word.is_punct:
                    break
        return roles

    def _role_mentions(self, doc: Doc, people: list[_Entity], spans: list) -> None:
        """``de Navo-baas`` later on refers to the one person whose role it names."""
        covered = {(s, e) for s, e, _ in spans}
        for token in doc[1:]:
            if doc[token.i - 1].lower_ not in ("de", "het") or not is_role(token.text):
                continue
            if any(s <= token.idx and token.idx + len(token) <= e for s, e in covered):
                continue
            matches = [
                p
                for p in people
                if p.mentions and p.mentions[0][0] < token.idx and _same_role(token.text, p.roles)
            ]
            if len(matches) == 1:
                matches[0].mentions.append((token.idx, token.idx + len(token)))

    # --- organisations ---------------------------------------------------------------------

    def _add_organization(self, doc: Doc, start: int, end: int, orgs: list[_Entity]) -> None:
        name = doc.text[start:end]
        canonical = self.organizations.canonical(name)
        for org in orgs:
            if (canonical and org.canonical == canonical) or _same_org(
                name, org.name, self.fuzzy_threshold
            ):
                org.mentions.append((start, end))
                if len(name) > len(org.name) and not name.isupper():
                    org.name = name
                return
        orgs.append(_Entity("organization", name, [(start, end)], canonical=canonical or name))

    # --- places ----------------------------------------------------------------------------

    def _add_place(self, doc: Doc, start: int, end: int, place_list: list[_Entity]) -> None:
        name = doc.text[start:end]
        for place in place_list:
            if key(place.name) == key(name):
                place.mentions.append((start, end))
                return
        place_list.append(_Entity("place", name, [(start, end)]))

    def _link_places(self, place_list: list[_Entity]) -> None:
        """Countries and unambiguous names first; they set the context for the ambiguous ones."""
        context: set[str] = set()
        for place in place_list:
            candidates = self.places.candidates(place.name)
            if len({c.country for c in candidates}) == 1:
                context.add(candidates[0].country or "")
        for place in place_list:
            entry = self.places.link(place.name, frozenset(context)) or self.places.link_region(
                place.name, frozenset(context)
            )
            place.place = entry
            place.canonical = entry.canonical if entry else None
        merged: dict[object, _Entity] = {}
        for place in list(place_list):
            identity = place.place.geonames_id if place.place and place.place.geonames_id else None
            if identity is None:
                continue
            if identity in merged:
                merged[identity].mentions += place.mentions
                place_list.remove(place)
            else:
                merged[identity] = place

    def _reclaim_names(self, doc: Doc, people: list[_Entity], entities: list[_Entity]) -> None:
        """Undo NER slips on places and organisations: a person's name or part of it (``Wiebe``,
        ``Hannah Huizenga``) becomes mentions of that person, and an unknown one-word name opening
        a sentence (``Opkomst``) is dropped."""
        for place in list(entities):
            words = key(place.name).split()
            if place.type == "organization" and self.organizations.canonical(place.name):
                continue
            owner = next(
                (
                    p
                    for p in people
                    if words
                    and (
                        set(words) <= set(key(p.name).split())
                        or set(key(p.name).split()) <= set(words)
                        and len(words) <= 3
                    )
                ),
                None,
            )
            if owner is not None:
                owner.mentions += place.mentions
                if len(words) > len(key(owner.name).split()):
                    owner.name = place.name
                entities.remove(place)
            elif place.place is None and len(words) == 1:
                starts = {t.idx for t in doc if t.is_sent_start}
                if all(start in starts for start, _ in place.mentions):
                    entities.remove(place)

    @staticmethod
    def _record(entity_id: str, entity: _Entity) -> dict[str, Any]:
        place = entity.place
        return {
            "id": entity_id,
            "type": entity.type,
            "name": entity.name,
            "mentions": [list(m) for m in sorted(entity.mentions)],
            "roles": entity.roles,
            "canonical": entity.canonical,
            "geonames_id": place.geonames_id if place else None,
            "country": place.country if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "kind": place.kind if place else None,
        }


def _extend_name(tokens: list[Token]) -> list[Token]:
    """``Ton`` + ``Nabben``, ``Wiebe`` + ``van Terwisga``: the NER often stops after a first name."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    extended = list(tokens)
    while end < len(doc):
        word = doc[end]
        if word.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            extended += [word, doc[end + 1]]
            end += 2
        elif (
            word.text[:1].isupper()
            and word.is_alpha
            and not word.is_sent_start
            and (word.ent_type_ in ("", "PER", "PERSON"))
        ):
            extended.append(word)
            end += 1
        else:
            break
    return extended


def _portfolio(first: Token) -> bool:
    """``minister van [Justitie]``, ``(Volksgezondheid)`` after a minister: a portfolio, not an
    organisation mention."""
    doc = first.doc
    before = doc[max(0, first.i - 3) : first.i]
    words = [t.lower_ for t in before]
    return (
        "van" in words[-1:]
        and any(w.endswith(("minister", "ministers", "staatssecretaris")) for w in words)
    ) or (words[-1:] == ["("] and first.i >= 2 and doc[first.i - 2].ent_type_ in ("PER", "PERSON"))


def _same_role(text: str, roles: list[str]) -> bool:
    """``Navo-baas`` names the same function as ``Navo-chef``; ``minister`` as ``minister``."""
    lower = text.casefold()
    for role in roles:
        other = role.casefold()
        if lower == other or other.endswith(lower):
            return True
        if "-" in lower and "-" in other:
            (prefix, head), (other_prefix, other_head) = lower.rsplit("-", 1), other.rsplit("-", 1)
            if prefix == other_prefix and head in LEADER_HEADS and other_head in LEADER_HEADS:
                return True
    return False


def _same_org(name: str, other: str, threshold: int) -> bool:
    """Acronym of the other's capitalised words, or a fuzzy match of the names."""
    for short, long in ((name, other), (other, name)):
        initials = "".join(word[0] for word in long.split() if word[:1].isupper())
        if short.isupper() and len(short) >= 2 and short == initials:
            return True
    return fuzz.ratio(name, other, processor=utils.default_process) >= threshold
