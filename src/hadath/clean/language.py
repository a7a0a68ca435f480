"""Script-based language detection: is this document Arabic?"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hadath.text.resources import LanguageRules

# Runs of letters: the sum of the run lengths is the number of letters, found with far
# fewer matches than one per letter.
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def detect_language(text: str, rules: LanguageRules) -> str:
    """``"ar"`` for Arabic; else ``"fa"``/``"ur"``-like ``"persian-or-urdu"`` or the dominant
    script's name (``"latin"``, ``"cyrillic"`` ...); ``"unknown"`` without letters.

    Short texts (under ``min_letters`` letters) count as Arabic when they hold any Arabic
    letter, since shares over a handful of letters mean nothing.
    """
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    arabic_run = dict(rules.script_runs).get("arabic")
    if arabic_run is None:
        arabic = 0
        letters = _run_length(_LETTER_RUN, sample)
    else:
        # Every character of the Arabic class is a letter (a test checks the data), so the
        # letters are the Arabic ones plus those left once the Arabic runs are cut out:
        # the slow any-letter class then scans only the short non-Arabic rest.
        rest = arabic_run.sub("", sample)
        arabic = len(sample) - len(rest)
        letters = arabic + _run_length(_LETTER_RUN, rest)
    if letters == 0:
        return "unknown"
    if letters >= rules.min_letters and arabic / letters >= rules.min_arabic_share:
        persian = sum(sample.count(ch) for ch in rules.persian_letters)
        return "persian-or-urdu" if persian / arabic > rules.max_persian_share else "ar"
    if letters < rules.min_letters and arabic:
        return "ar"
    # Not Arabic: only now are the other scripts counted, to name the dominant one.
    counts = {name: _run_length(pattern, sample) for name, pattern in rules.script_runs}
    return _dominant(counts)


def _run_length(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the one-character class `pattern` (as runs) covers."""
    return sum(map(len, pattern.findall(text)))


def _dominant(counts: dict[str, int]) -> str:
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count else "unknown"
