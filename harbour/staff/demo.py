"""Demo staff development: a training register, reflective sessions, wellbeing entries.

Idempotent (each record found by a stable key first) and written straight to the tables.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from harbour.accounts.models import Membership, Organisation
from harbour.accounts.roles import SETTING_STAFF_ROLES
from harbour.guidance.models import Intervention, TrainingRecord
from harbour.staff.models import ReflectiveSession, WellbeingCheckIn

SESSIONS = [
    (
        "Feeling rejected when a child pushes us away; staying curious rather than taking it "
        "personally.",
        "Name our own feeling to a colleague before responding; try 'I wonder if…' statements.",
    ),
    (
        "Lunchtimes: noise, transitions and our own tiredness at the end of the morning.",
        "A calm adult at the hall door; two minutes of breathing for staff before lunch duty.",
    ),
    (
        "Playfulness when we feel worn out: what gets in the way?",
        "One light moment per day with a child we find hard; share how it went next time.",
    ),
]


def build_demo_staff(orgs: dict[str, Organisation], today: datetime.date) -> int:
    rng = random.Random(20261125)  # noqa: S311 - synthetic data
    pace = Intervention.objects.filter(slug="pace", organisation__isnull=True).first()
    made = 0
    for org in orgs.values():
        if org.group_id is None:  # the trust's settings only
            continue
        staff = list(
            Membership.objects.filter(organisation=org, role__in=SETTING_STAFF_ROLES).order_by("id")
        )
        for index, member in enumerate(staff):
            if index % 4 == 3:  # most, not all, are trained
                continue
            _record, created = TrainingRecord.objects.get_or_create(
                organisation=org,
                membership=member,
                course="PACE half-day introduction",
                defaults={
                    "intervention": pace,
                    "completed_on": today - datetime.timedelta(days=30 + 40 * index),
                    "hours": Decimal("3.5"),
                    "provider": "Local authority educational psychology service",
                },
            )
            made += int(created)
        if not ReflectiveSession.objects.filter(organisation=org).exists() and staff:
            for n, (themes, will_try) in enumerate(SESSIONS):
                session = ReflectiveSession.objects.create(
                    organisation=org,
                    held_on=today - datetime.timedelta(days=14 + 28 * n),
                    facilitator=staff[0],
                    themes=themes,
                    will_try=will_try,
                )
                session.attendees.set(staff)
                made += 1
        if not WellbeingCheckIn.objects.filter(organisation=org).exists():
            now = timezone.now()
            rows = [
                WellbeingCheckIn(
                    organisation=org,
                    membership=member,
                    score=rng.choice([2, 3, 3, 4, 4, 5]),
                    created_at=now - datetime.timedelta(weeks=week, days=rng.randrange(3)),
                )
                for week in range(6)
                for member in staff
            ]
            WellbeingCheckIn.objects.bulk_create(rows)
            made += len(rows)
    return made
