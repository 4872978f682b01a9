"""Demo concerns, need decisions, services and referrals, one CP file transfer, and
retention: a legal hold, and two former pupils' files (one review coming up, one reviewed).

Synthetic, calm, factual wording. Idempotent: does nothing for an organisation that
already has concerns (or, for the transfer, the hold and the former pupils, when they exist).
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from harbour.accounts.models import Membership, Organisation
from harbour.accounts.roles import Role
from harbour.children import services as child_services
from harbour.children.models import Child
from harbour.pathways import services as pathways
from harbour.pathways.models import Service
from harbour.safeguarding import services
from harbour.safeguarding.models import Concern, ConcernAction, CPTransfer, LegalHold
from harbour.safeguarding.retention import anniversary

CONCERNS = [
    ("Said they had no breakfast again and were hungry at 10 am", "Third time this week."),
    ("Bruise on the left forearm; said they fell off a bike", "Seen in PE, recorded on body map."),
    ("Seemed withdrawn and said they did not want to go home today", "At the end of the day."),
]
DECISIONS = [
    ("thriving", "Settled, good friendships, enjoys school."),
    ("getting-advice", "Some worries about friendships; parent given the help sheet."),
    ("getting-help", "Regular difficult moments at transitions; nurture group agreed."),
    ("getting-more-help", "Sleep and anxiety not easing; referral to CAMHS agreed with parent."),
]


def _designated(org: Organisation) -> Membership | None:
    active = Membership.objects.filter(organisation=org)
    return active.filter(role=Role.DESIGNATED).first() or active.filter(role=Role.LEAD).first()


def build_safeguarding_demo(orgs: dict[str, Organisation], today: datetime.date) -> int:
    made = 0
    for org in orgs.values():
        dsl = _designated(org)
        if dsl is None:
            continue
        actor = dsl.user
        pathways.services_seed(organisation=org, actor=actor)
        children = list(Child.objects.filter(organisation=org).order_by("id")[:40])
        if not children or Concern.objects.filter(organisation=org).exists():
            continue
        for index, child in enumerate(children):
            if index % 5 == 4:
                continue  # most children, not all
            grouping, rationale = DECISIONS[index % len(DECISIONS)]
            if index % 7 == 0:  # a history: a step before the current level
                pathways.need_decide(
                    child=child, actor=actor, grouping="getting-advice", rationale="First review."
                )
            pathways.need_decide(child=child, actor=actor, grouping=grouping, rationale=rationale)
        service = Service.objects.filter(organisation=org, is_active=True).order_by("name").first()
        if service is not None:
            for index, child in enumerate(children[1:4]):
                referral = pathways.referral_create(
                    child=child,
                    actor=actor,
                    service=service,
                    reason="Support for the family at home.",
                    sent_on=today - datetime.timedelta(days=35 if index == 0 else 5),
                )
                if index == 2:
                    pathways.referral_update(
                        referral=referral,
                        actor=actor,
                        status="accepted",
                        outcome="First visit set.",
                    )
        for index, (summary, details) in enumerate(CONCERNS):
            child = children[(index * 3 + 2) % len(children)]
            concern = services.concern_raise(
                organisation=org,
                actor=actor,
                child=child,
                summary=summary,
                details=details,
                notify=False,
            )
            services.concern_action_record(
                concern=concern,
                actor=actor,
                kind="discussion",
                text="Spoke with the child's key adult; agreed to monitor.",
            )
            if index == 0:
                services.concern_action_record(
                    concern=concern,
                    actor=actor,
                    kind="decision",
                    text="Offer breakfast club and speak with the parent.",
                    reasons="Basic needs; the parent has been open with the school before.",
                )
                services.concern_close(
                    concern=concern, actor=actor, reasons="Breakfast club attended daily."
                )
            made += 1
    _demo_transfer(orgs, today)
    _demo_retention(orgs, today)
    return made


def _demo_transfer(orgs: dict[str, Organisation], today: datetime.date) -> None:
    sender = orgs.get("riverbend-primary")
    if sender is None or CPTransfer.objects.filter(organisation=sender).exists():
        return
    child = Concern.objects.filter(organisation=sender).order_by("id").values("child").first()
    dsl = _designated(sender)
    if child is None or dsl is None:
        return
    services.transfer_export(
        child=Child.objects.get(organisation=sender, pk=child["child"]),
        actor=dsl.user,
        sent_to="Kestrel Academy",
        sent_on=today - datetime.timedelta(days=2),
    )


# Former pupils whose CP files stayed at the school: each left for elective home education,
# so there was no next school to send the file to, and the school keeps it until the
# review at 25. (days from today to the review date, summary, what closed the concern)
FORMER_PUPILS = [
    (
        "Jordan",
        "Whitlock",
        150,
        "Often collected late and said they had waited alone at the gate",
        "The family arranged a regular collection with a grandparent.",
    ),
    (
        "Casey",
        "Marfleet",
        -200,
        "Came to school without a coat for several cold days",
        "Uniform support given; the family were grateful and it did not recur.",
    ),
]


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def _demo_retention(orgs: dict[str, Organisation], today: datetime.date) -> None:
    """A legal hold on a current pupil's file; one former pupil's review coming up within
    the year, one reviewed and cleared for destruction, so the retention pages show each."""
    school = orgs.get("riverbend-primary")
    dsl = _designated(school) if school is not None else None
    if school is None or dsl is None:
        return
    if not LegalHold.objects.filter(organisation=school).exists():
        held = Concern.objects.filter(organisation=school).order_by("id").values("child")[1:2]
        for row in held:
            services.legal_hold_place(
                child=Child.objects.get(organisation=school, pk=row["child"]),
                actor=dsl.user,
                reason="Subject access request from a parent in progress",
            )
    for first, last, days_to_review, summary, outcome in FORMER_PUPILS:
        if Child.objects.filter(
            organisation=school, legal_first_name=first, legal_last_name=last
        ).exists():
            continue
        born = anniversary(today + datetime.timedelta(days=days_to_review), -25)
        left = datetime.date(born.year + 11, 7, 20)
        child = child_services.child_create(
            organisation=school,
            actor=None,
            data={
                "legal_first_name": first,
                "legal_last_name": last,
                "date_of_birth": born,
                "left_on": left,
            },
        )
        concern = services.concern_raise(
            organisation=school, actor=dsl.user, child=child, summary=summary, notify=False
        )
        services.concern_close(concern=concern, actor=dsl.user, reasons=outcome)
        # Written years ago: date the file back to the pupil's last year at the school.
        Concern.objects.filter(pk=concern.pk).update(
            raised_at=_at(left - datetime.timedelta(days=120)),
            closed_at=_at(left - datetime.timedelta(days=60)),
        )
        ConcernAction.objects.filter(concern=concern).update(
            at=_at(left - datetime.timedelta(days=60))
        )
        if days_to_review < 0:
            services.retention_review_record(
                child=child, actor=dsl.user, record_type="child_protection_file"
            )
