"""Demo concerns, need decisions, services and referrals, and one CP file transfer.

Synthetic, calm, factual wording. Idempotent: does nothing for an organisation that
already has concerns (or, for the transfer, when it exists).
"""

from __future__ import annotations

import datetime

from harbour.accounts.models import Membership, Organisation
from harbour.accounts.roles import Role
from harbour.children.models import Child
from harbour.pathways import services as pathways
from harbour.pathways.models import Service
from harbour.safeguarding import services
from harbour.safeguarding.models import Concern, CPTransfer

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
