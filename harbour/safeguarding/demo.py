"""Demo concerns, need decisions, services and referrals, one CP file transfer, and
retention: a legal hold, and two former pupils' files (one review coming up, one reviewed).

The demo schools also get the current school year's closures (half-terms, holidays, bank
holidays, training days), on the pattern most English local authorities follow.

Synthetic, calm, factual wording. Idempotent: does nothing for an organisation that
already has concerns (or, for the transfer, the hold, the former pupils and the closures,
when they exist).
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
from harbour.safeguarding.models import (
    ClosurePeriod,
    Concern,
    ConcernAction,
    CPTransfer,
    LegalHold,
)
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
    _demo_closures(orgs, today)
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


def _easter(year: int) -> datetime.date:
    """Easter Sunday in the Gregorian calendar (Meeus's algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _monday_on_or_after(day: datetime.date) -> datetime.date:
    return day + datetime.timedelta(days=-day.weekday() % 7)


def _weekday_on_or_after(day: datetime.date) -> datetime.date:
    return day if day.weekday() < 5 else _monday_on_or_after(day)


def _last_monday(year: int, month: int) -> datetime.date:
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = next_month - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=last.weekday())


def england_school_year(first_year: int) -> list[tuple[str, datetime.date, datetime.date]]:
    """Synthetic but typical closures of an English school year starting in September
    `first_year`: (label, first day, last day)."""
    week, one_day = datetime.timedelta(days=4), datetime.timedelta(days=1)
    autumn = _last_monday(first_year, 10)
    christmas = _monday_on_or_after(datetime.date(first_year, 12, 18))
    new_year = _weekday_on_or_after(datetime.date(first_year + 1, 1, 1))  # the bank holiday
    spring = _monday_on_or_after(datetime.date(first_year + 1, 2, 12))
    easter = _easter(first_year + 1)
    may_day = _monday_on_or_after(datetime.date(first_year + 1, 5, 1))
    whitsun = _last_monday(first_year + 1, 5)
    training = _weekday_on_or_after(datetime.date(first_year, 9, 1))
    summer = _weekday_on_or_after(datetime.date(first_year + 1, 7, 23))
    return [
        ("Staff training days", training, _weekday_on_or_after(training + one_day)),
        ("Autumn half-term", autumn, autumn + week),
        (
            "Christmas holidays",
            christmas,
            max(christmas + datetime.timedelta(days=11), new_year),
        ),
        ("Spring half-term", spring, spring + week),
        (
            "Easter holidays",
            easter - datetime.timedelta(days=2),
            easter + datetime.timedelta(days=12),
        ),
        ("Early May bank holiday", may_day, may_day),
        ("Summer half-term", whitsun, whitsun + week),
        ("Summer holidays", summer, datetime.date(first_year + 1, 8, 31)),
    ]


def _demo_closures(orgs: dict[str, Organisation], today: datetime.date) -> None:
    first_year = today.year if today.month >= 9 else today.year - 1
    for org in orgs.values():
        if org.kind != Organisation.Kind.SCHOOL:
            continue  # a children's home is open every day of the year
        if ClosurePeriod.objects.filter(organisation=org).exists():
            continue
        dsl = _designated(org)
        for label, start, end in england_school_year(first_year):
            services.closure_period_add(
                organisation=org,
                actor=dsl.user if dsl is not None else None,
                start=start,
                end=end,
                label=label,
            )
