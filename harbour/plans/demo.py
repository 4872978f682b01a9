"""Demo support plans for `harbour demo`.

Most children at Riverbend Primary, Kestrel Academy and Willow House whose latest profile
names a less-developed area get a plan with one to three versions and up to two reviews;
a few reviews fall due this week and a couple are overdue, so the home pages and the
reminder job have something to show. Safe to run again: a child who already has a plan is
left as it is, and each child's choices come from a generator seeded with their name.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from harbour.accounts.models import Organisation
from harbour.children.models import Child, KeyAdult
from harbour.plans import services
from harbour.plans.content import draft_for, profile_findings, suggestions_for
from harbour.plans.models import Plan, PlanVersion

PLANNED_ORGS = ("riverbend-primary", "kestrel-academy", "willow-house")
GOALS = (
    "When I feel cross, I can ask for a break.",
    "I can tell my key adult when something is hard.",
    "I can wait for my turn in a game.",
    "I can use my calm-down card.",
    "I can join in with a friend at playtime.",
    "I can have a go, even when I'm not sure.",
)
KNOW_ABOUT_ME = (
    "I like drawing and animals. Loud rooms are hard for me.",
    "I'm good at football. Sometimes I need a minute on my own.",
    "I like helping the younger ones. I worry about getting things wrong.",
)
HELPS_ME = (
    "A quiet word, not in front of everyone.",
    "Knowing what's happening next.",
    "Time with my key adult at the start of the day.",
)
PARENT_VOICE = (
    "Mornings are hard at home. Things go better when we know the plan for the day.",
    "He talks about his key adult a lot. We'd like ideas for weekends.",
    "She has big feelings after contact. A calm evening helps.",
)


def build_plans(orgs: dict[str, Organisation], today: datetime.date) -> int:
    created = 0
    for slug in PLANNED_ORGS:
        org = orgs[slug]
        # Current children only: former pupils have no plan to review.
        for child in Child.objects.filter(organisation=org, left_on__isnull=True).order_by("id"):
            rng = random.Random(
                f"harbour-demo-plan:{slug}:{child.legal_first_name}:{child.legal_last_name}"
            )  # noqa: S311
            draw = rng.random()
            if Plan.objects.filter(organisation=org, child=child).exists():
                continue
            _strengths, areas, _slugs, _weak = profile_findings(child)
            if not areas or draw < 0.15:
                continue
            created += _write_plan(child, rng, today)
    return created


def _write_plan(child: Child, rng: random.Random, today: datetime.date) -> int:
    key = KeyAdult.objects.filter(organisation_id=child.organisation_id, child=child).first()
    actor = key.membership.user if key else None
    suggestions = suggestions_for(child)
    content = draft_for(child, suggestions)
    content["goals"] = rng.sample(GOALS, 2)
    content["child_voice"] = {
        "know_about_me": rng.choice(KNOW_ABOUT_ME),
        "helps_me": rng.choice(HELPS_ME),
    }
    content["parent_voice"] = rng.choice(PARENT_VOICE)
    plan = services.plan_create(child=child, actor=actor, content=content)
    for number in range(1, rng.choice((1, 2, 3))):
        extra = suggestions[3 + number - 1 : 4 + number - 1]
        content["strategies"] += [
            {"item_id": s.item_id, "text": s.text, "from_suggestion": True} for s in extra
        ]
        services.plan_save(
            plan=plan, actor=actor, content=content, base_version=number, note="Added a strategy"
        )
    # Spread the next reviews: a few this week, a couple overdue, the rest later.
    due = rng.choice((-9, -3, 2, 5, 12, 20, 30, 35))
    review_days = sorted(rng.sample((70, 42, 28), rng.choice((0, 1, 2))), reverse=True)
    for index, ago in enumerate(review_days):
        last = index == len(review_days) - 1
        services.plan_review_record(
            next_review_on=today + datetime.timedelta(days=due) if last else None,
            plan=plan,
            actor=actor,
            held_on=today - datetime.timedelta(days=ago),
            attended=f"{child.first_name}, key adult, parent or carer",
            goal_progress=[
                {"goal": g, "rating": rng.choice((2, 3, 3, 4))} for g in content["goals"]
            ],
            what_changed="Fewer big moments; the break card is used most days.",
            child_views="The break card helps.",
            parent_views="Calmer at home too.",
        )
    Plan.objects.filter(pk=plan.pk).update(next_review_on=today + datetime.timedelta(days=due))
    # The plan was written over the weeks before its first review, not all today.
    first_review = review_days[0] if review_days else 14
    for version in PlanVersion.objects.filter(plan=plan).order_by("number"):
        written = today - datetime.timedelta(days=first_review + 21 - 7 * version.number)
        PlanVersion.objects.filter(pk=version.pk).update(
            saved_at=timezone.make_aware(datetime.datetime.combine(written, datetime.time(15, 40)))
        )
    return 1
