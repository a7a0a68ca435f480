"""The ``clean`` stage: from a `RawDoc` to the cleaned body and the page's metadata."""

from __future__ import annotations

from hadath.clean.html import read_html
from hadath.clean.language import detect_language
from hadath.clean.lines import classify_lines
from hadath.document import Document, RemovedLine
from hadath.errors import ErrorCode, HadathError
from hadath.resources import Resources


def clean_document(doc: Document, res: Resources) -> Document:
    """Fill text, title, published, outlet, language and removed lines of `doc`.

    Container metadata (``doc.title``/``published``/``outlet`` from the reader) wins over
    what the page says.  Documents that are not Arabic, HTML without a body and pages with
    nothing left after cleaning get ``skip_reason`` (E101, E009, E015) and no text.
    """
    raw = doc.raw
    tres = res.text
    lines: list[str]
    numbers: list[int]
    removed: list[RemovedLine] = []
    page_title = page_published = page_outlet = None
    if raw.kind == "html":
        page = read_html(raw.content)
        body_letters = sum(
            sum(ch.isalpha() for ch in text) for text, good, _ in page.paragraphs if good
        )
        if body_letters < tres.language.min_letters:
            doc.skip_reason = str(HadathError(ErrorCode.E009, path=doc.source))
            return doc
        lines, numbers = _html_lines(page.paragraphs, page.title, removed)
        page_title, page_published, page_outlet = page.title, page.published, page.outlet
        removed = page.removed + removed
    else:
        lines = raw.content.splitlines()
        numbers = list(range(len(lines)))
    language = detect_language("\n".join(lines), tres.language)
    doc.language = language
    if language != "ar" and res.options.require_arabic:
        doc.skip_reason = str(HadathError(ErrorCode.E101, path=doc.source, language=language))
        return doc
    # The body is searched for an outlet only when neither the container nor the page has one.
    outlet_known = bool(doc.outlet or page_outlet)
    cleaned = classify_lines(lines, tres, res.calendar, numbers, outlet_known)
    doc.removed = sorted(removed + cleaned.removed, key=lambda r: r.line)
    doc.text = _join(cleaned.kept)
    doc.title = doc.title or page_title or cleaned.title
    doc.published = doc.published or page_published or cleaned.published
    doc.outlet = doc.outlet or page_outlet or cleaned.outlet
    if not doc.text.strip():
        doc.skip_reason = str(HadathError(ErrorCode.E015, path=doc.source))
    return doc


def _html_lines(
    paragraphs: list[tuple[str, bool, bool]], title: str | None, removed: list[RemovedLine]
) -> tuple[list[str], list[int]]:
    """Paragraphs from the headline to the last body paragraph; boilerplate outside is
    removed, boilerplate inside goes to the line classifier (it may be a subheading)."""
    good = [i for i, (_, is_good, _) in enumerate(paragraphs) if is_good]
    first, last = good[0], good[-1]
    folded_title = " ".join((title or "").split())
    for i in range(first - 1, -1, -1):
        text, _, heading = paragraphs[i]
        if heading and folded_title and (text in folded_title or folded_title in text):
            first = i
            break
    lines: list[str] = []
    numbers: list[int] = []
    for i, (text, _good, _) in enumerate(paragraphs):
        if first <= i <= last:
            lines.append(text)
            numbers.append(i)
        else:
            removed.append(RemovedLine(text, "boilerplate", i))
    return lines, numbers


def _join(kept: list[tuple[int, str]]) -> str:
    """Kept lines joined by newlines, runs of blank lines collapsed to one."""
    out: list[str] = []
    for _, line in kept:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
