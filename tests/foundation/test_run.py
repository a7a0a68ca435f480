"""`hadath run` end to end: summary, skipped inputs, idempotent reruns, kill -9 safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hadath.cli import main

# Our own sentences for generated test articles.
TEMPLATE = (
    "عمّان - وكالات: استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان الأحد نظيره العراقي "
    "وبحث معه العلاقات الثنائية وسبل تعزيز التعاون في المجالات الاقتصادية رقم {n}.\n"
    "وقال الصفدي إن الأردن يقف إلى جانب العراق في جهوده لتحقيق الاستقرار.\n"
    "من جهته، أشاد الوزير العراقي بالدور الأردني في دعم أمن المنطقة، بحسب البيان {n}.\n"
)


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:04d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["run", *argv, "--json", "--progress", "never"])
    return code, json.loads(capsys.readouterr().out)


def test_run_reports_skipped_inputs_and_is_idempotent(tmp_path: Path, capsys) -> None:
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": \n', encoding="utf-8")
    db = tmp_path / "h.db"
    code, first = run_json(capsys, str(tmp_path / "in"), str(tmp_path / "nope"), "--db", str(db))
    assert code == 0
    assert first["read"] == 3 and first["stored"] == 3
    reasons = " ".join(s["reason"] for s in first["skipped"])
    for expected in ("[E002]", "[E003]", "[E006]", "[E014]"):
        assert expected in reasons
    code, second = run_json(capsys, str(tmp_path / "in"), "--db", str(db))
    assert code == 0 and second["stored"] == 0 and second["unchanged"] == 3
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3


def test_run_exits_non_zero_only_when_nothing_was_read(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, summary = run_json(capsys, str(tmp_path), "--db", str(tmp_path / "h.db"))
    assert code == 2 and summary["read"] == 0


def consistent(db: Path) -> int:
    """Check the database is whole: integrity and every document's layers complete."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute(
        "SELECT d.id, d.n_sentences, d.n_events,"
        " (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id),"
        " (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) FROM documents d"
    ).fetchall()
    for doc_id, n_sent, n_ev, got_sent, got_ev in rows:
        assert (n_sent, n_ev) == (got_sent, got_ev), doc_id
    return len(rows)


@pytest.mark.slow
def test_kill_minus_nine_mid_run_leaves_a_consistent_database(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 400)
    db = tmp_path / "h.db"
    cmd = [
        sys.executable,
        "-m",
        "hadath.cli",
        "run",
        str(tmp_path / "in"),
        "--db",
        str(db),
        "--progress",
        "never",
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "run finished before it could be killed; enlarge the corpus"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = consistent(db)
    assert 20 <= partial < 400
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert consistent(db) == 400


def test_progress_stays_quiet_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    cmd = [
        sys.executable,
        "-m",
        "hadath.cli",
        "run",
        str(tmp_path / "in"),
        "--db",
        str(tmp_path / "h.db"),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stderr == ""
    assert "documents: 3 read, 3 stored" in done.stdout


def test_human_summary_on_the_examples(tmp_path: Path, capsys, repo_dir: Path) -> None:
    code = main(
        [
            "run",
            str(repo_dir / "examples" / "articles"),
            "--db",
            str(tmp_path / "h.db"),
            "--progress",
            "never",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "15 read, 15 stored" in out
    assert "events by PLOVER category" in out and "top actor pairs" in out
    assert "CONSULT" in out and "PROTEST" in out


def test_truncated_html_fifo_and_legacy_encodings_in_one_batch(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 1)
    body = TEMPLATE.format(n="html")
    page = f"<html><head><title>عنوان</title></head><body><article><p>{body}</p><p>وتابع"
    (folder / "cut.html").write_text(page, encoding="utf-8")  # cut mid-paragraph, no end tags
    (folder / "legacy.txt").write_bytes(TEMPLATE.format(n="cp1256").encode("cp1256"))
    (folder / "iso.txt").write_bytes(TEMPLATE.format(n="iso").encode("iso-8859-6"))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, summary = run_json(capsys, str(folder), str(fifo), "--db", str(tmp_path / "h.db"))
    assert code == 0
    assert summary["read"] == 4 and summary["stored"] == 4
    assert [s["reason"][:6] for s in summary["skipped"]] == ["[E001]"]
    conn = sqlite3.connect(tmp_path / "h.db")
    encodings = {row[0] for row in conn.execute("SELECT encoding FROM documents")}
    assert {"cp1256", "iso-8859-6", "utf-8"} <= encodings
    texts = [row[0] for row in conn.execute("SELECT text FROM documents")]
    assert all("الصفدي" in text for text in texts)


def test_a_document_the_database_refuses_is_skipped_and_the_batch_goes_on(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hadath.store import StoreWriter

    write_articles(tmp_path / "in", 3)
    real_write = StoreWriter.write

    def refuse_one(self: StoreWriter, doc) -> bool:
        if doc.source.endswith("a0001.txt"):
            raise sqlite3.IntegrityError("UNIQUE constraint failed: events.id")
        return real_write(self, doc)

    monkeypatch.setattr(StoreWriter, "write", refuse_one)
    code, out = run_json(capsys, str(tmp_path / "in"), "--db", str(tmp_path / "h.db"))
    assert code == 0
    assert out["stored"] == 2
    [(source, reason)] = [(s["source"], s["reason"]) for s in out["skipped"]]
    assert source.endswith("a0001.txt") and "E018" in reason


def test_a_copy_of_a_refused_document_is_stored_as_a_first_copy(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hadath.store import StoreWriter

    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    pair = sorted(examples.glob("09_*")) + sorted(examples.glob("10_*"))
    if len(pair) != 2:
        pytest.skip("the examples' copy pair is absent")
    folder = tmp_path / "in"
    folder.mkdir()
    for i, path in enumerate(pair):
        (folder / f"c{i}{path.suffix}").write_bytes(path.read_bytes())
    real_write = StoreWriter.write

    def refuse_first(self: StoreWriter, doc) -> bool:
        if doc.source.endswith(f"c0{pair[0].suffix}"):
            raise sqlite3.IntegrityError("CHECK constraint failed")
        return real_write(self, doc)

    monkeypatch.setattr(StoreWriter, "write", refuse_first)
    code, out = run_json(capsys, str(folder), "--db", str(tmp_path / "h.db"))
    assert code == 0 and out["stored"] == 1
    conn = sqlite3.connect(tmp_path / "h.db")
    assert conn.execute("SELECT duplicate_of FROM documents").fetchall() == [(None,)]
