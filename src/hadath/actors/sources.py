"""Readers of the hand-edited actor sources (TSV with ``#`` comments), with validation.

Every problem raises `HadathError` E201 naming the file and line.  Formats are described in
``src/hadath/data/actors/README.md``.  The readers return plain rows; `hadath.actors.build`
turns them into the compiled dictionary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hadath.actors.model import CODE_RE, DATE_RE, SECTORS
from hadath.errors import ErrorCode, HadathError


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a TSV source: its cells and where it came from."""

    path: str
    line: int
    cells: tuple[str, ...]

    def fail(self, reason: str) -> HadathError:
        return HadathError(ErrorCode.E201, path=self.path, line=self.line, reason=reason)

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""

    def variants(self, index: int) -> list[str]:
        """The ``|``-separated variants of a cell, stripped, empty ones dropped."""
        return [v.strip() for v in self.cell(index).split("|") if v.strip()]

    def code(self, index: int, *, allow_sector_only: bool = False) -> str:
        value = self.cell(index)
        if allow_sector_only and value in SECTORS:
            return value
        if not CODE_RE.match(value):
            raise self.fail(f"malformed actor code {value!r}")
        return value

    def date(self, index: int, *, optional: bool) -> str:
        value = self.cell(index)
        if not value and optional:
            return ""
        if not DATE_RE.match(value):
            raise self.fail(f"malformed date {value!r} (expected YYYY-MM or YYYY-MM-DD)")
        return value


def read_tsv(path: Path, min_cells: int) -> Iterator[Row]:
    """Data rows of a TSV file; blank lines and ``#`` comments are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E201, path=path, line=0, reason=str(exc)) from None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        row = Row(str(path), number, tuple(c.strip() for c in raw.split("\t")))
        if len(row.cells) < min_cells or not all(row.cells[:min_cells]):
            raise row.fail(f"expected at least {min_cells} non-empty tab-separated cells")
        yield row


def read_keyed(path: Path, min_cells: int) -> dict[str, Row]:
    """Rows keyed by their first cell; a repeated key is an error."""
    rows: dict[str, Row] = {}
    for row in read_tsv(path, min_cells):
        key = row.cells[0]
        if key in rows:
            raise row.fail(f"duplicate key {key!r} (first on line {rows[key].line})")
        rows[key] = row
    return rows
