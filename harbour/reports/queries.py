"""The whole-setting figures, as aggregate queries.

Every figure is counted in the database (GROUP BY through `.values(...).annotate(...)`), so
the dashboard makes the same small number of queries whatever the number of children. Each
figure that counts children has a matching `*_children` queryset, built from the same
filters, for the drill-down lists that the lead and designated staff may open.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import (
    Avg,
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import TruncWeek

from harbour.accounts.models import Membership
from harbour.accounts.roles import SETTING_STAFF_ROLES, Role
from harbour.children.models import AgeStage, Child
from harbour.guidance.models import TrainingRecord
from harbour.observations.models import Observation, ObservationChild
from harbour.pathways.grouping import GROUPINGS, LABELS
from harbour.pathways.models import NeedDecision, Referral
from harbour.plans.models import Plan
from harbour.profiles.frameworks import Framework, current_version, load_framework
from harbour.profiles.models import Profile, Rating

NO_DECISION = "none"
NEED_LABELS = {**LABELS, NO_DECISION: "No level decided yet"}
NEED_ORDER = (*GROUPINGS, NO_DECISION)
MOVEMENTS = ("up", "same", "down", "new")
MOVEMENT_LABELS = {
    "up": "More support than at the start of term",
    "same": "Same level",
    "down": "Less support than at the start of term",
    "new": "First decided this term",
}
OBSERVATION_WEEKS = 12
DUE_WITHIN = datetime.timedelta(days=7)
EPSILON = 1e-9


def term_start(today: datetime.date) -> datetime.date:
    """The start of the (English school) term that `today` falls in, roughly."""
    if today.month >= 9:
        return datetime.date(today.year, 9, 1)
    if today >= datetime.date(today.year, 4, 15):
        return datetime.date(today.year, 4, 15)
    return datetime.date(today.year, 1, 1)


def on_roll(organisation_id: int, today: datetime.date) -> QuerySet[Child]:
    return Child.objects.filter(organisation_id=organisation_id).filter(
        Q(left_on__isnull=True) | Q(left_on__gt=today)
    )


# --- level of need (I-THRIVE) --------------------------------------------------------------


def _latest_grouping(before: datetime.datetime | None = None) -> Subquery:
    decisions = NeedDecision.objects.filter(
        organisation_id=OuterRef("organisation_id"), child_id=OuterRef("pk")
    )
    if before is not None:
        decisions = decisions.filter(decided_at__lt=before)
    return Subquery(decisions.order_by("-decided_at", "-pk").values("grouping")[:1])


def _rank(field_name: str) -> Case:
    return Case(
        *(When(**{field_name: slug}, then=Value(i)) for i, slug in enumerate(GROUPINGS)),
        default=Value(-1),
        output_field=IntegerField(),
    )


def need_annotated(organisation_id: int, today: datetime.date) -> QuerySet[Child]:
    start = datetime.datetime.combine(term_start(today), datetime.time.min, tzinfo=datetime.UTC)
    return (
        on_roll(organisation_id, today)
        .annotate(now=_latest_grouping(), at_start=_latest_grouping(start))
        .annotate(rank_now=_rank("now"), rank_then=_rank("at_start"))
    )


@dataclass
class NeedFigures:
    rows: dict[str, dict[str, int]]  # level now -> movement -> children
    term_start: datetime.date

    def total(self, level: str) -> int:
        return sum(self.rows.get(level, {}).values())

    @property
    def levels(self) -> list[tuple[str, str, int]]:
        return [(slug, NEED_LABELS[slug], self.total(slug)) for slug in NEED_ORDER]

    def movement(self, kind: str) -> int:
        return sum(row.get(kind, 0) for level, row in self.rows.items() if level != NO_DECISION)


def _movement(now: int, then: int) -> str:
    if then < 0:
        return "new"
    return "up" if now > then else "down" if now < then else "same"


def need_figures(organisation_id: int, today: datetime.date) -> NeedFigures:
    rows: dict[str, dict[str, int]] = {slug: {} for slug in NEED_ORDER}
    grouped = (
        need_annotated(organisation_id, today)
        .values("now", "rank_now", "rank_then")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in grouped:
        level = row["now"] or NO_DECISION
        kind = _movement(row["rank_now"], row["rank_then"]) if row["now"] else "new"
        if level == NO_DECISION:
            kind = "same"
        rows[level][kind] = rows[level].get(kind, 0) + row["n"]
    return NeedFigures(rows=rows, term_start=term_start(today))


def need_children(
    organisation_id: int, today: datetime.date, *, level: str = "", movement: str = ""
) -> QuerySet[Child]:
    children = need_annotated(organisation_id, today)
    if level == NO_DECISION:
        children = children.filter(now__isnull=True)
    elif level:
        children = children.filter(now=level)
    if movement == "up":
        children = children.filter(rank_then__gte=0, rank_now__gt=F("rank_then"))
    elif movement == "down":
        children = children.filter(rank_then__gte=0, rank_now__lt=F("rank_then"))
    elif movement == "same":
        children = children.filter(rank_then__gte=0, rank_now=F("rank_then"))
    elif movement == "new":
        children = children.filter(rank_then=-1, rank_now__gte=0)
    return children


# --- less-developed domains by group ---------------------------------------------------------


def _domain_of(framework: Framework) -> Case:
    whens = [When(item_id=d.id, then=Value(d.slug)) for d in framework.domains]
    whens += [When(item_id=s.id, then=Value(d.slug)) for d in framework.domains for s in d.skills]
    return Case(*whens, default=Value(""), output_field=CharField())


def latest_profiles(organisation_id: int, today: datetime.date) -> QuerySet[Profile]:
    latest = (
        Profile.objects.filter(
            organisation_id=organisation_id,
            child_id=OuterRef("child_id"),
            status=Profile.Status.COMPLETE,
        )
        .order_by("-observed_on", "-pk")
        .values("pk")[:1]
    )
    return Profile.objects.filter(
        organisation_id=organisation_id,
        status=Profile.Status.COMPLETE,
        child__in=on_roll(organisation_id, today),
        pk=Subquery(latest),
    )


def less_developed_by_child(organisation_id: int, today: datetime.date) -> dict[int, set[str]]:
    """Child id -> slugs of the domains less developed in their latest complete profile.

    One query: ratings averaged per child and domain in the database; the framework's
    rules (enough skills rated, score at most the less-developed threshold) applied here.
    """
    framework = load_framework(current_version())
    rules = framework.rules
    sizes = {d.slug: len(d.skills) for d in framework.domains}
    rows = (
        Rating.objects.filter(
            organisation_id=organisation_id,
            profile__in=latest_profiles(organisation_id, today),
            value__isnull=False,
        )
        .annotate(domain=_domain_of(framework))
        .exclude(domain="")
        .values("profile__child_id", "profile__kind", "domain")
        .annotate(mean=Avg("value"), rated=Count("pk"))
        .order_by()
    )
    result: dict[int, set[str]] = {}
    for row in rows:
        child_id = row["profile__child_id"]
        result.setdefault(child_id, set())
        screened = row["profile__kind"] == Profile.Kind.SCREEN
        enough = screened or row["rated"] >= min(rules.min_rated, sizes[row["domain"]])
        if enough and row["mean"] / framework.max_value <= rules.less_developed_at + EPSILON:
            result[child_id].add(row["domain"])
    return result


@dataclass
class HeatMap:
    domains: list[tuple[str, str]]  # (slug, short title)
    groups: list[tuple[int, str]]  # (id, name); id 0 is the whole setting
    profiled: dict[int, int]  # group id -> children with a profile
    counts: dict[int, dict[str, int]]  # group id -> domain slug -> children less developed
    # Profiled children in none of the groups (by domain), so that the group rows and this
    # one add up to the whole setting when groups do not overlap.
    ungrouped: dict[str, int] = field(default_factory=dict)
    ungrouped_profiled: int = 0

    def share(self, group_id: int, slug: str) -> float | None:
        total = self.profiled.get(group_id, 0)
        return self.counts[group_id].get(slug, 0) / total if total else None


WHOLE_SETTING = 0


def heat_map_figures(organisation_id: int, today: datetime.date) -> HeatMap:
    framework = load_framework(current_version())
    by_child = less_developed_by_child(organisation_id, today)
    memberships = Child.groups.through.objects.filter(
        child__in=on_roll(organisation_id, today), group__organisation_id=organisation_id
    ).values_list("child_id", "group_id", "group__name")
    groups: dict[int, str] = {}
    children_in: dict[int, list[int]] = defaultdict(list)
    for child_id, group_id, name in memberships:
        groups[group_id] = name
        children_in[group_id].append(child_id)
    children_in[WHOLE_SETTING] = list(by_child)
    ordered = sorted(groups.items(), key=lambda item: item[1])
    profiled: dict[int, int] = {}
    counts: dict[int, dict[str, int]] = {}
    for group_id in [WHOLE_SETTING, *groups]:
        members = [c for c in children_in[group_id] if c in by_child]
        profiled[group_id] = len(members)
        tally: dict[str, int] = defaultdict(int)
        for child_id in members:
            for slug in by_child[child_id]:
                tally[slug] += 1
        counts[group_id] = dict(tally)
    grouped = {c for group_id in groups for c in children_in[group_id]}
    ungrouped: dict[str, int] = defaultdict(int)
    alone = [c for c in by_child if c not in grouped]
    for child_id in alone:
        for slug in by_child[child_id]:
            ungrouped[slug] += 1
    return HeatMap(
        domains=[(d.slug, d.short or d.title) for d in framework.domains],
        groups=[(WHOLE_SETTING, "Whole setting"), *ordered],
        profiled=profiled,
        counts=counts,
        ungrouped=dict(ungrouped),
        ungrouped_profiled=len(alone),
    )


def domain_children(
    organisation_id: int, today: datetime.date, *, domain: str, group_id: int = 0
) -> QuerySet[Child]:
    ids = [
        c for c, slugs in less_developed_by_child(organisation_id, today).items() if domain in slugs
    ]
    children = on_roll(organisation_id, today).filter(pk__in=ids)
    if group_id:
        children = children.filter(groups__id=group_id)
    return children


# --- observations over time ------------------------------------------------------------------


def weeks_back(today: datetime.date, weeks: int = OBSERVATION_WEEKS) -> list[datetime.date]:
    monday = today - datetime.timedelta(days=today.weekday())
    return [monday - datetime.timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]


def _since(today: datetime.date) -> datetime.datetime:
    first = weeks_back(today)[0]
    return datetime.datetime.combine(first, datetime.time.min, tzinfo=datetime.UTC)


def observation_weeks(
    organisation_id: int, today: datetime.date
) -> list[tuple[datetime.date, int, int]]:
    """(Monday, difficult, positive) observations for each of the last 12 weeks."""
    rows = (
        Observation.objects.filter(
            organisation_id=organisation_id, deleted_at__isnull=True, occurred_at__gte=_since(today)
        )
        .annotate(week=TruncWeek("occurred_at"))
        .values("week", "is_positive")
        .annotate(n=Count("pk"))
        .order_by()
    )
    tally: dict[tuple[datetime.date, bool], int] = {}
    for row in rows:
        week = row["week"]
        week = week.date() if isinstance(week, datetime.datetime) else week
        tally[(week, row["is_positive"])] = row["n"]
    return [(w, tally.get((w, False), 0), tally.get((w, True), 0)) for w in weeks_back(today)]


def observation_children(
    organisation_id: int, today: datetime.date, *, positive: bool
) -> QuerySet[Child]:
    links = ObservationChild.objects.filter(
        organisation_id=organisation_id,
        child_id=OuterRef("pk"),
        observation__deleted_at__isnull=True,
        observation__is_positive=positive,
        observation__occurred_at__gte=_since(today),
    )
    return on_roll(organisation_id, today).filter(Exists(links))


# --- plans, referrals, training -----------------------------------------------------------------


def _plans(organisation_id: int) -> QuerySet[Plan]:
    return Plan.objects.filter(organisation_id=organisation_id, status=Plan.Status.ACTIVE)


def plan_figures(organisation_id: int, today: datetime.date) -> dict[str, int]:
    return _plans(organisation_id).aggregate(
        overdue=Count("pk", filter=Q(next_review_on__lt=today)),
        due=Count(
            "pk", filter=Q(next_review_on__gte=today, next_review_on__lte=today + DUE_WITHIN)
        ),
        on_track=Count("pk", filter=Q(next_review_on__gt=today + DUE_WITHIN)),
    )


def plan_children(organisation_id: int, today: datetime.date, *, state: str) -> QuerySet[Child]:
    plans = _plans(organisation_id)
    if state == "overdue":
        plans = plans.filter(next_review_on__lt=today)
    else:
        plans = plans.filter(next_review_on__gte=today, next_review_on__lte=today + DUE_WITHIN)
    return Child.objects.filter(organisation_id=organisation_id, plan__in=plans)


def _overdue_referrals(organisation_id: int, today: datetime.date) -> QuerySet[Referral]:
    return Referral.objects.filter(
        organisation_id=organisation_id, status__in=Referral.WAITING, due_by__lt=today
    )


def referral_figures(organisation_id: int, today: datetime.date) -> dict[str, int]:
    return _overdue_referrals(organisation_id, today).aggregate(
        referrals=Count("pk"), children=Count("child_id", distinct=True)
    )


def referral_children(organisation_id: int, today: datetime.date) -> QuerySet[Child]:
    return Child.objects.filter(
        organisation_id=organisation_id,
        pk__in=_overdue_referrals(organisation_id, today).values("child_id"),
    )


PACE_TRAINING = Q(intervention__slug="pace", intervention__organisation__isnull=True) | Q(
    course__icontains="PACE"
)


def training_figures(organisation_id: int) -> list[tuple[str, int, int]]:
    """(role label, staff, trained in PACE) for each role that works with children."""
    trained = TrainingRecord.objects.filter(
        PACE_TRAINING, organisation_id=organisation_id, membership_id=OuterRef("pk")
    )
    rows = (
        Membership.objects.active()
        .filter(organisation_id=organisation_id, role__in=SETTING_STAFF_ROLES)
        .annotate(trained=Exists(trained))
        .values("role", "trained")
        .annotate(n=Count("pk"))
        .order_by()
    )
    tally: dict[tuple[str, bool], int] = {(r["role"], r["trained"]): r["n"] for r in rows}
    return [
        (
            str(Role(role).label),
            tally.get((role, False), 0) + tally.get((role, True), 0),
            tally.get((role, True), 0),
        )
        for role in (Role.LEAD, Role.DESIGNATED, Role.STAFF)
    ]


# --- the anonymised export --------------------------------------------------------------------


def _age_stage(today: datetime.date) -> Case:
    def years_ago(years: int) -> datetime.date:
        try:
            return today.replace(year=today.year - years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - years, day=28)

    return Case(
        When(date_of_birth__gt=years_ago(3), then=Value(AgeStage.EARLY.value)),
        When(date_of_birth__gt=years_ago(11), then=Value(AgeStage.MIDDLE.value)),
        default=Value(AgeStage.ADOLESCENT.value),
        output_field=CharField(),
    )


@dataclass
class SettingCounts:
    name: str
    rows: dict[str, dict[str, int]] = field(default_factory=dict)  # age stage -> grouping -> n


def counts_by_stage_and_grouping(
    organisations: list[tuple[int, str]], today: datetime.date
) -> dict[str, dict[str, dict[str, int]]]:
    """Setting name -> age stage label -> grouping label -> children (one query per setting)."""
    result: dict[str, dict[str, dict[str, int]]] = {}
    for organisation_id, name in organisations:
        rows = (
            need_annotated(organisation_id, today)
            .annotate(stage=_age_stage(today))
            .values("stage", "now")
            .annotate(n=Count("pk"))
            .order_by()
        )
        table: dict[str, dict[str, int]] = {
            str(label): dict.fromkeys((NEED_LABELS[s] for s in NEED_ORDER), 0)
            for _value, label in AgeStage.choices
        }
        for row in rows:
            stage = str(AgeStage(row["stage"]).label)
            table[stage][NEED_LABELS[row["now"] or NO_DECISION]] += row["n"]
        result[name] = table
    return result


def setting_activity(organisation_id: int, today: datetime.date) -> dict[str, int]:
    """Observations this term (difficult, positive) and active plans: for the group figures."""
    since = datetime.datetime.combine(term_start(today), datetime.time.min, tzinfo=datetime.UTC)
    moments = Observation.objects.filter(
        organisation_id=organisation_id, deleted_at__isnull=True, occurred_at__gte=since
    ).aggregate(
        difficult=Count("pk", filter=Q(is_positive=False)),
        positive=Count("pk", filter=Q(is_positive=True)),
    )
    return {**moments, "plans": _plans(organisation_id).count()}
