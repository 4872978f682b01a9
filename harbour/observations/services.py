"""Every write to an observation goes through these functions.

Each runs in one transaction and writes its audit entries in it: one per child the
observation is about, so each child's trail is complete on its own. Edits keep the
previous values as an `ObservationRevision`; deleting only marks the observation deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from harbour.accounts.actors import saved_actor
from harbour.accounts.models import Organisation, User
from harbour.audit.models import AuditEntry
from harbour.audit.services import audit_record, client_ip, masked_changes
from harbour.children.models import Child
from harbour.notifications.models import Kind as NotificationKind
from harbour.notifications.services import notify_designated
from harbour.observations import vocabulary
from harbour.observations.history import OBSERVATION_FIELDS, snapshot
from harbour.observations.models import (
    ChildRole,
    Observation,
    ObservationChild,
    ObservationRevision,
    ObservationSetting,
)

ChildParts = Sequence[tuple[Child, str]]  # (child, ChildRole value)


class ConcurrentEditError(Exception):
    """Someone else saved this observation after you opened it."""

    def __init__(self, current: Observation) -> None:
        super().__init__("This observation was changed by someone else after you opened it.")
        self.current = current


def _check_fields(data: dict[str, Any]) -> None:
    unknown = set(data) - set(OBSERVATION_FIELDS)
    if unknown:
        raise ValueError(f"Unknown observation fields: {', '.join(sorted(unknown))}")
    occurred_at = data.get("occurred_at")
    if occurred_at is not None and timezone.is_naive(occurred_at):
        raise ValueError("occurred_at must be timezone-aware.")


def _check_children(organisation_id: int, children: ChildParts) -> None:
    if not children:
        raise ValueError("An observation is about at least one child.")
    for child, role in children:
        if child.organisation_id != organisation_id:
            raise ValueError("Every child must belong to the observation's organisation.")
        if role not in ChildRole.values:
            raise ValueError(f"Unknown role {role!r}.")
    if len({child.pk for child, _ in children}) != len(children):
        raise ValueError("Each child appears once.")


def _audit_each_child(
    *,
    organisation: Organisation,
    actor: User | None,
    action: str,
    observation: Observation,
    child_ids: Sequence[int],
    changes: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> None:
    for child_id in sorted(set(child_ids)):
        audit_record(
            organisation=organisation,
            actor=actor,
            action=action,
            obj=observation,
            child_id=child_id,
            changes=changes,
            request=request,
        )


def _raise_safeguarding(
    observation: Observation, request: HttpRequest | None, actor: User | None = None
) -> None:
    # The hand-over to safeguarding: one concern per focus child (every child when none is
    # the focus), then one content-free notification to every designated member.
    from harbour.safeguarding.services import concern_raise

    links = ObservationChild.objects.filter(
        organisation_id=observation.organisation_id, observation=observation
    ).select_related("child")
    chosen = [link.child for link in links if link.role == ChildRole.FOCUS] or [
        link.child for link in links
    ]
    for child in chosen:
        concern_raise(
            organisation=observation.organisation,
            actor=actor,
            child=child,
            summary="Safeguarding concern ticked on an observation",
            details=observation.what_happened,
            observation=observation,
            notify=False,
            request=request,
        )
    url = reverse("observations:detail", kwargs={"observation_id": observation.pk})
    base = f"{request.scheme}://{request.get_host()}" if request is not None else ""
    notify_designated(
        organisation=observation.organisation,
        kind=NotificationKind.SAFEGUARDING_CONCERN,
        url=url,
        link_base=base,
    )


def observation_create(
    *,
    organisation: Organisation,
    actor: User | None,
    children: ChildParts,
    data: dict[str, Any],
    request: HttpRequest | None = None,
) -> Observation:
    """Log one observation about one or more children, each with their own part in it."""
    _check_fields(data)
    _check_children(organisation.pk, children)
    with transaction.atomic():
        now = timezone.now()
        fields = {"occurred_at": now, **data}
        observation = Observation.objects.create(
            organisation=organisation,
            recorded_by=saved_actor(actor),
            created_at=now,
            updated_at=now,
            **fields,
        )
        ObservationChild.objects.bulk_create(
            [
                ObservationChild(
                    organisation=organisation, observation=observation, child=child, role=role
                )
                for child, role in children
            ]
        )
        after = snapshot(observation, {child.pk: role for child, role in children})
        _audit_each_child(
            organisation=organisation,
            actor=actor,
            action="observation.created",
            observation=observation,
            child_ids=[child.pk for child, _ in children],
            changes=masked_changes(None, after),
            request=request,
        )
        if observation.safeguarding:
            _raise_safeguarding(observation, request, actor)
    return observation


def observation_update(
    *,
    observation: Observation,
    actor: User | None,
    data: dict[str, Any],
    children: ChildParts | None = None,
    expected_version: int,
    request: HttpRequest | None = None,
) -> Observation:
    """Apply `data` (and the children's parts, if given), keeping the previous values.

    Refuses with ConcurrentEditError if someone saved since the editor loaded
    `expected_version`.
    """
    organisation_id = observation.organisation_id
    parts_before = dict(
        ObservationChild.objects.filter(
            organisation_id=organisation_id, observation=observation
        ).values_list("child_id", "role")
    )
    _check_fields(data)
    children_list = list(children or [])
    if children is not None:
        _check_children(organisation_id, children_list)
    with transaction.atomic():
        now = timezone.now()
        updated = Observation.objects.filter(
            pk=observation.pk,
            organisation_id=organisation_id,
            version=expected_version,
            deleted_at__isnull=True,
        ).update(**data, version=expected_version + 1, updated_at=now)
        if updated == 0:
            raise ConcurrentEditError(
                Observation.objects.get(pk=observation.pk, organisation_id=organisation_id)
            )
        before = snapshot(observation, parts_before)
        ObservationRevision.objects.create(
            organisation_id=organisation_id,
            observation=observation,
            version=expected_version,
            data=before,
            changed_by=saved_actor(actor),
            changed_at=now,
        )
        parts_after = dict(parts_before)
        if children is not None:
            parts_after = {child.pk: role for child, role in children_list}
            ObservationChild.objects.filter(
                organisation_id=organisation_id, observation=observation
            ).exclude(child_id__in=list(parts_after)).delete()
            for child, role in children_list:
                ObservationChild.objects.update_or_create(
                    organisation_id=organisation_id,
                    observation=observation,
                    child=child,
                    defaults={"role": role},
                )
        was_safeguarding = observation.safeguarding
        observation.refresh_from_db()
        after = snapshot(observation, parts_after)
        changes = masked_changes(before, after)
        changes["version"] = [expected_version, observation.version]
        _audit_each_child(
            organisation=observation.organisation,
            actor=actor,
            action="observation.updated",
            observation=observation,
            child_ids=[*parts_before, *parts_after],
            changes=changes,
            request=request,
        )
        if observation.safeguarding and not was_safeguarding:
            _raise_safeguarding(observation, request, actor)
    return observation


def _child_ids(observation: Observation) -> list[int]:
    return list(
        ObservationChild.objects.filter(
            organisation_id=observation.organisation_id, observation=observation
        ).values_list("child_id", flat=True)
    )


def observation_delete(
    *, observation: Observation, actor: User | None, request: HttpRequest | None = None
) -> Observation:
    """Soft delete: hidden from everyone but the lead, who sees who deleted it and when."""
    with transaction.atomic():
        now = timezone.now()
        Observation.objects.filter(
            pk=observation.pk, organisation_id=observation.organisation_id
        ).update(
            deleted_at=now,
            deleted_by=saved_actor(actor),
            updated_at=now,
        )
        observation.refresh_from_db()
        _audit_each_child(
            organisation=observation.organisation,
            actor=actor,
            action="observation.deleted",
            observation=observation,
            child_ids=_child_ids(observation),
            changes={"deleted": [False, True]},
            request=request,
        )
    return observation


def observation_restore(
    *, observation: Observation, actor: User | None, request: HttpRequest | None = None
) -> Observation:
    with transaction.atomic():
        Observation.objects.filter(
            pk=observation.pk, organisation_id=observation.organisation_id
        ).update(deleted_at=None, deleted_by=None, updated_at=timezone.now())
        observation.refresh_from_db()
        _audit_each_child(
            organisation=observation.organisation,
            actor=actor,
            action="observation.restored",
            observation=observation,
            child_ids=_child_ids(observation),
            changes={"deleted": [True, False]},
            request=request,
        )
    return observation


def observation_safeguarding_viewed(
    *, observation: Observation, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Record that someone read a safeguarding-ticked observation's content."""
    with transaction.atomic():
        now = timezone.now()
        actor_id = actor.pk if actor is not None and actor.pk else None
        AuditEntry.objects.bulk_create(
            [
                AuditEntry(
                    at=now,
                    organisation_id=observation.organisation_id,
                    actor_id=actor_id,
                    actor_label=str(actor) if actor is not None else "system",
                    action="observation.safeguarding.viewed",
                    object_type=Observation._meta.label_lower,
                    object_id=str(observation.pk),
                    child_id=child_id,
                    ip_address=client_ip(request),
                )
                for child_id in sorted(_child_ids(observation))
            ]
        )


# --- The organisation's settings (where things happen) -----------------------------------


def setting_create(
    *,
    organisation: Organisation,
    actor: User | None,
    label: str,
    request: HttpRequest | None = None,
) -> ObservationSetting:
    """Add a place or time of day to the organisation's list (or show a hidden one again)."""
    label = " ".join(label.split())[:60]
    slug = slugify(label)[:60]
    if not slug:
        raise ValueError("A setting needs a name with letters or numbers in it.")
    with transaction.atomic():
        setting, created = ObservationSetting.objects.get_or_create(
            organisation=organisation, slug=slug, defaults={"label": label}
        )
        if not created:
            setting.label, setting.is_hidden = label, False
            setting.save(update_fields=["label", "is_hidden"])
        audit_record(
            organisation=organisation,
            actor=actor,
            action="observation.setting.created",
            obj=setting,
            changes={"setting": [None, slug]},
            request=request,
        )
    return setting


def setting_set_hidden(
    *,
    organisation: Organisation,
    actor: User | None,
    slug: str,
    hidden: bool,
    request: HttpRequest | None = None,
) -> ObservationSetting:
    """Hide a setting from the quick log (observations that used it keep their label)."""
    with transaction.atomic():
        setting = ObservationSetting.objects.filter(
            organisation_id=organisation.pk, slug=slug
        ).first()
        if setting is None:
            label = vocabulary.default_label(organisation, slug)
            if label is None:
                raise ValueError(f"No setting {slug!r} here.")
            setting = ObservationSetting.objects.create(
                organisation=organisation, slug=slug, label=label, is_hidden=hidden
            )
        else:
            setting.is_hidden = hidden
            setting.save(update_fields=["is_hidden"])
        audit_record(
            organisation=organisation,
            actor=actor,
            action="observation.setting.updated",
            obj=setting,
            changes={"setting": [slug, slug], "is_active": [hidden, not hidden]},
            request=request,
        )
    return setting
