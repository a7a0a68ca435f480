"""Outlet detection in plain-text pages: source lines, page date lines and body clues."""

from __future__ import annotations

import pytest

from hadath.clean.stage import clean_document
from hadath.document import Document, RawDoc

BODY = (
    "أعلنت وزارة الخارجية أن الوزير سيزور العاصمة الأسبوع المقبل لبحث العلاقات الثنائية "
    "وسبل تعزيز التعاون بين البلدين في المجالات الاقتصادية والأمنية."
)


def _outlet(resources, content: str) -> str | None:
    doc = Document.from_raw(RawDoc(source="t", kind="text", content=content))  # type: ignore[arg-type]
    return clean_document(doc, resources).outlet


@pytest.mark.parametrize(
    ("content", "outlet"),
    [
        (f"الموصل/ وكالة الأنباء الوطنية- {BODY}", "وكالة الأنباء الوطنية"),
        (f"بغداد/شبكة أخبار الرافدين-{BODY}", "شبكة أخبار الرافدين"),
        (f"دار الخبر من القاهرة: {BODY}", "دار الخبر"),
        (f"{BODY}\nوجاء في بيان حصلت «الصباح الجديد» عليه أن الاجتماع انتهى.", "الصباح الجديد"),
        (f'{BODY}\nوقال مسؤول لـ"المدى" إن الزيارة تأجلت.', "المدى"),
        (f"{BODY}\nالمصدر: صحيفة النهار", "صحيفة النهار"),
        # no clue: no outlet, rather than a wrong one
        (BODY, None),
        (f"وقال الوزير: {BODY}", None),
        (f"{BODY}\nوقال الوزير للصحفيين إن الزيارة تأجلت.", None),
        (f"15/11/2024- {BODY}", None),
    ],
)
def test_outlet_clues(resources, content: str, outlet: str | None) -> None:
    assert _outlet(resources, content) == outlet


def test_source_line_wins_over_body_clues(resources) -> None:
    content = f"بغداد/شبكة أخبار الرافدين-{BODY}\nالمصدر: صحيفة النهار"
    assert _outlet(resources, content) == "صحيفة النهار"


def test_seed_outlets(resources, shared_dir) -> None:
    """Seeds that name their outlet in the body get it; the others get none."""
    seeds = sorted((shared_dir / "data" / "seeds").glob("*.txt"))
    found = {p.name[:3]: _outlet(resources, p.read_text("utf-8")) for p in seeds}
    assert found["002"] == "إيلاف"
    assert found["003"] == "البوابة نيوز"
    assert found["004"] and "العراق" in found["004"]
