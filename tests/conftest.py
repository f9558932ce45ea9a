"""Shared test fixtures: paths to the repository's fixtures and to ../shared/data (when present)."""

import os
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from nieuwsnlp import ArticleAnalysis, PipelineInfo, make_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DATA = Path(os.environ.get("NIEUWSNLP_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests using it skip when this checkout has no data beside it."""
    if not (DATA / "news").is_dir():
        pytest.skip(f"shared data not found at {DATA} (set NIEUWSNLP_DATA to run this test)")
    return DATA


PIPELINE = PipelineInfo(name="blank:nl", version="0.0.0")
TEXT = "Minister Jan de Vries zei: ,,Het kost 5 miljoen euro.'' Hij sprak in Utrecht."
QUOTE = TEXT.index("Het kost")
CLAIM = TEXT.index("5 miljoen")


def _doc_with_extensions() -> Doc:
    """A Doc as our components would leave it, with one record of every type."""
    for name in ("nieuwsnlp_entities", "nieuwsnlp_quotes", "nieuwsnlp_claims"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    doc = spacy.blank("nl")(TEXT)
    doc._.nieuwsnlp_entities = [
        {
            "id": "p1",
            "type": "person",
            "name": "Jan de Vries",
            "mentions": [[9, 21]],
            "roles": ["minister"],
            "canonical": None,
            "geonames_id": None,
        },
        {
            "id": "l1",
            "type": "place",
            "name": "Utrecht",
            "mentions": [[TEXT.index("Utrecht"), len(TEXT) - 1]],
            "roles": [],
            "canonical": "Utrecht",
            "geonames_id": 2745912,
            "country": "NL",
            "lat": 52.09,
            "lon": 5.12,
            "kind": "city",
        },
    ]
    doc._.nieuwsnlp_quotes = [
        {
            "start": QUOTE,
            "end": TEXT.index("''"),
            "kind": "direct",
            "cue": "zeggen",
            "speaker": {"entity_id": "p1", "name": "Jan de Vries", "start": 9, "end": 21},
        },
    ]
    doc._.nieuwsnlp_claims = [
        {
            "start": CLAIM,
            "end": CLAIM + len("5 miljoen euro"),
            "value": 5e6,
            "low": None,
            "high": None,
            "unit": "EUR",
            "qualifier": "exact",
            "subject": None,
            "source": "Jan de Vries",
            "sentence_start": 0,
            "sentence_end": QUOTE + 26,
        },
    ]
    return doc


@pytest.fixture
def rich_analysis() -> ArticleAnalysis:
    return ArticleAnalysis.from_doc(make_article(TEXT), _doc_with_extensions(), PIPELINE)
