"""Script-based language detection: is this document Arabic?"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hadath.text.resources import LanguageRules

_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str, rules: LanguageRules) -> str:
    """``"ar"`` for Arabic; else ``"fa"``/``"ur"``-like ``"persian-or-urdu"`` or the dominant
    script's name (``"latin"``, ``"cyrillic"`` ...); ``"unknown"`` without letters.

    Short texts (under ``min_letters`` letters) count as Arabic when they hold any Arabic
    letter, since shares over a handful of letters mean nothing.
    """
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    letters = len(_LETTER.findall(sample))
    counts = {name: len(pattern.findall(sample)) for name, pattern in rules.scripts}
    arabic = counts.get("arabic", 0)
    if letters == 0:
        return "unknown"
    if letters < rules.min_letters:
        return "ar" if arabic else _dominant(counts)
    if arabic / letters >= rules.min_arabic_share:
        persian = sum(sample.count(ch) for ch in rules.persian_letters)
        return "persian-or-urdu" if persian / arabic > rules.max_persian_share else "ar"
    return _dominant(counts)


def _dominant(counts: dict[str, int]) -> str:
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count else "unknown"
