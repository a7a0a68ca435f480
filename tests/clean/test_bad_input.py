"""Bad input for the clean stage: other languages, empty, hostile and huge pages."""

from __future__ import annotations

from hadath.clean.stage import clean_document
from hadath.document import Document, RawDoc
from hadath.text.stage import analyse_text
from hadath.time.stage import find_dates

ARABIC_PARAGRAPH = (
    "أعلنت وزارة الخارجية اليوم أن الوزير سيزور العاصمة الأسبوع المقبل "
    "لبحث العلاقات الثنائية وسبل تعزيز التعاون بين البلدين."
)


def _run(resources, content: str, kind: str = "text") -> Document:
    doc = Document.from_raw(RawDoc(source="test", kind=kind, content=content))  # type: ignore[arg-type]
    for stage in (clean_document, analyse_text, find_dates):
        if doc.skip_reason:
            break
        doc = stage(doc, resources)
    return doc


def test_english_document_is_skipped_with_e101(resources) -> None:
    doc = _run(resources, "The minister said on Monday that talks would continue. " * 5)
    assert doc.skip_reason and "[E101]" in doc.skip_reason and "latin" in doc.skip_reason
    assert doc.language == "latin"


def test_persian_document_is_skipped(resources) -> None:
    doc = _run(
        resources,
        "وزیر امور خارجه ایران روز دوشنبه گفت که گفتگوها ادامه خواهد یافت "
        "و این کشور برای همکاری آماده است",
    )
    assert doc.skip_reason and "[E101]" in doc.skip_reason


def test_html_without_body_is_skipped_with_e009(resources) -> None:
    doc = _run(
        resources, "<html><head><title>x</title></head><body><nav>a</nav></body></html>", "html"
    )
    assert doc.skip_reason and "[E009]" in doc.skip_reason


def test_only_furniture_is_skipped_with_e015(resources) -> None:
    doc = _run(resources, "الوضع المظلم\nLogo\nاشترك في النشرة البريدية")
    assert doc.skip_reason and ("[E015]" in doc.skip_reason or "[E101]" in doc.skip_reason)


def test_empty_document_is_skipped(resources) -> None:
    assert _run(resources, "").skip_reason


def test_controls_joiners_and_mixed_scripts_are_read(resources) -> None:
    text = (
        "\u202bأكد\u200d الرئيس\u200f الفرنسي Emmanuel Macron أمس الثلاثاء دعم "
        "\u2066Paris\u2069 للعراق.\u202c\n" + ARABIC_PARAGRAPH
    )
    doc = _run(resources, text)
    assert doc.skip_reason is None
    assert len(doc.sentences) == 2
    words = {t.text for s in doc.sentences for t in s.tokens}
    assert "أكد\u200d" in words and "Macron" in words
    assert not any(
        t.text in "\u200e\u200f\u202b\u202c\u2066\u2069" for s in doc.sentences for t in s.tokens
    )


def test_megabyte_line_does_not_stall(resources) -> None:
    doc = _run(resources, "العراق " * 150_000 + "\n" + ARABIC_PARAGRAPH)
    assert doc.skip_reason is None
    assert len(doc.text) > 1_000_000
    assert max(s.end - s.start for s in doc.sentences) <= 1500


def test_html_read_also_box_is_not_body(resources) -> None:
    html = (
        "<html lang='ar'><head><meta property='og:title' content='عنوان الخبر الرئيسي هنا'>"
        "<meta property='article:published_time' content='2023-10-23T08:00:00'></head>"
        "<body><nav>الرئيسية | سياسة | اقتصاد</nav><article>"
        "<h1>عنوان الخبر الرئيسي هنا</h1>"
        + "".join(f"<p>{ARABIC_PARAGRAPH} الفقرة {i}.</p>" for i in range(4))
        + "<h3>اقرأ أيضاً</h3><ul><li>خبر آخر لا علاقة له</li></ul></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    doc = _run(resources, html, "html")
    assert doc.skip_reason is None
    assert doc.title == "عنوان الخبر الرئيسي هنا"
    assert doc.published == "2023-10-23"
    assert doc.text.startswith("عنوان الخبر الرئيسي هنا")
    assert "خبر آخر" not in doc.text
    assert any("خبر آخر" in r.text for r in doc.removed)


def test_container_metadata_wins(resources) -> None:
    raw = RawDoc(
        source="t",
        kind="text",
        content="آخر تحديث: 4 نونبر 2023\n" + ARABIC_PARAGRAPH,
        published="2024-01-02",
        title="عنوان من الحاوية",
    )
    doc = clean_document(Document.from_raw(raw), resources)
    assert doc.published == "2024-01-02" and doc.title == "عنوان من الحاوية"
