import io
import json

import pytest

from nieuwsnlp import load_dump, make_article, read_text


def test_raw_dump_splits_at_date_markers(fixtures_dir):
    articles = list(load_dump(fixtures_dir / "sample-dump.txt"))
    assert [a.id for a in articles] == ["sample-dump:0", "sample-dump:1", "sample-dump:2"]
    first, second, third = articles
    assert (first.date, first.year, first.month, first.day) == ("2024-05-14", 2024, 5, 14)
    assert first.text.startswith("De gemeenteraad van Zwolle")
    assert (second.date, second.day) == ("2024-06", None)
    assert second.source.line == 11
    assert third.source.index == 2


def test_captions_leave_the_text(fixtures_dir):
    article = next(load_dump(fixtures_dir / "sample-dump.txt"))
    assert "Volledig scherm" not in article.text
    assert article.captions == [
        "Wethouder Marieke Jansen tijdens de raadsvergadering in het stadhuis van Zwolle."
        " © ANP / Vincent Jannink"
    ]


def test_subheading_is_its_own_paragraph(fixtures_dir):
    article = next(load_dump(fixtures_dir / "sample-dump.txt"))
    assert article.subheadings == ["Kritiek"]
    assert "Kritiek" in article.paragraphs
    assert "\n\nKritiek\n\nDe oppositie" in article.text
    assert article.text == "\n\n".join(article.paragraphs)


def test_impossible_date_gives_undated_article_with_warning(fixtures_dir):
    article = list(load_dump(fixtures_dir / "sample-dump.txt"))[2]
    assert article.date is None
    assert article.text.startswith("Deze datum bestaat niet")
    assert article.warnings == ["line 14: impossible date '2024-13'; article left undated"]


def test_jsonl_fields(fixtures_dir):
    a1, a2, a3 = load_dump(fixtures_dir / "sample.jsonl")
    assert (a1.id, a1.title, a1.date) == ("a1", "Brand in Utrechtse loods", "2024-02-03")
    assert a2.date == "2024-03" and a2.paragraphs[1].startswith("Economen")
    assert (a3.id, a3.date, a3.title) == ("sample:2", None, "Zonder id en datum")


def test_broken_json_line_becomes_an_error_article_and_the_rest_goes_on():
    stream = io.BytesIO(
        b'{"text": "Goed."}\n{kapot\n{"title": "geen tekst"}\n{"text": "Ook goed."}\n'
    )
    articles = list(load_dump(stream))
    assert [a.error is None for a in articles] == [True, False, False, True]
    assert articles[1].error.startswith("line 2:")
    assert "'text'" in articles[2].error


def test_plain_text_is_one_undated_article(fixtures_dir):
    (article,) = load_dump(fixtures_dir / "plain.txt")
    assert article.date is None and article.id == "plain:0"
    assert len(article.paragraphs) == 2


def test_text_before_first_marker_is_an_article_only_when_not_blank():
    assert [a.text for a in read_text("\n   \n date 2020-01 Eerste.\n")] == ["Eerste."]
    assert [a.text for a in read_text("Inleiding.\n date 2020-01 Eerste.\n")] == [
        "Inleiding.",
        "Eerste.",
    ]


def test_marker_must_start_the_line():
    (article,) = read_text(" date 2020-01 Het woord date 2020-02 midden in een zin.\n")
    assert article.text == "Het woord date 2020-02 midden in een zin."


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_line():
    raw = b" date 2021-03 Eerste regel.\nTweede \xff\xfe regel.\n"
    (article,) = load_dump(io.BytesIO(raw))
    assert "\ufffd" in article.text
    assert article.warnings == ["line 2: invalid UTF-8 bytes replaced"]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_input_gives_no_articles(content):
    assert list(load_dump(io.BytesIO(content))) == []


def test_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b" date 2022-02-02 Via stdin.\n"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    (article,) = load_dump("-")
    assert article.text == "Via stdin." and article.source.path == "-"


def test_loader_streams_lazily():
    def endless():
        number = 0
        while True:
            number += 1
            yield f" date 2020-01 Artikel {number}.\n".encode()

    class Stream(io.RawIOBase):
        def __init__(self):
            self.lines = endless()

        def __iter__(self):
            return self.lines

    articles = load_dump(Stream())
    assert [next(articles).text for _ in range(3)] == ["Artikel 1.", "Artikel 2.", "Artikel 3."]


def test_make_article_cleans_like_the_loader():
    article = make_article("Eerste alinea.\n\nVolledig scherm Een foto. © ANP", date="2023-03-01")
    assert article.text == "Eerste alinea." and article.captions == ["Een foto. © ANP"]
    assert article.day == 1


def test_article_json_round_trip(fixtures_dir):
    from nieuwsnlp import Article

    for article in load_dump(fixtures_dir / "sample-dump.txt"):
        assert Article.model_validate(json.loads(article.model_dump_json())) == article


def test_seed_article(shared_data):
    (article,) = load_dump(shared_data / "news" / "seed-article.txt")
    assert article.date == "2023-03"
    assert article.text.startswith("De stad Bachmoet")
    assert "Volledig scherm" not in article.text
    assert len(article.captions) == 1 and article.captions[0].endswith("© ANP / EPA")
    assert "Munitie" in article.subheadings


def test_dev_dump_and_jsonl_agree(shared_data):
    raw = list(load_dump(shared_data / "news" / "dpg2019-dev.txt"))
    jsonl = list(load_dump(shared_data / "news" / "dpg2019-dev.jsonl"))
    assert len(raw) == len(jsonl) == 1000
    assert len({a.id for a in jsonl}) == 1000
    assert sum(a.text == b.text for a, b in zip(raw, jsonl, strict=True)) >= 990


@pytest.mark.parametrize("blocksize", [1, 200, 10**9])
@pytest.mark.parametrize("name", ["sample-dump.txt", "sample.jsonl", "plain.txt"])
def test_split_dump_never_cuts_an_article(fixtures_dir, name, blocksize):
    from nieuwsnlp.loader import load_range, split_dump

    path = fixtures_dir / name
    parts = split_dump(path, blocksize)
    assert [a for part in parts for a in load_range(part)] == list(load_dump(path))
    if blocksize == 1:
        assert len(parts) == len(list(load_dump(path)))


def test_split_dump_counts_a_preamble_article(tmp_path):
    from nieuwsnlp.loader import load_range, split_dump

    path = tmp_path / "dump.txt"
    path.write_text("Inleiding.\n date 2020-01 Een.\n date 2020-02 Twee.\n", encoding="utf-8")
    ids = [a.id for part in split_dump(path, 1) for a in load_range(part)]
    assert ids == ["dump:0", "dump:1", "dump:2"]
