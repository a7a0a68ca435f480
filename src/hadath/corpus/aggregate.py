"""Event aggregation: the events that report one happening merged into one record.

A happening is identified by (source actor, target actor, CAMEO root) and a compatible date.
Actors are compared up to sector: "Macron" (FRAGOV) and "France" (FRA) are the same side, so
the key of an actor is its country when it has one, else its full code (IGOs, non-state).
Dates are compatible when they agree at the coarser precision: a report dated 2020-09 and one
dated 2020-09-02 are one visit.  Day-dated events form the clusters; a month- or year-dated
event joins the one cluster of its dyad inside its period (the biggest, then the earliest,
when there are several), or forms a cluster of its own.  Undated events merge within their
article; an undated call, visit, meeting or material act ("ثمّن زيارة الرئيس الفرنسي إلى
بغداد" in an article without a date) also joins its dyad's dated happening of the same
CAMEO code when there is exactly one, since it can only refer to that one.  An undated
statement never does: repeating a position is a new statement.

Events of near-duplicate documents (``duplicate_of`` set) are not counted: a copy is not a
second report.  The result depends only on the set of events, never on their order.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hadath.corpus.records import EventRecord

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_PERIOD_LENGTH = {"day": 10, "month": 7, "year": 4}


def actor_key(code: str | None, country: str | None) -> str:
    """The identity of an actor for aggregation: its country, else its full code."""
    if code is None:
        return "-"
    return country or code


def _precision(record: EventRecord) -> str:
    if record.date_value is None:
        return "none"
    if record.date_precision in _PRECISION_RANK:
        return record.date_precision
    return {10: "day", 7: "month", 4: "year"}.get(len(record.date_value), "day")


@dataclass(slots=True)
class AggregatedEvent:
    """One happening and every mention of it across articles and outlets."""

    id: str
    date: str | None
    date_precision: str | None
    source: str
    source_country: str | None
    target: str | None
    target_country: str | None
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    location: dict[str, Any] | None
    mentions: list[EventRecord] = field(default_factory=list)

    def to_dict(self, with_mentions: bool = True) -> dict[str, Any]:
        """JSON shape: the happening, its counts, and (optionally) its mentions' provenance."""
        out: dict[str, Any] = {
            "id": self.id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source,
            "source_country": self.source_country,
            "target": self.target,
            "target_country": self.target_country,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "num_mentions": self.num_mentions,
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "location": self.location,
        }
        if with_mentions:
            out["mentions"] = [
                {
                    "event_id": m.id,
                    "doc_id": m.doc_id,
                    "sentence": m.sentence,
                    "cameo": m.cameo,
                    "source": m.source_code,
                    "target": m.target_code,
                    "date": m.date_value,
                    "outlet": m.outlet,
                    "url": m.url,
                    "published": m.published,
                    "trigger": m.trigger_text,
                }
                for m in self.mentions
            ]
        return out


def _canonical(record: EventRecord) -> tuple[Any, ...]:
    # A total order on records: ids are unique, so ties never depend on input order.
    return (record.date_value or "", record.id)


def _cluster_dyad(records: list[EventRecord]) -> list[list[EventRecord]]:
    """Split the events of one (source, target, root) key into happenings by date."""
    by_level: dict[str, list[EventRecord]] = defaultdict(list)
    for r in records:
        by_level[_precision(r)].append(r)
    clusters: dict[str, list[EventRecord]] = {}
    for r in sorted(by_level["day"], key=_canonical):
        clusters.setdefault(r.date_value or "", []).append(r)
    for level in ("month", "year"):
        width = _PERIOD_LENGTH[level]
        within: dict[str, list[str]] = defaultdict(list)  # period -> cluster keys inside it
        for key in clusters:
            within[key[:width]].append(key)
        coarse: dict[str, list[EventRecord]] = {}
        for r in sorted(by_level[level], key=_canonical):
            period = (r.date_value or "")[:width]
            inside = within.get(period)
            if inside:
                # Ranking uses only the finer clusters, fixed before this level: order-free.
                best = min(inside, key=lambda key: (-len(clusters[key]), key))
                clusters[best].append(r)
            else:
                coarse.setdefault(period, []).append(r)
        clusters.update(coarse)
    # An undated event merges within its own article (which may repeat itself).  It joins
    # a dated happening only as an unambiguous reference: a discrete happening (see
    # `is_discrete_happening`) whose dyad has exactly one dated happening of its code.
    # Decided on the dated clusters alone, before any undated event joins: order-free.
    codes: dict[str, list[str]] = defaultdict(list)  # full CAMEO code -> dated cluster keys
    for key, members in clusters.items():
        for code in sorted({m.cameo for m in members}):
            codes[code].append(key)
    undated: dict[str, list[EventRecord]] = defaultdict(list)
    referred: list[tuple[str, EventRecord]] = []
    for r in by_level["none"]:
        candidates = codes.get(r.cameo, [])
        if len(candidates) == 1 and is_discrete_happening(r):
            referred.append((candidates[0], r))
        else:
            undated[r.doc_id].append(r)
    for key, r in referred:
        clusters[key].append(r)
    out = list(clusters.values())
    out.extend(undated.values())
    return out


def is_discrete_happening(record: EventRecord) -> bool:
    """Whether the event is a happening in the world that later reports refer back to: a
    material act (QuadClass 2 or 4) or an encounter (PLOVER CONSULT: a call, a visit, a
    meeting).  A statement is not: each report of "X supports Y" may be a new statement.
    """
    return record.quad_class in (2, 4) or record.plover == "CONSULT"


def _most_common(values: Iterable[Any]) -> Any:
    present = [v for v in values if v is not None]
    if len(present) <= 1:  # most happenings have one mention: skip the Counter
        return present[0] if present else None
    counts = Counter(present)
    # Most frequent, then the most specific (longest) string, then the smallest.
    return min(counts, key=lambda v: (-counts[v], -len(str(v)), str(v)))


def _merge(mentions: list[EventRecord]) -> AggregatedEvent:
    mentions = sorted(mentions, key=lambda m: (m.published or "", m.doc_id, m.sentence, m.id))
    finest = min(mentions, key=lambda m: (_PRECISION_RANK.get(_precision(m), 3), _canonical(m)))
    cameo = _most_common(m.cameo for m in mentions)
    with_cameo = [m for m in mentions if m.cameo == cameo]
    source = _most_common(m.source_code for m in mentions)
    target = _most_common(m.target_code for m in mentions)
    located = [m for m in mentions if m.location_name is not None]
    place = _most_common((m.location_name, m.location_geonameid) for m in located)
    location = None
    if place is not None:
        m = next(x for x in located if (x.location_name, x.location_geonameid) == place)
        location = m.location()
    published = sorted(m.published for m in mentions if m.published)
    digest = hashlib.sha1("\n".join(sorted(m.id for m in mentions)).encode()).hexdigest()
    return AggregatedEvent(
        id=f"agg-{digest[:16]}",
        date=finest.date_value,
        date_precision=_precision(finest) if finest.date_value else None,
        source=source,
        source_country=_most_common(m.source_country for m in mentions),
        target=target,
        target_country=_most_common(m.target_country for m in mentions),
        cameo=cameo,
        cameo_root=mentions[0].cameo_root,
        plover=_most_common(m.plover for m in with_cameo),
        quad_class=_most_common(m.quad_class for m in with_cameo),
        goldstein=round(sum(m.goldstein for m in with_cameo) / len(with_cameo), 2),
        num_mentions=len(mentions),
        num_articles=len({m.doc_id for m in mentions}),
        num_sources=len({m.outlet_key for m in mentions}),
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        location=location,
        mentions=mentions,
    )


def aggregate_events(
    records: Iterable[EventRecord], include_duplicates: bool = False
) -> list[AggregatedEvent]:
    """Merge events reporting the same happening; one `AggregatedEvent` per happening.

    Events of near-duplicate documents are left out unless `include_duplicates`.  The
    output is sorted by (date, source, target, CAMEO root, id) and does not depend on the
    order of `records`.  Cost: one pass to group plus a sort per group (n log n overall).
    """
    groups: dict[tuple[str, str, str], list[EventRecord]] = defaultdict(list)
    seen: set[str] = set()
    for r in records:
        if (r.duplicate_of and not include_duplicates) or r.id in seen:
            continue
        seen.add(r.id)
        key = (
            actor_key(r.source_code, r.source_country),
            actor_key(r.target_code, r.target_country),
            r.cameo_root,
        )
        groups[key].append(r)
    out = [_merge(cluster) for group in groups.values() for cluster in _cluster_dyad(group)]
    out.sort(key=lambda a: (a.date or "", a.source, a.target or "", a.cameo_root, a.id))
    return out
