"""Writes for levels of need, the services directory and referrals, each audited."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from harbour.accounts.actors import actor_name, saved_actor
from harbour.accounts.models import Organisation, User
from harbour.audit.services import audit_record, masked_changes
from harbour.children.models import Child
from harbour.guidance.library import load_library
from harbour.pathways.grouping import GROUPINGS, Suggestion
from harbour.pathways.models import NeedDecision, Referral, ReferralUpdate, Service

SERVICE_FIELDS = (
    "name",
    "offers",
    "groupings",
    "how_to_refer",
    "contact",
    "website",
    "locality",
    "timescale_days",
    "is_active",
)


def need_decide(
    *,
    child: Child,
    actor: User | None,
    grouping: str,
    rationale: str,
    suggestion: Suggestion | None = None,
    request: HttpRequest | None = None,
) -> NeedDecision:
    """Record the team's decision on the child's I-THRIVE grouping, with its rationale and
    the suggestion it was made against. Earlier decisions stay as history."""
    if grouping not in GROUPINGS:
        raise ValueError(f"Unknown grouping {grouping!r}.")
    if not rationale.strip():
        raise ValueError("Write the rationale for the decision.")
    with transaction.atomic():
        previous = (
            NeedDecision.objects.filter(organisation_id=child.organisation_id, child=child)
            .order_by("-decided_at", "-id")
            .values_list("grouping", flat=True)
            .first()
        )
        decision = NeedDecision.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            grouping=grouping,
            rationale=rationale.strip(),
            suggested_grouping=suggestion.grouping if suggestion else "",
            suggested_reasons=list(suggestion.reasons) if suggestion else [],
            decided_by=saved_actor(actor),
            decided_by_name=actor_name(actor),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="pathways.need.decided",
            obj=decision,
            child_id=child.pk,
            changes={"grouping": [previous, grouping]},
            request=request,
        )
    return decision


def services_seed(
    *, organisation: Organisation, actor: User | None, request: HttpRequest | None = None
) -> int:
    """Add the services named in the guidance that the directory does not hold yet.

    Each is added once (by its guidance id): edits, and services switched off, are kept.
    """
    with transaction.atomic():
        held = set(
            Service.objects.filter(organisation_id=organisation.pk)
            .exclude(guidance_id="")
            .values_list("guidance_id", flat=True)
        )
        library = load_library()
        if all(s.id in held for s in library.services):
            return 0
        rows = [
            Service(
                organisation=organisation,
                guidance_id=s.id,
                name=s.name,
                offers=s.offers,
                groupings=list(s.groupings),
                contact=s.contact,
                website=s.urls[0] if s.urls else "",
                locality=str(s.item.extra.get("area") or ""),
            )
            for s in library.services
            if s.id not in held
        ]
        Service.objects.bulk_create(rows)
        audit_record(
            organisation=organisation,
            actor=actor,
            action="pathways.services.seeded",
            changes={"services": [len(held), len(held) + len(rows)]},
            request=request,
        )
    return len(rows)


def service_save(
    *,
    organisation: Organisation,
    actor: User | None,
    data: dict[str, Any],
    service: Service | None = None,
    request: HttpRequest | None = None,
) -> Service:
    """Add a service to the directory, or change one."""
    unknown = set(data) - set(SERVICE_FIELDS)
    if unknown:
        raise ValueError(f"Unknown service fields: {', '.join(sorted(unknown))}")
    if any(g not in GROUPINGS for g in data.get("groupings", [])):
        raise ValueError("Unknown grouping.")
    with transaction.atomic():
        before = {f: getattr(service, f) for f in data} if service else None
        if service is None:
            service = Service.objects.create(organisation=organisation, **data)
        else:
            if service.organisation_id != organisation.pk:
                raise ValueError("The service belongs to another organisation.")
            for field, value in data.items():
                setattr(service, field, value)
            service.save(update_fields=list(data))
        audit_record(
            organisation=organisation,
            actor=actor,
            action="pathways.service.saved",
            obj=service,
            changes=masked_changes(before, {f: getattr(service, f) for f in data}),
            request=request,
        )
    return service


def referral_create(
    *,
    child: Child,
    actor: User | None,
    service: Service,
    reason: str = "",
    sent_on: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """Record a referral; a reply is due after the service's timescale."""
    if service.organisation_id != child.organisation_id:
        raise ValueError("The service must be in the child's organisation's directory.")
    sent_on = sent_on or timezone.localdate()
    with transaction.atomic():
        referral = Referral.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            service=service,
            sent_on=sent_on,
            due_by=sent_on + datetime.timedelta(days=service.timescale_days),
            by=saved_actor(actor),
            by_name=actor_name(actor),
            reason=reason.strip(),
        )
        ReferralUpdate.objects.create(
            organisation_id=child.organisation_id,
            referral=referral,
            status=Referral.Status.SENT,
            by_name=actor_name(actor),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="pathways.referral.created",
            obj=referral,
            child_id=child.pk,
            changes={"status": [None, Referral.Status.SENT]},
            request=request,
        )
    return referral


def referral_update(
    *,
    referral: Referral,
    actor: User | None,
    status: str,
    outcome: str = "",
    note: str = "",
    request: HttpRequest | None = None,
) -> Referral:
    """Move a referral on (acknowledged, accepted, declined, closed); history is kept."""
    if status not in Referral.Status.values:
        raise ValueError(f"Unknown status {status!r}.")
    with transaction.atomic():
        before = referral.status
        referral.status = status
        if outcome.strip():
            referral.outcome = outcome.strip()
        referral.updated_at = timezone.now()
        referral.save(update_fields=["status", "outcome", "updated_at"])
        ReferralUpdate.objects.create(
            organisation_id=referral.organisation_id,
            referral=referral,
            status=status,
            note=note.strip(),
            by_name=actor_name(actor),
        )
        audit_record(
            organisation=referral.organisation,
            actor=actor,
            action="pathways.referral.updated",
            obj=referral,
            child_id=referral.child_id,
            changes={"status": [before, status]},
            request=request,
        )
    return referral
