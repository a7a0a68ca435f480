"""A bounded memo for pure per-word results shared by the documents of one process."""

from __future__ import annotations

from itertools import islice
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMemo(dict[K, V]):
    """Key -> value of a pure function of the key and immutable resources.

    News repeats its vocabulary, so most words are found here and cost one lookup.  The memo
    only ever holds values the function would compute again, so sharing it cannot change
    any output.  It is bounded: once `limit` entries are held, `remember` forgets the older
    half (insertion order), so what the current documents use stays.  A pickled memo
    arrives empty, so worker processes do not receive its contents.
    """

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> V:
        """Store `value` under `key` (emptying a full memo first) and return it."""
        if len(self) >= self.limit:
            # Forget the older half: what recent documents used is likeliest to come again.
            for old in list(islice(self, max(1, len(self) // 2))):
                del self[old]
        self[key] = value
        return value

    def __reduce__(self) -> tuple[type[BoundedMemo[K, V]], tuple[int]]:
        return (type(self), (self.limit,))
