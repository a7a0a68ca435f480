"""`hadath batch` as a library: plan shards, run them on a Dask cluster, write the manifest.

The driver only plans and collects: workers read their own shard from the (shared) file
system, run the pipeline and write Parquet.  At most ``2 x workers`` shards are in flight, so
the driver's memory does not grow with the corpus either.  Shards finished by an earlier,
interrupted run (same inputs, same settings) are not redone.  A shard whose task fails is
listed in the manifest with its reason and redone by the next run.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hadath import __version__
from hadath.errors import ErrorCode, HadathError
from hadath.options import Options
from hadath.pipeline import NamedStage, default_stages
from hadath.scale.plan import DEFAULT_SHARD_SIZE, ShardSpec, plan_shards
from hadath.scale.shard import TABLES, ShardResult, read_marker

SETTINGS_FILE = "batch.json"
MANIFEST_FILE = "manifest.json"


@dataclass(slots=True)
class BatchSummary:
    """What a batch run planned, ran, reused and produced."""

    out_dir: str
    shards: int = 0
    ran: int = 0
    resumed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (shard, reason)
    missing_inputs: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    documents: int = 0
    events: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    workers: int = 0
    seconds: float = 0.0

    def add(self, result: ShardResult) -> None:
        self.documents += result.documents
        self.events += result.events
        self.errors.update(result.errors)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = dict(self.errors)
        data["failed"] = [{"shard": s, "reason": r} for s, r in self.failed]
        data["missing_inputs"] = [{"path": p, "reason": r} for p, r in self.missing_inputs]
        return data


ProgressCallback = Callable[[ShardResult | None, BatchSummary], None]


def options_to_dict(options: Options) -> dict[str, Any]:
    data = asdict(options)
    data["dictionary_dirs"] = [str(p) for p in options.dictionary_dirs]
    return data


def _settings(options: Options, stages: Sequence[NamedStage], shard_size: int) -> dict[str, Any]:
    return {
        "hadath": __version__,
        "options": options_to_dict(options),
        "stages": [s.name for s in stages],
        "shard_size": shard_size,
    }


def check_settings(out_dir: Path, settings: dict[str, Any]) -> None:
    """Record the batch's settings, or refuse an output folder written with other ones
    (mixing shards coded with different dictionaries or options would be silent corruption)."""
    path = out_dir / SETTINGS_FILE
    if path.is_file():
        try:
            found = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise HadathError(ErrorCode.E602, path=path, reason=str(exc)) from exc
        differing = sorted(k for k in settings if found.get(k) != settings[k])
        if differing:
            raise HadathError(ErrorCode.E603, path=out_dir, reason=", ".join(differing))
        return
    path.write_text(json.dumps(settings, indent=1, ensure_ascii=False), "utf-8")


def _prepare_out(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for table in (*TABLES, "shards"):
            (out_dir / table).mkdir(exist_ok=True)
    except OSError as exc:
        raise HadathError(ErrorCode.E602, path=out_dir, reason=str(exc)) from exc
    if not os.access(out_dir, os.W_OK):
        raise HadathError(ErrorCode.E602, path=out_dir, reason="not writable")


def _client(stack: ExitStack, workers: int, scheduler: str | None) -> Any:
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            return stack.enter_context(Client(scheduler, timeout="20s"))
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: never clash with a running dashboard
                silence_logs=logging.ERROR,
            )
        )
        return stack.enter_context(Client(cluster))
    except (OSError, TimeoutError, RuntimeError) as exc:
        raise HadathError(ErrorCode.E607, reason=str(exc)) from exc


def run_batch(
    paths: Iterable[Path | str],
    out_dir: Path | str,
    options: Options | None = None,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    stages: Sequence[NamedStage] | None = None,
    progress: ProgressCallback | None = None,
) -> BatchSummary:
    """Code every article under `paths` on Dask into Parquet shards under `out_dir`.

    `scheduler` is the address of a running Dask scheduler; without it a local cluster of
    `workers` processes (one thread each) is started and shut down again.
    """
    options = options or Options()
    if scheduler is None and workers < 1:
        raise HadathError(ErrorCode.E017, name="--workers", reason="must be at least 1")
    started = time.perf_counter()
    # Workers of a remote cluster do not share our working directory.
    out = Path(out_dir).resolve() if scheduler else Path(out_dir)
    paths = [Path(p).resolve() for p in paths] if scheduler else list(paths)
    _prepare_out(out)
    stage_list = list(stages) if stages is not None else default_stages()
    settings = _settings(options, stage_list, shard_size)
    check_settings(out, settings)
    specs, missing = plan_shards(paths, shard_size)
    summary = BatchSummary(str(out), shards=len(specs), workers=workers)
    summary.missing_inputs = [(m.source, m.reason) for m in missing]
    results: dict[str, ShardResult] = {}
    pending: list[ShardSpec] = []
    for spec in specs:
        done = read_marker(out, spec)
        if done is None:
            pending.append(spec)
        else:
            results[spec.name] = done
            summary.resumed += 1
            summary.add(done)
    try:
        if pending:
            _run_pending(
                pending, out, options, stages, workers, scheduler, summary, results, progress
            )
    finally:
        summary.seconds = round(time.perf_counter() - started, 3)
        write_manifest(out, specs, results, summary, settings)
    return summary


def _run_pending(
    pending: list[ShardSpec],
    out: Path,
    options: Options,
    stages: Sequence[NamedStage] | None,
    workers: int,
    scheduler: str | None,
    summary: BatchSummary,
    results: dict[str, ShardResult],
    progress: ProgressCallback | None,
) -> None:
    from distributed import as_completed

    from hadath.scale.worker import PipelinePlugin, run_shard_task

    with ExitStack() as stack:
        client = _client(stack, workers, scheduler)
        client.register_plugin(PipelinePlugin(options, stages))
        summary.workers = len(client.scheduler_info().get("workers", {})) or workers
        in_flight = max(2, 2 * summary.workers)
        queue = iter(pending)
        spec_of: dict[str, ShardSpec] = {}

        def submit(spec: ShardSpec) -> Any:
            future = client.submit(
                run_shard_task,
                spec,
                str(out),
                options.max_file_mb,
                key=f"hadath-shard-{spec.name}-{spec.fingerprint}",
                pure=False,
            )
            spec_of[future.key] = spec
            return future

        running = as_completed([submit(s) for _, s in zip(range(in_flight), queue, strict=False)])
        for future in running:
            spec = spec_of.pop(future.key)
            result: ShardResult | None = None
            try:
                finished: ShardResult = future.result()
            except Exception as exc:  # any worker failure is this shard's reason
                reason = str(HadathError(ErrorCode.E608, shard=spec.name, reason=repr(exc)[:300]))
                summary.failed.append((spec.name, reason))
            else:
                result = results[spec.name] = finished
                summary.ran += 1
                summary.add(finished)
            future.release()
            next_spec = next(queue, None)
            if next_spec is not None:
                running.add(submit(next_spec))
            if progress is not None:
                progress(result, summary)


def write_manifest(
    out: Path,
    specs: list[ShardSpec],
    results: dict[str, ShardResult],
    summary: BatchSummary,
    settings: dict[str, Any],
) -> Path:
    """The batch's table of contents: shards in input order with their status and counts.

    `hadath merge` reads shards in this order; DuckDB users glob ``OUT/events/*.parquet``.
    """
    failed = dict(summary.failed)
    shards = []
    for spec in specs:
        result = results.get(spec.name)
        status = "done" if result else ("failed" if spec.name in failed else "pending")
        entry: dict[str, Any] = {
            "name": spec.name,
            "fingerprint": spec.fingerprint,
            "status": status,
            "expected": spec.expected,
            "units": [asdict(u) for u in spec.units],
        }
        if result:
            entry.update(result.to_dict())
            entry["status"] = status
        if spec.name in failed:
            entry["reason"] = failed[spec.name]
        shards.append(entry)
    manifest = {
        "format": "hadath-batch/1",
        "settings": settings,
        "tables": {t: f"{t}/*.parquet" for t in TABLES},
        "summary": summary.to_dict(),
        "shards": shards,
    }
    path = out / MANIFEST_FILE
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), "utf-8")
    os.replace(tmp, path)
    return path
