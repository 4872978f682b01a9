"""The safeguarding and pathways part of the test world (kept apart from world.py)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from harbour.accounts.roles import Role


def add_safeguarding(world: Any) -> None:
    from harbour.pathways import services as pathways
    from harbour.safeguarding import services as safeguarding
    from tests.world import CANARY

    staff = world.user(Role.STAFF)
    world.concern_a = safeguarding.concern_raise(
        organisation=world.org_a,
        actor=staff,
        child=world.child_a,
        summary="Ada said she was scared to go home",
        details="At lunch, to me, unprompted.",
        notify=False,
    )
    safeguarding.concern_raise(
        organisation=world.org_b,
        actor=world.outsider.user,
        child=world.child_b,
        summary=f"{CANARY} concern",
        details=CANARY,
        notify=False,
    )
    world.service_a = pathways.service_save(
        organisation=world.org_a,
        actor=None,
        data={"name": "Early help hub", "groupings": ["getting-help"], "timescale_days": 10},
    )
    b_service = pathways.service_save(
        organisation=world.org_b,
        actor=None,
        data={"name": f"{CANARY} service", "groupings": ["getting-help"]},
    )
    world.referral_a = pathways.referral_create(
        child=world.child_a,
        actor=world.user(Role.DESIGNATED),
        service=world.service_a,
        reason="Family support",
        sent_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    pathways.referral_create(
        child=world.child_b, actor=world.outsider.user, service=b_service, reason=CANARY
    )
