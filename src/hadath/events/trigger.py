"""A trigger found in a sentence, the sentence's context, and the words that tell an act
already found: a masdar that is its verb's object (تلقى الرئيس، أمس، اتصالا), a verb that
describes the masdar before it (تبنى X تفجيرا استهدف مسجدا) and a masdar that a request
before it asks for (طالب X بالإفراج) are no second event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field

from hadath.document import ActorMention
from hadath.events.lexicon import Hit
from hadath.events.patterns import PatternEntry
from hadath.events.words import Slot, Word

# How far after a verb its masdar object may stand (أجرى X اتصالا هاتفيا): one event.
_OBJECT_REACH = 3


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word of a sentence that codes an event: its index, the pattern entry and reading
    that matched it, the CAMEO code its sense selected, and how it is framed."""

    index: int
    entry: PatternEntry
    hit: Hit
    code: str
    negated: bool
    intent: bool
    # A report only if a named actor takes part (an unanchored past verb of violence).
    needs_actor: bool = False
    # The code was changed to a protest by the act's context (a demand of protesters).
    recoded: bool = False


@dataclass(slots=True)
class SentenceContext:
    """What the coder knows about one sentence while coding it."""

    index: int
    words: list[Word]
    slots: list[Slot]
    previous_source: ActorMention | None  # for "من جانبه" continuations
    # The words' matching forms when the caller has them (else they are read off the words).
    norms: list[str] = field(default_factory=list)
    # Indices of the words inside a date expression ("في 5 آذار 2021"): its year is no count.
    date_words: frozenset[int] = frozenset()


def describes_found(found: Sequence[Trigger], i: int) -> bool:
    """Whether the verb at `i` (not joined by و) stands right after an event noun already
    found: the clause that describes that act (هجوما استهدف قاعدة), not another one."""
    return bool(found) and found[-1].index == i - 1 and found[-1].hit.kind == "noun"


def object_of_verb(
    found: Sequence[Trigger], i: int, code: str, between_free: Callable[[int, int], int]
) -> bool:
    """Whether the masdar at `i` is the object of a verb trigger (or of a received act's
    masdar) of the same CAMEO root just before it: one happening, coded on the verb.
    Fewer than `_OBJECT_REACH` words that are neither an actor's nor a date's may stand
    between them (`between_free`), so the subject and a dated aside do not part them
    (تلقى الرئيس، أمس، اتصالا)."""
    return any(
        (t.hit.kind != "noun" or t.entry.received)  # خلال تلقيه اتصالا: its object too
        and t.index < i
        and t.code[:2] == code[:2]
        and between_free(t.index, i) < _OBJECT_REACH
        for t in found
    )


def requested(
    found: Sequence[Trigger],
    i: int,
    request_roots: Set[str],
    between_free: Callable[[int, int], int],
) -> bool:
    """Whether the masdar at `i` is what a request or demand just before it asks for
    (طالب X بالإفراج عن، دعا Y إلى الإفراج عن): wished, not done, so no event of its own.
    The same reach as `object_of_verb` applies."""
    return any(
        t.index < i and t.code[:2] in request_roots and between_free(t.index, i) < _OBJECT_REACH
        for t in found
    )
