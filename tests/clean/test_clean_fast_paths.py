"""The clean stage's shortcuts give what the plain computations give.

* `detect_language` counts letters as the Arabic runs plus the letters of what is left once
  they are cut out; the reference scans the whole text with the any-letter class.
* The tracking-string furniture rule is written to start with its character class; the
  reference is the rule as first written.
* `classify_lines` skips the body's outlet search when the caller knows the outlet; all
  else it finds is the same.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.clean.language import detect_language
from hadath.clean.lines import classify_lines
from hadath.text.resources import LanguageRules

LETTER_RUN = re.compile(r"[^\W\d_]+")
TRACKING_AS_WRITTEN = re.compile(r"(^|\s)[A-Za-z0-9+/]{12,}={1,2}(\s|$)")


def _run_length(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def reference_language(text: str, rules: LanguageRules) -> str:
    """`detect_language` with every letter counted by one scan of the whole text."""
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    letters = _run_length(LETTER_RUN, sample)
    if letters == 0:
        return "unknown"
    runs = dict(rules.script_runs)
    arabic = _run_length(runs["arabic"], sample) if "arabic" in runs else 0
    if letters >= rules.min_letters and arabic / letters >= rules.min_arabic_share:
        persian = sum(sample.count(ch) for ch in rules.persian_letters)
        return "persian-or-urdu" if persian / arabic > rules.max_persian_share else "ar"
    if letters < rules.min_letters and arabic:
        return "ar"
    counts = {name: _run_length(pattern, sample) for name, pattern in rules.script_runs}
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count else "unknown"


def test_every_character_of_the_arabic_class_is_a_letter(resources) -> None:
    """What the letter count relies on: cutting the Arabic runs out removes only letters."""
    arabic = dict(resources.text.language.scripts)["arabic"]
    letter = re.compile(r"[^\W\d_]")
    chars = [chr(cp) for cp in range(0x110000) if arabic.match(chr(cp))]
    assert chars
    assert all(letter.match(ch) for ch in chars)


MIXED = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئءپچژگیکۀٹڈڑںےھ")
    + list("\u064b\u064e\u0650\u0640\u0670\u06d6")
    + list("0123456789٠١٢٣²½")
    + list("abcXYZéßДжΩאब一あ_ .،؛؟!?:-/\n\t")
)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(MIXED, max_size=300) | st.text(max_size=100))
def test_generated_text_gets_the_reference_language(resources, text: str) -> None:
    rules = resources.text.language
    assert detect_language(text, rules) == reference_language(text, rules)


def test_corpus_slice_gets_the_reference_language(resources, shared_dir) -> None:
    corpus = shared_dir / "data" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        return
    rules = resources.text.language
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 200):
            text = json.loads(line).get("text") or ""
            assert detect_language(text, rules) == reference_language(text, rules)


WORD_CHARS = st.sampled_from([*"aZ09+/=", "-", "\u0628"])
SEPARATORS = st.sampled_from(["", " ", "\t", "\n", "\u0628"])
WORDS = st.lists(
    st.tuples(st.text(WORD_CHARS, max_size=16), st.text("=", max_size=3), SEPARATORS),
    max_size=5,
).map(lambda parts: "".join(word + pad + sep for word, pad, sep in parts))


@settings(
    max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(WORDS | st.text(st.sampled_from([*"aZ09+/=-", " ", "\t", "\n", "\u0628"]), max_size=60))
def test_tracking_string_rule_matches_as_written(resources, text: str) -> None:
    rule = next(r for r in resources.text.furniture if r.reason == "tracking-string")
    assert bool(rule.pattern.search(text)) == bool(TRACKING_AS_WRITTEN.search(text))


def test_tracking_string_rule_matches_as_written_on_random_words(resources) -> None:
    """Seeded random words around the rule's edges: run length, padding and neighbours."""
    rule = next(r for r in resources.text.furniture if r.reason == "tracking-string")
    rnd = random.Random(7)
    for _ in range(30_000):
        text = "".join(
            rnd.choice(["", " ", "\n", "-", "\u0628"])
            + "".join(rnd.choice("aZ09+/") for _ in range(rnd.randint(0, 16)))
            + "=" * rnd.choice([0, 1, 1, 2, 3])
            + rnd.choice(["", " ", "\t", "\n", "x", "\u0628"])
            for _ in range(rnd.randint(0, 4))
        )
        assert bool(rule.pattern.search(text)) == bool(TRACKING_AS_WRITTEN.search(text)), text


def test_known_outlet_changes_nothing_but_the_outlet(resources, shared_dir) -> None:
    seeds = sorted((shared_dir / "data" / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        lines = path.read_text("utf-8").splitlines()
        searched = classify_lines(lines, resources.text, resources.calendar)
        known = classify_lines(lines, resources.text, resources.calendar, outlet_known=True)
        assert known.kept == searched.kept
        assert known.removed == searched.removed
        assert (known.title, known.published) == (searched.title, searched.published)
