"""The per-document pipeline: small ``(doc, resources) -> doc`` stages composed in order.

The same `Pipeline` runs in one process, in a process pool or on Dask workers: it holds
only the stage list and a `Resources` object that loads its data lazily where it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hadath.document import Document, RawDoc
from hadath.errors import ErrorCode, HadathError
from hadath.resources import Resources

Stage = Callable[[Document, Resources], Document]


@dataclass(frozen=True, slots=True)
class NamedStage:
    name: str
    run: Stage


def default_stages() -> list[NamedStage]:
    """The stages of DESIGN.md's flow that work on one document, in order."""
    from hadath.actors.stage import find_actors
    from hadath.clean.stage import clean_document
    from hadath.events.resolve import resolve_events
    from hadath.events.stage import code_events
    from hadath.geo.stage import find_places
    from hadath.text.stage import analyse_text
    from hadath.time.stage import find_dates

    return [
        NamedStage("clean", clean_document),
        NamedStage("text", analyse_text),
        NamedStage("time", find_dates),
        NamedStage("actors", find_actors),
        NamedStage("geo", find_places),
        NamedStage("events", code_events),
        NamedStage("resolve", resolve_events),
    ]


class Pipeline:
    """Runs a `RawDoc` through the stages and returns the finished `Document`.

    A stage may set ``doc.skip_reason``; the remaining stages are then not run and the
    caller reports the document as skipped.  An exception inside a stage is turned into a
    coded `HadathError` naming the stage, so one bad document never stops a batch.
    """

    def __init__(self, resources: Resources, stages: Sequence[NamedStage] | None = None) -> None:
        self.resources = resources
        self.stages = list(stages) if stages is not None else default_stages()

    def __call__(self, raw: RawDoc) -> Document:
        doc = Document.from_raw(raw)
        return self.run_stages(doc)

    def run_stages(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.skip_reason:
                break
            try:
                doc = stage.run(doc, self.resources)
            except HadathError:
                raise
            except Exception as exc:
                raise HadathError(
                    ErrorCode.E016, source=doc.source, stage=stage.name, reason=repr(exc)
                ) from exc
        return doc

    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]
