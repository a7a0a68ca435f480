"""The fast tokenizer and offset map give exactly what the plain algorithms give.

`tokenize` builds tokens from ``findall`` + ``str.find`` with a shared analysis cache, and
`normalize` stores its offset map as shift points; the straightforward versions they
replaced are written out here as references and compared on seed articles, on a slice of
the research corpus and on generated text.
"""

from __future__ import annotations

import gzip
import itertools
import json
import pickle
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.document import Token
from hadath.resources import Resources
from hadath.text.normalize import _TABLE as FOLD_DICT  # the table as written, a dict
from hadath.text.normalize import normalize
from hadath.text.resources import TextResources
from hadath.text.segment import segment_word
from hadath.text.sentences import split_sentences
from hadath.text.tokens import TOKEN, AnalysisCache, tokenize

# Characters the matching form drops.
DROPPED = {cp for cp, value in FOLD_DICT.items() if value is None}


def reference_tokens(text: str, start: int, end: int, res: TextResources) -> list[Token]:
    """One match object, one translate and one full segmentation per token."""
    tokens = []
    for match in TOKEN.finditer(text, start, end):
        norm = match.group().translate(FOLD_DICT)
        segments, stem = segment_word(norm, res.lexicon, res.clitics)
        tokens.append(Token(match.group(), match.start(), match.end(), norm, segments, stem))
    return tokens


def reference_offsets(text: str) -> list[int]:
    """One original index per kept character, then the length."""
    return [i for i, ch in enumerate(text) if ord(ch) not in DROPPED] + [len(text)]


def assert_same(text: str, res: TextResources) -> None:
    for start, end in split_sentences(text, res):
        assert tokenize(text, start, end, res) == reference_tokens(text, start, end, res)
    norm = normalize(text)
    assert list(norm.offsets) == reference_offsets(text)
    assert norm.text == text.translate(FOLD_DICT)


def test_seed_articles_tokenize_as_the_reference(resources, shared_dir) -> None:
    seeds = sorted((shared_dir / "data" / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        assert_same(path.read_text("utf-8"), resources.text)


def test_corpus_slice_tokenizes_as_the_reference(resources, shared_dir) -> None:
    corpus = shared_dir / "data" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        return
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 60):
            assert_same(json.loads(line).get("text") or "", resources.text)


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئء")
    + list("\u064b\u064e\u0650\u0651\u0652\u0640\u0670")
    + list("0123456789٠١٢٣")
    + list("\u200c\u200d\u200e\u200f\u202b\u202c\ufeff\u061c\U0001f600")
    + list('abX .،؛؟!?:-/"«»()\n\t…_')
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(ALPHABET, max_size=200) | st.text(max_size=80))
def test_generated_text_tokenizes_as_the_reference(resources, text: str) -> None:
    assert_same(text, resources.text)


def test_memo_argument_and_cache_give_the_same_tokens(resources) -> None:
    text = "وأشاد الوزير بزيارته للعراق، وأكد أن العراق والعراقيين شركاء."
    shared = tokenize(text, 0, len(text), resources.text)
    assert tokenize(text, 0, len(text), resources.text, {}) == shared
    assert shared == reference_tokens(text, 0, len(text), resources.text)


def test_analysis_cache_is_bounded_and_pickles_empty() -> None:
    res = Resources().text
    object.__setattr__(res, "analyses", AnalysisCache(5))  # a tiny bound to watch it work
    words = " ".join(f"كلمة{chr(0x0628 + i)}" for i in range(12))
    tokens = tokenize(words, 0, len(words), res)
    assert len(tokens) == 12
    assert 0 < len(res.analyses) <= 5
    assert tokens == reference_tokens(words, 0, len(words), res)
    clone = pickle.loads(pickle.dumps(res))
    assert len(clone.analyses) == 0
    assert clone.analyses.limit == 5


def test_offset_map_behaves_like_a_sequence() -> None:
    text = "مُحَمَّد\u200f ــ قال"
    offsets = normalize(text).offsets
    reference = array("l", reference_offsets(text))
    assert len(offsets) == len(reference)
    assert offsets[-1] == len(text)
    assert offsets[1:4] == list(reference[1:4])
    assert list(offsets) == list(reference)
    with pytest.raises(IndexError):
        offsets[len(reference)]


def test_normalized_texts_are_remembered_and_equal_normalize(resources) -> None:
    text = "أعلنت الحكومةُ اليومَ ــ في بغداد"
    first = resources.text.normalized(text)
    assert first.text == normalize(text).text
    assert list(first.offsets) == list(normalize(text).offsets)
    assert resources.text.normalized(text) is first
