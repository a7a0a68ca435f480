"""Main text and metadata of an HTML page.

Body paragraphs come from jusText (Arabic stoplist), which kept every body paragraph and
leaked no "اقرأ أيضاً" box on our test pages where trafilatura leaked one; trafilatura is the
fallback when jusText keeps nothing.  Title, publication date, outlet and language come
from the page's meta tags.  jusText's boilerplate is kept as removed lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import justext
import lxml.html
from lxml import etree

from hadath.document import RemovedLine

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "article:modified_time",
)
_TITLE_META = ("og:title", "twitter:title", "title", "dc.title")
_OUTLET_META = ("og:site_name", "application-name", "publisher")


@dataclass(slots=True)
class HtmlPage:
    """Paragraph texts in order: (text, justext says body) plus meta data."""

    paragraphs: list[tuple[str, bool, bool]] = field(default_factory=list)  # text, good, h
    removed: list[RemovedLine] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    lang: str | None = None


def read_html(content: str) -> HtmlPage:
    """Paragraphs and metadata of `content`; an empty `paragraphs` means no readable body."""
    page = HtmlPage()
    blob = content.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(
            blob, parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        )
    except (etree.ParserError, ValueError):
        return page
    _read_meta(tree, page)
    try:
        paragraphs = justext.justext(blob, justext.get_stoplist("Arabic"), encoding="utf-8")
    except (etree.ParserError, ValueError, TypeError):
        paragraphs = []
    for p in paragraphs:
        text = " ".join(p.text.split())
        if text:
            page.paragraphs.append((text, not p.is_boilerplate, bool(p.is_heading)))
    if not any(good for _, good, _ in page.paragraphs):
        page.paragraphs = _trafilatura_paragraphs(content) or page.paragraphs
    return page


def _trafilatura_paragraphs(content: str) -> list[tuple[str, bool, bool]]:
    import trafilatura

    text = trafilatura.extract(content, include_comments=False, favor_precision=True) or ""
    return [(" ".join(line.split()), True, False) for line in text.splitlines() if line.strip()]


def _read_meta(tree: lxml.html.HtmlElement, page: HtmlPage) -> None:
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in metas:
            metas[key] = value
    page.outlet = next((metas[k] for k in _OUTLET_META if k in metas), None)
    title = next((metas[k] for k in _TITLE_META if k in metas), None)
    if title is None:
        node = tree.find(".//title")
        title = " ".join(node.text_content().split()) if node is not None else None
    if title and page.outlet:
        for sep in (" - ", " | ", " – "):
            suffix = sep + page.outlet
            if title.endswith(suffix):
                title = title[: -len(suffix)]
    page.title = title or None
    for key in (k.lower() for k in _DATE_META):
        if key in metas:
            page.published = _iso_date(metas[key])
            if page.published:
                break
    if page.published is None:
        for node in tree.iter("time"):
            page.published = _iso_date(node.get("datetime") or "")
            if page.published:
                break
    html = tree if tree.tag == "html" else tree.find(".//html")
    if html is not None and html.get("lang"):
        page.lang = html.get("lang", "").split("-")[0].lower() or None


def _iso_date(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None
