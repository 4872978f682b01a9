"""Every change to a child's record goes through these functions.

Each runs in one transaction and writes its audit entry in the same transaction, so a change
and its audit line land together or not at all.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from harbour.accounts.models import Membership, Organisation, User
from harbour.audit.services import audit_record, masked_changes
from harbour.children.models import Child, ChildShare, KeyAdult

CHILD_FIELDS = (
    "upn",
    "legal_first_name",
    "legal_last_name",
    "preferred_name",
    "date_of_birth",
    "year_group",
    "placement_start",
    "left_on",
    "safe_place",
    "what_helps_me_calm",
)


class ConcurrentEditError(Exception):
    """Someone else saved this record after you opened it."""

    def __init__(self, current: Any) -> None:
        super().__init__("This record was changed by someone else after you opened it.")
        self.current = current


def _snapshot(child: Child) -> dict[str, Any]:
    return {name: getattr(child, name) for name in CHILD_FIELDS}


def child_create(
    *,
    organisation: Organisation,
    actor: User | None,
    data: dict[str, Any],
    request: HttpRequest | None = None,
) -> Child:
    unknown = set(data) - set(CHILD_FIELDS)
    if unknown:
        raise ValueError(f"Unknown child fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        child = Child.objects.create(organisation=organisation, **data)
        audit_record(
            organisation=organisation,
            actor=actor,
            action="child.created",
            obj=child,
            child_id=child.pk,
            changes=masked_changes(None, _snapshot(child)),
            request=request,
        )
    return child


def child_update(
    *,
    child: Child,
    actor: User | None,
    data: dict[str, Any],
    expected_version: int,
    request: HttpRequest | None = None,
) -> Child:
    """Apply `data`; refuse if the record moved on since the editor loaded `expected_version`."""
    unknown = set(data) - set(CHILD_FIELDS)
    if unknown:
        raise ValueError(f"Unknown child fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        before = _snapshot(child)
        now = timezone.now()
        updated = Child.objects.filter(
            pk=child.pk, organisation_id=child.organisation_id, version=expected_version
        ).update(**data, version=expected_version + 1, updated_at=now)
        if updated == 0:
            raise ConcurrentEditError(
                Child.objects.get(pk=child.pk, organisation_id=child.organisation_id)
            )
        child.refresh_from_db()
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="child.updated",
            obj=child,
            child_id=child.pk,
            changes=masked_changes(before, _snapshot(child)),
            request=request,
        )
    return child


def key_adult_add(
    *,
    child: Child,
    membership: Membership,
    actor: User | None,
    request: HttpRequest | None = None,
) -> KeyAdult:
    if membership.organisation_id != child.organisation_id:
        raise ValueError("A key adult must work in the child's organisation.")
    with transaction.atomic():
        key_adult, _ = KeyAdult.objects.get_or_create(
            organisation_id=child.organisation_id, child=child, membership=membership
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="child.key_adult.added",
            obj=key_adult,
            child_id=child.pk,
            request=request,
        )
    return key_adult


def key_adult_remove(
    *, key_adult: KeyAdult, actor: User | None, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        child_id, organisation = key_adult.child_id, key_adult.child.organisation
        audit_record(
            organisation=organisation,
            actor=actor,
            action="child.key_adult.removed",
            obj=key_adult,
            child_id=child_id,
            request=request,
        )
        key_adult.delete()


def child_share_create(
    *,
    child: Child,
    membership: Membership,
    expires_on: datetime.date,
    reason: str,
    actor: User | None,
    request: HttpRequest | None = None,
) -> ChildShare:
    if membership.organisation_id != child.organisation_id:
        raise ValueError("A child can only be shared with a professional in the same organisation.")
    if expires_on < timezone.localdate():
        raise ValueError("The share must end today or later.")
    with transaction.atomic():
        share = ChildShare.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            membership=membership,
            expires_on=expires_on,
            reason=reason,
            shared_by=actor,
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="child.share.created",
            obj=share,
            child_id=child.pk,
            changes={"expires_on": [None, str(expires_on)]},
            request=request,
        )
    return share
