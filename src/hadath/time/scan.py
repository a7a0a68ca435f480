"""Search the date grammar only where its words are, with the results of a full search.

Each grammar pattern begins with a look-behind, so the regex engine cannot skip ahead to
where a match could begin: it would try every position of the document for every rule.
Instead one scan finds the words that every match holds (`hadath.time.resources.RuleScan`)
and each pattern is tried only at the positions these words allow.  `RuleSearch.search`
returns exactly what ``pattern.search(text, pos)`` returns: positions outside the
candidates cannot start a match, and the candidates are tried in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from hadath.time.resources import LAZY_SPAN, LAZY_START, Calendar, RuleScan

# Runs of digits; not ``\d+``, which the regex engine cannot scan for quickly.
_DIGIT_RUNS = re.compile(r"\d\d*")
# Candidate ranges shorter than this are tried position by position, longer ones with the
# rule's lazy pattern (one call for up to LAZY_SPAN positions).
_SHORT = 3


class RuleSearch:
    """``pattern.search(text, pos)`` of one pattern over one text, tried only at the
    candidate start ranges (inclusive, sorted, disjoint)."""

    __slots__ = ("_ends", "_lazy", "_pattern", "_ranges", "_text")

    def __init__(
        self,
        text: str,
        pattern: re.Pattern[str],
        lazy: re.Pattern[str] | None,
        ranges: list[tuple[int, int]] | None,
    ) -> None:
        self._text = text
        self._pattern = pattern
        self._lazy = lazy
        self._ranges = ranges
        self._ends = [end for _, end in ranges] if ranges is not None else []

    def search(self, pos: int) -> re.Match[str] | None:
        """The leftmost match starting at or after `pos`, as ``pattern.search`` gives it."""
        if self._ranges is None:
            return self._pattern.search(self._text, pos)
        text, pattern, lazy = self._text, self._pattern, self._lazy
        for low, high in self._ranges[bisect_left(self._ends, pos) :]:
            start = low if low > pos else pos
            while start <= high:
                if high - start < _SHORT or lazy is None:
                    found = pattern.match(text, start)
                    if found is not None:
                        return found
                    start += 1
                    continue
                # Finds the leftmost match among the next LAZY_SPAN positions; one after
                # `high` is still the leftmost at or after `pos`.
                skipped = lazy.match(text, start)
                if skipped is not None:
                    found = pattern.match(text, skipped.start(LAZY_START))
                    return found if found is not None else pattern.search(text, start)
                start += LAZY_SPAN
        return None

    def finditer(self) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` gives (none of them is empty)."""
        found = self.search(0)
        while found is not None:
            yield found
            found = self.search(found.end())


def rule_searches(text: str, calendar: Calendar) -> list[RuleSearch]:
    """A `RuleSearch` of `text` for each of ``calendar.patterns``, then one for
    ``calendar.not_dates`` when the calendar has it."""
    patterns = [pattern for _, pattern in calendar.patterns]
    if calendar.not_dates is not None:
        patterns.append(calendar.not_dates)
    if not calendar.scans or calendar.token_scan is None:
        return [RuleSearch(text, pattern, None, None) for pattern in patterns]
    anchors = _anchors(text, calendar)
    reversed_text = text[::-1]
    return [
        RuleSearch(text, pattern, scan.lazy, _ranges(found, scan, text, reversed_text))
        for pattern, scan, found in zip(patterns, calendar.scans, anchors, strict=True)
    ]


def word_search(text: str, pattern: re.Pattern[str], words: Iterable[str]) -> RuleSearch:
    """The `RuleSearch` of `pattern`, whose every match begins with one of `words` (single
    spaces where the match may have any) or with one letter and then one of them."""
    anchors: set[int] = set()
    for word in words:
        first = word.split(" ", 1)[0]
        at = text.find(first)
        while at >= 0:
            anchors.add(at)
            at = text.find(first, at + 1)
    ranges: list[tuple[int, int]] = []
    for at in sorted(anchors):
        low = max(at - 1, 0)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], at)
        else:
            ranges.append((low, at))
    return RuleSearch(text, pattern, None, ranges)


def _anchors(text: str, calendar: Calendar) -> list[list[int]]:
    """For each scan, in text order, every position where one of its tokens begins (and,
    with ``digits``, every run of digits)."""
    assert calendar.token_scan is not None
    anchors: list[list[int]] = [[] for _ in calendar.scans]
    owners = calendar.token_owners
    search = calendar.token_scan.search
    found = search(text)
    while found is not None:
        at = found.start()
        token = found.group()
        for index in owners[token] if token in owners else owners[" ".join(token.split())]:
            anchors[index].append(at)
        # From the next character, not the token's end: another token may begin inside it.
        found = search(text, at + 1)
    runs: list[int] | None = None
    for index, scan in enumerate(calendar.scans):
        if scan.digits:
            if runs is None:
                # Inside a run a digit follows a digit: no rule with digits starts there.
                runs = [run.start() for run in _DIGIT_RUNS.finditer(text)]
            anchors[index] = sorted(anchors[index] + runs)
    return anchors


def _ranges(
    anchors: list[int], scan: RuleScan, text: str, reversed_text: str
) -> list[tuple[int, int]]:
    """The merged ranges of positions where a match holding one of `anchors` can start."""
    ranges: list[tuple[int, int]] = []
    size = len(text)
    before, behind = scan.before, scan.behind
    for at in anchors:
        if before is not None and before.match(reversed_text, size - at) is None:
            continue  # what stands before the token cannot
        walked = behind.match(reversed_text, size - at) if behind is not None else None
        # Without `behind`, the match starts at the token or at a proclitic letter.
        low = at - (walked.end() - (size - at)) if walked is not None else max(at - 1, 0)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], at))
        else:
            ranges.append((low, at))
    return ranges
