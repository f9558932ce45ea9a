"""Split news dumps into date-stamped ``Article`` objects, streaming, without ever crashing on bad input.

Three formats are recognised by their first non-blank line:

* a raw dump, where every article starts at a line ``date YYYY-MM[-DD] <text>``;
* JSON lines with a ``text`` field (``published_at``/``date``, ``title``, ``id`` optional);
* plain text without markers: one undated article.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel, ConfigDict, Field

DATE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=\s|$)\s?")
DATE_MARKER_BYTES = re.compile(DATE_MARKER.pattern.encode())
CAPTION_PREFIX = re.compile(r"^Volledig scherm\s+")
FINAL_PUNCTUATION = tuple(".!?:;…\"'”’»)")
SUBHEADING_MAX_WORDS = 8
SUBHEADING_MAX_CHARS = 120


class Source(BaseModel):
    """Where an article came from: file, article index in that file and 1-based first line."""

    model_config = ConfigDict(frozen=True)

    path: str
    index: int
    line: int


class Article(BaseModel):
    """One news article as found in a dump, with its text cleaned of photo captions."""

    model_config = ConfigDict(frozen=True)

    id: str
    date: str | None = Field(
        None, description="ISO date as precise as given: YYYY-MM or YYYY-MM-DD"
    )
    year: int | None = None
    month: int | None = None
    day: int | None = None
    title: str | None = None
    text: str = ""
    paragraphs: list[str] = Field(default_factory=list)
    source: Source
    captions: list[str] = Field(default_factory=list)
    subheadings: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = Field(None, description="Why this input could not become an article")


def load_dump(path_or_file: str | Path | BinaryIO) -> Iterator[Article]:
    """Yield the articles of a dump one by one; memory stays flat whatever the file size.

    ``path_or_file`` is a path, ``"-"`` for standard input, or a binary file object.
    """
    if isinstance(path_or_file, str | Path):
        if str(path_or_file) == "-":
            yield from _load_stream(sys.stdin.buffer, "-", "stdin")
            return
        path = Path(path_or_file)
        with path.open("rb") as handle:
            yield from _load_stream(handle, str(path), path.stem)
    else:
        name = getattr(path_or_file, "name", "stream")
        yield from _load_stream(path_or_file, str(name), Path(str(name)).stem)


@dataclass(frozen=True)
class DumpRange:
    """A byte range of a dump file that starts at an article boundary, with its place in the file."""

    path: str
    start: int
    end: int
    first_index: int
    first_line: int


def split_dump(path: str | Path, blocksize: int) -> list[DumpRange]:
    """Cut a dump file into ranges of about ``blocksize`` bytes that never cut an article.

    One pass over the lines, counting articles as the loader does, so every range knows the index
    and line number of its first article and ids stay those of a whole-file read.
    """
    ranges: list[DumpRange] = []
    start = offset = articles = first_index = 0
    first_line = 1
    jsonl: bool | None = None
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
            stripped = line.strip()
            if jsonl is None and stripped:
                jsonl = stripped.startswith(b"{")
            if jsonl:
                starts_article = bool(stripped)
            else:
                # a marker, or the first non-blank text before any marker (an undated article)
                starts_article = bool(DATE_MARKER_BYTES.match(line)) or (
                    bool(stripped) and articles == 0
                )
            if starts_article and offset - start >= blocksize:
                ranges.append(DumpRange(str(path), start, offset, first_index, first_line))
                start, first_index, first_line = offset, articles, number
            articles += starts_article
            offset += len(raw)
    ranges.append(DumpRange(str(path), start, offset, first_index, first_line))
    return ranges


def load_range(part: DumpRange) -> Iterator[Article]:
    """The articles of one ``DumpRange``, with the ids and line numbers a whole-file read gives."""
    path = Path(part.path)
    with path.open("rb") as handle:
        handle.seek(part.start)
        data = io.BytesIO(handle.read(part.end - part.start))
    yield from _load_stream(data, str(path), path.stem, part.first_index, part.first_line)


def _decoded_lines(stream: BinaryIO, first_line: int = 1) -> Iterator[tuple[int, str, bool]]:
    """(line number, text, had invalid bytes) for every line, decoding UTF-8 forgivingly."""
    for number, raw in enumerate(stream, start=first_line):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text, bad = raw.decode("utf-8"), False
        except UnicodeDecodeError:
            text, bad = raw.decode("utf-8", errors="replace"), True
        yield number, text.rstrip("\r\n"), bad


def _load_stream(
    stream: BinaryIO, path: str, stem: str, first_index: int = 0, first_line: int = 1
) -> Iterator[Article]:
    lines = _decoded_lines(stream, first_line)
    head: list[tuple[int, str, bool]] = []
    for item in lines:
        head.append(item)
        if item[1].strip():
            break
    first = head[-1][1].lstrip() if head else ""
    replay = _chain(head, lines)
    if first.startswith("{"):
        yield from _load_jsonl(replay, path, stem, first_index)
    else:
        yield from _load_raw(replay, path, stem, first_index)


def _chain(
    head: list[tuple[int, str, bool]], rest: Iterable[tuple[int, str, bool]]
) -> Iterator[tuple[int, str, bool]]:
    yield from head
    yield from rest


def _load_raw(
    lines: Iterable[tuple[int, str, bool]], path: str, stem: str, index: int
) -> Iterator[Article]:
    block: list[str] = []
    warnings: list[str] = []
    start_line = 1
    marker: re.Match[str] | None = None

    def emit() -> Article:
        return _raw_article(
            block, marker, warnings, Source(path=path, index=index, line=start_line), stem
        )

    for number, text, bad in lines:
        found = DATE_MARKER.match(text)
        if found:
            if marker is not None or any(line.strip() for line in block):
                yield emit()
                index += 1
            block, warnings, start_line, marker = [text[found.end() :]], [], number, found
        else:
            if not block and marker is None:
                start_line = number
            block.append(text)
        if bad:
            warnings.append(f"line {number}: invalid UTF-8 bytes replaced")
    if marker is not None or any(line.strip() for line in block):
        yield emit()


def _raw_article(
    lines: list[str], marker: re.Match[str] | None, warnings: list[str], source: Source, stem: str
) -> Article:
    warnings = list(warnings)
    date_fields: dict[str, object] = {}
    if marker is not None:
        year, month, day = marker.group(1), marker.group(2), marker.group(3)
        try:
            _date(int(year), int(month), int(day or 1))
        except ValueError:
            given = f"{year}-{month}" + (f"-{day}" if day else "")
            warnings.append(f"line {source.line}: impossible date {given!r}; article left undated")
        else:
            date_fields = _date_fields(int(year), int(month), int(day) if day else None)
    return _article(
        _split_paragraphs(lines), source, f"{stem}:{source.index}", warnings=warnings, **date_fields
    )


def _load_jsonl(
    lines: Iterable[tuple[int, str, bool]], path: str, stem: str, index: int
) -> Iterator[Article]:
    for number, line, bad in lines:
        if not line.strip():
            continue
        source = Source(path=path, index=index, line=number)
        warnings = [f"line {number}: invalid UTF-8 bytes replaced"] if bad else []
        index += 1
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("a JSON object with a string field 'text' is required")
        except ValueError as error:
            yield Article(
                id=f"{stem}:{source.index}",
                source=source,
                warnings=warnings,
                error=f"line {number}: {error}",
            )
            continue
        date_fields = _parse_date(
            record.get("published_at") or record.get("date"), number, warnings
        )
        title = record.get("title")
        given_id = record.get("id")
        yield _article(
            _split_paragraphs(record["text"].splitlines()),
            source,
            str(given_id) if given_id is not None else f"{stem}:{source.index}",
            warnings=warnings,
            title=str(title) if title else None,
            **date_fields,
        )


def _parse_date(value: object, line: int, warnings: list[str]) -> dict[str, object]:
    if value is None or value == "":
        return {}
    found = re.match(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", str(value))
    if found:
        year, month = int(found.group(1)), int(found.group(2))
        day = int(found.group(3)) if found.group(3) else None
        try:
            _date(year, month, day or 1)
            return _date_fields(year, month, day)
        except ValueError:
            pass
    warnings.append(f"line {line}: unreadable date {value!r}; article left undated")
    return {}


def _date_fields(year: int, month: int, day: int | None) -> dict[str, object]:
    iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return {"date": iso, "year": year, "month": month, "day": day}


def _split_paragraphs(lines: Iterable[str]) -> list[str]:
    """Blank lines separate paragraphs; wrapped lines within one paragraph are joined by a space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        cleaned = " ".join(line.split())  # every run of (Unicode) white space → one space
        if cleaned:
            current.append(cleaned)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _article(
    paragraphs: list[str], source: Source, article_id: str, *, warnings: list[str], **fields: object
) -> Article:
    kept: list[str] = []
    captions: list[str] = []
    subheadings: list[str] = []
    for paragraph in paragraphs:
        caption = CAPTION_PREFIX.match(paragraph)
        if caption:
            captions.append(paragraph[caption.end() :])
        elif _is_subheading(paragraph):
            subheadings.append(paragraph)
            kept.append(paragraph)
        else:
            kept.append(paragraph)
    return Article(
        id=article_id,
        text="\n\n".join(kept),
        paragraphs=kept,
        captions=captions,
        subheadings=subheadings,
        source=source,
        warnings=warnings,
        **fields,  # type: ignore[arg-type]
    )


def _is_subheading(paragraph: str) -> bool:
    """A short paragraph without final punctuation (``Munitie``) is a subheading, not a sentence."""
    return (
        len(paragraph) < SUBHEADING_MAX_CHARS
        and len(paragraph.split()) <= SUBHEADING_MAX_WORDS
        and not paragraph.endswith(FINAL_PUNCTUATION)
    )


def read_text(text: str, *, name: str = "text") -> Iterator[Article]:
    """Articles from a dump held in a string (handy in notebooks and tests); ids use ``name``."""
    stream = io.BytesIO(text.encode("utf-8"))
    stream.name = name  # type: ignore[attr-defined]
    return load_dump(stream)


def make_article(
    text: str, *, id: str = "text:0", date: str | _date | None = None, title: str | None = None
) -> Article:
    """An ``Article`` from one text, cleaned like a dump article; ``date`` as ``YYYY-MM[-DD]``."""
    warnings: list[str] = []
    date_fields = _parse_date(date.isoformat() if isinstance(date, _date) else date, 1, warnings)
    source = Source(path="<text>", index=0, line=1)
    paragraphs = _split_paragraphs(text.splitlines())
    return _article(paragraphs, source, id, warnings=warnings, title=title, **date_fields)
