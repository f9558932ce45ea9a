import json

import duckdb
import pyarrow.parquet as pq
import pytest

from nieuwsnlp.sinks import TABLES, rows, write


def _drain(iterator):
    return list(iterator)


def test_rows_tie_tables_together_by_keys(rich_analysis):
    tables = rows(rich_analysis)
    assert set(tables) == set(TABLES)
    for table, table_rows in tables.items():
        for row in table_rows:
            assert set(row) == set(TABLES[table]), table
    (mention_person, mention_place) = tables["mentions"]
    assert (mention_person["entity_id"], mention_person["text"]) == ("p1", "Jan de Vries")
    assert mention_place["entity_type"] == "place"
    assert tables["quotes"][0]["speaker_entity_id"] == tables["people"][0]["entity_id"]


def test_jsonl(tmp_path, rich_analysis):
    out = tmp_path / "out.jsonl"
    assert _drain(write([rich_analysis] * 3, out)) == [rich_analysis] * 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["people"][0]["name"] == "Jan de Vries"


def test_parquet_folder_has_one_table_per_record_type(tmp_path, rich_analysis):
    out = tmp_path / "out.parquet"
    _drain(write([rich_analysis, rich_analysis], out, "parquet"))
    assert {path.stem for path in out.iterdir()} == set(TABLES)
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    assert [c["value"] for c in claims] == [5e6, 5e6] and claims[0]["unit"] == "EUR"
    assert pq.read_table(out / "organizations.parquet").num_rows == 0


def test_duckdb_database_answers_queries(tmp_path, rich_analysis):
    out = tmp_path / "out.duckdb"
    _drain(write([rich_analysis] * 2, out, "duckdb"))
    with duckdb.connect(str(out), read_only=True) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM quotes q JOIN people p USING (article_id)"
            " WHERE q.speaker_entity_id = p.entity_id"
        ).fetchone()
        assert count == 4  # two articles with the same id: each quote joins both people rows
        assert connection.execute("SELECT country FROM places").fetchall() == [("NL",), ("NL",)]


@pytest.mark.parametrize("format", ["jsonl", "parquet", "duckdb"])
def test_interrupted_run_leaves_no_file_under_the_target_name(tmp_path, rich_analysis, format):
    def records():
        yield rich_analysis
        raise KeyboardInterrupt

    out = tmp_path / f"out.{format}"
    with pytest.raises(KeyboardInterrupt):
        _drain(write(records(), out, format))
    assert list(tmp_path.iterdir()) == []


def test_unknown_format(tmp_path, rich_analysis):
    with pytest.raises(ValueError, match="unknown format"):
        _drain(write([rich_analysis], tmp_path / "x", "csv"))
