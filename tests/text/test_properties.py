"""Property tests: offsets map inside the original; no input crashes the text layer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.clean.stage import clean_document
from hadath.document import Document, RawDoc
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.stage import analyse_text
from hadath.text.tokens import tokenize
from hadath.time.stage import find_dates

# Arabic letters, marks, tatweel, digits of three systems, bidi controls, joiners, Latin,
# punctuation and line breaks: the mix scraped pages contain.
ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئء")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670")
    + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲")
    + list("\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202e\u2066\u2069\ufeff\u061c")
    + list('abcXYZ .،؛؟!?:;-/"«»()\n\t\r…_|•')
)
TEXTS = st.text(ALPHABET, max_size=300) | st.text(max_size=100)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(TEXTS)
def test_offsets_map_back_inside_the_original(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(text)
    for i in range(len(norm.text)):
        assert 0 <= norm.offsets[i] < len(text)
        assert i == 0 or norm.offsets[i - 1] < norm.offsets[i]
    for start in range(0, len(norm.text) + 1, 7):
        for end in range(start, len(norm.text) + 1, 11):
            o_start, o_end = norm.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(text)


@SETTINGS
@given(TEXTS)
def test_sentences_and_tokens_stay_inside_the_text(resources, text: str) -> None:
    spans = split_sentences(text, resources.text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        for token in tokenize(text, start, end, resources.text):
            assert start <= token.start < token.end <= end
            assert text[token.start : token.end] == token.text


@SETTINGS
@given(TEXTS, st.sampled_from(["text", "html"]))
def test_no_input_crashes_the_layers(resources, text: str, kind: str) -> None:
    doc = Document.from_raw(
        RawDoc(
            source="prop",
            kind=kind,
            content=text,  # type: ignore[arg-type]
            published="2023-11-15",
        )
    )
    for stage in (clean_document, analyse_text, find_dates):
        if doc.skip_reason:
            break
        doc = stage(doc, resources)
    for date in doc.dates:
        assert doc.text[date.start : date.end] == date.text
