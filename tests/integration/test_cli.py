"""``nieuwsnlp analyze`` end to end: exactly one valid JSON line per input article, in order."""

import json
import subprocess
import sys

import pytest

from nieuwsnlp.cli import main


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_analyze_fixtures(tmp_path, fixtures_dir, capsys):
    out = tmp_path / "out.jsonl"
    inputs = [str(fixtures_dir / name) for name in ("sample-dump.txt", "sample.jsonl", "plain.txt")]
    assert main(["analyze", *inputs, "-o", str(out), "--model", "blank:nl"]) == 0
    records = _lines(out)
    assert [r["article"]["id"] for r in records] == [
        "sample-dump:0",
        "sample-dump:1",
        "sample-dump:2",
        "a1",
        "a2",
        "sample:2",
        "plain:0",
    ]
    assert all(r["error"] is None for r in records)
    assert records[0]["article"]["subheadings"] == ["Kritiek"]
    assert "Volledig scherm" not in records[0]["article"]["text"]
    assert records[0]["pipeline"] == {"name": "blank:nl", "version": "0.0.0"}
    summary = capsys.readouterr().err
    assert "7 articles read, 7 analysed, 0 failed" in summary


def test_output_to_stdout_and_quiet(fixtures_dir, capsys):
    assert main(["analyze", str(fixtures_dir / "plain.txt"), "--quiet", "--model", "blank:nl"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["article"]["id"] == "plain:0"
    assert captured.err == ""


def test_unreadable_input_exits_2_naming_the_file(tmp_path, capsys):
    missing = tmp_path / "bestaat-niet.txt"
    assert main(["analyze", str(missing), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "bestaat-niet.txt" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_entry_point_version_and_schema():
    version = subprocess.run(
        [sys.executable, "-m", "nieuwsnlp.cli", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("nieuwsnlp ")
    schema = subprocess.run(
        [sys.executable, "-m", "nieuwsnlp.cli", "schema"], capture_output=True, text=True
    )
    assert json.loads(schema.stdout)["title"] == "ArticleAnalysis"


def test_stdin_input(fixtures_dir):
    result = subprocess.run(
        [sys.executable, "-m", "nieuwsnlp.cli", "analyze", "-", "--quiet", "--model", "blank:nl"],
        input=(fixtures_dir / "sample-dump.txt").read_bytes(),
        capture_output=True,
    )
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 3


def test_seed_article(tmp_path, shared_data):
    out = tmp_path / "seed.jsonl"
    assert main(["analyze", str(shared_data / "news" / "seed-article.txt"), "-o", str(out)]) == 0
    (record,) = _lines(out)
    article = record["article"]
    assert article["date"] == "2023-03" and article["text"].startswith("De stad Bachmoet")
    assert "Volledig scherm" not in article["text"]
    assert article["captions"] and "Munitie" in article["subheadings"]


@pytest.mark.slow
def test_dev_dump_gives_1000_valid_lines(tmp_path, shared_data):
    out = tmp_path / "dev.jsonl"
    dump = shared_data / "news" / "dpg2019-dev.txt"
    assert main(["analyze", str(dump), "-o", str(out), "--quiet"]) == 0
    records = _lines(out)
    assert len(records) == 1000
    assert len({r["article"]["id"] for r in records}) == 1000
    assert all(r["error"] is None for r in records)
