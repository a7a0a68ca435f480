"""Find gazetteer names in normalised text with one Aho-Corasick pass.

A name matches a run of whole words of the text whose first word may carry proclitics
(و ف، ب ل ك، and ل+ال written لل): the name's first word must be one of the proclitic
readings of the text's first word (`hadath.geo.variants.proclitic_variants`), its other
words must equal the text's next words, and those words may be separated only by spaces and
hyphens.  At each word the longest name wins, then the reading with the fewest letters
stripped; matches do not overlap and are taken left to right.

Every reading of a word ends the word, or ends it after its first letter is rewritten
(للعراق read as العراق, the only rewriting: ل+ال), so the automaton holds every name under
itself and every name that starts with the article under itself without its first letter:
any name that can match is seen at the place it ends, and only those few places are checked
against the exact proclitic rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ahocorasick

from hadath.geo.variants import proclitic_variants
from hadath.text.segment import CliticRules

if TYPE_CHECKING:
    from hadath.geo.resources import Gazetteer, Place

# The letters of a word: what `[\u0621-\u064a0-9]+` runs are made of.
WORD_CHARS = frozenset([*map(chr, range(0x0621, 0x064B)), *"0123456789"])
_NAME = re.compile(r"[\u0621-\u064a0-9]+(?: [\u0621-\u064a0-9]+)*")
# What may separate the words of one name: a run of spaces and hyphens and (as the
# word-by-word matcher this replaces accepted, through ``$``) one line break closing it,
# `[ \-]+\n?`, folded to one space.  The runs that get shorter are `[ \-]{2,}\n?|[ \-]\n`,
# written with the first character factored out (several times faster to search).
_LONG_JOINER_RUN = re.compile(r"[ \-](?:[ \-]+\n?|\n)")
_LONG_JOINER_PAIRS = ("  ", " -", "- ", "--", " \n", "-\n")  # in every such run
# A name reached by stripping clitics keeps at least this many letters, unless it names a
# country, a region or a capital: short leftovers of ordinary words ("ب+انه") are noise.
MIN_STRIPPED_LETTERS = 4

# Every character that is neither a letter of a word nor a space becomes `_BOUNDARY`, so the
# automaton only sees names that end a word ("بغداد|", "قطاع غزه "), not every letter ("م").
# (A regular expression does this several times faster than str.translate on Arabic text.)
_BOUNDARY = "|"
_NOT_WORD_OR_SPACE = re.compile(r"[^\u0621-\u064a0-9 ]")

# automaton value: (name, its first word, its number of words, letters dropped from the key)
_Entry = tuple[str, str, int, int]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A gazetteer name found in normalised text: [start, end) without و/ب, with ال."""

    start: int
    end: int
    candidates: tuple[Place, ...]  # best first


def build_name_automaton(names: dict[str, tuple[int, ...]], article: str | None = None) -> Any:
    """An automaton over every name (words joined by one space) and the name minus its
    first letter; values are (length of the key, tuple of `_Entry`).  Names that are not
    runs of words of the text (other characters) can never match and are left out.

    Given the clitic rules' `article`, only names that start with it are also held without
    their first letter (the only readings that rewrite a letter are ل+ال ones): the same
    matches, without the flood of one- and two-letter keys that end ordinary words."""
    entries: dict[str, list[_Entry]] = {}
    for name, indices in names.items():
        if not indices or not _NAME.fullmatch(name):
            continue
        first = name.split(" ", 1)[0]
        words = name.count(" ") + 1
        entries.setdefault(name, []).append((name, first, words, 0))
        if len(name) > 1 and (article is None or name.startswith(article)):
            entries.setdefault(name[1:], []).append((name, first, words, 1))
    automaton = ahocorasick.Automaton()
    for key, values in entries.items():
        for boundary in (" ", _BOUNDARY):  # a name ends a word: see `_separated`
            automaton.add_word(key + boundary, (len(key), tuple(values)))
    if entries:
        automaton.make_automaton()
    return automaton


def _joined(norm_text: str) -> tuple[str, list[int], list[int]]:
    """`norm_text` with every separator that may join the words of a name as one space, and
    the offsets (in the joined text) after each separator that got shorter, with the number
    of characters folded away up to there."""
    if not any(pair in norm_text for pair in _LONG_JOINER_PAIRS):
        return norm_text.replace("-", " "), [], []  # every run is one character long
    # The long runs become one space each, then the lone hyphens do (the rest is spaces).
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    shift = 0
    previous_end = 0
    for run in _LONG_JOINER_RUN.finditer(norm_text):
        start, end = run.span()
        pieces += (norm_text[previous_end:start], " ")
        previous_end = end
        starts.append(start - shift + 1)
        shift += end - start - 1
        shifts.append(shift)
    pieces.append(norm_text[previous_end:])
    return "".join(pieces).replace("-", " "), starts, shifts


def _separated(joined: str) -> str:
    """`joined` with every character but word letters and spaces turned into `_BOUNDARY`
    (one for one), and one `_BOUNDARY` more at the end."""
    return _NOT_WORD_OR_SPACE.sub(_BOUNDARY, joined) + _BOUNDARY


def _may_strip(variant: str, candidates: tuple[Place, ...]) -> bool:
    best = candidates[0]
    return len(variant) >= MIN_STRIPPED_LETTERS or best.kind != "city" or best.capital


def proclitic_strings(rules: CliticRules) -> frozenset[str]:
    """Every string of letters proclitics may put before where a name is found: a
    conjunction, then a preposition or a beginning of ``لل`` (whose ل+ال reading the
    automaton finds as the name without its alef).  A superset: the readings decide."""
    conjunctions = ["", *(c for c, _ in rules.conjunctions)]
    lam = rules.lam_article
    seconds = ["", *(p for p, _ in rules.prepositions), *(lam[:k] for k in range(len(lam) + 1))]
    return frozenset(c + s for c in conjunctions for s in seconds)


def match_places(norm_text: str, gazetteer: Gazetteer, rules: CliticRules) -> list[NameMatch]:
    """Longest-first, non-overlapping gazetteer name matches in a normalised text."""
    text, run_starts, run_shifts = _joined(norm_text)
    text = _separated(text)
    word_chars = WORD_CHARS
    proclitics = proclitic_strings(rules)
    longest = max(map(len, proclitics))
    reach = longest + 1
    readings: dict[str, dict[str, int]] = {}  # word -> rank of each of its readings
    # word start -> (number of words, -rank of the reading, match start, match stop, name)
    best: dict[int, tuple[int, int, int, int, str]] = {}
    # stop: the boundary after a name; key_start: where the key (the name, or the name
    # without its first letter) starts.
    for stop, (key_length, entries) in gazetteer.automaton.iter(text):
        key_start = stop - key_length
        # Most hits end a longer word: when the `reach` characters before the key are all
        # letters of its word (only word letters are alphanumeric in `text`), what precedes
        # the key is longer than any proclitic string.
        if key_start >= reach and text[key_start - reach : key_start].isalnum():
            continue
        word_start = key_start
        while word_start > 0 and text[word_start - 1] in word_chars:
            word_start -= 1
        if word_start != key_start and text[word_start:key_start] not in proclitics:
            continue  # the letters before the key are not proclitics
        for name, first, words, dropped in entries:
            first_end = stop - len(name) + len(first)  # where the text's first word ends
            if word_start == key_start and not dropped:
                word, rank = first, 0  # the word itself is its first reading
            else:
                word = text[word_start:first_end]
                ranks = readings.get(word)
                if ranks is None:
                    variants = proclitic_variants(word, rules, strip_article=False)
                    ranks = readings[word] = {v: i for i, v in enumerate(variants)}
                found_rank = ranks.get(first)
                if found_rank is None:
                    continue  # not a reading of the word (too short a name, say)
                rank = found_rank
            if not (first == word or words > 1 or _may_strip(first, gazetteer.candidates(name))):
                continue
            known = best.get(word_start)
            if known is None or (words, -rank) > known[:2]:
                # "للعراق" read as ل + "العراق": the alef is implied, the span starts at لعراق.
                prefix = len(word) - len(first) + (0 if word.endswith(first) else 1)
                best[word_start] = (words, -rank, word_start + prefix, stop, name)
    matches: list[NameMatch] = []
    taken_until = -1
    for word_start in sorted(best):
        if word_start < taken_until:
            continue  # inside the words of a match already taken
        _, _, start, stop, name = best[word_start]
        taken_until = stop
        if run_starts:
            start += _shrinkage(start, run_starts, run_shifts)
            stop += _shrinkage(stop - 1, run_starts, run_shifts)
        matches.append(NameMatch(start, stop, gazetteer.candidates(name)))
    return matches


def _shrinkage(offset: int, run_starts: list[int], run_shifts: list[int]) -> int:
    """How many characters of the original text were folded away before joined `offset`."""
    index = bisect_right(run_starts, offset)
    return run_shifts[index - 1] if index else 0
