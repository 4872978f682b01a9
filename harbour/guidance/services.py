"""Writes to an organisation's own catalogue, feedback and training. Each is audited."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify

from harbour.accounts.models import Membership, Organisation, User
from harbour.audit.services import audit_record
from harbour.guidance.models import Intervention, InterventionFeedback, TrainingRecord


def intervention_create(
    *,
    organisation: Organisation,
    actor: User,
    title: str,
    summary: str,
    sections: dict[str, str],
    request: HttpRequest | None = None,
) -> Intervention:
    base = slugify(title)[:70] or "intervention"
    slug, n = base, 1
    with transaction.atomic():
        while Intervention.objects.filter(organisation=organisation, slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        intervention = Intervention.objects.create(
            organisation=organisation,
            slug=slug,
            title=title,
            summary=summary,
            sections={k: v for k, v in sections.items() if v},
            created_by=actor,
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="guidance.intervention.created",
            obj=intervention,
            request=request,
        )
    return intervention


def intervention_feedback_create(
    *,
    intervention: Intervention,
    membership: Membership,
    rating: int,
    comment: str,
    request: HttpRequest | None = None,
) -> InterventionFeedback:
    if not 1 <= rating <= 5:
        raise ValueError("A rating is from 1 to 5.")
    with transaction.atomic():
        feedback = InterventionFeedback.objects.create(
            organisation_id=membership.organisation_id,
            intervention=intervention,
            membership=membership,
            rating=rating,
            comment=comment,
        )
        audit_record(
            organisation=membership.organisation,
            actor=membership.user,
            action="guidance.feedback.created",
            obj=feedback,
            request=request,
        )
    return feedback


def training_record_create(
    *,
    membership: Membership,
    course: str,
    completed_on: datetime.date,
    intervention: Intervention | None = None,
    hours: Decimal | None = None,
    provider: str = "",
    request: HttpRequest | None = None,
) -> TrainingRecord:
    if completed_on > timezone.localdate():
        raise ValueError("Training can't be completed in the future.")
    with transaction.atomic():
        record = TrainingRecord.objects.create(
            organisation_id=membership.organisation_id,
            membership=membership,
            intervention=intervention,
            course=course,
            completed_on=completed_on,
            hours=hours,
            provider=provider,
        )
        audit_record(
            organisation=membership.organisation,
            actor=membership.user,
            action="staff.training.recorded",
            obj=record,
            request=request,
        )
    return record
