"""Writes for staff development: reflective practice and private wellbeing check-ins.

Training is recorded by `harbour.guidance.services.training_record_create` (one register).
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from harbour.accounts.models import Membership, User
from harbour.audit.services import audit_record
from harbour.staff.models import ReflectiveSession, WellbeingCheckIn


def reflective_session_create(
    *,
    membership: Membership,
    held_on: datetime.date,
    themes: str,
    will_try: str = "",
    facilitator: Membership | None = None,
    attendees: list[Membership] | None = None,
    actor: User,
    request: HttpRequest | None = None,
) -> ReflectiveSession:
    if held_on > timezone.localdate():
        raise ValueError("A session can't be recorded before it happens.")
    others = [m for m in [facilitator, *(attendees or [])] if m is not None]
    if any(m.organisation_id != membership.organisation_id for m in others):
        raise ValueError("Attendees must work in this organisation.")
    with transaction.atomic():
        session = ReflectiveSession.objects.create(
            organisation_id=membership.organisation_id,
            held_on=held_on,
            facilitator=facilitator,
            themes=themes.strip(),
            will_try=will_try.strip(),
            created_by=actor,
        )
        session.attendees.set(attendees or [])
        audit_record(
            organisation=membership.organisation,
            actor=actor,
            action="staff.reflective_group.recorded",
            obj=session,
            request=request,
        )
    return session


def wellbeing_checkin_create(
    *, membership: Membership, score: int, note: str = "", request: HttpRequest | None = None
) -> WellbeingCheckIn:
    """A private check-in. The trail records that one was made, never the score or note."""
    if score not in range(1, 6):
        raise ValueError("The score is from 1 to 5.")
    with transaction.atomic():
        entry = WellbeingCheckIn.objects.create(
            organisation_id=membership.organisation_id,
            membership=membership,
            score=score,
            note=note.strip(),
        )
        audit_record(
            organisation=membership.organisation,
            actor=membership.user,
            action="staff.wellbeing.recorded",
            request=request,
        )
    return entry
