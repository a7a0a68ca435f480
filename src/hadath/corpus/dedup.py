"""Near-duplicate documents: MinHash signatures of normalised word shingles in an LSH index.

A press release copied by ten sites is one document: the copies differ by a header, a byline
or a word, so their sets of word 3-grams (shingles) overlap almost entirely.  MinHash
estimates that overlap (Jaccard similarity) from a fixed-size signature, and banded LSH finds
the candidates without comparing every pair, so indexing n documents costs O(n).  A copy is
linked to the first stored copy; only first copies enter the index, so the link never points
to another copy.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Iterable
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from hadath.document import Document
from hadath.text.normalize import normalize_form

# Estimated Jaccard of word 3-grams above which texts are copies.  Measured on the examples:
# a press release republished with another header and footer scores 0.50 on the raw page (so
# the threshold sits below it, in case cleaning leaves furniture) and
# ~0.9 on the cleaned body; independent reports of the same happening score 0.00-0.02.
DEFAULT_THRESHOLD = 0.45
DEFAULT_NUM_PERM = 128
SHINGLE_WORDS = 3

_WORD = re.compile(r"\w+")


def _crc32(data: bytes) -> int:
    # A C-speed 32-bit hash: MinHash re-hashes every value with its own random permutations,
    # so the base hash only has to spread shingles, not resist attacks.
    return zlib.crc32(data)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of `size`-word shingles of the normalised `text` (UTF-8 bytes).

    A text shorter than `size` words is one shingle, so even a two-word text has a signature.
    """
    words = _WORD.findall(normalize_form(text).lower())
    if not words:
        return set()
    if len(words) < size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class NearDuplicateIndex:
    """An in-memory index of first copies; `find_or_add` links each new copy to its original.

    threshold: estimated Jaccard similarity (0-1) of word 3-grams that makes a copy.
    The index is deterministic (fixed seed), so the same corpus always links the same way.
    """

    def __init__(
        self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        # Signatures kept as uint32 arrays (affine32 values fit): half the memory of MinHash.
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}
        # One MinHash "template" carries the seeded permutations; copies share them.
        self._template = MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def signature(self, text: str) -> MinHash | None:
        """The MinHash signature of `text`, or None when it has no words."""
        grams = shingles(text)
        if not grams:
            return None
        mh = MinHash(
            num_perm=self.num_perm,
            hashfunc=_crc32,
            permutations=self._template.permutations,
            scheme=self._template.scheme,
        )
        mh.update_batch(list(grams))
        return mh

    def find(self, text: str) -> str | None:
        """The id of the earliest indexed document that `text` nearly duplicates, or None."""
        sig = self.signature(text)
        return None if sig is None else self._best_match(sig)

    def _best_match(self, sig: MinHash) -> str | None:
        values = sig.hashvalues.astype(np.uint32)
        candidates = [
            key
            for key in self._lsh.query(sig)
            if np.count_nonzero(self._signatures[key] == values) / self.num_perm >= self.threshold
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda key: self._order[key])

    def add(self, doc_id: str, text: str) -> bool:
        """Index `doc_id` as a first copy; False when it has no words or is already indexed."""
        if doc_id in self._signatures:
            return False
        sig = self.signature(text)
        if sig is None:
            return False
        self._insert(doc_id, sig)
        return True

    def _insert(self, doc_id: str, sig: MinHash) -> None:
        self._lsh.insert(doc_id, sig)
        self._signatures[doc_id] = sig.hashvalues.astype(np.uint32)
        self._order[doc_id] = len(self._order)

    def find_or_add(self, doc: Document) -> str | None:
        """The id of the first copy `doc` nearly duplicates; otherwise index `doc`, return None.

        A document already in the index (same id) is its own first copy: None.  A document
        without words is never a duplicate and is not indexed.
        """
        if doc.id in self._signatures:
            return None
        sig = self.signature(doc.text or doc.raw.content)
        if sig is None:
            return None
        original = self._best_match(sig)
        if original is not None and original != doc.id:
            return original
        self._insert(doc.id, sig)
        return None

    def extend(self, documents: Iterable[tuple[str, str]]) -> None:
        """Index ``(doc_id, text)`` pairs as first copies, in the given order."""
        for doc_id, text in documents:
            self.add(doc_id, text)

    @classmethod
    def from_database(
        cls,
        conn: sqlite3.Connection,
        resources: Any = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> NearDuplicateIndex:
        """An index of every stored first copy, oldest first, so a rerun sees earlier documents.

        `resources` is accepted for the pipeline's calling convention; the index needs no
        language resources beyond normalisation.
        """
        index = cls(threshold=threshold)
        rows = conn.execute(
            "SELECT id, text FROM documents WHERE duplicate_of IS NULL ORDER BY rowid"
        )
        index.extend((row[0], row[1]) for row in rows)
        return index


def estimated_similarity(a: str, b: str, num_perm: int = DEFAULT_NUM_PERM) -> float:
    """MinHash estimate of the Jaccard similarity of two texts' shingles (for reports/tests)."""
    index = NearDuplicateIndex(num_perm=num_perm)
    sa, sb = index.signature(a), index.signature(b)
    if sa is None or sb is None:
        return 0.0
    return float(np.float64(sa.jaccard(sb)))
