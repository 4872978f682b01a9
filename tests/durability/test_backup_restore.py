"""`harbour backup` and `harbour restore` round-trip the database the suite runs on.

SQLite by default; PostgreSQL when DATABASE_URL is set (two scratch databases are made on
that server and dropped afterwards). Every table's row count and content hash must match.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.durability.conftest import harbour, harbour_env

# Made again by `migrate` with their own ids, or not backed up at all.
NOT_COMPARED = {"django_migrations", "django_content_type", "auth_permission", "django_session"}


class Target:
    def __init__(self, tmp_path: Path, name: str) -> None:
        self.tmp_path = tmp_path
        self.name = name
        self.url = os.environ.get("DATABASE_URL", "")
        if self.url:
            self.db = f"harbour_{name}_{uuid.uuid4().hex[:8]}"
            with _admin() as cursor:
                cursor.execute(f'CREATE DATABASE "{self.db}"')
            base = self.url.rsplit("/", 1)[0]
            self.env = harbour_env(tmp_path, DATABASE_URL=f"{base}/{self.db}")
        else:
            self.path = tmp_path / f"{name}.sqlite3"
            self.env = harbour_env(tmp_path, HARBOUR_SQLITE_PATH=str(self.path))

    def run(self, *args: str) -> Any:
        return harbour(self.env, *args)

    def rows(self) -> dict[str, tuple[int, str]]:
        """Row count and a content hash per table."""
        if self.url:
            import psycopg

            with psycopg.connect(self.env["DATABASE_URL"]) as db:
                tables = [
                    r[0]
                    for r in db.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    )
                ]
                return {
                    t: _digest(db.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall())  # noqa: S608
                    for t in tables
                    if t not in NOT_COMPARED
                }  # noqa: S608
        db = sqlite3.connect(self.path)
        try:
            tables = [
                r[0]
                for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
                if not r[0].startswith("sqlite_")
            ]
            return {
                t: _digest(db.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall())  # noqa: S608
                for t in tables
                if t not in NOT_COMPARED
            }  # noqa: S608
        finally:
            db.close()

    def drop(self) -> None:
        if self.url:
            with _admin() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')


def _digest(rows: list[tuple[Any, ...]]) -> tuple[int, str]:
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def _admin() -> Any:
    import contextlib

    import psycopg

    @contextlib.contextmanager
    def cursor() -> Iterator[Any]:
        with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as db:
            yield db.cursor()

    return cursor()


@pytest.fixture
def targets(tmp_path: Path) -> Iterator[tuple[Target, Target]]:
    source, empty = Target(tmp_path, "source"), Target(tmp_path, "empty")
    try:
        yield source, empty
    finally:
        source.drop()
        empty.drop()


@pytest.mark.slow
def test_backup_and_restore_round_trip_every_table(targets, tmp_path) -> None:
    source, empty = targets
    for target in (source, empty):
        result = target.run("migrate", "--noinput")
        assert result.returncode == 0, result.stderr
    result = source.run("demo")
    assert result.returncode == 0, result.stderr
    before = source.rows()
    assert before["audit_auditentry"][0] > 0 and before["children_child"][0] > 0

    backup = tmp_path / "harbour.backup"
    result = source.run("backup", str(backup))
    assert result.returncode == 0, result.stderr
    result = empty.run("restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert empty.rows() == before

    # Restoring over data is refused, and nothing changes.
    result = empty.run("restore", str(backup))
    assert result.returncode != 0 and "already holds data" in result.stderr
    assert empty.rows() == before


def test_restore_refuses_a_wrong_or_damaged_file_and_writes_nothing(targets, tmp_path) -> None:
    _source, empty = targets
    assert empty.run("migrate", "--noinput").returncode == 0
    before = empty.rows()
    wrong = tmp_path / "notes.txt"
    wrong.write_text("hello")
    cut = tmp_path / "cut.backup"
    cut.write_bytes(b'{"format": "harbour-backup", "version": 1, "tables": {"accounts.user": [')
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    for path, message in (
        (wrong, "not a Harbour backup"),
        (cut, "damaged or cut short"),
        (tmp_path / "missing.backup", "No backup file"),
        (damaged, "SQLite" if empty.url else "damaged"),
    ):
        result = empty.run("restore", str(path))
        assert result.returncode != 0, path
        assert message in result.stderr, (path, result.stderr)
    assert empty.rows() == before
