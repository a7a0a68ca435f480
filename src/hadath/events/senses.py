"""Which sense of a pattern entry the words around its trigger select.

A `Sense` lists object phrases, words right before the trigger and words near it; a
`SenseTest` holds the same words as sets, built once per resources, so that each word of
the window is tested with one set operation instead of one comparison per phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.events.patterns import PatternEntry
from hadath.events.words import COMMAS

# How far on either side of the trigger a sense's ``near`` words are looked for.
NEAR_REACH = 10
# Quotation marks around a name do not separate it from the noun it names (صاروخ «فجر»).
QUOTES = frozenset({"\u00ab", "\u00bb", '"', "\u201c", "\u201d", "'"})
# A word of an object phrase that stands for any number written in digits (إلى <number>).
NUMBER = "<number>"


@dataclass(frozen=True, slots=True)
class SenseTest:
    """One sense of an entry as sets: its code applies when an object phrase starts within
    `window` words after the trigger, a `before` word stands right before it, or a `near`
    word is within `NEAR_REACH` words of it."""

    code: str
    intent: str | None  # the sense's intent code, else the entry's
    window: int
    firsts: frozenset[str]  # first words of all object phrases
    singles: frozenset[str]  # the one-word object phrases
    longer: tuple[tuple[str, ...], ...]  # the object phrases of two or more words
    before: frozenset[str]
    near: frozenset[str]


def sense_tests(entry: PatternEntry) -> tuple[SenseTest, ...]:
    """The senses of `entry`, in order, as `SenseTest`s."""
    return tuple(
        SenseTest(
            code=sense.code,
            intent=sense.intent or entry.intent,
            window=sense.window,
            firsts=frozenset(p[0] for p in sense.objects),
            singles=frozenset(p[0] for p in sense.objects if len(p) == 1),
            longer=tuple(p for p in sense.objects if len(p) > 1),
            before=frozenset(sense.before),
            near=frozenset(sense.near),
        )
        for sense in entry.senses
    )


def select_sense(
    tests: Sequence[SenseTest], entry: PatternEntry, bare: Sequence[frozenset[str]], i: int
) -> tuple[str | None, str | None]:
    """The (code, intent code) that the bare readings around trigger `i` select: those of
    the first sense that applies, else the entry's own."""
    n = len(bare)
    for test in tests:
        if test.firsts:
            end = min(n, i + 1 + test.window)  # an object phrase lies wholly before `end`
            j = i
            while j + 1 < end:
                j += 1
                forms = bare[j]
                if forms.isdisjoint(test.firsts):
                    # the first word alone rules out almost every position; a comma is no
                    # word of the window (وقع مع X، في 26 كانون الثاني، اتفاقية)
                    if end < n and not forms.isdisjoint(COMMAS):
                        end += 1
                    continue
                if not forms.isdisjoint(test.singles):
                    return test.code, test.intent
                for phrase in test.longer:
                    span = len(phrase)
                    if (
                        j + span <= end
                        and phrase[0] in forms
                        and all(_fits(phrase[k], bare[j + k]) for k in range(1, span))
                    ):
                        return test.code, test.intent
        if test.before and _before(bare, i, test.before):
            return test.code, test.intent
        if test.near:
            lo, hi = max(0, i - NEAR_REACH), min(n, i + NEAR_REACH + 1)
            if any(not forms.isdisjoint(test.near) for forms in bare[lo:hi]):
                return test.code, test.intent
    return entry.code, entry.intent


def _fits(word: str, forms: frozenset[str]) -> bool:
    """Whether a word with the readings `forms` is the phrase word `word` (`NUMBER`: any
    number in digits)."""
    return word in forms or (word == NUMBER and any(f[:1].isdigit() for f in forms))


def _before(bare: Sequence[frozenset[str]], i: int, words: frozenset[str]) -> bool:
    """Whether the word before trigger `i`, past an opening quotation mark, is one of
    `words`."""
    j = i - 1
    if j > 0 and not bare[j].isdisjoint(QUOTES):
        j -= 1
    return j >= 0 and not bare[j].isdisjoint(words)
