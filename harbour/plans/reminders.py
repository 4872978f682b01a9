"""Which plan reviews are due, for whom, and the daily reminder emails.

A review is *due* from a week before its date and *overdue* after it. Key adults see the
plans of the children they are key adult for; designated staff (the lead, when a setting
has no designated staff) see every plan of their setting. Emails are content-free, like
notifications: no child's name, only a count and a link into Harbour.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.models import KeyAdult
from harbour.notifications.services import designated_recipients
from harbour.plans.models import Plan, PlanReminder

logger = logging.getLogger(__name__)
DUE_WITHIN = datetime.timedelta(days=7)
SUBJECT = "Harbour: support plan reviews are due"


def _due(organisation_id: int, today: datetime.date) -> object:
    return Plan.objects.filter(
        organisation_id=organisation_id,
        status=Plan.Status.ACTIVE,
        next_review_on__lte=today + DUE_WITHIN,
    )


def reviews_due_for(membership: Membership, today: datetime.date | None = None) -> list[Plan]:
    today = today or timezone.localdate()
    plans = _due(membership.organisation_id, today)
    if membership.role not in (Role.LEAD, Role.DESIGNATED):
        plans = plans.filter(child__key_adults__membership=membership)  # type: ignore[attr-defined]
    return list(plans.select_related("child").order_by("next_review_on", "pk").distinct()[:50])  # type: ignore[attr-defined]


def send_review_reminders(*, today: datetime.date | None = None, link_base: str = "") -> int:
    """Email each adult once a day about their due plans; returns how many emails were sent.

    Safe to run again the same day: what was sent is remembered per plan, adult and day.
    """
    today = today or timezone.localdate()
    sent = 0
    with scopes_disabled():
        plans = list(
            Plan.objects.filter(
                status=Plan.Status.ACTIVE, next_review_on__lte=today + DUE_WITHIN
            ).select_related("organisation")
        )
        by_member: dict[int, tuple[Membership, list[Plan]]] = {}
        designated: dict[int, list[Membership]] = {}
        keys: dict[int, list[Membership]] = {}
        for ka in KeyAdult.objects.filter(child_id__in=[p.child_id for p in plans]).select_related(
            "membership__user"
        ):
            keys.setdefault(ka.child_id, []).append(ka.membership)
        for plan in plans:
            if plan.organisation_id not in designated:
                designated[plan.organisation_id] = designated_recipients(plan.organisation)
            for member in [*keys.get(plan.child_id, []), *designated[plan.organisation_id]]:
                if member.organisation_id != plan.organisation_id or not member.user.email:
                    continue
                by_member.setdefault(member.pk, (member, []))[1].append(plan)
        already = set(
            PlanReminder.objects.filter(sent_on=today).values_list("plan_id", "membership_id")
        )
        for member, member_plans in by_member.values():
            fresh = list(
                {p.pk: p for p in member_plans if (p.pk, member.pk) not in already}.values()
            )
            if not fresh:
                continue
            overdue = sum(1 for p in member_plans if p.next_review_on < today)
            count = len({p.pk for p in member_plans})
            body = (
                f"{count} support plan review{'s are' if count != 1 else ' is'} due in the next "
                f"week{f', {overdue} overdue' if overdue else ''}. Sign in to Harbour to see "
                f"which:\n\n{link_base}/\n\nYou are receiving this because you are a key adult "
                "or designated staff."
            )
            with transaction.atomic():
                PlanReminder.objects.bulk_create(
                    [
                        PlanReminder(
                            organisation_id=p.organisation_id,
                            plan=p,
                            membership=member,
                            sent_on=today,
                        )
                        for p in fresh
                    ],
                    ignore_conflicts=True,
                )
                send_mail(SUBJECT, body, settings.DEFAULT_FROM_EMAIL, [member.user.email])
            sent += 1
    return sent
