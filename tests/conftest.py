"""Shared test fixtures: paths to the repository's fixtures and to ../shared/data (when present)."""

import os
from pathlib import Path

import pytest

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
