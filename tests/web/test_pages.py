"""The workbench in Debian's headless Chromium: pages load cleanly and do their job."""

from __future__ import annotations

import pytest

from .conftest import LiveServer, Watched

pytestmark = pytest.mark.browser

PAGES = [
    "/events",
    "/timeline",
    "/network",
    "/map",
    "/actors",
    "/documents",
    "/search?q=العراق",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(
    page: Watched, live_server: LiveServer, path: str
) -> None:
    response = page.page.goto(live_server.url + path, wait_until="networkidle")
    assert response is not None and response.status == 200
    assert page.page.locator("nav.main-nav a").count() == 7
    name = path.strip("/").split("?")[0]
    page.shot(f"page-{name}")
    assert page.errors == []


def test_events_table_filters(page: Watched, live_server: LiveServer) -> None:
    p = page.page
    p.goto(live_server.url + "/events")
    assert p.locator("tr.event-row").count() == 7
    p.fill("input[name=actor]", "FRA")
    p.fill("input[name=counterpart]", "IRQ")
    p.click("#apply")
    p.wait_for_url("**/events?*actor=FRA*")
    assert p.locator("tr.event-row").count() == 5
    p.select_option("select[name=quad_class]", "3")
    p.click("#apply")
    p.wait_for_url("**quad_class=3*")
    rows = p.locator("tr.event-row")
    assert rows.count() == 1
    assert p.locator("#event-total").inner_text() == "1"
    assert "DISAPPROVE" in rows.first.inner_text()
    page.shot("events-filtered")
    assert page.errors == []


def test_clicking_an_event_shows_its_highlighted_sentence(
    page: Watched, live_server: LiveServer
) -> None:
    p = page.page
    p.goto(live_server.url + "/events?cameo=040")
    assert p.locator("#provenance").is_hidden()
    p.locator("tr.event-row").first.click()
    p.wait_for_selector("#provenance:not([hidden]) #prov-sentence mark.trigger")
    assert p.locator("#prov-sentence mark.trigger").inner_text() == "اتصالا"
    assert p.locator("#prov-sentence mark.source").inner_text() == "الرئيس الفرنسي"
    assert p.locator("#prov-sentence mark.target").inner_text() == "رئيس الوزراء العراقي"
    assert p.locator("#prov-others li a").count() == 1  # the other outlet's report
    assert p.locator("#prov-sentence").get_attribute("dir") == "rtl"
    page.shot("events-provenance")
    p.click("#prov-doc")
    p.wait_for_selector("#doc-body .m-event")
    assert p.locator("#doc-body .m-actor").count() >= 2
    assert p.locator("#doc-body .m-place").count() >= 1
    assert p.locator("#doc-body .m-date").count() >= 1
    page.shot("document")
    assert page.errors == []


def test_timeline_draws_a_dyad_by_quad_class_with_goldstein(
    page: Watched, live_server: LiveServer
) -> None:
    p = page.page
    p.goto(live_server.url + "/timeline?actor=FRA&counterpart=IRQ")
    p.wait_for_selector("#timeline[data-drawn]")
    assert p.locator("#timeline").get_attribute("data-drawn") == "4"
    assert p.locator("#timeline rect.bar").count() == 4
    assert p.locator("#timeline rect.bar.q3").count() == 1
    assert p.locator("#timeline polyline.goldstein").count() == 1
    assert p.locator("#timeline-table tbody tr").count() == 4
    page.shot("timeline-fra-irq")
    p.select_option("select[name=interval]", "week")
    p.click("#apply")
    p.wait_for_url("**interval=week*")
    p.wait_for_selector("#timeline[data-drawn]")
    assert p.locator("#timeline").get_attribute("data-drawn") == "2"
    assert page.errors == []


def test_network_draws_weighted_coloured_edges(page: Watched, live_server: LiveServer) -> None:
    p = page.page
    p.goto(live_server.url + "/network")
    p.wait_for_selector("#network[data-drawn]")
    assert p.locator("#network g.node").count() == 8
    assert p.locator("#network line.edge.conflict").count() == 1  # ISRMIL→LBN
    assert p.locator("#network line.edge.cooperation").count() == 4
    widths = [
        float(w)
        for w in p.locator("#network line.edge").evaluate_all(
            "els => els.map(e => e.getAttribute('stroke-width'))"
        )
    ]
    assert max(widths) > min(widths)  # weighted by counts
    page.shot("network")
    assert page.errors == []


def test_map_draws_outlines_and_event_points(page: Watched, live_server: LiveServer) -> None:
    p = page.page
    p.goto(live_server.url + "/map")
    assert p.locator("#map .countries path").count() > 150
    assert p.locator("#map circle.point").count() == 4
    assert p.locator("#map circle.point.conf").count() == 1
    assert page.errors == []


def test_search_finds_documents(page: Watched, live_server: LiveServer) -> None:
    p = page.page
    p.goto(live_server.url + "/search")
    p.fill("#search-q", "الموصل")
    p.press("#search-q", "Enter")
    p.wait_for_selector("#hits li a")
    assert p.locator("#hits li").count() == 1
    assert page.errors == []


def test_actor_page_shows_counterparts_and_events(page: Watched, live_server: LiveServer) -> None:
    p = page.page
    p.goto(live_server.url + "/actors")
    p.fill("input[name=prefix]", "FRA")
    p.click("#apply")
    p.wait_for_url("**/actors?prefix=FRA")
    p.locator("tr.actor-row a").first.click()
    p.wait_for_selector("#actor-code")
    assert p.locator("#actor-code").inner_text().startswith("FRA")
    assert p.locator("tr.counterpart-row").count() >= 1
    assert p.locator("#actor-events tr.event-row").count() >= 1
    page.shot("actor")
    p.locator("tr.counterpart-row a").first.click()
    p.wait_for_url("**/events?actor=FRA*counterpart=*")
    assert p.locator("tr.event-row").count() >= 1
    assert page.errors == []
