"""Hostile article text is shown as text: nothing runs, nothing escapes its box."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import LiveServer, Watched

pytestmark = pytest.mark.browser

RLO, PDF, RLI = "\u202e", "\u202c", "\u2067"  # bidi overrides/isolates left open on purpose
TITLE = (
    '<script>window.__pwned=1;alert(1)</script>"onerror=alert(2) x="'
    + RLO
    + 'عنوان <img src=x onerror="window.__pwned=2">'
)
BODY = (
    'المهاجم <script>window.__pwned=3;alert(3)</script> يضرب "onerror=alert(4) '
    "<img src=x onerror=alert(5)> " + RLO + "عكس" + " الهدف" + RLI + "\n"
    "سطر ثان </p></div><iframe src=javascript:alert(6)></iframe> نهاية"
)


@pytest.fixture(scope="module")
def hostile_doc(live_server: LiveServer) -> dict[str, Any]:
    refused = httpx.post(f"{live_server.url}/api/ingest", json={"title": TITLE, "text": BODY})
    assert refused.status_code == 401
    response = httpx.post(
        f"{live_server.url}/api/ingest",
        json={
            "title": TITLE,
            "text": BODY,
            "outlet": '<b onmouseover="alert(7)">x</b>',
            "published": "2021-09-09",
        },
        headers={"Authorization": f"Bearer {live_server.token}"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["events"] == 1
    return response.json()


def _nothing_ran(page: Watched) -> None:
    assert page.dialogs == []
    assert page.page.evaluate("window.__pwned") is None
    assert page.page.locator("#main img, #main iframe").count() == 0
    own = page.page.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src'))")
    assert all(src and src.startswith("/static/") for src in own), own
    assert page.errors == [], page.errors


def test_document_page_shows_hostile_text_as_text(
    page: Watched, live_server: LiveServer, hostile_doc: dict[str, Any]
) -> None:
    p = page.page
    p.goto(f"{live_server.url}/documents")
    clean_nav = p.locator("#nav-events").bounding_box()
    p.goto(f"{live_server.url}/documents/{hostile_doc['doc_id']}")
    assert p.locator("#doc-title").inner_text().startswith("<script>window.__pwned=1")
    assert p.locator("#doc-title").evaluate("e => e.tagName") == "BDI"  # bidi isolated
    assert "<iframe" in p.locator("#doc-body").inner_text()
    assert p.locator("#doc-body p").count() == 2  # "</p></div>" did not close anything
    assert p.locator("#doc-events tbody tr").count() == 1
    assert p.locator("#nav-events").bounding_box() == clean_nav  # header not reordered
    assert p.locator("#nav-events").inner_text().startswith("Events")
    page.shot("security-document")
    _nothing_ran(page)


def test_events_and_provenance_show_hostile_text_as_text(
    page: Watched, live_server: LiveServer, hostile_doc: dict[str, Any]
) -> None:
    p = page.page
    p.goto(f"{live_server.url}/events?actor=AAAGOV")
    assert p.locator("tr.event-row").count() == 1
    p.locator("tr.event-row").first.click()
    p.wait_for_selector("#prov-sentence mark.trigger")
    trigger = p.locator("#prov-sentence mark.trigger").inner_text()
    assert trigger == "<script>window.__pwned=3;alert(3)</script>"
    assert p.locator("#prov-sentence mark.source").inner_text() == "المهاجم"
    assert "<script>" in p.locator("#prov-meta").inner_text()  # the document title
    page.shot("security-provenance")
    _nothing_ran(page)


@pytest.mark.parametrize(
    "path", ["/documents", "/search?q=onerror", "/map", "/timeline", "/network", "/actors"]
)
def test_lists_and_charts_survive_hostile_text(
    page: Watched, live_server: LiveServer, hostile_doc: dict[str, Any], path: str
) -> None:
    page.page.goto(live_server.url + path, wait_until="networkidle")
    assert page.page.locator("nav.main-nav a").count() == 7
    _nothing_ran(page)


def test_pages_forbid_inline_scripts(live_server: LiveServer) -> None:
    policy = httpx.get(f"{live_server.url}/events").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
