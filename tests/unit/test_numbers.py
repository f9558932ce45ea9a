"""Table-driven tests of Dutch number parsing (cases/numbers.json) and finding (number_spans.json)."""

import json
from pathlib import Path

import pytest

from nieuwsnlp.numbers import find_numbers, parse_number

CASES = Path(__file__).parent / "cases"
NUMBERS = json.loads((CASES / "numbers.json").read_text(encoding="utf-8"))
SPANS = json.loads((CASES / "number_spans.json").read_text(encoding="utf-8"))


def test_the_table_is_large_enough():
    assert len(NUMBERS) + len(SPANS) >= 150


@pytest.mark.parametrize(
    ("expression", "expected"), NUMBERS, ids=[c[0] or "empty" for c in NUMBERS]
)
def test_parse_number(expression, expected):
    value = parse_number(expression)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=[c[0][:40] for c in SPANS])
def test_find_numbers(text, expected):
    found = [(text[n.start : n.end], n.value, n.qualifier) for n in find_numbers(text)]
    assert [(t, pytest.approx(v), q) for t, v, q in expected] == found


def test_ranges_carry_both_bounds():
    (span,) = find_numbers("Van 5 tot 10 procent.")
    assert (span.low, span.high) == (5, 10)
