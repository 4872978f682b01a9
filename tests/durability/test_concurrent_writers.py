"""Fifty writers on PostgreSQL, each with its own connection, lose no update.

Each increments the same child's record through harbour.children.services.child_update,
whose optimistic check (expected_version) turns a lost update into ConcurrentEditError;
the writer then reloads and tries again.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, connections
from django_scopes import scopes_disabled

from harbour.accounts.models import Organisation
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.children.services import ConcurrentEditError, child_create, child_update

WRITERS = 50
EACH = 4


@pytest.mark.slow
def test_fifty_concurrent_writers_lose_no_update(transactional_db) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite serialises writers by design")
    with scopes_disabled():
        org = Organisation.objects.create(
            name="Concurrency School", slug="concurrency", kind="school"
        )
        child = child_create(
            organisation=org,
            actor=None,
            data={
                "legal_first_name": "Cas",
                "legal_last_name": "Cade",
                "date_of_birth": "2016-01-01",
            },
        )
    successes: list[int] = []
    conflicts: list[int] = []
    failures: list[str] = []
    start = threading.Barrier(WRITERS)

    def writer(n: int) -> None:
        try:
            start.wait()
            done = 0
            with scopes_disabled():
                while done < EACH:
                    current = Child.objects.get(pk=child.pk)
                    try:
                        child_update(
                            child=current,
                            actor=None,
                            data={"safe_place": f"writer {n} step {done}"},
                            expected_version=current.version,
                        )
                    except ConcurrentEditError:
                        conflicts.append(n)
                        continue
                    done += 1
                    successes.append(n)
        except Exception as exc:  # noqa: BLE001 (reported below, with the writer)
            failures.append(f"writer {n}: {exc!r}")
        finally:
            connections.close_all()

    began = time.perf_counter()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - began
    assert not failures, failures[:5]
    with scopes_disabled():
        final = Child.objects.get(pk=child.pk)
        audited = AuditEntry.objects.filter(action="child.updated", child_id=child.pk).count()
    assert len(successes) == WRITERS * EACH
    assert final.version == 1 + len(successes)  # every increment is there, none lost
    assert audited == len(successes)
    print(f"PostgreSQL: {len(successes)} updates, {len(conflicts)} retries, {elapsed:.2f}s")
