"""People, organisations and places: one record per real-world entity per article.

The component reads the pipeline's entity spans (labels mapped by ``labels.entity_type``; MISC and
other unmapped labels are candidates too), types every name by cues that hold whatever NER runs, adds
places and organisations the gazetteers know but the NER missed, merges the mentions of one entity,
reads roles from titles and appositions, and links places to GeoNames. It writes plain dicts with
character offsets to ``doc._.nieuwsnlp_entities``.

Typing, strongest cue first: the organisation table; a legal name opening with a bare class noun
(``Stichting X``, ``Partij van het X``); a law, vote, event or ideology named by its compound head
(``Klimaatwet``, ``Chavismo``) or a compound with a common-noun head (``SGP-top``), a sentence
opener, a family, model, title or sports-event word around the name (``de familie X``, ``737 Max``,
``de Netflixserie X``, ``X Open``; the cue also holds at the name's later bare mentions), a name of
God, a web address; a cabinet number (no entity); a ``Mount``/``Kaap``/``Hotel`` prefix, a water or
landscape head (``Hollands Diep``), a street, station or tower name or a ``Republiek`` (a place); a
nationality or inhabitant word, or a subheading glued to its paragraph (no entity); an acronym
(never a person; a country's is a place); a first name, a role or kinship word, an age or a
lower-case particle inside the name (a person); a class noun in close apposition before or after the
name (``de partij Nieuw Goes``, ``het dorpje X``, ``Jongerenbeweging Exxpose``, ``X, het consortium
van``); an unknown name after ``<person> van`` or ``topman van`` (an organisation); an ORG label
on an unknown name ending in a plural noun without a class noun (``Holocaustslachtoffers``: none);
then the NER label, checked against the gazetteers (an ORG label on a village after ``in`` is the place, a place
label on a town that is also a word is trusted, a place's adjective ``Haags`` is none) and against
what the rest of the article says about the same name; a PER label on a name without a first name
that has an organisation head, an English article (a title), a slash or only long everyday words is
not trusted, nor a "person" only ever written as one everyday word. Capitalised words ending in an
institute, hospital, school, university, club or newspaper head are one organisation, whatever the
NER cut, with a known town after the head (``Christelijk Lyceum Zwolle``). A first name takes the
surname the NER typed otherwise, also inside an organisation's span; known towns after a full name
are a letter's signature, not part of it. Spans are cut at a full stop and before a counted noun,
and lose an inhabitant noun before the name (``de Utrechter X``); party members (``CDA'er``) and
office compounds (``VVD-Kamerlid``) name their party; ``de gemeente X`` is the municipal body (so are
``stadsdeel X``, ``het bisdom X``, ``het waterschap X``) unless it follows a locative preposition; a
one-word person, a town or an untyped name listed among organisations only (``Stanford, Georgetown
en UCLA``) is one too; a ministry after its minister (or a wethouder's field) is a portfolio; the
short form of a town named with a preposition (``Alphen``) is that town.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, utils
from rapidfuzz.distance import Levenshtein
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nieuwsnlp.gazetteer import (
    AREA_KINDS,
    COMPASS,
    DISTRICT,
    key,
    lexicon,
    organizations,
    places,
    public_figures,
)
from nieuwsnlp.labels import ID_PREFIXES, entity_type
from nieuwsnlp.numbers import MONTHS

EXTENSION = "nieuwsnlp_entities"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

#: Titles and functions written before or after a name (``minister Wiebes``, ``Jan, de burgemeester``).
ROLE_WORDS = frozenset(
    """minister premier president staatssecretaris burgemeester wethouder gouverneur commissaris
    koning koningin prins prinses kroonprins paus bisschop kardinaal imam rabbijn dominee pastoor
    ambassadeur consul gezant kamerlid europarlementariër senator raadslid gedeputeerde
    fractievoorzitter partijleider lijsttrekker partijvoorzitter voorzitter vicevoorzitter
    secretaris-generaal directeur topman topvrouw bestuurder ceo cfo oprichter eigenaar baas chef
    leider woordvoerder woordvoerster advocaat advocate officier rechter aanklager politiechef
    hoofdcommissaris generaal commandant luitenant kolonel majoor kapitein admiraal trainer coach
    bondscoach aanvoerder spits keeper doelman middenvelder verdediger renner schaatser zwemmer
    wielrenner atleet hoogleraar professor onderzoeker onderzoekster wetenschapper econoom analist
    deskundige expert historicus dokter arts chirurg zanger zangeres acteur actrice schrijver
    schrijfster regisseur journalist correspondent presentator presentatrice ombudsman kanselier
    dictator vicepremier verdachte docent leraar lerares leerkracht columnist columniste
    verslaggever fotograaf kunstenaar kunstenares architect filosoof dichter componist
    dirigent""".split()  # noqa: SIM905 (a word list reads best as text)
)
#: Heads of compound role words: ``bondspresident``, ``politiewoordvoerder``, ``Navo-chef``.
ROLE_HEADS = (
    "chef", "baas", "leider", "voorzitter", "president", "premier", "minister", "topman", "directeur",
    "woordvoerder", "woordvoerster", "trainer", "coach", "commissaris", "secretaris", "wethouder",
    "burgemeester", "advocaat", "expert", "deskundige", "onderzoeker", "hoogleraar", "correspondent",
    "journalist", "ambassadeur", "commandant", "eigenaar", "oprichter", "kamerlid", "raadslid",
    "gezant",  # VN-gezant, Syrië-gezant
    "lijsttrekker", "verkoper",  # Forumlijsttrekker, Mazdaverkoper
    "aanvoerder", "aanvoerster", "voorman", "voorvrouw", "topvrouw", "leidster", "voorzitster",
    "directrice",  # BIJ1-aanvoerster, Forumvoorman
    "oloog",  # politicoloog, socioloog, criminoloog, viroloog: the -loog professions
)  # fmt: skip
LEADER_HEADS = frozenset({"chef", "baas", "leider", "topman", "voorman", "topvrouw"})
#: Adjectives between a title and the name or another title (``oud-minister en [toekomstig]
#: senator X``, ``[waarnemend] burgemeester Y``).
ROLE_ADJECTIVES = frozenset(
    """oud voormalig voormalige huidige nieuwe toenmalig toenmalige kersverse toekomstig toekomstige
    waarnemend waarnemende demissionair demissionaire scheidend scheidende beoogd beoogde""".split()  # noqa: SIM905
)
#: Prefixes of a role, written lower case but at a sentence start (``Oud-directeur``).
ROLE_PREFIXES = frozenset({"oud", "ex", "vice", "co", "mede", "interim", "adjunct"})
#: Class nouns before a place name and the kinds of place they name: ``de provincie Groningen``.
PLACE_CLASS_KINDS = {
    "provincie": ("province",),
    "staat": ("state",),
    "deelstaat": ("state", "province"),
    "stad": ("city",),
    "gemeente": ("municipality", "city"),
    "eiland": ("island",),
    "regio": ("region",),
    "land": ("country",),
}
#: Endings of fields of study and work, which the tagger can take for verbs (``strafrecht``).
FIELD_END = re.compile(r"(?:recht|kunde|logie|schap|kunst|ica|ie|iek|leer)$")
#: Words that open a relative clause after a name: ``X, die …`` says something of X, not what X is.
RELATIVES = frozenset({"die", "dat", "wie", "wat", "waar", "welke", "wiens", "wier"})
#: Endings of nouns for what somebody does: ``kweker``, ``chauffeur``, ``curator``, ``cartoonist``,
#: ``politicoloog``, ``zakenman``, ``golfster``, ``student``: before a name, a title.
OCCUPATION_END = re.compile(
    r"(?:[^aeiou]er|eur|tor|ist|ant|ent|oog|icus|ier|ière|man|vrouw|ster|aar|trice)$"
)
#: Occupations and positions without those endings (also as compound heads: ``huisarts``,
#: ``oppositiekandidaat``, ``wereldkampioen``).
OCCUPATIONS = (
    "hoofd", "komiek", "profeet", "arts", "diplomaat", "kandidaat", "soldaat", "piloot", "kok",
    "notaris", "therapeut", "monnik", "abt", "tolk", "gids", "model", "dj", "tenor", "sopraan",
    "choreograaf", "staatshoofd", "militair", "sergeant", "promovendus", "leerling", "international",
    "judoka", "kampioen", "jockey", "scout", "artiest", "musicus", "influencer", "vlogger",
    "youtuber", "stewardess", "verpleegkundige", "fotograaf", "biograaf", "cineast", "prof", "boer",
)  # fmt: skip
#: Nouns with those endings that say who somebody is to others, or what befell them, not what they
#: do: ``zijn broer``, ``buurvrouw``, ``oud-schoolgenoot``, ``misbruikslachtoffer``, ``lezer``.
NOT_OCCUPATIONS = (
    "vader", "moeder", "broer", "zuster", "zoon", "dochter", "oom", "neef", "nicht", "genoot",
    "buurman", "buurvrouw", "partner", "collega", "echtgenoot", "echtgenote", "verloofde",
    "lezer", "lezeres", "kijker", "luisteraar", "bezoeker", "bewoner", "inwoner", "passagier",
    "slachtoffer", "dader", "kiezer", "stemmer", "winnaar", "winnares", "tegenstander", "rivaal",
    "klant", "patiënt", "liefhebber", "meneer", "mevrouw", "heer", "jongen", "meisje", "mens",
    "kind", "vriend", "vriendin", "persoon", "figuur", "ander", "nummer", "water", "winter", "fan",
    "supporter", "moordenaar", "schutter", "overvaller", "inbreker", "asielzoeker", "ouder",
    "opponent", "jaar", "paar", "bezwaar", "gevaar", "restaurant", "krant", "kant", "diamant",
)  # fmt: skip
#: Portfolios named by one everyday word: ``minister Slob van [Onderwijs]``.
PORTFOLIOS = frozenset(
    """onderwijs landbouw defensie justitie financiën volksgezondheid infrastructuur klimaat
    cultuur wonen verkeer zorg milieu natuur asiel migratie jeugd sport economie werk handel
    media wetenschap emancipatie integratie energie mobiliteit""".split()  # noqa: SIM905
)
#: Offices held for a portfolio: ``minister van Financiën``, ``wethouder van Verkeer``.
PORTFOLIO_HOLDERS = ("minister", "ministers", "staatssecretaris", "wethouder", "gedeputeerde")
#: Functions that lead a body rather than a person: ``topman van``, ``bestuursvoorzitter van``.
ORGANIZATION_LEADERS = (*LEADER_HEADS, "directeur", "voorzitter", "oprichter", "ceo")
TITLES = frozenset({"dhr", "mevr", "mr", "dr", "drs", "ir", "prof", "ing", "sir", "st"})
NAME_PARTICLES = frozenset(
    # Henk te Velde, Joris van 't Hoff
    {"van", "de", "der", "den", "te", "ter", "ten", "von", "le", "la", "da", "di", "'t", "’t"}
)
ADJECTIVE_END = re.compile(r"(?:se|sche|ische|ese|aanse|iaanse|ische)$")
INHABITANTS_END = re.compile(r"(?:ers|anen|enen|iërs|ezen)$")
#: ``15-jarige``, ``vijftienjarige``: an age before a name is said of people only.
AGE_BEFORE = re.compile(r"^(?:\d{1,3}-|[a-z]+)jarige$")
#: Web addresses name their site: ``Scientias.nl``, ``Nu.nl``, ``Booking.com``.
WEBSITE = re.compile(r"\w\.(?:nl|be|com|org|net|eu|de|fr|co\.uk)$", re.IGNORECASE)
#: Dutch names of streets, works and neighbourhoods: ``Sparrenweg``, ``Burgemeester Weertsstraat``,
#: ``Piet Heintunnel``, ``Stadionbuurt``, ``Amstelstation``, ``Twentekanaal``; ``Downing Street``.
STREET_END = re.compile(
    r"(?:straat|laan|plein|gracht|kade|singel|steeg|dreef|markt|tunnel|brug|buurt|station|kanaal"
    r"|toren|street|square|avenue)$"
)
#: Street and building heads written as a word of their own after a name (``Grote Markt``,
#: ``Downing Street``), where a person's (``Antoinette Laan``) or a court's (``Europees Hof``) are not.
PLACE_HEAD_WORDS = frozenset({"markt", "plein", "station", "street", "square", "avenue", "toren"})
#: Street endings that surnames share (``Hordijk``, ``Verhof``): a street only without a person cue.
SURNAME_STREET_END = re.compile(r"(?:weg|dijk|hof)$")
#: Class nouns in close apposition before a name (``de regeringspartij Smer``): heads, as endings.
ORGANIZATION_CLASS = (
    "partij", "alliantie", "beweging", "bedrijf", "concern", "onderneming", "maatschappij",
    "organisatie", "vereniging", "stichting", "bond", "club", "omroep", "zender", "krant", "dagblad",
    "weekblad", "blad", "tijdschrift", "magazine", "keten", "supermarkt", "bank", "verzekeraar", "fabrikant",
    "corporatie",  # woningcorporatie Talis
    "producent", "leverancier", "uitgever", "uitgeverij", "site", "platform", "kanaal", "bureau",
    "kantoor", "fonds", "universiteit", "hogeschool", "ziekenhuis", "instantie", "instelling",
    "inspectie", "toezichthouder", "federatie", "koepel", "denktank", "multinational", "gigant",
    "vervoerder", "retailer", "ploeg", "team", "orkest", "merk", "agentschap", "koor", "ensemble",
    "gezelschap", "collectief", "consortium", "ontwikkelaar", "reus", "school", "waterschap",
    "heemraadschap", "winkel", "firma", "fabriek", "gieterij", "brouwerij", "drukkerij", "rederij",
    "bakkerij", "kwekerij", "verwerker", "handel", "band",
)  # fmt: skip
PLACE_CLASS = (
    "stad", "dorp", "gemeente", "provincie", "regio", "streek", "eiland", "rivier", "wijk", "buurt",
    "deelstaat", "plaats", "vallei", "gebergte", "terrein", "park", "kanton", "district",
    "departement", "graafschap", "prefectuur", "oblast", "bad", "stadion", "gehucht", "café",
    "landgoed", "verblijf", "gebied", "kamp",
)  # fmt: skip
#: Compound heads that make a capitalised first part an organisation: ``Likud-partij``, ``PVV-leider``.
ORGANIZATION_COMPOUND = frozenset(
    """partij fractie leider voorzitter fractievoorzitter partijvoorzitter raadslid kamerlid
    lijsttrekker senator wethouder minister staatssecretaris europarlementariër prominent kopstuk
    congres top directeur topman topvrouw baas chef ceo woordvoerder woordvoerster bestuur bestuurder
    medewerker medewerkers personeel trainer coach speler spelers aanvoerder keeper doelman
    vrijwilligers leden lid kamerleden raadsleden fractieleider partijleider kopstukken kiezers
    stemmers achterban""".split()  # noqa: SIM905
)
#: English class nouns that end an organisation's name: Chinese Passenger Car Association.
ENGLISH_CLASS_NOUNS = (
    "association", "council", "organization", "organisation", "corporation", "company", "agency",
    "federation", "society", "foundation",
)  # fmt: skip
#: Heads that no surname ends in; a PER span with one and no first name is no person.
PER_ORGANIZATION_HEADS = (
    "centrum", "center", "centre", "network", "netwerk", "taskforce", "instituut", "institute",
    "stichting", "vereniging", "federatie", "organisatie", "group", "groep", "museum", "comité",
    "krant", *ENGLISH_CLASS_NOUNS,
)  # fmt: skip
#: The Arabic article inside a surname: ``Omar al-Bashir``, ``Bashar al-Assad``.
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z]")
#: ``VVD'er``, ``CDA’ers``: a member of the party written before the apostrophe.
MEMBER = re.compile(r"^(\w+)['’]ers?$")
#: A province after these is part of the name: ``Provinciale Staten van Zuid-Holland``.
PROVINCIAL_BODY = re.compile(r"\b(?:Provinciale|Gedeputeerde) Staten van $")
#: A place after these names a regional organisation: ``politie Drenthe``, ``GGD Amsterdam``,
#: ``rechtbank Arnhem``.
REGIONAL_HEADS = frozenset(
    {"politie", "brandweer", "veiligheidsregio", "ggd", "omroep", "rtv", "rechtbank", "gerechtshof"}
)
#: Last words of the names of institutes, hospitals, schools, universities, clubs and media: capitalised
#: words that end in one name an organisation (``Nederlands Kankerinstituut``, ``Sky News``).
ORGANIZATION_NAME_HEADS = (
    "instituut", "institute", "ziekenhuis", "universiteit", "university", "hogeschool",
    "academie", "academy", "medisch centrum", "medical center", "club", "network", "research",
    "news", "times", "daily", "journal", "handelsblad", "dagblad", "courant", "krant", "herald",
    "tribune", "gazette", "zeitung", "center", "centre", "college", "lyceum", "gymnasium",
    "school", "museum", "comité", " radio",
    # as words of their own only: Triodos Bank, Partners Group, but a Zandbank or Terreurgroep
    " bank", " group", " groep", " airlines", " airways", " holding",
    *(" " + noun for noun in ENGLISH_CLASS_NOUNS),
)  # fmt: skip
#: Heads that end a name only after another capitalised word (``Nederlandse Sportraad``,
#: ``Oost-Nederlands Symfonieorkest``); alone they are often everyday words (``Verraad``).
QUALIFIED_NAME_HEADS = ("raad", "orkest", "rekenkamer")
#: Heads that a town may follow in a name (``Montessori Lyceum Amsterdam``), unlike ``Sky News``.
ORGANIZATION_HEAD_WORDS = (
    "instituut", "ziekenhuis", "universiteit", "hogeschool", "academie", "college", "lyceum",
    "gymnasium", "school", "museum",
)  # fmt: skip
#: Capitalised words that open a sentence: never a name; after a one-word "name" a subheading.
SENTENCE_OPENERS = frozenset(
    """De Het Een Ook Wel Er Dat Die Dit Deze In Op Bij Na Voor Volgens Hij Zij Ze We Wij Ik Maar
    En Toch Nog Al Zo Om Als Nu Daarna Sinds Tijdens Door Met Uit Over Aan Wat Hoe Waar Wie Daar
    Hier Dan Naast Tegen Zonder Onder Tussen Vanaf Omdat Toen Terwijl Zelfs Bovendien Inmiddels
    Intussen""".split()  # noqa: SIM905
)
DETERMINERS = frozenset({"de", "het", "een", "elke", "iedere", "ieder"})
#: How a ministry's name opens; its portfolio alone (``Onderwijs``) is a mention of it.
MINISTRY = "ministerie van "
#: The type of a gazetteer span of a well-known person: a person that beats the NER's label.
PUBLIC_FIGURE = "public figure"
#: Articles that open a name: ``De Telegraaf``, ``Het Parool``, ``The Guardian``.
NAME_ARTICLES = frozenset({"De", "Het", "The"})
#: What separates the names of a list: ``A, B en C``, ``het A, de B of C``.
LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:en|of))\s+(?:(?:de|het)\s+)?")
#: Words that join two names of one kind: ``Kim en Trump``, ``zowel Rutte als Merkel``.
COORDINATORS = frozenset({"en", "of", "als"})
#: Words between the names of a list: ``Ingrid, Dick en Jos``.
LISTING = frozenset({",", "en", "of"})
#: ``van (de) <Name>`` right after a person: the body they speak for.
AFFILIATION = re.compile(r" van (?:de |het )?[A-Z]")
#: ``<Name> en Kees``, ``<Name>, Kees``: a name listed with another name.
LISTED_WITH_A_NAME = re.compile(r"(?:,| en) [A-Z]")
#: A player's country (and seed) in sports results, which name players by surname alone:
#: ``Tsitsipas (Gri/8) - Mayer (Arg) 6-4``.
RESULT_COUNTRY = re.compile(r" \([A-Z][a-z]{1,2}(?:/\w+)?\)")
#: Local public bodies named after their area: ``de gemeente Enschede``, ``stadsdeel Zuid``,
#: ``het bisdom Haarlem-Amsterdam`` act as bodies, unless a preposition makes them a location.
LOCAL_BODIES = frozenset(
    {"gemeente", "stadsdeel", "bisdom", "waterschap", "hoogheemraadschap", "gebiedscommissie"}
)
#: Prepositions that make ``de gemeente X`` a location rather than the municipal body.
LOCATIVE = frozenset({"in", "uit", "binnen", "buiten", "naar", "rond"})
#: Lower-case heads of compounds named after a person: ``kabinet-Rutte``, ``zaak-Holleeder``.
PERSON_COMPOUND_HEADS = frozenset(
    {"kabinet", "regering", "regime", "bewind", "zaak", "proces", "tijdperk", "presidentschap"}
)
#: Nouns that a municipality's name follows after ``van``: ``burgemeester van X``.
MUNICIPAL_NOUNS = frozenset({"burgemeester", "burgervader", "gemeenteraad", "inwoners"})
#: Prepositions before a site named with an article: ``op de Wadden``, ``aan de Zaan``.
SITE_PREPOSITIONS = LOCATIVE | {"op", "bij", "aan", "langs", "vanuit"}
OPENING_QUOTES = frozenset({",,", "„", "“", '"', "'", "‘"})
CLOSING_QUOTES = frozenset({"''", "”", '"', "'", "’"})
#: The most words of a name in quote marks after its class noun: ``de stichting 'Help Elkaar'``.
QUOTED_NAME_WORDS = 8
#: Words that end an organisation or place name: ``[Hoge Raad] in Thailand``.
NAME_BREAKS = frozenset({"in", "uit", "bij", "te", "naar", "met", "over", "tegen", "sinds"})
#: Class nouns that name a body by its purpose after ``voor``: ``Centrum voor Bevolkingsonderzoek``.
PURPOSE_HEADS = (
    "centrum", "instituut", "raad", "college", "bureau", "stichting", "vereniging", "fonds",
    "commissie", "dienst", "autoriteit", "agentschap", "federatie", "bond", "platform", "comité",
    "genootschap", "academie", "hogeschool", "partij", "beweging", "organisatie", "alliantie",
    "coalitie",
)  # fmt: skip
#: Class nouns that name a body by its members or seat after ``van``: ``Vereniging van
#: Nederlandse Gemeenten``, ``Universiteit van Kaapstad`` (not a ``Raad van Bestuur``).
MEMBERSHIP_HEADS = (
    "vereniging", "federatie", "unie", "bond", "genootschap", "universiteit", "hogeschool",
    "academie", "alliantie", "coalitie",
)  # fmt: skip
#: The shared head after an elided compound: ``West- [en Oost-]Europa``, ``Noord- of Zuid-Holland``.
ELIDED_HEAD = re.compile(r"\s+(?:en|of|tot)\s+\w+-(\w+)")
#: Compass adjectives that make a part of an area a place: ``Oostelijk Afrika``.
COMPASS_ADJECTIVES = frozenset(
    {"Noordelijk", "Oostelijk", "Zuidelijk", "Westelijk", "Centraal"}
    | {"Noordelijke", "Oostelijke", "Zuidelijke", "Westelijke", "Centrale"}  # de Westelijke Balkan
)
#: Abstract-noun endings: a capitalised ``Naleving`` after ``en`` continues a name, even when the
#: Dutch lexicon lacks the word.
NOUN_END = re.compile(r"(?:ing|ingen|heid|heden|schap|teit|tie|ties|isme|dienst)$")
#: A few words after a name, then an acronym in brackets: ``… in de Zorg (NVTZ)``.
ACRONYM_DEFINITION = re.compile(r"((?:[ \t]+(?:&|[^\W\d][\w'-]*)){1,4}?)[ \t]+\((\w{2,8})\)")
#: Initials written as one token: ``A.J.`` Stolk.
INITIALS = re.compile(r"(?:\w\.)+")
#: The first part of a double surname whose second opens with a particle, which the tokenizer
#: keeps on it: [Jansen-van] Leeuwen, [Smit-de] Boer.
DOUBLE_SURNAME = re.compile(r"[A-Z][^\W\d_]+-(?:van|de|der|den|te|ter|ten)")
#: Roman numerals: ``Rutte III`` is a cabinet, ``Willem III`` a king; alone never an acronym.
ROMAN = re.compile(r"[IVX]+")
CABINET = re.compile(r"\w-[IVX]+$")
#: One or two capitals and a number: codes of roads, routes and substances, not names.
CODE = re.compile(r"[A-Z]{1,2}\d{1,4}")
#: English and Dutch words that open the name of a mountain, lake or cape (``Mount Scenery``) or
#: of a building that is a story's venue (``Hotel De Wereld``, ``Kasteel Doorwerth``).
FEATURE_PREFIXES = frozenset(
    "Mount Mont Monte Lake Cape Kaap Sierra Isla Hotel Kasteel Paleis Fort Port Puerto".split()  # noqa: SIM905
)
#: Heads of the first word of a venue's name: ``Parktheater Eindhoven``, ``Muziekgebouw Frits
#: Philips`` (a name after it is no person's).
VENUE_HEADS = ("theater", "schouwburg", "gebouw", "zaal", "podium")
#: Last words of the names of waters, landscapes and areas: ``Hollands Diep``, ``Lee County``.
FEATURE_HEADS = frozenset(
    {"Diep", "Meer", "Zee", "Kanaal", "Baai", "Gebergte", "Woud", "Heide", "Polder", "Plassen"}
    | {"County", "Parish", "Valley", "Beach", "Island", "Islands", "Eiland", "Eilanden"}
)
#: Nouns for a family before its surname: ``de familie Jansen`` is a group, not a person.
FAMILY_WORDS = frozenset({"familie", "gezin", "echtpaar", "clan", "dynastie"})
#: Names of God, also in an exclamation (``Allahu Akbar``): no person, place or organisation.
DEITIES = frozenset({"God", "Gods", "Allah", "Allahu", "Jahweh"})
#: Kinship and age nouns and forms of address right before a name: ``baby Milan``, ``dochter
#: Roos``, ``opa Kees``, ``de heer Kronenburg``.
KIN_WORDS = frozenset(
    """baby peuter kleuter zoon zoontje dochter dochtertje broer broertje zus zusje vader moeder
    opa oma oom tante echtgenoot echtgenote weduwe weduwnaar
    heer meneer mevrouw""".split()  # noqa: SIM905
)
#: Nouns that introduce a person by what they are to the story: ``het meisje Humeyra``.
INTRODUCING_NOUNS = frozenset(
    "meisje jongen kind man vrouw vriend vriendin buurman buurvrouw collega".split()  # noqa: SIM905
)
#: Class nouns before the title of a work, as endings (``de Netflixserie Narcos``,
#: ``het kinderboek Pluk``), and words that announce a coined term (``de zogeheten Panama Papers``).
WORK_CLASS = (
    "uitzending", "programma", "serie", "film", "documentaire", "boek", "roman", "album",
    "single", "lied", "musical", "opera", "voorstelling", "tentoonstelling", "expositie",
    "toneelstuk", "podcast", "rubriek", "talkshow", "schilderij", "gedicht", "game", "spel",
    "nummer", "zogeheten", "zogenaamde", "zogenoemde",
)  # fmt: skip
#: Nouns before a storm's name, as endings: ``orkaan Irma``, ``de tropische storm Ciara``.
STORMS = ("orkaan", "storm", "tyfoon", "cycloon")
#: Acronyms of conditions, benefits, taxes, substances, technologies and slogans: no entity,
#: whatever the label (``zijn ADHD``, ``een WW-uitkering``, ``de VAR``).
THING_ACRONYMS = frozenset(
    """ADHD ADD PTSS COPD ALS HIV AIDS AOW WW WIA WAO WMO BTW OZB BSN BBP BNP CO2 LNG PFAS GPS MRI IQ
    ICT VAR JSF MAGA LHBTI LHBT ZZP""".split()  # noqa: SIM905
)
#: Capitalised words after a place or sponsor that name a sports event: ``het Barcelona Open``.
EVENT_HEADS = frozenset({"Open", "Cup", "Marathon", "Classic", "Masters", "Trophy", "Rally"})
#: Legal forms written after a company's name: ``Van Dijk Bouw B.V.``, ``Shell plc``.
LEGAL_FORMS = frozenset(
    "B.V. BV N.V. NV V.O.F. GmbH Ltd Ltd. Inc Inc. plc LLC S.A. Corp. Holding".split()  # noqa: SIM905
)
#: Dutch laws, schemes, taxes and registers named by their acronym, whatever label the NER gives
#: them (``in de WIA``, ``de regels in de APV``); ``Brexit`` and its kin are events, ``IQ`` a measure.
SCHEMES = frozenset(
    """AOW WIA WAO WW Wajong Wmo WMO Wlz AWBZ Zvw ANW APV WOZ BTW btw BSN BRP BKR NHG PGB pgb AVG
    Brexit Nexit Grexit Frexit Dexit IQ""".split()  # noqa: SIM905
)
#: Heads of compounds that name a law, a vote, a deal, an event or a sum, never a person,
#: organisation or place: ``Jeugdwet``, ``Brexitreferendum``, ``Pensioenakkoord``, ``Zorgpremie``.
NON_NAME_HEADS = (
    "wet", "wetten", "wetsvoorstel", "referendum", "akkoord", "verdrag", "verkiezing",
    "verkiezingen", "debat", "regeling", "richtlijn", "vechtpartij", "schandaal", "affaire",
    "premie", "toeslag", "uitkering", "heffing", "gebouw", "schietpartij", "steekpartij", "dag",
    "kwestie", "deadline", "crisis", "tijdperk",  # Ruslandkwestie, Brexitdeadline, Sovjettijdperk
    "isme", "ismo",  # an ideology: Chavismo, Thatcherisme
    # an event or an era: Tweede Wereldoorlog, Culturele Revolutie, Algemene Politieke Beschouwingen
    "oorlog", "revolutie", "opstand", "ramp", "aanslag", "winter", "beschouwingen", "feest",
    "festival", "toernooi", "kampioenschap", "kampioenschappen", "conferentie", "tentoonstelling",
    "expositie", "spelen",
)  # fmt: skip


@lru_cache(maxsize=2**14)  # asked for most capitalised words and their neighbours
def is_role(text: str) -> bool:
    """``minister``, ``Navo-chef``, ``EU-president``, ``oud-premier``, ``bondspresident``."""
    lower = text.casefold()
    if lower in ROLE_WORDS or re.search(r"\w['’]er$", text):  # VVD'er, CDA’er: a party member
        return True
    head = lower.rsplit("-", 1)[-1]
    if "-" in lower:
        return head in ROLE_WORDS or head == "lid" or head.endswith(ROLE_HEADS)  # Cnor-lid
    return lower.isalpha() and any(
        lower.endswith(h) and len(lower) - len(h) >= 3 for h in ROLE_HEADS
    )


@dataclass
class _Entity:
    type: str
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    canonical: str | None = None
    place: Any = None
    country: str | None = None  # of an unlinked place: the country of the article's places

    def add_role(self, role: str) -> None:
        if role.casefold() in ROLE_WORDS:
            role = role.casefold()  # ``Minister`` at a sentence start is the role ``minister``
        if role and role not in self.roles:
            self.roles.append(role)


@dataclass
class _Article:
    """Per-document facts computed once: the text (spaCy rebuilds ``doc.text`` on every access),
    the tokens (``doc[i]`` builds a new Token object on every access, and the rules scan the whole
    document several times), sentence starts, and capitalised words seen inside sentences."""

    doc: Doc
    text: str
    tokens: list[Token]
    starts: frozenset[int]
    inner_capitals: frozenset[str]

    @classmethod
    def of(cls, doc: Doc) -> _Article:
        tokens = list(doc)
        starts = frozenset(t.i for t in tokens if t.is_sent_start or t.i == 0)
        text = "".join([t.text_with_ws for t in tokens])  # doc.text would build each Token again
        article = cls(doc, text, tokens, starts, frozenset())
        article.inner_capitals = frozenset(
            t.text for t in tokens if t.text[:1].isupper() and not article.opens_sentence(t)
        )
        return article

    def opens_sentence(self, token: Token) -> bool:
        """First word of a sentence, also after an opening quote (``,,Denk eens …``)."""
        i = token.i
        return i in self.starts or (i > 0 and self.tokens[i - 1].text in OPENING_QUOTES)

    def chars(self, tokens: list[Token]) -> tuple[int, int]:
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


#: Parts of the world beyond one country: ``Noord-Europa``, ``Latijns-Amerika``, ``Midden-Oosten``.
MACRO_REGION = re.compile(r"(?:Europa|Afrika|Azië|Amerika|Oceanië|Oosten|Westen)\b")
#: The most words of a place name the gazetteer looks for: ``Sint Anna ter Muiden``.
PLACE_WORDS = 4


@Language.factory(
    "nieuwsnlp_entities", default_config={"fuzzy_threshold": 90, "home_country": "NL"}
)
class EntityResolver:
    """Merge, type, link and describe the entities of an article.

    ``fuzzy_threshold``: rapidfuzz ratio (0–100) above which two organisation or place names in one
    article are one. ``home_country``: ISO code of the country the news is from (``BE`` for
    Flemish news, null for none); a name its places share with places abroad links to them
    (``Rotterdam``, ``Soest``), as a country the article names does.
    """

    def __init__(
        self, nlp: Language, name: str, fuzzy_threshold: int = 90, home_country: str | None = "NL"
    ) -> None:
        self.name = name
        self.fuzzy_threshold = fuzzy_threshold
        self.home_country = home_country
        self.places = places()
        self.organizations = organizations()
        self.lexicon = lexicon()
        self.public_figures = public_figures()

    def __call__(self, doc: Doc) -> Doc:
        article = _Article.of(doc)
        spans, unresolved, cued = self._spans(article)
        spans = self._unglued(article, spans)
        people: list[_Entity] = []
        orgs: list[_Entity] = []
        place_list: list[_Entity] = []
        for start, end, kind in spans:
            if kind == "person":
                self._add_person(article, start, end, people)
            elif kind == "organization":
                self._add_organization(article, start, end, orgs)
            else:
                self._add_place(article, start, end, place_list)
        self._link_places(article, place_list)
        self._reclaim_names(article, people, place_list, cued)
        self._reclaim_names(article, people, orgs, cued)
        self._first_names_among_people(article, people, place_list)
        self._drop_word_people(article, people)
        self._merge_misspelt(people)
        self._known_people(article, people, unresolved)
        self._role_mentions(article, people, spans)
        self._drop_lone_words(article, people, cued)
        records: list[dict[str, Any]] = []
        for kind, entities in (("person", people), ("organization", orgs), ("place", place_list)):
            for number, entity in enumerate(entities, start=1):
                records.append(self._record(f"{ID_PREFIXES[kind]}{number}", entity))
        doc._.set(EXTENSION, records)
        return doc

    # --- finding and typing spans ----------------------------------------------------------

    def _spans(
        self, article: _Article
    ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]], set[int]]:
        """(start_char, end_char, type) of every entity mention in text order, the name-like spans
        the NER found but no cue could type (they may still name a known person), and the starts of
        the mentions a cue beyond the NER label typed."""
        doc = article.doc
        ents = [part for ent in doc.ents for part in self._split_person(article, ent)]
        candidates = self._coordinate(article, [self._trim(article, ent) for ent in ents])
        compounds = self._compound_organizations(article)
        typed = [
            (tokens, *self._type(article, tokens, kind)) for tokens, kind in candidates if tokens
        ]
        # One name, one type per article: a cue at one mention types the mere NER labels of the others.
        evidence = {key(_text(article, t)): kind for t, kind, strong in typed if kind and strong}
        evidence.update((name_key, "organization") for _, _, name_key in compounds)
        # a family or a title stays one at its later bare mentions: de familie Jansen … Jansen
        evidence.update(
            (key(_text(article, tokens)), None)
            for tokens, kind, strong in typed
            if kind is None
            and strong
            and tokens[0].i > 0
            and self._no_entity_after(doc[tokens[0].i - 1], one_word_person=False)
        )
        found: list[tuple[int, int, str]] = []
        blocked: list[tuple[int, int]] = []
        unresolved: list[tuple[int, int]] = []
        cued: set[int] = set()
        for tokens, kind, strong in typed:
            name_key = key(_text(article, tokens))
            # also an untyped (MISC) mention; but in Lelystad stays the town of het ziekenhuis Lelystad
            town = kind == "place" and _after_in(tokens[0])
            if not (strong or town) and name_key in evidence and (kind or _name_like(tokens)):
                kind = evidence[name_key]
            if kind is None:
                owner = self._owner_organization(article, tokens)
                if owner:  # de Werelderfgoedlijst van [Unesco]: a title names its known owner
                    found.append((*article.chars(owner), "organization"))
                    tokens = tokens[: owner[0].i - tokens[0].i]
                if _name_like(tokens):  # Lara Sint Jago (MISC): no place Lara inside it
                    blocked.append(article.chars(tokens))
                    unresolved.append(article.chars(tokens))
                continue
            if kind == "person":
                tokens = self._person_tokens(article, tokens)
            elif kind == "organization":
                tokens = _with_noun(tokens)
            elif kind == "place":
                tokens = self._street_prefix(article, tokens)
                if (
                    len(tokens) == 2
                    and tokens[0].text in NAME_ARTICLES
                    and article.opens_sentence(tokens[0])
                    and STREET_END.search(tokens[1].lower_)
                ):
                    tokens = tokens[1:]  # [De] Erasmusbrug is dicht: the sentence's article
            start, end = article.chars(tokens)
            if (
                kind != "person"
                and article.text[end - 1] == "."
                and tokens[-1].text not in LEGAL_FORMS
            ):
                end -= 1  # PvdA[.]: a full stop the tokenizer left on the name; not B.V.
            crossing = _crossing(article.text[start:end]) if kind == "place" else []
            found += [(start + a, start + b, kind) for a, b in crossing] or [(start, end, kind)]
            if strong:
                cued.add(start)
        found += [(start, end, "organization") for start, end, _ in compounds]
        compound_people = self._compound_people(article)
        found += compound_people
        cued.update(start for start, _, _ in compound_people)  # kabinet-[Rutte]: a cue of its own
        found = _without_overlaps(found)
        blocked += [(start, end) for start, end, _ in found]
        headed = self._headed_organizations(article) + _purpose_organizations(article)
        described = self._described_organizations(article)
        for span in [*headed, *self._gazetteer_spans(article), *described]:
            span_start, span_end, kind = span
            overlapping = [s for s in blocked if s[0] < span_end and span_start < s[1]]
            # A headed name also wins over the NER's typing of the same words, a public figure
            # also over its possessive (Obama as LOC, Poetins as MISC); a known name only over
            # shorter spans.
            margin = 0 if span in headed else -1 if kind == PUBLIC_FIGURE else 1
            kind = "person" if kind == PUBLIC_FIGURE else kind
            if not overlapping:
                found.append((span_start, span_end, kind))
                blocked.append((span_start, span_end))
            elif all(span_end - span_start >= s[1] - s[0] + margin for s in overlapping):
                found = [s for s in found if not (s[0] < span_end and span_start < s[1])]
                found.append((span_start, span_end, kind))
                blocked.append((span_start, span_end))  # no town inside it later on
        found = sorted(set(self._regional_organizations(article, found)))
        found = self._listed_organizations(article, found, unresolved)
        found = _defined_by_acronyms(article.text, found)
        # a name typed by a longer span around it (Nederlands [Herseninstituut]) is resolved
        unresolved = [u for u in unresolved if not any(s < u[1] and u[0] < e for s, e, _ in found)]
        return found, unresolved, cued

    def _listed_organizations(
        self,
        article: _Article,
        found: list[tuple[int, int, str]],
        unresolved: list[tuple[int, int]],
    ) -> list[tuple[int, int, str]]:
        """``Stanford, Georgetown en UCLA``, ``het AMC, de TU Delft en Lifelines``: a list of three or
        more names is of one kind; a one-word person, a town or a name the NER left untyped
        (MISC) among organisations only is a slip of the NER (not a country or region: ``de EU, de
        Navo en Rusland``)."""
        untyped = [
            (s, e, "") for s, e in unresolved if not any(a < e and s < b for a, b, _ in found)
        ]
        found = sorted(found + untyped)
        lists: list[list[int]] = []
        for i, (start, _, _) in enumerate(found):
            if i and LIST_GAP.fullmatch(article.text, found[i - 1][1], start):
                lists[-1].append(i)
            else:
                lists.append([i])
        result = list(found)
        for items in lists:
            kinds = [found[i][2] for i in items]
            if len(items) < 3 or kinds.count("organization") < len(items) - 1:
                continue
            for i in items:
                start, end, kind = found[i]
                if kind != "organization" and self._listed_slip(article.text[start:end], kind):
                    result[i] = (start, end, "organization")
        return [span for span in result if span[2]]

    def _listed_slip(self, name: str, kind: str) -> bool:
        """A name of another type that a list of organisations may retype: a one-word person who
        is no public figure and has no first name, or a known town that is no area."""
        if not kind:  # Mitsubishi/DGE (MISC), not a Kamermeerderheid van X nor het Italiaanse
            return all(w[:1].isupper() for w in name.split()) and not self._nationality(name)
        if kind == "person":
            return (
                " " not in name
                and not self.lexicon.is_first_name(name)
                and not self.public_figures.full_name(name)
            )
        entry = self.places.link(name)
        return entry is None or entry.kind not in AREA_KINDS

    def _split_person(self, article: _Article, ent: Span) -> list[Span]:
        """``[Financiën Gerrit Zalmstra]``: a non-person span that runs from a capitalised word
        over a first name into an unknown surname holds a person's name after its first part."""
        tokens = list(ent)
        signed = self._signature_town(ent)
        if signed:
            return signed
        if entity_type(ent.label_) == "person":
            return self._split_signature(ent)
        if _named_after_person(tokens[-1]):
            return [Span(ent.doc, ent.start, ent.end, label="ORG")]
        if entity_type(ent.label_) is None and self.lexicon.is_first_name(tokens[0].text):
            # [Henny Jansen Breda] (MISC): a signature the NER did not see as a person's name
            parts = self._split_signature(ent)
            if len(parts) > 1 and parts[0].label_ == ent.label_:
                parts[0] = Span(ent.doc, parts[0].start, parts[0].end, label="PER")
            return parts
        if self.organizations.canonical(ent.text):
            return [ent]
        for i in range(1, len(tokens) - 1):
            if (
                self.lexicon.is_first_name(tokens[i].text)
                and tokens[i - 1].is_title
                and not self.lexicon.is_first_name(tokens[i - 1].text)
                and not tokens[i - 1].lower_.endswith(VENUE_HEADS)  # Muziekgebouw Frits Philips
                and all(t.is_title for t in tokens[i + 1 :])
                and (
                    not (self.lexicon.is_word(tokens[-1].text) or tokens[-1].text in self.places)
                    or self.public_figures.full_name(ent[i:].text) is not None
                )  # [Medische Zorg] [Bruno Bruins]: a surname that is also a word
            ):
                start = ent.start + i
                return [
                    Span(ent.doc, ent.start, start, label=ent.label_),
                    Span(ent.doc, start, ent.end, label="PER"),
                ]
        return [ent]

    def _signature_town(self, ent: Span) -> list[Span]:
        """``Joop Klinkhamer, [Edam Fijnstof Van Gelder]``: a letter signed with a name and a town
        runs into the next letter's heading; the town after the name and its comma is a place of
        its own, and the heading's everyday words (``Fijnstof``) are no part of a name."""
        doc, first = ent.doc, ent[0]
        if not (
            len(ent) > 1
            and first.i >= 2
            and doc[first.i - 1].text == ","
            and entity_type(doc[first.i - 2].ent_type_) == "person"
            and self._town(first)
        ):
            return []
        rest = ent.start + 1
        while (
            rest < ent.end
            and doc[rest].lower_ not in NAME_PARTICLES
            and self.lexicon.is_common_word(doc[rest].text)
            and not self.lexicon.is_first_name(doc[rest].text)
        ):
            rest += 1
        town = Span(doc, ent.start, ent.start + 1, "LOC")
        return [town, Span(doc, rest, ent.end, ent.label_)] if rest < ent.end else [town]

    def _split_signature(self, ent: Span) -> list[Span]:
        """``Henny Jansen Breda``, ``Oosterhout Utrecht``: a letter's signature gives the writer's
        town after the name; known towns at the end of a PER span, after a first name and a surname
        or on their own, are places. A known organisation after a full name is one too."""
        tokens = list(ent)
        doc = ent.doc
        last = tokens[-1]
        if (
            len(tokens) >= 3
            and self.lexicon.is_first_name(tokens[0].text)
            and self._known_organization(last)
        ):  # [Tim Jansen] [Ajax] op voorsprong: the subject and an object the NER ran together
            return [
                Span(doc, ent.start, last.i, label=ent.label_),
                Span(doc, last.i, ent.end, "ORG"),
            ]
        if ent.start > 0 and is_role(doc[ent.start - 1].text):
            return [ent]  # columnist [Grunberg]: a surname that is also a town
        name_end = len(tokens)
        while name_end > 0 and self._town(tokens[name_end - 1], after_surname=name_end > 2):
            name_end -= 1
        full_name = name_end >= 2 and self.lexicon.is_first_name(tokens[0].text)
        # ``probeert [Trump Beijing] te dwingen``: a public figure's name and a town it ran into
        known = name_end and self._public_figure_name(tokens[:name_end])
        if name_end == len(tokens) or name_end and not (full_name or known):
            return [ent]
        name = [Span(doc, ent.start, ent.start + name_end, label=ent.label_)] if name_end else []
        return name + [Span(doc, t.i, t.i + 1, label="LOC") for t in tokens[name_end:]]

    def _known_organization(self, token: Token) -> bool:
        return bool(self.organizations.canonical(token.text)) and not self.lexicon.is_first_name(
            token.text
        )

    def _after_full_name(self, token: Token) -> bool:
        """A word after a first name and a surname that does not continue the name: a town (a
        signature) or a known organisation."""
        return self._town(token, after_surname=True) or self._known_organization(token)

    def _town(self, token: Token, after_surname: bool = False) -> bool:
        """A known place that is no everyday word, nor a first name unless a surname precedes it:
        never the last part of a person's name."""
        text = token.text
        return (
            text in self.places
            and not self.places.quiet(text)
            and not self.places.weak(text)
            and not self.lexicon.is_word(text)
            and (after_surname or not self.lexicon.is_first_name(text))
        )

    def _trim(self, article: _Article, ent: Any) -> tuple[list[Token], str | None, bool]:
        """The name inside an NER span, the type its label suggests, and whether it is a name at
        all (a subheading or a minister's portfolio is not)."""
        kind = entity_type(ent.label_)
        tokens = list(ent)
        # a name does not run over a full stop after a word (not an initial: Eva K. Jansen):
        # PvdA[. Rente], a subheading
        stop = next((t for t in tokens[1:] if t.text in (".", "!", "?", ";")), None)
        if stop is not None and len(tokens[stop.i - ent.start - 1].text) > 2:
            tokens = tokens[: stop.i - ent.start]
        glued = next(
            (
                t
                for t in tokens[:-1]
                if t.text.endswith(".")
                and len(t) > 2
                and t.text[:-1].casefold() not in TITLES
                and not INITIALS.fullmatch(t.text)
            ),
            None,
        )
        if glued is not None:  # [PvdA.] Rente: the tokenizer kept the full stop on the word
            tokens = tokens[: glued.i - ent.start + 1]
        if kind == "person":  # [I.] Tijdens een …: a word that opens sentences ends a name
            opener = next((i for i, t in enumerate(tokens[1:], 1) if self._opener(t)), None)
            tokens = tokens[:opener]
            # dat [Trump] de Russen aanspoorde: an object after the name, no particle of it
            group = next(
                (
                    i
                    for i, t in enumerate(tokens[1:-1], 1)
                    if t.is_lower
                    and t.lower_ in NAME_PARTICLES
                    and self.places.is_demonym(tokens[i + 1].text)
                ),
                None,
            )
            tokens = tokens[:group]
        tokens = [t for t in tokens if not t.is_punct]
        while len(tokens) > 1 and ROMAN.fullmatch(tokens[0].text):
            tokens.pop(0)  # [II] Gebruik: a numbered subheading; a name ends in a number, if any
        while len(tokens) > 1 and tokens[0].is_lower and kind != "person":
            tokens.pop(0)  # [de] Volkskrant
        # Bank Nederlandse Gemeenten [om een lening …]; a number before such a noun counts it:
        # Tweede Kamer [40.000 handtekeningen aan]
        counted = False
        while len(tokens) > 1 and (tokens[-1].is_lower or counted and tokens[-1].like_num):
            counted = tokens.pop().is_lower
        if len(tokens) > 2 and tokens[-1].like_num and tokens[-2].lower_ == "van":
            tokens = tokens[:-2]  # de [Volkskrant] van 30 maart: the issue's date
        if kind != "person":
            for i, token in enumerate(tokens[1:], start=1):
                if token.lower_ in NAME_BREAKS and token.is_lower:
                    tokens = tokens[:i]  # Hoge Raad [in Thailand]
                    break
        while len(tokens) > 1 and ADJECTIVE_END.search(tokens[0].text) and kind == "place":
            tokens.pop(0)  # [Drentse] Koekange
        while len(tokens) > 1 and self._inhabitant_word(tokens[0].text):
            tokens.pop(0)  # de [Utrechter] Vo, de [Nederlander] Jan Smit: who, not the name
        while len(tokens) > 1 and self._described_by_compound(tokens[0].text):
            tokens.pop(0)  # [Navo-bondgenoot] Turkije, [EU-landen] Hongarije: the Navo apart
        if (
            len(tokens) > 2
            and self.public_figures.of_possessive(tokens[0].text)
            and is_role(tokens[1].text)
        ):
            tokens.pop(0)  # [Trumps] gezant Eva Smit: whose envoy, not part of the name
        while (
            len(tokens) > 1
            and kind != "organization"
            and is_role(tokens[0].text)
            and not self.lexicon.is_first_name(tokens[0].text)
            and (tokens[1].text[:1].isupper() or tokens[1].lower_ in NAME_PARTICLES)
        ):
            tokens.pop(0)  # [Econoom] Van Dam, [Hoogleraar] Eva Smit: the role before the name
        if (
            len(tokens) > 1
            and kind != "person"
            and self._nationality(tokens[0].text)
            and self.organizations.canonical(_text(article, tokens[1:]))
            and not self.organizations.canonical(_text(article, tokens))
        ):
            tokens = tokens[1:]  # het [Chinese] Huawei, but the Europese Commissie
        if (
            len(tokens) > 1
            and kind in (None, "organization")
            and tokens[0].lower_ in ("de", "het")
            and self.organizations.canonical(_text(article, tokens[1:]))
            and not self.organizations.canonical(_text(article, tokens))
        ):
            tokens, kind = (
                tokens[1:],
                "organization",
            )  # [De] Erasmus Universiteit (MISC) opens a sentence
        if (
            len(tokens) > 1
            and ROMAN.fullmatch(tokens[-1].text)
            and not self.lexicon.is_first_name(tokens[-2].text)
        ):
            return tokens, kind, False  # Rutte III: a cabinet; Willem III keeps his number
        if (
            len(tokens) > 1
            and _class_compound(tokens[0].text)
            and tokens[1].text[:1].isupper()
            and self.organizations.canonical(tokens[0].text) is None
        ):
            kind = "organization"  # [Jongerenbeweging] Exxpose; Waarborgfonds Sociale Woningbouw
            tokens = tokens[1:] if len(tokens) == 2 else tokens
        half = len(tokens) // 2
        if half and [t.text for t in tokens[:half]] == [t.text for t in tokens[half:]]:
            # "… voor Action Action heeft": a flattened headline's last words and the lead's first
            tokens = tokens[half:]
        if not tokens:
            return list(ent), kind, False
        return tokens, kind, not (self._is_heading(article, ent) or _portfolio(tokens[0]))

    def _inhabitant_word(self, word: str) -> bool:
        """``Utrechter``, ``Nederlander``: an inhabitant or national, no first name."""
        return self.places.is_inhabitant(word) and not self.lexicon.is_first_name(word)

    def _described_by_compound(self, word: str) -> bool:
        """``Navo-bondgenoot``, ``EU-landen``: a name glued to an everyday noun describes the name
        after it; the glued name is found on its own (``_compound_organizations``)."""
        name, hyphen, head = word.rpartition("-")
        return (
            bool(hyphen)
            and name[:1].isupper()
            and head.isalpha()
            and head.islower()
            and len(head) > 2
            and self.lexicon.is_common_word(head)
        )

    def _opener(self, token: Token) -> bool:
        """``Tijdens``, ``Daarna``: no part of a name (but ``De`` Vries, ``Dan`` Brown can be)."""
        return (
            token.text in SENTENCE_OPENERS
            and token.lower_ not in NAME_PARTICLES
            and not self.lexicon.is_first_name(token.text)
        )

    def _coordinate(
        self, article: _Article, candidates: list[tuple[list[Token], str | None, bool]]
    ) -> list[tuple[list[Token], str | None]]:
        """``Justitie en Veiligheid``, ``Handhaving en Naleving``, ``Blauw en Wit``: a name of two
        coordinated common nouns, which the NER tends to split. The second part is capitalised
        inside a sentence although it is an everyday word, so it can only continue the name."""
        doc = article.doc
        merged: list[tuple[list[Token], str | None, bool]] = []
        for tokens, kind, is_name in candidates:
            if merged:
                previous, previous_kind, previous_is_name = merged[-1]
                gap = doc[previous[-1].i + 1 : tokens[0].i]
                if (
                    [t.lower_ for t in gap] == ["en"]
                    and not (previous_kind == kind == "person")  # Bos en Van der Meer: two people
                    and self._coordinated(previous, previous_kind)
                    and self._continues_name(article, tokens)
                    and not self._two_known(article, previous, previous + list(gap) + tokens)
                ):
                    merged[-1] = (previous + list(gap) + tokens, "organization", previous_is_name)
                    continue
            following = doc[tokens[-1].i + 1 : tokens[-1].i + 3]
            if (
                len(following) == 2
                and following[0].lower_ == "en"
                and following[1].ent_iob_ == "O"
                and self._coordinated(tokens, kind)
                and self._continues_name(article, [following[1]])
                and not self._two_known(article, tokens, tokens + list(following))
            ):
                tokens, kind = tokens + list(following), "organization"
            merged.append((tokens, kind, is_name))
        return [(tokens, kind) for tokens, kind, is_name in merged if is_name]

    def _coordinated(self, tokens: list[Token], kind: str | None) -> bool:
        """A first part that can open such a name: an everyday word (not ``Chemie-Pack en Fort
        Oranje``), no nationality adjective, and no name of its own (an acronym or a known place:
        ``PVV en Forum``, ``Saba en Sint Eustatius`` list two entities)."""
        last = tokens[-1].text
        if len(last) < 3 or not last[:1].isupper():
            return False
        word = last.rstrip("-")  # an elided compound is one too: Voedsel- en Warenautoriteit
        if kind == "person":  # a name the NER typed PER only when it is a word of the lemma table
            everyday = self.lexicon.is_word(word)
        else:
            everyday = self.lexicon.is_common_word(word) or bool(NOUN_END.search(word.lower()))
        return (
            everyday
            and not self._nationality(last)
            and not _acronym(last)
            and (last not in self.places or self.places.quiet(last))
            and not self._district(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
        )

    def _two_known(self, article: _Article, first: list[Token], joined: list[Token]) -> bool:
        """``Buitenlandse Zaken en Infrastructuur en Waterstaat``: a known organisation lists the
        next one rather than opening a longer name, unless the table knows the joined name
        (``Justitie en Veiligheid``)."""
        return (
            self.organizations.canonical(_text(article, first)) is not None
            and self.organizations.canonical(_text(article, joined)) is None
        )

    def _nationality(self, word: str) -> bool:
        """``Europese``, ``Amerikaanse``, ``Franse``: adjectives, where ``Expertise`` is a noun."""
        return self.places.is_demonym(word) or word.endswith(("ische", "sche", "aanse", "ese"))

    def _continues_name(self, article: _Article, tokens: list[Token]) -> bool:
        first = tokens[0]
        text = _text(article, tokens)
        return (
            first.text[:1].isupper()
            and len(first.text) >= 3
            and first.i not in article.starts
            and not self._nationality(first.text)
            and (self.lexicon.is_word(first.text) or bool(NOUN_END.search(first.lower_)))
            and text not in self.places
            and (self.organizations.canonical(text) is None or text in self.organizations.ambiguous)
            and not self.lexicon.is_first_name(first.text)
        )

    def _type(
        self, article: _Article, tokens: list[Token], kind: str | None
    ) -> tuple[str | None, bool]:
        """(type or None, whether a cue beyond the NER label decided it)."""
        doc = article.doc
        text = _text(article, tokens)
        first, last = tokens[0], tokens[-1]
        at_start = article.opens_sentence(first)
        canonical = self.organizations.canonical(text)
        town = _after_in(first) and text in self.places  # in Heerenveen: the town, not the club
        if canonical and not ((at_start or town) and text in self.organizations.ambiguous):
            return "organization", True  # Albert Heijn, Forum voor Democratie (MISC) …
        if kind != "person" and is_role(last.text):
            return None, True  # [Europees Commissievoorzitter] Juncker: a title, not a body
        if text in THING_ACRONYMS:
            return None, True  # zijn [ADHD], de [VAR]: a condition, a device
        single = len(tokens) == 1
        if (
            not single
            and first.is_title
            and first.lower_ in ORGANIZATION_CLASS
            and last.text[:1].isupper()
        ):
            return "organization", True  # Stichting Leergeld, Partij van het Noorden: a legal name
        following = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (not single and last.text in LEGAL_FORMS) or (
            following is not None and following.text in LEGAL_FORMS
        ):
            return "organization", True  # Van Dijk Bouw B.V., Heijmans Infra [N.V.]
        if not single and first.text == "Gemeente":  # the body, but in de Gemeente X the place
            located = LOCATIVE & {t.lower_ for t in doc[max(0, first.i - 2) : first.i]}
            return ("place" if located else "organization"), True
        if kind is None and not _name_like(tokens):
            return None, False  # OntoNotes DATE, CARDINAL, MONEY …: never a name
        before = doc[first.i - 1] if first.i > 0 else None
        if (
            self._non_name(tokens, text)
            or single
            and text in SENTENCE_OPENERS
            or any(t.text in DEITIES for t in tokens)
            or not single
            and self._nationals(tokens)
        ):
            return None, True  # Klimaatwet, SGP-top; Naast at a sentence start; Allah
        if before is not None and self._no_entity_after(before, single and kind == "person"):
            return None, True
        if single and not at_start and _class_compound(text) and not _before_a_name(last):
            return "organization", True  # de Arbeiderspartij, de Hotelschool: capitals make a name
        if last.i + 1 < len(doc) and doc[last.i + 1].text in EVENT_HEADS:
            return None, True  # het Andalusië Open, de Rotterdam Marathon: an event
        if WEBSITE.search(text):
            return "organization", True
        if single and (ROMAN.fullmatch(text) or CABINET.search(text)):
            return None, True  # [Rutte] [III], Rutte-II: a cabinet, not its premier
        if not single and (
            (first.text in FEATURE_PREFIXES or first.lower_.endswith(VENUE_HEADS))
            and last.text[:1].isupper()
            or last.text in FEATURE_HEADS
            and tokens[-2].lower_ not in NAME_PARTICLES  # Tom van der Meer: a surname
        ):
            return "place", True  # Hotel De Wereld, Parktheater Eindhoven, Hollands Diep
        if self._district(text) or self._compass_area(tokens):
            return "place", True
        if self._of_a_municipality(first) and not self.lexicon.is_word(text):
            return "place", True  # burgemeester van X: a municipality, whatever the label
        if len(tokens) > 1 and any(t.lower_ in ("republiek", "volksrepubliek") for t in tokens):
            return "place", True  # Democratische Republiek Congo: a state, whatever the label
        street = len(last.text) > 6 and text not in self.places
        # Dorpsstraat; a head word of its own after a name: Grote Markt, Centraal Station
        if (street and STREET_END.search(last.lower_)) or (
            len(tokens) > 1 and last.lower_ in PLACE_HEAD_WORDS
        ):
            return "place", True
        if single and (
            self.places.is_demonym(text)
            or kind != "person"
            and self.places.is_inhabitant(text)
            or len(key(text)) < 2  # [B] en W: no name, not even a person's, is one letter …
            and not (before is not None and self.lexicon.is_first_name(before.text))  # … Eva [K.]
            or self._subheading(article, first)
        ):
            return None, True
        if single and CODE.fullmatch(text):
            return None, True  # S112, CO2: a road number or a formula (known parties came first)
        if (
            single
            and text.isupper()
            and len(text) >= 4
            and self.lexicon.is_common_word(text.title())
        ):
            return None, True  # ANALYSE, ZORG: a heading in capitals (known acronyms came first)
        if text in SCHEMES:
            return None, True
        if _acronym(text) and kind is not None:  # MISC acronyms are laws, taxes, diseases: AOW, BTW
            if text in self.places and (kind in ("place", "person") or self._is_country(text)):
                return "place", False  # VS, VK: a PER or ORG label on a country is a slip
            if len(text) == 2 and not (before is not None and before.text == "("):
                # CS, UP, JR: two capitals the table does not know can name anything, unless they
                # abbreviate the name before them: de Volkspartij (PP)
                return None, True
            return "organization", kind != "organization"
        if before is not None and _described(before) == "organization" and not _agentive(before):
            return "organization", True  # erotiekketen [Christine le Duc]: a kind of body, named
        person = self._person_cue(article, tokens, text, kind)
        if (
            (person or kind == "person")
            and not single
            and self._determined(before)
            and text not in self.places
        ):
            return None, True  # de Mona Lisa, de Matthäus Passion: people take no article
        if person:
            return "person", True
        if street and SURNAME_STREET_END.search(last.lower_) and kind != "person":
            return "place", True
        described = (_described(before) if before is not None else None) or _apposition(last)
        if described and not (single and self.places.is_inhabitant(text)):
            return described, True
        if (
            text not in self.places
            and not self._nationality(first.text)
            and (_affiliation(first, kind) or _led_body(first))
        ):
            return "organization", True
        if kind == "organization" and self._plural_head(tokens, text):
            return None, True  # Holocaustslachtoffers, Westelijke Balkanlanden, Israeli's
        return self._ner_type(article, tokens, text, kind, at_start), False

    def _plural_head(self, tokens: list[Token], text: str) -> bool:
        """A name the table does not know whose last word is a plural noun names a group of
        people or things, not a body: a body's name is singular unless a class noun carries it
        (``Vereniging Zakelijke Rijders``); a town may look plural (``Aalten``), an acronym too."""
        last = tokens[-1]
        return (
            "Plur" in last.morph.get("Number")
            and not last.text.isupper()
            and text not in self.places
            and last.text not in self.places
            and not any(t.lower_ in ORGANIZATION_CLASS for t in tokens)
        )

    @staticmethod
    def _no_entity_after(before: Token, one_word_person: bool) -> bool:
        """``de familie [Jansen]``: a group; ``de Boeing 737 [Max]``: a model; ``de Netflixserie
        [Narcos]``, ``de zogeheten [Panama Papers]``: a title or a coined term; ``orkaan [Irma]``:
        a storm."""
        return (
            before.lower_ in FAMILY_WORDS
            or (one_word_person and before.text.isdigit())
            or (before.is_alpha and before.lower_.endswith(WORK_CLASS))
            or before.lower_.endswith(STORMS)
        )

    @staticmethod
    def _of_a_municipality(first: Token) -> bool:
        """``burgemeester van [X]``, ``de inwoners van [X]``: offices and people of a place."""
        doc = first.doc
        return (
            first.i > 1
            and doc[first.i - 1].text == "van"
            and doc[first.i - 2].lower_ in MUNICIPAL_NOUNS
        )

    @staticmethod
    def _determined(before: Token | None) -> bool:
        """A definite article right before a name, not a particle after a first name (``Wim de``)."""
        if before is None or before.lower_ not in ("de", "het") or not before.is_lower:
            return False
        previous = before.nbor(-1) if before.i > 0 else None
        return previous is None or not (
            previous.text[:1].isupper() or previous.lower_ in NAME_PARTICLES
        )

    def _non_name(self, tokens: list[Token], text: str) -> bool:
        """``Jeugdwet``, ``Wet Langdurige Zorg``, ``Brexitreferendum``, ``Koude Oorlog``: a law,
        vote, event or era named by its (compound) head; ``SGP-top``, ``IS-gebied``: a common noun
        whose first part is the name (the compound rule finds that part)."""
        if text in self.places:
            return False
        last = tokens[-1].text
        prefix, _, head = last.rpartition("-")
        if (
            prefix[:1].isupper()
            and head.islower()
            and len(head) >= 3
            and (len(head) > 5 or self.lexicon.is_word(head))  # IS-propaganda: long heads are nouns
        ):
            return True
        lower = last.casefold()
        # Jolanda Zondag: after a first name a surname that ends like an event is still a surname
        surname = len(tokens) > 1 and self.lexicon.is_first_name(tokens[0].text)
        return (
            (
                len(tokens) > 1
                and (tokens[0].text == "Wet" or lower in NON_NAME_HEADS and not surname)
            )
            or not surname
            and any(lower.endswith(h) and len(lower) - len(h) >= 3 for h in NON_NAME_HEADS)
            or (len(tokens) == 1 and self._name_compound(text))
        )

    def _nationals(self, tokens: list[Token]) -> bool:
        """``Spanjaarden en Portugezen``: a group of nationals, named by capitalised words only."""
        titled = [t for t in tokens if t.is_title]
        return bool(titled) and all(self.places.is_demonym(t.text) for t in titled)

    def _name_compound(self, word: str) -> bool:
        """``Instagramaccount``, ``Labourvoorman``: a known name and a noun written as one word
        are a common noun (``SGP-top`` with its hyphen is found above)."""
        if word in self.places:
            return False
        for split in range(4, len(word) - 3):
            name, noun = word[:split], word[split:]
            stems = {noun, noun[:-1] if noun.endswith("s") else noun}
            stems.add(noun[:-2] if noun.endswith("en") else noun)
            if (
                noun.islower()
                and any(len(s) >= 4 and self.lexicon.is_word(s) for s in stems)
                and self.organizations.canonical(name)
            ):
                return True
        return False

    def _owner_organization(self, article: _Article, tokens: list[Token]) -> list[Token]:
        """``Werelderfgoedlijst van [Unesco]``, ``Jaarprijs van de [KNVB]``: the known organisation
        after ``van`` that closes an untyped name."""
        for k, token in enumerate(tokens[1:-1], start=1):
            if token.lower_ != "van":
                continue
            owner = tokens[k + 1 :]
            if owner[0].lower_ in ("de", "het") and len(owner) > 1:
                owner = owner[1:]
            if self.organizations.canonical(_text(article, owner)):
                return owner
        return []

    def _ner_type(
        self, article: _Article, tokens: list[Token], text: str, kind: str | None, at_start: bool
    ) -> str | None:
        """The NER label, where the gazetteers and the lexicon do not contradict it."""
        single = len(tokens) == 1
        if kind is None:  # MISC and the like: only a place the gazetteer knows
            known = text in self.places and not self.places.quiet(text)
            # a sentence may open with a country or region (Europa), not with a town that is a word
            area = self._is_area(text) and not self.lexicon.is_common_word(text)
            return "place" if known and not (at_start and single and not area) else None
        # the lemma index also lists names of people, so it only vetoes a place or organisation
        is_word = self.lexicon.is_word if kind == "person" else self.lexicon.is_common_word
        if (
            single
            and at_start
            and (is_word(text) or self._plural_word(text, is_word))
            and text not in article.inner_capitals
            and (text not in self.places or self.places.quiet(text))
        ):
            return None  # Opkomst, Werkgevers: an everyday word capitalised by its position
        # in Yerseke: a village after a locative preposition is the place, whatever the label
        located = tokens[0].i > 0 and tokens[0].nbor(-1).lower_ in LOCATIVE
        # a place label inside a sentence, or any label after in/uit, is trusted on a town that is
        # also a noun (Leiden, Hoorn), not on an adjective (Brits)
        trusted = (kind == "place" or located) and tokens[0].pos_ != "ADJ"
        unknown = text not in self.places or self.places.quiet(text) and not trusted
        if (
            kind != "person"
            and single
            and (is_word(text) or self._plural_word(text, is_word))
            and unknown
            and not (kind == "place" and _site(tokens[0]))
        ):
            return None  # Syndroom, Toekomst, Werkgevers: an everyday word no gazetteer knows as a name
        if kind == "place":
            if any(c.isdigit() for c in text) and text not in self.places:
                return None  # road numbers: A2, N201, S112
            if single and text not in self.places and self.lexicon.is_first_name(text):
                # Ineke: a first name no gazetteer knows as a place is a person's; names take no
                # article, so het Wilhelmus is a title
                determined = tokens[0].i > 0 and tokens[0].nbor(-1).lower_ in DETERMINERS
                return None if determined else "person"
            return "place" if self._is_place_name(text) else None
        if kind == "organization":
            if tokens[0].text == "The" and not any(
                t.lower_.endswith(PER_ORGANIZATION_HEADS) for t in tokens
            ):
                return None  # The Masters, The Bells of …: a title, unless the table knows the name
            known = text in self.places and not unknown
            if self._is_area(text) or located and known:
                return "place"
            # Schiphol, Haarlemmermeer labelled ORG: a place the gazetteer knows well (clubs named
            # after towns are in the organisation table, which came first)
            return "place" if known and not self.places.weak(text) else "organization"
        if self._is_place_not_name(article, text):
            return "place"
        first = tokens[0]
        if single and first.i > 0 and first.nbor(-1).lower_ in DETERMINERS:
            return None  # de Utrechter, een Rus, elke Groninger: names take no article
        if (
            len(tokens) == 2
            and first.lower_ in DETERMINERS
            and self.places.is_inhabitant(tokens[1].text)
        ):
            return None  # [De Utrechter] at a sentence start
        return None if self._not_a_persons_name(tokens) else "person"

    @staticmethod
    def _plural_word(word: str, is_word: Callable[[str], bool]) -> bool:
        """``Werkgevers``, ``Boeren``: the plural of an everyday word, which the lexicon lacks."""
        return len(word) > 5 and (
            word.endswith("s") and is_word(word[:-1]) or word.endswith("en") and is_word(word[:-2])
        )

    def _not_a_persons_name(self, tokens: list[Token]) -> bool:
        """A PER span without a first name that reads as an organisation or a title: a word with
        an organisation head (``Taskforce``, ``Waterbouw Centrum``), or only long everyday Dutch
        words and places (``Erekruis van Verdienste``), which names rarely are all at once."""
        if tokens[0].text == "The" or any("/" in t.text for t in tokens):
            return True  # The Beatles: a title or a band; Brexit/Remain: alternatives, no person
        if _named_after_person(tokens[-1]):
            return True
        if any(self.lexicon.is_first_name(t.text) for t in tokens):
            return False
        words = [t for t in tokens if t.lower_ not in NAME_PARTICLES]
        if any(
            t.lower_.endswith(PER_ORGANIZATION_HEADS) or t.lower_ in ORGANIZATION_CLASS
            for t in words
        ):
            return True  # Waterbouw Centrum, Dagblad Het Noorden
        last = tokens[-1].text
        if (
            len(words) > 1
            and self.organizations.canonical(last)
            and last not in self.organizations.ambiguous
        ):
            return True  # Verkoopt Rijkswaterstaat: a capitalised verb before an organisation
        if len(words) == 1 and len(tokens) > 1 and self.organizations.canonical(last):
            return True  # won [Van Ajax]: a preposition capitalised by mistake before a club
        # Short words double as given names the lexicon lacks (Jan Hol, Jan de Vries)
        long_word = [len(t.text) >= 6 and self.lexicon.is_word(t.text) for t in words]
        return (
            len(words) > 1
            and tokens[0].lower_ not in NAME_PARTICLES  # Van Dijk, De Jong: surnames
            and all(w or t.text in self.places for t, w in zip(words, long_word, strict=True))
            and any(long_word)
        )

    def _person_cue(
        self, article: _Article, tokens: list[Token], text: str, kind: str | None
    ) -> bool:
        """A first name before a surname, a role word or an age: the conventions with which Dutch
        news introduces people (``advocaat Henk van Asselt``, ``de 15-jarige Willeke``,
        ``Lara Sint Jago (25)``)."""
        doc = article.doc
        first, last = tokens[0], tokens[-1]
        if self.places.is_inhabitant(text) or self.places.is_demonym(text):
            return False
        if first.i > 0 and doc[first.i - 1].lower_ in KIN_WORDS:
            return True  # baby Milan: also a name that is a town elsewhere
        known_place = text in self.places and not self.places.weak(text)
        if (
            len(tokens) > 1
            and self.lexicon.is_first_name(first.text)
            and (tokens[1].text[:1].isupper() or tokens[1].lower_ in NAME_PARTICLES)
            and not known_place
        ):
            return True
        if len(tokens) > 1 and _title(first.text) and tokens[1].text[:1].isupper():
            return True  # [VVD'er] Wybren van Haga, [Burgemeester] Pauline Krikke
        if (
            kind != "place"  # Arc de Triomphe is a site
            and len(tokens) > 2
            and first.is_title
            and first.lower_ not in NAME_PARTICLES
            and not self.lexicon.is_word(first.text)
            and tokens[1].is_lower
            and tokens[1].lower_ in NAME_PARTICLES
            and last.is_title
            and last.text not in self.places  # Klimaatakkoord van Parijs
            and not self._organization_at(article, last)
            and not (first.i > 0 and _described(doc[first.i - 1]) == "organization")
        ):
            return True  # Freek de Jonge, Henk te Velde: a lower-case particle opens a surname
        before = doc[first.i - 1] if first.i > 0 else None
        if (
            before is not None
            and before.is_title
            and first.i - 1 not in article.starts
            # Volgens [Kamerlid] Salima Belhaj: a role, capitalised (not Generaal Foulkesweg)
            and not (_title(before.text) and not _street_like(last.lower_))
        ):
            if self.lexicon.is_first_name(before.text) and not before.ent_type_:
                return (
                    True  # [Marit] Kox: the NER left out the first name (not Henny Jansen [Breda])
                )
            before = doc[first.i - 2] if first.i > 1 else None  # SP-fractievoorzitter [Tiny] Kox
        elif (
            before is not None
            and first.i > 1
            and before.is_lower
            and before.is_alpha
            and before.lower_ not in STOP_WORDS  # president van [Slowakije]
            and not is_role(before.text)
            and not _described(before)  # voorzitter branchevereniging [Tuinbranche Nederland]
            and is_role(doc[first.i - 2].text)
        ):
            before = doc[first.i - 2]  # hoogleraar staatsrecht [Douwe Jan Elzinga]
        elif (
            before is not None
            and before.text == ","
            and first.i > 1
            and last.i + 1 < len(doc)
            and doc[last.i + 1].text == ","
        ):
            before = doc[first.i - 2]  # de hoogste aanklager, [Eva Smit], zegt: an apposition
        apposition = before is not None and before.i > 0 and doc[before.i - 1].text == ","
        if before is not None and _title(before.text) and before.is_lower and apposition:
            return False  # X, hoogleraar [Koreastudies]: the role after a name, then its field
        if before is not None and (_title(before.text) or AGE_BEFORE.match(before.lower_)):
            # premier [Cameron]: a role before another name of a place still makes a person
            place = known_place and not self.places.alternate_only(text)
            return not (place and kind in ("place", "organization"))
        after = doc[last.i + 1 : last.i + 4]
        if (
            kind is None
            and len(tokens) > 1
            and len(after) >= 2
            and after[0].text == ","
            and after[1].is_lower
            and is_role(after[1].text)
            and not known_place
        ):
            return True  # [Eva Smit] (MISC), minister van …: a role in apposition
        if (
            kind is None
            and len(tokens) > 1
            and len(after) >= 2
            and after[0].text == ","
            and self._town(after[1], after_surname=True)
            and (len(after) == 2 or after[2].text == "." or after[2].is_title)
            and not any(self.lexicon.is_word(t.text) for t in tokens)
        ):
            return True  # [Eva Smit] (MISC), Zwolle: a letter's signature
        return (
            not (len(tokens) == 1 and self._town(first))  # a letter's signature: Utrecht (1)
            and len(after) == 3
            and after[0].text == "("
            and after[1].like_num
            and after[1].text.isdigit()
            and 0 < int(after[1].text) < 120
            and after[2].text == ")"
        )

    @staticmethod
    def _is_heading(article: _Article, ent: Any) -> bool:
        """An entity that is a whole paragraph (``Munitie``) is a subheading, not a name."""
        text = article.text
        return (ent.start_char == 0 or text[ent.start_char - 1] == "\n") and text[
            ent.end_char : ent.end_char + 1
        ] in ("\n", "")

    @staticmethod
    def _subheading(article: _Article, token: Token) -> bool:
        """``Opkomst Wel was …``, ``Schermutseling ,,Er was …``: a subheading flattened into the
        paragraph it heads, a one-word "sentence" followed by a new sentence."""
        doc = article.doc
        if token.i not in article.starts or token.i + 1 >= len(doc):
            return False
        following = doc[token.i + 1]
        if following.text in OPENING_QUOTES:
            return True
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        particle = following.lower_ in NAME_PARTICLES and after is not None and after.is_title
        return following.text in SENTENCE_OPENERS and not particle

    def _is_place_not_name(self, article: _Article, text: str) -> bool:
        """A PER span that is a known place (``Goes``, ``Sint Maarten``) and never part of a longer
        name in the article.
        Weak names (``Stalin``, a former name of several towns) do not count."""
        if text not in self.places or self.places.quiet(text) or self.places.weak(text):
            return False
        return not any(
            ent.text != text and text in ent.text
            for ent in article.doc.ents
            if entity_type(ent.label_) == "person"
        )

    def _is_country(self, text: str) -> bool:
        entry = self.places.link(text)
        return entry is not None and entry.kind == "country"

    def _is_area(self, text: str) -> bool:
        """An ORG label on a country, region or town the organisations table does not know."""
        if self.organizations.canonical(text):
            return False
        entry = self.places.link(text)
        return entry is not None and (entry.kind in AREA_KINDS or entry.population >= 10_000)

    def _district(self, text: str) -> bool:
        """``Amsterdam-Noord``, ``Den Haag Zuidwest``: a known town and a compass point."""
        found = DISTRICT.match(text)
        if found is None:
            return False
        town = found.group(1)
        return town in self.places and not self.places.quiet(town) and not self.places.weak(town)

    def _compass_area(self, tokens: list[Token]) -> bool:
        """``Oostelijk Afrika``, ``Zuidelijk Europa``: a compass adjective before a country, region
        or continent."""
        return (
            len(tokens) == 2
            and tokens[0].text in COMPASS_ADJECTIVES
            and self._is_area(tokens[1].text)
        )

    def _is_place_name(self, text: str) -> bool:
        """Nationality adjectives (``Russische``), inhabitants (``Russen``) and the uninflected
        adjective of a place (``een Haags dagblad``, ``Brabants``, ``Gronings``) are not places."""
        if text in self.places or COMPASS.match(text):
            return True
        if " " in text:
            return True
        stem = text.removesuffix("s")
        town_adjective = stem != text and (stem in self.places or stem + "en" in self.places)
        return not (
            ADJECTIVE_END.search(text)
            or INHABITANTS_END.search(text)
            or self.places.is_demonym(text)
            or town_adjective
        )

    def _compound_organizations(self, article: _Article) -> list[tuple[int, int, str]]:
        """``[Likud]-partij``, ``[Hamas]-leider``: a capitalised first part of a compound whose head is
        a party, a party office or a company office names an organisation; so does a known one
        before any head (``[Navo]-top``, ``[ANP]-persbericht``). ``Kamer`` keeps its capital inside
        compounds (``[VVD]-Kamerlid``). A party member is named after the party: ``[CDA]'er``,
        ``[PvdA]’ers``. (start char, end char, key) of each."""
        found = []
        for token in article.tokens:
            text = token.text
            if "-" not in text:
                member = ("'" in text or "’" in text) and MEMBER.match(text)
                if member and self.organizations.canonical(member[1]):  # not AOW'er, BMX'er
                    found.append((token.idx, token.idx + len(member[1]), key(member[1])))
                continue
            if text.startswith("-"):
                continue
            prefix, _, head = text.rpartition("-")
            offset = 0
            while prefix.split("-", 1)[0].casefold() in ("oud", "ex") and "-" in prefix:
                offset += prefix.index("-") + 1  # [Oud-]PvdA-leider: a former leader of the PvdA
                prefix = prefix.split("-", 1)[1]
            if (
                prefix[:1].isupper()
                and (head.islower() or head.istitle() and head.casefold() in ORGANIZATION_COMPOUND)
                and (
                    head.casefold() in ORGANIZATION_COMPOUND or self.organizations.canonical(prefix)
                )
                and prefix not in self.places
                and not self.places.is_demonym(prefix)
                and not COMPASS.match(text)
            ):
                start = token.idx + offset
                end = start + len(prefix)
                if not offset:  # ``Forum voor [Democratie]-aanvoerder``: the whole known name
                    start = self._known_name_before(article, token, end) or start
                found.append((start, end, key(article.text[start:end])))
        return found

    def _known_name_before(self, article: _Article, token: Token, end: int) -> int | None:
        """Start of the longest known organisation that the words before a compound complete
        (``Forum voor Democratie-leider``, ``FC Den Bosch-trainer``), or of a name the article
        also writes on its own (``Lokaal Belang … Lokaal Belang-leider``)."""
        for first in range(max(0, token.i - 3), token.i):
            if not article.tokens[first].text[:1].isupper():
                continue
            start = article.tokens[first].idx
            name = article.text[start:end]
            if self.organizations.canonical(name):
                return start
            words = article.tokens[first : token.i]
            if (
                all(w.is_title and w.is_alpha and w.text not in SENTENCE_OPENERS for w in words)
                and article.text.count(name) > 1
            ):
                return start
        return None

    def _compound_people(self, article: _Article) -> list[tuple[int, int, str]]:
        """``kabinet-[Rutte]``, ``regering-[Trump]``, ``zaak-[Holleeder]``: a government, regime or
        case named after a person names that person. (start char, end char, type) of each."""
        found = []
        for token in article.tokens:
            head, hyphen, name = token.text.partition("-")
            if (
                hyphen
                and head in PERSON_COMPOUND_HEADS
                and name.istitle()
                and name.isalpha()
                and name not in self.places
                and self.organizations.canonical(name) is None
            ):
                start = token.idx + len(head) + 1
                found.append((start, start + len(name), "person"))
        return found

    def _regional_organizations(
        self, article: _Article, found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """``politie Drenthe``, ``GGD Amsterdam``, ``Provinciale Staten van Zuid-Holland``: Dutch
        public bodies organised by region are named after it; the place is then part of the
        organisation's name.
        So is ``de gemeente Enschede`` when the municipality acts (``met de gemeente X``, ``een
        wethouder van de gemeente X``); ``in de gemeente X`` is the place."""
        doc = article.doc
        result = []
        bodies: list[tuple[int, int]] = []
        for start, end, kind in found:
            states = PROVINCIAL_BODY.search(article.text, max(0, start - 30), start)
            if kind == "place" and states is not None:  # Provinciale Staten van Zuid-Holland
                bodies.append((states.start(), end))
                result.append((states.start(), end, "organization"))
                continue
            token = doc.char_span(start, end, alignment_mode="expand")
            before = doc[token.start - 1] if token is not None and token.start > 0 else None
            regional = before is not None and before.lower_ in REGIONAL_HEADS
            if (
                before is not None
                and before.lower_ in LOCAL_BODIES
                and self._place_name(article, start, end)
            ):
                words = [t.lower_ for t in doc[max(0, before.i - 2) : before.i]]
                regional = not LOCATIVE & set(words)
            place_as_organization = (
                kind == "organization" and article.text[start:end] in self.places
            )
            if regional and (kind == "place" or place_as_organization):
                result.append((before.idx, end, "organization"))
            else:
                result.append((start, end, kind))
        return [
            span
            for span in result
            if not any(b <= span[0] and span[1] <= e and span[:2] != (b, e) for b, e in bodies)
        ]

    def _place_name(self, article: _Article, start: int, end: int) -> bool:
        """Known to GeoNames or called a place by the NER: not a name only the class noun before
        it made a place (``gaf de gemeente [Bouwbedrijf Kok] een opdracht``)."""
        return article.text[start:end] in self.places or any(
            ent.start_char == start and entity_type(ent.label_) == "place"
            for ent in article.doc.ents
        )

    def _street_prefix(self, article: _Article, tokens: list[Token]) -> list[Token]:
        """``[Burgemeester] Weertsstraat``, ``[Van] Baerlestraat``: capitalised words before a street
        name are part of it."""
        last = tokens[-1].lower_
        if not _street_like(last):
            return tokens
        doc = article.doc
        i = tokens[0].i
        while (
            i > tokens[0].i - 2
            and i - 1 >= 0
            and i - 1 not in article.starts
            and doc[i - 1].is_title
            and doc[i - 1].lower_ not in ("de", "het", "een")
            and not ADJECTIVE_END.search(doc[i - 1].text)  # de [Haagse] Rijnstraat
        ):
            i -= 1
        if i and doc[i - 1].like_num and re.match(MONTHS, doc[i].text, re.IGNORECASE):
            i -= 1  # [24] Oktoberplein, [18] Septemberplein: a street named after a date
        return [*doc[i : tokens[0].i], *tokens]

    def _headed_organizations(self, article: _Article) -> list[tuple[int, int, str]]:
        """(start char, end char, type) of capitalised words ending in an organisation head
        (``Utrechts Medisch Centrum``, ``Rotterdam Hart Instituut``, ``Herseninstituut``), which
        the NER tends to cut up at the place or person name inside them (``Anne Frankschool``),
        and the town that may follow the head (``Christelijk Lyceum Zwolle``).
        After a hyphen the head makes a compound about a name (``PSV-club``), which the compound
        rule finds."""
        doc, tokens = article.doc, article.tokens
        spans = []
        for token in tokens:
            following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
            if not token.text[:1].isupper() or following is not None and following.is_title:
                continue  # the head ends the name: not Times Square
            last = token
            if token.i > 0 and self._town_after_head(article, tokens[token.i - 1]):
                token = tokens[
                    token.i - 1
                ]  # Christelijk Lyceum [Zwolle]: the name ends at the town
            start = token.i
            while (
                start not in article.starts
                and doc[start - 1].text[:1].isupper()
                and not doc[start - 1].is_punct
                and doc[start - 1].text not in SENTENCE_OPENERS
                and not is_role(doc[start - 1].text)
            ):
                start -= 1
            if (
                start > 0
                and start - 1 not in article.starts
                and doc[start - 1].text in NAME_ARTICLES
            ):
                start -= 1  # onder [Het] Amsterdams Lyceum door: capitalised inside a sentence
            words = doc[start : token.i + 1]
            lower = words.text.casefold().removesuffix(".")  # The Daily Herald[.] at a sentence end
            heads = ORGANIZATION_NAME_HEADS + (QUALIFIED_NAME_HEADS if len(words) > 1 else ())
            head = (
                next(h for h in heads if lower.endswith(h))
                if lower.endswith(heads)  # one C-level test for most words
                else None
            )
            # Basisschool at a sentence start: an everyday word, capitalised by its position
            everyday = len(words) == 1 and start in article.starts and lexicon().is_word(lower)
            if (
                head is not None
                and len(lower) - len(head) >= 3
                and lower[-len(head) - 1 :][:1] != "-"
                and not everyday
            ):
                end = last.idx + len(last.text.removesuffix("."))
                spans.append((words.start_char, end, "organization"))
        return spans

    def _town_after_head(self, article: _Article, head: Token) -> bool:
        """``Christelijk Lyceum [Zwolle]``, ``Universiteit [Leiden]``: a capitalised head with a
        known town after it that ends the name."""
        doc = article.doc
        if not (head.text[:1].isupper() and head.lower_.endswith(ORGANIZATION_HEAD_WORDS)):
            return False
        town = doc[head.i + 1] if head.i + 1 < len(doc) else None
        after = doc[town.i + 1] if town is not None and town.i + 1 < len(doc) else None
        return (
            town is not None
            and town.is_title
            and town.i not in article.starts
            and self._town(town)
            and not (after is not None and after.is_title and after.i not in article.starts)
        )

    def _described_organizations(self, article: _Article) -> list[tuple[int, int, str]]:
        """(start char, end char, type) of capitalised words after an organisation class noun
        (``basisschool De Boog``, ``de stichting Leergeld``) or of a name in quote marks after one,
        which the NER tends to miss. A known place (``de universiteit Utrecht``) or a first name
        there is left to the NER."""
        doc, tokens = article.doc, article.tokens
        spans = []
        for token in tokens[:-1]:
            start = token.i + 1
            following = tokens[start].text
            if not (following[:1].isupper() or following in OPENING_QUOTES):
                continue  # most words: checked first, as the class test is dearer
            if _described(token) != "organization" and token.lower_ not in ORGANIZATION_CLASS:
                continue
            quoted = self._quoted_name(doc, start)
            if quoted is not None:
                spans.append((quoted.start_char, quoted.end_char, "organization"))
                continue
            if token.is_title or start in article.starts:
                continue  # Stichting Leergeld: a legal name, which the NER finds whole
            if self.lexicon.is_first_name(doc[start].text):
                continue  # ontwikkelaar Erwin Slot: a person
            end = start + (doc[start].text in NAME_ARTICLES)  # basisschool De Boog
            while (
                end < len(doc)
                and doc[end].text[:1].isupper()
                and doc[end].text.replace("-", "").isalpha()  # educatieplatform F-site
                and doc[end].text not in SENTENCE_OPENERS
            ):
                end += 1
            if (
                end == start + 1
                and end + 2 <= len(doc)
                and doc[end].text in ("en", "&")
                and doc[end + 1].is_title
                and doc[end + 1].is_alpha
                and doc[end + 1].text not in SENTENCE_OPENERS
                and (end + 2 == len(doc) or not doc[end + 2].text[:1].isupper())
                and not (
                    doc[end + 1].text in self.places and not self.places.quiet(doc[end + 1].text)
                )
                and not self.organizations.canonical(doc[end + 1].text)
            ):
                end += 2  # ``de stichting Dier en Recht``: two words joined by ``en`` make one name
            name = doc[start:end]
            if end > start + (doc[start].text in NAME_ARTICLES) and name.text not in self.places:
                spans.append((name.start_char, name.end_char, "organization"))
        return spans

    @staticmethod
    def _quoted_name(doc: Doc, start: int) -> Span | None:
        """``de stichting 'Samen tegen verspilling'``: a name in quote marks after its class noun,
        capitalised and at most ``QUOTED_NAME_WORDS`` words long."""
        if start + 1 >= len(doc) or doc[start].text not in OPENING_QUOTES:
            return None
        words = doc[start + 1 : start + 2 + QUOTED_NAME_WORDS]
        close = next((t.i for t in words if t.text in CLOSING_QUOTES), None)
        if close is None or close == start + 1 or not doc[start + 1].text[:1].isupper():
            return None
        return doc[start + 1 : close]

    def _gazetteer_spans(self, article: _Article) -> list[tuple[int, int, str]]:
        """(start char, end char, type) of known names the NER may miss.

        The longest known place (up to ``PLACE_WORDS`` words) or distinctive organisation name
        (``Centraal Bureau voor de Statistiek``) at a capitalised token.
        """
        doc, tokens = article.doc, article.tokens
        spans = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not (token.text[:1].isupper() or token.text[:1].isdigit()):
                i += 1
                continue
            figure = self._public_figure(article, token)
            if figure:  # Obama, Hamilton: the person before the town of that name
                spans.append((*figure, PUBLIC_FIGURE))
                i = doc.char_span(*figure, alignment_mode="expand").end
                continue
            longest = max(PLACE_WORDS, self.organizations.words_from.get(token.text, 0))
            for length in range(longest, 0, -1):
                words = tokens[i : i + length]
                if len(words) < length or any(t.is_punct for t in words):
                    continue
                start, end = article.chars(words)
                text = article.text[start:end]
                if length > PLACE_WORDS:  # only an organisation's name is this long
                    kind = "organization" if text in self.organizations.distinctive else None
                else:
                    kind = self._known(text, sentence_start=article.opens_sentence(token))
                if kind == "place" and i > 0 and _described(tokens[i - 1]) == "organization":
                    kind = None  # het merk [Golden]: a brand that shares a town's name
                if (
                    kind
                    and length == 1
                    and (len(self._person_span(article, token)) > 1 or self._names_compound(doc, i))
                ):
                    kind = None  # [Emile] Roemer: a first name before a surname, not the town
                if kind == "organization" and _portfolio(token) and self._ministry(text):
                    kind = None  # minister van [Justitie en Veiligheid]: the portfolio
                if kind:
                    end -= text.endswith(".")  # [VS]. at a sentence end
                    spans.append((start, end, kind))
                    i += length
                    break
            else:
                name = self._person_span(article, token)
                if name:
                    kind = "organization" if _named_after_person(name[-1]) else "person"
                    spans.append((*article.chars(name), kind))
                    i = name[-1].i
                i += 1
        return spans

    def _public_figure(self, article: _Article, token: Token) -> tuple[int, int] | None:
        """(start char, end char) of a well-known person's name as news writes it (``Merkel``,
        ``Van der Staaij``, ``Poetin[s]`` without the possessive), standing alone: no capitalised
        word before or after it joins it into a longer name (``Van Gogh Museum``). A name that is
        also an everyday word (``Blok``) must stand inside a sentence."""
        doc = article.doc
        i = token.i
        if not token.text[:1].isupper() or token.text in SENTENCE_OPENERS:
            return None
        previous = doc[i - 1] if i > 0 else None
        if (
            previous is not None
            and i not in article.starts
            and previous.text[:1].isupper()
            and previous.text not in SENTENCE_OPENERS
            and not is_role(previous.text)
        ):
            return None
        for length in range(self.public_figures.words_from.get(token.text, 1), 0, -1):
            words = list(doc[i : i + length])
            if len(words) < length:
                continue
            start, end = article.chars(words)
            name = article.text[start:end]
            if not self.public_figures.full_name(name):
                if not self._possessive_figure(name, words[-1]):
                    continue
                end -= 1  # Poetins woordvoerder: the possessive
            following = doc[i + length] if i + length < len(doc) else None
            if following is not None and (
                following.is_title
                and following.i not in article.starts
                or ROMAN.fullmatch(following.text)
            ):
                return None  # Trump Tower, Van Gogh Museum; Rutte III: a cabinet
            if i in article.starts and self.lexicon.is_word(token.text):
                return None  # Snel aan het begin van een zin: an adverb
            return start, end
        return None

    def _possessive_figure(self, name: str, last: Token) -> bool:
        """``Poetins woordvoerder``, ``Trumps steun``: a public figure's possessive, followed by
        what he has; ``Dekkers van Justitie``, ``Dekkers zei`` are a surname of their own."""
        following = last.nbor() if last.i + 1 < len(last.doc) else None
        return (
            self.public_figures.of_possessive(name) is not None
            and following is not None
            and following.is_lower
            and following.is_alpha
            and following.lower_ not in STOP_WORDS
            and following.pos_ not in ("VERB", "AUX")
        )

    def _person_span(self, article: _Article, token: Token) -> list[Token]:
        """A person's name the NER missed, opening at ``token``: a first name before a surname, or
        a surname after a role (``president Trump``)."""
        return self._first_name_span(article, token) or self._titled_surname(article, token)

    def _titled_surname(self, article: _Article, token: Token) -> list[Token]:
        """``president Trump``, ``minister Hoekstra``: a role written in lower case and a
        capitalised word that is no everyday word, place or organisation; after a comma the role
        is an apposition, and the word its field (``X, hoogleraar Koreastudies``)."""
        doc = article.doc
        before = doc[token.i - 1] if token.i > 0 else None
        portfolio = _portfolio_before(token)  # [M]inister van Defensie [Bijleveld]
        if (
            before is None
            or not (portfolio or before.is_lower and before.text in ROLE_WORDS)
            or (before.i > 0 and doc[before.i - 1].text == ",")  # X, hoogleraar [Koreastudies]
            or not (token.is_title and token.is_alpha)
            or token.text in SENTENCE_OPENERS
            or self.lexicon.is_word(token.text)
            or token.text in self.places
            or self.organizations.canonical(token.text) is not None
        ):
            return []
        name = [token]
        while portfolio and len(name) < 3 and name[-1].i + 1 < len(doc):
            following = doc[name[-1].i + 1]
            if not (following.is_title and following.is_alpha) or following.i in article.starts:
                break
            name.append(following)  # minister van Justitie [Ayelet Shaked]: the NER took it all
        return self._person_tokens(article, name)

    def _first_name_span(self, article: _Article, token: Token) -> list[Token]:
        """``zegt Marit van Egmond``: a first name before a capitalised surname is a person the NER
        missed. First names that are also Dutch words are not in the list."""
        doc = article.doc
        if token.i + 1 >= len(doc) or not (
            self.lexicon.is_first_name(token.text) or self._given_name(article, token)
        ):
            return []
        previous = doc[token.i - 1] if token.i > 0 else None
        if (
            previous is not None
            and previous.is_title
            and not is_role(previous.text)
            and self._town(token, after_surname=True)
        ):
            return []  # Jan Smit [Breda] Utrecht: a town after a surname, not a first name
        following = doc[token.i + 1]
        after = _after_particles(doc, token.i + 1)  # Kees [van der] Staaij
        if not (
            following.is_title
            and following.is_alpha
            and following.text not in SENTENCE_OPENERS
            or after is not None
            and after.text[:1].isupper()
            or self._double_surname(doc, token.i + 1)
        ):
            return []
        name = self._person_tokens(article, [token])
        return [] if STREET_END.search(name[-1].lower_) else name  # Piet Heintunnel

    def _given_name(self, article: _Article, token: Token) -> bool:
        """A given name the lexicon lacks, known by what follows it: ``ten`` or ``ter`` and a
        capitalised word (``Asha ten Broeke``; not the places ``Huis ter Heide``, ``Ter Apel``), or,
        after a role, a capitalised word that is no everyday word nor place (``Kamerlid Salima
        Belhaj``). Everyday words and organisations are no given names."""
        doc = article.doc
        if not (
            token.is_title
            and token.is_alpha
            and token.text not in SENTENCE_OPENERS
            and not self.lexicon.is_word(token.text)
            and self.organizations.canonical(token.text) is None
        ):
            return False
        name = doc[token.i : token.i + 3]
        if len(name) == 3 and name[1].text in ("ten", "ter") and name[2].is_title:
            return name.text not in self.places and name[1:].text not in self.places
        surname = name[1] if len(name) > 1 else None
        return (
            token.i > 0
            and is_role(doc[token.i - 1].text)
            and surname is not None
            and surname.is_title
            and surname.is_alpha
            and not self.lexicon.is_word(surname.text)
            and surname.text not in self.places
        )

    def _ministry(self, text: str) -> bool:
        return (self.organizations.canonical(text) or "").startswith("ministerie")

    def _known(self, text: str, sentence_start: bool) -> str | None:
        if text in self.organizations.distinctive:
            return "organization"
        compass = COMPASS.match(text)
        if compass and text not in self.places and self._is_area(compass.group(2)):
            return "place"  # Oost-Europa, Noord-Afrika, Zuid-Limburg
        if self._district(text):
            return "place"
        if (
            text in self.places
            and not self.places.quiet(text)
            and not (sentence_start and " " not in text and len(text) < 5)
            and text not in SENTENCE_OPENERS
        ):
            return "place"
        return None

    # --- people ----------------------------------------------------------------------------

    def _lone_first_name(self, token: Token) -> bool:
        """``het boek [Oorlogsouders van Isabel] van Boetzelaer``: a known first name that ends an
        NER span (of its own or a longer one) right before a particle."""
        doc = token.doc
        return (
            self.lexicon.is_first_name(token.text)
            and token.ent_type_ in ("PER", "PERSON", "MISC")
            and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
        )

    def _person_tokens(self, article: _Article, tokens: list[Token]) -> list[Token]:
        """The name proper: first names, particles and a surname, extended over a first name the
        NER left out or called MISC (``[Tiny] Kox``, ``[Eva] K.``) and a surname it cut off
        (``Ton [Nabben]``), without a trailing ``van Buitenlandse Zaken``."""
        doc = article.doc
        while len(tokens) > 1 and _title(tokens[0].text):
            tokens = tokens[1:]  # [VVD-Kamerlid] Dennis Wiersma: the party is an entity of its own
        start = tokens[0].i
        particles = start
        while particles > 1 and doc[particles - 1].is_lower:
            if doc[particles - 1].lower_ not in NAME_PARTICLES:
                break
            particles -= 1
        given = doc[particles - 1]
        if (
            particles < start
            and particles not in article.starts
            and given.is_title
            and given.is_alpha
            and (
                given.ent_iob_ == "O"
                or self._lone_first_name(given)
                and not self.lexicon.is_first_name(tokens[0].text)
            )  # Robert Claasen van [Chemelot]: a name of its own; Billie Jean van [Michael Jackson]
            and not self.lexicon.is_word(given.text)
        ):
            # [Kees van der] Staaij: a lower-case particle follows a first name, which is no everyday
            # word (Blauw en [Wit] van Gantz is a party and its leader)
            start = particles - 1
        while start > 0 and start not in article.starts:
            word = doc[start - 1]
            if not (word.is_title and word.is_alpha and entity_type(word.ent_type_) is None):
                break
            if not (
                self.lexicon.is_first_name(word.text) or start > 1 and is_role(doc[start - 2].text)
            ):
                break
            start -= 1
        tokens = [*doc[start : tokens[0].i], *tokens]
        titled = tokens[0].i > 0 and is_role(doc[tokens[0].i - 1].text)
        end = tokens[-1].i + 1
        while end < len(doc):
            word = doc[end]
            nxt = _after_particles(doc, end)
            if (
                nxt is not None
                and nxt.text[:1].isupper()
                and not self._nationality(nxt.text)  # Kramsma van de [Duitse overheid]
                and not self._organization_at(article, nxt, titled)
            ):
                tokens += list(doc[end : nxt.i + 1])  # Wiebe [van Terwisga], Kees [van der Staaij]
                end = nxt.i + 1
            elif ARABIC_ARTICLE.match(word.text):
                tokens.append(word)  # Omar [al-Bashir]
                end += 1
            elif self._double_surname(doc, end):
                surname = _after_particles(doc, end + 1) or doc[end + 1]
                tokens += list(doc[end : surname.i + 1])  # Ria [Jansen-van Leeuwen]
                end = surname.i + 1
            elif (
                word.is_title
                and word.is_alpha
                and end not in article.starts
                and word.lower_ not in STOP_WORDS  # Vriese [Wanneer], Van Gelder [In] …
                and not (
                    (len(tokens) > 1 or self._public_figure_name(tokens))
                    and self._after_full_name(word)
                )  # Jan Smit [Breda], Trump [Beijing]
                and (
                    word.ent_type_ in ("", "PER", "PERSON")
                    or self._surname_after(article, doc[end - 1], word)
                )
            ):
                tokens.append(word)  # Ton [Nabben]
                end += 1
            else:
                break
        kept: list[Token] = []
        capitals = 0
        surname = False
        for token in tokens:
            if token.lower_ in NAME_PARTICLES and not kept:
                kept.append(token)  # Van Laarhoven, De Jonge
            elif token.lower_ in NAME_PARTICLES and token.is_lower:
                following = next((t for t in doc[token.i + 1 : token.i + 4] if t.is_title), None)
                double = DOUBLE_SURNAME.fullmatch(kept[-1].text)  # Jansen-van [der] Berg
                if (
                    surname
                    and not double
                    or following
                    and self._organization_at(article, following, titled)
                ):
                    break  # Stef Blok [van Buitenlandse Zaken], Dekker [van Rechtsbescherming]
                kept.append(token)
            elif token.text[:1].isupper() or token.text == "." or ARABIC_ARTICLE.match(token.text):
                if (
                    capitals
                    and not self.lexicon.is_first_name(token.text)
                    and not INITIALS.fullmatch(token.text)  # Peter R. [de Vries]: an initial
                ):
                    surname = True
                if kept and kept[-1].lower_ in NAME_PARTICLES:
                    surname = True
                capitals += token.text != "."
                kept.append(token)
            else:
                break
        while kept and kept[-1].lower_ in NAME_PARTICLES:
            kept.pop()
        return kept or tokens

    def _public_figure_name(self, tokens: list[Token]) -> bool:
        return self.public_figures.full_name(" ".join(t.text for t in tokens)) is not None

    def _names_compound(self, doc: Doc, i: int) -> bool:
        """``de [Emma] Jansen-generatie``: a first name before a compound that opens with a surname
        belongs to the name inside the compound."""
        compound = doc[i + 1] if i + 1 < len(doc) else None
        if compound is None or not self.lexicon.is_first_name(doc[i].text):
            return False
        name, _, head = compound.text.rpartition("-")
        return name.istitle() and name.isalpha() and head.islower() and head.isalpha()

    @staticmethod
    def _double_surname(doc: Doc, i: int) -> bool:
        """``Jansen-van Leeuwen``, ``Smit-de la Rie``: a double surname at ``i``, its first part
        and the second's particle one token, the rest of the second capitalised."""
        if i + 1 >= len(doc) or not DOUBLE_SURNAME.fullmatch(doc[i].text):
            return False
        surname = _after_particles(doc, i + 1) or doc[i + 1]
        return surname.is_title and surname.is_alpha

    def _surname_after(self, article: _Article, given: Token, word: Token) -> bool:
        """Sanne [Wolthuizen]: a one-word span of another type right after a first name is its
        surname when it is no everyday word and no known place or organisation."""
        return (
            self.lexicon.is_first_name(given.text)
            and word.ent_iob_ == "B"
            and (word.i + 1 >= len(article.doc) or article.doc[word.i + 1].ent_iob_ != "I")
            and not self.lexicon.is_word(word.text)
            and word.text not in self.places
            and self.organizations.canonical(word.text) is None
        )

    def _organization_at(self, article: _Article, token: Token, titled: bool = False) -> bool:
        """A known organisation's name starts here, or after a title an abstract noun: ``Koolmees
        van [Sociale Zaken]``, ``minister Dekker van [Rechtsbescherming]`` are a minister and his
        ministry, not a surname with a particle (``Timo van Zolingen`` has no title)."""
        doc = article.doc
        return (
            titled
            and (bool(NOUN_END.search(token.lower_)) or token.lower_ in PORTFOLIOS)
            or any(
                self.organizations.canonical(_text(article, list(doc[token.i : token.i + n])))
                for n in (1, 2, 3)
                if token.i + n <= len(doc)
            )
        )

    def _unglued(
        self, article: _Article, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """``[Moet] Ghosn cel weer in?``, ``Hockney [Hartelijk] dank``, ``[Van] Martha weet niet``: a
        flattened headline or sentence start glues an everyday word or a particle to a name the
        article names otherwise (``Carlos Ghosn``, ``David Hockney``, ``Martha``); it is no part of
        that name. A name only ever written whole (``So Yi Lam``) keeps its first word."""
        doc = article.doc
        names: list[tuple[str, ...]] = []
        for start, end, kind in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if kind == "person" and span is not None:
                names.append(tuple(t.text for t in span if not t.is_punct))

        def named_otherwise(rest: tuple[str, ...], glued: str) -> bool:
            """``rest`` is another mention, or the tail of a longer name without ``glued``."""
            return any(
                name == rest
                or len(name) > len(rest)
                and name[-len(rest) :] == rest
                and name[-len(rest) - 1].casefold() != glued.casefold()
                for name in names
            )

        result = []
        for start, end, kind in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            tokens = [t for t in span if not t.is_punct] if span is not None else []
            if kind == "person" and len(tokens) >= 2:
                words = tuple(t.text for t in tokens)
                first, last = tokens[0], tokens[-1]
                if (
                    first.i in article.starts
                    and self._glued_word(first.text)
                    and named_otherwise(words[1:], first.text)
                ):
                    start = tokens[1].idx
                elif (
                    self._glued_word(last.text)
                    and last.lower_ not in NAME_PARTICLES
                    and any(
                        len(name) > len(words) - 1 and name[-len(words) + 1 :] == words[:-1]
                        for name in names
                    )
                ):
                    end = tokens[-2].idx + len(tokens[-2].text)
                elif len(tokens) == 2 and all(
                    self._surname_named(t.text, names, words) for t in tokens
                ):
                    result += [(t.idx, t.idx + len(t.text), kind) for t in tokens]
                    continue  # dat Mueller Trump niet vrijpleit: two people the article names
            result.append((start, end, kind))
        return result

    def _surname_named(
        self, word: str, names: list[tuple[str, ...]], glued: tuple[str, ...]
    ) -> bool:
        """A word, no first name nor particle, that ends another person's mention (``Trump``,
        ``Robert Mueller``)."""
        return (
            not self.lexicon.is_first_name(word)
            and word.casefold() not in NAME_PARTICLES
            and any(name and name[-1] == word and name != glued for name in names)
        )

    def _glued_word(self, word: str) -> bool:
        """An everyday word or a particle that no first name is: ``Moet``, ``Hartelijk``, ``Van``,
        also a noun never inflected (``Eer``, ``Zelfvertrouwen``): callers only cut it off a name
        the article writes elsewhere without it."""
        return (
            self.lexicon.is_common_word(word) or word.casefold() in NAME_PARTICLES
        ) and not self.lexicon.is_first_name(word)

    def _add_person(self, article: _Article, start: int, end: int, people: list[_Entity]) -> None:
        doc = article.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        tokens = list(span)
        roles = []
        while tokens and (
            is_role(tokens[0].text)
            or tokens[0].text.rstrip(".").casefold() in TITLES
            or tokens[0].is_lower
            and tokens[0].lower_ not in NAME_PARTICLES
            or self._word_before_name(tokens)
        ):
            if is_role(tokens[0].text):
                roles.append(tokens[0].text)
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct and tokens[-1].text != "." or tokens[-1].is_lower):
            tokens.pop()
        if not tokens:
            return
        first, last = article.chars(tokens)
        start, end = max(start, first), min(end, last)  # also a name inside a word: zaak-[X]
        name = article.text[start:end]
        person = self._find_person(name, people)
        if person is None and name.endswith("s") and len(name) > 3:
            person = self._find_person(name[:-1], people)  # possessive: Tusks → Tusk
            if person is not None or self._possessive_figure(name, tokens[-1]):
                end -= 1
                name = name[:-1]
        if person is None:
            person = _Entity("person", name)
            people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        person.mentions.append((start, end))
        for role in roles + self._roles_around(article, tokens[0], tokens[-1]):
            person.add_role(role)

    def _word_before_name(self, tokens: list[Token]) -> bool:
        """``[Kunsthistoricus] Martin Kemp``, ``[Nee] Hans``, ``[Impact] Retaildeskundige Cor``: a
        capitalised everyday word before a first name or a role opens a sentence or a flattened
        headline; no Dutch name puts a word before its first name. Nicknames do, with an
        inflected adjective or a kinship word in -e (``Lange Frans``, ``Ome Ed``), and an initial
        is no word (``D. Martin``)."""
        word = tokens[0].text
        return (
            len(tokens) > 1
            and word[:1].isupper()
            and word.isalpha()
            and not word.endswith("e")
            and self.lexicon.is_common_word(word)
            and not self.lexicon.is_first_name(word)
            and (self.lexicon.is_first_name(tokens[1].text) or is_role(tokens[1].text))
        )

    @staticmethod
    def _find_person(name: str, people: list[_Entity]) -> _Entity | None:
        """The most recent person this name refers to: same name, or one is the other's tail."""
        words = key(name).split()
        for person in reversed(people):
            known = key(person.name).split()
            if not words or not known:
                continue
            shorter, longer = sorted((words, known), key=len)
            if (
                longer[-len(shorter) :] == shorter
                or (len(shorter) == 1 and shorter[0] == longer[0])
                or _written_again(name, person.name)
            ):
                return person
        return None

    @staticmethod
    def _roles_around(article: _Article, first: Token, last: Token) -> list[str]:
        """Pre-modifier titles (``de Oekraïense president``, ``kweker Arnoud``, ``minister van
        Financiën Wopke Hoekstra``, ``hoogleraar strafrecht Henny Sackers``) and appositions (``, de
        minister,``, ``, een kunstschilder uit …``)."""
        doc = article.doc
        shared = _shared_title(first)
        roles = [shared] if shared else []
        i = _before_body(doc, first.i - 1)
        if 0 <= i < first.i - 1 and (is_role(doc[i].text) or _occupation(doc[i])):
            roles.append(_role_form(doc[i]))  # minister van Financiën [Wopke Hoekstra]
            i -= 1
        elif (
            i > 0
            and i + 1 not in article.starts
            and doc[i].is_lower
            and doc[i].is_alpha
            and (doc[i].pos_ == "NOUN" or FIELD_END.search(doc[i].lower_))
            and doc[i].lower_ not in STOP_WORDS
            and not _occupation(doc[i])
            and is_role(doc[i - 1].text)
        ):
            i -= 1  # hoogleraar [strafrecht] Henny Sackers: the field after the title
        while i >= 0 and i + 1 not in article.starts:
            word = doc[i]
            if is_role(word.text) or _occupation(word) and _title_position(word):
                roles.append(_role_form(word))
            elif (
                word.lower_ == "en"
                and roles
                and i > 0
                and (is_role(doc[i - 1].text) or _occupation(doc[i - 1]))
            ):
                pass  # Lega-leider [en] vicepremier Matteo Salvini: two roles
            elif (
                not (word.text[:1].isupper() and ADJECTIVE_END.search(word.text))
                and word.lower_ not in ROLE_ADJECTIVES
            ):
                break
            i -= 1
        after = last.i + 1
        age = doc[after : after + 3]
        if len(age) == 3 and age[0].text == "(" and age[1].is_digit and age[2].text == ")":
            after += 3  # Jan Smit (45), boer uit Drenthe: past the age
        following = doc[after : after + 5]
        if len(following) >= 2 and following[0].text in (",", "("):
            described = True  # only articles and adjectives so far: an occupation noun counts
            for word in following[1:]:
                if is_role(word.text) or described and _occupation(word):
                    next_word = doc[word.i + 1] if word.i + 1 < len(doc) else None
                    named = next_word is not None and (
                        entity_type(next_word.ent_type_) == "person"
                        or lexicon().is_first_name(next_word.text)
                    )
                    if not named:  # ``X, BIJ1-aanvoerster Y en Z``: the title of the next name
                        roles.append(_role_form(word))
                        roles += _joined_role(doc, word.i)
                    break
                if word.is_punct or word.lower_ in RELATIVES:
                    break  # X, die door de journalist …: a clause about X, no apposition
                described = described and (
                    word.lower_ in ("de", "het", "een") or word.pos_ == "ADJ"
                )
        return roles

    def _drop_word_people(self, article: _Article, people: list[_Entity]) -> None:
        """``Waardig``, ``Transport``, ``Enschedeërs``: a "person" only ever written as one everyday
        word or as the inhabitants of a town, without a role or an affiliation (``Wit van de FNV``), is
        a capitalised word, a title or a group; news introduces a person in one of those ways. A
        word that only ever opens a sentence (``Vertrouw je …?``, ``Holle frasen.``) needs only the
        wider lemma index to count as everyday, unless it is listed with another name (``Pilatus en
        Kees``)."""
        people[:] = [
            p
            for p in people
            if p.roles
            or " " in p.name
            or self.public_figures.full_name(p.name)  # Klaver, Blok
            or not (
                self.lexicon.is_word(p.name)
                or self._plural_inhabitants(p.name)
                or p.name not in article.inner_capitals
                and self.lexicon.is_common_word(p.name)
                and not self.lexicon.is_first_name(p.name)
                and not any(LISTED_WITH_A_NAME.match(article.text, end) for _, end in p.mentions)
            )
            or any(AFFILIATION.match(article.text, end) for _, end in p.mentions)
        ]

    def _drop_lone_words(self, article: _Article, people: list[_Entity], cued: set[int]) -> None:
        """A one-word "person" written once, with no role, that is neither a first name nor a
        public figure (``Rammstein``, ``Pinksteren``, ``Breesaap``) is more often a band, a feast or a
        firm than a person: news introduces a person by full name, first name or role, and only
        public figures go by their surname alone. Of the records this drops from the gold articles,
        31 % were right on the error-analysis sets and 20 % on the unseen pool, where all people
        records are right for 91 % and 86 %. A cue, a person noun before the name or in apposition,
        a body after it or sports results keep it."""
        people[:] = [
            p
            for p in people
            if len(p.mentions) > 1
            or p.roles
            or p.mentions[0][0] in cued  # a cue beyond the NER label: de heer Zwolle
            or " " in p.name
            or self.lexicon.is_first_name(p.name)
            or self.public_figures.full_name(p.name)
            or self.public_figures.of_possessive(p.name)  # Baudets
            or RESULT_COUNTRY.match(article.text, p.mentions[0][1]) is not None  # Mayer (Arg)
            or AFFILIATION.match(article.text, p.mentions[0][1]) is not None  # Wit van de FNV
            or _introduced_as_person(article, p.mentions[0])
        ]

    @staticmethod
    def _merge_misspelt(people: list[_Entity]) -> None:
        """``Netanhayu`` beside ``Benjamin Netanyahu``: a one-word name that is a slip of another
        person's surname (two letters swapped, one letter off) is that person."""
        for person in list(people):
            name = person.name
            if " " in name or len(name) < 6:
                continue
            for other in people:
                surname = other.name.split()[-1]
                if other is not person and _slip(name, surname):
                    other.mentions += person.mentions
                    people.remove(person)
                    break

    def _first_names_among_people(
        self, article: _Article, people: list[_Entity], place_list: list[_Entity]
    ) -> None:
        """``Ron en Miranda Schell``, ``Ingrid, Dick en Jos``: a first name listed with people is a
        person, whatever town bears it; before ``en`` and a full name it shares that surname."""
        starts = {s: p for p in people for s, _ in p.mentions}
        ends = {e for p in people for _, e in p.mentions}
        tokens = article.tokens
        for place in list(place_list):
            if " " in place.name or not self.lexicon.is_first_name(place.name):
                continue
            spans = [article.doc.char_span(s, e) for s, e in place.mentions]
            if any(span is None or len(span) != 1 for span in spans):
                continue
            listed = [
                (
                    i > 1
                    and tokens[i - 1].lower_ in LISTING
                    and tokens[i - 2].idx + len(tokens[i - 2]) in ends,
                    starts.get(tokens[i + 2].idx)
                    if i + 2 < len(tokens) and tokens[i + 1].lower_ in LISTING
                    else None,
                )
                for i in (span.start for span in spans)
            ]
            if not all(before or after for before, after in listed):
                continue
            place_list.remove(place)
            name = place.name
            partner = next((after for _, after in listed if after is not None), None)
            if partner is not None and self.lexicon.is_first_name(partner.name.split()[0]):
                name = " ".join([name, *partner.name.split()[1:]])  # Ron [Schell]
            people.append(_Entity("person", name, place.mentions))
            starts.update((s, people[-1]) for s, _ in place.mentions)
            ends.update(e for _, e in place.mentions)

    def _plural_inhabitants(self, word: str) -> bool:
        """``Enschedeërs``, ``Leidenaren``: a plural; the singular (``Berger``) can be a surname."""
        return word.endswith(("s", "n")) and self.places.is_inhabitant(word)

    def _known_people(
        self, article: _Article, people: list[_Entity], unresolved: list[tuple[int, int]]
    ) -> None:
        """Names the NER mislabelled (``Huzen`` as MISC) are mentions of a person the article names;
        an unknown name coordinated with a person (``tussen Kim en Trump``) is a person too."""
        for start, end in unresolved:
            name = article.text[start:end]
            person = self._find_person(name, people)
            if person is None and name.endswith("s"):
                person, end = self._find_person(name[:-1], people), end - 1
            if person is not None and (start, end) not in person.mentions:
                person.mentions.append((start, end))
            elif person is None and self._coordinated_with_person(article, start, end, people):
                people.append(_Entity("person", name, [(start, end)]))

    def _coordinated_with_person(
        self, article: _Article, start: int, end: int, people: list[_Entity]
    ) -> bool:
        """One unknown word joined by ``en``, ``of`` or ``als`` to a person's mention; not an
        everyday word, nor one the NER took for a place or organisation (``Hongaars en Romani``)."""
        span = article.doc.char_span(start, end)
        if span is None or len(span) != 1:
            return False
        named = entity_type(span[0].ent_type_) in ("place", "organization")
        if (self.lexicon.is_common_word if named else self.lexicon.is_word)(span.text):
            return False
        doc = article.doc
        starts = {s for p in people for s, _ in p.mentions}
        ends = {e for p in people for _, e in p.mentions}
        before = doc[max(0, span.start - 2) : span.start]
        after = doc[span.end : span.end + 2]
        return (
            len(before) == 2
            and before[1].lower_ in COORDINATORS
            and before[0].idx + len(before[0]) in ends
            or len(after) == 2
            and after[0].lower_ in COORDINATORS
            and after[1].idx in starts
        )

    def _role_mentions(self, article: _Article, people: list[_Entity], spans: list) -> None:
        """``de Navo-baas`` later on refers to the one person whose role it names."""
        tokens = article.tokens
        covered = [(s, e) for s, e, _ in spans]
        for token in tokens[1:]:
            if tokens[token.i - 1].lower_ not in ("de", "het") or not is_role(token.text):
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

    def _add_organization(
        self, article: _Article, start: int, end: int, orgs: list[_Entity]
    ) -> None:
        name = article.text[start:end]
        site = WEBSITE.search(name) and name.rsplit(".", 1)[0]  # Parool.nl is Het Parool's site
        canonical = (
            self.organizations.canonical(name)
            or (site and self.organizations.canonical(site))
            or self.organizations.fuzzy(name)
        )
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

    def _add_place(
        self, article: _Article, start: int, end: int, place_list: list[_Entity]
    ) -> None:
        name = article.text[start:end]
        elided = ELIDED_HEAD.match(article.text, end) if name.endswith("-") else None
        if elided:
            name += elided.group(1)  # West- en Oost-Europa: the mention names West-Europa
        for place in place_list:
            if key(place.name) == key(name):
                place.mentions.append((start, end))
                return
        place_list.append(_Entity("place", name, [(start, end)]))

    def _link_places(self, article: _Article, place_list: list[_Entity]) -> None:
        """Countries and unambiguous names first; they set the context for the ambiguous ones.
        A place that does not link but is a slip for a linked one (``Bergen om Zoom``) joins it, and
        so does the short form of a town named with a preposition (``Alphen`` of ``Alphen aan den
        Rijn``). The home country counts as named; a class noun before the name (``de provincie
        Groningen``, ``de staat Washington``) chooses among places of that name."""
        for place in list(place_list):
            full = next((p for p in place_list if _short_form(place.name, p.name)), None)
            if full is not None:
                full.mentions += place.mentions
                place_list.remove(place)
        context = {self.home_country} if self.home_country else set()
        for place in place_list:
            candidates = self.places.candidates(place.name)
            if len({c.country for c in candidates}) == 1:
                context.add(candidates[0].country or "")
        for place in place_list:
            kinds = {
                kind
                for start, _ in place.mentions
                for kind in PLACE_CLASS_KINDS.get(_word_before(article, start), ())
            }
            entry = self.places.link(
                place.name, frozenset(context), frozenset(kinds)
            ) or self.places.link_region(place.name, frozenset(context))
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
        for place in [p for p in place_list if p.place is None]:
            twin = next(
                (
                    p
                    for p in place_list
                    if p.place is not None
                    and fuzz.ratio(p.name, place.name, processor=utils.default_process)
                    >= self.fuzzy_threshold
                ),
                None,
            )
            if twin is not None:
                twin.mentions += place.mentions
                place_list.remove(place)
        # an unlinked place (a street, a district, a building) lies in the country most of the
        # article's linked places lie in; of two as common, the one named nearest to it
        located = [
            (start, p.place.country)
            for p in place_list
            if p.place is not None and p.place.country
            for start, _ in p.mentions
        ]
        counts = Counter(country for _, country in located)
        for place in place_list:
            if place.place is None and located and not MACRO_REGION.search(place.name):
                first = min(start for start, _ in place.mentions)
                nearest = min(located, key=lambda m: abs(m[0] - first))[1]
                place.country = max(counts, key=lambda c: (counts[c], c == nearest))

    def _reclaim_names(
        self, article: _Article, people: list[_Entity], entities: list[_Entity], cued: set[int]
    ) -> None:
        """Undo NER slips on places and organisations: a person's name or part of it (``Wiebe``,
        ``Hannah Huizenga``) becomes mentions of that person, and an unknown one-word name opening
        a sentence (``Opkomst``) is dropped unless a cue typed it (``Windkracht, het consortium
        van …``). ``Mays positie``: a person's possessive is theirs too."""
        starts = {article.doc[i].idx for i in article.starts}
        for place in list(entities):
            words = key(place.name).split()
            if place.type == "organization" and self.organizations.canonical(place.name):
                # a table name that is also the surname of a person in the article (Janssen) is
                # that person
                surname = place.name in self.organizations.ambiguous and any(
                    key(p.name).split()[1:] == words for p in people
                )
                if not surname:
                    continue
            if place.type == "organization" and any(
                w.endswith(PER_ORGANIZATION_HEADS) for w in words
            ):
                continue  # Trump Organization, Anne Frank Stichting: named after a person
            possessive = [words[0][:-1]] if len(words) == 1 and words[0].endswith("s") else None
            owner = next(
                (
                    p
                    for p in people
                    if words
                    and (
                        set(words) <= set(key(p.name).split())
                        or set(key(p.name).split()) <= set(words)
                        and len(words) <= 3
                        or possessive is not None
                        and set(possessive) <= set(key(p.name).split())
                        and place.place is None
                    )
                ),
                None,
            )
            if owner is not None:
                owner.mentions += place.mentions
                if len(words) > len(key(owner.name).split()):
                    owner.name = place.name
                entities.remove(place)
            elif (
                place.place is None
                and len(words) == 1
                and all(start in starts and start not in cued for start, _ in place.mentions)
            ):
                entities.remove(place)

    @staticmethod
    def _record(entity_id: str, entity: _Entity) -> dict[str, Any]:
        place = entity.place
        return {
            "id": entity_id,
            "type": entity.type,
            "name": entity.name,
            "mentions": [list(m) for m in sorted(set(entity.mentions))],
            "roles": entity.roles,
            "canonical": entity.canonical,
            "geonames_id": place.geonames_id if place else None,
            "country": place.country if place else entity.country,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "kind": place.kind if place else None,
        }


def _occupation(token: Token) -> bool:
    """A lower-case noun for what somebody does (``kweker``, ``columnisten``, ``oud-chauffeur``),
    not who they are to others (``buurman``) or what befell them (``slachtoffer``); capitalised
    at a sentence start, where the tagger often reads it as a name (``Wijkagent X``)."""
    form = _role_form(token)
    head = token.lower_.rsplit("-", 1)[-1]
    return (
        (token.is_lower or token.is_title and token.is_sent_start)
        and (token.pos_ == "NOUN" or token.is_sent_start and token.pos_ == "PROPN")
        and (len(head) > 3 and bool(OCCUPATION_END.search(form)) or form.endswith(OCCUPATIONS))
        and not head.endswith(NOT_OCCUPATIONS)
        and head not in ("man", "vrouw")
        and not places().is_inhabitant(token.text)  # Eindhovenaar opening a sentence
    )


def _shared_title(first: Token) -> str | None:
    """``de columnisten Heleen Mees en [Asha ten Broeke]``: a plural title before the name the
    ``en`` joins this one to is this person's too (``columnist``)."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].lower_ != "en":
        return None
    j = first.i - 2
    while j > 0 and (doc[j].text[:1].isupper() or doc[j].lower_ in NAME_PARTICLES):
        j -= 1
    title = doc[j]
    plural = j < first.i - 2 and "Plur" in title.morph.get("Number")
    return _role_form(title) if plural and (is_role(title.lemma_) or _occupation(title)) else None


def _word_before(article: _Article, start: int) -> str:
    """The lower-case word right before the character offset ``start``."""
    words = article.text[max(0, start - 30) : start].split()
    return words[-1].casefold() if words else ""


def _agentive(token: Token) -> bool:
    """A class noun that can name a person as well as a firm: ``projectontwikkelaar``,
    ``fabrikant``, ``uitgever``."""
    return bool(OCCUPATION_END.search(token.lower_))


def _joined_role(doc: Doc, i: int) -> list[str]:
    """``X (oud-wethouder en oud-raadslid in Y)``, ``X, minister van Volksgezondheid en zelf arts``:
    a second role joined by ``en`` to the apposition's role at ``i``, past its body."""
    j = _after_body(doc, i + 1)
    if j >= len(doc) or doc[j].lower_ != "en":
        return []
    for word in doc[j + 1 : j + 4]:
        if is_role(word.text) or _occupation(word):
            return [_role_form(word)]
        if not (
            word.lower_ in ROLE_ADJECTIVES or word.lower_ in ("zelf", "ook") or word.pos_ == "ADJ"
        ):
            break
    return []


def _after_body(doc: Doc, i: int) -> int:
    """The index after ``van`` and a body's capitalised name from ``i`` on (``[van
    Volksgezondheid]``, ``[van de ANWB]``); ``i`` itself when there is none."""
    if i >= len(doc) or doc[i].lower_ != "van":
        return i
    start = i + 1
    while start < len(doc) and doc[start].lower_ in ("de", "het"):
        start += 1
    end = start
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    return end if end > start else i


def _title_position(token: Token) -> bool:
    """Where a title stands: not right after a name (``van OCCRP [erkent] Vardanyan`` is a verb the
    tagger took for a noun)."""
    return token.i == 0 or token.doc[token.i - 1].pos_ != "PROPN"


def _role_form(token: Token) -> str:
    """A role as one person holds it: ``de columnisten X en Y`` make each a ``columnist``."""
    if token.is_lower and "Plur" in token.morph.get("Number") and token.lemma_.isalpha():
        return token.lemma_
    first = token.lower_.split("-", 1)[0]
    capitalised = token.text[:1].isupper() and token.text[1:].islower()
    plain = "-" not in token.text or first in ROLE_PREFIXES  # not Navo-chef
    return token.lower_ if capitalised and plain and token.is_sent_start else token.text


def _before_body(doc: Doc, i: int) -> int:
    """The index of the word before ``van`` + a body's capitalised name that ends at ``i``
    (``minister [van Financiën]``, ``woordvoerder [van de ANWB]``); ``i`` itself when there is none."""
    j = i
    while (
        j > 0 and j > i - 6 and (doc[j].text[:1].isupper() or doc[j].lower_ in ("en", "de", "het"))
    ):
        j -= 1
    if j < i and doc[j].lower_ == "van" and doc[i].text[:1].isupper() and not is_role(doc[i].text):
        return j - 1
    return i


def _text(article: _Article, tokens: list[Token]) -> str:
    start, end = article.chars(tokens)
    return article.text[start:end]


def _name_like(tokens: list[Token]) -> bool:
    """Capitalised words and name particles only: ``Lara Sint Jago``, not ``Poch aan Argentinië`` nor
    a compound with a common-noun head (``CDA-raadslid``)."""
    return bool(tokens) and all(
        (t.text[:1].isupper() or t.text[:1].isdigit())
        and not t.text.rpartition("-")[2].islower()
        or t.lower_ in NAME_PARTICLES
        or t.text == "."
        for t in tokens
    )


def _written_again(name: str, other: str) -> bool:
    """``Lilianne``/``Lilian Marijnissen``, ``André F. Troost``/``André Troost``, ``Sonja van der
    Graaf``/``Sonja de Graaf``, ``Yvonne van de Bij-Verheul``/``Yvonne Verheul``: one person written
    twice, with the same surname (or its second part), a first name that is the other's start and
    only particles or initials between them."""
    a, b = name.casefold().split(), other.casefold().split()
    if len(a) < 2 or len(b) < 2 or a == b:
        return False
    same_surname = a[-1] == b[-1] or a[-1].endswith("-" + b[-1]) or b[-1].endswith("-" + a[-1])
    first, second = sorted((a[0], b[0]), key=len)
    same_first = second.startswith(first) and (len(first) >= 4 or first == second)
    between = a[1:-1] + b[1:-1]
    return (
        same_surname
        and same_first
        and all(w in NAME_PARTICLES or INITIALS.fullmatch(w) for w in between)
    )


def _slip(word: str, other: str) -> bool:
    """A typing slip: the same word but for two swapped letters or one letter more, less or other."""
    return (
        word != other
        and word[0] == other[0]
        and (sorted(word) == sorted(other) or Levenshtein.distance(word, other) == 1)
    )


def _crossing(name: str) -> list[tuple[int, int]]:
    """``Hurksestraat-Dillenburgstraat``, ``Parkweg/Stationsplein``: a crossing of two streets,
    each a place; (start, end) of each street in ``name``, or none."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^-/]+", name)]
    streets = [
        name[a:b] for a, b in parts if len(name[a:b]) > 6 and _street_like(name[a:b].lower())
    ]
    return parts if len(parts) > 1 and len(streets) == len(parts) else []


def _site(token: Token) -> bool:
    """``op de Wadden``, ``in de Jaarbeurs``: a capitalised word with a place label after a preposition
    of place and ``de`` names the site, though it is also an everyday word (``de jaarbeurs`` is any
    fair). After ``het`` such a word is more often an institution (``in het Koninkrijk``)."""
    doc = token.doc
    return (
        token.i > 1
        and doc[token.i - 1].lower_ == "de"
        and doc[token.i - 2].lower_ in SITE_PREPOSITIONS
    )


def _without_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of overlapping spans (a name extended over a neighbour's span), the longest."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if not any(span[0] < other[1] and other[0] < span[1] for other in kept):
            kept.append(span)
    return sorted(kept)


def _defined_by_acronyms(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``[Centraal Orgaan] opvang Asielzoekers (COA)``: the words up to an acronym in brackets
    whose letters are the capitals of them all belong to the organisation the NER cut short; a
    mention inside them goes."""
    spans, grown = [], []
    for start, end, kind in found:
        definition = ACRONYM_DEFINITION.match(text, end)
        if (
            kind == "organization"
            and definition
            and _acronym(definition[2])
            and _initials(text[start : definition.end(1)]).upper() == definition[2].upper()
        ):
            end = definition.end(1)
            grown.append((start, end))
        spans.append((start, end, kind))
    return [
        (start, end, kind)
        for start, end, kind in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in grown)
    ]


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words (``Centraal Orgaan opvang Asielzoekers`` →
    ``COA``)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _acronym(text: str) -> bool:
    """``GVVV``, ``RIEC``, ``GfK``, ``PvdA``: capitals make an acronym; people are never written so."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return " " not in text and (
        len(letters) >= 2 and capitals == len(letters) or len(text) <= 4 and capitals >= 2
    )


def _portfolio_before(token: Token) -> bool:
    """``minister van Defensie [Bijleveld]``: an office and its one-word portfolio before a name."""
    doc, i = token.doc, token.i
    return (
        i >= 3
        and doc[i - 1].lower_ in PORTFOLIOS
        and doc[i - 2].lower_ == "van"
        and doc[i - 3].lower_ in PORTFOLIO_HOLDERS
    )


def _described(before: Token) -> str | None:
    """The type a class noun right before a name gives it: ``de regeringspartij [Smer]``,
    ``Jongerenbeweging [Dwarsligger]``."""
    word = before.lower_
    if before.is_title and _class_compound(before.text):
        return "organization"
    if not (before.is_lower and before.is_alpha) or is_role(word) or word.endswith(NON_NAME_HEADS):
        return None  # a role; a steekpartij is no party
    # the diminutive describes as well: het dorpje X, het bedrijfje X
    forms = (word, word.removesuffix("je"), word.removesuffix("tje"))
    if any(form.endswith(ORGANIZATION_CLASS) for form in forms):
        return "organization"
    if any(form.endswith(PLACE_CLASS) for form in forms):
        return "place"
    return None


def _affiliation(first: Token, kind: str | None) -> bool:
    """``Dominick Woltering van [Aventus]``, ``Segers van de [ChristenUnie]``: news introduces a
    person with the body they speak for; an unknown name there is an organisation. A PER span counts
    only after a full name (``Robert Claasen van [Chemelot]``): after one word it may be a surname."""
    doc = first.doc
    i = first.i - 1
    if i > 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    if not (i > 0 and doc[i].lower_ == "van" and doc[i - 1].ent_type_ in ("PER", "PERSON")):
        return False
    return kind in (None, "place") or kind == "person" and doc[i - 1].ent_iob_ == "I"


def _introduced_as_person(article: _Article, mention: tuple[int, int]) -> bool:
    """``het meisje Humeyra``, ``Elze, de moeder van Anne Faber``: a noun for a person right before
    the name or in an apposition after it."""
    span = article.doc.char_span(*mention)
    if span is None:
        return False
    before = article.tokens[span.start - 1].lower_ if span.start else ""
    noun = next((w for w in _apposed_words(span[-1]) if w.pos_ != "ADJ"), None)
    return any(
        word and (word in KIN_WORDS or word in INTRODUCING_NOUNS or is_role(word))
        for word in (before, noun.lower_ if noun is not None else "")
    )


def _after_particles(doc: Doc, start: int) -> Token | None:
    """The word after a run of name particles that begins at ``start`` (``van der`` → Staaij);
    None when no particle begins there or the run ends the Doc."""
    run = start
    while run < len(doc) and doc[run].lower_ in NAME_PARTICLES:
        run += 1
    return doc[run] if start < run < len(doc) else None


def _apposition(last: Token) -> str | None:
    """The type a class noun in an apposition right after a name gives it: ``[Blauwwind], het
    consortium van …``, ``[Ørsted], een Deens energiebedrijf``, ``[Made], een dorp bij Breda``."""
    for word in _apposed_words(last):
        described = _described(word)
        if described or word.pos_ != "ADJ":
            return described
    return None


def _apposed_words(last: Token) -> Span:
    """The words after ``, de``/``, het``/``, een`` right after a name (up to three), where an
    apposition says what it names; empty when none follows."""
    following = last.doc[last.i + 1 : last.i + 6]
    if len(following) < 3 or following[0].text != "," or following[1].lower_ not in DETERMINERS:
        return following[0:0]
    return following[2:]


def _led_body(first: Token) -> bool:
    """``topman van [Bertelsmann]``, ``voorzitter van de [KNVB]``: what a leader leads is a body."""
    doc = first.doc
    i = first.i - 1
    if i > 0 and doc[i].lower_ in ("de", "het"):
        i -= 1
    return i > 0 and doc[i].lower_ == "van" and doc[i - 1].lower_.endswith(ORGANIZATION_LEADERS)


def _class_compound(word: str) -> bool:
    """``Jongerenbeweging``, ``Regeringspartij``: a compound with an organisation class noun as its
    head describes the name after it, also where a capital (a sentence start) makes it look part of
    it; names themselves take the bare noun (``Stichting Wakker Dier``, ``Omroep Brabant``)."""
    lower = word.casefold()
    if not (word.isalpha() and lower.endswith(ORGANIZATION_CLASS)):
        return False
    # Modeketen, Sportclub: a short first part that is a word of its own (not Rabobank)
    described = any(
        lower.endswith(c)
        and (len(lower) - len(c) >= 5 or lexicon().is_word(lower[: -len(c)].rstrip("s")))
        for c in ORGANIZATION_CLASS
    )
    return described and not is_role(word) and not lower.endswith(NON_NAME_HEADS)


def _purpose_organizations(article: _Article) -> list[tuple[int, int, str]]:
    """(start char, end char, type) of names of a body and its purpose: ``Centrum voor
    Bevolkingsonderzoek``, ``Nederlands Instituut voor Beeld en Geluid``, ``Planbureau voor de
    Leefomgeving``, ``Alliantie tegen Kinderarbeid``: a capitalised class noun, ``voor`` or
    ``tegen`` and capitalised words (``en`` or a comma between them); also a body named by its
    members or seat after ``van`` (``Vereniging van Zorgaanbieders``). A ministry is named so with
    ``van`` (``het ministerie van Onderwijs, Cultuur en Wetenschap``), whatever the country or the
    portfolio."""
    doc, tokens = article.doc, article.tokens
    spans = []
    for token in tokens[:-2]:
        lower = token.lower_
        linked = tokens[token.i + 1].lower_
        ministry = lower == "ministerie" and linked == "van"
        if not (
            ministry
            or token.is_title
            and (
                linked in ("voor", "tegen")
                and lower.endswith(PURPOSE_HEADS)
                or linked == "van"
                and lower.endswith(MEMBERSHIP_HEADS)
            )
        ):
            continue
        end = token.i + 2
        if doc[end].lower_ in ("de", "het"):
            end += 1
        run = end
        while (
            run < len(doc)
            and doc[run].is_title
            or (
                run + 1 < len(doc)
                and doc[run].lower_ in ("en", ",")
                and doc[run + 1].is_title
                and run > end
            )
        ):
            run += 1
        if run == end:
            continue
        start = token.i
        while (
            not ministry  # het Amerikaanse [ministerie van Defensie]
            and start not in article.starts
            and doc[start - 1].is_title
            and doc[start - 1].text not in SENTENCE_OPENERS
            and not is_role(doc[start - 1].text)
        ):
            start -= 1
        spans.append((doc[start].idx, doc[run - 1].idx + len(doc[run - 1].text), "organization"))
    return spans


def _street_like(lower: str) -> bool:
    """``dorpsstraat``, ``foulkesweg``: ends like a street (or like a surname that looks like one)."""
    return bool(STREET_END.search(lower) or SURNAME_STREET_END.search(lower))


def _title(text: str) -> bool:
    """A role written before a name, also in the plural before two names (``Kamervoorzitters Arib
    en Bergkamp``); only the singular stands for a person on its own."""
    return is_role(text) or text.endswith("rs") and is_role(text[:-1])


def _after_in(first: Token) -> bool:
    """``in Heerenveen``, ``in het Vaticaan``."""
    i = first.i - 1
    if i > 0 and first.doc[i].lower_ in ("de", "het"):
        i -= 1
    return i >= 0 and first.doc[i].lower_ == "in"


def _before_a_name(last: Token) -> bool:
    """``de Jongerenbeweging [Dwarsligger]``: a capitalised word follows, which the class noun
    describes."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return following is not None and following.text[:1].isupper()


def _with_noun(tokens: list[Token]) -> list[Token]:
    """``de [Nationale] ombudsman``: an adjective the NER took for the name needs its noun. Before
    a noun the Dutch adjective is inflected (``-e``), which ``Forum best`` is not, and its lemma
    drops the ending, which a noun the tagger took for an adjective keeps (``de [Onderwijsinspectie]
    vraagtekens``)."""
    last = tokens[-1]
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if (
        last.pos_ == "ADJ"
        and last.lower_.endswith("e")
        and last.lemma_.casefold() != last.lower_
        and following is not None
        and following.pos_ == "NOUN"
    ):
        return [*tokens, following]
    return tokens


def _named_after_person(last: Token) -> bool:
    """``Hans van Mierlo-stichting``, ``Anne Frank-instituut``: an organisation head after a hyphen
    ends the name of a body named after a person."""
    return "-" in last.text and last.lower_.rpartition("-")[2].endswith(PER_ORGANIZATION_HEADS)


def _portfolio(first: Token) -> bool:
    """``minister van [Justitie]``, ``(Volksgezondheid)`` after a minister, ``wethouder X van
    [Verkeer]``, ``minister voor [Medische Zorg]``, ``Eurocommissaris voor [Handel]``: a
    portfolio, not an organisation mention."""
    doc = first.doc
    i = first.i - 1
    if i > 0 and doc[i].lower_ == "van":  # minister Wouter Koolmees van [Sociale Zaken]
        while i > 1 and doc[i - 1].is_title and doc[i - 1].ent_type_ in ("PER", "PERSON"):
            i -= 1
    before = doc[max(0, min(i, first.i - 1) - 2) : first.i]
    words = [t.lower_ for t in before]
    holders = PORTFOLIO_HOLDERS
    if words[-1:] == ["voor"]:  # a commissaris van politie is a rank
        holders = (*PORTFOLIO_HOLDERS, "commissaris")
    after_holder = words[-1:] in (["van"], ["voor"])
    return (after_holder and any(w.endswith(holders) for w in words)) or (
        words[-1:] == ["("] and first.i >= 2 and doc[first.i - 2].ent_type_ in ("PER", "PERSON")
    )


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


def _short_form(short: str, full: str) -> bool:
    """``Bergen`` of ``Bergen op Zoom``, ``Wijk`` of ``Wijk bij Duurstede``: the words before the
    preposition."""
    rest = full.removeprefix(short + " ")
    return rest != full and rest[:1].islower()


def _same_org(name: str, other: str, threshold: int) -> bool:
    """Acronym of the other's capitalised words, the other's first words (``Tuf`` of
    ``Tuf Recycling``; a name of five letters or more also before several more words, ``Damen``
    of ``Damen Shiprepair Amsterdam``), a ministry's portfolio (``Onderwijs`` of ``ministerie van
    Onderwijs``), or a fuzzy match of the names."""
    for short, long in ((name, other), (other, name)):
        if long.casefold().startswith(MINISTRY) and long[len(MINISTRY) :] == short:
            return True
        if short.isupper() and len(short) >= 2 and short == _initials(long):
            return True
        short_words, long_words = short.split(), long.split()
        if (
            len(short) >= 3
            and len(long_words) > len(short_words)
            and long_words[: len(short_words)] == short_words
            and (len(long_words) == len(short_words) + 1 or len(short) >= 5)
        ):
            return True
    return fuzz.ratio(name, other, processor=utils.default_process) >= threshold
