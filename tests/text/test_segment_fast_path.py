"""`segment_word` (its early exits and candidate pruning) gives what the plain search gives.

The reference below is the segmenter as first written: it builds every proposal's segments
and compares them all.  The fast version rejects words with nothing to peel, skips the
whole-word proposal before looking it up and builds segments only for a new best; both are
compared on every lexicon form, on corpus words and on generated clitic compounds.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Mapping

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.text.normalize import normalize_form
from hadath.text.segment import (
    ARABIC_LETTERS,
    TA_MARBUTA_FOLDED,
    TA_OPEN,
    CliticRules,
    Segmentation,
    segment_word,
)
from hadath.text.tokens import TOKEN


def reference_segment(word: str, lexicon: Mapping[str, int], rules: CliticRules) -> Segmentation:
    """`segment_word` as first written: every proposal built in full, then compared."""
    if (
        len(word) <= rules.min_stem
        or word in rules.protected
        or not ARABIC_LETTERS.issuperset(word)
    ):
        return (word,), word
    whole = lexicon.get(word, 0)
    best: tuple[int, int, tuple[str, ...], str] | None = None  # (freq, n segments, segs, stem)
    enclitic_forms = rules.enclitic_forms
    # Every body below is a suffix of the word: only pronouns the word ends with can apply.
    word_enclitics = [("", 0.0)]
    for size in rules.enclitic_sizes:
        found = rules.enclitic_by_form.get(word[-size:])
        if found is not None and size < len(word):
            word_enclitics.append(found)
    for conj, conj_ratio in (("", 0.0), *(c for c in rules.conjunctions if word.startswith(c[0]))):
        rest1 = word[len(conj) :]
        if conj and rest1 in rules.protected:
            # وكان = و + كان: a protected word keeps its letters once the conjunction is off.
            if lexicon.get(rest1, 0) >= conj_ratio * whole:
                return (conj, rest1), rest1
            continue
        for prep_segs, prep_ratio, rest2, definite in _ref_prepositions(rest1, rules):
            prefix = ((conj,) if conj else ()) + prep_segs
            if prep_segs and rest2 in enclitic_forms:
                # A preposition with only a pronoun: لها = ل + ها, its stem is the preposition.
                return (*prefix, rest2), prep_segs[-1]
            for extra, extra_ratio, stem_start in _ref_article_or_future(
                rest2, prep_segs, definite, rules
            ):
                body = rest2[stem_start:]
                is_definite = definite or extra == (rules.article,)
                for enc, enc_ratio in word_enclitics[:1] if is_definite else word_enclitics:
                    if enc and not body.endswith(enc):
                        continue
                    stem = body[: len(body) - len(enc)] if enc else body
                    if len(stem) < rules.min_stem:
                        continue
                    if enc and stem.startswith(rules.article) and stem not in rules.protected:
                        continue  # a definite noun takes no pronoun (العراقي is not العراق+ي)
                    stem, freq = _ref_stem_frequency(stem, bool(enc), is_definite, lexicon, rules)
                    segments = (*prefix, *extra, stem, *((enc,) if enc else ()))
                    if freq == 0 or len(segments) == 1:
                        continue
                    ratio = max(conj_ratio, prep_ratio, extra_ratio, enc_ratio)
                    if freq < ratio * whole:
                        continue
                    key = (freq, len(segments), segments, stem)
                    if best is None or key[:2] > best[:2]:
                        best = key
    if best is None:
        return (word,), word
    return best[2], best[3]


def _ref_prepositions(
    rest: str, rules: CliticRules
) -> list[tuple[tuple[str, ...], float, str, bool]]:
    """Ways to read a preposition at the start of `rest`: (segments, ratio, rest, definite)."""
    options: list[tuple[tuple[str, ...], float, str, bool]] = [((), 0.0, rest, False)]
    for prep, ratio in rules.prepositions:
        if rest.startswith(prep) and len(rest) > len(prep):
            options.append(((prep,), ratio, rest[len(prep) :], False))
    lam = rules.lam_article
    if (
        rest.startswith(lam)
        and len(rest) - len(lam) >= rules.min_stem
        and rules.article + rest[len(lam) :] not in rules.protected
    ):
        lam_ratio = dict(rules.prepositions).get(lam[0], 0.5)
        options.append(((lam[0], rules.article), lam_ratio, rest[len(lam) :], True))
    return options


def _ref_article_or_future(
    rest: str, preps: tuple[str, ...], definite: bool, rules: CliticRules
) -> list[tuple[tuple[str, ...], float, int]]:
    """Ways to read the article or the future particle: (segments, ratio, stem start)."""
    options: list[tuple[tuple[str, ...], float, int]] = [((), 0.0, 0)]
    if definite:
        return options
    art = rules.article
    if (
        rest.startswith(art)
        and len(rest) - len(art) >= rules.min_stem
        and rest not in rules.protected
    ):
        options.append(((art,), 0.0, len(art)))
    fut = rules.future
    if not preps and len(rest) > 2 and rest.startswith(fut) and rest[1] in rules.future_before:
        options.append(((fut,), rules.future_ratio, len(fut)))
    return options


def _ref_stem_frequency(
    stem: str,
    has_enclitic: bool,
    definite: bool,
    lexicon: Mapping[str, int],
    rules: CliticRules,
) -> tuple[str, int]:
    """The stem as it is given back and how common it is.

    A definite stem is looked up with its article (عراق is rare alone, العراق is not); a
    stem before a pronoun ending in open ta is looked up closed (زيارت -> زياره).
    """
    if definite:
        return stem, lexicon.get(rules.article + stem, 0)
    freq = lexicon.get(stem, 0)
    if has_enclitic and rules.ta_marbuta_stem and stem.endswith(TA_OPEN):
        closed = stem[:-1] + TA_MARBUTA_FOLDED
        closed_freq = lexicon.get(closed, 0)
        if closed_freq > freq:
            return closed, closed_freq
    return stem, freq


def test_lexicon_forms_segment_as_the_reference(resources) -> None:
    res = resources.text
    for form in res.lexicon:
        assert segment_word(form, res.lexicon, res.clitics) == reference_segment(
            form, res.lexicon, res.clitics
        ), form


def test_corpus_words_segment_as_the_reference(resources, shared_dir) -> None:
    corpus = shared_dir / "data" / "saudinewsnet.jsonl.gz"
    if not corpus.is_file():
        return
    res = resources.text
    words: set[str] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 300):
            text = json.loads(line).get("text") or ""
            words.update(normalize_form(token) for token in TOKEN.findall(text))
    for word in sorted(words):
        assert segment_word(word, res.lexicon, res.clitics) == reference_segment(
            word, res.lexicon, res.clitics
        ), word


def _choice(data: st.DataObject, forms: list[str]) -> str:
    return data.draw(st.sampled_from(["", *forms]))


@settings(
    max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_generated_compounds_segment_as_the_reference(resources, data: st.DataObject) -> None:
    """Words built from the clitic inventory around lexicon stems and random letters."""
    res = resources.text
    rules = res.clitics
    conj = _choice(data, [form for form, _ in rules.conjunctions])
    prep = _choice(data, [form for form, _ in rules.prepositions] + [rules.lam_article])
    extra = _choice(data, [rules.article, rules.future])
    enc = _choice(data, sorted(rules.enclitic_forms))
    letters = st.text(st.sampled_from([*sorted(ARABIC_LETTERS), "a", "1"]), max_size=6)
    stem = data.draw(st.sampled_from(sorted(res.lexicon)) | letters)
    for word in (conj + prep + extra + stem + enc, conj + data.draw(letters) + enc, stem + enc):
        assert segment_word(word, res.lexicon, res.clitics) == reference_segment(
            word, res.lexicon, res.clitics
        ), word
