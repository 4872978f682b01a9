"""SQLite under concurrent writers, and after the writing process is killed mid-write.

Both run in child processes against a file in tmp_path, opened with the connection options
of harbour/settings.py, not the test database.
"""

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
from django.db import connection

from tests.durability.conftest import ROOT, harbour_env

WORKER = Path(__file__).with_name("sqlite_worker.py")

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="SQLite durability: the suite runs on SQLite"
)


def test_eight_threads_of_two_hundred_writes_never_see_database_is_locked(tmp_path) -> None:
    env = harbour_env(tmp_path, HARBOUR_SQLITE_PATH=str(tmp_path / "busy.sqlite3"))
    result = subprocess.run(
        [sys.executable, str(WORKER), "threads", "8", "200"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["error_count"] == 0, summary["errors"]
    assert summary["rows"] == 8 * 200
    print(f"SQLite: 1600 writes in {summary['seconds']:.2f}s ({1600 / summary['seconds']:.0f}/s)")


def test_a_process_killed_mid_write_loses_no_acknowledged_write(tmp_path) -> None:
    path = tmp_path / "killed.sqlite3"
    env = harbour_env(tmp_path, HARBOUR_SQLITE_PATH=str(path))
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), "loop"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[int] = []
    try:
        deadline = time.monotonic() + 60
        assert worker.stdout is not None
        while len(acknowledged) < 300 and time.monotonic() < deadline:
            line = worker.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        out, err = worker.communicate(timeout=30)
    acknowledged += [int(line) for line in out.split()]  # acknowledged before the kill landed
    assert len(acknowledged) >= 300, err
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM durability_write")}
    finally:
        db.close()
    missing = set(acknowledged) - stored
    assert not missing, f"{len(missing)} acknowledged writes lost"


def test_the_real_settings_use_wal_and_full_sync(db) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
