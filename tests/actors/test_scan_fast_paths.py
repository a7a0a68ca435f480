"""The actor scanner's precomputed readings and the grouping spans are what the plain
computations give.

The automaton stores, per key, the phrases each article reading accepts, already in kind
order (`hadath.actors.scan.readings`); the plain way filters and sorts at every match.  A
group's span is taken from its first and last hit; the plain way is the smallest start and
the largest end of the hits it is made of.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from itertools import islice
from pathlib import Path

from hadath.actors.group import group_hits
from hadath.actors.model import ART_OPTIONAL, ART_REQUIRED, Phrase
from hadath.actors.scan import KIND_PRIORITY, PREFIXES, fold_spaces, longest, scan
from hadath.resources import Resources
from hadath.text.normalize import normalize


def _plain_accepts(phrase: Phrase, article: int) -> bool:
    if phrase.article == ART_OPTIONAL:
        return True
    return (article > 0) == (phrase.article == ART_REQUIRED)


def test_readings_are_the_filtered_phrases_in_kind_order(resources: Resources) -> None:
    grouped: dict[str, list[Phrase]] = defaultdict(list)
    for key, *fields in resources.actors.payload["phrases"]:
        grouped[key].append(Phrase(*fields))
    automaton = resources.actors.automaton
    articles = set(PREFIXES.values())
    assert len(articles) > 1
    for key, phrases in grouped.items():
        length, by_article = automaton.get(key)
        assert length == len(key)
        for article in articles:
            kept = [p for p in phrases if _plain_accepts(p, article)]
            expected = tuple(sorted(kept, key=lambda p: KIND_PRIORITY[p.kind]))
            assert by_article[article] == expected, key


def _texts(repo_dir: Path, shared_dir: Path) -> list[str]:
    texts = []
    for path in sorted((repo_dir / "examples" / "articles").iterdir()):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1256"))
    with gzip.open(shared_dir / "data" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in islice(fh, 200)]
    return texts


def test_hits_carry_their_best_kind_and_groups_span_their_hits(
    resources: Resources, repo_dir: Path, shared_dir: Path
) -> None:
    grouped = 0
    for text in _texts(repo_dir, shared_dir):
        folded = fold_spaces(normalize(text).text)
        hits = longest(scan(folded, resources.actors.automaton), len(folded))
        assert all(h.kind == h.phrases[0].kind for h in hits)
        groups = group_hits(folded, hits)
        # Every hit lies in exactly one group; a group spans exactly its hits.
        owners = [[g for g in groups if g.start <= h.start and h.end <= g.end] for h in hits]
        assert all(len(found) == 1 for found in owners), text
        for group in groups:
            inside = [h for h, [owner] in zip(hits, owners, strict=True) if owner is group]
            assert group.start == min(h.start for h in inside)
            assert group.end == max(h.end for h in inside)
            grouped += len(inside) > 1
    assert grouped > 100
