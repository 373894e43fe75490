"""The database survives what happens on a coordinator's laptop.

- the app is killed in the middle of saving: every answer it reported saved is there, and
  the file is healthy;
- a damaged or foreign file is refused with a clear message and left exactly as it was;
- two copies of the app save to one database at the same moment: nothing is lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event
from storage_writer import level_for

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import Registry, default_registry
from wen_assess.scoring import Answer, score
from wen_assess.storage.database import DatabaseError, open_database
from wen_assess.storage.service import AssessmentService, Locked, NotReady

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
WRITER = HERE / "storage_writer.py"
G2 = "iccwc-wen-g2"
G2_ITEMS = 47


@pytest.fixture
def registry() -> Registry:
    return default_registry()


# ---- helpers -------------------------------------------------------------------------------------


class Writer:
    """tests/storage_writer.py in its own process; its output lines read by a thread."""

    def __init__(self, tmp_path: Path, db_path: Path, *args: object, name: str = "writer"):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
        self.stderr_path = tmp_path / f"{name}.stderr"
        with self.stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(WRITER), str(db_path), *map(str, args)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
                cwd=REPO,
                env=env,
            )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, deadline: float) -> str:
        try:
            line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            self.kill()
            pytest.fail(f"the writer printed nothing in time; stderr:\n{self.stderr()}")
        if line is None:
            self.wait(5)
            pytest.fail(
                f"the writer stopped (exit {self.proc.returncode}); stderr:\n{self.stderr()}"
            )
        return line

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text)
        self.proc.stdin.flush()
        self.proc.stdin.close()

    def rest(self, timeout: float) -> list[str]:
        """Every line still to come, once the process has ended."""
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the writer's output did not end"
        lines = []
        while (line := self.lines.get_nowait()) is not None:
            lines.append(line)
        return lines

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"the writer did not finish in {timeout} s; stderr:\n{self.stderr()}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        self.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None and not stream.closed:
                with contextlib.suppress(BrokenPipeError):
                    stream.close()


def integrity(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]


def answers_in(path: Path) -> dict[tuple[int, str], tuple]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT assessment_id, item_id, level, notes FROM answer").fetchall()
    finally:
        conn.close()
    return {(a, item): (level, notes) for a, item, level, notes in rows}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- killed while saving -------------------------------------------------------------------------


@pytest.mark.parametrize("kill_after", [3, 20, 58])
def test_every_answer_reported_saved_survives_a_kill(tmp_path, registry, kill_after):
    db_path = tmp_path / "assessments.sqlite"
    writer = Writer(tmp_path, db_path, "stream")
    saved: list[tuple[str, int, int]] = []
    try:
        deadline = time.monotonic() + 15
        while len(saved) < kill_after:
            line = writer.next_line(deadline)
            if line.startswith("saved "):
                _, item_id, a, level = line.split()
                saved.append((item_id, int(a), int(level)))
        writer.kill()  # SIGKILL while it is saving the next answers
        assert writer.proc.returncode == -signal.SIGKILL
        saved += [
            (item_id, int(a), int(level))
            for _, item_id, a, level in (
                line.split() for line in writer.rest(10) if line.startswith("saved ")
            )
        ]
    finally:
        writer.close()
    assert len(saved) >= kill_after

    db = open_database(db_path)
    try:
        assert integrity(db) == [("ok",)]
        service = AssessmentService(db, registry)
        stored = answers_in(db_path)
        for item_id, a, level in saved:
            assert (a, item_id) in stored, f"{item_id} of assessment {a} was reported saved"
            assert stored[(a, item_id)][0] == level
        # At most the one save that committed just before the kill was not reported yet.
        assert len(saved) <= len(stored) <= len(saved) + 1
        # Each summary was written in the same transaction as its answers.
        for summary in service.list_summaries():
            in_db = sum(1 for (a, _) in stored if a == summary.id)
            assert summary.items_answered == in_db
        # And the database takes new answers after the crash.
        a = service.create(G2, "After the crash")
        service.set_answer(a, "G2-MEM-01", level=1)
    finally:
        db.close()


# ---- damaged and foreign files -------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_database(tmp_path_factory) -> bytes:
    """The bytes of a healthy wen-assess database with a few answered assessments."""
    path = tmp_path_factory.mktemp("real") / "real.sqlite"
    bundled = Registry()
    bundled.add_folder(questionnaires_dir(), strict=True)  # the user's folder is not isolated yet
    db = open_database(path)
    try:
        service = AssessmentService(db, bundled)
        items = [item.id for item in service.registry.get(G2).items]
        for n in range(8):
            a = service.create(G2, f"Network {n}")
            for item_id in items:
                service.set_answer(a, item_id, level=n % 4, notes="notes " * 20)
    finally:
        db.close()
    assert not Path(f"{path}-wal").exists()
    return path.read_bytes()


def foreign_sqlite(folder: Path) -> bytes:
    path = folder / "foreign.sqlite"
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
            conn.execute("INSERT INTO contacts VALUES ('Amina', '+254 700 000000')")
    finally:
        conn.close()
    data = path.read_bytes()
    path.unlink()
    return data


DAMAGED = {
    "random-bytes": lambda real, folder: random.Random(7).randbytes(64 * 1024),
    "truncated-half": lambda real, folder: real[: len(real) // 2],
    "text-file": lambda real, folder: "Réunion du réseau\nnotes, pas une base\n".encode() * 50,
    "empty-header": lambda real, folder: bytes(100) + real[100:],
    "header-only": lambda real, folder: real[:100],
    "garbage-page": lambda real, folder: (
        real[:8192] + random.Random(3).randbytes(4096) + real[12288:]
    ),
    "foreign-sqlite": lambda real, folder: foreign_sqlite(folder),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_or_foreign_file_is_refused_and_left_untouched(tmp_path, real_database, kind):
    real = real_database
    folder = tmp_path / "user"
    folder.mkdir()
    path = folder / "assessments.sqlite"
    path.write_bytes(DAMAGED[kind](real, tmp_path))
    digest, mtime = sha256(path), path.stat().st_mtime_ns

    with pytest.raises(DatabaseError) as refused:
        open_database(path)

    assert sha256(path) == digest
    assert path.stat().st_mtime_ns == mtime
    assert sorted(os.listdir(folder)) == ["assessments.sqlite"]  # no -wal, -shm or backup
    message = str(refused.value)
    assert str(path) in message
    assert "unchanged" in message
    assert "Traceback" not in message
    assert 'File "' not in message
    assert "\n" not in message, "one line for the user, not SQLite's page-by-page report"


# ---- two processes at once -----------------------------------------------------------------------


def run_together(tmp_path: Path, db_path: Path, jobs: list[tuple[int, int, int]], rounds: int):
    writers = [
        Writer(tmp_path, db_path, "fill", a, start, step, rounds, name=f"writer{n}")
        for n, (a, start, step) in enumerate(jobs)
    ]
    try:
        deadline = time.monotonic() + 15
        for writer in writers:
            assert writer.next_line(deadline) == "ready"
        for writer in writers:  # both start saving at the same moment
            writer.send("go\n")
        for writer, (_, start, step) in zip(writers, jobs, strict=True):
            assert writer.wait(30) == 0, writer.stderr()
            assert writer.rest(10) == [f"done {len(range(start, G2_ITEMS, step)) * rounds}"]
    finally:
        for writer in writers:
            writer.close()


def check_filled(db_path: Path, registry: Registry, assessment_ids: list[int], rounds: int):
    items = [item.id for item in registry.get(G2).items]
    stored = answers_in(db_path)
    assert len(stored) == G2_ITEMS * len(assessment_ids)
    for a in assessment_ids:
        for index, item_id in enumerate(items):
            assert stored[(a, item_id)] == (level_for(a, index, rounds - 1), f"round {rounds - 1}")
    db = open_database(db_path)
    try:
        assert integrity(db) == [("ok",)]
        summaries = {s.id: s for s in AssessmentService(db, registry).list_summaries()}
    finally:
        db.close()
    for a in assessment_ids:
        assert summaries[a].items_answered == G2_ITEMS
    return summaries


def make_assessments(db_path: Path, registry: Registry, n: int) -> list[int]:
    db = open_database(db_path)
    try:
        service = AssessmentService(db, registry)
        return [service.create(G2, f"Network {k}") for k in range(n)]
    finally:
        db.close()


def test_two_processes_saving_different_assessments_lose_nothing(tmp_path, registry):
    db_path = tmp_path / "shared.sqlite"
    first, second = make_assessments(db_path, registry, 2)
    rounds = 3
    run_together(tmp_path, db_path, [(first, 0, 1), (second, 0, 1)], rounds)

    summaries = check_filled(db_path, registry, [first, second], rounds)
    q = registry.get(G2)
    stored = answers_in(db_path)
    for a in (first, second):
        answers = {item.id: Answer(level=stored[(a, item.id)][0]) for item in q.items}
        assert summaries[a].overall_score == score(q, answers).overall_score


def test_two_processes_saving_one_assessment_lose_nothing(tmp_path, registry):
    db_path = tmp_path / "shared.sqlite"
    [a] = make_assessments(db_path, registry, 1)
    rounds = 3
    run_together(tmp_path, db_path, [(a, 0, 2), (a, 1, 2)], rounds)  # even and odd items
    check_filled(db_path, registry, [a], rounds)


# ---- another process saving between this one's read and write ------------------------------------


def two_services(path: Path, registry: Registry):
    first, second = open_database(path), open_database(path)
    return first, second, AssessmentService(first, registry), AssessmentService(second, registry)


class Interleave:
    """Run ``other`` (a save through a second database connection) the first time this
    connection is about to write: the moment between reading the assessment and writing it.

    If this connection already holds the write lock there, ``other`` simply waits for it (as a
    second process would) and finishes after this one commits; either way both saves happen.
    ``other_database`` is the connection ``other`` saves through: seen asking for the write
    lock and not getting it, it is known to wait for ours.
    """

    def __init__(self, database, other, *, other_database):
        self.other = other
        self.thread: threading.Thread | None = None
        self.errors: list[BaseException] = []
        self._asked, self._granted = threading.Event(), threading.Event()
        # At the first write statement, whether the ORM flushes it or Core SQL runs it.
        event.listen(database.engine, "before_cursor_execute", self._before_write)
        event.listen(other_database.engine, "before_cursor_execute", self._other_asks)
        event.listen(other_database.engine, "after_cursor_execute", self._other_is_granted)

    def _other_asks(self, _connection, _cursor, statement, *_) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):  # how a write takes the lock (storage)
            self._granted.clear()
            self._asked.set()

    def _other_is_granted(self, _connection, _cursor, statement, *_) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            self._granted.set()

    def _run(self) -> None:
        try:
            self.other()
        except BaseException as error:
            self.errors.append(error)

    def _before_write(self, _connection, _cursor, statement, *_) -> None:
        writes = statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        if writes and self.thread is None:
            self.thread = threading.Thread(target=self._run, daemon=True)
            self.thread.start()
            self._until_done_or_waiting_for_us(0.5)

    def _until_done_or_waiting_for_us(self, limit: float) -> None:
        """Back once ``other`` is done, or has asked for the write lock and not had it for
        0.1 s (an uncontended lock takes microseconds), or after ``limit`` seconds."""
        assert self.thread is not None
        deadline = time.monotonic() + limit
        while self.thread.is_alive() and time.monotonic() < deadline:
            if self._asked.is_set() and not self._granted.wait(0.1):
                return
            self.thread.join(0.005)

    def finish(self) -> list[BaseException]:
        assert self.thread is not None, "the interleaved save never ran"
        self.thread.join(20)
        assert not self.thread.is_alive()
        return self.errors


def test_the_summary_stays_right_when_another_process_saves_in_between(tmp_path, registry):
    """set_answer must not write a summary computed from what it read before another
    process's save: the listing would show a score the answers do not give."""
    path = tmp_path / "a.sqlite"
    db_a, db_b, mine, other = two_services(path, registry)
    try:
        a = mine.create(G2, "WEN")
        mine.set_answer(a, "G2-MEM-01", level=3)
        mine.set_answer(a, "G2-MEM-02", level=2)
        interleave = Interleave(
            db_a, lambda: other.set_answer(a, "G2-MEM-02", level=3), other_database=db_b
        )
        mine.set_answer(a, "G2-MEM-01", level=2)
        assert interleave.finish() == []
    finally:
        db_a.close()
        db_b.close()

    db = open_database(path)
    try:
        service = AssessmentService(db, registry)
        [summary] = service.list_summaries()
        assert {(x.item_id, x.level) for x in service.get(a).record.answers} == {
            ("G2-MEM-01", 2),
            ("G2-MEM-02", 3),
        }
        result = service.result(a)
        assert (summary.overall_score, summary.overall_band) == (
            result.overall_score,
            result.overall_band,
        )
    finally:
        db.close()


def test_an_assessment_is_never_completed_with_an_item_cleared_by_another_process(
    tmp_path, registry
):
    path = tmp_path / "a.sqlite"
    db_a, db_b, mine, other = two_services(path, registry)
    try:
        a = mine.create(G2, "WEN")
        for item in registry.get(G2).items:
            mine.set_answer(a, item.id, level=2)
        interleave = Interleave(
            db_a, lambda: other.clear_answer(a, "G2-DEL-10"), other_database=db_b
        )
        refused = False
        try:
            mine.complete(a)
        except NotReady:
            refused = True  # right: the other process cleared an answer first
        errors = interleave.finish()
    finally:
        db_a.close()
        db_b.close()

    db = open_database(path)
    try:
        record = AssessmentService(db, registry).get(a).record
    finally:
        db.close()
    unanswered = [x.item_id for x in record.answers if x.level is None and not x.not_applicable]
    if record.status == "completed":
        # Completing went first: the later clear must have been refused as Locked.
        assert not refused
        assert unanswered == []
        assert [type(e) for e in errors] == [Locked]
    else:
        assert unanswered == ["G2-DEL-10"]
        assert errors == []
