"""Fixtures for Harbour's Django tests.

Imports of Django models happen inside the fixtures, so the pure-Python test folders
(coach, guidance, cores) still run without Django (`pytest -p no:django`).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def world(db: None) -> Any:
    from tests.world import build_world

    return build_world()


@pytest.fixture
def client_for(world: Any) -> Any:
    from tests.world import signed_in_client

    def make(role: str) -> Any:
        return signed_in_client(world.members[role])

    return make


@pytest.fixture(autouse=True)
def _append_only_audit_in_tests(request: Any) -> Any:
    """Keep the audit trail append-only in every test, yet let transactional tests clean up.

    Tests that use a live server commit for real, and Django then empties every table with
    DELETE on SQLite, which the append-only trigger rightly refuses. So for those tests the
    trigger is lifted after the test body and put back before the next test.
    """
    names = set(request.fixturenames)
    if not names & {"db", "transactional_db", "live_server", "world"}:
        yield
        return
    transactional = bool(names & {"transactional_db", "live_server"})
    request.getfixturevalue("transactional_db" if transactional else "db")
    from django.db import connection

    sqlite = connection.vendor == "sqlite"
    if sqlite:
        _sqlite_triggers("forwards")
    yield
    if sqlite and transactional:
        _sqlite_triggers("backwards")


def _sqlite_triggers(direction: str) -> None:
    import importlib

    from django.db import connection

    migration = importlib.import_module("harbour.audit.migrations.0002_append_only")
    statements = migration.SQLITE if direction == "forwards" else migration.SQLITE_REVERSE
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS"))
