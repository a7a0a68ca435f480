"""The pages over HTTP without a browser: status codes, filters, bad input."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_root_redirects_to_events(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/events"


def test_unknown_document_page_is_a_404_page(client: TestClient) -> None:
    response = client.get("/documents/%3Cscript%3E")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "&lt;script&gt;" in response.text and "<script>" not in response.text


def test_invalid_page_filters_are_reported_and_ignored(client: TestClient) -> None:
    response = client.get("/events", params={"quad_class": "9", "since": "soon", "actor": "FRA"})
    assert response.status_code == 200
    assert "quad_class" in response.text and "since" in response.text  # the notice
    assert response.text.count('class="event-row') == 5  # actor=FRA still applied


def test_empty_form_fields_mean_any(client: TestClient) -> None:
    response = client.get("/events?since=&until=&actor=&quad_class=&q=")
    assert response.text.count('class="event-row') == 7
    assert "Ignored invalid" not in response.text


def test_chart_pages_pass_their_filters_to_the_api(client: TestClient) -> None:
    page = client.get("/timeline", params={"actor": "FRA", "counterpart": "IRQ"}).text
    assert 'data-api="/api/timeseries?actor=FRA&amp;counterpart=IRQ&amp;interval=day"' in page
    assert 'data-api="/api/network?' in client.get("/network").text


def test_static_assets_are_served_by_the_application(client: TestClient) -> None:
    for asset in (
        "app.css",
        "events.js",
        "charts.js",
        "timeline.js",
        "network.js",
        "vendor/world-atlas/LICENSE",
    ):
        assert client.get(f"/static/{asset}").status_code == 200, asset
    page = client.get("/events").text
    assert "http://" not in page.split("<body>")[0] and "https://" not in page


def test_unknown_page_url_is_an_html_404_page_and_api_stays_json(client: TestClient) -> None:
    for path in ("/nowhere", "/events/extra/part", "/actors/FRA/more"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "text/html" in response.headers["content-type"], path
        assert 'id="status">404<' in response.text and 'class="main-nav"' in response.text
    hostile = client.get("/%3Cscript%3Ealert(1)%3C/script%3E")
    assert hostile.status_code == 404 and "<script>alert" not in hostile.text
    api = client.get("/api/nowhere")
    assert api.status_code == 404 and api.json()["code"] == "E501"


def test_actors_pages_list_actors_and_show_counterparts_and_events(client: TestClient) -> None:
    listing = client.get("/actors").text
    assert 'href="/actors/FRAGOV"' in listing
    assert client.get("/actors", params={"prefix": "ISR"}).text.count('class="actor-row') >= 1
    page = client.get("/actors/fra")
    assert page.status_code == 200
    api = client.get("/api/actors/FRA").json()
    assert page.text.count('class="event-row') == api["events"]["total"] == 5
    assert page.text.count('class="counterpart-row') == len(api["counterparts"]) >= 1
    assert 'href="/events?actor=FRA&amp;counterpart=IRQ' in page.text
    assert client.get("/actors/NOBODY").status_code == 404
    assert client.get("/actors/%27%3B--").status_code == 404
