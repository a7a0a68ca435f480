"""Scoring coded events against gold sets (``gsr_dev.jsonl`` and ``detect_dev.jsonl`` shapes).

Category scores are per sentence: the set of PLOVER categories the coder found in a sentence
is compared with the gold set, so an event of another category in a gold sentence counts as a
false positive.  Actor accuracy is measured on the gold events whose category was found:
the coder's event of that category (the most confident) is compared field by field where the
gold value is not null.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import ErrorCode, HadathError
from hadath.events.ontology import PLOVER_CATEGORIES

DETECT_LABELS = frozenset({"yes", "easy no", "difficult no", "ambiguous"})


@dataclass(slots=True)
class GoldRecord:
    id: str
    text: str
    date: str | None
    events: list[dict[str, Any]] = field(default_factory=list)  # gsr shape
    category: str | None = None  # detect shape
    label: str | None = None


def read_gold(path: Path) -> tuple[str, list[GoldRecord]]:
    """Read a gold file; returns its task ("gsr" or "detect") and records.

    Raises E305 naming the first malformed line and E306 when nothing is usable.
    """
    records: list[GoldRecord] = []
    task: str | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E001, path=path, reason=str(exc)) from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise HadathError(ErrorCode.E305, path=path, line=lineno, reason=exc.msg) from None
        except RecursionError:
            raise HadathError(
                ErrorCode.E305, path=path, line=lineno, reason="JSON nested too deeply"
            ) from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "id" not in obj:
            raise HadathError(
                ErrorCode.E305, path=path, line=lineno, reason="needs 'id' and 'text'"
            )
        kind = "detect" if "label" in obj else "gsr"
        task = task or kind
        if kind != task:
            raise HadathError(
                ErrorCode.E305,
                path=path,
                line=lineno,
                reason="mixes detection and event-coding records",
            )
        if kind == "detect":
            if obj["label"] not in DETECT_LABELS or obj.get("category") not in PLOVER_CATEGORIES:
                raise HadathError(
                    ErrorCode.E305, path=path, line=lineno, reason="bad 'label' or 'category'"
                )
            records.append(
                GoldRecord(
                    str(obj["id"]),
                    obj["text"],
                    obj.get("date"),
                    category=obj["category"],
                    label=obj["label"],
                )
            )
        else:
            events = obj.get("events")
            if not isinstance(events, list) or not all(
                isinstance(e, dict) and e.get("plover") in PLOVER_CATEGORIES for e in events
            ):
                raise HadathError(
                    ErrorCode.E305,
                    path=path,
                    line=lineno,
                    reason="'events' must be a list with PLOVER categories",
                )
            records.append(GoldRecord(str(obj["id"]), obj["text"], obj.get("date"), events))
    if not records or task is None:
        raise HadathError(ErrorCode.E306, path=path)
    return task, records


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def _categories(events: Iterable[Mapping[str, Any]]) -> set[str]:
    return {e["plover"] for e in events if e.get("plover") in PLOVER_CATEGORIES}


def _best_of(events: Sequence[Mapping[str, Any]], category: str) -> Mapping[str, Any] | None:
    found = [e for e in events if e.get("plover") == category]
    return max(found, key=lambda e: e.get("confidence", 0.0)) if found else None


def score_gsr(
    gold: list[GoldRecord], predicted: Mapping[str, Sequence[Mapping[str, Any]]], worst: int = 15
) -> dict[str, Any]:
    """Per-category and overall P/R/F1, actor accuracies and the worst sentences."""
    counts: dict[str, Counter[str]] = {}
    actor_hits: Counter[str] = Counter()
    actor_total: Counter[str] = Counter()
    confusion: list[dict[str, Any]] = []
    for rec in gold:
        pred = predicted.get(rec.id, [])
        gold_cats, pred_cats = _categories(rec.events), _categories(pred)
        for cat in gold_cats | pred_cats:
            c = counts.setdefault(cat, Counter())
            c[
                "tp"
                if cat in gold_cats and cat in pred_cats
                else "fp"
                if cat in pred_cats
                else "fn"
            ] += 1
        for gev in rec.events:
            mine = _best_of(pred, gev["plover"])
            if mine is None:
                continue
            for role in ("source", "target"):
                for attr in ("country", "sector"):
                    want = (gev.get(role) or {}).get(attr)
                    if want is None:
                        continue
                    got = (mine.get(role) or {}).get(attr)
                    actor_total[f"{role}_{attr}"] += 1
                    actor_hits[f"{role}_{attr}"] += got == want
        errors = len(gold_cats ^ pred_cats)
        if errors:
            confusion.append(
                {
                    "id": rec.id,
                    "errors": errors,
                    "gold": sorted(gold_cats),
                    "predicted": sorted(pred_cats),
                    "text": rec.text[:160],
                    "triggers": [
                        f"{e.get('cameo')}:{(e.get('trigger') or {}).get('text')}" for e in pred
                    ][:6],
                }
            )
    per_category = {cat: _prf(c["tp"], c["fp"], c["fn"]) for cat, c in sorted(counts.items())}
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    confusion.sort(key=lambda x: (-x["errors"], x["id"]))
    return {
        "task": "gsr",
        "sentences": len(gold),
        "overall": _prf(total["tp"], total["fp"], total["fn"]),
        "per_category": per_category,
        "actors": {
            k: {"correct": actor_hits[k], "total": n, "accuracy": round(actor_hits[k] / n, 4)}
            for k, n in sorted(actor_total.items())
        },
        "worst": confusion[:worst],
    }


def score_detect(
    gold: list[GoldRecord], predicted: Mapping[str, Sequence[Mapping[str, Any]]], worst: int = 15
) -> dict[str, Any]:
    """Per category: P/R counting ``yes`` positive and ``easy no`` negative, plus the rate of
    ``difficult no`` and ``ambiguous`` sentences where the category was found."""
    out: dict[str, Any] = {"task": "detect", "sentences": len(gold), "per_category": {}}
    misses: list[dict[str, Any]] = []
    for cat in sorted({r.category for r in gold if r.category}):
        c: Counter[str] = Counter()
        for rec in (r for r in gold if r.category == cat):
            found = cat in _categories(predicted.get(rec.id, []))
            c[f"{rec.label}:{found}"] += 1
            wrong = (rec.label == "yes") != found and rec.label in ("yes", "easy no")
            if wrong or (found and rec.label == "difficult no"):
                misses.append(
                    {
                        "id": rec.id,
                        "category": cat,
                        "label": rec.label,
                        "found": found,
                        "text": rec.text[:160],
                    }
                )
        score = _prf(c["yes:True"], c["easy no:True"], c["yes:False"])
        dn = c["difficult no:True"] + c["difficult no:False"]
        amb = c["ambiguous:True"] + c["ambiguous:False"]
        score["difficult_no_fp"] = c["difficult no:True"]
        score["difficult_no_total"] = dn
        score["ambiguous_found"] = c["ambiguous:True"]
        score["ambiguous_total"] = amb
        out["per_category"][cat] = score
    out["worst"] = misses[:worst]
    return out
