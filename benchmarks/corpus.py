"""The benchmark corpus: at least 20,000 realistic Arabic articles of about 3-5 KB, as JSONL.gz.

Two sources, chosen with ``--source``:

* ``team``: generated from the team's own example articles (``examples/``, written by the
  hadath team): their body sentences are recombined, with a seeded random generator, into
  articles of 3-5 KB of UTF-8 text with titles, outlets and 2023 publication dates.  The
  sentences are real news prose with actors, dates and events, so every stage does real work.
* ``shared``: the SaudiNewsNet articles of ``../shared/data/saudinewsnet.jsonl.gz`` read at run
  time (research-only corpus: never copied into the repository); bodies shorter than 3 KB are
  joined with the next article of the same outlet until 3-5 KB (that gives about 17,000
  articles; the rest of the 20,000 are topped up from ``team``).

``auto`` (default) uses ``shared`` when present, else ``team``.  The file is cached under
``benchmarks/output/`` (git-ignored) and streamed by the benchmarks, never loaded whole.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "benchmarks" / "output"
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared" / "data" / "saudinewsnet.jsonl.gz"
MIN_BYTES, MAX_BYTES = 3000, 5000

_ARABIC = re.compile(r"[\u0621-\u064a]")
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")


def _example_sentences() -> list[str]:
    """Body sentences of the team's plain-text and JSONL examples (not page furniture)."""
    bodies: list[str] = []
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix == ".txt":
            raw = path.read_bytes()
            try:
                bodies.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                bodies.append(raw.decode("cp1256"))
        elif path.suffix == ".jsonl":
            for line in path.read_text("utf-8").splitlines():
                text = json.loads(line).get("text")
                if text:
                    bodies.append(text)
    sentences = []
    for body in bodies:
        for line in body.splitlines():
            for sentence in _SENTENCE_END.split(line.strip()):
                # Long sentences with Arabic letters are prose; short lines are furniture.
                if len(sentence) >= 60 and len(_ARABIC.findall(sentence)) > len(sentence) / 2:
                    sentences.append(sentence)
    return sentences


def team_articles(count: int, seed: int = 2024) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    sentences = _example_sentences()
    outlets = ["الفرات", "الرافدين", "نبض الرباط", "قرطاج نيوز", "الأرز اليوم", "الواحة"]
    for i in range(count):
        target = rng.randint(MIN_BYTES, MAX_BYTES)
        body: list[str] = []
        size = 0
        while True:
            sentence = rng.choice(sentences)
            if size + len(sentence.encode()) + 1 > MAX_BYTES:
                break
            body.append(sentence)
            size += len(sentence.encode()) + 1
            if size >= target:
                break
        paragraphs = [" ".join(body[j : j + 3]) for j in range(0, len(body), 3)]
        yield {
            "id": f"team-{i}",
            "title": body[0][:80],
            "outlet": rng.choice(outlets),
            "published": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": "\n".join(paragraphs),
        }


def shared_articles(count: int) -> Iterator[dict[str, str]]:
    made = 0
    pending: dict[str, dict[str, str]] = {}
    with gzip.open(SHARED, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = (record.get("text") or "").strip()
            if not text:
                continue
            outlet = record.get("outlet") or ""
            held = pending.pop(outlet, None)
            if held is not None:
                held["text"] += "\n" + text
            else:
                held = {k: record.get(k) or "" for k in ("id", "title", "outlet", "published")}
                held["text"] = text
            size = len(held["text"].encode())
            if size < MIN_BYTES:
                pending[outlet] = held
                continue
            if size > MAX_BYTES:
                held["text"] = held["text"].encode()[:MAX_BYTES].decode("utf-8", "ignore")
            yield held
            made += 1
            if made >= count:
                return


def corpus_path(count: int, source: str = "auto") -> Path:
    """The cached corpus file of `count` articles, generated on first use."""
    if source == "auto":
        source = "shared" if SHARED.is_file() else "team"
    if source == "shared" and not SHARED.is_file():
        raise SystemExit(f"corpus: {SHARED} is absent; use --source team")
    path = OUTPUT / f"corpus-{source}-{count}.jsonl.gz"
    if path.is_file():
        return path
    OUTPUT.mkdir(parents=True, exist_ok=True)
    if source == "shared":  # SaudiNewsNet gives ~17,000 such articles: top up from team's
        articles = islice(chain(shared_articles(count), team_articles(count)), count)
    else:
        articles = team_articles(count)
    tmp = path.with_name(path.name + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def subset(path: Path, count: int) -> Path:
    """The first `count` articles of a corpus file, as their own cached file."""
    target = path.with_name(path.name.replace(".jsonl.gz", f"-first{count}.jsonl.gz"))
    if not target.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as src, gzip.open(target, "wt") as dst:
            for n, line in enumerate(src):
                if n >= count:
                    break
                dst.write(line)
    return target
