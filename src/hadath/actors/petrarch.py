"""Reader of PETRARCH / UniversalPetrarch actor and agent dictionaries (``*.txt``).

Supported subset of the format (what the published dictionaries use):

* ``NAME_WORDS_ [CODE]`` — an actor with one code (words joined by ``_``);
* ``NAME_`` followed by lines ``[CODE 070101-091231]``, ``[CODE >070101]``, ``[CODE <070101]``
  — an actor whose code depends on the date (a person with roles);
* ``+SYNONYM_`` — another name of the entry above;
* ``NOUN_ [~SECTOR]`` — an agent (role noun) giving a sector, composed with a country;
* ``#`` starts a comment; blank lines are ignored.

Dates are ``YYMMDD`` (years < 50 read as 20xx) or ``YYYYMMDD``.  Entries are added to a
`Compiler` so they behave exactly like our own: undated actors become fixed entries, dated
ones persons with roles (title ``other``), agents compose with nisba adjectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from hadath.actors.build import Compiler
from hadath.actors.model import AGENT, CODE_RE, FIXED, PERSON, SECTORS, Phrase
from hadath.actors.sources import Row
from hadath.errors import ErrorCode, HadathError

_CODE = re.compile(r"\[\s*(~?[A-Z]{3,})\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")


@dataclass(slots=True)
class _Entry:
    row: Row
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # code, start, end


def _date(raw: str, row: Row) -> str:
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year < 50 else 1900 + year}{raw[2:]}"
    if len(raw) != 8:
        raise row.fail(f"malformed PETRARCH date {raw!r}")
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _period(spec: str | None, row: Row) -> tuple[str, str]:
    if not spec:
        return "", ""
    if spec.startswith(">"):
        return _date(spec[1:], row), ""
    if spec.startswith("<"):
        return "0001-01-01", _date(spec[1:], row)
    start, _, end = spec.partition("-")
    return _date(start, row), _date(end, row)


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def parse_petrarch(path: Path) -> list[_Entry]:
    """The entries of one dictionary file, with their names and (dated) codes."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E201, path=path, line=0, reason=str(exc)) from None
    entries: list[_Entry] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        row = Row(str(path), number, (line,))
        codes = [(m.group(1), *_period(m.group(2), row)) for m in _CODE.finditer(line)]
        head = _CODE.sub("", line).strip()
        if head.startswith("+"):
            if not entries:
                raise row.fail("synonym before any entry")
            entries[-1].names.append(_name(head[1:]))
        elif head:
            entries.append(_Entry(row, [_name(head)], codes))
        elif codes:
            if not entries:
                raise row.fail("code line before any entry")
            entries[-1].codes.extend(codes)
        else:
            raise row.fail(f"cannot read line {line!r}")
    return entries


def load_petrarch_file(path: Path, compiler: Compiler) -> None:
    """Add a PETRARCH actor or agent dictionary file to `compiler`."""
    for entry in parse_petrarch(path):
        row, names = entry.row, [n for n in entry.names if n]
        if not entry.codes:
            raise row.fail(f"entry {names[0]!r} has no code")
        code, start, _ = entry.codes[0]
        if code.startswith("~"):
            sector = code[1:4]
            if sector not in SECTORS:
                raise row.fail(f"unknown agent sector {code!r}")
            for name in names:
                compiler.add(name, Phrase(AGENT, 0, sector=sector, name_en=names[0]), row)
            continue
        for c, _s, _e in entry.codes:
            if not CODE_RE.match(c):
                raise row.fail(f"malformed actor code {c!r}")
        if len(entry.codes) == 1 and not start:
            for name in names:
                compiler.add(
                    name,
                    Phrase(FIXED, 0, code=code, ref=f"petrarch:{names[0]}", name_en=names[0]),
                    row,
                )
            continue
        pid = f"petrarch:{names[0]}"
        undated = [c for c, s, _e in entry.codes if not s]
        roles = sorted(["other", c, s, e] for c, s, e in entry.codes if s)
        country = (undated[0] if undated else roles[0][1])[:3]
        before = (undated[0][3:6] if undated else "") if undated else ""
        compiler.persons[pid] = [names[0], country, before if before in SECTORS else "", roles]
        for name in names:
            compiler.add(name, Phrase(PERSON, 0, ref=pid, name_en=names[0]), row)
