"""Employment records: CSV, JSON/JSONL and Parquet rows → validated Stints.

Columns: ``person``, ``org``, ``start`` (required), ``role``, ``end`` (empty = ongoing);
every other column is kept as a covariate. Dates are ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``; a date is stored as the first day of its period, with its precision.

>>> parse_record_date("2024-02", "start")
(datetime.date(2024, 2, 1), 'month')
>>> parse_record_date("2024-02-30", "start")
Traceback (most recent call last):
talentflow.sources.base.ReadError: column start: '2024-02-30' is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from talentflow.sources.base import Problem, ReadError, check_bytes, decode_utf8, excerpt

REQUIRED = ("person", "org", "start")
KNOWN = ("person", "org", "role", "start", "end")
RECORD_EXTENSIONS = (".csv", ".json", ".jsonl", ".ndjson", ".parquet")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass
class RecordRow:
    """One valid record: where it came from, its fields, its covariates."""

    row: int
    person: str
    org: str
    role: str | None
    start: date
    start_precision: str
    end: date | None
    end_precision: str | None
    covariates: dict[str, Any] = field(default_factory=dict)


@dataclass
class RecordsResult:
    """Valid rows and Problems (one per bad row, or one for the whole file)."""

    rows: list[RecordRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def parse_record_date(value: Any, column: str) -> tuple[date | None, str | None]:
    """(first day of the period, precision) for a record date; (None, None) when empty."""
    if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    text = str(value).strip()
    if isinstance(value, (int, float)) and float(value).is_integer():
        text = str(int(value))
    m = _DATE.match(text)
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        precision = "day" if m[3] else "month" if m[2] else "year"
        return date(y, mo, d), precision
    except ValueError:
        raise ReadError(f"column {column}: '{text}' is not a valid date "
                        "(use YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _period_end(d: date, precision: str) -> date:
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "month":
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return d


def validate_row(raw: dict[str, Any], n: int) -> RecordRow:
    """A RecordRow from one raw row, or ReadError naming the column that is wrong.

    End before start is an error; an end whose period overlaps the start's (start 2024-03,
    end 2024) is stored as the start.

    >>> validate_row({"person": "A", "org": "B", "start": "2024", "end": ""}, 1).end is None
    True
    """
    for col in REQUIRED:
        v = raw.get(col)
        if v is None or str(v).strip() == "" or v != v:
            raise ReadError(f"column {col}: missing value ({', '.join(REQUIRED)} are required)")
    start, sp = parse_record_date(raw["start"], "start")
    end, ep = parse_record_date(raw.get("end"), "end")
    if end is not None and _period_end(end, ep) < start:
        raise ReadError(f"column end: '{raw.get('end')}' is before start '{raw['start']}'")
    if end is not None and end < start:
        end = start
    role = raw.get("role")
    covariates = {k: _plain(v) for k, v in raw.items() if k not in KNOWN and k is not None}
    return RecordRow(n, str(raw["person"]).strip(), str(raw["org"]).strip(),
                     str(role).strip() if role not in (None, "") and role == role else None,
                     start, sp, end, ep, covariates)


def _plain(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float) and v != v:
        return None
    return v


def _csv_rows(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    _check_columns(reader.fieldnames or [])
    for i, row in enumerate(reader, 1):
        if None in row:
            raise ReadError(f"row {i}: more values than columns")
        yield i, row


def _check_columns(cols: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise ReadError(f"missing column(s) {', '.join(missing)}; records need columns "
                        "person, org, start (role, end and any covariates optional)")


def _json_rows(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    if isinstance(data, dict):
        data = data.get("records", [data])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ReadError("expected a JSON list of objects (or {\"records\": [...]})")
    _check_columns(sorted({k for r in data for k in r}))
    yield from enumerate(data, 1)


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as e:  # pyarrow raises several types for a bad file
        raise ReadError(f"not a readable Parquet file: {e}") from None
    _check_columns(table.column_names)
    yield from enumerate(table.to_pylist(), 1)


def read_records(path: str | Path) -> RecordsResult:
    """Valid rows and Problems from a records file (``.csv .json .jsonl .ndjson .parquet``)."""
    p, origin, out = Path(path), str(path), RecordsResult()
    try:
        for n, raw in _raw_rows(p):
            if isinstance(raw, Problem):
                out.problems.append(raw)
                continue
            try:
                out.rows.append(validate_row(raw, n))
            except ReadError as e:
                out.problems.append(Problem(origin, str(e), location=f"row {n}",
                                            excerpt=excerpt(json.dumps(raw, default=str))))
    except ReadError as e:
        out.problems.append(Problem(origin, str(e)))
    except OSError as e:
        out.problems.append(Problem(origin, f"cannot read: {e.strerror or e}"))
    if not out.rows and not out.problems:
        out.problems.append(Problem(origin, "no records in the file"))
    return out


def _raw_rows(p: Path) -> Iterator[tuple[int, Any]]:
    ext = p.suffix.lower()
    if ext not in RECORD_EXTENSIONS:
        raise ReadError(f"unknown extension '{ext or '(none)'}' for records; "
                        f"valid: {', '.join(RECORD_EXTENSIONS)}")
    if ext == ".parquet":
        yield from _parquet_rows(p)
        return
    data = p.read_bytes()
    check_bytes(data)
    text = decode_utf8(data)
    readers: dict[str, Callable[[str], Iterator]] = {".csv": _csv_rows, ".json": _json_rows}
    if ext in readers:
        yield from readers[ext](text)
    else:
        yield from _jsonl_rows(text, str(p))


def _jsonl_rows(text: str, origin: str) -> Iterator[tuple[int, Any]]:
    checked = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError
        except ValueError:
            yield n, Problem(origin, "invalid JSON object (truncated or malformed)",
                             location=f"row {n}", excerpt=excerpt(line))
            continue
        if not checked:
            _check_columns(list(obj))
            checked = True
        yield n, obj
