"""Analyse a dump on a Dask cluster when one machine is not enough (``pip install "nieuwsnlp[dask]"``).

The dump is cut into byte ranges at article boundaries; each partition is read and analysed on a worker,
with one pipeline loaded once per worker process. The bag holds the same JSON dicts ``nieuwsnlp analyze``
writes, in input order.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from nieuwsnlp.analyzer import Analyzer
from nieuwsnlp.loader import DumpRange, load_range, split_dump
from nieuwsnlp.records import ArticleAnalysis
from nieuwsnlp.sinks import TABLES, arrow_schema, rows

DEFAULT_BLOCKSIZE = 1 << 20


@cache
def _analyzer(model: str | None) -> Analyzer:
    """One pipeline per worker process, loaded on first use."""
    return Analyzer(model)


def _analyze_range(part: DumpRange, model: str | None) -> list[dict[str, Any]]:
    analyzer = _analyzer(model)
    return [record.model_dump(mode="json") for record in analyzer.analyze(load_range(part))]


def analyze_dump(
    path: str | Path, blocksize: int | None = None, model: str | None = None
) -> db.Bag:
    """A Dask bag of analysis dicts (one per article, in input order) for the dump at ``path``.

    ``path`` must be readable by the workers (a shared file system on a real cluster).
    """
    parts = split_dump(path, blocksize or DEFAULT_BLOCKSIZE)
    delayed = [dask.delayed(_analyze_range)(part, model) for part in parts]
    return db.from_delayed(delayed)


def _frame(records: list[dict[str, Any]], table: str) -> pd.DataFrame:
    import pyarrow as pa

    table_rows = [
        row for record in records for row in rows(ArticleAnalysis.model_validate(record))[table]
    ]
    arrow_table = pa.Table.from_pylist(table_rows, schema=arrow_schema(table))
    return arrow_table.to_pandas(types_mapper=pd.ArrowDtype)


def to_dataframes(bag: db.Bag) -> dict[str, dd.DataFrame]:
    """One Dask DataFrame per record type (the tables of the Parquet and DuckDB sinks)."""
    partitions = bag.to_delayed()
    frames = {}
    for table in TABLES:
        meta = arrow_schema(table).empty_table().to_pandas(types_mapper=pd.ArrowDtype)
        frames[table] = dd.from_delayed(
            [dask.delayed(_frame)(part, table) for part in partitions], meta=meta
        )
    return frames


def write_parquet(bag: db.Bag, folder: str | Path) -> None:
    """Write one Parquet dataset per record type under ``folder`` (``folder/people/…``)."""
    for table, frame in to_dataframes(bag).items():
        frame.to_parquet(Path(folder) / table, write_index=False)
