"""Sentence splitting on Arabic news conventions (own examples)."""

from __future__ import annotations

import itertools

from hadath.text.sentences import split_sentences


def _sentences(text: str, resources) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, resources.text)]


def test_comma_and_semicolon_do_not_end_sentences(resources) -> None:
    text = "قال الوزير، في بيان؛ إن الاتفاق مهم. وأضاف أن الحوار مستمر"
    assert _sentences(text, resources) == [
        "قال الوزير، في بيان؛ إن الاتفاق مهم.",
        "وأضاف أن الحوار مستمر",
    ]


def test_missing_space_after_full_stop_still_splits(resources) -> None:
    text = "وصل الوفد إلى المطار.من جانبه، رحب الوزير بالزيارة؟وتابع قائلا"
    assert len(_sentences(text, resources)) == 3


def test_decimals_abbreviations_and_urls_do_not_split(resources) -> None:
    text = "بلغ القرض 1.9 مليار دولار بحسب د. أحمد على موقع example.com اليوم."
    assert len(_sentences(text, resources)) == 1


def test_closing_quote_stays_with_its_sentence(resources) -> None:
    text = 'وقال: "نرفض التصعيد." ثم غادر القاعة.'
    assert _sentences(text, resources)[0] == 'وقال: "نرفض التصعيد."'


def test_wrapped_line_and_dateline_continue(resources) -> None:
    text = "ووصل الوزير إلى\nالعاصمة صباح اليوم.\nعمان - خاص:\nالتقى الملك الوفد"
    assert _sentences(text, resources) == [
        "ووصل الوزير إلى\nالعاصمة صباح اليوم.",
        "عمان - خاص:\nالتقى الملك الوفد",
    ]


def test_lines_and_paragraphs_without_punctuation_are_sentences(resources) -> None:
    text = "عنوان الخبر هنا\n\nفقرة أولى بلا نقطة\n• بند في قائمة\n• بند آخر"
    assert _sentences(text, resources) == [
        "عنوان الخبر هنا",
        "فقرة أولى بلا نقطة",
        "• بند في قائمة",
        "• بند آخر",
    ]


def test_huge_line_is_cut_into_bounded_sentences(resources) -> None:
    text = "كلمة " * 200_000  # a 1 MB line with no punctuation
    spans = split_sentences(text, resources.text)
    limit = resources.text.sentences.max_sentence_chars
    assert len(spans) > 100
    assert all(0 < e - s <= limit for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
