"""``hadath evaluate --gold F.jsonl [--pred F.jsonl]``: score the coder against a gold set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hadath.commands.code import code_record, coding_stages
from hadath.errors import ErrorCode, HadathError
from hadath.events.evaluation import GoldRecord, read_gold, score_detect, score_gsr
from hadath.pipeline import Pipeline
from hadath.resources import Resources

NAME = "evaluate"
HELP = "score event coding against gold (gsr_dev.jsonl or detect_dev.jsonl format)"
ORDER = 60


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, help="gold JSONL file")
    parser.add_argument(
        "--pred", type=Path, help="predictions from 'hadath code' (default: code the gold texts)"
    )
    parser.add_argument(
        "--task",
        choices=("auto", "gsr", "detect"),
        default="auto",
        help="gold format (default: detected from the records)",
    )
    parser.add_argument("--worst", type=int, default=15, help="sentences in the confusion list")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def predict(gold: list[GoldRecord]) -> dict[str, list[dict[str, Any]]]:
    """Code every gold text with the default resources."""
    pipeline = Pipeline(Resources(), coding_stages())
    return {
        r.id: [e.to_dict() for e in code_record(pipeline, r.id, r.text, r.date).events]
        for r in gold
    }


def read_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E001, path=path, reason=str(exc)) from None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out[str(obj["id"])] = list(obj.get("events") or [])
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise HadathError(ErrorCode.E305, path=path, line=lineno, reason=str(exc)) from None
    return out


def evaluate(
    gold_path: Path, pred_path: Path | None = None, task: str = "auto", worst: int = 15
) -> dict[str, Any]:
    """Scores as a dictionary (what ``--json`` prints)."""
    found, gold = read_gold(gold_path)
    task = found if task == "auto" else task
    if task != found:
        raise HadathError(
            ErrorCode.E305,
            path=gold_path,
            line=1,
            reason=f"records are in {found} format, not {task}",
        )
    predicted = read_predictions(pred_path) if pred_path else predict(gold)
    return (score_gsr if task == "gsr" else score_detect)(gold, predicted, worst)


def run(args: argparse.Namespace) -> int:
    scores = evaluate(args.gold, args.pred, args.task, args.worst)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=1))
        return 0
    print(f"{scores['task']}: {scores['sentences']} sentences")
    rows = dict(scores["per_category"])
    if "overall" in scores:
        rows["OVERALL"] = scores["overall"]
    print(f"{'category':<12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}  extra")
    for cat, s in rows.items():
        extra = (
            f"difficult-no FP {s['difficult_no_fp']}/{s['difficult_no_total']}"
            if "difficult_no_fp" in s
            else ""
        )
        print(
            f"{cat:<12}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}  {extra}"
        )
    for key, acc in scores.get("actors", {}).items():
        print(f"{key:<16} accuracy {acc['accuracy']:.3f} ({acc['correct']}/{acc['total']})")
    print("worst sentences:")
    for w in scores["worst"]:
        print("  " + json.dumps(w, ensure_ascii=False))
    return 0
