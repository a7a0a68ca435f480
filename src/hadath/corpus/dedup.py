"""Near-duplicate documents: MinHash signatures of normalised word shingles, banded LSH.

A press release copied by ten sites is one document: the copies differ by a header, a byline
or a word, so their sets of word 3-grams (shingles) overlap almost entirely.  MinHash
estimates that overlap (Jaccard similarity) from a fixed-size signature, and banded LSH finds
the candidates without comparing every pair, so indexing n documents costs O(n).  A copy is
linked to the first stored copy; only first copies enter the index, so the link never points
to another copy.

Memory is what limits an index of a large corpus, so it is kept in flat arrays rather than
Python objects (about 0.6 KB per document against 8.5 KB for datasketch's MinHashLSH):

- signatures keep the lowest 8 bits of each of the 128 minimum hashes ("b-bit minwise
  hashing", Li and König 2010): two signatures agree on a value with probability
  J + (1 - J) / 256, which `_jaccard_from_agreement` corrects;
- the LSH bands (3 rows each, 20 bands) are hashed to 64-bit integers and kept in one
  open-addressing table of two `array.array`s (key, document ordinal).
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from array import array
from collections.abc import Iterable
from typing import Any

import numpy as np

from hadath.document import Document
from hadath.text.normalize import normalize_form

# Estimated Jaccard of word 3-grams above which texts are copies.  Measured on the examples:
# a press release republished with another header and footer scores 0.50 on the raw page (so
# the threshold sits below it, in case cleaning leaves furniture) and ~0.9 on the cleaned
# body; independent reports of the same happening score 0.00-0.02.
DEFAULT_THRESHOLD = 0.45
DEFAULT_NUM_PERM = 128
SHINGLE_WORDS = 3
# Banding: 20 bands of 3 rows find a pair at Jaccard 0.5 with probability 0.93, at 0.6 with
# 0.99 and at 0.8 with certainty, while unrelated texts (J ~ 0.01) almost never collide.
BAND_ROWS = 3
BANDS = 20
_SEED = 1
_MASK64 = (1 << 64) - 1
_EMPTY = -1

_WORD = re.compile(r"\w+")


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


def _jaccard_from_agreement(agreement: np.ndarray | float) -> Any:
    # Low-byte values agree by chance 1 time in 256 even when the minima differ.
    return (np.asarray(agreement, dtype=np.float64) - 1 / 256) / (1 - 1 / 256)


class _BandTable:
    """A multimap from 64-bit band keys to document ordinals: open addressing, linear probing.

    Two flat arrays (8 + 4 bytes a slot, at most half full) instead of a dict of lists.
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._keys = array("Q", bytes(8 * capacity))
        self._values = array("i", [_EMPTY]) * capacity
        self._mask = capacity - 1
        self._count = 0

    def nbytes(self) -> int:
        return self._keys.itemsize * len(self._keys) + self._values.itemsize * len(self._values)

    def add(self, key: int, value: int) -> None:
        if 2 * (self._count + 1) > len(self._values):
            self._grow()
        keys, values, mask = self._keys, self._values, self._mask
        slot = key & mask
        while values[slot] != _EMPTY:
            slot = (slot + 1) & mask
        keys[slot] = key
        values[slot] = value
        self._count += 1

    def get(self, key: int) -> list[int]:
        """Every value stored under `key`."""
        keys, values, mask = self._keys, self._values, self._mask
        found = []
        slot = key & mask
        while (value := values[slot]) != _EMPTY:
            if keys[slot] == key:
                found.append(value)
            slot = (slot + 1) & mask
        return found

    def _grow(self) -> None:
        old = zip(self._keys, self._values, strict=True)
        size = 2 * len(self._values)
        self._keys = array("Q", bytes(8 * size))
        self._values = array("i", [_EMPTY]) * size
        self._mask = size - 1
        self._count = 0
        for key, value in old:
            if value != _EMPTY:
                self.add(key, value)


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
        if num_perm < BAND_ROWS * BANDS:
            raise ValueError(f"num_perm must be at least {BAND_ROWS * BANDS}")
        self.threshold = threshold
        self.num_perm = num_perm
        rng = np.random.default_rng(_SEED)
        # Multiply-shift hashing (Dietzfelbinger): ((a * x + b) mod 2^64) >> 32 is a
        # 2-universal family for 32-bit x; `a` odd.  numpy's uint64 arithmetic wraps.
        self._a = rng.integers(1, 2**63, num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, num_perm, dtype=np.uint64)
        self._band_mix = rng.integers(1, 2**63, (BANDS, BAND_ROWS), dtype=np.uint64)
        self._signatures = np.zeros((64, num_perm), dtype=np.uint8)
        self._ids: list[str] = []
        self._ordinal: dict[str, int] = {}
        self._bands = _BandTable()
        # Ordinals of first copies the store refused: their band entries stay (the table has
        # no deletion) but they are never a match.
        self._withdrawn: set[int] = set()

    def __len__(self) -> int:
        return len(self._ids) - len(self._withdrawn)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._ordinal

    def nbytes(self) -> int:
        """Bytes held in the index's arrays (signatures and band table), ids excluded."""
        return int(self._signatures.nbytes) + self._bands.nbytes()

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash signature of `text` (`num_perm` uint32 minima), or None without words."""
        grams = shingles(text)
        if not grams:
            return None
        hashes = np.fromiter((zlib.crc32(g) for g in grams), dtype=np.uint64, count=len(grams))
        mixed = (np.outer(self._a, hashes) + self._b[:, None]) >> np.uint64(32)
        minima: np.ndarray = mixed.min(axis=1).astype(np.uint32)
        return minima

    def _band_keys(self, sig: np.ndarray) -> list[int]:
        rows = sig[: BANDS * BAND_ROWS].astype(np.uint64).reshape(BANDS, BAND_ROWS)
        keys = (rows * self._band_mix).sum(axis=1) + np.arange(BANDS, dtype=np.uint64)
        # A splitmix64-style finaliser spreads the bits, since slots use the low ones.
        keys ^= keys >> np.uint64(31)
        keys *= np.uint64(0xBF58476D1CE4E5B9)
        keys ^= keys >> np.uint64(29)
        return [int(k) & _MASK64 for k in keys]

    def find(self, text: str) -> str | None:
        """The id of the earliest indexed document that `text` nearly duplicates, or None."""
        sig = self.signature(text)
        return None if sig is None else self._best_match(sig, self._band_keys(sig))

    def _best_match(self, sig: np.ndarray, band_keys: list[int]) -> str | None:
        candidates = sorted({o for key in band_keys for o in self._bands.get(key)})
        if self._withdrawn:
            candidates = [o for o in candidates if o not in self._withdrawn]
        if not candidates:
            return None
        low_bytes = (sig & 0xFF).astype(np.uint8)
        agreement = (self._signatures[candidates] == low_bytes).mean(axis=1)
        similar = np.flatnonzero(_jaccard_from_agreement(agreement) >= self.threshold)
        # Candidates are in insertion order: the first similar one is the earliest copy.
        return self._ids[candidates[int(similar[0])]] if similar.size else None

    def add(self, doc_id: str, text: str) -> bool:
        """Index `doc_id` as a first copy; False when it has no words or is already indexed."""
        if doc_id in self._ordinal:
            return False
        sig = self.signature(text)
        if sig is None:
            return False
        self._insert(doc_id, sig, self._band_keys(sig))
        return True

    def _insert(self, doc_id: str, sig: np.ndarray, band_keys: list[int]) -> None:
        ordinal = len(self._ids)
        if ordinal == len(self._signatures):
            grown = np.zeros((2 * ordinal, self.num_perm), dtype=np.uint8)
            grown[:ordinal] = self._signatures
            self._signatures = grown
        self._signatures[ordinal] = sig & 0xFF
        self._ids.append(doc_id)
        self._ordinal[doc_id] = ordinal
        for key in band_keys:
            self._bands.add(key, ordinal)

    def find_or_add(self, doc: Document) -> str | None:
        """The id of the first copy `doc` nearly duplicates; otherwise index `doc`, return None.

        A document already in the index (same id) is its own first copy: None.  A document
        without words is never a duplicate and is not indexed.
        """
        if doc.id in self._ordinal:
            return None
        sig = self.signature(doc.text or doc.raw.content)
        if sig is None:
            return None
        band_keys = self._band_keys(sig)
        original = self._best_match(sig, band_keys)
        if original is not None and original != doc.id:
            return original
        self._insert(doc.id, sig, band_keys)
        return None

    def withdraw(self, doc_id: str) -> None:
        """Forget a first copy that was not stored after all (the database refused it): no
        later document is linked to it.  Unknown ids are ignored."""
        ordinal = self._ordinal.pop(doc_id, None)
        if ordinal is not None:
            self._withdrawn.add(ordinal)

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
    return float(np.count_nonzero(sa == sb)) / num_perm
