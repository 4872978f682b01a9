"""Demo skills profiles, factors and warning signs for `harbour demo`.

Every child at Riverbend Primary, Kestrel Academy and Willow House gets one to three
profiles over the last nine months: most children grow, some stay level, a few are less
developed in managing feelings or in getting on with peers. A few children at Willow House
and Riverbend have protective and risk factors, ACEs and warning signs recorded.

Safe to run again: each child draws its own random values from a generator seeded with
its name (so nothing depends on what else the demo built), every value is drawn before
looking for existing records, and a child that already has profiles (or factors) is left as it is.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from harbour.accounts.models import Organisation
from harbour.children.models import Child, KeyAdult
from harbour.profiles import services
from harbour.profiles.frameworks import Framework, current_version, load_framework
from harbour.profiles.models import FactorRecord, Profile

PROFILED_ORGS = ("riverbend-primary", "kestrel-academy", "willow-house")
# Children (by position in their setting) with factors recorded: (org slug, index).
FACTOR_CHILDREN = {
    ("willow-house", 0),
    ("willow-house", 1),
    ("willow-house", 3),
    ("willow-house", 4),
    ("riverbend-primary", 12),
    ("riverbend-primary", 13),
    ("riverbend-primary", 21),
}


def build_profiles(orgs: dict[str, Organisation], today: datetime.date) -> int:
    framework = load_framework(current_version())
    created = 0
    for slug in PROFILED_ORGS:
        org = orgs[slug]
        # Former pupils (the safeguarding demo's, made later in the first run) are not
        # profiled, so a second run finds nothing new to do.
        current = Child.objects.filter(organisation=org, left_on__isnull=True)
        children = list(current.order_by("id"))
        for index, child in enumerate(children):
            seed = f"harbour-demo-profile:{slug}:{child.legal_first_name}:{child.legal_last_name}"
            rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
            plan = _plan(rng, framework, today, children_home=slug == "willow-house")
            created += _write_profiles(child, plan, today)
            if (slug, index) in FACTOR_CHILDREN:
                _write_factors(child, rng, today, children_home=slug == "willow-house")
    return created


def _plan(
    rng: random.Random, framework: Framework, today: datetime.date, *, children_home: bool
) -> list[tuple[datetime.date, dict[str, int | None]]]:
    """Every profile's date and ratings for one child, drawn up front."""
    count = rng.choice((1, 2, 2, 3, 3, 3))
    days = sorted(rng.sample(range(10, 270), count), reverse=True)
    base = rng.gauss(2.0 if not children_home else 1.7, 0.3)
    level = {d.slug: base + rng.gauss(0, 0.3) for d in framework.domains}
    story = rng.random()
    if story < 0.2:  # finds managing feelings hard
        level["feelings"] -= 1.0
        level["coping"] -= 0.4
    elif story < 0.35:  # finds getting on with peers hard
        level["relationships"] -= 1.0
        level["empathy"] -= 0.5
    level = {slug: max(0.6, value) for slug, value in level.items()}
    trend = rng.choice((0.45, 0.35, 0.3, 0.2, 0.0, 0.0, -0.1))
    plan = []
    for step, ago in enumerate(days):
        ratings: dict[str, int | None] = {}
        for domain in framework.domains:
            for skill in domain.skills:
                noise = rng.gauss(0, 0.4)
                unseen = rng.random() < 0.07
                value = round(level[domain.slug] + trend * step + noise)
                ratings[skill.id] = None if unseen else max(0, min(framework.max_value, value))
        plan.append((today - datetime.timedelta(days=ago), ratings))
    return plan


def _write_profiles(
    child: Child, plan: list[tuple[datetime.date, dict[str, int | None]]], today: datetime.date
) -> int:
    key_adult = KeyAdult.objects.filter(child=child).select_related("membership__user").first()
    actor = key_adult.membership.user if key_adult else None
    if Profile.objects.filter(child=child).exists():
        return 0  # profiled on an earlier run (its dates were relative to that day)
    created = 0
    for observed_on, ratings in plan:
        profile = services.profile_create(child=child, actor=actor, observed_on=observed_on)
        services.profile_rate(profile=profile, actor=actor, ratings=ratings)
        services.profile_complete(profile=profile, actor=actor)
        when = timezone.make_aware(datetime.datetime.combine(observed_on, datetime.time(15, 30)))
        Profile.objects.filter(pk=profile.pk).update(created_at=when, completed_at=when)
        created += 1
    return created


PROTECTIVE = (
    "protective.individual.humour-optimism",
    "protective.individual.trust-adults",
    "protective.individual.safe-harbour",
    "protective.individual.social-communication",
    "protective.community.trusted-adults",
    "protective.community.safe-school",
    "protective.community.groups-activities",
    "protective.community.nature",
    "protective.family.warm-parents",
)
RISKS = (
    "compromise.early-challenges",
    "compromise.no-help-with-feelings",
    "compromise.prejudice-bullying",
    "compromise.poverty",
    "adversity.family-wellbeing",
    "adversity.health-threats",
)
ACES = (
    "ace.loss-separation",
    "ace.parental-substance-mental-health",
    "ace.conflict-domestic-abuse",
    "ace.poverty",
    "ace.trauma",
    "ace.harm",
)
SIGNS = (
    "warning.frequent-dysregulation",
    "warning.friendship-struggles",
    "warning.frustration",
    "warning.trust",
    "warning.shame",
    "warning.distractible",
)


def _write_factors(
    child: Child, rng: random.Random, today: datetime.date, *, children_home: bool
) -> None:
    protective = rng.sample(PROTECTIVE, rng.randint(3, 6))
    risks = rng.sample(RISKS, rng.randint(1, 3))
    aces = rng.sample(ACES, rng.randint(2, 4) if children_home else rng.randint(0, 2))
    signs = [
        (sign, rng.randint(20, 250), rng.random() < 0.4, rng.randint(5, 19))
        for sign in rng.sample(SIGNS, rng.randint(1, 3))
    ]
    if FactorRecord.objects.filter(child=child).exists():
        return  # recorded on an earlier run
    services.factors_update(child=child, actor=None, present=[*protective, *risks, *aces])
    for sign, ago, eased, eased_after in signs:
        seen = today - datetime.timedelta(days=ago)
        record = services.warning_sign_record(
            child=child, actor=None, sign_id=sign, observed_on=seen
        )
        if eased:
            services.warning_sign_resolve(
                record=record,
                actor=None,
                resolved_on=seen + datetime.timedelta(days=eased_after),
            )
