"""Table-driven tests of the clitic segmenter and the tokenizer."""

from __future__ import annotations

import pytest

from hadath.text.normalize import normalize_form
from hadath.text.tokens import tokenize

CASES = [
    ("وأشاد", ("و", "اشاد"), "اشاد"),
    ("للعراق", ("ل", "ال", "عراق"), "عراق"),
    ("زيارته", ("زياره", "ه"), "زياره"),
    ("زيارتها", ("زياره", "ها"), "زياره"),
    ("والعراق", ("و", "ال", "عراق"), "عراق"),
    ("بالعراق", ("ب", "ال", "عراق"), "عراق"),
    ("وللعراق", ("و", "ل", "ال", "عراق"), "عراق"),
    ("العراقي", ("ال", "عراقي"), "عراقي"),
    ("الفرنسيّ", ("ال", "فرنسي"), "فرنسي"),
    ("بلاده", ("بلاد", "ه"), "بلاد"),
    ("بلادهم", ("بلاد", "هم"), "بلاد"),
    ("نظيره", ("نظير", "ه"), "نظير"),
    ("لها", ("ل", "ها"), "ل"),
    ("وسيزور", ("و", "س", "يزور"), "يزور"),
    ("وكان", ("و", "كان"), "كان"),
    ("لفرنسا", ("ل", "فرنسا"), "فرنسا"),
    ("ومحاربة", ("و", "محاربه"), "محاربه"),
    # words that must stay whole
    ("وزير", ("وزير",), "وزير"),
    ("بحث", ("بحث",), "بحث"),
    ("كان", ("كان",), "كان"),
    ("فرنسا", ("فرنسا",), "فرنسا"),
    ("عربي", ("عربي",), "عربي"),
    ("الذي", ("الذي",), "الذي"),
    ("لبنان", ("لبنان",), "لبنان"),
    ("بغدادنهاية", ("بغدادنهايه",), "بغدادنهايه"),
]


@pytest.mark.parametrize(("word", "segments", "stem"), CASES)
def test_segmentation(resources, word: str, segments: tuple[str, ...], stem: str) -> None:
    assert resources.text.segment(normalize_form(word)) == (segments, stem)


def test_tokens_carry_offsets_norm_and_segments(resources) -> None:
    text = "وأشاد ماكرون، الجمعة ١٥ / نوفمبر، بزيارته\u200f للعراق."
    tokens = tokenize(text, 0, len(text), resources.text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalize_form(token.text)
    by_text = {t.text: t for t in tokens}
    assert by_text["بزيارته"].segments == ("ب", "زياره", "ه")
    assert by_text["١٥"].norm == "15"
    assert "\u200f" not in [t.text for t in tokens]  # bidi marks are not tokens
    assert [t.text for t in tokens][-1] == "."
