"""Where analysis records go: JSON lines, a Parquet folder or a DuckDB file.

Every sink streams (memory does not grow with the number of articles) and writes atomically: the output
is built under a temporary name beside the target and renamed at the end, so an interrupted run never
leaves a half file under the target name. Parquet and DuckDB hold one table per record type, tied together
by ``article_id`` and ``entity_id``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from nieuwsnlp.records import ArticleAnalysis

FORMATS = ("jsonl", "parquet", "duckdb")
ROWS_PER_BATCH = 1000

#: Column name → Arrow type name, per table. The one description of the tabular layout.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string",
        "date": "string",
        "year": "int32",
        "month": "int32",
        "day": "int32",
        "title": "string",
        "text": "string",
        "source_path": "string",
        "source_index": "int64",
        "source_line": "int64",
        "captions": "list<string>",
        "subheadings": "list<string>",
        "warnings": "list<string>",
        "pipeline": "string",
        "pipeline_version": "string",
        "error_type": "string",
        "error_message": "string",
    },
    "people": {
        "article_id": "string",
        "entity_id": "string",
        "name": "string",
        "roles": "list<string>",
    },
    "organizations": {
        "article_id": "string",
        "entity_id": "string",
        "name": "string",
        "canonical": "string",
    },
    "places": {
        "article_id": "string",
        "entity_id": "string",
        "name": "string",
        "canonical": "string",
        "geonames_id": "int64",
        "country": "string",
        "lat": "float64",
        "lon": "float64",
        "kind": "string",
    },
    "mentions": {
        "article_id": "string",
        "entity_id": "string",
        "entity_type": "string",
        "start": "int64",
        "end": "int64",
        "text": "string",
    },
    "quotes": {
        "article_id": "string",
        "quote_index": "int32",
        "text": "string",
        "start": "int64",
        "end": "int64",
        "kind": "string",
        "cue": "string",
        "speaker_entity_id": "string",
        "speaker_name": "string",
        "speaker_start": "int64",
        "speaker_end": "int64",
    },
    "claims": {
        "article_id": "string",
        "claim_index": "int32",
        "text": "string",
        "start": "int64",
        "end": "int64",
        "value": "float64",
        "low": "float64",
        "high": "float64",
        "unit": "string",
        "qualifier": "string",
        "subject": "string",
        "source": "string",
        "sentence_start": "int64",
        "sentence_end": "int64",
    },
}


def rows(analysis: ArticleAnalysis) -> dict[str, list[dict[str, Any]]]:
    """Flatten one analysis into rows per table."""
    article = analysis.article
    key = {"article_id": article.id}
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    tables["articles"].append(
        key
        | article.model_dump(include={"date", "year", "month", "day", "title", "text"})
        | {
            "source_path": article.source.path,
            "source_index": article.source.index,
            "source_line": article.source.line,
            "captions": article.captions,
            "subheadings": article.subheadings,
            "warnings": article.warnings,
            "pipeline": analysis.pipeline.name,
            "pipeline_version": analysis.pipeline.version,
            "error_type": analysis.error.type if analysis.error else None,
            "error_message": analysis.error.message if analysis.error else None,
        }
    )
    for entity_type, table, entities in (
        ("person", "people", analysis.people),
        ("organization", "organizations", analysis.organizations),
        ("place", "places", analysis.places),
    ):
        for entity in entities:
            ids = key | {"entity_id": entity.id}
            tables[table].append(ids | entity.model_dump(exclude={"id", "mentions"}))
            for mention in entity.mentions:
                tables["mentions"].append(ids | {"entity_type": entity_type} | mention.model_dump())
    for index, quote in enumerate(analysis.quotes):
        speaker = quote.speaker
        speaker_mention = speaker.mention if speaker else None
        tables["quotes"].append(
            key
            | {"quote_index": index}
            | quote.model_dump(exclude={"speaker"})
            | {
                "speaker_entity_id": speaker.entity_id if speaker else None,
                "speaker_name": speaker.name if speaker else None,
                "speaker_start": speaker_mention.start if speaker_mention else None,
                "speaker_end": speaker_mention.end if speaker_mention else None,
            }
        )
    for index, claim in enumerate(analysis.claims):
        sentence = claim.sentence
        tables["claims"].append(
            key
            | {"claim_index": index}
            | claim.model_dump(exclude={"sentence"})
            | {
                "sentence_start": sentence.start if sentence else None,
                "sentence_end": sentence.end if sentence else None,
            }
        )
    return tables


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([(column, types[kind]) for column, kind in TABLES[table].items()])


def arrow_batches(
    records: Iterable[ArticleAnalysis], on_record: Callable[[ArticleAnalysis], None]
) -> Iterator[dict[str, Any]]:
    """Arrow tables per record type, ``ROWS_PER_BATCH`` articles at a time."""
    import pyarrow as pa

    schemas = {table: arrow_schema(table) for table in TABLES}
    iterator = iter(records)
    while chunk := list(islice(iterator, ROWS_PER_BATCH)):
        collected: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        for record in chunk:
            on_record(record)
            for table, table_rows in rows(record).items():
                collected[table].extend(table_rows)
        yield {
            table: pa.Table.from_pylist(collected[table], schema=schemas[table]) for table in TABLES
        }


@contextlib.contextmanager
def atomic_path(target: Path, *, directory: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if directory:
        temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    else:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(handle)
        temporary = Path(name)
    try:
        yield temporary
        if directory and target.exists():
            shutil.rmtree(target)
        os.replace(temporary, target)
    finally:
        if temporary.is_dir():
            shutil.rmtree(temporary)
        elif temporary.exists():
            temporary.unlink()


def write(
    records: Iterable[ArticleAnalysis], output: str | Path, format: str = "jsonl"
) -> Iterator[ArticleAnalysis]:
    """Write ``records`` to ``output`` in ``format``, yielding each record once it is taken."""
    if format == "jsonl":
        yield from write_jsonl(records, output)
    elif format == "parquet":
        yield from write_parquet(records, output)
    elif format == "duckdb":
        yield from write_duckdb(records, output)
    else:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")


def write_jsonl(
    records: Iterable[ArticleAnalysis], output: str | Path
) -> Iterator[ArticleAnalysis]:
    """One JSON line per record (``-`` = stdout)."""
    if str(output) == "-":
        yield from _write_lines(records, sys.stdout)
        return
    with atomic_path(Path(output)) as temporary, temporary.open("w", encoding="utf-8") as handle:
        yield from _write_lines(records, handle)


def _write_lines(records: Iterable[ArticleAnalysis], handle: IO[str]) -> Iterator[ArticleAnalysis]:
    for record in records:
        handle.write(record.model_dump_json())
        handle.write("\n")
        yield record


def write_parquet(
    records: Iterable[ArticleAnalysis], output: str | Path
) -> Iterator[ArticleAnalysis]:
    """A folder with one Parquet file per table (``articles.parquet``, ``people.parquet`` …)."""
    import pyarrow.parquet as pq

    taken: list[ArticleAnalysis] = []
    with atomic_path(Path(output), directory=True) as folder:
        writers = {
            table: pq.ParquetWriter(folder / f"{table}.parquet", arrow_schema(table))
            for table in TABLES
        }
        try:
            for batch in arrow_batches(records, taken.append):
                for table, arrow_table in batch.items():
                    writers[table].write_table(arrow_table)
                yield from taken
                taken.clear()
        finally:
            for writer in writers.values():
                writer.close()


def write_duckdb(
    records: Iterable[ArticleAnalysis], output: str | Path
) -> Iterator[ArticleAnalysis]:
    """One DuckDB database file with one table per record type."""
    import duckdb

    taken: list[ArticleAnalysis] = []
    with atomic_path(Path(output)) as temporary:
        temporary.unlink()  # DuckDB creates the file itself
        connection = duckdb.connect(str(temporary))
        try:
            for table in TABLES:
                connection.register("batch", arrow_schema(table).empty_table())
                connection.execute(f"CREATE TABLE {table} AS SELECT * FROM batch")
                connection.unregister("batch")
            for batch in arrow_batches(records, taken.append):
                for table, arrow_table in batch.items():
                    connection.register("batch", arrow_table)
                    connection.execute(f"INSERT INTO {table} SELECT * FROM batch")
                    connection.unregister("batch")
                yield from taken
                taken.clear()
        finally:
            connection.close()
