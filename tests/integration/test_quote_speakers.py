"""Speaker rules that need the tagger and parser, through the default pipeline (sentences we wrote;
the rules that work on a blank pipeline are in tests/unit/cases/quotes.json)."""

import pytest

from nieuwsnlp import make_article

CASES = [  # (text, quote as written, speaker name or None)
    (  # a plural pronoun stands for the group that was the subject just before
        "Het bestuur steunt het plan. Daartegenover staan partijleden die waarschuwen voor de "
        "kosten. Volgens hen wordt het plan veel te duur.",
        "wordt het plan veel te duur",
        "partijleden",
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
        "Jan de Vries van de SGP maakte een grap. Volgens zijn woordvoerder moet dat niet worden "
        "gelezen als kritiek.",
        "moet dat niet worden gelezen als kritiek",
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
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), CASES)
def test_speaker(nieuwsnlp_analyzer, text, quoted, speaker):
    (record,) = nieuwsnlp_analyzer.analyze([make_article(text)])
    found = {text[q.start : q.end]: q.speaker.name if q.speaker else None for q in record.quotes}
    assert quoted in found, found
    assert found[quoted] == speaker
