"""Scale-out: the pipeline on a Dask cluster, Parquet shards, and merging them into the store."""

from hadath.scale.plan import DEFAULT_SHARD_SIZE, ShardSpec, plan_shards
from hadath.scale.runner import BatchSummary, run_batch

__all__ = ["DEFAULT_SHARD_SIZE", "BatchSummary", "ShardSpec", "plan_shards", "run_batch"]
