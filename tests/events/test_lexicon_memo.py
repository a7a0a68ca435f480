"""The lexicon's per-word memos only make repeated words cheaper: same answers, bounded,
and empty after pickling (worker processes do not receive their contents)."""

from __future__ import annotations

import pickle

from hadath.events.patterns import bare
from hadath.events.resources import EventResources
from hadath.memo import BoundedMemo

WORDS = ["وأشاد", "يزور", "سيزور", "بالهجوم", "للتظاهر", "زيارته", "والاجتماع", "كتاب"]


def test_memoised_answers_equal_fresh_analysis(fiction: EventResources) -> None:
    lex = fiction.lexicon
    for word in WORDS * 2:  # the second pass is answered from the memo
        assert lex.analyse(word) == lex._analyse(word)
        assert lex.bare_forms(word) == {bare(base) for base, _ in lex.strip_proclitics(word)}
    assert set(WORDS) <= set(lex.analyses)


def test_memo_is_bounded() -> None:
    memo: BoundedMemo[str, int] = BoundedMemo(3)
    for i in range(10):
        assert memo.remember(str(i), i) == i
        assert 0 < len(memo) <= 3
    assert memo["9"] == 9


def test_pickled_resources_arrive_with_empty_memos(fiction: EventResources) -> None:
    for word in WORDS:
        fiction.lexicon.analyse(word)
    clone = pickle.loads(pickle.dumps(fiction))
    assert len(clone.lexicon.analyses) == 0
    assert clone.lexicon.analyse("وأشاد") == fiction.lexicon.analyse("وأشاد")
    copy = pickle.loads(pickle.dumps(fiction.lexicon.analyses))
    assert isinstance(copy, BoundedMemo) and len(copy) == 0


def test_full_memo_forgets_its_older_half() -> None:
    memo: BoundedMemo[str, int] = BoundedMemo(4)
    for key in "abcde":
        memo.remember(key, ord(key))
    assert list(memo) == ["c", "d", "e"]
