"""Every service that changes a child's record writes exactly one audit entry.

The test finds every public function in every `harbour/*/services.py` itself; a new service
without a call below fails the suite, so no write can slip past the audit trail.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from django.db import DatabaseError, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

import harbour
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.audit.services import MASK
from harbour.children import services as children
from harbour.children.models import KeyAdult
from tests.world import World

# Modules whose functions are not child-record writes.
NOT_CHILD_WRITES = {"harbour.audit.services"}


def service_functions() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for module_info in pkgutil.walk_packages(harbour.__path__, "harbour."):
        if not module_info.name.endswith(".services") or module_info.name in NOT_CHILD_WRITES:
            continue
        module = importlib.import_module(module_info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                found[f"{module.__name__}.{name}"] = fn
    return found


def calls(world: World) -> dict[str, tuple[str, Callable[[], Any]]]:
    """service path -> (expected action code, a call that performs one write)."""
    lead = world.user(Role.LEAD)
    child = world.child_a
    dob = datetime.date(2016, 5, 4)
    return {
        "harbour.children.services.child_create": (
            "child.created",
            lambda: children.child_create(
                organisation=world.org_a,
                actor=lead,
                data={"legal_first_name": "Cara", "legal_last_name": "Cedar", "date_of_birth": dob},
            ),
        ),
        "harbour.children.services.child_update": (
            "child.updated",
            lambda: children.child_update(
                child=child,
                actor=lead,
                data={"safe_place": "The library"},
                expected_version=child.version,
            ),
        ),
        "harbour.children.services.key_adult_add": (
            "child.key_adult.added",
            lambda: children.key_adult_add(
                child=child, membership=world.members[Role.DESIGNATED], actor=lead
            ),
        ),
        "harbour.children.services.key_adult_remove": (
            "child.key_adult.removed",
            lambda: children.key_adult_remove(
                key_adult=KeyAdult.objects.get(pk=world.key_adult_a.pk), actor=lead
            ),
        ),
        "harbour.children.services.child_share_create": (
            "child.share.created",
            lambda: children.child_share_create(
                child=child,
                membership=world.members[Role.PROFESSIONAL],
                expires_on=timezone.localdate() + datetime.timedelta(days=7),
                reason="",
                actor=lead,
            ),
        ),
    }


def test_every_service_is_covered_by_this_test(world) -> None:
    missing = sorted(set(service_functions()) - set(calls(world)))
    assert not missing, f"Add these services to the audit completeness test: {missing}"


@pytest.mark.parametrize("path", sorted(service_functions()))
def test_each_service_writes_one_audit_entry(world, path: str) -> None:
    action, call = calls(world)[path]
    with scopes_disabled():
        before = AuditEntry.objects.count()
        call()
        entries = list(AuditEntry.objects.order_by("-id")[: AuditEntry.objects.count() - before])
    assert len(entries) == 1, f"{path} wrote {len(entries)} audit entries"
    entry = entries[0]
    assert entry.action == action
    assert entry.organisation_id == world.org_a.pk
    assert entry.child_id == world.child_a.pk or action == "child.created"
    assert entry.actor_id == world.user(Role.LEAD).pk
    assert entry.at.tzinfo is not None


def test_sensitive_values_are_masked_in_the_trail(world) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=None,
            data={"safe_place": "Secret garden", "year_group": 4},
            expected_version=world.child_a.version,
        )
        entry = AuditEntry.objects.filter(action="child.updated").latest("id")
    assert entry.changes["safe_place"][1] == MASK
    assert "Secret garden" not in str(entry.changes)
    assert entry.changes["year_group"] == [3, 4]


def test_audit_entries_cannot_be_changed_or_deleted(world) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=None,
            data={"safe_place": "x"},
            expected_version=world.child_a.version,
        )
        entry = AuditEntry.objects.latest("id")
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).update(action="tampered.entry")
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).delete()
        assert AuditEntry.objects.get(pk=entry.pk).action == "child.updated"


def test_a_failed_write_leaves_no_audit_entry(world) -> None:
    with scopes_disabled():
        before = AuditEntry.objects.count()
        with pytest.raises(children.ConcurrentEditError):
            children.child_update(
                child=world.child_a,
                actor=None,
                data={"safe_place": "x"},
                expected_version=world.child_a.version + 5,
            )
        assert AuditEntry.objects.count() == before


def test_the_lead_can_browse_and_filter_the_trail(world, client_for) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=world.user(Role.LEAD),
            data={"safe_place": "y"},
            expected_version=world.child_a.version,
        )
    page = client_for(Role.LEAD).get("/audit/?action=child.updated")
    assert page.status_code == 200
    assert b"child.updated" in page.content
    assert b"child.created" not in client_for(Role.LEAD).get("/audit/?action=child.upd").content
