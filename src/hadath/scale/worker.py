"""What runs inside a Dask worker: one pipeline per worker process, and the shard task.

The pipeline is built once per worker by a `WorkerPlugin` and kept on the plugin (the
worker owns it, not a module global).  Its `Resources` pickle to their options only, so the
plugin ships a few bytes to each worker and every worker loads dictionaries, gazetteers and
automata itself, once, on its first document.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from hadath.options import Options
from hadath.pipeline import NamedStage, Pipeline
from hadath.resources import Resources
from hadath.scale.plan import ShardSpec
from hadath.scale.shard import ShardResult, process_shard

PLUGIN_NAME = "hadath-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Builds the worker's `Pipeline` when the worker starts (or joins later).

    `stages` defaults to the pipeline's default stages; tests and benchmarks may pass their
    own, as long as the stage functions are importable on the workers.
    """

    name = PLUGIN_NAME

    def __init__(
        self, options: Options, stages: Sequence[NamedStage] | None = None, warm: bool = True
    ) -> None:
        self.options = options
        self.stages = list(stages) if stages is not None else None
        self.warm = warm
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(Resources(self.options), self.stages)
        if self.warm:
            # A resource that cannot load fails every document that needs it, and each of
            # those failures is recorded with its reason in the errors shard.
            with contextlib.suppress(Exception):
                _load_resources(self.pipeline.resources, self.pipeline.stage_names())

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


def _load_resources(resources: Resources, stage_names: list[str]) -> None:
    """Load every resource the default stages use, so the first shard's timing is fair."""
    wanted = {
        "clean": ("text",),
        "text": ("text",),
        "time": ("calendar",),
        "actors": ("actors",),
        "geo": ("gazetteer",),
        "events": ("events",),
    }
    for stage in stage_names:
        for attribute in wanted.get(stage, ()):
            getattr(resources, attribute)


def worker_pipeline() -> Pipeline:
    """The calling worker's pipeline (built by `PipelinePlugin`)."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError("the hadath pipeline plugin is not registered on this worker")
    return plugin.pipeline


def run_shard_task(spec: ShardSpec, out_dir: str, max_mb: float) -> ShardResult:
    """The Dask task: one shard on this worker's pipeline."""
    return process_shard(
        spec, Path(out_dir), max_mb, worker_pipeline(), worker=get_worker().address
    )
