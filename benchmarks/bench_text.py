"""Throughput of normalise + sentence split + clitic segmentation, one process, one core.

Reads Arabic article bodies from ../shared/data/saudinewsnet.jsonl.gz (research-only
corpus, read at run time, never shipped) until at least --mb megabytes of UTF-8 text are
collected, then times `normalize`, `split_sentences` and `tokenize` over all of it,
--runs times, each with freshly loaded resources so the analysis cache starts cold.
Prints the median MB/s per step and for the three together, by wall clock and by CPU
time of this process (the machine is shared: CPU time is the steadier figure), tokens per
CPU second, and peak memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from hadath.resources import Resources
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokens import tokenize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet.jsonl.gz"


def load_texts(megabytes: float) -> list[str]:
    texts: list[str] = []
    size = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= megabytes * 1e6:
                break
    return texts


def run_once(texts: list[str], megabytes: float) -> dict[str, float]:
    """One timed pass over `texts` with freshly loaded resources (cold analysis cache)."""
    started = time.perf_counter()
    tres = Resources().text
    load_seconds = time.perf_counter() - started
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def timed(step: str, work: Callable[[], object]) -> object:
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        result = work()
        wall[step] = time.perf_counter() - wall_start
        cpu[step] = time.process_time() - cpu_start
        return result

    timed("normalise", lambda: [normalize(text) for text in texts])
    all_spans = timed("split", lambda: [split_sentences(text, tres) for text in texts])

    def tokens_of_all() -> int:
        # As the text stage does: no per-call memo, the resources' analysis cache.
        return sum(
            len(tokenize(text, start, end, tres))
            for text, spans in zip(texts, all_spans, strict=True)
            for start, end in spans
        )

    tokens = timed("tokens", tokens_of_all)
    return {
        "load": load_seconds,
        "sentences": float(sum(len(s) for s in all_spans)),  # type: ignore[attr-defined]
        "tokens": float(tokens),  # type: ignore[arg-type]
        **{f"wall_{k}": megabytes / v for k, v in wall.items()},
        **{f"cpu_{k}": megabytes / v for k, v in cpu.items()},
        "wall_all": megabytes / sum(wall.values()),
        "cpu_all": megabytes / sum(cpu.values()),
        "tokens_per_cpu_s": tokens / cpu["tokens"],  # type: ignore[operator]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; median shown (3)")
    args = parser.parse_args()
    if not CORPUS.is_file():
        raise SystemExit(f"bench_text: {CORPUS} is absent")
    texts = load_texts(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    runs = [run_once(texts, megabytes) for _ in range(max(1, args.runs))]

    def med(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"bench_text: {megabytes:.1f} MB of Arabic ({len(texts)} articles), one process, "
        f"median of {len(runs)} runs (each with freshly loaded resources)"
    )
    print(f"  resources load   {med('load'):6.2f} s")
    print("  step             wall MB/s   CPU MB/s")
    for step, label in (
        ("normalise", "normalise"),
        ("split", "sentence split"),
        ("tokens", "tokens+segments"),
        ("all", "all three"),
    ):
        print(f"  {label:<16} {med('wall_' + step):9.1f} {med('cpu_' + step):10.1f}")
    print(
        f"  {int(med('sentences'))} sentences, {int(med('tokens'))} tokens, "
        f"{med('tokens_per_cpu_s'):,.0f} tokens per CPU second"
    )
    print(
        "  all-three per run (wall/CPU MB/s): "
        + ", ".join(f"{run['wall_all']:.1f}/{run['cpu_all']:.1f}" for run in runs)
    )
    print(f"  peak RSS         {peak_mb:7.0f} MB")


if __name__ == "__main__":
    main()
