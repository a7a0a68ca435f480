"""Event filters shared by the API and the pages, compiled to parameterised SQL.

Every value a user types reaches SQLite as a bound parameter; only column names chosen
here are spliced into the statement text.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

# An actor filter matches a CAMEO code by prefix, so "FRA" finds FRAGOV and FRAMIL.
_SOURCE_OR_TARGET = "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')"


def like_prefix(value: str) -> str:
    """`value` as a LIKE prefix pattern, with the LIKE wildcards in it escaped."""
    return like_escape(value) + "%"


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What an analyst narrows the events to; every field is optional.

    since/until: inclusive ISO dates compared with the event date (day, month or year
    precision; a month "2021-08" falls inside since=2021-08-01 because it sorts after it).
    actor: CAMEO actor code prefix on either side; with `counterpart`, the dyad in both
    directions.  country: ISO3 of source or target.  cameo: code or root prefix ("04",
    "0431").  plover: PLOVER category.  quad_class: 1-4.  q: words in the trigger or the
    sentence.  doc_id: events of one document.  include_duplicates: also count events of
    documents stored as near-duplicates of another one.
    """

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    counterpart: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    q: str | None = None
    doc_id: str | None = None
    include_duplicates: bool = True

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events e JOIN documents d`` and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            clauses.append("e.date_value >= ?")
            params.append(self.since)
        if self.until:
            # "2021-08-31" < "2021-08-31~": includes month/year values that start the same.
            clauses.append("e.date_value <= ?")
            params.append(self.until + "~")
        if self.actor and self.counterpart:
            a, b = like_prefix(self.actor.upper()), like_prefix(self.counterpart.upper())
            clauses.append(
                "((e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\') OR "
                "(e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\'))"
            )
            params += [a, b, b, a]
        elif self.actor or self.counterpart:
            code = like_prefix((self.actor or self.counterpart or "").upper())
            clauses.append(_SOURCE_OR_TARGET)
            params += [code, code]
        if self.country:
            clauses.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country.upper(), self.country.upper()]
        if self.cameo:
            clauses.append("e.cameo LIKE ? ESCAPE '\\'")
            params.append(like_prefix(self.cameo))
        if self.plover:
            clauses.append("e.plover = ?")
            params.append(self.plover.upper())
        if self.quad_class is not None:
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.q:
            pattern = "%" + like_escape(self.q) + "%"
            clauses.append(
                "(e.trigger_text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM sentences s "
                "WHERE s.doc_id = e.doc_id AND s.idx = e.sentence AND s.text LIKE ? ESCAPE '\\'))"
            )
            params += [pattern, pattern]
        if self.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(self.doc_id)
        if not self.include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        return (" AND ".join(clauses) or "1"), params

    def as_query(self) -> dict[str, str]:
        """The non-empty fields as URL query parameters (for links between pages)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or f.name == "include_duplicates":
                continue
            out[f.name] = str(value)
        return out
