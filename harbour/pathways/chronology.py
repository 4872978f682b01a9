"""Level-of-support decisions and referrals in a child's chronology.

Decisions show to everyone who reads the chronology (the level of support guides every
adult), but their rationale only to designated staff and the lead, because it may rest on
safeguarding information. Referrals show to designated staff and the lead only.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from harbour.accounts.roles import SAFEGUARDING_ROLES
from harbour.observations.chronology import ChronologyEntry, ChronologyQuery, register
from harbour.pathways.grouping import LABELS
from harbour.pathways.models import NeedDecision, Referral

SENT_AT = datetime.time(9)


def _next(moment: datetime.datetime) -> datetime.date:
    return moment.date() + datetime.timedelta(days=1)


@register("need", "Level of support")
def need_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    sees_reasons = query.membership.role in SAFEGUARDING_ROLES
    rows = query.within(
        NeedDecision.objects.filter(
            organisation_id=query.child.organisation_id, child_id=query.child.pk
        ),
        "decided_at",
    )
    return [
        ChronologyEntry(
            when=d.decided_at,
            kind="need",
            title=f"Level of support: {LABELS.get(d.grouping, d.grouping)}",
            summary=d.rationale if sees_reasons else "",
            by=d.decided_by_name,
        )
        for d in query.newest(rows, "decided_at")
    ]


@register("referral", "Referrals")
def referral_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    if query.membership.role not in SAFEGUARDING_ROLES:
        return []
    rows = Referral.objects.filter(
        organisation_id=query.child.organisation_id, child_id=query.child.pk
    ).select_related("service")
    low, high = query.bounds()
    # A referral is dated, not timed: it stands in the timeline at 9 in the morning.
    tz = timezone.get_current_timezone()
    if low:
        low = timezone.localtime(low, tz)
        rows = rows.filter(sent_on__gte=low.date() if low.time() <= SENT_AT else _next(low))
    if high:
        high = timezone.localtime(high, tz)
        rows = rows.filter(sent_on__lt=_next(high) if high.time() > SENT_AT else high.date())
    return [
        ChronologyEntry(
            when=datetime.datetime.combine(r.sent_on, SENT_AT, tzinfo=tz),
            kind="referral",
            title=f"Referred to {r.service.name} ({r.get_status_display().lower()})",
            summary=r.outcome,
            by=r.by_name,
        )
        for r in query.newest(rows, "sent_on")
    ]
