"""Writers of event rows: CSV (GDELT columns), JSONL (full records), Parquet (pyarrow).

Each writer streams: rows are written as they come (Parquet in record batches), so an
export of a large store does not hold every event in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from hadath.errors import ErrorCode, HadathError
from hadath.export.gdelt import COLUMN_TYPES, COLUMNS

PARQUET_BATCH = 20_000


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """CSV with a header of `COLUMNS`; empty cells for missing values.  Returns rows written."""
    writer = csv.DictWriter(
        out, fieldnames=list(COLUMNS), extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def write_jsonl(objects: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object a line (UTF-8, Arabic unescaped).  Returns lines written."""
    n = 0
    for obj in objects:
        out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
        n += 1
    return n


def arrow_schema() -> Any:
    """The Parquet schema: GDELT/hadath columns with their types (ints nullable)."""
    import pyarrow as pa

    kinds = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
    return pa.schema([(c, kinds[COLUMN_TYPES[c]]) for c in COLUMNS])


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Parquet file at `path` with `arrow_schema`; returns rows written (0 rows: empty file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    n = 0
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            for batch in _batches(rows, PARQUET_BATCH):
                columns = {c: [row.get(c) for row in batch] for c in COLUMNS}
                writer.write_table(pa.Table.from_pydict(columns, schema=schema))
                n += len(batch)
    except OSError as exc:
        raise HadathError(ErrorCode.E405, path=path, reason=str(exc)) from exc
    return n
