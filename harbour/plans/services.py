"""Every write to a support plan goes through these functions.

Each runs in one transaction with its audit entry. Saving names the version the editor
started from; if someone else saved since, nothing is written and `PlanConflict` carries
the version that is current now, so the editor can compare and merge instead of silently
overwriting a colleague.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from harbour.accounts.actors import saved_actor
from harbour.accounts.models import User
from harbour.audit.services import audit_record
from harbour.children.models import Child
from harbour.children.services import ConcurrentEditError
from harbour.plans.content import PROGRESS_SCALE, default_review_days, normalise
from harbour.plans.models import Plan, PlanReview, PlanVersion


class PlanConflict(ConcurrentEditError):
    """Someone saved the plan after you opened it; `current` is the version now in force."""


def plan_create(
    *,
    child: Child,
    actor: User | None,
    content: dict[str, Any],
    review_interval_days: int | None = None,
    request: HttpRequest | None = None,
) -> Plan:
    """Start a child's plan at version 1. A child has one plan; a second start conflicts."""
    with transaction.atomic():
        existing = Plan.objects.filter(organisation_id=child.organisation_id, child=child).first()
        if existing is not None:
            raise PlanConflict(existing.current())
        days = review_interval_days or default_review_days(child.organisation)
        now = timezone.now()
        plan = Plan.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            current_version=1,
            review_interval_days=days,
            next_review_on=timezone.localdate() + datetime.timedelta(days=days),
            created_at=now,
            updated_at=now,
        )
        PlanVersion.objects.create(
            organisation_id=child.organisation_id,
            plan=plan,
            number=1,
            content=normalise(content),
            saved_by=saved_actor(actor),
            saved_at=now,
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="plan.created",
            obj=plan,
            child_id=child.pk,
            changes={"version": [None, 1]},
            request=request,
        )
    return plan


def plan_save(
    *,
    plan: Plan,
    actor: User | None,
    content: dict[str, Any],
    base_version: int,
    review_interval_days: int | None = None,
    note: str = "",
    request: HttpRequest | None = None,
) -> PlanVersion:
    """Save a new version on top of `base_version`, or raise `PlanConflict`."""
    with transaction.atomic():
        now = timezone.now()
        changes: dict[str, Any] = {}
        # The conditional update is the lock: of two saves from the same base, exactly one
        # moves the counter on; the other updates nothing and conflicts.
        updated = Plan.objects.filter(
            pk=plan.pk, organisation_id=plan.organisation_id, current_version=base_version
        ).update(current_version=base_version + 1, updated_at=now)
        if updated == 0:
            plan.refresh_from_db()
            raise PlanConflict(plan.current())
        plan.refresh_from_db()
        if review_interval_days and review_interval_days != plan.review_interval_days:
            changes["review_interval_days"] = [plan.review_interval_days, review_interval_days]
            plan.review_interval_days = review_interval_days
            plan.save(update_fields=["review_interval_days"])
        version = PlanVersion.objects.create(
            organisation_id=plan.organisation_id,
            plan=plan,
            number=base_version + 1,
            content=normalise(content),
            note=note[:200],
            saved_by=saved_actor(actor),
            saved_at=now,
        )
        changes["version"] = [base_version, version.number]
        audit_record(
            organisation=plan.organisation,
            actor=actor,
            action="plan.version.saved",
            obj=version,
            child_id=plan.child_id,
            changes=changes,
            request=request,
        )
    return version


def plan_review_record(
    *,
    plan: Plan,
    actor: User | None,
    held_on: datetime.date,
    attended: str,
    goal_progress: list[dict[str, Any]],
    what_changed: str,
    child_views: str,
    parent_views: str,
    next_review_on: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> PlanReview:
    """Record a review and schedule the next one (by default one interval after this one)."""
    for row in goal_progress:
        if row.get("rating") not in dict(PROGRESS_SCALE):
            raise ValueError("Progress is rated 1 to 4.")
    with transaction.atomic():
        next_on = next_review_on or held_on + datetime.timedelta(days=plan.review_interval_days)
        review = PlanReview.objects.create(
            organisation_id=plan.organisation_id,
            plan=plan,
            plan_version=plan.current_version,
            held_on=held_on,
            attended=attended,
            goal_progress=[
                {"goal": str(r["goal"]), "rating": int(r["rating"])} for r in goal_progress
            ],
            what_changed=what_changed,
            child_views=child_views,
            parent_views=parent_views,
            next_review_on=next_on,
            recorded_by=saved_actor(actor),
        )
        Plan.objects.filter(pk=plan.pk, organisation_id=plan.organisation_id).update(
            next_review_on=next_on, updated_at=timezone.now()
        )
        plan.next_review_on = next_on
        audit_record(
            organisation=plan.organisation,
            actor=actor,
            action="plan.review.created",
            obj=review,
            child_id=plan.child_id,
            changes={"review_due": [None, str(next_on)]},
            request=request,
        )
    return review
