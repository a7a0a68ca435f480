"""Decoding article bytes: UTF-8, UTF-16 and the two legacy Arabic code pages.

Legacy Arabic pages come as Windows-1256 or ISO-8859-6.  Both put Arabic letters in the
upper half of the byte range with different layouts, so a wrong guess still "decodes" into
letters.  We decode with each candidate and keep the one whose text looks most like Arabic
prose: most letters and spaces, fewest control or undefined characters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from hadath.errors import ErrorCode, HadathError

LEGACY_ARABIC = ("cp1256", "iso-8859-6")
_SAMPLE = 65536


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    """True for content that is not text in any encoding we read (NULs outside UTF-16)."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if sample.count(0) and not _looks_utf16(sample):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _looks_utf16(sample: bytes) -> bool:
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    # ASCII in UTF-16 has a NUL in every other byte; Arabic (U+06xx) has 0x06 there.
    sixes = max(sample[0::2].count(6), sample[1::2].count(6))
    return (max(even_zeros, odd_zeros) + sixes) / half > 0.4


def prose_score(text: str) -> float:
    """How much `text` looks like Arabic prose, per character (higher is better)."""
    if not text:
        return 0.0
    score = 0
    for ch in text[:_SAMPLE]:
        if "\u0621" <= ch <= "\u064a" or ch == " ":
            score += 2
        elif ch in "\n\r\t.,:;!?\"'()-0123456789" or (ch.isascii() and ch.isalpha()):
            score += 1
        else:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Co", "Cn") or ch == "\ufffd":
                score -= 5
    return score / min(len(text), _SAMPLE)


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode article bytes, detecting the encoding.

    Raises `HadathError` E002 for empty input, E003 for binary content and E004 when no
    candidate encoding gives readable text.
    """
    if not data.strip():
        raise HadathError(ErrorCode.E002, path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    head = data[:_SAMPLE]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (b"\x00" in head and _looks_utf16(head)):
        return _decode_utf16(data, path)
    if looks_binary(data):
        raise HadathError(ErrorCode.E003, path=path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a multi-byte character is still UTF-8.
        if exc.start >= len(data) - 3:
            return Decoded(data.decode("utf-8", errors="replace"), "utf-8")
        utf8_error = exc
    candidates = []
    for enc in LEGACY_ARABIC:
        text = data.decode(enc, errors="replace")
        candidates.append((prose_score(text), enc, text))
    best_score, best_enc, best_text = max(candidates)
    if best_score < 0.5:
        # Mostly-valid UTF-8 with a few bad bytes reads better as UTF-8 with replacements.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") / max(1, len(text)) < 0.01:
            return Decoded(text, "utf-8")
        raise HadathError(
            ErrorCode.E004, path=path, tried="utf-8, utf-16, " + ", ".join(LEGACY_ARABIC)
        ) from utf8_error
    return Decoded(best_text, best_enc)


def _decode_utf16(data: bytes, path: str) -> Decoded:
    if data[:2] == b"\xff\xfe":
        return Decoded(data[2:].decode("utf-16-le", errors="replace"), "utf-16")
    if data[:2] == b"\xfe\xff":
        return Decoded(data[2:].decode("utf-16-be", errors="replace"), "utf-16")
    le = data.decode("utf-16-le", errors="replace")
    be = data.decode("utf-16-be", errors="replace")
    text, enc = max((prose_score(le), le, "utf-16-le"), (prose_score(be), be, "utf-16-be"))[1:]
    if prose_score(text) < 0.5:
        raise HadathError(ErrorCode.E004, path=path, tried="utf-16-le, utf-16-be")
    return Decoded(text, enc)
