"""Browser-test fixtures: the workbench served by uvicorn in a thread, and Debian's Chromium
driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[1] / "output" / "web"
TOKEN = "browser-test-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    db_path: Path
    token: str


@contextmanager
def serve(db: Path) -> Iterator[LiveServer]:
    """The workbench for `db` (built from the test corpus) on a free port, in a thread."""
    uvicorn = pytest.importorskip("uvicorn")
    from api.corpus import build_database, plain_pipeline
    from hadath.api import ServeConfig, create_app

    build_database(db)
    app = create_app(ServeConfig(db_path=db, token=TOKEN), pipeline_factory=plain_pipeline)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", db, TOKEN)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A fresh server per test module, so one module's ingests never change another's counts."""
    with serve(tmp_path_factory.mktemp("web") / "web.db") as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make system-deps)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A page with everything that went wrong in it recorded."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def shot(self, name: str) -> Path:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        path = OUTPUT / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture()
def page(browser: Any, live_server: LiveServer) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    raw = context.new_page()
    watched = Watched(raw)
    raw.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
    raw.on("pageerror", lambda exc: watched.errors.append(f"pageerror: {exc}"))

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    raw.on("dialog", on_dialog)
    raw.set_default_timeout(10_000)
    yield watched
    context.close()
