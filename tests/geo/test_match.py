"""The automaton matcher finds exactly what the word-by-word matcher it replaced found.

`reference_match_places` is that earlier matcher, kept verbatim as the specification: every
word, every proclitic reading, every n-gram length looked up in the name index.  The two are
compared on the team's example articles, on generated sentences that put gazetteer names
behind every clitic, joiner and boundary the rules know about, and on SaudiNewsNet articles
from ``../shared`` (read at run time).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import random
import re
from bisect import bisect_right
from itertools import islice, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.geo.match import NameMatch, _joined, build_name_automaton, match_places
from hadath.geo.resources import Gazetteer, Place
from hadath.geo.variants import proclitic_variants
from hadath.resources import Resources
from hadath.text.normalize import normalize
from hadath.text.segment import CliticRules

_WORD = re.compile(r"[\u0621-\u064a0-9]+")
_JOINER = re.compile(r"^[ \-]+$")
MIN_STRIPPED_LETTERS = 4


def _prefix_length(word: str, variant: str) -> int:
    if word.endswith(variant):
        return len(word) - len(variant)
    return len(word) - len(variant) + 1


def _may_strip(variant: str, candidates: tuple[Place, ...]) -> bool:
    best = candidates[0]
    return len(variant) >= MIN_STRIPPED_LETTERS or best.kind != "city" or best.capital


def reference_match_places(
    norm_text: str, gazetteer: Gazetteer, rules: CliticRules
) -> list[NameMatch]:
    """The word-by-word matcher of hadath.geo.stage before the automaton (the spec)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm_text)]
    matches: list[NameMatch] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(min(gazetteer.max_words, len(words) - i), 0, -1):
            span = words[i : i + n]
            if any(not _JOINER.match(norm_text[a[1] : b[0]]) for a, b in pairwise(span)):
                continue
            rest = " ".join(w for _, _, w in span[1:])
            first = span[0][2]
            for variant in proclitic_variants(first, rules, strip_article=False):
                candidates = gazetteer.candidates(f"{variant} {rest}" if rest else variant)
                if candidates and (variant == first or rest or _may_strip(variant, candidates)):
                    start = span[0][0] + _prefix_length(first, variant)
                    found = NameMatch(start, span[-1][1], candidates)
                    break
            if found:
                i += n
                break
        if found:
            matches.append(found)
        else:
            i += 1
    return matches


def _assert_same(texts: list[str], resources: Resources) -> int:
    gazetteer, rules = resources.gazetteer, resources.text.clitics
    found = 0
    for text in texts:
        norm = normalize(text).text
        expected = reference_match_places(norm, gazetteer, rules)
        assert match_places(norm, gazetteer, rules) == expected, text
        found += len(expected)
    return found


def _generated(gazetteer: Gazetteer, rules: CliticRules, count: int) -> list[str]:
    """Sentences of gazetteer names with random proclitics, joiners, glued letters and
    neighbours, including the names' own suffixes and prefixes (near misses)."""
    rng = random.Random(20231123)
    names = sorted(gazetteer.names)
    conj = ["", *(c for c, _ in rules.conjunctions)]
    prep = ["", *(p for p, _ in rules.prepositions)]
    joiners = [" ", " ", " ", "  ", "-", " - ", " \n", "\n", ", ", " \n ", "."]
    fillers = ["قال", "في", "ان", "الى", "من", "مدينه", "زار", "و", "ب", "ال", "لل", "7"]
    sentences = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(2, 7)):
            name = rng.choice(names)
            words = name.split(" ")
            roll = rng.random()
            if roll < 0.15 and len(words[0]) > 2:
                words[0] = words[0][rng.randint(1, 2) :]  # a suffix: must not match as name
            elif roll < 0.25:
                words[-1] += rng.choice("هاين")  # glued letters after the name
            elif roll < 0.35 and words[0].startswith(rules.article):
                words[0] = rules.lam_article + words[0][len(rules.article) :]
            elif roll < 0.45:
                words = words[:-1] or words  # a truncated name
            head = rng.choice(conj) + rng.choice(prep)
            if rng.random() < 0.1:
                head += rng.choice(["م", "ت", "ال"])  # not a proclitic string
            words[0] = head + words[0]
            inner = rng.choice(joiners) if rng.random() < 0.3 else " "
            parts.append(inner.join(words))
            if rng.random() < 0.5:
                parts.append(rng.choice(fillers))
        glue = [rng.choice(joiners) for _ in parts]
        sentences.append("".join(p + g for p, g in zip(parts, glue, strict=True)).strip())
    return sentences


def test_examples_match_the_reference(resources: Resources, repo_dir: Path) -> None:
    texts = []
    for path in sorted((repo_dir / "examples" / "articles").iterdir()):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1256"))
    assert _assert_same(texts, resources) > 20


def test_generated_sentences_match_the_reference(resources: Resources) -> None:
    sentences = _generated(resources.gazetteer, resources.text.clitics, 400)
    assert _assert_same(sentences, resources) > 400


def test_edge_texts_match_the_reference(resources: Resources) -> None:
    texts = ["", " ", "-", "بغداد", "للعراق", "قطاع  غزه", "قطاع -\nغزه", "قطاع\nغزه", "ب" * 5000]
    assert _assert_same(texts, resources) >= 4


def test_offsets_map_back_through_folded_joiners(resources: Resources) -> None:
    norm = normalize("زار  الوفد   قطاع  -  غزه ثم وبغداد").text
    [gaza, baghdad] = match_places(norm, resources.gazetteer, resources.text.clitics)
    assert norm[gaza.start : gaza.end] == "قطاع  -  غزه"
    assert norm[baghdad.start : baghdad.end] == "بغداد"


def test_shared_articles_match_the_reference(resources: Resources, shared_dir: Path) -> None:
    with gzip.open(shared_dir / "data" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 300)]
    assert _assert_same(texts, resources) > 300


@pytest.mark.parametrize("word", ["للعراق", "وللبنان", "فبالرياض", "كالقاهره", "والخرطوم"])
def test_every_reading_ends_the_word_or_its_rewritten_article(
    resources: Resources, word: str
) -> None:
    # What lets the automaton index names under themselves, and the names that start with
    # the article also minus their first letter.
    article = resources.text.clitics.article
    for variant in proclitic_variants(word, resources.text.clitics, strip_article=False):
        assert word.endswith(variant) or (
            variant.startswith(article) and word.endswith(variant[1:])
        )


def test_the_automaton_without_the_article_keys_matches_the_same(
    resources: Resources, shared_dir: Path
) -> None:
    # The gazetteer of `Resources` holds names minus their first letter only for names
    # that start with the article; the automaton holding them for every name is the
    # plain form of the idea and must find exactly the same.
    gazetteer, rules = resources.gazetteer, resources.text.clitics
    full = dataclasses.replace(gazetteer, automaton=build_name_automaton(gazetteer.names))
    assert len(full.automaton) > len(gazetteer.automaton)
    with gzip.open(shared_dir / "data" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 300, 500)]
    texts += _generated(gazetteer, rules, 300)
    found = 0
    for text in texts:
        norm = normalize(text).text
        expected = match_places(norm, full, rules)
        assert match_places(norm, gazetteer, rules) == expected, text
        found += len(expected)
    assert found > 300


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" -\nاب.", max_size=40))
def test_joined_folds_like_one_substitution(text: str) -> None:
    joined, starts, shifts = _joined(text)
    assert joined == re.sub(r"[ \-]+\n?", " ", text)
    # Every joined offset maps back to the same character of `text`.
    for offset, char in enumerate(joined):
        index = bisect_right(starts, offset)
        original = offset + (shifts[index - 1] if index else 0)
        assert char == " " or text[original] == char
