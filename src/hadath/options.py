"""One explicit options object for the pipeline (no hidden globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one pipeline run.  Every field is documented in README.md.

    dictionary_dirs: extra user dictionary folders loaded next to the built-in data.
    include_negated: keep negated events, flagged ``negated: true``, instead of dropping them.
    min_confidence: events below this confidence are dropped.
    require_arabic: skip documents whose text is not mainly Arabic.
    max_file_mb: files larger than this are skipped with a reason.
    """

    dictionary_dirs: tuple[Path, ...] = field(default_factory=tuple)
    include_negated: bool = False
    min_confidence: float = 0.0
    require_arabic: bool = True
    max_file_mb: float = 50.0
