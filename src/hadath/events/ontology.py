"""The CAMEO 1.1b3 code table with QuadClass, Goldstein value and PLOVER category.

The table is data (``data/events/cameo.tsv``); this module parses and validates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hadath.errors import ErrorCode, HadathError

PLOVER_CATEGORIES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
# CAMEO 01 (public statements) has no PLOVER category: hadath labels it, never scores it.
UNSCORED_CATEGORY = "STATEMENT"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str


def parse_ontology(text: str, path: str = "cameo.tsv") -> dict[str, CameoCode]:
    """Parse the TSV table; raise E302 naming the line of the first invalid row."""
    table: dict[str, CameoCode] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            code, quad, goldstein, plover, name = cols
            quad_class, weight = int(quad), float(goldstein)
        except ValueError:
            raise HadathError(
                ErrorCode.E302,
                path=path,
                line=lineno,
                reason="expected 5 tab-separated columns code, quad_class, goldstein, plover, name",
            ) from None
        if not (code.isdigit() and 3 <= len(code) <= 4 and "01" <= code[:2] <= "20"):
            raise HadathError(
                ErrorCode.E302, path=path, line=lineno, reason=f"bad CAMEO code {code!r}"
            )
        if quad_class not in (1, 2, 3, 4) or not -10.0 <= weight <= 10.0:
            raise HadathError(
                ErrorCode.E302,
                path=path,
                line=lineno,
                reason="quad_class must be 1-4 and goldstein in -10..10",
            )
        if plover not in PLOVER_CATEGORIES and plover != UNSCORED_CATEGORY:
            raise HadathError(
                ErrorCode.E302, path=path, line=lineno, reason=f"unknown PLOVER category {plover!r}"
            )
        if code in table:
            raise HadathError(
                ErrorCode.E302, path=path, line=lineno, reason=f"duplicate code {code}"
            )
        table[code] = CameoCode(code, name.strip(), code[:2], quad_class, weight, plover)
    return table


def load_ontology(path: Path) -> dict[str, CameoCode]:
    return parse_ontology(path.read_text(encoding="utf-8"), str(path))
