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
  ``partial``; so is a quoted clause (it has a verb) inside a sentence without a cue, spoken by the
  sentence's subject when that can speak; without such a speaker it is a scare quote and left out.

Rules for speakers (Dutch news style refers back to a named source instead of repeating it):

* ``hij``/``zij``/``ze`` (singular) → the most recent named person, never an organisation; with no named
  person in the article, the most recent person noun (``de verdachte``, ``een vrouw``); a title and a
  capitalised name the recogniser missed (``hoogleraar Wim van Essen``) count as a named person;
* plural ``zij``/``ze`` (with a plural verb), ``hen``, ``hun`` → the source of the previous quote when that
  is an organisation or a group, else the most recent organisation;
* definite role nouns (``de minister``, ``de Navo-baas``) → the person who had that role before the name;
  definite descriptive nouns (``de man``, ``de 45-jarige``) and person nouns that are no role
  (``de gastheer``, ``de verkoopster``, shortly after a name) → the most recent named person; definite
  organisation nouns (``het bedrijf``, ``de partij``, ``de democraten``) → the most recent organisation;
* a bare ``een woordvoerder`` speaks for the organisation or institution named just before; ``een
  woordvoerder van X``, ``de site van X``, ``prognoses van X`` → X; a name after ``van`` that only
  modifies a plain noun (``leden van de partij``) is not the speaker, the noun is, and so is any
  other role (``een wethouder van de gemeente X`` → ``wethouder``);
* word order decides between subject candidates first (a name before the verb, also across an
  apposition; after a fronted phrase or subordinate clause the subject follows the verb), then the parse;
* ``ik``/``we`` (the writer) give no speaker and so no indirect quote;
* ``Dat zei X.`` attributes the sentence before it to X; ``,,…'', was de reactie van X`` and a
  sentence ``Aldus X.`` after a quote too; an impersonal ``,,…'', klinkt het`` has no speaker;
* inverted order puts the subject right after the finite verb: ``Het kabinet noemde hij …``,
  ``Over X zegt ze: …`` (where ``ze`` is never X); a pronoun after reported speech whose subject
  is a person stands for that person (``X is blij, laat hij weten``);
* a plural pronoun stands for the group that was the subject just before (``partijleden … Volgens
  hen``), ``beide organisaties`` for the first of the two sources named before them;
* ``de officier van justitie`` speaks for the Openbaar Ministerie when the article names it, ``de
  raadsman`` is the person named as ``advocaat``, an unnamed ``de rechtbank`` is no organisation
  named before;
* a surname the recogniser missed (``Van der Staaij`` after ``Kees van der Staaij``) is a mention;
* a passive (``wordt gemeld dat``) takes ``door X`` or the medium (``In X wordt …``), else no speaker;
* a person named inside a quote is what somebody said: a later ``hij``/``zij`` stands for that quote's
  speaker (``Volgens X doet de minister niks. Hij vindt …``), and a pronoun never resolves to a name
  inside the quote it attributes;
* a colon without a speech verb introduces a name, the owner of a speech noun (``de reactie van een
  van de woordvoerders:``), a person named anywhere in the clause, or a person/group/institution noun;
  any other noun (``Dan, met een grijns:``) introduces nobody and the quote floats;
* a speaker must be able to speak: a thing before the verb is a fronted object (``Dat uitstel vindt
  de voorzitter …``); the subject of a verb in a ``dat``-clause is inside that clause; a part of a
  group (``de helft van de docenten``) is the group; ``het ministerie van X`` is X; ``de vereniging
  voor artsen X`` is X, not an organisation named before.

Indirect quotes: every ``dat`` clause of a speech verb (a sentence can hold two), te-infinitives of
reporting verbs (``bekende verantwoordelijk te zijn``), ``volgens X`` (not norms: ``volgens plan``;
and ``Volgens zender X zei Y dat …`` is Y's). An inverted ``…, zegt X`` must close its sentence (or
end at a colon before a quote): a cue after a comma followed by ``dat``/``welke`` … opens a clause of
its own (``X, de advocaat, stelde dat``); between commas (``A, concludeert X, B.``) it attributes the
whole sentence. Reported speech inside a direct quote (``,,… toen hij zei dat …''``, ``,,Zoals X
zei: …''``) is an indirect quote of its own when somebody else than the quote's speaker says it.
Apostrophes of elisions (``'s ochtends``, ``de jaren '90``) are no quote marks.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile
from pathlib import Path
from typing import Any

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from nieuwsnlp.entities import LEADER_HEADS, is_role
from nieuwsnlp.gazetteer import lexicon, places, public_figures

EXTENSION = "nieuwsnlp_quotes"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

SPEECH_OPENERS = (",,", "„", "“", "«")
#: Plural endings of nouns for people: ``chauffeurs``, ``activisten``, ``demonstranten``, ``werknemers``.
PEOPLE_PLURALS = (
    "eurs", "aars", "isten", "enten", "anten", "sters", "lieden", "mensen", "nemers", "gevers",
    "bewoners", "kiezers", "burgers", "boeren", "artsen", "hangers", "standers", "voerders", "iërs",
    "critici", "politici", "leiders", "werkers", "woners", "kundigen", "sporters", "spelers",
    "supporters", "fans", "kinderen", "mannen", "jongeren", "ambtenaren", "leraren", "buren",
    "atleten", "omwonenden", "betrokkenen",
    # ``-lingen`` only as a person (``leerlingen``); ``regelingen``, ``behandelingen`` are things
    "leerlingen", "vluchtelingen", "volgelingen", "nieuwelingen", "zuigelingen", "ouderlingen",
)  # fmt: skip
FLOATING_REACH = 300  # characters between a floating quote and who it is attributed to
RENAMING_REACH = 300  # characters between a person named and a noun that renames them
DESCRIBING_REACH = 300  # characters between a person named and ``de man`` referring back to them
#: Endings of singular nouns for people (``demonstrant``, ``leerling``, ``psychiater``, ``boerin``).
PERSON_AGENT_SUFFIXES = (
    "ant", "ent", "ist", "oog", "aat", "eur", "ier", "aar", "ator", "icus", "arts", "ling", "ige",
    "ster", "iater", "eut", "aris", "oot", "bode", "meester", "esse", "rge", "or", "in", "man",
    "vrouw", "boer", "kind", "fan",
)  # fmt: skip
#: Heads of groups and bodies that speak (``persbureaus``, ``veiligheidsinstanties``, ``jury``).
SPEAKING_BODIES = (
    "bureau", "instantie", "bron", "groep", "school", "schol", "team", "sector", "familie", "jury",
    "leiding", "buren", "publiek",
)  # fmt: skip
#: Plural and group endings of nouns for people (``critici``, ``kiezers``, ``leraren``, ``partijleden``).
PEOPLE_ENDINGS = ("ici", "ers", "aren", "eren", "oren", "eurs", "lid", "leden", "lieden", "als")
#: Words for people in general that end like things (``mensen``, ``de achterban``, ``landen``).
GROUPS_OF_PEOPLE = frozenset(
    {"mens", "mensen", "achterban", "landen", "eurolanden", "lidstaten", "staten", "volk", "stel"}
)
#: Endings of abstract nouns, which name no speaker even as the parser's subject.
THING_ENDINGS = ("ing", "heid", "teit", "isme", "schap", "nis", "sel", "tie", "ment", "ief")
SPEAKING_ENDINGS = PERSON_AGENT_SUFFIXES + SPEAKING_BODIES
#: Documents that state things (``het vonnis meldt``, ``een initiatiefwet schrijft voor``).
DOCUMENTS = ("vonnis", "wet", "verslag", "brief", "rapport", "verklaring", "akkoord")
#: Plurals of adjectives in -ig that only a noun has: ``deskundigen``, ``gelovigen``.
PLURAL_ADJECTIVE_NOUN = re.compile(r"\w{3,}igen")
#: ``ondervraagden``, ``gedupeerden``, ``omwonenden``: people named by what happened to them.
NOMINALISED_PARTICIPLE = re.compile(r"(?:ge|be|ver|ond|ont|er|om|na|aan)\w+(?:den|ten|nen)")
#: Endings of nouns for a person (``verkoopster``, ``gastheer``, ``parlementariër``, ``chauffeur``).
PERSON_SUFFIXES = ("ster", "student", "heer", "iër", "voorman", "vrouw", "man", "eur", "ist", "aar")
ADJECTIVE = re.compile(r"(?:se|sche|ische|ese)$")
CLOSERS = {
    ",,": ("''", "’’", "”", '"', "“"),
    "„": ("”", "“", '"', "''"),
    "“": ("”", "“", '"'),
    "«": ("»",),
    '"': ('"', "”", "''", "’’"),  # sites that print ,, as " still close with ''
    "‘": ("’", "'", "’’"),
    "'": ("'", "’", "''", "’’", '"'),  # ``'Het is alleen verf'', vertelt X``: mixed marks
}
#: An opening mark stands at a word start; a closing one at a word end.
MARK = re.compile(r",,|''|’’|[„“”«»\"‘’']")
#: An apostrophe that elides letters or a century is no mark: ``'s ochtends``, ``'t``, ``'n``,
#: ``de jaren '90``. Paired with a later closing mark it would swallow sentences.
ELISION = re.compile(r"['‘’](?:[stnk]|\d\d)(?![\w'‘’])")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")  # where an attribution after a quote ends
CAPTION = re.compile(r"[^\w\s]{1,3}\s*")  # the closing mark and space before a caption's name
#: A closing mark, a comma and the next word (after an optional ``zo``): ``'', zei X``.
ATTRIBUTION_AFTER = re.compile(r"(?:,,|''|’’|[”»\"'’])?\s*,\s*(?:zo\s+)?([^\W\d]+)")
#: ``Max de Blank (22) Student in …``: a caption's name, age and capitalised description (no comma,
#: no verb: ``Gerben Kant (49) kan …`` and ``Sigrid Loos (35), adviseur …`` open a sentence)
CAPTION_AGE = re.compile(r"\s?\(\d{1,3}\) [A-Z]")
AGE_AFTER_NAME = re.compile(r" ?\(\d{1,3}\)")  # ``Kady Moerenhout (30)``: a person introduced
PERSON_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar"})
OBJECT_PRONOUNS = frozenset({"hem", "hen", "hun", "mij", "me", "ons", "jou", "u"})
PLURAL_PRONOUNS = frozenset({"hen", "hun"})
#: Pronouns for an unnamed group of people, which speak as written (``Velen verweten X …``).
PEOPLE_PRONOUNS = frozenset({"velen", "sommigen", "anderen", "enkelen"})
SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze"})
HE, SHE = re.compile(r"\b[Hh]ij\b"), re.compile(r"\b[Zz]ij\b")  # a subject in its sentence
#: ``Voelt hij geen wroeging? ,,…''``: a question about somebody, whom the quote after it answers
#: (not the interviewee of the last quote, as after ``Wat vindt u ervan?``)
THIRD_PERSON_QUESTION = re.compile(r"\b(?:hij|zij)\b[^.!?]*\?$")
#: The gender a singular pronoun asks of its person (a plural ``zij`` is resolved elsewhere).
PRONOUN_GENDERS = {"hij": "m", "hem": "m", "zij": "f", "ze": "f", "haar": "f"}
#: Person nouns of one gender, also as the end of a compound (``zakenman``, ``zakenvrouw``)
GENDERED_NOUNS = {
    "m": ("man", "heer", "vader", "zoon", "broer", "echtgenoot", "koning", "prins", "opa", "jongen"),
    "f": (
        "vrouw", "meisje", "moeder", "dochter", "zus", "zuster", "echtgenote", "koningin", "prinses",
        "oma",
    ),
}  # fmt: skip
DEFINITE = frozenset({"de", "het", "deze", "die", "dit"})
#: Determiners that open a fronted object (``Die opening noemde …``, ``Dat achterblijven vindt …``).
FRONTED_OPENERS = DEFINITE | {"een", "dat"}
#: Determiners before a person noun a pronoun can stand for when nobody is named (``een vrouw``).
PERSON_DETERMINERS = DEFINITE | {"een"}
#: Nouns that describe rather than name a person: definite, they refer back to the person last named
#: (``Jan Huzen … de man``, ``de 45-jarige``).
DESCRIPTIVE_NOUNS = frozenset(
    ["man", "vrouw", "jongen", "meisje", "jongeman", "jongedame", "dame", "heer", "tiener", "knul"]
)
AGE_NOUN = re.compile(r"[\w-]*jarige")
PARTY_MEMBER = re.compile(r"[A-Z][\w-]*['’]er")  # ``VVD'er``, ``PvdA’er``: one member
#: Person nouns that can speak without a name (``de verdachte beaamde``), besides role words.
PERSON_NOUNS = DESCRIPTIVE_NOUNS | frozenset(
    [
        "verdachte",
        "slachtoffer",
        "getuige",
        "bewoner",
        "buurman",
        "buurvrouw",
        "eigenaar",
        "agent",
        "eiser",
        "gedaagde",
        "dader",
        "patiënt",
        "klant",
        "reiziger",
        "moeder",
        "vader",
        "ouder",
        "zoon",
        "dochter",
        "broer",
        "zus",
        "zuster",
        "vriend",
        "vriendin",
        "collega",
        "echtgenoot",
        "echtgenote",
        "weduwe",
        "oom",
        "tante",
        "opa",
        "oma",
        "neef",
        "nicht",
        "partner",
        "raadsman",
        "raadsvrouw",
        "manager",
    ]
)
#: Heads of leader nouns that name the person who leads (``politiechef``, ``partijleider``,
#: ``Navo-baas``), unlike a spokesperson's noun, which stands for the organisation.
LEADER_ENDINGS = tuple(sorted(LEADER_HEADS))
#: Offices a story always names the holder of before the bare title speaks (``de premier zei``).
OFFICE_TITLES = frozenset(
    ["premier", "president", "bondskanselier", "kanselier", "koning", "koningin", "paus"]
)
#: Heads of compound person nouns (``politierechter``, ``buurtagent``, ``persvoorlichter``).
PERSON_HEADS = (
    "rechter",
    "agent",
    "woordvoerder",
    "woordvoerster",
    "voorlichter",
    "officier",
    "advocaat",
    "directeur",
    "voorzitter",
    "minister",
    "wethouder",
    "burgemeester",
    "docent",
    "leraar",
    "leerkracht",
)
#: Heads of nouns that stand for an organisation named before (``het bedrijf``, ``de supermarktketen``).
ORGANISATION_HEADS = (
    "bedrijf",
    "onderneming",
    "concern",
    "partij",
    "club",
    "organisatie",
    "vereniging",
    "bond",
    "stichting",
    "bank",
    "keten",
    "fabrikant",
    "producent",
    "omroep",
    "krant",
    "uitgeverij",
    "maatschappij",
    "federatie",
    "gemeenschap",
    "beweging",
    "instelling",
    "instituut",
    "dienst",
    "agentschap",
    "ministerie",
    "fractie",
    "coöperatie",
    "multinational",
    "zender",
    "vervoerder",
    "verzekeraar",
    "ploeg",
    "platform",
    "start-up",
    "fonds",
    "bureau",
    "orgaan",
    "waakhond",
    "autoriteit",
    "universiteit",
    "hogeschool",
    "ziekenhuis",
    "museum",
    "supermarkt",
    "brouwerij",
    "rederij",
    "theater",
    "orkest",
)
#: Party-family nouns that Dutch news uses for a party named before (``D66 … de democraten``).
PARTY_FAMILIES = frozenset(
    [
        "democraten",
        "christendemocraten",
        "sociaaldemocraten",
        "liberalen",
        "socialisten",
        "groenen",
        "populisten",
        "conservatieven",
        "nationalisten",
        "christen-democraten",
        "sociaal-democraten",
    ]
)
#: ``deze krant``, ``deze site``: how a paper names itself.
OWN_PAPER = frozenset(["krant", "site", "website", "redactie", "courant"])
#: Through these an owner speaks: ``de site van de gemeenschap``, ``een verklaring van het OM``.
MEDIUM_NOUNS = frozenset(
    [
        "site",
        "website",
        "verklaring",
        "persbericht",
        "rapport",
        "account",
        "twitteraccount",
        "brief",
        "blog",
        "mededeling",
        "nieuwsbrief",
        "zegsman",
        "zegsvrouw",
        "voorlichter",
        "woordvoerders",
    ]
)
#: A spokesperson without ``van X`` speaks for the organisation or institution just named.
#: Prefixes that rank a role rather than name its organisation (``hoofddirecteur``, ``oud-topman``).
RANK_PREFIXES = frozenset({"hoofd", "oud", "ex", "adjunct", "vice", "onder", "interim", "algemeen"})
FORMER = ("oud-", "ex-")  # ``oud-medewerker``, ``ex-bestuurder``
SPOKESPERSONS = frozenset({"woordvoerder", "woordvoerster", "zegsman", "zegsvrouw", "voorlichter"})
#: Who leads an organisation: unnamed, ``de voorzitter van X`` speaks for X.
LEADERS = frozenset(
    {"voorzitter", "directeur", "directie", "topman", "topvrouw", "bestuur", "leiding"}
)
#: News varies the word for a role it already gave (``advocaat X … de raadsman``, ``trainer X … de
#: coach``); both sides map to one word.
ROLE_SYNONYMS = {
    "raadsman": "advocaat", "raadsvrouw": "advocaat", "advocate": "advocaat",
    "coach": "trainer", "hoofdcoach": "trainer", "hoofdtrainer": "trainer",
    "keeper": "doelman", "minister-president": "premier", "burgervader": "burgemeester",
    "ceo": "topman", "bestuursvoorzitter": "topman",
}  # fmt: skip
#: The officier van justitie speaks for the prosecution service when the article names it.
PROSECUTION = frozenset({"openbaar ministerie", "om"})
#: Generic institutions: not named entities, so the head noun itself is the speaker (guidelines).
INSTITUTION_NOUNS = frozenset(
    [
        "politie",
        "brandweer",
        "gemeente",
        "provincie",
        "kabinet",
        "regering",
        "ministerie",
        "rechtbank",
        "justitie",
        "marechaussee",
        "ambulancedienst",
        "veiligheidsregio",
        "ziekenhuis",
        "school",
        "universiteit",
        "college",
        "waterschap",
        "gemeenteraad",
        "raad",
        "bestuur",
        "gemeentebestuur",
        "directie",
        "inspectie",
        "onderwijsinspectie",
        "overheid",
        "rijksoverheid",
        "douane",
        "defensie",
        "commissie",
        "toezichthouder",
        "parlement",
        "senaat",
    ]
)
#: Town and province authorities: news names them after their place (``de gemeente Den Haag``), which
#: is a place, so ``de gemeente`` later stays the noun.
TOWN_AUTHORITIES = frozenset(["gemeente", "provincie", "gemeenteraad", "gemeentebestuur"])
#: Institution nouns that still name one as the end of a compound (``museumbestuur``,
#: ``vreemdelingenpolitie``); short ones (``raad``: ``voorraad``) and ``college`` (``hoorcollege``) do not.
INSTITUTION_ENDINGS = tuple(sorted(n for n in INSTITUTION_NOUNS if len(n) > 5 and n != "college"))
#: ``,,…'', was de reactie van de wethouder``: a speech noun with ``van X`` attributes a quote.
SPEECH_NOUNS = frozenset(
    [
        "reactie",
        "antwoord",
        "weerwoord",
        "commentaar",
        "conclusie",
        "oordeel",
        "boodschap",
        "verklaring",
        "uitleg",
        "verweer",
        "advies",
        "woorden",
        "repliek",
        "oproep",
        "waarschuwing",
        "devies",
        "verzuchting",
        "mening",
        "analyse",
        "visie",
        "redenering",
        "redenatie",
        "lezing",
        "standpunt",
        "uitspraak",
        "toespraak",
    ]
)
#: Where something is said: ``in een interview``, ``op de radio``, ``in een reactie``.
SAID_IN = SPEECH_NOUNS | {
    "interview", "gesprek", "brief", "persbericht", "uitzending", "programma", "podcast", "radio",
    "televisie", "tv", "column", "tweet", "debat", "vraaggesprek", "toelichting",
}  # fmt: skip
#: Words that open a subordinate clause: an inverted ``…, zegt X`` ends its sentence without them.
SUBORDINATORS = frozenset(
    [
        "dat",
        "of",
        "om",
        "omdat",
        "te",
        "wat",
        "welke",
        "welk",
        "wie",
        "hoe",
        "waarom",
        "waar",
        "wanneer",
        "als",
        "terwijl",
        "nadat",
        "zodat",
    ]
)
#: Subordinators of time and reason that may follow an inverted attribution (``…, zei hij toen …``).
TIME_CLAUSE_OPENERS = frozenset({"toen", "nadat", "terwijl", "omdat", "wanneer", "zodra"})
#: Speech verbs that report with a te-infinitive: ``R. bekende verantwoordelijk te zijn``.
TE_VERBS = frozenset(
    [
        "zeggen",
        "beweren",
        "claimen",
        "verklaren",
        "ontkennen",
        "bekennen",
        "erkennen",
        "toegeven",
        "beloven",
        "toezeggen",
        "aangeven",
        "laten weten",
        "aankondigen",
        "bekendmaken",
        "verzekeren",
        "bezweren",
        "suggereren",
        "voorstellen",
        "melden",
        "vertellen",
        "schrijven",
        "bevestigen",
        "benadrukken",
        "adviseren",
        "aanraden",
        "vragen",
        "verzoeken",
        "beschuldigen",
        "verwijten",
        "oproepen",
        "waarschuwen",
        "pleiten",
    ]
)
#: Calls and proposals: their ``om … te`` is what they ask, not a purpose (``pleit ervoor om …``).
CALLS = frozenset({"oproepen", "pleiten", "voorstellen", "verzoeken", "aandringen"})
CLAUSE_OPENERS = SUBORDINATORS | {"en", "maar", "want", "dus"}
#: Words that open a clause with a finite verb of its own (not ``om … te``), relatives included.
FINITE_CLAUSE_OPENERS = (SUBORDINATORS - {"om", "te"}) | {"die"}
#: Cue words that are not verbs and so keep their cue whatever the tagger says.
CUE_WORDS = frozenset({"volgens", "aldus"})
#: Who was told, after a separable verb's particle (``liet hij weten aan de krant``).
ADDRESSEE = frozenset({"aan", "tegen", "tegenover"})
#: Parts of speech no speech verb has (``bekend`` in ``toen bekend werd``). Nouns are left out:
#: the tagger reads inflected verbs as nouns (``kon de gemeente melden``), so a determiner before
#: the form decides instead.
NOT_VERBS = frozenset({"PROPN", "ADJ", "DET", "NUM", "PRON", "ADP", "CCONJ", "SCONJ"})
PARTICIPLE = re.compile(
    r"(?:(?:aan|af|op|uit|in|toe|voor|mee|na|bij|door|vast)?ge|be|ver|ont|her|er)\w+[dt]$"
)
STRONG_PARTICIPLE = re.compile(r"(?:ge|be|ver|ont)\w+en")  # gekozen, betrokken, verboden
#: The noun before a name, and whether a sentence or paragraph starts right before it.
TITLE_BEFORE = re.compile(r"(^|[.!?:]\s+|\n)?([^\W\d][\w-]*)\s+$")
#: Parts of speech that front a clause so its subject follows the finite verb.
FRONTED = frozenset({"ADP", "ADV", "SCONJ"})
PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"})  # inside a noun phrase
#: A quote with a known source-less attribution (``volgens schattingen``, ``klinkt het``): it
#: inherits no speaker.
NOBODY = {"entity_id": None, "name": None, "start": None, "end": None}
PRONOUN_REACH = 120  # tokens searched back for a person noun or an institution
GROUP_CHAIN = 6  # sentences searched back for the group a plural ``ze`` stands for
#: Subjects that are the writer or the reader: no source to report.
FIRST_PERSON = frozenset({"ik", "wij", "we", "jij", "je", "u"})
#: Parts of speech of an inverted subject between a speech verb and its colon (``zei die: …``,
#: ``zei de huisarts: …``); with adverbs and auxiliaries they fill that slot, an addressee does not
#: (``zei tegen de rechter: …``).
SUBJECT_POS = ("PRON", "DET", "NOUN", "PROPN", "ADJ")
INVERTED_SLOT = ("ADV", "AUX", *SUBJECT_POS)
#: Words around a speech verb that make it no report of what was said (``zeg je ook niet: …``).
NOT_SAID = frozenset({"niet", "nooit", "geen", "men"})
#: Cues of thinking: after a colon they open a thought, not speech (``dacht: …``).
THOUGHTS = ("denken", "vermoeden", "vinden", "menen", "geloven", "beseffen")
#: Openers of a subordinate clause that can front a main clause (``Hoewel …, zegt X``).
CLAUSE_FRONTERS = frozenset(
    {"hoewel", "omdat", "als", "nadat", "toen", "terwijl", "doordat", "zodra", "voordat", "ondanks"}
)
#: Heads of spokesperson nouns (``politiewoordvoerder``), who speak for the organisation after ``van``.
SPOKESPERSON_HEADS = tuple(sorted(SPOKESPERSONS | {"woordvoerders"}))
#: Governing bodies of an organisation, which speak for it (``het X-bestuur``, ``de X-top``,
#: ``het hoofdbestuur van X``).
GOVERNING_BODIES = ("bestuur", "directie", "leiding")
ORGANISATION_VOICES = frozenset({"top", *GOVERNING_BODIES})
PASSIVE_AUXILIARIES = frozenset({"wordt", "werd", "werden", "worden"})
HAVE = frozenset({"heeft", "hebben", "had", "hadden", "heb"})
#: Finite auxiliaries and modals: in verb-second order the subject follows them.
AUXILIARIES = HAVE | frozenset(
    {"zal", "zullen", "zou", "zouden", "moet", "moeten", "moest", "moesten", "kan", "kunnen"}
    | {"kon", "konden", "wil", "willen", "wilde", "wilden", "wou", "mag", "mogen", "mocht"}
)
#: Finite forms of the verbs a clause can hang on, however the tagger reads them (``zijn``, ``is``).
FINITE_AUXILIARIES = AUXILIARIES | PASSIVE_AUXILIARIES | {"zijn", "is", "was", "waren"}
#: Nouns after which ``dat`` opens a clause of time (``op het moment dat``, ``de dag dat``).
TIME_NOUNS = frozenset({"moment", "dag", "avond", "nacht", "ochtend", "week", "tijd", "periode"})
#: Words that make a time noun an adverbial of the saying (``vorige week``, ``deze maand``).
DEICTIC = frozenset({"vorige", "afgelopen", "deze", "komende", "volgende", "verleden"})
#: Time nouns that end a noun phrase as an adverbial (``deze krant vorige week``).
TIME_HEADS = TIME_NOUNS | {"maand", "jaar", "keer"}
#: Time adverbials that can open a main clause before the finite verb (``Dinsdag had X gemeld``).
TIME_WORDS = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren"}
    | {"vandaag", "gisteravond", "gistermiddag", "vanochtend", "vanmorgen", "vanavond", "eerder"}
)
#: Sources that say nothing themselves: ``volgens schattingen`` has a cue but no speaker name.
NON_AGENT_SOURCES = frozenset(
    [
        "schattingen",
        "schatting",
        "cijfers",
        "geruchten",
        "plannen",
        "berekeningen",
        "prognose",
        "prognoses",
        "tv-prognoses",
        "exitpoll",
        "exitpolls",
    ]
)
#: After ``volgens`` these are norms, not sources: ``volgens plan``, ``volgens de wet``.
NOT_SOURCES = frozenset(
    [
        "plan",
        "planning",
        "schema",
        "regels",
        "regel",
        "wet",
        "afspraak",
        "afspraken",
        "traditie",
        "protocol",
        "stand",
        "boekje",
        "verwachting",
        "verwachtingen",
    ]
)
#: Forms of ``blijken`` that cite evidence as the source of a clause (``Uit onderzoek blijkt dat …``,
#: ``Dat bleek uit cijfers van het CBS.``).
EVIDENCE_VERBS = frozenset({"blijkt", "bleek", "blijken", "bleken"})
#: ``In het rapport staat dat …``: the verb and the endings of the documents that so speak.
WRITTEN_VERBS = frozenset({"staat", "stond", "staan", "stonden"})
WRITTEN_SOURCES = (
    *DOCUMENTS, "bericht", "nota", "voorstel", "verordening", "notitie", "mail", "artikel",
    "document", "memo", "advies", "studie",
)  # fmt: skip
#: Evidence that names no source: ``uit het feit dat``, ``uit de praktijk``.
NOT_EVIDENCE = NOT_SOURCES | {"feit", "praktijk", "ervaring", "alles", "niets", "niks"}
#: Nouns whose own ``dat`` clause follows them: ``bleek uit het bericht dat …`` says what the
#: message was, not what it showed.
CONTENT_NOUNS = frozenset({"bericht", "nieuws", "besluit", "gegeven", "signaal", "teken"})
#: Parts of a group: ``de helft van de docenten``, ``een deel van de leden`` → the group speaks.
QUANTITY_NOUNS = frozenset(
    [
        "helft",
        "deel",
        "merendeel",
        "meerderheid",
        "minderheid",
        "derde",
        "kwart",
        "procent",
        "rest",
        "groep",
        "aantal",
        "tiental",
        "tientallen",
        "honderden",
        "duizenden",
    ]
)
#: Reports that a story cites as a source (``volgens het onderzoek``, ``volgens berichten``): not
#: named entities, so after ``volgens`` the noun itself is the speaker (guidelines), unlike
#: estimates and rumours; as a subject (``de peiling bevestigt``) they report nothing.
REPORT_SOURCES = frozenset(
    {
        "onderzoek",
        "studie",
        "berichten",
        "bericht",
        "peilingen",
        "peiling",
        "verslagen",
        "documenten",
    }
)
#: Nouns whose ``van X`` is the source: ``een woordvoerder van X``, ``prognoses van de NOS``.
OWNED_SOURCES = MEDIUM_NOUNS | NON_AGENT_SOURCES | REPORT_SOURCES
#: Words that speak whatever their ending: media, reports, people in general, parts of a group.
SPEAKING_WORDS = MEDIUM_NOUNS | REPORT_SOURCES | GROUPS_OF_PEOPLE | QUANTITY_NOUNS
#: Subjects that are there but name no speaker (``omdat men vermoedt dat``).
UNNAMED_SUBJECTS = SUBJECT_PRONOUNS | {"men", "je", "ik", "we", "wij"}
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
#: Words that make the next word a noun (not ``die``/``dat``, which also open clauses).
ARTICLES = frozenset({"de", "het", "een", "dit", "zijn", "hun", "mijn", "ons", "onze"})
NAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "en", "la", "le", "von", "'t", "’t"}
)
#: Dates are adverbials, never speakers (``In een brief van 5 maart vindt X …``).
MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
)
#: Words between a speech verb and its speaker that are neither (``zo voegde hij eraan toe``).
SKIP_WORDS = MONTHS | frozenset(
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
#: Between a cue and its ``dat``: ``staat er onder meer dat``, ``blijkt nu dat`` (with adverbs).
FILLERS = SKIP_WORDS | {"onder", "meer"}


@cache
def speech_lexicon() -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """(form → lemma, form → ((lemma, particle), …)) from ``data/speech_verbs.txt``; one form can
    take several particles (``stelde … voor``, ``stelde … vast``)."""
    forms: dict[str, str] = {}
    separable: dict[str, tuple[tuple[str, str], ...]] = {}
    path = Path(__file__).parent / "data" / "speech_verbs.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, written = line.partition("\t")
        forms.setdefault(lemma, lemma)
        for form in written.split():
            if "|" in form:
                verb, particle = form.split("|")
                separable[verb] = (*separable.get(verb, ()), (lemma, particle))
                if lemma.startswith(particle) and " " not in lemma:
                    forms.setdefault(particle + verb, lemma)  # ``Hoewel hij toegaf dat``
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
    canonical: str = ""  # the table's full name (``ministerie van Defensie`` for ``Defensie``)


@dataclass
class _Quote:
    start: int
    end: int
    kind: str
    cue: str | None = None
    speaker: dict[str, Any] | None = None
    opener: str = ""
    nested: bool = False  # reported speech inside a direct quote


@Language.factory("nieuwsnlp_quotes")
class QuoteExtractor:
    """Find direct, partial and indirect quotes and resolve who said them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.forms, self.separable = speech_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built from the tokens on every access: once per document
        mentions = self._mentions(doc, text)
        starts = doc.to_array("IDX").tolist()  # token offsets, without building Token objects
        direct = self._direct_quotes(text)
        quotes: list[_Quote] = []
        for quote in direct:
            sentence = self._sentence(doc, starts, quote.start)
            kind = self._classify(doc, text, quote, sentence)
            if kind is None:
                continue
            quote.kind = kind
            quote.cue, quote.speaker = self._attribute_direct(doc, text, starts, quote, mentions)
            quotes.append(quote)
        indirect = self._indirect_quotes(doc, quotes, mentions)
        quotes += indirect
        quotes.sort(key=lambda q: q.start)
        for quote in quotes:
            if quote.kind == "partial":
                host = next((q for q in indirect if q.start <= quote.start < q.end), None)
                if host is not None and host.speaker:
                    quote.cue, quote.speaker = host.cue, dict(host.speaker)
                elif quote.speaker is None:
                    sentence = self._sentence(doc, starts, quote.start)
                    quote.cue, quote.speaker = self._sentence_speaker(
                        doc, sentence, quote, mentions
                    )
        quotes = [q for q in quotes if q.kind != "partial" or q.cue or q.speaker]  # scare quotes
        main_subjects = _main_subjects(doc, mentions)
        phrased = {
            m.start
            for m in mentions
            if self._prepositional(doc[bisect.bisect_right(starts, m.start) - 1])
        }
        _resolve_pronouns(text, quotes, mentions, main_subjects, phrased)
        _resolve_plurals(doc, quotes, mentions)  # after the partial quotes, which can copy a plural
        self._inherit_speakers(doc, text, starts, quotes, mentions, main_subjects)
        # a quoted fragment nobody can be found to have said is a term or a title rather than a
        # partial quote (in the gold sets, 42 % of such fragments were partial quotes); the filter
        # above runs earlier so that a fragment with neither cue nor speaker inherits no speaker
        quotes = [q for q in quotes if q.kind != "partial" or (q.speaker or {}).get("name")]
        doc._.set(
            EXTENSION,
            [
                {"start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue, "speaker": q.speaker}
                for q in quotes
            ],
        )
        return doc

    # --- direct quotes ---------------------------------------------------------------------

    def _direct_quotes(self, text: str) -> list[_Quote]:
        """Pair opening and closing marks within a paragraph; an unclosed speech quote runs to the
        paragraph's end, or to an attribution inside it (``,,A, zegt X. B``: the closing mark was
        forgotten there). Apostrophes inside words (``zo'n``, ``auto's``) are not marks."""
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
                if found.group() in "'‘’" and ELISION.match(paragraph, start):
                    continue
                marks.append((start, end, found.group(), opening, closing))
            i = 0
            while i < len(marks):
                start, end, mark, opening, _ = marks[i]
                if not opening or mark not in CLOSERS:
                    i += 1
                    continue
                close = _closing_mark(paragraph, marks, i)
                if close is None:
                    if mark in SPEECH_OPENERS:
                        content_end = self._unclosed_end(paragraph, end)
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

    def _unclosed_end(self, paragraph: str, start: int) -> int:
        """Where an unclosed speech quote opened at ``start`` ends: at the first comma followed by
        an attribution (``,,A, zegt X. B``), else at the paragraph's end."""
        for comma in re.finditer(",", paragraph[start:]):
            if self._attributed_after(paragraph, start + comma.start(), separable=False):
                return start + comma.start()
        return len(paragraph.rstrip())

    def _classify(self, doc: Doc, text: str, quote: _Quote, sentence: Span | None) -> str | None:
        content = text[quote.start : quote.end]
        words = re.findall(r"\w+", content)
        starts_sentence = (
            sentence is None or text[sentence.start_char : quote.start].strip(" ,„“«'‘\"") == ""
        )
        if words and starts_sentence and self._attributed_after(text, quote.end):
            return "direct"  # ``,,Nee'', zei X.``, ``,,Nous continuons'', zei X.``: however short
        if len(words) <= 1:
            return None
        capitalised = sum(w[0].isupper() for w in words)
        ends_sentence = content.rstrip()[-1:] in ".!?,…"
        if capitalised / len(words) > 0.6 and not ends_sentence and len(words) > 1:
            return None
        if (starts_sentence or ends_sentence) and len(words) >= 3:
            return "direct"
        introduced = text[max(0, quote.start - 4) : quote.start].rstrip(" ,„“«'‘\"").endswith(":")
        whole = len(words) >= 3 or content.rstrip()[-1:] in ".!?"  # ``zei: ,,Ik stop.''``
        if introduced and whole and self._has_verb(doc, quote):
            return "direct"  # ``zei: 'We gaan door'``, ``gemor als: 'van mij hoeft het niet …'``:
            # after a colon a clause is a whole utterance, not a fragment
        if sentence is not None and self._has_attribution(sentence):
            return "partial"
        if quote.opener in SPEECH_OPENERS and len(words) >= 3:
            return "direct"
        if not starts_sentence and self._has_verb(doc, quote):
            return "partial"  # ``gaf het bevel 'alles plat te branden'``: a quoted clause is speech
        return None

    def _attributed_after(self, text: str, end: int, separable: bool = True) -> bool:
        """The quote is closed by a comma and a speech verb or cue word: ``…'', zei X``, ``…'',
        aldus X``, ``…'', zo stelt X``; ``separable=False`` leaves out the stems of separable verbs
        (``gaat``), which need their particle to speak."""
        after = ATTRIBUTION_AFTER.match(text, end)
        if after is None:
            return False
        word = after[1].lower()
        return word in CUE_WORDS or word in self.forms or (separable and word in self.separable)

    @staticmethod
    def _has_verb(doc: Doc, quote: _Quote) -> bool:
        """Speech renders a clause; ``suf: 'de moeder de vrouw'`` is a title (untagged: assume so)."""
        if not doc.has_annotation("POS"):
            return True
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        return span is not None and any(
            t.pos_ in ("VERB", "AUX")
            and not ("Part" in t.morph.get("VerbForm") and t.head.pos_ in ("NOUN", "PROPN"))
            for t in span
        )  # not ``'aanzuigende werking'``: a participle before a noun is an adjective

    def _has_attribution(self, sentence: Span) -> bool:
        return any(self._cue(token) for token in sentence)

    def _cue(self, token: Any) -> str | None:
        """The speech lemma a token expresses, if any. Where the pipeline tags, a noun or adjective is
        no verb (``Met dit besluit``); a separable verb needs its particle at its clause's end."""
        lower = token.lower_
        if lower in CUE_WORDS:
            return lower
        if lower not in self.separable and not (
            self.forms.get(lower) or self.forms.get(token.lemma_.lower())
        ):
            return None  # most words: no form of a speech verb at all
        if token.i and token.doc[token.i - 1].lower_ in ARTICLES:
            return None  # ``het bericht``: a noun, whatever the tagger says
        for lemma, particle in self.separable.get(lower, ()):
            if _particle_follows(token, particle):
                return (
                    lemma  # its particle makes a verb of a stem tagged otherwise (``vat … samen``)
                )
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if (
            token.pos_ in NOT_VERBS
            and (following is None or following.lower_ != "dat")
            and not _predicate_verb(token)
            and not self._closes_attribution(token)
        ):
            return None  # ``Met dit besluit``; but ``beloofde dat`` read as an adjective is a verb
        lemma = self.forms.get(lower) or self.forms.get(token.lemma_.lower())
        if (
            lemma == "melden"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "zich"
        ):
            return None  # ``meldde zich bij de politie``: reporting oneself, not a report
        return lemma

    def _closes_attribution(self, token: Any) -> bool:
        """``…, grapte senator X.``, ``…, toen de kritiek toenam, beloofde X …``: a finite speech verb
        right after a comma (Dutch inverts the subject there) is a verb, however the tagger read it
        (here an adjective)."""
        doc = token.doc
        return (
            token.i > 0
            and (doc[token.i - 1].text == "," or doc[token.i - 1].is_quote)
            and token.lower_ != self.forms.get(token.lower_)  # not the infinitive
            and not PARTICIPLE.fullmatch(token.lower_)
        )

    def _attribute_direct(
        self, doc: Doc, text: str, starts: list[int], quote: _Quote, mentions: list[_Mention]
    ) -> tuple[str | None, dict[str, Any] | None]:
        """``…'', zegt X`` / ``…'', aldus X`` / ``…'', was de reactie van X`` after the quote, or
        ``X zei: ,,…''`` before it."""
        after = bisect.bisect_left(starts, quote.end)
        window = [t for t in doc[after : after + 16] if not t.is_quote]
        # whom the quote itself names does not say it (``,,De premier …'', aldus de Labourvoorman``)
        mentions = [m for m in mentions if not quote.start <= m.start < quote.end]
        # ``,,…'', zegt X``; after a question or exclamation without the comma: ``,,…?'' vraagt X``
        attached = text[quote.end - 1 : quote.end] == "," or (
            window
            and (window[0].text == "," or (text[quote.end - 1] in "?!" and window[0].is_lower))
        )
        for position, token in enumerate(window if attached else []):
            if token.text in (".", "!", "?") or "\n" in token.text:
                break
            following = window[position + 1 :]
            if token.lower_ in SPEECH_NOUNS and following and following[0].lower_ == "van":
                owner = self._noun_phrase(following[1:])
                return token.lower_, self._resolve(doc, owner, mentions)
            cue = self._cue(token)
            # the verb slot of an inverted attribution: right after ``'',`` or ``'', zo``
            slot = all(t.text == "," or t.lower_ == "zo" for t in window[:position])
            if cue is None and slot and token.is_lower:
                cue = self.forms.get(token.lower_)  # ``'', zo maant X``: whatever the tagger says
            subject = window[position + 1] if position + 1 < len(window) else None
            if (
                cue is None
                and slot
                and position <= 2
                and token.pos_ in ("VERB", "AUX")
                and token.is_lower
                and subject is not None
                and any(_ends_sentence(t) for t in window[position + 1 : position + 6])
            ):  # a short inverted clause that ends the sentence
                cue = token.lemma_ or token.lower_  # ``'', motiveert Huzen``: inverted verb
            if (
                cue
                and _participle(token)
                and any(t.lower_ in PASSIVE_AUXILIARIES for t in window[:position])
            ):
                # ``'…', zo werd het plan genoemd``: only ``door X`` says who, else nobody
                clause = window[
                    : next((k for k, t in enumerate(window) if _ends_sentence(t)), None)
                ]
                return cue, self._agent(doc, clause, mentions) or dict(NOBODY)
            if cue:
                return cue, self._speaker_near(doc, token, window[position + 1 :], mentions)
        following = next((t for t in window if not t.is_space), None)
        if not attached and following is not None and following.text == "Aldus":
            # ``,,…'' Aldus X.``: news also attributes with a sentence of its own
            rest = window[window.index(following) + 1 :]
            return "aldus", self._speaker_near(doc, following, rest, mentions)
        before = bisect.bisect_left(starts, quote.start) - 1
        if before >= 1 and doc[before - 1].text == ":":
            colon = doc[before - 1]
            left = list(doc[max(colon.sent.start, colon.i - 25) : colon.i])
            owned = next(
                (
                    k
                    for k in range(len(left) - 2, -1, -1)
                    if left[k].lower_ in SPEECH_NOUNS and left[k + 1].lower_ == "van"
                ),
                None,
            )  # ``verwezen naar de uitspraak van X: ,,…''``: the owner of the words speaks
            if owned is not None:
                owner = self._resolve(doc, self._noun_phrase(left[owned + 2 :]), mentions)
                if owner is not None:
                    return left[owned].lower_, owner
            verb = next((t for t in reversed(left) if self._cue(t)), None)
            if verb is None:
                return ":", self._introduced(doc, left, mentions)
            return self._cue(verb), self._subject(doc, verb, left, mentions)
        return None, None

    def _inherit_speakers(
        self,
        doc: Doc,
        text: str,
        starts: list[int],
        quotes: list[_Quote],
        mentions: list[_Mention],
        main_subjects: dict[int, int],
    ) -> None:
        """A floating quote (no attribution of its own) is spoken by the person introduced just
        before it, else by a role noun of a named entity in the sentence before it, else by the
        speaker of the attributed quote it follows (same or next paragraph; in an interview not
        a group's reported words, but the interviewee who answers them). A person named in
        that quote's attribution (``zegt X, die op Y stemde``) introduces nobody, nor, while the
        story follows a speaker, does one named in a prepositional phrase (``de rollen van X en
        Y``; but ``Op X (30) maakte het indruk`` introduces X with an age) or in a question the
        quote answers, nor one in the object of a sentence whose
        subject is ``hij``/``zij`` (``Ook neemt ze haar broer X mee.``). The article's first
        quote prefers a person named outside such a phrase; with nobody named before it, it is a
        lead quote whose speaker the text names right after it."""

        def aside(mention: _Mention) -> bool:
            """Named in a prepositional phrase or in a question (the quote answers it); not in a
            phrase after a speech noun (``Dan volgt de reactie van minister X. ,,…''``)."""
            if AGE_AFTER_NAME.match(text, mention.end):
                return False  # ``Op X (30) maakte het indruk``: a name with an age introduces
            question = SENTENCE_END.search(text, mention.end)
            token = doc[bisect.bisect_right(starts, mention.start) - 1]
            if question is not None and question.group() == "?":
                return True
            return self._prepositional(token) and not any(
                t.lower_ in SPEECH_NOUNS for t in doc[token.sent.start : token.i]
            )

        previous: _Quote | None = None
        answered: _Quote | None = None  # the last direct quote of a named person: the interviewee
        interview = False  # a question answered by a floating quote: the interviewer speaks too
        people = {m.entity_id for m in mentions if m.type == "person"}
        for quote in quotes:
            if quote.kind == "direct" and quote.speaker is None and answered is not None:
                before = text[max(answered.end, quote.start - FLOATING_REACH) : quote.start]
                asked = before.rstrip(" \n,„“\"'‘")
                question = asked.endswith("?") and not THIRD_PERSON_QUESTION.search(asked)
                if question:  # an interview: the interviewee answers the question before
                    quote.speaker = dict(answered.speaker)
                    quote.cue = quote.cue or answered.cue
                    interview = True
            if quote.kind == "direct" and quote.speaker is None:
                quote.speaker = _captioned(text, quote, mentions)
            if quote.kind == "direct" and quote.speaker is None:
                since = _attribution_end(text, previous) if previous is not None else 0
                introduced = [
                    m
                    for m in mentions
                    if m.type == "person"
                    and since <= m.start < quote.start
                    and quote.start - m.end < FLOATING_REACH
                ]
                outside = [m for m in introduced if not aside(m)]
                introduced = outside if previous is not None else outside or introduced
                if (
                    previous is not None
                    and introduced
                    and introduced[-1].start not in main_subjects
                    and _pronoun_subject(doc, text, starts, introduced[-1], quote.start)
                ):
                    introduced = []  # ``Ook heeft ze haar vriend X bij zich. ,,…''``: she goes on
                if introduced:
                    # the subject of its sentence before one named in its object or subordinate
                    # clause (``X is bang dat Y de stad verlaat. ,,…''``: X)
                    last_sentence = [m for m in introduced if m.start >= introduced[-1].start - 200]
                    subjects = [m for m in last_sentence if m.start in main_subjects] or [
                        m for m in last_sentence if not _in_clause(doc, starts, m)
                    ]
                    quote.speaker = _speaker((subjects or introduced)[-1])
                elif previous is None:  # a lead quote: its speaker is named right after it
                    quote.speaker = next(
                        (
                            _speaker(m)
                            for m in mentions
                            if m.type == "person"
                            and quote.end < m.start < quote.end + FLOATING_REACH
                            and not any(q.start <= m.start < q.end for q in quotes)
                        ),
                        None,
                    )
                else:
                    role = self._role_before(doc, starts, quote, since, mentions)
                    between = text[previous.end : quote.start]
                    if role is not None:
                        quote.speaker = role
                    elif between.count("\n\n") <= 1 and len(between) < 2 * FLOATING_REACH:
                        source = previous
                        if (
                            interview
                            and answered is not None
                            and previous.kind == "indirect"
                            and previous.speaker.get("entity_id") not in people
                        ):  # the interviewer sums up what others say, the interviewee answers
                            source = answered
                        quote.speaker = dict(source.speaker)
                        quote.cue = quote.cue or source.cue
            if (
                quote.kind == "partial"
                and quote.speaker is None
                and previous is not None
                and quote.start - previous.end < FLOATING_REACH
                and "\n" not in text[previous.end : quote.start]
            ):  # ``…, schrijft de krant. Zo wordt de wijk 'een speeltuin' genoemd.``
                quote.speaker = dict(previous.speaker)
            if quote.speaker is not None and not quote.nested:
                previous = quote
                if quote.kind == "direct" and quote.speaker.get("entity_id") in people:
                    answered = quote

    def _role_before(
        self, doc: Doc, starts: list[int], quote: _Quote, since: int, mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """``Dat wijst de officier van justitie van de hand. ,,…''``: a definite role noun in the
        sentence right before a floating quote (not in the words of another quote since ``since``)
        introduces it, when it stands for a named entity."""
        k = bisect.bisect_left(starts, quote.start) - 1
        while k >= 0 and (doc[k].is_quote or doc[k].is_space):
            k -= 1
        if k < 1 or doc[k].text[-1:] not in (".", ":"):
            return None
        sentence = [t for t in doc[k].sent if t.i < k and t.idx >= since]
        for i, token in enumerate(sentence[1:], start=1):
            if sentence[i - 1].lower_ in DEFINITE and token.is_lower and is_role(token.lower_):
                found = self._resolve(doc, self._noun_phrase(sentence[i - 1 :]), mentions)
                return found if found is not None and found.get("entity_id") else None
        return None

    def _prepositional(self, token: Any) -> bool:
        """A name inside a prepositional phrase (``de rollen van Jezus, Petrus en Judas``, ``samen
        met kamerkoor X``), not one a speech verb addresses (``sprak met X``)."""
        doc, i = token.doc, token.i - 1
        while i > token.i - 10 and i >= 0 and (doc[i].pos_ in PHRASE_TAGS or doc[i].text == ","):
            i -= 1
        return (
            i >= 0
            and doc[i].pos_ == "ADP"
            and doc[i].lower_ != "door"  # the agent of a passive: ``opgericht door X``
            and not (i and self._cue(doc[i - 1]) not in (None, "volgens"))
            and not (i and doc[i].lower_ == "van" and is_role(doc[i - 1].lower_))
        )  # ``minister van Buitenlandse Zaken X``: a title with its portfolio, not a phrase

    # --- indirect quotes -------------------------------------------------------------------

    def _indirect_quotes(
        self, doc: Doc, direct: list[_Quote], mentions: list[_Mention]
    ) -> list[_Quote]:
        found: list[_Quote] = []
        previous: list[Any] = []
        for sentence in doc.sents:
            tokens = [t for t in sentence if not t.is_space]
            if not tokens:
                continue
            inside = sum(
                max(0, min(q.end, sentence.end_char) - max(q.start, sentence.start_char))
                for q in direct
                if q.kind == "direct"
            )
            if inside <= 0.3 * len(sentence.text):
                anaphor = self._anaphor(doc, tokens, mentions)
                if anaphor is not None:
                    self._attribute_previous(previous, anaphor, direct, found)
                else:
                    found += self._indirect(doc, tokens, mentions, direct)
            elif any(t.text == ":" or t.lower_ == "dat" for t in tokens):  # else nothing to find
                found += self._nested(doc, tokens, mentions, direct)
                opening = next(
                    (q for q in direct if tokens[0].idx < q.start < tokens[-1].idx), None
                )
                prefix = [t for t in tokens if opening and t.idx < opening.start]
                while prefix and prefix[-1].is_quote:
                    prefix.pop()
                if len(prefix) > 4 and prefix[-1].text == ":" and not prefix[0].is_quote:
                    # ``A, zegt hij: ,,B''``: A is reported speech of its own
                    inverted = self._inverted(doc, prefix[:-1], mentions, direct)
                    found += [inverted] if inverted is not None else []
            previous = tokens
        return found

    def _evidence(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> _Quote | None:
        """``Uit onderzoek van X blijkt dat …``, ``…, blijkt uit cijfers van X dat …``: the ``dat``
        clause is reported, and its source is the noun phrase after ``uit``, as after ``volgens``.
        (``…, blijkt uit X.`` without ``dat`` is left alone: annotators rarely count it.)"""
        verb = next((k for k, t in enumerate(tokens) if t.lower_ in EVIDENCE_VERBS), None)
        cue, after = "blijken", verb
        if verb is None:  # Uit het onderzoek kwam naar voren dat …
            verb, after = _comes_forward(tokens)
            cue = "naar voren komen"
            if verb is None:
                return None
        opener = next((i for i in (0, 1) if i < verb and tokens[i].lower_ == "uit"), None)
        if opener is not None:  # Uit X blijkt dat …
            source, rest = tokens[opener + 1 : verb], tokens[after + 1 :]
            if any(t.is_punct or t.lower_ in NOT_EVIDENCE for t in source):
                return None
        else:  # … blijkt uit X dat …
            source, rest = self._evidence_source(tokens, verb)
            if source and source[-1].lower_ in CONTENT_NOUNS:
                return None
        rest = _from_dat(rest)  # ``blijkt nu dat``, ``blijkt echter dat``
        if not source or len(rest) < 4 or rest[0].lower_ != "dat":
            return None
        cues = [k for k, t in enumerate(rest) if self._cue(t) not in (None, "volgens", "aldus")]
        if cues and any(t.lower_ == "dat" for t in rest[cues[0] :]):
            return None  # ``blijkt dat de helft van de leraren vindt dat …``: the leraren speak
        speaker = self._resolve(doc, source, mentions, agent=False)
        return _Quote(rest[0].idx, end, "indirect", cue, speaker)

    def _written(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> _Quote | None:
        """``In het rapport staat dat …``, ``In een brief aan de Kamer stond dat …``: the document
        speaks its ``dat`` clause, as a source after ``volgens`` does."""
        if len(tokens) < 8 or tokens[0].lower_ != "in":
            return None
        verb = next((k for k, t in enumerate(tokens) if t.lower_ in WRITTEN_VERBS), None)
        if verb is None or verb < 3:
            return None
        document = next(
            (
                k
                for k in range(1, verb)
                if tokens[k].is_lower and tokens[k].lower_.endswith(WRITTEN_SOURCES)
            ),
            None,
        )  # ``In de brief aan de Kamer``: the document, not whom it was sent to
        if document is None or any(t.is_punct for t in tokens[1:document]):
            return None
        source = tokens[1 : document + 1]
        rest = _from_dat(tokens[verb + 1 :], adverbs=False)  # ``staat er ook dat``
        if len(rest) < 4 or rest[0].lower_ != "dat":
            return None
        speaker = self._resolve(doc, source, mentions, agent=False)
        return _Quote(rest[0].idx, end, "indirect", "staan", speaker)

    @classmethod
    def _evidence_source(cls, tokens: list[Any], verb: int) -> tuple[list[Any], list[Any]]:
        """After a form of ``blijken`` at ``verb``: the noun phrase after ``uit`` (adverbs may come
        first: ``bleek vorige week uit``) and the words after it; nothing when there is no ``uit`` or
        the evidence names no source (``uit het feit``)."""
        k = verb + 1
        while k < len(tokens) and k <= verb + 3 and tokens[k].lower_ != "uit":
            if not (
                tokens[k].lower_ in SKIP_WORDS | TIME_WORDS | TIME_HEADS or tokens[k].pos_ == "ADV"
            ):
                break
            k += 1
        if k >= len(tokens) or tokens[k].lower_ != "uit":
            return [], []
        source = cls._noun_phrase(tokens[k + 1 :])
        if any(t.lower_ in NOT_EVIDENCE for t in source):
            return [], []
        return source, tokens[k + 1 + len(source) :]

    def _nested(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], direct: list[_Quote]
    ) -> list[_Quote]:
        """Reported speech inside a direct quote gets its own speaker (guidelines): ``,,… gelijk
        toen hij zei dat het overleg niets opleverde.''``, ``,,Zoals X zei: operatie geslaagd.''``.
        Only somebody else than who speaks the quote: ``ik zei dat`` is the quote itself."""
        middle = tokens[len(tokens) // 2].idx
        host = next((q for q in direct if q.kind == "direct" and q.start <= middle < q.end), None)
        if host is None:
            return []
        inner = [t for t in tokens if host.start <= t.idx < host.end]
        words = [t for t in inner if not (t.is_punct or t.is_quote)]
        if len(words) < 4:
            return []
        end = words[-1].idx + len(words[-1])
        found = self._reported_clauses(doc, inner, mentions, end)
        for i, verb in enumerate(inner[:-4]):
            # ``hij zei (altijd): …``: adverbs may stand between the verb and its colon
            colon = next((k for k in range(i + 1, i + 4) if inner[k].text == ":"), None)
            if (
                colon is None
                or colon + 2 >= len(inner)
                or self._cue(verb) in (None, "volgens", "aldus")
                or any(t.lower_ not in SKIP_WORDS and t.pos_ != "ADV" for t in inner[i + 1 : colon])
            ):
                continue
            if not any(q.start == inner[colon + 1].idx for q in found):  # ``zei: dat …`` once
                speaker = self._subject(doc, verb, inner[: i + 1], mentions)
                found.append(
                    _Quote(inner[colon + 1].idx, end, "indirect", self._cue(verb), speaker)
                )
            break
        own = (host.speaker or {}).get("entity_id")
        nested = [
            q
            for q in found
            if q.speaker
            and (
                q.speaker.get("entity_id")
                or q.speaker.get("plural")
                or _agentive_noun((q.speaker.get("name") or "").lower())
            )
            and not (own and q.speaker.get("entity_id") == own)
        ]
        for quote in nested:
            quote.nested = True
        return nested

    def _anaphor(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention]
    ) -> tuple[str, dict[str, Any] | None] | None:
        """``Dat zei X gisteren.`` / ``Dat heeft X gemeld.``: news attributes the sentence before
        with a demonstrative; returns (cue, speaker)."""
        if len(tokens) < 3 or tokens[0].lower_ not in ("dat", "dit"):
            return None
        if tokens[1].lower_ in EVIDENCE_VERBS:  # ``Dat blijkt uit cijfers van het CBS.``
            source, rest = self._evidence_source(tokens, 1)
            if not source or any(t.lower_ == "dat" for t in rest):
                return None  # ``Dat blijkt uit het feit dat …``, ``Dit blijkt wel``
            return "blijken", self._resolve(doc, source, mentions, agent=False)
        cue = self._cue(tokens[1])
        if cue not in (None, "volgens", "aldus"):
            for following in tokens[2:]:
                if following.lower_ in SUBORDINATORS:
                    return None  # ``Dat verklaart (wellicht) waarom …``: an explanation
                if following.lower_ not in SKIP_WORDS and following.pos_ not in ("ADV", "ADJ"):
                    break
            return cue, self._speaker_near(doc, tokens[1], tokens[2:], mentions)
        if tokens[1].lower_ not in HAVE:
            return None
        for i, token in enumerate(tokens[2:], start=2):
            if token.text == ",":
                return None  # ``Dat heeft meerdere oorzaken, zegt X``: an inverted attribution
            cue = self._cue(token)
            if cue not in (None, "volgens", "aldus"):
                return cue, self._resolve(doc, tokens[2:i], mentions, verb=tokens[1])
        return None

    @staticmethod
    def _attribute_previous(
        tokens: list[Any],
        anaphor: tuple[str, dict[str, Any] | None],
        direct: list[_Quote],
        found: list[_Quote],
    ) -> None:
        """The sentence ``Dat zei X`` points back to: its direct quotes get X when they have no
        speaker; a sentence without quote marks becomes an indirect quote of X."""
        if len(tokens) < 4:
            return
        cue, speaker = anaphor
        start, last = tokens[0].idx, tokens[-1]
        end = last.idx if last.is_punct or last.is_quote else last.idx + len(last)
        covering = [q for q in direct if q.start < end and q.end > start]
        for quote in covering:
            if quote.speaker is None:
                quote.cue, quote.speaker = cue, speaker
        if not covering and not (found and found[-1].end > start):
            found.append(_Quote(start, end, "indirect", cue, speaker))

    def _indirect(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], direct: list[_Quote]
    ) -> list[_Quote]:
        if len(tokens) < 4 or (tokens[-1].text == "?" and self._cue(tokens[0])):
            return []  # ``Zegt dat iets over …?``: a question the writer asks reports nobody
        last = next((t for t in reversed(tokens) if not (t.is_punct or t.is_quote)), tokens[-1])
        end = last.idx + len(last)
        inverted = self._inverted(doc, tokens, mentions, direct)
        if inverted is not None:
            return [inverted]
        parenthetical = self._parenthetical(doc, tokens, mentions, end)
        if parenthetical:
            return parenthetical
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
            if any(t.lower_ in NOT_SOURCES for t in speaker_tokens):
                return []  # ``volgens de regels``, ``volgens plan``: a norm, not a source
            if speaker_tokens and speaker_tokens[0].lower_ in ("mij", "ons"):
                return []  # ``volgens mij``: the writer's own opinion, nobody is reported
            if reported_from < len(tokens):
                # ``Volgens zender X zei de premier dat …``: X is the medium, the premier speaks
                found = self._reported_clauses(doc, tokens, mentions, end)
                if found:
                    return found
            speaker = self._resolve(doc, speaker_tokens, mentions, agent=False)
            rest = tokens[i + 1 + len(speaker_tokens) :]
            if i == 0:
                if rest and rest[0].text == ",":
                    rest = rest[1:]
                    comma = next((k for k, t in enumerate(rest) if t.text == ","), 0)
                    if comma and (
                        rest[0].lower_ in ("die", "wie", "dat")
                        or not any(_finite(t) for t in rest[:comma])
                    ):  # ``Volgens X, woordvoerder van Y, is …``: past the apposition
                        rest = rest[comma + 1 :]
                if len(rest) < 3:
                    return []
                return [_Quote(rest[0].idx, end, "indirect", "volgens", speaker)]
            return [_Quote(tokens[0].idx, end, "indirect", "volgens", speaker)]
        evidence = self._evidence(doc, tokens, mentions, end) or self._written(
            doc, tokens, mentions, end
        )
        if evidence is not None:
            return [evidence]
        spoken = self._after_colon(doc, tokens, mentions, end)
        if spoken is not None:
            return [spoken]
        own_account = self._own_account(doc, tokens, mentions, end)
        if own_account is not None:
            return [own_account]
        # X zegt/zei (…) dat …; X laat weten dat …; Hoewel X toegaf dat …, herhaalde hij dat …
        found = self._reported_clauses(doc, tokens, mentions, end)
        if found:
            return found
        # X zegt … te …
        infinitive = self._infinitive_clause(doc, tokens, mentions, end)
        if infinitive is not None:
            return [infinitive]
        # X: …
        if len(tokens) > 4 and tokens[1].text == ":" or (len(tokens) > 5 and tokens[2].text == ":"):
            colon = 1 if tokens[1].text == ":" else 2
            speaker = self._resolve(doc, tokens[:colon], mentions)
            if speaker and speaker.get("entity_id"):
                return [_Quote(tokens[colon + 1].idx, end, "indirect", ":", speaker)]
        return []

    def _own_account(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> _Quote | None:
        """``De dienst treft naar eigen zeggen geen blaam``: the sentence is what its subject says
        of itself (``naar eigen zeggen``, ``naar zijn zeggen``)."""
        for i in range(len(tokens) - 2):
            if not (
                tokens[i].lower_ == "naar"
                and tokens[i + 1].lower_ in ("eigen", "zijn", "haar", "hun")
                and tokens[i + 2].lower_ == "zeggen"
            ):
                continue
            before = [t for t in tokens[:i] if not t.is_quote]
            following = tokens[i + 3] if i + 3 < len(tokens) else None
            if (
                len(before) < 2
                or not any(_finite(t) for t in tokens)
                or before[-1].text == ","
                and following is not None
                and following.lower_ in ARTICLES
            ):
                return None  # ``X, naar eigen zeggen een platform``: an apposition, no statement
            verb = tokens[i + 2].head
            subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
            phrase = [t for t in subject.subtree if t.i < tokens[i].i] if subject else before
            speaker = (
                self._resolve(doc, [subject], mentions, verb=verb)
                if subject is not None and subject.pos_ == "PRON"
                else next(
                    (_speaker(m, t) for t in phrase if (m := _mention_at(mentions, t.idx))), None
                )
                or self._speaker_before(doc, phrase, mentions)
            )
            return _Quote(before[0].idx, end, "indirect", "zeggen", speaker)
        return None

    def _after_colon(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> _Quote | None:
        """``Na afloop zei die: je had eerder moeten komen.``: a speech verb and a colon open
        reported words without quote marks, up to the end of the sentence. Between verb and colon
        only adverbs, auxiliaries and an inverted subject (``zeggen die dan:``, ``zeggen wil:``,
        ``zei de huisarts:``); a negated, generic or first-person verb (``zeg je ook niet:``, ``zou ik zeggen:``) reports
        nothing that was said, and a colon after a thought (``dacht:``) opens no speech."""
        if not any(t.text == ":" for t in tokens):
            return None
        for i, verb in enumerate(tokens[:-4]):
            if verb.lower_ == "dat":
                return None  # ``X zei dat …``: the reported clause comes first
            colon = next(
                (k for k in range(i + 1, min(i + 7, len(tokens))) if tokens[k].text == ":"), None
            )  # ``reageerde premier Mark Rutte kort:``
            cue = self._cue(verb)
            if (
                colon is None
                or cue in (None, "volgens", "aldus", *THOUGHTS)
                or verb.pos_ not in ("VERB", "AUX")  # ``cruciale vragen:``
                or "Part" in verb.morph.get("VerbForm")  # ``is het pleit beslist:``
                or len(tokens) - colon < 4
            ):
                continue
            between = tokens[max(0, i - 1) : colon]
            if tokens[colon + 1].is_quote or any(
                t.lower_ in NOT_SAID | FIRST_PERSON - {"u"} for t in between
            ):
                return None
            words = tokens[i + 1 : colon]
            # with its subject before it, what follows the verb is an object (``bevestigt dat
            # beeld:``, ``roepen het al langer:``): then only adverbs and auxiliaries
            subject_before = any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
            slot = ("ADV", "AUX") if subject_before else INVERTED_SLOT
            if all(t.lower_ in SKIP_WORDS | AUXILIARIES or t.pos_ in slot for t in words):
                # ``zei die:``, ``zei de huisarts:``, ``zegt Jansen:``: a subject after the verb,
                # else the one before it
                inverted = [t for t in words if t.pos_ in SUBJECT_POS]
                speaker = (
                    self._resolve(doc, inverted, mentions, verb=verb)
                    if inverted
                    else self._subject(doc, verb, tokens[: i + 1], mentions)
                )
                return _Quote(tokens[colon + 1].idx, end, "indirect", cue, speaker)
        return None

    def _inverted(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], direct: list[_Quote]
    ) -> _Quote | None:
        """``…, aldus X`` / ``…, zegt X`` / ``…, zo voegde hij eraan toe``: an attribution that closes
        its sentence. A cue after a comma that opens a clause of its own (``X, de advocaat, stelde
        dat …``, ``maakt niet bekend welke …``) is no inverted attribution, nor is one after a part
        without a verb."""
        tagged = doc.has_annotation("POS")
        for i in range(1, len(tokens) - 1):
            if tokens[i - 1].text != ",":
                continue
            j = i + 1 if tokens[i].lower_ == "zo" else i
            if j >= len(tokens):
                break
            if any(
                abs(q.start - tokens[0].idx) <= 3 and q.end >= tokens[i - 1].idx - 3 for q in direct
            ):
                return None  # ,,A'', zegt X: the direct quote is the reported speech
            cue = self._cue(tokens[j])
            if not cue or cue == "volgens" or i <= 3:
                continue
            if _participle(tokens[j]) and j + 1 < len(tokens) and tokens[j + 1].pos_ == "ADP":
                continue  # ``…, geschreven in …``: a participle phrase, no attribution
            if tokens[0].lower_ in CLAUSE_FRONTERS and not any(
                t.text == "," for t in tokens[: i - 1]
            ):
                continue  # ``Nadat X bekend werd, schreef Y``: a fronted clause, the verb is the main one
            tail = tokens[j + 1 :]
            colon = next((k for k, t in enumerate(tail) if t.text == ":"), None)
            quoted = colon is not None and any(t.is_quote for t in tail[colon:])
            if (
                tagged
                and (quoted or _introduces(tokens[-1], direct))
                and not _states(tokens[: i - 1])
            ):  # ``Op de vraag of …, antwoordt X: ,,…''``, ``Gevraagd naar …, zei X: ,,…''``: no
                return None  # statement before the comma; the quote after the colon was said
            if quoted:
                tail = tail[:colon]  # ``…, zegt hij: ,,…''``: the attribution ends at the colon
            stop = next((k for k, t in enumerate(tail) if t.text in (".", "!", "?")), len(tail))
            tail = tail[:stop]  # a missed sentence break: the attribution ends at its full stop
            if any(
                t.text == "," and k + 1 < len(tail) and _finite(tail[k + 1])
                for k, t in enumerate(tail)
            ):
                continue  # ``A, stelt X, is B``: the sentence goes on (``_parenthetical``)
            # ``laat X weten``: the speaker is X, not ``weten``
            tail = [t for t in tail if t.lower_ not in cue.split()]
            adverbial = next(
                (
                    k
                    for k, t in enumerate(tail)
                    if k and t.lower_ in TIME_CLAUSE_OPENERS and tail[k - 1].text != ","
                ),
                None,
            )  # not ``A, stelt X, omdat B``: two statements (``_parenthetical``)
            if adverbial is not None:
                tail = tail[:adverbial]  # ``…, zei hij toen hij …``: a clause on when it was said
            if len(tail) > 14 or any(t.lower_ in SUBORDINATORS for t in tail):
                continue
            if any(t.lower_ in ("niet", "nooit") for t in tail):
                continue  # ``Hoeveel dat kost, zegt de gemeente niet``: what was not said
            subject = next((t for t in tail if t.pos_ != "ADV"), None)
            if subject is not None and subject.pos_ == "ADP" and tagged:
                continue  # ``Leden die de voorzitter steunen, waarschuwen voor …``: its subject came first
            closes_sentence = j + len(tail) >= len(tokens) - 2  # nothing cut from the tail
            part = tokens[: i - 1]
            if tagged and _subject_phrase(part):
                continue  # ``X, de burgemeester, sprak …``: the part is the verb's subject
            if tagged and not any(t.pos_ in ("VERB", "AUX") for t in part) and not closes_sentence:
                continue  # ``Met rampzalige gevolgen, schrijft X.``: no verb, but a whole sentence
            speaker = self._speaker_near(doc, tokens[j], tail, mentions)
            return _Quote(tokens[0].idx, tokens[i - 1].idx, "indirect", cue, speaker)
        return None

    def _parenthetical(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> list[_Quote]:
        """``Vrouwen, concludeert X uit zijn onderzoek, zijn gevoeliger …``: an inverted attribution
        between commas inside the sentence attributes the whole sentence, or the part before it
        or, when a subordinate clause follows (``A, stelt X, omdat B``), A and B apart."""
        tagged = doc.has_annotation("POS")
        for i in range(2, len(tokens) - 4):
            if tokens[i - 1].text != ",":
                continue
            cue = self._cue(tokens[i])
            if (
                cue in (None, "volgens", "aldus")
                or not tokens[i].is_lower
                or _participle(tokens[i])
            ):
                continue  # ``…, aangevoerd door X, …``: a participle phrase, no attribution
            close = next(
                (k for k in range(i + 2, min(i + 9, len(tokens))) if tokens[k].text == ","), None
            )
            if close is None or any(t.lower_ in SUBORDINATORS for t in tokens[i + 1 : close]):
                continue
            rest = [t for t in tokens[close + 1 :] if not t.is_punct]
            if len(rest) < 2 or (
                tagged
                and not any(
                    t.pos_ in ("VERB", "AUX") or t.lower_ in FINITE_AUXILIARIES for t in rest
                )
            ):
                continue  # ``zijn`` in ``…, zegt X, zijn gevoeliger`` is a verb whatever the tagger says
            speaker = self._resolve(doc, tokens[i + 1 : close], mentions, verb=tokens[i])
            if speaker is None:
                continue
            if tokens[close + 1].lower_ in ("omdat", "terwijl", "zodat", "nadat"):
                return [  # ``A, stelt X, omdat B``: A and B are two statements of X
                    _Quote(tokens[0].idx, tokens[i - 1].idx, "indirect", cue, speaker),
                    _Quote(tokens[close + 1].idx, end, "indirect", cue, dict(speaker)),
                ]
            return [_Quote(tokens[0].idx, end, "indirect", cue, speaker)]
        return []

    def _reported_clauses(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> list[_Quote]:
        """Every ``dat`` clause of a speech verb. A clause ends at the sentence end, or where a
        speech verb right after a comma resumes the main clause (``Hoewel hij toegaf dat A, herhaalde
        hij dat B``). A passive verb takes its speaker from ``door X`` or the medium (``In X wordt
        gemeld dat``), else none."""
        found: list[_Quote] = []
        region = 0
        for i, token in enumerate(tokens):
            question = token.lower_ == "of" and self._asks(tokens[max(region, i - 4) : i])
            if (
                (token.lower_ != "dat" and not question)
                or i <= region
                or not _complementiser(tokens, i, self._cue(tokens[i - 1]) is not None)
            ):
                continue
            verb_at = next(
                (
                    k
                    for k in range(i - 1, region - 1, -1)
                    if self._cue(tokens[k]) not in (None, "volgens", "aldus", "weten")
                ),
                None,
            )  # knowing is no saying (``wist dat``), though ``…, weet X`` attributes
            particles = (
                {p for _, p in self.separable.get(tokens[verb_at].lower_, ())} if verb_at else set()
            )  # ``liet op Twitter weten dat``: its particle, whatever the tagger calls it
            if verb_at is None or any(
                (t.lower_ in SUBORDINATORS and not _as_role(t, tokens[i]))
                or "Fin" in t.morph.get("VerbForm")
                for t in _outside_insertion(tokens[verb_at + 1 : i])
                if t.lower_ not in particles
            ):
                continue  # ``erkende zijn fout toen bekend werd dat``: not the cue's clause
            if verb_at > region and any(
                particle == tokens[verb_at].lower_
                for _, particle in self.separable.get(tokens[verb_at - 1].lower_, ())
            ):
                verb_at -= 1  # ``had de man laten weten dat``: the verb before its particle
            verb, clause = tokens[verb_at], tokens[region:i]
            passive = _passive(verb, clause)
            if passive:
                speaker = self._agent(doc, clause, mentions)
            else:
                speaker = self._subject(doc, verb, clause, mentions) or self._named_before(
                    doc, verb, clause, mentions
                )
                if speaker is None and found and found[-1].speaker is not None:
                    # ``X, die toegeeft dat A, herhaalde … dat B``: the main clause's subject
                    # opened the sentence and spoke the first clause too
                    speaker = dict(found[-1].speaker)
                if speaker is None:
                    continue
            stop, stop_char = len(tokens), end
            for k in range(i + 1, len(tokens) - 1):
                if tokens[k].text == "," and self._resumes(tokens[k + 1 : k + 9]):
                    stop, stop_char = k, tokens[k].idx
                    break
            found.append(_Quote(token.idx, stop_char, "indirect", self._cue(verb), speaker))
            region = stop
        return found

    def _asks(self, before: list[Any]) -> bool:
        """``X vroeg (zelfs) of …``: a reported question; not ``vroeg zich af of`` (wondering)."""
        return any(self._cue(t) == "vragen" for t in before) and not any(
            t.lower_ == "zich" for t in before
        )

    def _resumes(self, following: list[Any]) -> bool:
        """After a comma a main clause with a speech verb resumes (``…, herhaalde hij dat``) or a
        new source reports (``A vinden dat …, B menen dat …``)."""
        if following and self._cue(following[0]) not in (None, "volgens"):
            return True
        for k, token in enumerate(following[:-1]):
            if token.is_punct or token.lower_ in SUBORDINATORS:
                return False
            if following[k + 1].lower_ == "dat" and self._cue(token) not in (
                None,
                "volgens",
                "aldus",
            ):
                return True
        return False

    def _infinitive_clause(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], end: int
    ) -> _Quote | None:
        """``R. bekende verantwoordelijk te zijn``, ``De leden claimen te zijn gemarteld``: a speech
        verb that reports with a te-infinitive (not ``om … te``, a purpose)."""
        for i, verb in enumerate(tokens):
            cue = self._cue(verb)
            if (
                cue not in TE_VERBS
                or (  # a participle only in the perfect: ``heeft ontkend … te``
                    "Part" in verb.morph.get("VerbForm")
                    and not any(t.lower_ in HAVE for t in tokens[:i])
                )
            ):
                continue
            te = next(
                (
                    k
                    for k in range(i + 1, len(tokens) - 1)
                    if tokens[k].lower_ == "te" and tokens[k + 1].is_alpha
                ),
                None,
            )
            if cue == "oproepen" and verb.pos_ not in ("VERB", "AUX"):
                continue  # ``met bescheiden oproepen … te``: the noun
            if verb.pos_ == "NOUN" and _opens_noun_phrase(tokens[max(0, i - 2) : i]):
                continue  # ``door continu vragen te stellen``, ``de Franse voorstellen``: the noun
            if cue in CALLS and i and tokens[i - 1].pos_ in ("ADP", "DET"):
                continue  # ``kwamen met voorstellen om …``: the noun
            # ``om … te`` is a purpose, except right after a call (``roept iedereen op om … te``,
            # ``pleit ervoor om``), not after a phrase of its own (``pleit voor bufferzones om``)
            call = cue in CALLS and _om_follows_the_call(tokens[i:te], self.separable)
            purpose = (",", "dat") if call else ("om", ",", "dat")
            if te is None or any(t.lower_ in purpose for t in tokens[i + 1 : te]):
                continue
            speaker = self._subject(doc, verb, tokens[:te], mentions) or self._named_before(
                doc, verb, tokens[:te], mentions
            )
            if speaker is None:
                continue
            start = i + 1
            if speaker.get("start") is not None:
                while start < te and tokens[start].idx < speaker["end"]:
                    start += 1
            # ``verweet (wethouder) Hendrickx de normen te hebben overtreden``: whom it is said
            # to or of, with the title before the name
            named_at = start + 1 if start + 1 < te and is_role(tokens[start].text) else start
            addressee = _mention_at(mentions, tokens[named_at].idx)
            if addressee is not None and addressee.start == tokens[named_at].idx:
                after = next((k for k in range(start, te) if tokens[k].idx >= addressee.end), te)
                start = after if after < te else start
            elif (
                tokens[start].lower_ in OBJECT_PRONOUNS
                and "Yes" not in tokens[start].morph.get("Poss")  # not ``hun straf``
                and tokens[start].pos_ == "PRON"
                and start + 1 < te
            ):
                start += 1
            particles = {particle for _, particle in self.separable.get(verb.lower_, ())}
            # ``gaf de partij aan …``, ``roept iedereen op (om) …``: after the verb's particle
            # (not the infinitive's own particle: ``aan te kondigen``)
            particle = next(
                (k for k in range(start, te - 1) if tokens[k].lower_ in particles), None
            )
            if particle is not None:
                start = particle + 1 + (tokens[particle + 1].lower_ == "om")
            elif call:  # ``pleit ervoor om …``, ``verzoeken om …``: the clause after ``om``
                start = next((k + 1 for k in range(start, te) if tokens[k].lower_ == "om"), start)
            return _Quote(tokens[start].idx, end, "indirect", cue, speaker)
        return None

    # --- speakers --------------------------------------------------------------------------

    def _mentions(self, doc: Doc, text: str) -> list[_Mention]:
        """Person and organisation mentions, with a person's surname where the recogniser missed it;
        a person's roles include the noun written right before a name (``politiewoordvoerder Willem
        …``, ``Verdachte Onno R.``), so ``de woordvoerder``, ``de verdachte`` refer back to them."""
        entities = (
            doc._.get("nieuwsnlp_entities") if Doc.has_extension("nieuwsnlp_entities") else None
        )
        entities = entities or []
        taken = [(start, end) for entity in entities for start, end in entity["mentions"]]
        mentions = []
        for entity in entities:
            if entity["type"] == "place":
                continue
            roles = {r.lower() for r in entity.get("roles") or ()}
            spans = list(entity["mentions"])
            if entity["type"] == "person":
                roles |= {r for s, _ in entity["mentions"] if (r := self._title_before(text, s))}
                roles |= {r for _, e in entity["mentions"] if (r := _apposition_noun(doc, e))}
                missed = _missed_surnames(text, entity["name"], taken)
                taken += missed
                spans += missed
            roles = {ROLE_SYNONYMS.get(r, r) for r in roles}  # ``de coach`` finds ``trainer X``
            for start, end in spans:
                if (
                    PARTY_MEMBER.fullmatch(text[start : end + 3])
                    and not text[end + 3 : end + 4].isalpha()
                ):
                    continue  # ``de VVD'er`` is a member, not the party
                mentions.append(
                    _Mention(
                        start,
                        end,
                        entity["id"],
                        entity["name"],
                        entity["type"],
                        tuple(roles),
                        entity.get("canonical") or "",
                    )
                )
        return sorted(mentions, key=lambda m: m.start)

    def _title_before(self, text: str, start: int) -> str | None:
        """The lowercase noun right before a name (capitalised only at a sentence start)."""
        found = TITLE_BEFORE.search(text, max(0, start - 40), start)
        if found is None:
            return None
        word, opening = found.group(2), found.start(2) == 0 or found.group(1)
        lower = word.lower()
        if (
            (word != lower and not opening)
            or lower in STOP_WORDS
            or lower in self.forms
            or lower in self.separable
            or lower in CUE_WORDS
            or len(lower) < 3
        ):
            return None
        return lower

    @staticmethod
    def _sentence(doc: Doc, starts: list[int], char: int) -> Span | None:
        index = max(0, bisect.bisect_right(starts, char) - 1)
        return doc[index].sent if len(doc) else None

    @staticmethod
    def _noun_phrase(tokens: list[Any]) -> list[Any]:
        """The words after ``volgens``/``zegt``: up to a comma, a verb-like lowercase run or the end
        (a capitalised word is part of a name, ``volgens de Verenigde Naties``, however tagged); a
        pronoun is a phrase of its own (``volgens hen de bedrijven …``)."""
        phrase = []
        for token in tokens:
            if (
                token.is_punct
                or token.is_space
                or (
                    phrase
                    and token.pos_ in ("VERB", "AUX")
                    and not token.text[:1].isupper()
                    and not _participle_noun(token)  # ``de betrokkenen``
                    and phrase[-1].lower_
                    not in ("de", "het")  # ``het adviesorgaan``, tagged a verb
                )
                or (  # a lowercase word right after a name or ``haar familie``: the verb,
                    # however it is tagged
                    phrase
                    and (phrase[-1].pos_ == "PROPN" or _possessive(phrase[0]) and len(phrase) == 2)
                    and token.is_lower
                    and token.lower_ not in NAME_PARTICLES | ORGANISATION_LINK
                )
                or (
                    token.lower_ in ("dat", "die", "zou", "zouden", "is", "zijn", "heeft", "wordt")
                    and not _possessive(token)  # ``volgens zijn woordvoerder``
                )
            ):
                break
            phrase.append(token)
            in_name = token.text[:1].isupper() or token.lower_ in NAME_PARTICLES
            if (len(phrase) >= 8 and not in_name) or (  # never cut inside a name
                token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS
                and not (len(phrase) == 1 and _possessive(token))  # ``volgens haar familie``
            ):
                break
        return phrase

    def _speaker_near(
        self, doc: Doc, cue: Any, following: list[Any], mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """Inverted order ``zegt X``; otherwise the subject before the cue."""
        window: list[Any] = []
        for k, token in enumerate(following):
            if token.is_punct or token.is_quote or token.is_space:
                break
            nominal = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in window)
            if nominal and token.pos_ == "ADP" and token.lower_ not in ORGANISATION_LINK:
                holder = _titled_person(following[k:], window[-1], mentions)
                window += following[k : k + holder]  # ``commissaris voor uitbreiding X``
                break
            window.append(token)
        if window[:1] and window[0].lower_ == "het" and all(t.pos_ == "ADV" for t in window[1:]):
            return dict(NOBODY)  # impersonal ``…, klinkt het``: nobody in particular
        speaker = self._resolve(doc, window[:10], mentions, verb=cue)
        if speaker is None and any(t.pos_ == "VERB" for t in window):
            # the slot after an inverted cue holds its subject: a verb there is a noun the tagger
            # misread (``…, melden getuigen``)
            speaker = self._resolve(doc, window[:10], mentions, agent=False, verb=cue)
        if speaker is None:
            before = [t for t in cue.sent if t.i < cue.i] if cue.sent else []
            speaker = self._speaker_before(doc, before, mentions, verb=cue)
        return speaker

    def _speaker_before(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], verb: Any = None
    ) -> dict[str, Any] | None:
        """The speaker in the clause before the cue: a name, else a subject pronoun (``Ruim een jaar
        eerder had hij …``), else the nearest role or noun."""
        clause = _clause_before(tokens)
        named = any(
            (m := _mention_at(mentions, t.idx)) and not _modifier(doc, t, m) for t in clause
        )
        if not named:
            pronoun = next((t for t in clause if t.lower_ in SUBJECT_PRONOUNS | FIRST_PERSON), None)
            if pronoun is not None:
                return self._resolve(doc, [pronoun], mentions, verb=verb)
        return self._resolve(doc, clause, mentions, verb=verb)

    def _subject(self, doc: Doc, verb: Any, tokens: list[Any], mentions: list[_Mention]):
        """``_subject_in_order``, but a speaker must be able to speak: a thing before the verb
        (``Dat achterlopen vindt de voorzitter …``, ``Een verandering ziet hij in …``) is a fronted
        object, and Dutch word order then puts the subject right after the finite verb."""
        found = self._subject_in_order(doc, verb, tokens, mentions)
        group = _agreeing_group(doc, verb, found)
        if group is not None:
            return _plain([group])
        if found is None:
            if not _fronted_thing([t for t in tokens if t.i < verb.i]):
                return None
        elif found.get("entity_id") or found.get("plural"):
            return found
        else:
            name = found.get("name") or ""
            if not name[:1].islower() or _can_speak(name.lower()) or name.lower() == "iemand":
                return found
        after = []
        for token in tokens:
            if token.i <= verb.i:
                continue
            if token.lower_ in SUBORDINATORS or token.is_punct or token.is_quote:
                break
            if token.lower_ in OBJECT_PRONOUNS:
                break  # ``De bond liet haar weten``: the subject comes before an object pronoun
            after.append(token)
        behind = self._resolve(doc, after[:6], mentions, verb=verb)
        if (
            found is not None
            and _plural(verb)
            and _plural_at(doc, found)
            and not _plural_at(doc, behind)
        ):
            return found  # ``Zijn critici verwijten de burgemeester``: the subject agrees
        if behind is not None and (
            behind.get("entity_id")
            or behind.get("plural")
            or _can_speak((behind.get("name") or "").lower())
        ):
            return behind
        return found

    def _named_before(
        self, doc: Doc, verb: Any, tokens: list[Any], mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """No subject that can speak: the first person or organisation named in the clause before
        the verb outside a prepositional phrase (``X, bakker in Y, heeft na vragen laten weten
        dat``, ``Twee raadsleden, X en Y, hadden aangekondigd … te``)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return None  # ``geen hard bewijs dat``: a noun, no verb with a subject to find
        before = [t for t in tokens if t.i < verb.i]
        if any(t.lower_ in UNNAMED_SUBJECTS for t in before):
            return None  # ``omdat men vermoedt dat``: a subject is there, just not a speaker
        for token in before:
            mention = _mention_at(mentions, token.idx)
            if mention is not None and mention.start == token.idx and not _after_preposition(token):
                return _speaker(mention, token)
        return None

    def _subject_in_order(
        self, doc: Doc, verb: Any, tokens: list[Any], mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """The speaker of ``X zei dat``. Word order first: a name that opens the sentence before the
        verb is its subject, also with an apposition between (``X, de voorzitter, zei``); after a
        fronted phrase or subordinate clause (``In een brief stelt X``, ``Hoewel …, vermoedt X``)
        Dutch puts the subject right after the finite verb. Then the parse's subject, then the
        nearest name, pronoun or noun around the verb."""
        before = _after_subheading([t for t in tokens if t.i < verb.i])
        embedded = _embedding(before)
        if embedded:  # ``bleek dat de helft van de docenten vindt dat``: verb-final, subject first
            before = before[embedded:]
        clause = _clause_before(before)
        particles = {particle for _, particle in self.separable.get(verb.lower_, ())}
        after = []
        for token in tokens:
            if token.i <= verb.i or token.lower_ in particles:
                continue  # ``had de man laten weten``: the particle is no subject
            if token.lower_ in SUBORDINATORS or token.is_punct or token.is_quote:
                break
            after.append(token)
        if any(t.lower_ in FIRST_PERSON for t in clause[-1:] + after[:1]):
            return None  # ``weten we dat``: the writer, no source
        # inverted order puts a singular subject pronoun right after the verb (``Dat noemde hij``);
        # ``ze`` can also be an object (``Jan vertelde ze``), so only after a fronted phrase or comma
        inverted = not clause or clause[0].pos_ in FRONTED or before[-1].text == ","
        pronouns = ("hij", "zij", "ze") if inverted else ("hij",)
        if after[:1] and after[0].lower_ in pronouns and not _plural(verb):
            found = self._resolve(doc, after[:1], mentions, verb=verb)
            if found and found.get("pronoun") and clause:
                found["fronted"] = clause[0].idx  # ``Over Jan zegt ze``: never Jan
            return found
        auxiliary = next((k for k, t in enumerate(before[:6]) if t.lower_ in AUXILIARIES), None)
        fronted_word = bool(before) and (
            before[0].pos_ in FRONTED or before[0].lower_ in TIME_WORDS
        )
        if auxiliary and fronted_word and not embedded:
            # ``Nu heeft X, de advocaat van Y, aangekondigd dat``, ``Toch zullen ouders zeggen``:
            # after a fronted phrase the subject follows the finite auxiliary (verb second)
            inverted_subject = self._after_auxiliary(doc, before[auxiliary + 1 :], mentions, verb)
            if inverted_subject is not None:
                return inverted_subject
        # ``X, de voorzitter, zei`` / ``X, zelf gelovig, heeft ontkend``: an apposition before the verb
        comma = bool(before) and before[-1].text == ","
        comma = comma or (len(before) > 1 and before[-2].text == "," and before[-1].pos_ == "AUX")
        subordinate = comma and any(
            t.lower_ in CLAUSE_FRONTERS or t.pos_ == "SCONJ" for t in before[:2]
        )
        first = before[: next(i for i, t in enumerate(before) if t.text == ",")] if comma else []
        if first and not subordinate:  # not a clause opening with its comma
            subject = first if first[0].pos_ in FRONTED else _before_relative(first)
            named = self._named(doc, subject, mentions)
            if named is not None:
                return named
            role = self._resolve(doc, subject, mentions, verb=verb)
            if role is not None and len(subject) < len(first):
                return role  # ``Scholen met wie X sprak, gaven aan``: the noun before it
            if role is not None and _agentive_noun((role.get("name") or "").lower()):
                apposition = before[len(first) + 1 :]
                named = self._named(doc, apposition, mentions)
                if named is not None and named.get("entity_id") in {
                    m.entity_id for m in mentions if m.type == "person"
                }:
                    return named  # ``De burgemeester van Breda, Anna Smit, liet weten``
                return role  # ``De docent, zelf gelovig, heeft ontkend``: a role noun as well
        fronted = not embedded and (
            subordinate
            or not clause
            or clause[0].lower_ in PREPOSITIONS | CLAUSE_FRONTERS | {"volgens"}
            or clause[0].pos_ in FRONTED
        )
        if not fronted and not comma:
            named = self._named(doc, clause, mentions)  # ``De afgevaardigde X beschreef …``
            if named is not None:
                return named
        # ``In navolging van de X vinden actievoerders``: a fronted prepositional phrase holds no
        # subject, whatever the parse says of its noun
        phrase_first = bool(clause) and clause[0].lower_ in PREPOSITIONS and not embedded
        heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]  # ``had hij … beschuldigd``
        if verb.dep_ == "conj" and any(
            t.lower_ in ("en", "maar") for t in clause[:1] + before[-1:]
        ):
            heads.append(verb.head)  # ``Zij delen folders uit en zeggen dat``: the first verb's
            # subject, also when ``en`` ends a longer clause (``X, die …, liep naar Y toe en zei:``)
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            heads.append(verb.head)  # ``De bond liet haar weten``: the subject of ``liet``
        subjects = [
            c
            for head in heads
            for c in head.children
            if c.dep_.startswith("nsubj")
            and not ((subordinate or phrase_first) and c.i < verb.i)
            and not (before and c.i < before[0].i)  # not in a subheading before the sentence
        ]
        if not fronted and any(
            c.head.i == verb.i
            and c.i < verb.i
            and c.pos_ == "NOUN"
            and _can_speak(c.lower_)
            and not _in_phrase(c)
            for c in subjects
        ):
            # ``De politie beschuldigde Smollett ervan …``: a noun that can speak opens the clause,
            # so the name after the verb is its object, whatever the parse calls it
            subjects = [c for c in subjects if c.i < verb.i or c.pos_ != "PROPN"]
        # names first (proper nouns and recognised names, in order: ``Ook verwijt Milieudefensie
        # Shell …``, the first tagged a noun), but ``hij``/``zij`` right after the verb is its
        # subject whatever the parse made of the word before it (``Minutenlang scandeerden zij``),
        # and a subject must agree with the verb (``De rebellen verwijten May dat``: two subjects
        # in the parse, one plural)
        for subject in sorted(
            subjects,
            key=lambda t: (
                not (t.i == verb.i + 1 and t.lower_ in ("hij", "zij")),
                _disagrees(t, verb),
                t.pos_ != "PROPN" and _mention_at(mentions, t.idx) is None,
            ),
        ):
            subtree = [t for t in subject.subtree if not t.is_punct]
            found = self._resolve(doc, subtree, mentions, verb=verb)
            if found or subject.lower_ in PERSON_PRONOUNS:
                return found  # an unresolved pronoun: better no speaker than a wrong one
        if fronted:
            return self._resolve(doc, after[:6], mentions, verb=verb) or self._speaker_before(
                doc, before, mentions, verb
            )
        return self._speaker_before(doc, before, mentions, verb) or self._resolve(
            doc, after[:6], mentions, verb=verb
        )

    def _after_auxiliary(
        self, doc: Doc, tokens: list[Any], mentions: list[_Mention], verb: Any
    ) -> dict[str, Any] | None:
        """The subject right after an inverted auxiliary: a name anywhere up to the cue, else the
        first noun phrase (up to a preposition, an adverb or a second article), whatever the tagger
        calls its noun (``zullen ouders zeggen``: a plural read as a verb)."""
        named = self._named(doc, tokens, mentions)
        if named is not None:
            return named
        phrase: list[Any] = []
        for token in tokens:
            if (
                token.pos_ in ("ADP", "ADV", "PUNCT")
                or token.lower_ in SKIP_WORDS
                or (phrase and token.lower_ in DETERMINERS)
            ):
                break
            phrase.append(token)
        return self._resolve(doc, phrase, mentions, agent=False, verb=verb)

    def _introduced(
        self, doc: Doc, left: list[Any], mentions: list[_Mention]
    ) -> dict[str, Any] | None:
        """Who a colon without a speech verb introduces. Such a clause need not have the speaker as
        its subject (``X, chef van de recherche: ,,…''``, ``was de reactie van een van de
        woordvoerders: ,,…''``, ``Terugkijken past niet bij X: ,,…''``), so: a name that is no
        modifier, the owner of a speech noun, a person named anywhere in the clause, else a pronoun
        or a noun for a person, group or institution. Any other noun (``Dan, met een grijns:``)
        introduces nobody: the quote floats and ``_inherit_speakers`` finds its speaker."""
        named = self._named(doc, left, mentions)
        if named is not None:
            return named
        for i, token in enumerate(left[:-2]):
            if token.lower_ in SPEECH_NOUNS and left[i + 1].lower_ == "van":
                owner = self._resolve(doc, self._noun_phrase(left[i + 2 :]), mentions)
                if owner is not None:
                    return owner
        for token in left:
            mention = _mention_at(mentions, token.idx)
            if mention is not None and mention.type == "person":
                return _speaker(mention)
        found = self._speaker_before(doc, left, mentions)
        if found is None or found.get("entity_id") or found.get("plural"):
            return found
        name = found.get("name") or ""
        if _agentive_noun(name.lower()) or sum(w[:1].isupper() for w in name.split()) >= 2:
            return found
        return None

    @staticmethod
    def _named(doc: Doc, tokens: list[Any], mentions: list[_Mention]) -> dict[str, Any] | None:
        """The first person named in ``tokens``, else the first organisation (not as a modifier)."""
        named = [
            m for t in tokens if (m := _mention_at(mentions, t.idx)) and not _modifier(doc, t, m)
        ]
        if not named:
            return None
        return _speaker(next((m for m in named if m.type == "person"), named[0]))

    def _agent(self, doc: Doc, clause: list[Any], mentions: list[_Mention]):
        """Who speaks in a passive: ``werd verklaard door X``, else the medium ``In X wordt …``."""
        for i, token in enumerate(clause):
            if token.lower_ == "door":
                return self._resolve(doc, self._noun_phrase(clause[i + 1 :]), mentions)
        for i, token in enumerate(clause):
            mention = _mention_at(mentions, token.idx)
            if mention is not None and mention.type == "organization":
                preceding = [t.lower_ for t in clause[max(0, i - 2) : i]]
                if {"in", "waarin", "op"} & set(preceding):
                    return _speaker(mention)
        return None

    def _sentence_speaker(
        self, doc: Doc, sentence: Span | None, quote: _Quote, mentions: list[_Mention]
    ) -> tuple[str | None, dict[str, Any] | None]:
        """A partial quote without a reported clause around it (``X beschreef het als 'een …'``):
        the cue of its sentence and that cue's speaker."""
        if sentence is None:
            return None, None
        tokens = [t for t in sentence if not t.is_space and not quote.start <= t.idx < quote.end]
        for i, token in enumerate(tokens):
            cue = self._cue(token)
            if cue in CUE_WORDS:
                return cue, self._resolve(doc, self._noun_phrase(tokens[i + 1 :]), mentions)
            if cue:
                return cue, self._subject(doc, token, tokens, mentions)
        root = sentence.root  # no cue: the quoted words are those of the sentence's subject
        if quote.start <= root.idx < quote.end or root.pos_ not in ("VERB", "AUX"):
            return None, None
        subject = self._subject(doc, root, tokens, mentions)
        if subject is None or not (
            subject.get("entity_id")
            or subject.get("pronoun")
            or _agentive_noun((subject.get("name") or "").lower())
        ):
            return None, None  # ``het reglement verbiedt 'te laat te komen'``: a thing says nothing
        return None, subject

    def _resolve(
        self,
        doc: Doc,
        tokens: list[Any],
        mentions: list[_Mention],
        agent: bool = True,
        verb: Any = None,
    ) -> dict[str, Any] | None:
        """Entity mention, pronoun, name, role noun or plain noun phrase → speaker dict.

        ``agent=False`` (after ``volgens``) takes any noun as the source, also one the tagger
        read as a verb (``volgens getuigen``)."""
        found, modifiers = [], set()
        for token in tokens:
            if (mention := _mention_at(mentions, token.idx)) is not None:
                if _modifier(doc, token, mention):
                    named = token.i + 1 < len(doc) and _mention_at(mentions, doc[token.i + 1].idx)
                    if not named and mention.type == "organization" and _voice_of(token, mention):
                        return _speaker(mention, token)  # ``laat het X-bestuur weten``: X
                    if (
                        mention.type == "organization"
                        and _spokesperson_of(token, mention)
                        and not any(
                            (m := _mention_at(mentions, t.idx)) is not None and m.type == "person"
                            for t in tokens
                        )
                    ):  # ``een ANWB-woordvoerder``: ANWB, or the person named before in that role
                        return _speaker(_role_referent(token, mentions) or mention, token)
                    holder = None if named else _role_referent(token, mentions)
                    if holder is not None:  # ``Kamerlid X`` … ``het CDA-Kamerlid``: X
                        return _speaker(holder, token)
                    modifiers.add(token.i)
                else:
                    found.append(mention)
        if found:
            chosen = (
                found[0]
                if _coordinated(doc, found)
                else next((m for m in found if m.type == "person"), found[0])
            )
            first = next(t for t in tokens if _mention_at(mentions, t.idx) is chosen)
            holder = _role_holder(first, named=True) if chosen.type == "organization" else None
            if holder is not None and holder.lower_ in LEADERS:
                # ``volgens de voorzitter van X``: the leader named before in that role, else X
                leader = _role_referent(holder, mentions)
                return _speaker(leader, holder) if leader is not None else _speaker(chosen)
            return _plain([holder]) if holder is not None else _speaker(chosen)
        content = [
            t
            for t in tokens
            if _wordlike(t)
            and t.i not in modifiers
            and t.lower_ not in SKIP_WORDS
            and not _after_preposition(t)
            and not _owner_of_noun(t)
            and not _genitive(t)
        ]
        if not content:
            return None
        first = content[0]
        if first.lower_ in FIRST_PERSON:
            return None
        if tokens[0].lower_ == "beide" and len(content) > 1:
            # ``Beide organisaties``: the two sources named together before, the first speaks
            pair = []
            for mention in reversed(mentions):
                if mention.start < first.idx and all(
                    m.entity_id != mention.entity_id for m in pair
                ):
                    pair.append(mention)
                if len(pair) == 2:
                    return _speaker(pair[1])
        if _possessive(first) and len(content) > 1 and content[1].lower_ not in SPEECH_NOUNS:
            # ``volgens haar advocaat``, ``zijn aanhangers``: the owner's noun speaks, as the person
            # named before in that role (``advocaat X … haar advocaat``) if there is one; the owner
            # of words speaks them (``aldus hun redenering``)
            content = content[1:]
            first = content[0]
            holder = _role_referent(first, mentions)
            if holder is not None:
                return _speaker(holder, first)
        if first.lower_ in PEOPLE_PRONOUNS and len(content) == 1:
            return _plain([first])  # not the object named after the verb
        if first.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return _pronoun(first, mentions, verb)
        if first.lower_ in ("die", "deze") and (len(content) == 1 or doc[first.i - 1].text == ","):
            return _demonstrative(first, mentions)  # also a relative ``…, die …, stelt dat``
        if len(content) <= 2 and content[-1].lower_ in ("laatste", "laatstgenoemde"):
            return _demonstrative(content[0], mentions)  # ``zei die laatste``: the one named last
        for k, token in enumerate(content):
            if _definite(token):
                referent = _referent(token, mentions)
                if referent is not None and _capitalised_run(content[k + 1 :]) is None:
                    return _speaker(referent, token)  # not ``de vereniging voor artsen X``: named
                if _agentive_noun(token.lower_):
                    break  # ``De gemeenteraad heeft van de club verlangd``: the first can speak
        name = _capitalised_run(content)
        if name is None and verb is not None and first.i == verb.i + 1 and _bare_name(first):
            name = [first]  # ``meldt Vo in een chat``: a capitalised word in the inverted subject
            # slot is a name, however the tagger read a short or unknown one
        if name and len(name) > 1 and _person_noun(name[0].lower_):
            name = name[1:]  # ``Advocaat X raadt … aan``: a title capitalised at the sentence start
        titled = bool(name) and name[0].i > 0 and _person_noun(doc[name[0].i - 1].lower_)
        if name and _place_at(doc, name[0].idx) and any(t.is_lower for t in content) and not titled:
            name = None  # ``de burgemeester van Cairo``: a place never speaks, the noun does (but
            # ``wethouder Lima X`` is a person whatever the gazetteer knows of Lima)
        if name:
            holder = _role_holder(name[0])
            if holder is not None:  # ``een wethouder van de gemeente X``: the role speaks
                return _plain([holder])
            return _surname(name, mentions) or _plain(name)
        tagged = doc.has_annotation("POS")
        nouns = [
            t
            for t in content
            if t.lower_ not in DETERMINERS
            and not t.is_stop
            and not t.like_num
            and (
                not tagged
                or t.pos_ in ("NOUN", "PROPN", "X")
                or _nominalised(t)
                or _before_verb_after_article(t, verb)
            )
            and not _nationality_adjective(t)
        ]
        if not nouns and not agent:
            # the head of a Dutch noun phrase is its last word before a preposition or a relative
            # clause (``een goed ingevoerde crimineel``, ``degenen die hem kennen``)
            linked = next(
                (
                    t.i
                    for t in tokens
                    if t.i > content[0].i
                    and (t.pos_ == "ADP" or t.is_punct or t.lower_ in ("die", "dat", "wie"))
                ),
                len(doc),
            )
            words = [t for t in content if t.lower_ not in DETERMINERS and not t.is_stop]
            nouns = [t for t in words if t.i < linked][-1:] or words
        if not nouns:
            # ``zal steeds iemand beloven dat``: an indefinite someone is a generic source as written
            return next((_plain([t]) for t in content if t.lower_ == "iemand"), None)
        head = _phrase_head(nouns[0])
        apposed = _apposed_person(head, mentions)
        if apposed is not None:  # ``vertelt een andere passagier, Janet Jacob.``
            return _speaker(apposed)
        link = head.i + 1
        if (
            link < len(doc)
            and doc[link].lower_ in ORGANISATION_LINK
            and (
                head.lower_.endswith(SPOKESPERSON_HEADS + GOVERNING_BODIES)
                or head.lower_ in OWNED_SOURCES | ORGANISATION_VOICES
            )
        ):
            owner = self._resolve(doc, self._noun_phrase(list(doc[link + 1 : link + 8])), mentions)
            if owner is not None:
                return owner
        if link < len(doc) and doc[link].lower_ == "van" and head.lower_ in QUANTITY_NOUNS:
            phrase = self._noun_phrase(list(doc[link + 1 : link + 8]))
            group = self._resolve(doc, phrase, mentions)
            if group is not None:  # ``de helft van de docenten``: the group speaks
                return group
            words = [t for t in phrase if t.is_alpha and t.lower_ not in DETERMINERS]
            if words and not words[0].is_stop:
                return _plain(words[:1])  # ``een kwart van de Britten``: nationals, as written
        if (
            head.lower_ in QUANTITY_NOUNS
            and link < len(doc)
            and doc[link].pos_ == "NOUN"
            and "Plur" in doc[link].morph.get("Number")
        ):
            return _plain([doc[link]])  # ``een aantal boeren``, ``tientallen bewoners``
        if head.lower_ == "procent":
            return dict(NOBODY)  # ``53 procent zei``: a share of people nobody names
        if head.lower_ in NON_AGENT_SOURCES:
            return None if agent else dict(NOBODY)
        if head.lower_ in REPORT_SOURCES and agent:
            return None  # ``De peiling bevestigt dat beeld``: only ``volgens`` makes it a source
        for suffix in ("woordvoerder", "woordvoerster"):
            prefix = head.text[: -len(suffix)].rstrip("-")
            if (
                head.lower_.endswith(suffix)
                and len(prefix) > 2
                and prefix.lower() not in RANK_PREFIXES
            ):
                owner = next(
                    (
                        m
                        for m in reversed(mentions)
                        if m.type == "organization"
                        and m.start < head.idx
                        and prefix.lower() in m.name.casefold()
                    ),
                    None,
                )
                if owner is not None:  # ``de partijwoordvoerder`` after ``de Democratische Partij``
                    return _speaker(owner, head)
                return {
                    "entity_id": None,
                    "name": prefix,
                    "start": head.idx,
                    "end": head.idx + len(prefix),
                }
        if head.lower_ == "officier":
            prosecution = next(
                (
                    m
                    for m in mentions
                    if m.type == "organization" and m.name.casefold() in PROSECUTION
                ),
                None,
            )
            if prosecution is not None:
                return _speaker(prosecution)
        if head.lower_ in SPOKESPERSONS:
            if head.i and doc[head.i - 1].lower_ in ("zijn", "haar"):
                return _plain([head])  # ``zijn woordvoerder``: somebody's, not an institution's
            return _institution_before(head, mentions) or _plain([head])
        found = _surname([head], mentions) or _compound_before(head)
        if (
            found is None
            and agent
            and head.text[:1].islower()
            and not _can_speak(head.lower_)
            and (head.lower_.endswith(THING_ENDINGS) or not _subject_by_position(head, verb))
        ):
            return None  # ``sprak de naam … uit``, ``zijn handreiking wijst erop``: things
        return found or _plain([head])


def _apposed_person(head: Any, mentions: list[_Mention]) -> _Mention | None:
    """``zegt een andere passagier, Janet Jacob.``: a person named between commas (or before the
    sentence end) right after a common noun is the one the noun means."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "," or not head.is_lower:
        return None
    mention = _mention_at(mentions, doc[head.i + 2].idx)
    if mention is None or mention.type != "person" or mention.start != doc[head.i + 2].idx:
        return None
    end = doc.char_span(mention.start, mention.end, alignment_mode="expand").end
    return mention if end == len(doc) or doc[end].is_punct else None


def _subject_by_position(head: Any, verb: Any) -> bool:
    """The parser's subject, or the noun phrase that opens the clause right before the verb."""
    return head.dep_.startswith("nsubj") or (verb is not None and _opens_clause(head, verb))


def _opens_clause(head: Any, verb: Any) -> bool:
    """``Een buurtbewoner stelt dat``, ``Een ervaren visser schat dat``: a noun phrase that
    opens the sentence right before the verb, with no noun phrase after the verb, is its subject
    however the tagger read the noun."""
    doc = head.doc
    opening = doc[head.sent.start : head.i]
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        head.i + 1 == verb.i
        and all(t.pos_ in ("DET", "ADJ", "ADV", "NUM", "VERB") for t in opening)
        and (following is None or following.pos_ not in ("DET", "PRON", "PROPN", "NOUN"))
    )


def _fronted_thing(before: list[Any]) -> bool:
    """``Dat achterblijven vindt …``, ``Die opening noemde …``: a short noun phrase for a thing
    opens the sentence before the verb, so it is the object and the subject follows the verb."""
    words = [t for t in before if not t.is_punct]
    return (
        1 < len(words) <= 4
        and words[0].lower_ in FRONTED_OPENERS
        and words[-1].is_lower
        and not _can_speak(words[-1].lower_)
    )


@lru_cache(maxsize=1 << 16)
def _can_speak(lower: str) -> bool:
    """A noun for people, a group, an institution, a medium or a document (``kiezers``,
    ``werknemer``, ``activiste``, ``piloten``, ``de krant``, ``het vonnis``), not a thing (``naam``,
    ``sancties``, ``afscheidsbrief``): by its ending or the word lists, so it errs towards things."""
    if not lower.isalpha():
        return True  # ``VVD'er``, ``45-jarige``: nothing to judge by
    stem = re.sub(r"(?:s|nen|en|n|je|jes|e)$", "", lower)
    forms = {lower, stem, re.sub(r"([aeou])([^aeiou])$", r"\1\1\2", stem)}  # piloten: piloot
    return (
        _agentive_noun(lower)
        or lower in SPEAKING_WORDS
        or lower.endswith(DOCUMENTS + PEOPLE_ENDINGS)
        or any(w.endswith(SPEAKING_ENDINGS) for w in forms)
        or bool(NOMINALISED_PARTICIPLE.fullmatch(lower))
        or _agent_of_verb(lower)
    )


def _agent_of_verb(lower: str) -> bool:
    """``ondernemer``, ``bezoeker``, ``werkgever``: one who does what a verb says (the word, or its
    last part, less -er plus -en is a Dutch word)."""
    if not lower.endswith("er") or len(lower) < 6:
        return False
    return any(lexicon().is_word(lower[k:-2] + "en") for k in range(len(lower) - 4))


def _compound_before(head: Any) -> dict[str, Any] | None:
    """``de onderwijsinspectie … de inspectie``, ``het schoolbestuur … het bestuur``: a definite
    institution noun shortens the compound the story named it with before."""
    if head.lower_ not in INSTITUTION_NOUNS or not _definite(head):
        return None
    compound = next(
        (
            t
            for t in reversed(head.doc[max(0, head.i - 4 * PRONOUN_REACH) : head.i])
            if t.is_lower and t.lower_.endswith(head.lower_) and len(t) > len(head) + 2
        ),
        None,
    )
    if compound is None:
        return None
    return {**_plain([head]), "name": compound.text}


def _closing_mark(
    paragraph: str, marks: list[tuple[int, int, str, bool, bool]], i: int
) -> int | None:
    """The mark that closes the quote opened by ``marks[i]``: the first fitting closing mark, past a
    scare quote of a few words nested inside (``'wat je onder 'thuis' verstaat'``)."""
    mark = marks[i][2]
    j = i + 1
    while j < len(marks):
        _, _, found, opening, closing = marks[j]
        if (
            opening
            and not closing
            and found == mark
            and j + 1 < len(marks)
            and _scare_quote(paragraph, marks[j], marks[j + 1])
        ):
            j += 2
            continue
        if closing and found in CLOSERS[mark]:
            return j
        j += 1
    return None


def _scare_quote(paragraph: str, opening: tuple, closing: tuple) -> bool:
    """``onder 'thuis' verstaat``: a pair of marks around at most three words, the sentence going
    on in lower case after it."""
    words = paragraph[opening[1] : closing[0]].split()
    after = paragraph[closing[1] : closing[1] + 2]
    return closing[4] and len(words) <= 3 and after[:1] == " " and after[1:].islower()


def _ends_sentence(token: Any) -> bool:
    """A full stop, or a name that the tokenizer glued its full stop to (``…'', geniet Van Os.``)."""
    return token.text in (".", "!", "?") or (
        len(token.text) > 2 and token.text.endswith(".") and token.text[:1].isupper()
    )


def _states(tokens: list[Any]) -> bool:
    """A finite verb before any clause opener, or more finite verbs than openers: the tokens make a
    statement (``Het gaat goed``, ``Dat zij komt is belangrijk``), not a circumstance (``Op de vraag
    of hij gaat``, ``Gevraagd naar zijn toekomst``) or a subject with its relative clause (``X, die
    er jaren werkte``)."""
    verbs = openers = 0
    for token in tokens:
        if token.lower_ in FINITE_CLAUSE_OPENERS:
            openers += 1
        elif token.pos_ in ("VERB", "AUX") and _finite(token):
            if not openers:
                return True
            verbs += 1
    return verbs > openers


def _subject_phrase(tokens: list[Any]) -> bool:
    """A noun phrase with an apposition or a relative clause after a comma (``X, de burgemeester``,
    ``De minister, die al jaren …``): the subject of the verb after it, not something said."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(tokens):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in tokens[:comma]):
        return False
    after = tokens[comma + 1]
    if "Rel" in after.morph.get("PronType") or after.lower_ in ("die", "wiens", "wier"):
        return not _states(tokens)  # not ``Zulke therapieën, die …, staan haaks op …``
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens[comma:])


def _introduces(last: Any, direct: list[_Quote]) -> bool:
    """A colon follows the token and a direct quote opens right after it."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ":":
        return False
    colon = doc[last.i + 1].idx
    return any(0 < quote.start - colon <= 4 for quote in direct)


def _as_role(token: Any, that: Any) -> bool:
    """``kondigde als eerste aan dat``, ``zei als voorzitter dat``: ``als`` before a word of a noun
    phrase that is not the ``dat`` of the clause is a role, no subordinate clause."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "als"
        and following is not None
        and following.i < that.i
        and following.pos_ in ("ADJ", "NUM", "NOUN", "PROPN", "DET")
    )


def _opens_noun_phrase(before: list[Any]) -> bool:
    """The two tokens before a word open a noun phrase: a preposition or determiner, perhaps with
    an adjective after it."""
    if before and before[-1].pos_ == "ADJ":
        before = before[:-1]
    return bool(before) and before[-1].pos_ in ("ADP", "DET")


def _complementiser(tokens: list[Any], i: int, after_cue: bool = False) -> bool:
    """``zei dat hij …`` opens a clause; ``antwoordt dat op vragen …`` and ``dat.`` are the pronoun.
    ``after_cue``: the word before is a speech verb, however the tagger read it."""
    rest = [t for t in tokens[i + 1 :] if not t.is_quote and t.text not in ("-", "–", "—")]
    # ``dat 'het …' is``, ``dat - net als vorig jaar - de wachtlijsten …``
    if not rest or rest[0].is_punct:
        return False
    following = rest[0]
    words = list(takewhile(lambda t: t.text not in ".!?", rest))
    if len(words) <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False  # ``vond dat ook.``, ``noemt dat ongebruikelijk``: the pronoun, no clause
    if "Fin" in following.morph.get("VerbForm") or tokens[i - 1].text == "(":
        return False  # ``Artikel 50 (dat voorziet in …)``: a relative pronoun before its verb
    if tokens[i - 1].lower_ in TIME_NOUNS and (i < 2 or tokens[i - 2].lower_ not in DEICTIC):
        return False  # ``reageerde op het moment dat …``: when, not what; ``zei vorige week
        # dat …`` dates the saying
    if tokens[i - 1].lower_ in ("zonder", "behalve", "zodat"):
        return False  # ``noemde haar pop X, zonder dat wij …``: a conjunction of its own
    token = tokens[i]
    comma = tokens[i - 1].text == "," and i > 1
    before = tokens[i - 2] if comma else tokens[i - 1]
    if (
        (before.pos_ == "NOUN" or (before.pos_ == "PROPN" and comma))
        and not (after_cue and not comma)  # ``erkent dat`` read as a noun: still the verb
        and token.dep_ not in ("mark", "")
        and token.head.dep_ == "acl:relcl"
        and (comma or not _in_phrase(before))
    ):
        return False  # ``een fenomeen dat wij niet kenden``: a relative pronoun after its noun;
        # not ``ontkende in het debat dat …``, where the parser read one into a complement, nor
        # ``zei Peter Plasman dat``: a name takes a relative only after a comma
    if following.pos_ == "ADP" or following.lower_ in PREPOSITIONS:
        # ``erkende dat in de ploeg wanhoop heerst``: a clause, verb-final, also after a fronted
        # phrase; ``antwoordt dat op vragen.`` has no verb of its own
        clause = []
        for token in rest:
            if token.is_punct:
                break
            clause.append(token)
        if following.doc.has_annotation("POS"):
            return bool(clause) and clause[-1].pos_ in ("VERB", "AUX")
        return len(clause) >= 4 and re.search(r"(?:t|d|en)$", clause[-1].lower_) is not None
    return True


def _in_phrase(noun: Any) -> bool:
    """``in het raadsdebat``: the noun closes a prepositional phrase."""
    k = noun.i - 1
    while k >= 0 and noun.doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k -= 1
    return k >= 0 and noun.doc[k].pos_ == "ADP"


def _participle(verb: Any) -> bool:
    """``gemeld``, ``aangevoerd``; a past tense in -de/-te (``berekende``) the tagger may call a
    participle is none."""
    forms = verb.morph.get("VerbForm")
    if verb.lower_.endswith(("de", "te", "den", "ten")):
        return False
    return "Part" in forms if forms else bool(PARTICIPLE.match(verb.lower_))


def _passive(verb: Any, clause: list[Any]) -> bool:
    """``wordt gemeld``, ``werd door X verklaard``: a participle next to a form of ``worden``."""
    return _participle(verb) and any(
        t.lower_ in PASSIVE_AUXILIARIES and abs(t.i - verb.i) <= 8 for t in clause
    )


def _pronoun_subject(
    doc: Doc, text: str, starts: list[int], mention: _Mention, quote_start: int
) -> bool:
    """The sentence right before a quote names ``mention`` but has ``hij``/``zij``/``ze`` as its
    subject: the person the story follows goes on, the one named is in the object."""
    token = doc[bisect.bisect_right(starts, mention.start) - 1]
    sentence = token.sent
    if text[sentence.end_char : quote_start].strip(" \n,„“\"'‘"):
        return False  # not the sentence right before the quote
    return any(
        t.lower_ in SUBJECT_PRONOUNS and t.dep_.startswith("nsubj") and t.i < token.i
        for t in sentence
    )


def _in_clause(doc: Doc, starts: list[int], mention: _Mention) -> bool:
    """Named after a complementiser or a relative pronoun of its sentence (``X vreest dat Y …``,
    ``X, die Y kent``): not the sentence's subject, whatever the parse."""
    token = doc[bisect.bisect_right(starts, mention.start) - 1]
    return any(
        t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType")
        for t in doc[token.sent.start : token.i]
    )


def _embedding(before: list[Any]) -> int:
    """Where the subordinate clause that holds a verb starts (after ``dat``, ``of``, ``omdat`` …), or
    0 when the verb is in a main clause. A sentence-initial ``Dat`` is a demonstrative (``Dat
    achterlopen vindt X``) and a comma in between ends the subordinate clause."""
    for k in range(len(before) - 1, -1, -1):
        token = before[k]
        if token.is_punct or token.is_quote:
            return 0
        lower = token.lower_
        if lower in CLAUSE_FRONTERS or (
            k > 0 and lower in SUBORDINATORS and lower not in ("te", "om")
        ):
            return k + 1 if k + 1 < len(before) else 0
    return 0


def _after_subheading(tokens: list[Any]) -> list[Any]:
    """The sentence without a subheading glued before it (``Kritiek Na de stemming zei X``,
    ``Groot verzet Volgens de bond …``): a capitalised function word after one or two other words
    starts the real sentence, unless it belongs to a name (``Bart De Wever``,
    ``volgens De Telegraaf``)."""
    for k in range(1, min(3, len(tokens) - 1)):
        word, previous, following = tokens[k], tokens[k - 1], tokens[k + 1]
        if not (previous.is_alpha and tokens[0].text[:1].isupper()):
            return tokens
        if (
            word.text[:1].isupper()
            and word.lower_ in STOP_WORDS
            and word.lower_ not in NAME_PARTICLES
            and previous.pos_ != "CCONJ"
            and previous.lower_ not in CUE_WORDS | PREPOSITIONS
            and not following.text[:1].isupper()
        ):
            return tokens[k:]
    return tokens


def _before_relative(tokens: list[Any]) -> list[Any]:
    """A subject without its relative clause: in ``Ministers die in de coalitie willen blijven,
    waarschuwen`` the ministers speak, not de coalitie (the relative clause says the noun before
    it is somebody)."""
    for k, token in enumerate(tokens[1:], start=1):
        if token.lower_ in ("die", "wie", "welke") or token.lower_.startswith("waar"):
            return tokens[: k - 1] if tokens[k - 1].pos_ == "ADP" else tokens[:k]
    return tokens


def _clause_before(tokens: list[Any]) -> list[Any]:
    """The tokens after the last comma, semicolon, colon or quote mark."""
    clause: list[Any] = []
    for token in reversed(tokens):
        if token.text in (",", ";", ":") and clause or token.is_quote:
            break
        clause.insert(0, token)
    return clause


def _pronoun(token: Any, mentions: list[_Mention], verb: Any) -> dict[str, Any] | None:
    """Singular ``hij``/``zij``/``ze`` → the last named person (never an organisation), else the
    last definite person noun; a plural pronoun is marked for ``_resolve_plurals``."""
    lower = token.lower_
    verb = _finite_beside(token) or verb  # ``Zij hebben gezegd``: the finite verb agrees
    if lower in PLURAL_PRONOUNS or (lower in ("zij", "ze") and verb is not None and _plural(verb)):
        group = _group_before(token)
        if group is not None:
            return _plain([group])
        return {
            "entity_id": None,
            "name": None,
            "start": token.idx,
            "end": token.idx + len(token),
            "plural": True,
        }
    person = next(
        (m for m in reversed(mentions) if m.start < token.idx and m.type == "person"), None
    )
    unrecognised = _titled_name(token, person.end if person is not None else 0, mentions)
    if unrecognised is not None:
        return unrecognised
    doc = token.doc
    since = person.end if person is not None else 0
    for k in range(token.i - 1, max(0, token.i - PRONOUN_REACH), -1):
        if doc[k].idx < since:
            break
        if (
            doc[k].dep_.startswith("nsubj")
            and _definite(doc[k])  # also ``de toenmalig directeur``
            and _person_noun(doc[k].lower_)
            and doc[k + 1].lower_ not in ORGANISATION_LINK
        ):  # ``… X … De docent heeft ontkend … zei hij``: an unnamed subject came later (not one
            # described by its organisation, ``de voorzitter van X``: a named person's role)
            referent = _referent(doc[k], mentions)
            return _speaker(referent, token) if referent is not None else _plain([doc[k]])
    if person is not None:  # final choice in ``_resolve_pronouns``, once all quotes are known
        return {**_speaker(person, token), "pronoun": True}
    for k in range(token.i - 1, max(0, token.i - 2 * PRONOUN_REACH), -1):
        # ``Voor me reed een vrouw … zei ze``: with nobody named, also the person introduced
        if doc[k - 1].lower_ in PERSON_DETERMINERS and _person_noun(doc[k].lower_):
            return _plain([doc[k]])
    return None


def _finite(token: Any) -> bool:
    """A finite verb (``is``, ``lopen``), not a participle (``wijzend``)."""
    return token.lower_ in FINITE_AUXILIARIES or "Fin" in token.morph.get("VerbForm")


def _finite_beside(token: Any) -> Any:
    """The finite verb right before or after a subject pronoun (``zongen zij``, ``zij
    riepen``, ``ze hebben gezegd``): its number tells a plural ``zij`` from a singular one."""
    doc = token.doc
    for k in (token.i - 1, token.i + 1):
        if 0 <= k < len(doc) and "Fin" in doc[k].morph.get("VerbForm"):
            return doc[k]
    return None


def _group_before(token: Any) -> Any:
    """``Critici waarschuwen … Volgens hen …``: a plural pronoun stands for the group that is the
    subject in its own or the previous sentence (a generic source keeps its head noun); sentences
    whose subject is a plural ``ze`` carry the group further (``De boeren kwamen … Ze hadden …
    Ze wilden niet, zeiden ze``)."""
    doc = token.doc
    sentence, end = token.sent, token.i
    for step in range(GROUP_CHAIN):
        for candidate in reversed(doc[sentence.start : end]):
            if not candidate.dep_.startswith("nsubj"):
                continue
            if candidate.pos_ == "NOUN" and "Plur" in candidate.morph.get("Number"):
                return candidate if _group_noun(candidate.lower_) else None
            misread = _noun_after_determiner(candidate)
            if misread is not None:
                return misread
        if not sentence.start or (step and not any(map(_plural_subject, sentence))):
            return None
        sentence = doc[sentence.start - 1].sent
        end = sentence.end
    return None


def _noun_after_determiner(subject: Any) -> Any:
    """``De/DET verdachten/VERB waren …``: where the parser made the article the subject, the
    plural group noun after it (whatever the tagger called it) is the subject."""
    doc = subject.doc
    if subject.pos_ != "DET" or subject.i + 1 >= len(doc):
        return None
    noun = doc[subject.i + 1]
    plural = noun.lower_.endswith(("en", "s")) or "Plur" in noun.morph.get("Number")
    return noun if noun.is_lower and plural and _group_noun(noun.lower_) else None


def _plural_subject(token: Any) -> bool:
    """A ``ze``/``zij`` beside a plural finite verb (``ze hadden``, ``kregen ze``)."""
    if token.lower_ not in ("ze", "zij"):
        return False
    verb = _finite_beside(token)
    return verb is not None and _plural(verb)


def _agreeing_group(doc: Doc, verb: Any, found: dict[str, Any] | None) -> Any:
    """``Daarom verwijten de boeren minister X dat …``: a plural verb does not agree with the named
    entity after it, but with a plural group noun between them."""
    if found is None or not found.get("entity_id") or not _plural(verb):
        return None
    if found["start"] is None or found["start"] < verb.idx:
        return None
    name = doc.char_span(found["start"], found["end"], alignment_mode="expand")
    return next(
        (
            t
            for t in doc[verb.i + 1 : name.start if name is not None else verb.i + 1]
            if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and _group_noun(t.lower_)
        ),
        None,
    )


def _group_noun(lower: str) -> bool:
    """A plural that can speak: people (``aanhangers``, ``critici``), a group or institutions."""
    return _agentive_noun(lower) or lower.endswith(PEOPLE_PLURALS)


def _demonstrative(token: Any, mentions: list[_Mention]) -> dict[str, Any] | None:
    """``… uit de gemeenteraad. Die zei: …``: a ``die``/``deze`` standing alone as subject points to
    the last phrase before it that can speak: a name, or a noun for a person, group or institution."""
    doc = token.doc
    tagged = doc.has_annotation("POS")
    for k in range(token.i - 1, max(-1, token.i - 40), -1):
        mention = _mention_at(mentions, doc[k].idx)
        if mention is not None:
            return _speaker(mention, token)
        if (
            doc[k].is_lower
            and (not tagged or doc[k].pos_ == "NOUN")
            and _agentive_noun(doc[k].lower_)
        ):
            return _plain([doc[k]])
    return None


def _titled_name(token: Any, since: int, mentions: list[_Mention]) -> dict[str, Any] | None:
    """A person the recogniser missed, introduced after the last recognised one: a role noun and a
    capitalised name (``politicoloog Wietse van Engeland van bureau X. Hij noemt …``) is the
    pronoun's referent; Dutch news names a new source with a title before the name."""
    doc = token.doc
    for k in range(token.i - 1, max(0, token.i - PRONOUN_REACH), -1):
        word = doc[k]
        if word.idx < since:
            return None
        previous = doc[k - 1]
        if (
            word.text[:1].isupper()
            and previous.is_lower
            and _person_noun(previous.lower_)
            and _mention_at(mentions, word.idx) is None
        ):
            j = k + 1
            run = [word]
            while j < min(len(doc), k + 4) and doc[j].text[:1].isupper() and doc[j].is_alpha:
                run.append(doc[j])  # ``Douwe Jan Elzinga``
                j += 1
            particles = []
            while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and len(particles) < 3:
                particles.append(doc[j])
                j += 1
            if particles and j < len(doc) and doc[j].text[:1].isupper():
                run += [*particles, doc[j]]  # ``Wietse van Engeland``
            if len(run) >= 2:
                return _plain(run)
    return None


def _plural(verb: Any) -> bool:
    number = verb.morph.get("Number")
    return "Plur" in number if number else verb.lower_.endswith("en")


def _disagrees(subject: Any, verb: Any) -> bool:
    """A noun or name whose number is not the finite verb's (``May`` of ``verwijten``); a
    coordination is plural (``Het kabinet en de bonden vinden``)."""
    if subject.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ in ("conj", "cc") for c in subject.children
    ):
        return False
    number, verb_number = subject.morph.get("Number"), verb.morph.get("Number")
    return bool(number and verb_number) and number != verb_number


def _plural_at(doc: Doc, speaker: dict[str, Any] | None) -> bool:
    """Whether the speaker's word as written is a plural noun (``tegenstanders``)."""
    if speaker is None or speaker.get("start") is None:
        return False
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    return span is not None and "Plur" in span[-1].morph.get("Number")


def _person_noun(lower: str) -> bool:
    """``de verdachte``, ``de 64-jarige``, ``de minister``, ``de politierechter``."""
    return (
        lower in PERSON_NOUNS
        or bool(AGE_NOUN.fullmatch(lower))
        or is_role(lower)
        or lower.endswith(PERSON_HEADS)
    )


def _agentive_noun(lower: str) -> bool:
    """A noun that can speak: a person (also plural: ``deelnemers``, ``fractievoorzitters``), a
    group or an institution, not a thing (``grijns``, ``parlementsgebouw``)."""
    lower = lower.rsplit("-", 1)[-1]  # ``CDA-vrouw``, ``PvdA-leden``: the head after the hyphen
    forms = {lower, lower[:-1] if lower.endswith("s") else lower}
    if lower.endswith("en"):
        forms |= {lower[:-2], lower[:-1]}  # ``partijen``, ``verdachten``: partij, verdachte
    return lower.endswith("leden") or any(  # ``partijleden``: members speak as a group
        _person_noun(form)
        or form in INSTITUTION_NOUNS
        or form.endswith(INSTITUTION_ENDINGS)
        or form in PARTY_FAMILIES
        or form.endswith(ORGANISATION_HEADS)
        for form in forms
        if len(form) > 2
    )


def _possessive(token: Any) -> bool:
    """``haar``, ``zijn``, ``hun`` before a noun (``haar advocaat``), not the pronoun on its own."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in ("zijn", "haar", "hun")
        and (token.pos_ == "DET" or "Yes" in token.morph.get("Poss"))
        and following is not None
        and following.is_alpha
        and following.pos_ not in ("VERB", "AUX", "ADP", "DET")
    )


def _role_referent(token: Any, mentions: list[_Mention]) -> _Mention | None:
    """The person named before with the role ``token`` names (``advocaat X`` … ``de advocaat``,
    ``Kamerlid X`` … ``het CDA-Kamerlid``)."""
    lower = ROLE_SYNONYMS.get(token.lower_, token.lower_)
    return next(
        (
            m
            for m in reversed(mentions)
            if m.start < token.idx and m.type == "person" and _holds(m, lower)
        ),
        None,
    )


def _holds(mention: _Mention, lower: str) -> bool:
    """Whether one of the person's roles is the role noun ``lower`` (also as its compound head:
    ``politiewoordvoerder`` is a ``woordvoerder``, ``topadvocaat`` an ``advocaat``; a hyphenated
    ``CDA-Kamerlid`` a ``kamerlid``)."""
    head = lower.rsplit("-", 1)[-1]
    return any(
        role in (lower, head)
        or (len(lower) > 3 and role.endswith(lower))
        or (len(role) > 3 and lower.endswith(role) and "-" not in lower)
        for role in mention.roles
    )


def _referent(token: Any, mentions: list[_Mention]) -> _Mention | None:
    """What a definite noun refers back to: the person whose role it names (``de minister``,
    ``de woordvoerder`` after ``politiewoordvoerder X``), the last person for a descriptive noun
    (``de man``, ``de 45-jarige``), the last organisation for an organisation noun (``het bedrijf``,
    ``de democraten``)."""
    lower = ROLE_SYNONYMS.get(token.lower_, token.lower_)
    if token.i and token.doc[token.i - 1].lower_ == "deze" and lower in OWN_PAPER:
        return None  # ``zei hij tegen deze krant``: the paper that prints the story, no other
    earlier = [m for m in mentions if m.start < token.idx]
    holder = _role_referent(token, mentions)
    if holder is not None:
        return holder
    if token.lower_ in OFFICE_TITLES or (lower.endswith(LEADER_ENDINGS) and len(lower) > 6):
        # ``Jacinda Ardern zei … , zei de premier``, ``… zegt de politiechef``, ``de oud-partijleider``:
        # the person last named (only the title as written: a column's ``de minister-president`` may
        # be one it never names)
        return next((m for m in reversed(earlier) if m.type == "person"), None)
    if _renames_person(token):  # ``medewerker Sem de Groot … zegt de mbo-student``
        last = next((m for m in reversed(earlier) if m.type == "person"), None)
        if last is not None and token.idx - last.end < RENAMING_REACH:
            return last
    if _describes_person(token):
        wanted = "person"
    elif (
        lower in PARTY_FAMILIES
        or lower.endswith(ORGANISATION_HEADS)
        or (lower in INSTITUTION_NOUNS and lower not in TOWN_AUTHORITIES)
    ):
        wanted = "organization"
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ == "van":
            return None  # ``de persdienst van de ambassade``: it says whose it is
    else:
        return _named_with(token, earlier)
    candidates = [m for m in reversed(earlier) if m.type == wanted]
    noun_gender = _noun_gender(lower) if wanted == "person" else None
    if noun_gender is not None:  # ``zei het meisje``: not the last man named
        candidates = [m for m in candidates if _gender(m.name, m.roles) in (None, noun_gender)]
    if wanted == "person" and not _origin_noun(token.text):
        # long after the last name, ``zei het meisje`` is somebody new (``de Fransman`` is not)
        candidates = [m for m in candidates if token.idx - m.end < DESCRIBING_REACH]
    if lower in INSTITUTION_NOUNS:
        # ``de rechtbank``, ``de inspectie``: only one named with that noun (``Rechtbank Utrecht``,
        # ``Onderwijsinspectie``, ``Defensie`` as ``ministerie van Defensie``), not one that merely
        # contains it (``Bank Nederlandse Gemeenten``)
        return next(
            (
                m
                for m in candidates
                if any(w.endswith(lower) for w in f"{m.name} {m.canonical}".casefold().split())
            ),
            None,
        )
    prefix = lower.rsplit("-", 1)[0] if "-" in lower else ""
    named = [m for m in candidates if prefix and prefix in m.name.casefold()]  # Jehovah-organisatie
    described = [m for m in candidates if wanted == "organization" and _described_as(token, m)]
    if described and not named:
        # the one introduced with the noun, unless the story is about another (``het bedrijf`` in a
        # story on one company that mentions ``energiebedrijf X`` once)
        counts = Counter(m.entity_id for m in candidates)
        main = max(candidates, key=lambda m: counts[m.entity_id])
        return (
            main if counts[main.entity_id] >= 3 * counts[described[0].entity_id] else described[0]
        )
    return (named or candidates or [None])[0]


def _named_with(token: Any, earlier: list[_Mention]) -> _Mention | None:
    """``de brigade`` after ``de Sint Michaëlbrigade``: a singular noun that ends the name of an
    organisation named before refers back to it."""
    lower = token.lower_
    if len(lower) < 5 or token.pos_ != "NOUN" or "Plur" in token.morph.get("Number"):
        return None
    return next(
        (
            m
            for m in reversed(earlier)
            if m.type == "organization" and m.name.casefold().split()[-1].endswith(lower)
        ),
        None,
    )


def _renames_person(token: Any) -> bool:
    """A singular person noun that is no role or party word of ours (``de gastheer``, ``de
    verkoopster``, ``de mbo-student``): news uses it to vary how it calls the person just named,
    where ``de rechter`` or ``de verdachte`` is somebody the story never names."""
    lower = token.lower_
    if "Plur" in token.morph.get("Number") or _person_noun(lower):
        return False
    return lower.rsplit("-", 1)[-1].endswith(PERSON_SUFFIXES)


def _described_as(token: Any, mention: _Mention) -> bool:
    """``het fonds`` after ``het fonds X`` or ``X, het grote fonds van …``: the organisation
    introduced with that noun."""
    doc = token.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_.endswith(token.lower_):
        return True
    after = [t for t in doc[span.end : span.end + 5] if not _adjective(t)]
    return (
        len(after) > 2
        and after[0].text == ","
        and after[1].lower_ in ARTICLES
        and after[2].lower_.endswith(token.lower_)
    )


def _describes_person(token: Any) -> bool:
    """A noun that describes the person last named rather than naming a new one: ``de man``,
    ``de 45-jarige``, a party member (``de VVD'er``), a national or a town's inhabitant (``de
    Fransman``, ``de Belg``, ``de Bredase``), not a plural people (``de Koerden``)."""
    lower = token.lower_
    if (
        lower in DESCRIPTIVE_NOUNS
        or AGE_NOUN.fullmatch(lower)
        or PARTY_MEMBER.fullmatch(token.text)
    ):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # ``de Duitse ambassade``, ``het Centraal Bureau``: an adjective or a name
    return (
        token.text[:1].isupper()
        and _definite(token)
        and _origin_noun(token.text)
        and "Plur" not in token.morph.get("Number")
    )


def _origin_noun(word: str) -> bool:
    """``Fransman``, ``Belg``, ``Duitser``, ``Italiaan``, ``Chinees``, ``Bredase``, ``Tilburger``:
    named after a country or town (plural forms tell a country's stem best)."""
    gazetteer = places()
    if word.endswith("man"):
        return gazetteer.is_demonym(word[:-3] + "e")  # Fransman, Engelsman: Franse, Engelse
    if gazetteer.is_demonym(word) or gazetteer.is_inhabitant(word):
        return True
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 4 and gazetteer.is_demonym(plural)
        for ending, plural in (
            ("aan", word[:-3] + "anen"),
            ("ees", word[:-3] + "ezen"),
            ("er", word + "s"),
            ("", word + "en"),
        )
    )


def _institution_before(head: Any, mentions: list[_Mention]) -> dict[str, Any] | None:
    """A bare ``een woordvoerder`` speaks for the organisation or institution named just before,
    not one named in the quote it attributes (``,,… bij het UWV'', zegt een woordvoerder``)."""
    doc = head.doc
    quoted = False
    for k in range(head.i - 1, max(-1, head.i - PRONOUN_REACH), -1):
        if doc[k].is_quote:
            quoted = not quoted
        if quoted:
            continue
        mention = _mention_at(mentions, doc[k].idx)
        if mention is not None and mention.type == "organization":
            return _speaker(mention)
        if doc[k].lower_ in INSTITUTION_NOUNS:
            return _plain([doc[k]])
    return None


def _comes_forward(tokens: list[Any]) -> tuple[int | None, int | None]:
    """The indices of a form of ``komen`` and of its ``voren`` in ``komt (toen) naar voren``."""
    for k, token in enumerate(tokens):
        if token.lower_ in ("komt", "kwam", "kwamen", "komen"):
            for j in range(k + 1, min(k + 5, len(tokens) - 1)):
                if tokens[j].lower_ == "naar" and tokens[j + 1].lower_ == "voren":
                    return k, j + 1
    return None, None


def _om_follows_the_call(tokens: list[Any], separable: dict) -> bool:
    """``pleit ervoor om``, ``verzoeken om``, ``roept iedereen op om``: a call's ``om`` follows the
    verb, its ``ervoor`` or its particle, not a phrase of its own (``pleit voor bufferzones om``).
    ``tokens`` run from the verb to the infinitive's ``te``; a call without ``om`` asks it too
    (``roept iedereen op binnen te blijven``)."""
    verb = tokens[0]
    om = next((k for k, t in enumerate(tokens) if t.lower_ == "om"), None)
    if om is None:
        return True
    own = {particle for _, particle in separable.get(verb.lower_, ())}
    before = tokens[om - 1].lower_
    return om == 1 or before in ("ervoor", "erom", "erop") or before in own


def _outside_insertion(between: list[Any]) -> list[Any]:
    """The words between a cue and its ``dat`` but an insertion between commas without a verb
    (``verwacht, net als Sandee, dat``)."""
    if len(between) > 2 and between[0].text == "," and between[-1].text == ",":
        inner = between[1:-1]
        if not any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in inner):
            return []
    return between


def _from_dat(tokens: list[Any], adverbs: bool = True) -> list[Any]:
    """The words from a reported clause's ``dat`` on, past fillers (and adverbs) between the cue
    and it (``blijkt nu dat``, ``staat er onder meer dat``); unchanged when another word comes
    first."""
    while (
        tokens
        and tokens[0].lower_ != "dat"
        and (tokens[0].lower_ in FILLERS or adverbs and tokens[0].pos_ == "ADV")
    ):
        tokens = tokens[1:]
    return tokens


def _captioned(text: str, quote: _Quote, mentions: list[_Mention]) -> dict[str, Any] | None:
    """``'Ik schrik ervan' Max de Blank (22) Student in …``: a quote followed by a name and an age
    is a vox pop's pull quote, spoken by the person it captions."""
    after = CAPTION.match(text, quote.end)
    if after is None:
        return None
    mention = _mention_at(mentions, after.end())
    if mention is None or mention.type != "person" or mention.start != after.end():
        return None
    return _speaker(mention) if CAPTION_AGE.match(text, mention.end) else None


def _attribution_end(text: str, quote: _Quote) -> int:
    """Where the attribution after a quote (``,,…'', zegt X, die …``) ends: its sentence end."""
    after = text[quote.end : quote.end + 4].lstrip("'’”\"» ")
    if not (text[quote.end - 1 : quote.end] == "," or after.startswith(",")):
        return quote.end
    found = SENTENCE_END.search(text, quote.end)
    return found.end() if found else len(text)


def _main_subjects(doc: Doc, mentions: list[_Mention]) -> dict[int, int]:
    """Start of each mention that is the subject of its sentence's main verb (not of a
    subordinate clause, not inside an object or a prepositional phrase) → the end of its sentence."""
    found = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in span if span is not None else ():
            while token.dep_ in ("flat:name", "appos", "flat") and token.head is not token:
                token = token.head
            if token.dep_.startswith("nsubj") and token.head.dep_ == "ROOT":
                found[mention.start] = token.sent.end_char
                break
    return found


def _resolve_pronouns(
    text: str,
    quotes: list[_Quote],
    mentions: list[_Mention],
    main_subjects: dict[int, int],
    phrased: set[int],
) -> None:
    """``hij``/``zij`` → the last person named outside the words of others: a person named inside a
    quote (``Volgens X doet de minister niks. Hij vindt …``, ``,,Ik belde Piet'', zegt hij``) or in
    its attribution (``zegt X, die op Y stemde``) is what somebody said or a side remark, while the
    source of that quote stays the one the story follows; so such a mention stands for the quote's
    speaker when that is a person, and a mention inside the quote being attributed is skipped
    unless it opens reported speech as its subject (``X is blij, laat hij weten``). A person named
    in an object, a prepositional phrase or a subordinate clause gives way to the main subject of
    the same sentence (``X noemt de woorden van Y onzin. Volgens hem …``: X), and one named in a
    prepositional phrase (``phrased``) to one named before it outside such a phrase. Quotes go in
    document order, so earlier speakers are final."""
    types = {m.entity_id: m.type for m in mentions}
    persons = [m for m in mentions if m.type == "person"]
    genders = {m.entity_id: _gender(m.name, m.roles) for m in persons}  # once per person
    attributions = [(q, _attribution_end(text, q)) for q in quotes if q.kind != "indirect"]
    for quote in quotes:
        if not quote.speaker or not quote.speaker.get("pronoun"):
            continue  # (a speaker dict can be shared by quotes: copy, do not pop)
        marker = {k: v for k, v in quote.speaker.items() if k not in ("pronoun", "fronted")}
        limit = quote.speaker.get("fronted", marker["start"])  # not into the phrase before its verb
        quote.speaker = marker
        wanted = PRONOUN_GENDERS.get(text[marker["start"] : marker["end"]].lower())
        for mention in reversed(persons):
            if mention.start >= limit or genders[mention.entity_id] not in (None, wanted):
                continue
            if mention.start not in main_subjects:
                if _beside_the_pronoun(text, mention, wanted):
                    continue  # ``Of hij de hand van de minister aanneemt? Hij …``: hij goes on
                # the same sentence, also where the parser missed a sentence break (``. ``)
                mention = next(
                    (
                        m
                        for m in reversed(persons)
                        if m.start < mention.start < main_subjects.get(m.start, -1)
                        and genders[m.entity_id] in (None, wanted)
                        and ". " not in text[m.end : mention.start]
                    ),
                    mention,
                )
            if mention.start in phrased:
                # ``X, werkzaam bij het bureau van Y, …``: a name in a prepositional phrase gives
                # way to one named before it in the same sentence outside such a phrase
                mention = next(
                    (
                        m
                        for m in persons
                        if m.start < mention.start
                        and m.start not in phrased
                        and genders[m.entity_id] in (None, wanted)
                        and not SENTENCE_END.search(text, m.end, mention.start)
                    ),
                    mention,
                )
            host = next((q for q in quotes if q.start <= mention.start < q.end), None)
            if host is quote:
                opening = len(text[quote.start : mention.start].split()) <= 1
                subject = text[marker["start"] : marker["end"]].lower() in SUBJECT_PRONOUNS
                if quote.kind == "indirect" and opening and subject:
                    # ``X is blij, laat hij weten``: X; never ``X heeft volgens hem …``, where the
                    # object pronoun cannot be the subject of its own clause
                    quote.speaker = {**marker, "entity_id": mention.entity_id, "name": mention.name}
                    break
                continue
            host = host or next(
                (q for q, end in attributions if q.end <= mention.start < end), None
            )
            inside = host is not None and host.start <= marker["start"] < host.end
            source = host.speaker if host is not None and not inside else None
            if (
                source
                and source.get("entity_id")
                and types.get(source["entity_id"]) == "person"
                and genders[source["entity_id"]] in (None, wanted)
            ):
                referent = {k: source[k] for k in ("entity_id", "name")}
            else:
                referent = {"entity_id": mention.entity_id, "name": mention.name}
            quote.speaker = {**marker, **referent}
            break
        else:
            if genders.get(marker.get("entity_id")) not in (None, wanted):
                quote.speaker = None  # ``Trump … Ze zei``: nobody named fits the pronoun


def _beside_the_pronoun(text: str, mention: _Mention, wanted: str | None) -> bool:
    """Whether the sentence of a person named outside its subject has ``hij`` (``zij`` for a
    woman) before the name: that pronoun is the subject the story follows, so a later pronoun
    continues it rather than turning to the person in the object."""
    start = max(text.rfind(". ", 0, mention.start), text.rfind("? ", 0, mention.start)) + 1
    pronoun = HE if wanted == "m" else SHE if wanted == "f" else None
    return pronoun is not None and pronoun.search(text, start, mention.start) is not None


def _gender(name: str, roles: tuple[str, ...] = ()) -> str | None:
    """``f``/``m`` from a person's first name when it is known to be one gender's (``Anne de
    Vries``), else from a gendered noun written before or beside the name (``de zakenman Marian
    X``), also for a public figure named by surname (``Trump``: Donald); None for a surname alone
    or a name given to both (``Kim``)."""
    parts = (public_figures().full_name(name) or name).split()
    known = lexicon().gender(parts[0]) if len(parts) > 1 else None
    if known is not None:
        return known
    found = {
        gender
        for role in roles
        for gender, words in GENDERED_NOUNS.items()
        if role.endswith(words)  # the word itself or a compound ending in it
    }
    return found.pop() if len(found) == 1 else None


def _noun_gender(lower: str) -> str | None:
    """``f`` for ``het meisje``, ``de vrouw``; ``m`` for ``de jongen``, ``de man``; else None."""
    return next((gender for gender, words in GENDERED_NOUNS.items() if lower in words), None)


def _resolve_plurals(doc: Doc, quotes: list[_Quote], mentions: list[_Mention]) -> None:
    """Plural ``zij``/``hen``: the source of the quote before, when that is an organisation or a
    group (not a person, and not a source-less ``volgens schattingen``), else the nearer of the last
    organisation and the last plural noun for people (``de chauffeurs``)."""
    types = {m.entity_id: m.type for m in mentions}
    for index, quote in enumerate(quotes):
        marker = quote.speaker
        if not marker or not marker.get("plural"):
            continue
        quote.speaker = None
        subject = _plural_subject_before(doc, marker["start"], mentions)
        if subject is not None:
            quote.speaker = {**subject, "start": marker["start"], "end": marker["end"]}
            continue
        earlier = [q for q in quotes[:index] if q.speaker and q.end <= marker["start"]]
        source = earlier[-1].speaker if earlier else None
        if (
            source is not None
            and source.get("name")
            and types.get(source.get("entity_id")) != "person"
            and marker["start"] - earlier[-1].end < 2 * FLOATING_REACH
        ):
            quote.speaker = {**source, "start": marker["start"], "end": marker["end"]}
            continue
        organisation = next(
            (
                m
                for m in reversed(mentions)
                if m.start < marker["start"] and m.type == "organization"
            ),
            None,
        )
        group = _group_noun_before(doc, marker["start"])
        if group is not None and (organisation is None or group.idx > organisation.start):
            quote.speaker = {**_plain([group]), "start": marker["start"], "end": marker["end"]}
        elif organisation is not None:
            quote.speaker = {
                **_speaker(organisation),
                "start": marker["start"],
                "end": marker["end"],
            }


def _plural_subject_before(doc: Doc, char: int, mentions: list[_Mention]) -> dict[str, Any] | None:
    """``X en Y, die …, toonden zich geschrokken. Ze adviseerden …``, ``Deskundigen betwijfelen het.
    Zij denken …``: a plural pronoun that opens its sentence goes on with the plural subject of the
    sentence before: names joined together (the first speaks) or a noun for a group."""
    pronoun = doc.char_span(char, char + 1, alignment_mode="expand")[0]
    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.i - sentence.start > 1:
        return None
    previous = doc[sentence.start - 1].sent
    subject = next((t for t in previous if t.dep_ == "nsubj" and t.head == previous.root), None)
    if subject is None:
        return None
    mention = _mention_at(mentions, subject.idx)
    if mention is not None:
        coordinated = any(child.dep_ == "conj" for child in subject.children)
        return _speaker(mention) if coordinated else None
    finite = next((c for c in subject.head.children if c.dep_ == "aux"), subject.head)
    plural = "Plur" in subject.morph.get("Number") or _plural(finite)  # ``Deskundigen`` read ADJ
    return _plain([subject]) if plural and _group_noun(subject.lower_) else None


def _group_noun_before(doc: Doc, char: int) -> Any:
    """The last plural noun that can speak (``chauffeurs``, ``bewoners``, ``partijen``) shortly
    before ``char``."""
    for token in reversed(doc[:]):
        if token.idx >= char:
            continue
        if char - token.idx > FLOATING_REACH:
            return None
        if (
            token.pos_ == "NOUN"
            and token.is_lower
            and "Plur" in token.morph.get("Number")
            and _group_noun(token.lower_)
        ):
            return token
    return None


def _predicate_verb(token: Any) -> bool:
    """``Jan beloofde gisteren …`` with ``beloofde`` tagged an adjective: a clause's head with a
    subject and no copula is its verb (``Jan is bekend`` has the copula)."""
    children = [c.dep_ for c in token.children]
    return (
        token.pos_ == "ADJ"
        and token.dep_ == "ROOT"
        and "nsubj" in children
        and "cop" not in children
    )


def _particle_follows(verb: Any, particle: str) -> bool:
    """``voegde hij eraan toe.``, ``gaf aan dat``, ``liet via X weten:``; not ``stelde … voor de deur``:
    the particle closes the verb's clause, so what follows it is punctuation, a new clause, a
    te-infinitive or who was told (``liet hij weten aan de krant``)."""
    doc = verb.doc
    end = verb.sent.end if verb.sent is not None else len(doc)
    for i in range(verb.i + 1, min(end, verb.i + 16)):
        word = doc[i].lower_
        if word in (",", ";", ":", "dat") or doc[i].is_quote:
            return False
        if word == particle or word in (f"er{particle}", f"daar{particle}"):
            following = doc[i + 1] if i + 1 < end else None
            return (
                following is None
                or following.is_punct
                or following.lower_ in CLAUSE_OPENERS | ADDRESSEE
                or _te_clause(doc[i + 1 : end])
                or _medium_phrase(doc[i + 1 : min(end, i + 6)])
            )
    return False


def _medium_phrase(tokens: Span) -> bool:
    """``blikt hij terug in een interview``, ``liet hij weten in een verklaring``: where it was
    said may follow the particle."""
    if len(tokens) < 2 or tokens[0].lower_ not in ("in", "op", "tijdens", "via"):
        return False
    for token in tokens[1:]:
        if token.is_punct:
            return False
        if token.lower_ in SAID_IN:
            return True
    return False


def _te_clause(tokens: Span) -> bool:
    """``gaf aan een klacht te zullen indienen``: a te-infinitive closes the clause (not ``om … te``)."""
    for k, token in enumerate(tokens[:-1]):
        if token.is_punct or token.lower_ in ("om", "dat"):
            return False
        if token.lower_ == "te" and tokens[k + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def _phrase_head(token: Any) -> Any:
    """``de vijf gekozen statenleden``: when numbers, adjectives or participles follow the first
    noun-like word, the noun after them is the head (Dutch puts it last); so too after a strong
    participle or an inflected adjective the tagger read as a noun (``betrokken ouders``)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        following is not None
        and following.pos_ == "NOUN"
        and STRONG_PARTICIPLE.fullmatch(token.lower_)
    ):
        return following
    if (
        following is not None
        and token.lower_.endswith("e")
        and token.lower_ not in PERSON_NOUNS
        and following.is_alpha
        and following.is_lower
        and not following.is_stop
        and any(_group_noun(following.lower_ + ending) for ending in ("", "s", "en"))
    ):
        return following  # ``een hooggeplaatste ambtenaar``: an inflected adjective before a noun
        # for a person, however the tagger read the two
    skipped = False
    for following in token.doc[token.i + 1 : token.i + 5]:
        if following.pos_ in ("ADJ", "NUM") or (
            following.pos_ == "VERB" and "Fin" not in following.morph.get("VerbForm")
        ):
            skipped = True
            continue
        if skipped and following.pos_ in ("NOUN", "PROPN"):
            if following.lower_ in TIME_HEADS or following.lower_ in TIME_WORDS:
                break  # ``deze krant vorige week``: a time adverbial after the noun
            return following
        break
    return token


def _nominalised(token: Any) -> bool:
    """``de verdachte``, ``de 64-jarige``: an adjective or participle used as a noun (an article
    before it, no noun after it, or a plural in -den/-nen), whatever the tagger made of it."""
    doc = token.doc
    if _participle_noun(token):
        return True  # ``veel gedupeerden``, ``de betrokkenen``: a plural only a noun can have
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    attributive = (  # ``een goed ingevoerde crimineel``: a participle before the noun
        following is not None
        and "Part" in following.morph.get("VerbForm")
        and after is not None
        and after.pos_ in ("NOUN", "PROPN", "ADJ", "X")
    )
    nounless = following is None or not (
        following.pos_ in ("NOUN", "PROPN", "ADJ", "X") or attributive
    )
    if PLURAL_ADJECTIVE_NOUN.fullmatch(token.lower_) and token.pos_ not in ("VERB", "AUX"):
        return nounless  # ``Deskundigen stellen``, ``meer deskundigen``: no article needed
    if not token.i or doc[token.i - 1].lower_ not in ARTICLES | DEFINITE:
        return False
    return nounless


def _before_verb_after_article(token: Any, verb: Any) -> bool:
    """``De verdachte ontkent``: a word between an article and the speech verb is the subject's
    noun, whatever the tagger read (here a verb, and the verb a noun)."""
    return (
        verb is not None
        and token.i + 1 == verb.i
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ARTICLES | DEFINITE
    )


def _titled_person(tokens: list[Any], title: Any, mentions: list[_Mention]) -> int:
    """After a title, its portfolio and the person who holds it (``minister voor Medische Zorg
    X``): the index just past that person's first token, or 0 when no person follows within a
    few words of the same clause."""
    if not _person_noun(title.lower_):
        return 0
    for k, token in enumerate(tokens[:6]):
        if token.is_punct or token.is_quote:
            return 0
        mention = _mention_at(mentions, token.idx)
        if mention is not None and mention.type == "person" and mention.start == token.idx:
            return k + 1
    return 0


def _participle_noun(token: Any) -> bool:
    """``de betrokkenen``, ``veel gedupeerden``: a participle with a plural noun ending after a
    determiner, not a past tense that looks the same (``het Bureau verdienden``, ``gebeurden``)."""
    previous = token.doc[token.i - 1] if token.i else None
    return (
        bool(NOMINALISED_PARTICIPLE.fullmatch(token.lower_))
        and previous is not None
        and (previous.pos_ == "DET" or previous.lower_ in ARTICLES | DEFINITE)
    )


def _wordlike(token: Any) -> bool:
    return any(c.isalpha() for c in token.text) and not token.is_punct


def _name_word(token: Any) -> bool:
    """A word of a name: a proper noun where the pipeline tags, else a capitalised non-stopword;
    never a determiner (``De``) or a nationality adjective (``Nederlandse``), even one the tagger
    calls a proper noun (``een Indiase regeringsfunctionaris``)."""
    if not token.text[:1].isupper() or token.lower_ in DETERMINERS:
        return False
    if token.doc.has_annotation("POS"):
        named = token.pos_ == "PROPN" or (token.text.isupper() and token.is_alpha)  # B en W, OM
    else:
        named = (
            _wordlike(token)
            and not token.is_stop
            and not token.like_num
            and not ADJECTIVE.search(token.text)
        )
    return named and not _nationality_adjective(token)


def _nationality_adjective(token: Any) -> bool:
    """``Indiase``, ``Duitse``: whatever the tagger says, it describes the noun after it."""
    return token.lower_.endswith("e") and places().is_demonym(token.text)


def _bare_name(token: Any) -> bool:
    """A capitalised word that modifies no noun after it (not ``Amerikaanse persbureaus``)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.text[:1].isupper()
        and token.pos_ != "ADJ"
        and not (following is not None and following.pos_ == "NOUN" and following.is_lower)
    )


def _capitalised_run(tokens: list[Any]) -> list[Any] | None:
    """``Ton Nabben``, ``Machiel van der Kuijl``, ``B en W``: the first run of name words."""
    run: list[Any] = []
    for token in tokens:
        if _name_word(token) or run and token.lower_ in NAME_PARTICLES or _name_article(token):
            run.append(token)
        elif run:
            break
    while run and run[-1].lower_ in NAME_PARTICLES:
        run.pop()
    if len(run) == 1 and run[0].i + 1 < len(run[0].doc):
        following = run[0].doc[run[0].i + 1]
        if following.pos_ == "NOUN" and following.is_lower and not run[0].is_upper:
            run.append(following)  # de Nationale ombudsman; not ``volgens de AKP ongeregeldheden``
    if run and run[0].i and run[0].doc[run[0].i - 1].lower_ in INSTITUTION_NOUNS:
        run.insert(0, run[0].doc[run[0].i - 1])  # de politie Drenthe, de gemeente Dongen
    return run or None


def _role_holder(token: Any, named: bool = False) -> Any:
    """The person noun that an institution (``named``: an organisation record) after ``van``
    belongs to (``een wethouder van de gemeente X``): a role, not a spokesperson (``een woordvoerder
    van de politie X`` speaks for it)."""
    if not named and token.lower_ not in INSTITUTION_NOUNS:
        return None
    return _person_before_van(token)


def _person_before_van(token: Any) -> Any:
    """``advocaat`` in ``advocaat van (de) X``: a person noun, not a spokesperson; else None."""
    head = _noun_before_van(token)
    if (
        head is not None
        and head.is_lower
        and _person_noun(head.lower_)
        and not head.lower_.endswith(SPOKESPERSON_HEADS)
    ):
        return head
    return None


def _noun_before_van(token: Any) -> Any:
    """``wethouder`` in ``wethouder van (de) X``, where ``token`` is X; else None."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    if i < 1 or doc[i].lower_ != "van":
        return None
    return doc[i - 1]


def _name_article(token: Any) -> bool:
    """``Dagblad Het Volk``, ``krant De Telegraaf``: an article capitalised inside a sentence
    belongs to the name after it."""
    doc = token.doc
    return (
        token.text in ("De", "Het")
        and not token.is_sent_start
        and token.i + 1 < len(doc)
        and _name_word(doc[token.i + 1])
    )


def _surname(tokens: list[Any], mentions: list[_Mention]) -> dict[str, Any] | None:
    """``De Jonge`` after ``Hugo de Jonge``: a capitalised name the recogniser missed that ends the
    name of a person mentioned before."""
    if not tokens[0].text[:1].isupper():
        return None
    written = "".join(t.text_with_ws for t in tokens).strip().casefold()
    for mention in reversed(mentions):
        if (
            mention.type == "person"
            and mention.start < tokens[0].idx
            and mention.name.casefold().endswith(f" {written}")
        ):
            return _speaker(mention, tokens[0])
    return None


def _plain(tokens: list[Any]) -> dict[str, Any]:
    """A speaker that is not an entity record: its words as written."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    name = "".join(t.text_with_ws for t in tokens).strip()
    return {"entity_id": None, "name": name, "start": start, "end": end}


def _modifier(doc: Doc, token: Any, mention: _Mention) -> bool:
    """A name that only modifies: in a compound (``SP-fractievoorzitter``) or after a preposition
    (``via Facebook``); it is not who speaks."""
    inside = mention.end - token.idx
    compound = 0 <= inside < len(token) and token.text[inside] == "-"
    first = token
    while first.i and doc[first.i - 1].idx >= mention.start:
        first = doc[first.i - 1]
    return (
        compound
        or _after_preposition(first)
        or _owner_of_noun(first)
        or (_genitive(token) and not mention.name.endswith(token.text))  # not ``Koolmees zei``
        or (mention.type == "person" and _relative_of(first))
    )


def _compound_head(token: Any, mention: _Mention) -> str:
    """The head after the hyphen of a compound the mention opens (``ANWB-woordvoerder`` →
    ``woordvoerder``), lower case; empty when the mention is not such a compound's first part."""
    inside = mention.end - token.idx
    return token.text[inside + 1 :].lower() if 0 <= inside < len(token) else ""


def _voice_of(token: Any, mention: _Mention) -> bool:
    """``X-bestuur``, ``X-top``: the compound's head after the name governs the organisation and
    speaks for it."""
    return _compound_head(token, mention) in ORGANISATION_VOICES


def _spokesperson_of(token: Any, mention: _Mention) -> bool:
    """``ANWB-woordvoerder``, ``NS-directeur``: the compound's head speaks or leads for the
    organisation named before it."""
    head = _compound_head(token, mention)
    return head in SPOKESPERSONS or head in LEADERS


def _owner_of_noun(token: Any) -> bool:
    """``leden van de Jehovah-gemeenschap``: a name after ``van`` belongs to the noun before it, which
    speaks; a role, medium or speech noun (``een woordvoerder van X``, ``de reactie van X``) does not,
    but a former member does (``een oud-medewerker van X``)."""
    if not token.text[:1].isupper():
        return False
    head = _noun_before_van(token)
    if head is not None and head.lower_.startswith(FORMER):
        return True  # ``een oud-medewerker van X``: who left X no longer speaks for it
    return (
        head is not None
        and head.is_alpha
        and head.is_lower
        and not is_role(head.text)
        and head.lower_ not in OWNED_SOURCES | SPOKESPERSONS | SPEECH_NOUNS | STOP_WORDS
        and head.lower_ not in PARTY_FAMILIES  # ``de liberalen van X`` are X
        and head.lower_ not in INSTITUTION_NOUNS  # ``het ministerie van X`` is X
        and not head.lower_.endswith(GOVERNING_BODIES)  # ``het hoofdbestuur van X`` speaks for X
        and not head.lower_.endswith(PERSON_HEADS)
    )


def _genitive(token: Any) -> bool:
    """``Ruttes kiezers``, ``Kamps aanhangers``, ``Trumps Noord-Koreagezant``: a name in the
    genitive owns the noun after it, which speaks."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.text[:1].isupper()
        and token.text.endswith(("s", "'", "’"))
        and following is not None
        and (
            following.text.rpartition("-")[2].islower()  # ``Ruttes VVD-collega``
            or is_role(following.text)
        )
        and following.pos_ in ("NOUN", "PROPN")  # a lower-case PROPN is a noun mistagged
    )


def _relative_of(token: Any) -> bool:
    """``de advocaat van X``, ``een vriend van X``: a person named after a person noun and ``van``
    is who that person belongs to, not who speaks (a spokesperson does speak for X)."""
    if token.i and token.doc[token.i - 1].is_lower and _person_noun(token.doc[token.i - 1].lower_):
        token = token.doc[token.i - 1]  # ``de advocaat van slachtoffer X``: X's title between
    return _person_before_van(token) is not None


def _after_preposition(token: Any) -> bool:
    previous = token.doc[token.i - 1] if token.i else None
    return (
        previous is not None
        and (previous.pos_ == "ADP" or previous.lower_ in PREPOSITIONS)
        and previous.lower_ not in ("volgens", "van", "door")
        and not (  # ``Uit onderzoek blijkt …``: the evidence is the source
            previous.lower_ == "uit" and any(t.lower_ in EVIDENCE_VERBS for t in token.sent)
        )
    )


def _missed_surnames(text: str, name: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the recogniser missed the surname of a person it found (``Kees van der Staaij`` …
    ``Van der Staaij reageerde``): news refers back to people by surname; and where it missed
    the full name of one it found only by surname (``woordvoerder Ad Vonk`` … ``Vonk``)."""
    words = name.split()
    found = []
    if len(words) == 1:  # found by surname only: a first name before it is the same person
        for match in re.finditer(rf"\b[A-Z][a-z]+ {re.escape(name)}(?!\w)", text):
            first = match.group().split()[0].lower()
            if first not in STOP_WORDS and not any(
                s < match.end() and match.start() < e for s, e in taken
            ):  # not ``Dat Vonk …`` at a sentence start
                found.append(match.span())
        return found
    surname = re.escape(" ".join(words[1:]))
    for match in re.finditer(rf"(?<!\w){surname}(?!\w)", text, flags=re.IGNORECASE):
        if not match.group().endswith(words[-1]):
            continue  # particles may be capitalised (``Van der Staaij``), the surname is as written
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(match.span())
    return found


def _apposition_noun(doc: Doc, end: int) -> str | None:
    """``Karin Smit, een 24-jarige studente uit Delft, …``: the noun of an apposition after a name
    describes the person, so ``de studente`` refers back to them."""
    comma = doc.char_span(end, end + 1)
    if comma is None or comma.text != "," or comma.end >= len(doc):
        return None
    following = doc[comma.end : comma.end + 5]
    if following[0].lower_ not in ("een", "de", "het"):
        return None
    for token in following[1:]:
        if token.is_punct or not token.is_lower:
            return None
        if token.pos_ == "NOUN":
            return token.lower_
    return None


def _definite(token: Any) -> bool:
    """``de minister``, ``de gewezen vicepremier``: a noun after a definite article and adjectives."""
    i = token.i - 1
    while (
        i > 0
        and token.i - i <= 3
        and (
            token.doc[i].is_lower
            and _adjective(token.doc[i])
            or ADJECTIVE.search(token.doc[i].text)  # ``het Japanse concern``
        )
    ):
        i -= 1
    return i >= 0 and token.doc[i].lower_ in DEFINITE


def _adjective(token: Any) -> bool:
    """``voormalige``; also a participle used as one (``gewezen``, ``afgetreden``)."""
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


def _place_at(doc: Doc, char: int) -> bool:
    """Whether the entity component found a place at ``char``."""
    entities = doc._.get("nieuwsnlp_entities") if Doc.has_extension("nieuwsnlp_entities") else None
    return any(
        start <= char < end
        for entity in entities or ()
        if entity["type"] == "place"
        for start, end in entity["mentions"]
    )


def _mention_at(mentions: list[_Mention], char: int) -> _Mention | None:
    for mention in mentions:
        if mention.start <= char < mention.end:
            return mention
    return None


def _coordinated(doc: Doc, found: list[_Mention]) -> bool:
    """``volgens WomenInc en Loonwijzer``: two named sources joined by ``en`` or a comma; the first
    speaks (guidelines), whatever their types."""
    distinct = [m for k, m in enumerate(found) if m not in found[:k]]
    if len(distinct) < 2:
        return False
    between = doc.text[distinct[0].end : distinct[1].start].strip()
    return between in ("en", ",", "of")


def _speaker(mention: _Mention, token: Any = None) -> dict[str, Any]:
    start, end = (
        (token.idx, token.idx + len(token)) if token is not None else (mention.start, mention.end)
    )
    return {"entity_id": mention.entity_id, "name": mention.name, "start": start, "end": end}
