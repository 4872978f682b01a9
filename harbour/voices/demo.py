"""Demo check-ins and a pending parent invitation, for `harbour demo`. Idempotent, fast.

Written straight to the tables (like the other demo modules' bulk data): the demo is
synthetic history, not changes anyone made, so it leaves no audit entries.
"""

from __future__ import annotations

import datetime
import hashlib
import random

from django.utils import timezone

from harbour.accounts.models import Membership, Organisation
from harbour.children.models import Child
from harbour.voices.models import CheckIn, ParentInvitation

WHY = {
    1: ["I miss my mum", "Nobody would play with me", "I had a bad dream"],
    2: ["My tummy hurts", "It was too loud at lunch", "I'm tired"],
    3: ["", "Just normal", ""],
    4: ["I played football", "Art was fun", ""],
    5: ["It's my birthday soon!", "I got a sticker", "We went to the park"],
}


def build_demo_voices(
    orgs: dict[str, Organisation], members: dict[str, Membership], today: datetime.date
) -> int:
    rng = random.Random(20261124)  # noqa: S311 - synthetic data
    primary = orgs["riverbend-primary"]
    children = list(Child.objects.filter(organisation=primary, year_group=3).order_by("id")[:4])
    young = members.get("young.person@demo.example@willow-house")
    if young is not None:
        children += list(
            Child.objects.filter(organisation=orgs["willow-house"], account_id=young.user_id)
        )
    made = 0
    now = timezone.now()
    for index, child in enumerate(children):
        if CheckIn.objects.filter(organisation_id=child.organisation_id, child=child).exists():
            continue
        baseline = 2.5 + index % 3 * 0.6  # some children brighter than others, drifting up
        rows = []
        for day in range(84, -1, -3):
            mood = round(baseline + (84 - day) / 84 * 1.2 + rng.uniform(-1.3, 1.3))
            feeling = max(1, min(5, mood))
            rows.append(
                CheckIn(
                    organisation_id=child.organisation_id,
                    child=child,
                    feeling=feeling,
                    why=rng.choice(WHY[feeling]),
                    wants_to_talk=feeling <= 2 and rng.random() < 0.5,
                    via=CheckIn.Via.PERSONAL if child.account_id else CheckIn.Via.KIOSK,
                    created_at=now - datetime.timedelta(days=day, hours=rng.randrange(6)),
                )
            )
        CheckIn.objects.bulk_create(rows)
        made += len(rows)
    invited = children[1] if len(children) > 1 else None
    if invited is not None and not ParentInvitation.objects.filter(child=invited).exists():
        ParentInvitation.objects.create(
            organisation=primary,
            child=invited,
            email="carer.invited@demo.example",
            relationship="Grandparent",
            # A hash of nothing anyone holds: the demo invitation shows as waiting.
            token_hash=hashlib.sha256(f"demo-{invited.pk}".encode()).hexdigest(),
            expires_at=now + datetime.timedelta(days=5),
            created_by=members["dsl@riverbend.example@riverbend-primary"].user,
        )
    return made
