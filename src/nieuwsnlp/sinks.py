"""Where analysis records go. Files are written atomically: a temporary file renamed at the end,
so an interrupted run never leaves a half file under the target name."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from nieuwsnlp.records import ArticleAnalysis


@contextlib.contextmanager
def atomic_path(target: Path, *, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=suffix, dir=target.parent
    )
    os.close(handle)
    path = Path(temporary)
    try:
        yield path
        os.replace(path, target)
    finally:
        if path.exists():
            path.unlink()


def write_jsonl(
    records: Iterable[ArticleAnalysis], output: str | Path
) -> Iterator[ArticleAnalysis]:
    """Write one JSON line per record to ``output`` (``-`` = stdout), passing the records through."""
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
