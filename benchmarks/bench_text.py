"""Throughput of normalise + sentence split + clitic segmentation, one process, one core.

Reads Arabic article bodies from ../shared/data/saudinewsnet.jsonl.gz (research-only
corpus, read at run time, never shipped) until at least --mb megabytes of UTF-8 text are
collected, then times `normalize`, `split_sentences` and `tokenize` over all of it.
Prints MB/s per step and for the three together, tokens/s, and peak memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (default 10)")
    args = parser.parse_args()
    if not CORPUS.is_file():
        raise SystemExit(f"bench_text: {CORPUS} is absent")
    texts = load_texts(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started = time.perf_counter()
    tres = Resources().text
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for text in texts:
        normalize(text)
    t_norm = time.perf_counter() - started

    started = time.perf_counter()
    all_spans = [split_sentences(text, tres) for text in texts]
    t_split = time.perf_counter() - started

    started = time.perf_counter()
    tokens = 0
    for text, spans in zip(texts, all_spans, strict=True):
        memo: dict = {}  # per document, as the text stage does
        for start, end in spans:
            tokens += len(tokenize(text, start, end, tres, memo))
    t_tok = time.perf_counter() - started

    total = t_norm + t_split + t_tok
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bench_text: {megabytes:.1f} MB of Arabic ({len(texts)} articles), one process")
    print(f"  resources load   {load_seconds:6.2f} s")
    print(f"  normalise        {megabytes / t_norm:7.1f} MB/s")
    print(
        f"  sentence split   {megabytes / t_split:7.1f} MB/s "
        f"({sum(len(s) for s in all_spans)} sentences)"
    )
    print(f"  tokens+segments  {megabytes / t_tok:7.1f} MB/s ({tokens / t_tok:,.0f} tokens/s)")
    print(f"  all three        {megabytes / total:7.1f} MB/s")
    print(f"  peak RSS         {peak_mb:7.0f} MB")


if __name__ == "__main__":
    main()
