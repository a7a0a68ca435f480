"""``hadath parse FILE [--json]``: the clean and text layers of one article."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hadath.clean.stage import clean_document
from hadath.commands._common import add_dict_option, resources_for
from hadath.document import Document, RawDoc
from hadath.errors import ErrorCode, HadathError
from hadath.ingest import read_path
from hadath.pipeline import NamedStage, Pipeline
from hadath.text.stage import analyse_text
from hadath.time.stage import find_dates

NAME = "parse"
HELP = "clean + text layers of one article: title, date, body, removed lines, sentences"
ORDER = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="article file (.txt, .html, or .jsonl: every article in it)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON (one object per article) instead of text"
    )
    parser.add_argument(
        "--tokens", action="store_true", help="with --json, include tokens and their segmentation"
    )
    add_dict_option(parser, "extra dictionary folder (text/ and time/ subfolders are loaded)")


def run(args: argparse.Namespace) -> int:
    """Parse every article of FILE; exit 2 if any input was unreadable or skipped.

    Whatever could be read is still printed: an unreadable file of a folder or a skipped
    article (not Arabic, no body) gets one coded line on standard error, and the rest go on.
    """
    if not args.file.exists():
        raise HadathError(ErrorCode.E014, path=args.file)
    pipeline = Pipeline(
        resources_for(args),
        [
            NamedStage("clean", clean_document),
            NamedStage("text", analyse_text),
            NamedStage("time", find_dates),
        ],
    )
    documents = failures = 0
    for item in read_path(args.file):
        if not isinstance(item, RawDoc):
            print(f"hadath parse: {item.error}", file=sys.stderr)
            failures += 1
            continue
        doc = pipeline(item)
        documents += 1
        if args.json:
            print(json.dumps(document_to_dict(doc, args.tokens), ensure_ascii=False, indent=1))
        else:
            print_document(doc)
        if doc.skip_reason:
            print(f"hadath parse: {doc.skip_reason}", file=sys.stderr)
            failures += 1
    if documents == 0 and failures == 0:
        raise HadathError(ErrorCode.E013)
    return 2 if failures else 0


def document_to_dict(doc: Document, with_tokens: bool = False) -> dict[str, Any]:
    """The parse view of a document as JSON-ready data."""
    return {
        "source": doc.source,
        "title": doc.title,
        "published": doc.published,
        "outlet": doc.outlet,
        "language": doc.language,
        "skip_reason": doc.skip_reason,
        "text": doc.text,
        "removed": [{"line": r.line, "reason": r.reason, "text": r.text} for r in doc.removed],
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                **(
                    {
                        "tokens": [
                            {
                                "text": t.text,
                                "start": t.start,
                                "end": t.end,
                                "norm": t.norm,
                                "segments": list(t.segments),
                                "stem": t.stem,
                            }
                            for t in s.tokens
                        ]
                    }
                    if with_tokens
                    else {}
                ),
            }
            for s in doc.sentences
        ],
        "dates": [
            {
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "precision": d.precision,
                "basis": d.basis,
                "how": d.how,
                "sentence": d.sentence,
            }
            for d in doc.dates
        ],
    }


def print_document(doc: Document) -> None:
    print(f"source:    {doc.source}")
    print(f"title:     {doc.title or '-'}")
    print(f"published: {doc.published or '-'}")
    print(f"outlet:    {doc.outlet or '-'}")
    print(f"language:  {doc.language or '-'}")
    if doc.skip_reason:
        print(f"skipped:   {doc.skip_reason}")
    print(f"\nremoved lines ({len(doc.removed)}):")
    for removed in doc.removed:
        print(f"  [{removed.line}] {removed.reason}: {removed.text}")
    print(f"\nsentences ({len(doc.sentences)}):")
    for sentence in doc.sentences:
        print(f"  {sentence.index}. {sentence.text}")
    if doc.dates:
        print(f"\ndates ({len(doc.dates)}):")
        for d in doc.dates:
            print(f"  {d.text} -> {d.value} ({d.precision}, {d.basis}, {d.how})")
