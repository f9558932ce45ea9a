"""Speaker rules that need the tagger and parser, through the default pipeline (sentences we wrote;
the rules that work on a blank pipeline are in tests/unit/cases/quotes.json)."""

import pytest

from nieuwsnlp import make_article

CASES = [  # (text, quote as written, speaker name or None)
    (  # a participle between article and noun: the noun is the head, not the adverb before it
        "Er komt veel drugs binnen. ,,Het meeste gaat door naar Duitsland'', zegt een goed "
        "geïnformeerde crimineel.",
        "Het meeste gaat door naar Duitsland",
        "crimineel",
    ),
    (  # a share of nationals: the nationals speak, as written
        "Het onderzoek is klaar. Bijna een kwart van de Belgen tussen de 20 en 30 jaar zegt vaker "
        "met de trein te willen reizen.",
        "vaker met de trein te willen reizen",
        "Belgen",
    ),
    (  # a percentage of nobody named: no speaker, and no one named before it either
        "Volgens Piet Bakker van het bureau is de peiling eerlijk. Ruim 40 procent zei liever "
        "thuis te werken.",
        "liever thuis te werken",
        None,
    ),
    (  # a plural adjective in -igen is a noun for people, with or without an article
        "Het gaat slecht met de economie. Deskundigen stellen dat een schuldenpardon een goed "
        "idee is.",
        "dat een schuldenpardon een goed idee is",
        "Deskundigen",
    ),
    (  # a time noun after ``vorige`` dates the saying; the parser hangs the clause on the noun
        "Het gaat slecht met Italië. De Oeso voorspelde vorige week dat de staatsschuld in 2020 "
        "maar liefst 134 procent van het bbp zal bedragen.",
        "dat de staatsschuld in 2020 maar liefst 134 procent van het bbp zal bedragen",
        "Oeso",
    ),
    (  # no subject that can speak: the person named first in the clause, outside a phrase
        "Karel Mol, bakker in Made en oud-raadslid, heeft na herhaalde vragen van de krant laten "
        "weten dat hij er niet op ingaat.",
        "dat hij er niet op ingaat",
        "Karel Mol",
    ),
    (
        "Twee van de opstandige raadsleden, Jan Bos en Piet Smit, hadden aangekondigd het akkoord "
        "nu wel te willen steunen.",
        "het akkoord nu wel te willen steunen",
        "Jan Bos",
    ),
    (  # a noun that can speak opens the clause: the name after the verb is its object
        "Jan Smit is acteur. De politie beschuldigde Smit ervan een valse aangifte te hebben "
        "gedaan.",
        "ervan een valse aangifte te hebben gedaan",
        "politie",
    ),
    (  # after a fronted word the first of two names is the subject, the second whom it is said of
        "Milieudefensie is boos. Ook verwijt Milieudefensie Shell tijd te rekken.",
        "tijd te rekken",
        "Milieudefensie",
    ),
    (  # whom it is said to is no part of the reported words; a possessive is
        "De broers zeggen hun straf te accepteren. De politie vroeg hen thuis te blijven.",
        "hun straf te accepteren",
        "broers",
    ),
    (
        "De broers zeggen hun straf te accepteren. De politie vroeg hen thuis te blijven.",
        "thuis te blijven",
        "politie",
    ),
    (  # a name in the genitive owns the noun after it, which speaks, also where the tagger
        # took that noun for a name
        "Jussie Smollett is acteur. Smolletts advocaten zeiden dat hun cliënt te vroeg was "
        "veroordeeld.",
        "dat hun cliënt te vroeg was veroordeeld",
        "advocaten",
    ),
    (  # a gendered noun refers back to the last person it can be, not to the last man named
        "Jan de Vries kwam binnen. ,,Ik schaam me'', zei het meisje.",
        "Ik schaam me",
        "meisje",
    ),
    (
        "Anna Bakker kwam binnen met Jan de Vries. ,,Ik schaam me'', zei de vrouw.",
        "Ik schaam me",
        "Anna Bakker",
    ),
    (  # long after the last name, ``de man`` is somebody new
        "Burgemeester Jan de Vries opende de markt. Daarna liepen de bezoekers langs de kramen met "
        "kaas, vis, bloemen en groente. Het was druk, want de zon scheen en de school was vrij. "
        "Kinderen speelden op het plein, ouders dronken koffie op een terras en de muzikanten "
        "speelden tot het donker werd. Bij de laatste kraam stond een oude visboer met zijn "
        "kar. ,,Dit doe ik al veertig jaar'', zei de man.",
        "Dit doe ik al veertig jaar",
        "man",
    ),
    (  # a majority is a group, not an abstract noun in -heid
        "De enquête is klaar. Een ruime meerderheid vindt dat de bibliotheek open moet blijven.",
        "dat de bibliotheek open moet blijven",
        "meerderheid",
    ),
    (  # a past tense that looks like a participle noun ends the source after ``volgens``
        "De lonen stegen. Volgens het Nationaal Bureau voor Cijfers verdienden jongeren vorig jaar "
        "5 procent meer dan ouderen.",
        "verdienden jongeren vorig jaar 5 procent meer dan ouderen",
        "Nationaal Bureau voor Cijfers",
    ),
    (  # ``dat`` after a noun in a prepositional phrase opens the speech verb's clause
        "De wethouder ontkende in het raadsdebat dat er sprake is van een tekort.",
        "dat er sprake is van een tekort",
        "wethouder",
    ),
    (  # an unnamed leader of an organisation speaks for it, as a spokesperson does
        "De VVD heeft twee zetels. Volgens de voorzitter van de VVD is er nog niets besloten.",
        "is er nog niets besloten",
        "VVD",
    ),
    (  # … unless the story named the person in that role
        "Voorzitter Anna Smit van de VVD is kritisch. Volgens de voorzitter van de VVD is er nog "
        "niets besloten.",
        "is er nog niets besloten",
        "Anna Smit",
    ),
    (  # a compound spokesperson noun speaks for the organisation of that kind named before
        "De Liberale Partij reageerde fel. Het stuk is onzin, aldus de partijwoordvoerder.",
        "Het stuk is onzin",
        "Liberale Partij",
    ),
    (  # an attribution between commas, before a verb the tagger read as a determiner (``zijn``)
        "Jongeren, zegt onderzoeker Piet Bos, zijn gevoeliger voor reclame.",
        "Jongeren, zegt onderzoeker Piet Bos, zijn gevoeliger voor reclame",
        "Piet Bos",
    ),
    (  # a past tense the tagger read as an adjective is a speech verb before ``dat``
        "Wethouder Karin Mol bleef kalm en beloofde dat de raad mag stemmen.",
        "dat de raad mag stemmen",
        "Karin Mol",
    ),
    (  # ``deze krant`` is the paper printing the story, not the organisation named last
        "De gemeenteraad van Hoorn vergaderde gisteren. De wethouder stapt op, zo meldde deze krant "
        "vorige week.",
        "De wethouder stapt op",
        "krant",
    ),
    (  # a partial quote without a speaker of its own, right after an attributed quote
        "Het plan deugt niet, schrijft het Dagblad van Noord. Zo wordt de wijk 'een speeltuin voor "
        "projectontwikkelaars' genoemd.",
        "een speeltuin voor projectontwikkelaars",
        "Dagblad van Noord",
    ),
    (  # a thing that opens the sentence is the object, however parsed: the subject follows the verb
        "Sanne Kok opende gisteren haar winkel. Die opening noemde de ondernemer 'een droom die "
        "uitkomt'.",
        "een droom die uitkomt",
        "ondernemer",
    ),
    (  # a group of people named by a nominalised participle speaks, however it is tagged
        "Er kwamen veel klachten binnen. De helft van de betrokkenen gaf aan dat de bus te laat "
        "komt.",
        "dat de bus te laat komt",
        "betrokkenen",
    ),
    (
        "Er kwamen veel klachten binnen. Veel gedupeerden gaven aan dat de bus te laat komt.",
        "dat de bus te laat komt",
        "gedupeerden",
    ),
    (  # a document states things
        "De rechtbank sprak hem vrij. Zo meldt het vonnis: ,,Er is geen enkel bewijs.''",
        "Er is geen enkel bewijs.",
        "vonnis",
    ),
    (  # a party-prefixed role noun is the person named before in that role
        "Kamerlid Joop Verhaar betrapte premier Kees Molenaar op een uitvlucht. ,,Dat is een "
        "receptieruimte'', mopperde het GroenLinks-Kamerlid.",
        "Dat is een receptieruimte",
        "Joop Verhaar",
    ),
    (  # a person noun that is no role of ours renames the person just named
        "Op het plein staat marktkoopman Henk Vos al dertig jaar. Volgens de handelaar is de nieuwe "
        "hal veel te duur.",
        "is de nieuwe hal veel te duur",
        "Henk Vos",
    ),
    (  # a definite organisation noun (also a compound: topuniversiteit) → the last organisation
        "De Erasmus Universiteit kreeg kritiek op de toelating van studenten. Volgens de "
        "topuniversiteit is er niets mis met de procedure.",
        "is er niets mis met de procedure",
        "Erasmus Universiteit",
    ),
    (  # a role the story never names stays the role, however close a named person is
        "Henk Vos stond gisteren terecht voor diefstal. Volgens de rechter is het bewijs te mager.",
        "is het bewijs te mager",
        "rechter",
    ),
    (  # a plural verb agrees with the plural group after it, not with the name that follows
        "Na de stemming verwijten de boeren minister Kees Jansen dat hij niets doet.",
        "dat hij niets doet",
        "boeren",
    ),
    (  # who was told may follow the particle of ``laten weten``: the subject still speaks
        'Architect Anna de Wit is klaar met het ontwerp. "Er komt een grote tuin", liet ze eerder '
        "weten aan de Volkskrant.",
        "Er komt een grote tuin",
        "Anna de Wit",
    ),
    (  # a short unknown name right after an inverted speech verb is its subject, not the PP's noun
        'Nieuw kwam een bericht binnen. "Alles gaat hier goed", meldt Vo in een chat.',
        "Alles gaat hier goed",
        "Vo",
    ),
    (  # but a capitalised adjective there modifies the subject
        "De regering zwijgt over de plannen. Er komt een nieuwe wet, melden Amerikaanse "
        "persbureaus.",
        "Er komt een nieuwe wet",
        "persbureaus",
    ),
    (  # plural ``ze`` never stands for things: ``-lingen`` is a group only as people (leerlingen)
        "De onderzoekers van de universiteit kwamen met een rapport. Nieuwe regelingen zijn nodig "
        "voor de ouderenzorg, zeiden ze.",
        "Nieuwe regelingen zijn nodig voor de ouderenzorg",
        "onderzoekers",
    ),
    (  # sentences with a plural ``ze`` as subject carry the group past an organisation named later
        "De spelers reden met de bus naar het stadion. Ze wilden de trainer spreken. Bij het "
        "kantoor van de KNVB kregen ze koffie. Ze waren niet van plan om snel te vertrekken, "
        "zeiden ze.",
        "Ze waren niet van plan om snel te vertrekken",
        "spelers",
    ),
    (  # a plural pronoun stands for the group that was the subject just before
        "Het bestuur steunt het plan. Tegenover het bestuur staan leden die waarschuwen voor de "
        "kosten. Volgens hen wordt het plan veel te duur.",
        "wordt het plan veel te duur",
        "leden",
    ),
    (  # a plural pronoun opening a sentence goes on with the two names that were its subject
        "Karin Mulder en Joost Brink, die als verkenners met alle partijen spraken, toonden zich "
        "geschrokken. Ze adviseerden de verhoudingen te herstellen.",
        "de verhoudingen te herstellen",
        "Karin Mulder",
    ),
    (  # … or with the group noun that was its subject, which the tagger may read as an adjective
        "De provincie wil de wasberen afschieten. Deskundigen betwijfelen of dat helpt. Zij "
        "denken dat de dieren uit Duitsland blijven komen.",
        "dat de dieren uit Duitsland blijven komen",
        "Deskundigen",
    ),
    (  # a speech verb right after the comma attributes what was said, though tagged an adjective
        "Het plan van de SGP biedt inmiddels voldoende materiaal voor een scriptie, grapte "
        "CDA-senator Ben Knapen.",
        "Het plan van de SGP biedt inmiddels voldoende materiaal voor een scriptie",
        "Ben Knapen",
    ),
    (  # names in a prepositional phrase introduce nobody: the story still follows its speaker
        '"We gaan gewoon door met de voorstelling", zegt regisseur Jan de Vries. Het stuk heeft '
        'grote rollen voor Piet Bakker en Karel Smit. "Het wordt een groot feest voor iedereen."',
        "Het wordt een groot feest voor iedereen.",
        "Jan de Vries",
    ),
    (  # a separable speech verb before a te-infinitive
        "De kiesraad wees het verzoek af. Daarop gaf de partij aan een nieuw verzoek te zullen "
        "indienen.",
        "een nieuw verzoek te zullen indienen",
        "partij",
    ),
    (  # a possessive spokesperson speaks for a person, not for an institution named before
        "Jan de Vries van de SGP maakte een grap. Volgens zijn woordvoerder was dat niet bedoeld "
        "als aanval op het kabinet.",
        "was dat niet bedoeld als aanval op het kabinet",
        "woordvoerder",
    ),
    (  # an impersonal attribution has no speaker and inherits none
        'Jan de Vries staat achter in de zaal. "Ik kan wel huilen!", klinkt het.',
        "Ik kan wel huilen!",
        None,
    ),
    (  # an acronym does not take the noun after it into its name
        "De stemmen worden herteld in wijken waar volgens de VNB fraude zou zijn gepleegd.",
        "De stemmen worden herteld in wijken waar volgens de VNB fraude zou zijn gepleegd",
        "VNB",
    ),
    (  # a clause on when it was said ends an inverted attribution, however long it is
        "Het water was ijskoud. Nee, hij wilde geen meter meer zwemmen, zei Kees Jansen toen hij "
        "na een tocht van drie dagen en twee nachten eindelijk uit het koude water werd getild.",
        "Nee, hij wilde geen meter meer zwemmen",
        "Kees Jansen",
    ),
    (  # a bare high office stands for the person last named
        "De Deense premier wil geen nieuwe verkiezingen. Mette Frederiksen zei dat in Kopenhagen. "
        '"We gaan gewoon door", zei de premier tegen journalisten.',
        "We gaan gewoon door",
        "Mette Frederiksen",
    ),
    (  # a demonstrative subject after the verb and before the colon points back to its noun
        "Ik twijfelde maandenlang. Na het eerste gesprek met een psycholoog zei die: bel de "
        "volgende keer gewoon meteen.",
        "bel de volgende keer gewoon meteen",
        "psycholoog",
    ),
    (  # so does a noun phrase as inverted subject
        "Ik twijfelde maandenlang. Na het gesprek zei de huisarts: bel de volgende keer gewoon "
        "meteen.",
        "bel de volgende keer gewoon meteen",
        "huisarts",
    ),
    (  # a modal may stand between the speech verb and its colon
        "Boer Kees Smit telt de zieke dieren niet mee. Waarmee hij eigenlijk zeggen wil: het weer "
        "laat zich niet sturen.",
        "het weer laat zich niet sturen",
        "Kees Smit",
    ),
    (  # a call reports with a te-infinitive, also with ``om``; the span starts after the particle
        "Burgemeester Kees Jansen sprak de inwoners toe. Hij riep iedereen op om de komende dagen "
        "binnen te blijven.",
        "de komende dagen binnen te blijven",
        "Kees Jansen",
    ),
    (  # a speech verb and a colon open reported words without quote marks
        "Kees de Boer werkte jaren als leraar. Toen hij stopte, zei hij: het onderwijs heeft "
        "meer handen nodig dan geld.",
        "het onderwijs heeft meer handen nodig dan geld",
        "Kees de Boer",
    ),
    (  # a pronoun skips a person of the other gender, known by the first name
        "Wethouder Anne de Vries opende de nieuwe brug. Aannemer Pieter Bakker bouwde de brug in "
        "twee jaar. Ze zei dat de stad er lang op had gewacht.",
        "dat de stad er lang op had gewacht",
        "Anne de Vries",
    ),
    (  # and the other way round
        "Burgemeester Kees Jansen sprak de raad toe. Raadslid Marloes Smit stelde vragen over de "
        "kosten. Hij zei dat de begroting sluitend is.",
        "dat de begroting sluitend is",
        "Kees Jansen",
    ),
    (  # a pronoun refers to the main subject, not to a name in its object
        "Advocaat Peter de Wit noemt de uitspraken van Karel Bos 'volstrekt onjuist'. Volgens hem "
        "heeft de inspectie nooit met de leraar gesproken.",
        "heeft de inspectie nooit met de leraar gesproken",
        "Peter de Wit",
    ),
    (  # the subject slot after an inverted cue holds a noun, even one the tagger reads as a verb
        "Het leger trok zich terug uit de hoofdstad. Soldaten kozen de kant van de betogers, "
        "melden getuigen.",
        "Soldaten kozen de kant van de betogers",
        "getuigen",
    ),
    (  # a coordinated speech verb shares the subject of the first verb
        "Marieke de Boer zit al maanden vast. Ze heeft het daar zwaar, en zegt er te worden gepest.",
        "er te worden gepest",
        "Marieke de Boer",
    ),
    (  # a te-infinitive after a participle in the perfect; an apposition before the auxiliary
        "De docent, zelf gelovig, heeft ontkend de opmerking te hebben gemaakt.",
        "de opmerking te hebben gemaakt",
        "docent",
    ),
    (  # an unnamed subject after the last name is what a later pronoun refers to
        "Vorig jaar werd een leraar geschorst omdat hij minister Karel Bos zou hebben beledigd. "
        "De docent, zelf gelovig, heeft dat altijd ontkend. 'Ik heb respect voor iedereen', zei hij.",
        "Ik heb respect voor iedereen",
        "docent",
    ),
    (  # a phrase without a verb that an inverted attribution closes is reported speech too
        "Vliegen voelt goed maar is slecht. Met rampzalige gevolgen, schrijft Jan Smit in het blad "
        "Natuur.",
        "Met rampzalige gevolgen",
        "Jan Smit",
    ),
    (  # after an inverted pronoun a prepositional phrase is no part of the speaker
        "De nieuwe regel geldt voor iedereen. Volgens minister Jan Smit is het voorstel "
        "'onrechtvaardig', zei hij gisteren in de Tweede Kamer.",
        "Volgens minister Jan Smit is het voorstel 'onrechtvaardig'",
        "Jan Smit",
    ),
    (  # a quoted clause without a speech verb renders the words of the sentence's subject
        "Burgemeester Jan de Vries trad gisteren af. Hij gaf de ambtenaren het bevel om alle bomen "
        "in het park 'zo snel mogelijk om te hakken'.",
        "zo snel mogelijk om te hakken",
        "Jan de Vries",
    ),
    (  # a person named after ``advocaat van`` is whom the lawyer works for, not who speaks
        "De rechter besliste gisteren over de zaak. De advocaat van slachtoffer Peter Jansen "
        "stelde dat de verdachte gevaarlijk is.",
        "dat de verdachte gevaarlijk is",
        "advocaat",
    ),
    (  # an object pronoun after ``liet`` is the addressee; the subject before the verb speaks
        "Wethouder Piet de Groot sprak met de rector. De bond liet hem weten dat de staking "
        "doorgaat.",
        "dat de staking doorgaat",
        "bond",
    ),
    (  # a place never speaks: the mayor of it does
        '"De dijk houdt het nog", meldde de burgemeester van de stad Deventer.',
        "De dijk houdt het nog",
        "burgemeester",
    ),
    (  # a role noun after an adjective still refers to the person who holds the role
        "Onder de betogers was Michael Heseltine (voormalig vicepremier). ,,We moeten door'', "
        "aldus de gewezen vicepremier.",
        "We moeten door",
        "Michael Heseltine",
    ),
    (  # the noun of an apposition describes the person it follows
        "Karin Smit, een 24-jarige studente uit Delft, was er ook. ,,Het is hier druk'', zegt "
        "de studente.",
        "Het is hier druk",
        "Karin Smit",
    ),
    (  # a plural pronoun with no group as subject before it: the nearest plural noun for people
        "Taxibedrijf Snel wil niet praten over de tarieven. De chauffeurs zijn boos. Maar zij "
        "rijden door. Ze vinden dat het bedrijf te veel geld vraagt.",
        "dat het bedrijf te veel geld vraagt",
        "chauffeurs",
    ),
    (  # a separable verb around a medium (the tagger reads ``weten`` as finite), and the name
        # in an apposition rather than the role noun before it
        "De burgemeester van Zwolle, Peter Snijders, liet op Facebook weten dat de markt "
        "gewoon doorgaat.",
        "dat de markt gewoon doorgaat",
        "Peter Snijders",
    ),
    (  # a te-infinitive after ``melden`` reports too
        "Het ziekenhuis in Assen meldde zestig patiënten te behandelen.",
        "zestig patiënten te behandelen",
        "ziekenhuis",
    ),
    (  # ``de dienst`` refers back to the organisation named before
        "De AIVD publiceerde gisteren zijn jaarverslag. De dienst stelt dat het aantal "
        "dreigingen is toegenomen.",
        "dat het aantal dreigingen is toegenomen",
        "AIVD",
    ),
    (  # after a fronted adverb and the auxiliary comes the subject, whatever its apposition
        "De zaak ligt stil. Nu heeft Karin de Boer, de nieuwe, gehaaide advocaat van Henk Smit "
        "op Twitter aangekondigd dat ze in hoger beroep gaat.",
        "dat ze in hoger beroep gaat",
        "Karin de Boer",
    ),
    (  # a plural pronoun for the parents who were the subject just before
        "De ouders van Kim waren verrast. Ja, ze wisten dat computers haar hobby waren, vertellen "
        "ze in de Amerikaanse pers.",
        "Ja, ze wisten dat computers haar hobby waren",
        "ouders",
    ),
    (  # a quantity noun before a plural: the group speaks
        "Volgens een aantal boeren zijn er vergunningen ingetrokken.",
        "zijn er vergunningen ingetrokken",
        "boeren",
    ),
    (  # after a fronted adverb and a modal the subject follows the modal, also a plural the
        # tagger reads as a verb
        "De school sluit op vrijdag. Toch zullen ouders zeggen dat zij daar niets van wisten.",
        "dat zij daar niets van wisten",
        "ouders",
    ),
    (  # a fronted day: the subject after the auxiliary, not the medium after it
        "Er is onrust in de hoofdstad. Dinsdag had de Franse ambassade op haar website gemeld dat "
        "alle medewerkers veilig zijn.",
        "dat alle medewerkers veilig zijn",
        "ambassade",
    ),
    (  # the source after ``volgens`` ends at the word after its name, however the tagger reads it
        "De fractie twijfelt. Volgens wethouder Lima Bakker rijst de vraag of de bouw wel "
        "doorgaat.",
        "rijst de vraag of de bouw wel doorgaat",
        "Lima Bakker",
    ),
    (  # a rank before a role is no organisation (``KLM-directeur`` would be KLM's)
        "Het fonds heeft een tekort. Volgens de oud-topman zijn de cijfers te rooskleurig.",
        "zijn de cijfers te rooskleurig",
        "oud-topman",
    ),
    (
        "Er is een nieuwe baas. De hoofddirecteur schrijft in een brief dat er geen geld is.",
        "dat er geen geld is",
        "hoofddirecteur",
    ),
    (  # ``Dat heeft …, zegt X`` is an inverted attribution of its own sentence, not ``Dat heeft X
        # gemeld`` pointing back
        '"We hebben geen geld meer", zegt de penningmeester. Dat heeft alles met de huur te '
        "maken, zegt voorzitter Jan Bos.",
        "Dat heeft alles met de huur te maken",
        "Jan Bos",
    ),
    (  # a party member is a person (the one last named), not the party
        "Karin de Wit van de SP stemt tegen. De SP'er zegt dat het plan veel te duur is.",
        "dat het plan veel te duur is",
        "Karin de Wit",
    ),
    (  # a national or a town's inhabitant describes the person last named
        "Pieter Claes won de sprint in Roubaix. De Belg zei dat hij heel blij was met de zege.",
        "dat hij heel blij was met de zege",
        "Pieter Claes",
    ),
    (
        "Henk Wolters zegt dat de ploeg klaar is. De Fransman Luc Moreau zei dat hij twijfelt.",
        "dat hij twijfelt",
        "Luc Moreau",
    ),
    (  # a possessive's noun speaks, not its owner
        "Sanne Dekker reisde in 2015 naar Irak. Volgens haar broers veranderde zij daar snel.",
        "veranderde zij daar snel",
        "broers",
    ),
    (  # ``haar advocaat``: the lawyer named before
        "Advocaat Kees Mol staat haar bij. Sanne Dekker zit vast. Volgens haar advocaat heeft de "
        "vrouw nooit iemand bedreigd.",
        "heeft de vrouw nooit iemand bedreigd",
        "Kees Mol",
    ),
    (  # a plural subject agrees with its plural verb; the singular after it is the object
        "Wim Kok blijft populair. Zijn critici verwijten de burgemeester dat hij de wijken vergeet.",
        "dat hij de wijken vergeet",
        "critici",
    ),
    (  # two subjects in the parse: the one that agrees with the verb speaks, not the named object
        "Karin Smit zit al tien jaar in de raad. De raadsleden verwijten Smit dat zij de stukken "
        "te laat stuurt.",
        "dat zij de stukken te laat stuurt",
        "raadsleden",
    ),
    (  # a coordinated subject is plural: its first noun still speaks
        "Het kabinet en veel werkgevers vinden het vooral belangrijk dat de lonen stijgen.",
        "dat de lonen stijgen",
        "kabinet",
    ),
    (  # a vox pop: the pull quote before a name, an age and a description is that person's
        "Vijf studenten reageren op de uitslag. 'Ik had het al verwacht' Anna de Vries (20) "
        "Student in Utrecht 'Iedereen zag het aankomen.' 'Het valt best mee' Pieter Jansen (23) "
        "Student in Leiden 'Er is niets aan de hand.'",
        "Het valt best mee",
        "Pieter Jansen",
    ),
    (  # but a name and an age that open a sentence introduce its subject, not a caption
        '"We hebben geen tijd meer", zegt Anna de Vries. "Het moet nu gebeuren." Pieter Jansen '
        '(23) kan dat beamen. "Het is echt zo."',
        "Het moet nu gebeuren.",
        "Anna de Vries",
    ),
    (  # a former member speaks for himself, not for the organisation he left
        "De Rabobank sluit veel kantoren. Een oud-medewerker van de Rabobank zegt dat de klanten "
        "vaak boos waren.",
        "dat de klanten vaak boos waren",
        "oud-medewerker",
    ),
    (  # ``bekendmaken`` reports with a te-infinitive
        "De Rabobank maakte ook bekend de bonussen van de top af te schaffen.",
        "de bonussen van de top af te schaffen",
        "Rabobank",
    ),
    (  # a speech verb the tagger reads as an adjective is still the clause's verb
        "Jan Smit beloofde gisteren de bonussen af te schaffen.",
        "gisteren de bonussen af te schaffen",
        "Jan Smit",
    ),
    (  # a leader's noun names the person last named, not the organisation led
        "Peter Verschuur leidt de politie in Utrecht. ,,Het verzuim daalt'', zegt de politiechef.",
        "Het verzuim daalt",
        "Peter Verschuur",
    ),
    (  # ``hij`` as subject before a person in the object: a later ``hij`` goes on with it
        "Tim Verhagen opereert in Almelo. Zijn tweet wordt gelezen door minister Hugo de Jonge. "
        "Als Verhagen klaar is, is zijn tweet vaak gedeeld. Of hij de uitgestoken hand van de "
        "minister aanneemt? Hij wil erover nadenken, maar zegt dat de bewindsman hem niet kan "
        "helpen.",
        "dat de bewindsman hem niet kan helpen",
        "Tim Verhagen",
    ),
    (  # ``ze`` never stands for a man: not even for a public figure named by surname only
        "Trump was boos over de indringer in zijn club. Ze zei dat ze er lid van was.",
        "dat ze er lid van was",
        None,
    ),
    (  # a public figure's surname has the gender of his first name: ``zij`` is the woman
        "Anna de Vries was in Washington. Trump ontving haar in het Witte Huis. Zij zei dat het "
        "gesprek goed verliep.",
        "dat het gesprek goed verliep",
        "Anna de Vries",
    ),
    (  # an accusation reports with a te-infinitive
        "Raadslid Anna Bos verwijt de wethouder alle afspraken te hebben geschonden.",
        "de wethouder alle afspraken te hebben geschonden",
        "Anna Bos",
    ),
    (  # a document speaks what is written in it
        "In de brief aan de gemeenteraad staat dat de zwembaden in de zomer dicht gaan.",
        "dat de zwembaden in de zomer dicht gaan",
        "brief",
    ),
    (  # a question about somebody is answered by that person, not by the last one quoted
        "Woordvoerder Sonja Bos van VGZ is kritisch. ,,Het is te makkelijk om ons de schuld te "
        "geven.'' Wie de schuldeisers zijn, zegt bestuurder Rob Hoogma niet. Voelt hij geen "
        "wroeging? ,,Het is pijnlijk, maar dit hoort erbij.''",
        "Het is pijnlijk, maar dit hoort erbij.",
        "Rob Hoogma",
    ),
    (  # a person named after a speech noun introduces the floating quote after it
        "Ambtenaar Erik Smit schreef dat het niet hoefde. ,,Heeft het ziekenhuis opgeschaald?'', "
        "reageerde hij. Niet lang daarna volgde de reactie van minister Hugo de Jonge. ,,Vervelend "
        "dat er nog geen plek is.''",
        "Vervelend dat er nog geen plek is.",
        "Hugo de Jonge",
    ),
    (  # the owner of words speaks them
        "In de raad heerst verdeeldheid. Sommige leden willen snel beslissen, andere leden "
        "waarschuwen voor de kosten. Het plan is onbetaalbaar, aldus hun redenering.",
        "Het plan is onbetaalbaar",
        "leden",
    ),
    (  # ``zij`` with a plural verb beside it is the group, not the person last named
        "Trainer Jan Smit nam afscheid. Zijn aanhangers waren in feeststemming. Urenlang zongen "
        "zij een lied: ,,Jan, bedankt voor alles!''",
        "Jan, bedankt voor alles!",
        "aanhangers",
    ),
    (  # an object pronoun is never the subject of its own clause
        "Piet Bos bekeek de rekeningen. Karel Smit heeft volgens hem veel te veel geld gekregen.",
        "Karel Smit heeft volgens hem veel te veel geld gekregen",
        "Piet Bos",
    ),
    (  # a subheading glued before the sentence is no part of it
        "De raad stemde gisteren. Kritiek Na de stemming zei Karin Mol dat het plan van tafel is.",
        "dat het plan van tafel is",
        "Karin Mol",
    ),
    (
        "Het seizoen is voorbij. Stille winst Na afloop moesten verschillende spelers erkennen "
        "dat de ploeg geluk had.",
        "dat de ploeg geluk had",
        "spelers",
    ),
    (  # a one-word name written once makes no person record, but still speaks
        ",,Het plan is goed'', zegt Kordaatstra. Het kabinet besluit volgende week.",
        "Het plan is goed",
        "Kordaatstra",
    ),
    (  # ``en Van der Meer``: a name, no subheading
        "Kees Smit en Van Dijk bepleiten dat de gemeente meer huizen bouwt.",
        "dat de gemeente meer huizen bouwt",
        "Kees Smit",
    ),
    (  # a bare spokesperson speaks for the organisation before the quote, not one named in it
        "Ook het UWV maakt zich zorgen. ,,Het aantal aanvragen voor de WW is dit jaar verdubbeld'', "
        "zegt de woordvoerder.",
        "Het aantal aanvragen voor de WW is dit jaar verdubbeld",
        "UWV",
    ),
    (  # a nationality adjective between the article and an organisation noun
        "De Japanse autofabrikant Toyota stapt naar de rechter. Volgens het Japanse concern is de "
        "nieuwe heffing in strijd met de wet.",
        "is de nieuwe heffing in strijd met de wet",
        "Toyota",
    ),
    (  # ``het pensioenfonds``: the organisation introduced as one, not the one named last
        "ABP, het grote pensioenfonds van ambtenaren, ziet dat de kosten stijgen. Volgens de FNV "
        "moet de premie omlaag. De premie gaat omhoog, verwacht het pensioenfonds.",
        "De premie gaat omhoog",
        "ABP",
    ),
    (  # ``het bedrijf`` in a story about one company: that one, not another introduced as one
        "Het Amsterdamse Picnic groeit snel. Picnic opent elke maand nieuwe locaties en Picnic wil "
        "naar de beurs. Het werkt samen met energiebedrijf Eneco. Volgens het bedrijf is de markt "
        "groot genoeg voor iedereen.",
        "is de markt groot genoeg voor iedereen",
        "Picnic",
    ),
    (  # advising, asking and accusing report with an object and a te-infinitive
        "De inspectie is kritisch. Ook adviseert de inspectie de school de lessen anders "
        "in te richten.",
        "de school de lessen anders in te richten",
        "inspectie",
    ),
    (
        "Het conflict loopt op. De regering beschuldigt de ambassadeur ervan geheime stukken te "
        "hebben gelekt.",
        "de ambassadeur ervan geheime stukken te hebben gelekt",
        "regering",
    ),
    (  # a title capitalised at the sentence start is no part of the name
        "De club is boos. Advocaat Ramesh raadt het bestuur aan de zaak te laten rusten.",
        "de zaak te laten rusten",
        "Ramesh",
    ),
    (  # a name after a title with its portfolio is introduced, not named in a phrase
        "De coalitie wankelt. Toch is minister van Financiën Kees Bakker niet somber. 'De "
        "begroting is gewoon op orde.'",
        "De begroting is gewoon op orde.",
        "Kees Bakker",
    ),
    (  # a name inside the subject's relative clause is not the subject
        "Veel huisartsen met wie de NOS sprak, gaven aan patiënten vaker door te willen verwijzen.",
        "patiënten vaker door te willen verwijzen",
        "huisartsen",
    ),
    (
        "Boeren die bij LTO zijn aangesloten, waarschuwen dat de nieuwe regels veel te streng "
        "zijn.",
        "dat de nieuwe regels veel te streng zijn",
        "Boeren",
    ),
    (  # speech and opinion written as expressions
        "Trainer Kees Mol maakt duidelijk dat hij volgend seizoen blijft.",
        "dat hij volgend seizoen blijft",
        "Kees Mol",
    ),
    (
        "De raad stemt vanavond. Wethouder Els Visser is van mening dat het park open moet.",
        "dat het park open moet",
        "Els Visser",
    ),
    (
        "De raad stemt vanavond. Els Visser gaat ervan uit dat de bus volgend jaar weer rijdt.",
        "dat de bus volgend jaar weer rijdt",
        "Els Visser",
    ),
    (  # a compound whose head is a role refers to the person named with that role
        "Chirurg Kees Mol opereert vandaag. De topchirurg hint erop dat hij volgend jaar stopt.",
        "dat hij volgend jaar stopt",
        "Kees Mol",
    ),
    (  # a floating quote: the subject of the sentence before, not a name in its clause
        "Piet Bos is bang dat Karel Smit de stad verlaat. ,,Dat zou een ramp zijn voor iedereen.''",
        "Dat zou een ramp zijn voor iedereen.",
        "Piet Bos",
    ),
    (  # a strong participle before a noun is no head, whatever the tagger calls it
        "Volgens betrokken ouders is de school veel te laat begonnen met de verbouwing.",
        "is de school veel te laat begonnen met de verbouwing",
        "ouders",
    ),
    (  # ``hij`` after an unnamed subject with an adjective before its noun
        "Wethouder Jan Bos wil het zwembad sluiten. De toenmalige directeur Financiën schreef dat het "
        "bad nog jaren mee kan. Het onderhoud is geen probleem, benadrukt hij.",
        "Het onderhoud is geen probleem",
        "directeur",
    ),
    (  # the owner of the words before a colon speaks them, whatever verb came before
        "De dominee citeerde in zijn preek de uitspraak van Oscar Wilde: ,,Ik kan alles "
        "weerstaan behalve verleiding.''",
        "Ik kan alles weerstaan behalve verleiding.",
        "Oscar Wilde",
    ),
    (
        "Het debat liep hoog op. Denk aan de reactie van Jan Smit, nadat Piet Bos had gepleit "
        'voor strengere regels: "Dit is een zwarte dag!"',
        "Dit is een zwarte dag!",
        "Jan Smit",
    ),
    (  # a name in the genitive owns the noun that speaks
        "Mark Rutte won de verkiezingen. Wij zijn niet naïef, zeggen Ruttes kiezers.",
        "Wij zijn niet naïef",
        "kiezers",
    ),
    (  # the finite verb beside ``zij`` tells its number, not the participle of the cue
        "Burgemeester Anna Smit opende het park. De bewoners zijn boos. Zij hebben gezegd dat de "
        "gemeente veel te laat was.",
        "dat de gemeente veel te laat was",
        "bewoners",
    ),
    (  # a reported question
        "De buurman kwam langs. Hij vroeg zelfs of de auto voor de deur van ons was.",
        "of de auto voor de deur van ons was",
        "buurman",
    ),
    (  # an interview: the answer after a question is the interviewee's, not the group's in it
        'Sandra Visser leidt de vereniging sinds maart. "We groeien elk jaar", zegt Visser. '
        'Toch vinden de leden dat de contributie te hoog is. Gaat die omlaag? "Nee, daar is '
        'geen ruimte voor."',
        "Nee, daar is geen ruimte voor.",
        "Sandra Visser",
    ),
    (  # a floating quote: the name before the ``dat`` clause when the parse finds no subject
        "Burgemeester Anna Smit sprak gisteren de raad toe. ,,We gaan door met het plan'', zei ze. "
        "Maar wethouder Karel de Jong, een partijgenoot die dicht bij Smit staat, vreest dat Jan "
        "Bos de raad bespeelt. ,,Dit gaat helemaal mis. Niemand kan dat nog tegenhouden.''",
        "Dit gaat helemaal mis. Niemand kan dat nog tegenhouden.",
        "Karel de Jong",
    ),
    (  # a pronoun: the name before the verb, not one in a prepositional phrase after it
        "De bouw van het nieuwe stadhuis begint volgend jaar. Daarom heeft Robin Veldkamp, werkzaam "
        "voor het bekende bureau van Sam Brink, veel bomen in het ontwerp opgenomen. ,,Groen maakt "
        "mensen gelukkig'', liet ze eerder weten.",
        "Groen maakt mensen gelukkig",
        "Robin Veldkamp",
    ),
    (  # the subject of the first of two coordinated verbs speaks: ``X liep … toe en zei:``
        "Het plein wordt volgend jaar helemaal opgeknapt. Een vrouw die al veertig jaar aan het plein "
        "woont, liep na afloop naar de wethouder toe en zei: ,,Dit plein is van ons allemaal.''",
        "Dit plein is van ons allemaal.",
        "vrouw",
    ),
    (  # ``ze`` is no man: a gendered noun before a name tells what its first name does not
        "Burgemeester Kim Bakker won de verkiezingen. Ze wil niet dat de zakenman Robin Smit zijn "
        "straf ontloopt. Smit was ook haar tegenstander in de raad. In haar toespraak richtte ze "
        "zich tot de kiezers en zei: ,,Ik ben heel blij met de uitslag.''",
        "Ik ben heel blij met de uitslag.",
        "Kim Bakker",
    ),
    (  # chanting is speech
        "Bij het gemeentehuis stonden gisteren honderden mensen. Op beelden van de avond hoor je hoe "
        "een boze bewoner scandeert: ,,Wij willen geen nieuwe weg door het park!''",
        "Wij willen geen nieuwe weg door het park!",
        "bewoner",
    ),
    (  # ``zij`` right after the verb is its subject, not the fronted adverb the parser calls one
        "De supporters van de club juichten na de zege. Minutenlang riepen zij de naam van "
        "hun trainer: ,,Henk, de beste van het land.''",
        "Henk, de beste van het land.",
        "supporters",
    ),
    (  # a floating quote after a sentence with ``ze`` as its subject: not the person in its object
        "Anna de Vries speelt volgende week haar eerste toernooi in Amerika. ,,Ik ben er helemaal "
        "klaar voor'', zegt ze. Daarnaast neemt ze haar broer Robin Smit mee als coach. ,,Hij kent "
        "mij beter dan wie ook.''",
        "Hij kent mij beter dan wie ook.",
        "Anna de Vries",
    ),
    (  # in an interview the interviewer sums up what a group says; the interviewee answers
        'Sandra Visser leidt de vereniging sinds maart. "We groeien elk jaar", zegt Visser. Gaan '
        'de kosten omhoog? "Nee, daar is geen ruimte voor." Toch vinden de leden dat de contributie '
        'te hoog is. "Daar praat ik binnenkort over met het bestuur."',
        "Daar praat ik binnenkort over met het bestuur.",
        "Sandra Visser",
    ),
    (  # a passive attribution says who only with ``door``: nobody here, not the name in it
        "Toch kwam er veel protest toen de plannen van architect Karel Smit in de krant verschenen. "
        "'Een puist op een mooi gezicht', zo werd het ontwerp van de bekende architect Smit "
        "genoemd. Later draaide de stemming.",
        "Een puist op een mooi gezicht",
        None,
    ),
    (
        "Toch kwam er veel protest toen de plannen van architect Karel Smit in de krant verschenen. "
        "'Een puist op een mooi gezicht', zo werd het ontwerp door de wethouder genoemd.",
        "Een puist op een mooi gezicht",
        "wethouder",
    ),
    (  # a fronted prepositional phrase holds no subject: the noun after the verb speaks
        "In navolging van de in Canada te ver doorgeschoten cancelcultuur vinden studenten nu ook "
        "hier dat musea hun collecties moeten aanpassen.",
        "dat musea hun collecties moeten aanpassen",
        "studenten",
    ),
    (  # the board of an organisation, as a hyphenated compound, speaks for it …
        "De KLM wil meer vluchten. Er komen tweehonderd banen bij, laat het KLM-bestuur weten.",
        "Er komen tweehonderd banen bij",
        "KLM",
    ),
    (  # … and as ``het hoofdbestuur van X``
        "De partij vergaderde zaterdag. Het hoofdbestuur van de ChristenUnie vindt dat de "
        "kandidatenlijst open moet blijven.",
        "dat de kandidatenlijst open moet blijven",
        "ChristenUnie",
    ),
    (  # a compound of an institution noun is an institution, and speaks (the particle does not)
        "De verbouwing van het museum begint in mei, laat het museumbestuur weten.",
        "De verbouwing van het museum begint in mei",
        "museumbestuur",
    ),
    (  # evidence as the source: ``Uit X blijkt dat …`` reports the clause, X speaks …
        "De wachtlijsten groeien. Uit onderzoek van de Consumentenbond blijkt dat een op de vijf "
        "patiënten langer dan een half jaar wacht.",
        "dat een op de vijf patiënten langer dan een half jaar wacht",
        "Consumentenbond",
    ),
    (  # … also without an organisation: the evidence noun itself
        "Uit recent onderzoek blijkt nu dat jongeren minder alcohol drinken dan tien jaar geleden.",
        "dat jongeren minder alcohol drinken dan tien jaar geleden",
        "onderzoek",
    ),
    (  # … after the verb: ``blijkt uit X dat …``
        "Hoewel het verboden is, blijkt uit meerdere studies dat vrouwen nog altijd minder "
        "verdienen.",
        "dat vrouwen nog altijd minder verdienen",
        "studies",
    ),
    (  # … and ``Dat blijkt uit X.`` attributes the sentence before it
        "Steeds meer gezinnen hebben een tweede auto. Dat blijkt uit nieuwe cijfers van het CBS.",
        "Steeds meer gezinnen hebben een tweede auto",
        "CBS",
    ),
    (  # ``die laatste``: the one of two named last
        "Jan de Vries sprak met zijn collega Piet Bakker. ,,We schrijven geschiedenis'', zei die "
        "laatste.",
        "We schrijven geschiedenis",
        "Piet Bakker",
    ),
    (  # an organisation noun that says whose it is refers to no organisation named before
        "De NOS meldde dat hij een spion was. ,,Die informatie is niet waar'', zegt de persdienst "
        "van de ambassade.",
        "Die informatie is niet waar",
        "persdienst",
    ),
    (  # ``het ministerie``: one named by its portfolio, whose full name has the noun
        "Volgens VWS is het vaccin veilig. Het ministerie meldt dat er genoeg voorraad is.",
        "dat er genoeg voorraad is",
        "VWS",
    ),
    (  # so is an advisory body
        "De Raad van State was kritisch. Volgens het adviesorgaan is de noodzaak niet aangetoond.",
        "is de noodzaak niet aangetoond",
        "Raad van State",
    ),
    (  # a bureau is an organisation noun
        "Het onderzoek van Ipsos is klaar. De cijfers zijn ruw, benadrukt het onderzoeksbureau.",
        "De cijfers zijn ruw",
        "Ipsos",
    ),
    (  # a noun that ends the name of an organisation named before refers back to it
        "De Nationale ombudsman publiceerde een rapport. De ombudsman vindt dat de regering fout zat.",
        "dat de regering fout zat",
        "Nationale ombudsman",
    ),
    (  # a person named in apposition after the noun is who the noun means
        "Het schip lag stil. Het was eng, vertelt een andere passagier, Janet Jacob. Ze is thuis.",
        "Het was eng",
        "Janet Jacob",
    ),
    (  # a nationality adjective describes the source, whatever the tagger calls it
        "'De voordelen zijn klein', aldus een Indiase regeringsfunctionaris.",
        "De voordelen zijn klein",
        "regeringsfunctionaris",
    ),
    (  # an institution noun refers back to the one named with it …
        "De Onderwijsinspectie publiceerde haar rapport. Leerlingen halen vaker een diploma, "
        "constateert de inspectie.",
        "Leerlingen halen vaker een diploma",
        "Onderwijsinspectie",
    ),
    (  # … not to a name that merely contains it, and a town's authority stays the noun
        "De gemeente Den Haag leende bij de Bank Nederlandse Gemeenten. ,,Het geld is terug'', "
        "meldt de gemeente.",
        "Het geld is terug",
        "gemeente",
    ),
    (  # ``naar eigen zeggen``: the sentence is what its subject says of itself …
        "Het onderzoek is gesloten. Het Openbaar Ministerie treft naar eigen zeggen geen blaam.",
        "Het Openbaar Ministerie treft naar eigen zeggen geen blaam",
        "Openbaar Ministerie",
    ),
    (  # … also a pronoun subject, not the name in its object
        "Jan Bakker werd verhoord. Hij gaf Piet de Vries naar eigen zeggen de sleutels terug.",
        "Hij gaf Piet de Vries naar eigen zeggen de sleutels terug",
        "Jan Bakker",
    ),
    (  # an insertion between commas leaves the verb its dat clause
        "De marine zwijgt. Analist Karel Bos verwacht, net als zijn collega's, dat de Russen het "
        "wrak zoeken.",
        "dat de Russen het wrak zoeken",
        "Karel Bos",
    ),
    (  # figures worked out are said
        "Het kabinet wil meer arbeidsmigranten. Het CBS becijferde dat er 50.000 nodig zijn.",
        "dat er 50.000 nodig zijn",
        "CBS",
    ),
    (
        "Het plan ligt er. Het Planbureau rekende al uit dat het te weinig oplevert.",
        "dat het te weinig oplevert",
        "Planbureau",
    ),
    (  # a call's ``om … te`` is what it asks
        "De krapte blijft. Minister Bos pleit ervoor om meer verpleegkundigen op te leiden.",
        "meer verpleegkundigen op te leiden",
        "Bos",
    ),
    (
        "Het is voor het eerst dat de Kamerleden verzoeken om de landen op de lijst te zetten.",
        "de landen op de lijst te zetten",
        "Kamerleden",
    ),
    (  # ``Uit X komt naar voren dat``: evidence, as with ``blijkt``
        "De kliniek is gesloten. Uit het rapport van de inspectie kwam naar voren dat er te weinig "
        "personeel was.",
        "dat er te weinig personeel was",
        "inspectie",
    ),
    (  # news varies the word for a role it gave: ``coach`` for ``trainer``, ``ceo`` for ``topman``
        "Trainer Erik ten Hag van Ajax sprak zijn spelers toe. Volgens de coach was het een goede "
        "wedstrijd.",
        "was het een goede wedstrijd",
        "Erik ten Hag",
    ),
    (
        "Topman Frans van Houten van Philips is tevreden. De cijfers zijn goed, zegt de ceo.",
        "De cijfers zijn goed",
        "Frans van Houten",
    ),
    (  # a spokesperson compound speaks for the organisation before the hyphen
        "De wegen slibben dicht. Volgens de ANWB-woordvoerder wordt het vanavond erg druk.",
        "wordt het vanavond erg druk",
        "ANWB",
    ),
    (  # ``Volgens X, apposition, …``: the reported clause starts after the apposition
        "Het water is weer schoon. Volgens Pieter Bos, woordvoerder van het waterschap, is "
        "zwemmen veilig.",
        "is zwemmen veilig",
        "Pieter Bos",
    ),
    (  # also after a relative clause about the source
        "Er is meer armoede. Volgens hoogleraar Anna de Wit, die al jaren onderzoek doet naar "
        "armoede, is het probleem groter dan gedacht.",
        "is het probleem groter dan gedacht",
        "Anna de Wit",
    ),
    (  # a name in a prepositional phrase is an aside while the story follows a speaker, but one
        # given an age introduces the speaker of the floating quote after it
        "Kapitein Carolien Verberne leidt het schip. ,,We varen morgen uit'', vertelt Verberne. "
        "Op matroos Kady Moerenhout (30) maakte de missie diepe indruk. ,,Ik had zoiets nog nooit "
        "gezien.''",
        "Ik had zoiets nog nooit gezien.",
        "Kady Moerenhout",
    ),
    (  # a surname that itself ends in s is no genitive of the time noun after it
        "Minister Wouter Koolmees wil de regels aanpassen. Ditmaal trekt Nederland aan het "
        "kortste eind, schreef Koolmees maandagavond aan de Tweede Kamer.",
        "Ditmaal trekt Nederland aan het kortste eind",
        "Wouter Koolmees",
    ),
    (  # ``als`` before a role is no subordinate clause between the verb and its ``dat``
        "De minister zei als voorzitter van de raad dat er geen geld is.",
        "dat er geen geld is",
        "minister",
    ),
    (
        "Het bedrijf kondigde als eerste aan dat het zijn uitstoot zal halveren.",
        "dat het zijn uitstoot zal halveren",
        "bedrijf",
    ),
    (  # a possessive name owns the noun after it, which speaks
        "Premier Mark Rutte is tevreden. Het gaat goed, vinden Ruttes kiezers.",
        "Het gaat goed",
        "kiezers",
    ),
    (  # whom the quote itself names does not say it: the leader noun is the person named last
        # before the quote, not the premier the quote speaks of
        "Premier Theresa May ligt onder vuur. Tom Watson riep de menigte toe dat het volk moet "
        "beslissen. ,,De premier luistert niet'', aldus de Labourvoorman.",
        "De premier luistert niet",
        "Tom Watson",
    ),
    (
        # a genitive before a capitalised role compound owns the role; the name after it speaks
        ",,De gesprekken gaan door dankzij president Trump'', zei Trumps Iran-gezant Brian Hook.",
        "De gesprekken gaan door dankzij president Trump",
        "Brian Hook",
    ),
    (
        # a speech verb the tagger reads as a noun before ``dat``: still the verb, not a relative
        "Wethouder Jan Bos (VVD) erkent dat er fouten zijn gemaakt.",
        "dat er fouten zijn gemaakt",
        "Jan Bos",
    ),
    (
        # a subject with a relative clause, then its own verb: a statement, attributed after it
        "Zulke therapieën, die door kerken worden aangeboden, staan haaks op de wet, zegt "
        "Kamerlid Vera Bergkamp.",
        "Zulke therapieën, die door kerken worden aangeboden, staan haaks op de wet",
        "Vera Bergkamp",
    ),
    (
        # the tagger reads ``verdachte`` as a verb and ``ontkent`` as a noun: between the article
        # and the speech verb is the subject's noun all the same
        "De verdachte ontkent betrokken te zijn bij de overval.",
        "betrokken te zijn bij de overval",
        "verdachte",
    ),
    (
        # a title with its portfolio before the name: the person after it holds the title
        "De fusie gaat door. ,,Dit is een mooie dag'', zei staatssecretaris voor cultuur Anna de "
        "Boer gisteren.",
        "Dit is een mooie dag",
        "Anna de Boer",
    ),
    (
        # the parser reads ``dat`` after the inverted subject as a relative pronoun; after a name
        # without a comma it opens the reported clause
        "Gisteren zei Peter Plasman dat de nabestaanden geschokt zijn.",
        "dat de nabestaanden geschokt zijn",
        "Peter Plasman",
    ),
    (
        # a title, a two-word name and an adverb between the speech verb and its colon
        "Op de persconferentie reageerde premier Mark Rutte kort: het kabinet gaat door.",
        "het kabinet gaat door",
        "Mark Rutte",
    ),
    (
        # an indefinite pronoun for people is the subject, not the person named after the verb,
        # who stays out of the span with their title
        "Velen verweten wethouder Anna Smit de regels te hebben overtreden.",
        "de regels te hebben overtreden",
        "Velen",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), CASES)
def test_speaker(nieuwsnlp_analyzer, text, quoted, speaker):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    found = {text[q.start : q.end]: q.speaker.name if q.speaker else None for q in record.quotes}
    assert quoted in found, found
    assert found[quoted] == speaker


def test_a_fronted_phrase_before_an_attribution_with_a_colon_is_no_quote(nieuwsnlp_analyzer):
    """``Op de vraag of …, antwoordt X: ,,…''``: the answer is the quote, the question is not."""
    text = "Op de vraag of hij opstapt, antwoordt Kees Bos: ,,Nee, absoluut niet.''"
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [(text[q.start : q.end], q.kind) for q in record.quotes] == [
        ("Nee, absoluut niet.", "direct")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gevraagd naar zijn toekomst, zei Kees Bos: ,,Daar is geen sprake van.''", "Kees Bos"),
        ("Op de vraag of hij opstapt, antwoordt Kees Bos: “Nee, absoluut niet.”", "Kees Bos"),
        (
            "Mieke Jansen, die al twintig jaar in de wijk woont, zegt: ,,Het is hier nooit rustig.''",
            "Mieke Jansen",
        ),
    ],
)
def test_a_circumstance_or_subject_before_an_attribution_with_a_colon_is_no_quote(
    nieuwsnlp_analyzer, text, speaker
):
    """Before ``…, zei X: ,,…''`` a phrase without a statement of its own (a participle, a question,
    the subject's relative clause) is not reported speech: the quote after the colon is."""
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in record.quotes] == [
        ("direct", speaker)
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (",,Nee'', zei Kees Bos. Meer wilde hij er niet over kwijt.", "Nee"),
        ("«Nous continuons», zei de Franse president in Parijs.", "Nous continuons"),
        (",,Volstrekt ongeloofwaardig'', aldus de wethouder.", "Volstrekt ongeloofwaardig"),
    ],
)
def test_a_short_quote_that_opens_its_sentence_and_is_attributed_is_direct(
    nieuwsnlp_analyzer, text, quoted
):
    """``,,Nee'', zei X.``: however short, a quote that opens its sentence and is closed by a comma
    and a speech verb is what was said; not a fragment, nor (with its marks) a reported clause."""
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [(text[q.start : q.end], q.kind) for q in record.quotes] == [(quoted, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "Kees Bos, de burgemeester van Utrecht, sprak maandag de raad toe over de begroting.",
        "Kees Bos, de burgemeester, sprak gisteren over de begroting.",
        "De minister, die al jaren in functie is, sprak gisteren over de nieuwe begroting.",
    ],
)
def test_a_subject_with_an_apposition_before_a_speech_verb_is_no_quote(nieuwsnlp_analyzer, text):
    """``X, de burgemeester, sprak …``: the commas close an apposition or a relative clause of the
    verb's subject; nothing before them was said."""
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Kees Bos zegt: ,,Ik stop.''", "Ik stop."),
        ("Daarop reageerde de wethouder: ‘Dat klopt!’", "Dat klopt!"),
    ],
)
def test_a_short_sentence_after_a_colon_is_a_direct_quote(nieuwsnlp_analyzer, text, quoted):
    """After ``zegt X:`` a quoted clause that ends in a full stop is a whole utterance, however
    short."""
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [(text[q.start : q.end], q.kind) for q in record.quotes] == [(quoted, "direct")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Het gaat goed, zegt Kees Bos: ,,We zijn er bijna.''", "Het gaat goed"),
        (
            "Dat zij komt is belangrijk, stelt Kees Bos: ,,Ze is de beste.''",
            "Dat zij komt is belangrijk",
        ),
    ],
)
def test_a_statement_before_an_attribution_with_a_colon_is_a_quote(
    nieuwsnlp_analyzer, text, statement
):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    found = {
        (text[q.start : q.end], q.kind, q.speaker.name if q.speaker else None)
        for q in record.quotes
    }
    assert (statement, "indirect", "Kees Bos") in found


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Kees Bos was kritisch. Aanvoerder Jens de Groot vond dat ook.",
        "De wethouders blijven aan. Bestuurskundige Anna Smit noemt dat ongebruikelijk.",
        "De leraar leert de kinderen denken door continu vragen te stellen.",
    ],
)
def test_a_pronoun_dat_or_a_noun_before_te_reports_nothing(nieuwsnlp_analyzer, text):
    """``vond dat ook``: ``dat`` without a clause after it is the pronoun; ``door vragen te stellen``:
    a speech verb's form read as a noun in its phrase is no cue."""
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_reported_speech_of_another_inside_a_quote_keeps_its_own_speaker(nieuwsnlp_analyzer):
    """``,,Burgemeester X heeft beloofd dat …'', zegt hij.``: ``hij`` is who spoke before, so the
    mayor's promise is a nested quote of the mayor."""
    text = (
        "Fractievoorzitter Piet Smit van de SP is boos. ,,Burgemeester Kees Bos heeft vaak beloofd "
        "dat de bibliotheek open blijft'', zegt hij."
    )
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    found = {
        (text[q.start : q.end], q.kind, q.speaker.name if q.speaker else None)
        for q in record.quotes
    }
    assert ("dat de bibliotheek open blijft", "indirect", "Kees Bos") in found
    assert any(kind == "direct" and name == "Piet Smit" for _, kind, name in found)


def test_the_source_after_volgens_keeps_a_noun_the_tagger_read_as_a_verb(nieuwsnlp_analyzer):
    """``Volgens het adviesorgaan zijn …``: after ``het`` comes the noun, however it is tagged, so the
    quote starts after it."""
    text = "Volgens het adviesorgaan zijn het nut en de noodzaak van de maatregel niet aangetoond."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [text[q.start : q.end] for q in record.quotes] == [
        "zijn het nut en de noodzaak van de maatregel niet aangetoond"
    ]


def test_evidence_without_a_source_reports_nothing(nieuwsnlp_analyzer):
    """``Dat blijkt uit het feit dat …`` argues; it cites nobody."""
    text = "De club heeft geld genoeg. Dat blijkt uit het feit dat er drie nieuwe spelers komen."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_participle_phrase_is_no_attribution(nieuwsnlp_analyzer):
    """``…, geschreven in …`` describes a work; it does not attribute the words before it."""
    text = (
        "Daarna kwam zijn grootste werk. Een opera van drie uur voor koor en orkest, geschreven in "
        "de rust van zijn Friese boerderij."
    )
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_a_verb_with_a_prepositional_object_after_a_comma_is_no_attribution(nieuwsnlp_analyzer):
    """``X die …, waarschuwen voor …``: the subject came before the comma; nothing is reported."""
    text = "Leden die de voorzitter trouw blijven, waarschuwen voor een scheuring in de partij."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_an_attribution_between_commas_attributes_the_whole_sentence(nieuwsnlp_analyzer):
    """``A, stelt X, is B``: the sentence goes on after the attribution, also when X is no
    entity the resolver knows."""
    text = "De campagne was duur. De werkelijke kosten, stelt Erlings, liggen veel lager."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert [(text[q.start : q.end], q.kind) for q in record.quotes] == [
        ("De werkelijke kosten, stelt Erlings, liggen veel lager", "indirect")
    ]


def test_a_relative_dat_is_no_reported_clause(nieuwsnlp_analyzer):
    """``roept op tot het intrekken van de wet (dat voorziet in …)``: ``dat`` before its verb."""
    text = (
        "Een brief die vraagt om het schrappen van de regel (dat voorziet in een hogere "
        "boete), heeft al veel steun gekregen."
    )
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


@pytest.mark.parametrize(
    "text",
    [  # a participle before a noun is an adjective: a quoted term, no clause
        "De nieuwe regeling voor studenten gaat in maart in. Er is weinig kans op een "
        "'aanzuigende werking' van de regeling.",
        # a quoted clause is speech only when the subject can speak: a rule book does not
        "De sportclub heeft een nieuw reglement. Dat reglement verbiedt 'zonder geldige reden te "
        "laat te komen' op de training.",
    ],
)
def test_scare_quote_without_speaker_is_left_out(nieuwsnlp_analyzer, text):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_nested_speech_after_colon_is_found_once(nieuwsnlp_analyzer):
    """``zei: dat …`` is both a reported clause and speech after a colon: one quote."""
    text = (
        ",,Mijn vader zei: dat doen we nooit meer. Ik was het met hem eens'', vertelt Karel Smit."
    )
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    nested = [text[q.start : q.end] for q in record.quotes if q.kind == "indirect"]
    assert nested == ["dat doen we nooit meer"]


def test_fearing_is_no_speech(nieuwsnlp_analyzer):
    """``vreest dat`` states a fear, not what somebody said (guidelines: hoping, fearing, wanting)."""
    text = "De boeren vrezen dat de oogst dit jaar mislukt door de droogte."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # ``dat`` after a noun of time opens a clause of when, not a report
        "De hulpdiensten reageerden snel op het moment dat de brand uitbrak in de fabriek.",
        # what was not said
        "Er gaat veel geld naar de plannen. Hoeveel dat precies is, zegt de gemeente niet.",
        # wondering is no asking
        "Piet Bos vroeg zich af of het feest in het park wel doorging.",
        # reporting oneself is no report
        "De oud-wethouder meldde zich vorige week bij de club en bleek een prima trainer te zijn.",
        # calls as a noun report nothing
        "Met vriendelijke oproepen op de radio wist de gemeente veel kiezers naar de stembus te "
        "lokken.",
        # after a colon: what is not said, what I would say, a thought, a noun
        "Tegen iemand met griep zeg je ook niet: ga toch gewoon naar je werk.",
        "Het is een lastige keuze. Daarom zou ik zeggen: laat het plan nog even liggen.",
        "Ik zag de lange rij wachtenden en dacht: dat wordt nog een lange middag.",
        "De kiezer staat voor lastige vragen: welke partij komt het best op voor de zorg?",
        # with the subject before the verb, a noun phrase after it is an object
        "De nieuwste peiling bevestigt dat beeld: tien zetels voor de partij van de premier.",
        # ``zonder dat`` opens no reported clause
        "Mijn zoon noemde zijn hond Karel, zonder dat wij die naam hadden voorgesteld.",
        # the writer's own opinion reports nobody
        "Volgens mij moeten we gewoon wat vaker gaan wandelen.",
        # ``om … te`` after a phrase of its own is a purpose, also after a call
        "De wethouder pleit voor hekken bij de klinieken om demonstranten op afstand te houden.",
        "De partijen kwamen met voorstellen om de getuigen te horen.",
    ],
)
def test_no_reported_speech(nieuwsnlp_analyzer, text):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.quotes == []


def test_a_relative_clause_with_its_own_report_before_the_verb_breaks_nothing(nieuwsnlp_analyzer):
    """``X (52), die toegeeft dat …, herhaalde … dat …``: the clause before the second verb opens
    with the comma that closes the relative clause; both reported clauses are found."""
    text = (
        "De zaak begon gisteren. Verdachte Piet K. (52), die toegeeft dat hij de auto heeft "
        "gestolen terwijl de eigenaar sliep, herhaalde op de eerste dag van zijn proces dat hij "
        "spijt heeft."
    )
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    assert record.error is None
    assert "dat hij spijt heeft" in [quote.text for quote in record.quotes]


def test_a_quoted_clause_after_a_colon_is_direct(nieuwsnlp_analyzer):
    """``zei: 'We gaan door'``: after a colon a quoted clause is a whole utterance, even a short one
    in a sentence with an attribution, not a fragment of a reported sentence."""
    text = "Na afloop was de trainer kort. Mark Jansen zei: 'We gaan door'."
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    (quote,) = record.quotes
    assert (quote.text, quote.kind, quote.speaker.name) == ("We gaan door", "direct", "Mark Jansen")


SPEAKING_NOUNS = [
    "boer",
    "boerin",
    "werknemer",
    "werkgever",
    "ondernemer",
    "bezoeker",
    "speler",
    "kiezer",
    "verpleegkundige",
    "leerling",
    "kind",
    "familie",
    "jury",
    "leiding",
    "buren",
    "fans",
    "omwonenden",
    "nabestaanden",
    "trainster",
    "psychiater",
    "therapeut",
    "notaris",
    "schipper",
    "piloot",
    "postbode",
    "conciërge",
    "rector",
    "secretaris",
    "penningmeester",
    "eigenaresse",
    "uitbater",
    "arts",
    "docent",
    "student",
    "klant",
    "moeder",
    "dokter",
    "kapper",
    "rechter",
    "advocaat",
    "wethouder",
    "politie",
    "gemeente",
    "school",
    "vakbond",
    "stichting",
    "bewoners",
    "ouders",
    "jongeren",
    "deskundigen",
    "wetenschappers",
    "demonstranten",
    "slachtoffers",
    "getuigen",
    "critici",
    "rechtbank",
    "fabrikant",
    "politici",
    "directie",
    "jury",
    "coach",
    "aanvoerder",
    "kunstenaar",
    "schrijver",
    "journalist",
    "onderzoekers",
    "psycholoog",
    "econoom",
    "makelaar",
    "bakker",
]


def test_people_groups_and_bodies_speak_in_every_common_pattern(nieuwsnlp_analyzer):
    """The check that keeps things (``naam``, ``opening``) from speaking must let every noun for
    people, a group or a body speak, in each of the three commonest attributions."""
    silent = []
    for noun in SPEAKING_NOUNS:
        article = "Het" if noun in ("kind",) else "De"
        for text in (
            f"{article} {noun} zei dat de oogst mislukt is.",
            f"De oogst is mislukt, zegt {article.lower()} {noun}.",
            f"Volgens {article.lower()} {noun} is de oogst mislukt.",
        ):
            (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
            if [q.speaker.name if q.speaker else None for q in record.quotes] != [noun]:
                silent.append(text)
    assert silent == []
