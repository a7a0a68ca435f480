"""Tokens of a span of text, each with its matching form and clitic segmentation."""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from hadath.document import Token
from hadath.memo import BoundedMemo
from hadath.text.normalize import FOLD_TABLE

if TYPE_CHECKING:
    from hadath.text.resources import TextResources

# A word: letters/digits with the marks, tatweel and joiners that live inside Arabic words.
# Any other visible character is a token of its own; invisible format controls are not.
TOKEN = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d])+"
    r"|[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]"
)

# TOKEN with underscores let into words: one character class per word instead of an
# alternation per character, about twice as fast.  A run holding "_" is split again by
# TOKEN itself; runs are bounded by characters TOKEN's words cannot hold, so the result
# is exactly TOKEN's.
_WORD_RUN = re.compile(
    r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d]+"
    r"|[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]"
)

# What a surface form analyses to: (matching form, segments, stem).
Analysis = tuple[str, tuple[str, ...], str]


class AnalysisCache(BoundedMemo[str, Analysis]):
    """Surface form -> analysis, shared by the documents that use one `TextResources`
    (a `BoundedMemo`: sharing it cannot change any output)."""

    __slots__ = ()


def analyse_word(surface: str, res_text: TextResources) -> Analysis:
    """Matching form, segments and stem of one token's surface text."""
    norm = surface.translate(FOLD_TABLE)
    segments, stem = res_text.segment(norm)
    return norm, segments, stem


def tokenize(
    text: str,
    start: int,
    end: int,
    res_text: TextResources,
    memo: MutableMapping[str, Analysis] | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into `text`.

    `Token.norm` is the matching form; for Arabic words `segments` separates proclitics and
    enclitic pronouns and `stem` is the lexical segment; other tokens are their own
    single segment.  Analyses are remembered in `memo` (surface -> analysis) when given,
    else in the resources' bounded `AnalysisCache`; either way a word is analysed once.
    """
    cache = res_text.analyses if memo is None else memo
    get = cache.get
    find = text.find
    tokens: list[Token] = []
    append = tokens.append
    pos = start
    # findall yields plain strings (no match objects).  Every character TOKEN does not
    # match is a separator that cannot begin a token, so the next occurrence of a token's
    # text at or after the previous token's end is exactly where the regex matched it.
    surfaces = _WORD_RUN.findall(text, start, end)
    if "_" in text[start:end]:
        surfaces = [piece for run in surfaces for piece in TOKEN.findall(run)]
    for surface in surfaces:
        analysis = get(surface)
        if analysis is None:
            analysis = analyse_word(surface, res_text)
            if isinstance(cache, BoundedMemo):
                cache.remember(surface, analysis)
            else:
                cache[surface] = analysis
        pos = find(surface, pos)
        after = pos + len(surface)
        append(Token(surface, pos, after, analysis[0], analysis[1], analysis[2]))
        pos = after
    return tokens
