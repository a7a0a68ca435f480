"""Near-duplicate documents: the examples' republished press release is linked, reports are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.corpus.dedup import NearDuplicateIndex, estimated_similarity, shingles
from hadath.document import Document, RawDoc
from hadath.store import StoreWriter, open_database

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
COPY_PAIR = (
    "09_egypt_sisi_receives_safadi_nilegate.txt",
    "10_egypt_sisi_receives_safadi_misralaan.txt",
)
SAME_HAPPENING = (
    ("01_iraq_france_call_alfurat.txt", "02_iraq_france_call_alrafidain.html"),
    ("03_rabat_gaza_march_nabdrabat.txt", "04_rabat_gaza_march_almaghribalan.txt"),
)


def doc_of(text: str, source: str = "t.txt") -> Document:
    doc = Document.from_raw(RawDoc(source=source, kind="text", content=text))
    doc.text = text
    return doc


def read(name: str) -> str:
    path = ARTICLES / name
    if not path.exists():
        pytest.skip(f"example {name} not present")
    return path.read_text(encoding="utf-8")


def test_republished_press_release_is_linked_to_the_first_copy() -> None:
    index = NearDuplicateIndex()
    first, copy = (doc_of(read(n), n) for n in COPY_PAIR)
    assert index.find_or_add(first) is None
    assert index.find_or_add(copy) == first.id
    assert copy.id not in index  # copies never enter the index


def test_a_withdrawn_first_copy_is_never_a_match() -> None:
    # the store refused the first copy: the next copy becomes the first copy itself
    index = NearDuplicateIndex()
    first, copy = (doc_of(read(n), n) for n in COPY_PAIR)
    assert index.find_or_add(first) is None
    index.withdraw(first.id)
    index.withdraw("never-indexed")  # ignored
    assert first.id not in index and len(index) == 0
    assert index.find_or_add(copy) is None
    assert copy.id in index and len(index) == 1


@pytest.mark.parametrize("pair", SAME_HAPPENING)
def test_independent_reports_of_one_happening_are_not_duplicates(pair: tuple[str, str]) -> None:
    a, b = (read(n) for n in pair)
    assert estimated_similarity(a, b) < 0.1
    index = NearDuplicateIndex()
    assert index.find_or_add(doc_of(a, "a")) is None
    assert index.find_or_add(doc_of(b, "b")) is None


def test_every_example_pair_but_the_copy_stays_apart() -> None:
    if not ARTICLES.is_dir():
        pytest.skip("examples absent")
    index = NearDuplicateIndex()
    linked = {}
    for path in sorted(ARTICLES.glob("*.txt")) + sorted(ARTICLES.glob("*.html")):
        doc = doc_of(path.read_text(encoding="utf-8", errors="replace"), path.name)
        linked[path.name] = index.find_or_add(doc)
    assert [name for name, dup in linked.items() if dup] == [COPY_PAIR[1]]


def test_diacritics_and_alef_variants_do_not_hide_a_copy() -> None:
    base = " ".join(f"أعلن الرئيس في بيان رسمي رقم {i} أن الحكومة ستواصل العمل" for i in range(8))
    variant = base.replace("أ", "ا").replace("الرئيس", "الرَّئيس")
    index = NearDuplicateIndex()
    first = doc_of(base, "a")
    index.find_or_add(first)
    assert index.find_or_add(doc_of(variant, "b")) == first.id


def test_empty_and_repeated_documents() -> None:
    index = NearDuplicateIndex()
    assert shingles("") == set()
    assert index.find_or_add(doc_of("", "empty")) is None
    assert len(index) == 0
    doc = doc_of("نص قصير")
    assert index.find_or_add(doc) is None
    assert index.find_or_add(doc) is None  # the same document is its own first copy
    assert len(index) == 1


def test_hostile_text_does_not_break_the_index() -> None:
    index = NearDuplicateIndex()
    for i, text in enumerate(["\x00\x01\ufffd" * 50, "💥" * 1000, "a" * 200_000, "\u200f" * 10]):
        index.find_or_add(doc_of(text, f"h{i}"))
    assert len(index) >= 1


def test_index_built_from_a_database_sees_earlier_documents(tmp_path: Path) -> None:
    first, copy = (doc_of(read(n), n) for n in COPY_PAIR)
    conn = open_database(tmp_path / "h.db")
    StoreWriter(conn).write(first)
    index = NearDuplicateIndex.from_database(conn)
    assert len(index) == 1
    assert index.find_or_add(copy) == first.id
    conn.close()


def test_threshold_is_checked() -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=1.5)


def _synthetic_corpus(n: int, changed: float, seed: int = 7) -> tuple[list[str], list[str]]:
    """`n` random 150-word texts and a copy of each with a fraction of its words replaced."""
    import random

    rng = random.Random(seed)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocabulary = ["".join(rng.choices(letters, k=rng.randint(3, 7))) for _ in range(3000)]
    originals, copies = [], []
    for _ in range(n):
        words = rng.choices(vocabulary, k=150)
        originals.append(" ".join(words))
        for i in rng.sample(range(150), int(changed * 150)):
            words[i] = rng.choice(vocabulary)
        copies.append("عاجل " + " ".join(words))
    return originals, copies


def test_synthetic_near_copies_are_found_and_strangers_kept_apart() -> None:
    # 5% of words replaced: Jaccard of 3-grams ~0.75.  300 originals make the band table
    # grow several times, so lookups across growth are exercised too.
    originals, copies = _synthetic_corpus(300, 0.05)
    index = NearDuplicateIndex()
    for i, text in enumerate(originals):
        assert index.find_or_add(doc_of(text, f"o{i}")) is None  # strangers never linked
    found = [index.find_or_add(doc_of(text, f"c{i}")) for i, text in enumerate(copies)]
    assert found == [doc_of(text, f"o{i}").id for i, text in enumerate(originals)]
    assert len(index) == 300


def test_heavily_rewritten_texts_are_not_copies() -> None:
    # 30% of words replaced: Jaccard ~0.2, an edited article rather than a copy.
    originals, copies = _synthetic_corpus(100, 0.30)
    index = NearDuplicateIndex()
    index.extend((f"o{i}", text) for i, text in enumerate(originals))
    assert [index.find(text) for text in copies] == [None] * 100


def test_index_memory_stays_small_per_document() -> None:
    originals, _ = _synthetic_corpus(2000, 0.0, seed=3)
    index = NearDuplicateIndex()
    index.extend((f"o{i}", text) for i, text in enumerate(originals))
    # Signature bytes (128) plus 20 band slots of 12 bytes at most half full, with room
    # for the doubling of both arrays: far below datasketch's ~8.5 KB.
    assert index.nbytes() / len(index) < 1200
