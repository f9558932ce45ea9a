"""Roles read from titles and appositions, through the default pipeline (the reading of occupation
nouns needs the tagger; sentences we wrote)."""

import pytest

from nieuwsnlp import make_article

CASES = [  # (text, person, roles)
    ("Kweker Arnoud de Vries is boos over de regels.", "Arnoud de Vries", ["kweker"]),
    (
        "Dat zegt minister van Financiën Wopke Hoekstra tegen de krant.",
        "Wopke Hoekstra",
        ["minister"],
    ),
    (
        "Het moet anders, meldt hoogleraar strafrecht Henny Sackers van de universiteit.",
        "Henny Sackers",
        ["hoogleraar"],
    ),
    ("Jan Smit (45), boer uit Drenthe, is boos over de regels.", "Jan Smit", ["boer"]),
    (
        "Volgens Piet Groen, een kunstschilder uit Deventer, is het mooi.",
        "Piet Groen",
        ["kunstschilder"],
    ),
    (  # a plural title before two names gives each the singular
        "Volgens de columnisten Heleen Mees en Asha ten Broeke is het zo.",
        "Asha ten Broeke",
        ["columnist"],
    ),
    ("De uitslag verraste komiek Jochem Myjer niet.", "Jochem Myjer", ["komiek"]),
    # who somebody is to others, or what befell them, is no role
    ("Zijn buurman Piet Jansen hoorde het ook.", "Piet Jansen", []),
    ("De kerk hoorde misbruikslachtoffer Saskia Bos gisteren aan.", "Saskia Bos", []),
    (  # a verb between a role noun and a name is no field of the title
        "Volgens de rechter overleed Ivo Smit door een ongeluk.",
        "Ivo Smit",
        [],
    ),
    (  # a relative clause after the name says something of him, not what he is
        "Aangeklaagd is zakenman Marian Kocner, die door de journalist werd onderzocht.",
        "Marian Kocner",
        ["zakenman"],
    ),
    # a title after ``van`` is the person's, not the name of a body (``minister van Financiën``)
    (
        "Een voorstel van SP-Kamerlid Karin de Wit sneuvelde in de Tweede Kamer.",
        "Karin de Wit",
        ["SP-Kamerlid"],
    ),
    (
        "Het plan van Forumleider Thierry Baudet kreeg weinig steun.",
        "Thierry Baudet",
        ["Forumleider"],
    ),
    ("Voormalig Cnor-lid Marco Jansen gaf aan dat het niet werkt.", "Marco Jansen", ["Cnor-lid"]),
    (  # two titles joined by ``en``, the second with an adjective
        "Dat zegt FvD-woordvoerder en toekomstig senator Joris de Bruin.",
        "Joris de Bruin",
        ["senator", "FvD-woordvoerder"],
    ),
    ("Wijkagent Frie van Rijn spreekt van baldadigheid.", "Frie van Rijn", ["wijkagent"]),
    (
        "Ondernemer en oud-voetballer Kees Jansma opende een zaak.",
        "Kees Jansma",
        ["oud-voetballer", "ondernemer"],
    ),
    (  # two roles joined in an apposition, past the body of the first
        "Dat klaagde Ulana Suprun, minister van Volksgezondheid en zelf arts, gisteren aan.",
        "Ulana Suprun",
        ["minister", "arts"],
    ),
    (
        "Het gaat om Raf Daenen (oud-wethouder en oud-raadslid in Oirschot).",
        "Raf Daenen",
        ["oud-wethouder", "oud-raadslid"],
    ),
    ("Jan Smit, boer en vader van drie kinderen, zei dat.", "Jan Smit", ["boer"]),
    (  # in a list of titled names, a title after the comma belongs to the next name
        "Bedreigd werden D66-leider Anna Smit, BIJ1-aanvoerster Sylvia Bos en premier Mark Rutte.",
        "Anna Smit",
        ["D66-leider"],
    ),
]


@pytest.mark.parametrize(("text", "person", "roles"), CASES)
def test_roles_from_titles_and_appositions(nieuwsnlp_analyzer, text, person, roles):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    found = {p.name: p.roles for p in record.people}
    assert found.get(person) == roles, found
