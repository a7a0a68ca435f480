"""Tokens of a span of text, each with its matching form and clitic segmentation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hadath.document import Token
from hadath.text.normalize import FOLD_TABLE

if TYPE_CHECKING:
    from hadath.text.resources import TextResources

# A word: letters/digits with the marks, tatweel and joiners that live inside Arabic words.
# Any other visible character is a token of its own; invisible format controls are not.
TOKEN = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d])+"
    r"|[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]"
)


def tokenize(
    text: str,
    start: int,
    end: int,
    res_text: TextResources,
    memo: dict[str, tuple[str, tuple[str, ...], str]] | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into `text`.

    `Token.norm` is the matching form; for Arabic words `segments` separates proclitics and
    enclitic pronouns and `stem` is the lexical segment; other tokens are their own
    single segment.  `memo` (surface -> analysis) may be shared by the calls of one
    document so repeated words are analysed once; it belongs to the caller.
    """
    if memo is None:
        memo = {}
    segmentations = res_text.segmentations
    segment = res_text.segment
    table = FOLD_TABLE
    tokens: list[Token] = []
    append = tokens.append
    for match in TOKEN.finditer(text, start, end):
        surface = match.group()
        analysis = memo.get(surface)
        if analysis is None:
            norm = surface.translate(table)
            found = segmentations.get(norm) or segment(norm)
            analysis = memo[surface] = (norm, found[0], found[1])
        append(Token(surface, match.start(), match.end(), *analysis))
    return tokens
