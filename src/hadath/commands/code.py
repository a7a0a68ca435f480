"""``hadath code [--input F.jsonl] [--output F.jsonl]``: code sentences or articles to events."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from hadath.commands._common import add_pipeline_options, options_from_args, output_stream
from hadath.document import Document, RawDoc, Sentence
from hadath.errors import ErrorCode, HadathError
from hadath.pipeline import NamedStage, Pipeline
from hadath.resources import Resources

NAME = "code"
HELP = "code JSONL lines {id, text, date} into events: one output line {id, events} per input"
ORDER = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", type=Path, help="JSONL input (default: standard input)")
    parser.add_argument("--output", type=Path, help="JSONL output (default: standard output)")
    add_pipeline_options(parser)


def _whole_text_as_sentence(doc: Document, res: Resources) -> Document:
    """Fallback when the text layer is not installed: the input is one sentence."""
    doc.sentences = [Sentence(0, 0, len(doc.text), doc.text)]
    return doc


def coding_stages() -> list[NamedStage]:
    """text -> time -> actors -> geo -> events -> resolve, without ``clean``: the input is
    already a sentence or an article body, and a short sentence must never be dropped as
    page furniture.  Stages of areas not installed are left out (text falls back to one
    sentence per input)."""
    from hadath.events.resolve import resolve_events
    from hadath.events.stage import code_events

    stages: list[NamedStage] = []
    for name, module, func in (
        ("text", "hadath.text.stage", "analyse_text"),
        ("time", "hadath.time.stage", "find_dates"),
        ("actors", "hadath.actors.stage", "find_actors"),
        ("geo", "hadath.geo.stage", "find_places"),
    ):
        try:
            stage = getattr(__import__(module, fromlist=[func]), func)
        except (ImportError, AttributeError):
            if name == "text":
                stages.append(NamedStage("text", _whole_text_as_sentence))
            continue
        stages.append(NamedStage(name, stage))
    stages += [NamedStage("events", code_events), NamedStage("resolve", resolve_events)]
    return stages


def code_record(pipeline: Pipeline, ident: str, text: str, date: str | None) -> Document:
    """Run the coding stages on one input record."""
    raw = RawDoc(source=ident, kind="text", content=text, published=date)
    doc = Document.from_raw(raw)
    doc.id = ident
    doc.text = text
    return pipeline.run_stages(doc)


def _e307(name: str, lineno: int, reason: str) -> str:
    return "[E307] " + ErrorCode.E307.value.format(path=name, line=lineno, reason=reason)


def _records(stream: TextIO, name: str) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, None, _e307(name, lineno, exc.msg)
            continue
        except RecursionError:  # hostile nesting ([[[[...) must not crash the whole run
            yield lineno, None, _e307(name, lineno, "JSON nested too deeply")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield (
                lineno,
                None,
                _e307(name, lineno, "needs a 'text' string"),
            )
            continue
        yield lineno, obj, ""


def run(args: argparse.Namespace) -> int:
    resources = Resources(options_from_args(args))
    pipeline = Pipeline(resources, coding_stages())
    name = str(args.input) if args.input else "<stdin>"
    try:
        stream = args.input.open(encoding="utf-8", errors="replace") if args.input else sys.stdin
    except OSError as exc:
        raise HadathError(ErrorCode.E001, path=name, reason=exc.strerror or str(exc)) from None
    read = 0
    with output_stream(args.output) as out:
        for lineno, obj, problem in _records(stream, name):
            ident = str(obj.get("id", f"{name}:{lineno}")) if obj else f"{name}:{lineno}"
            if obj is None:
                print(f"hadath code: {problem}", file=sys.stderr)
                out.write(
                    json.dumps({"id": ident, "events": [], "error": problem}, ensure_ascii=False)
                    + "\n"
                )
                continue
            date = obj.get("date") if isinstance(obj.get("date"), str) else None
            try:
                doc = code_record(pipeline, ident, obj["text"], date)
                line = {"id": ident, "events": [e.to_dict() for e in doc.events]}
                read += 1
            except HadathError as exc:
                print(f"hadath code: {exc}", file=sys.stderr)
                line = {"id": ident, "events": [], "error": str(exc)}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    if read == 0:
        raise HadathError(ErrorCode.E013)
    return 0
