"""Did things change for the children who had a strategy or intervention? (DB -> reports.stats)

A child *had* it from the first saved version of their support plan that lists it: a
strategy by its guidance item id; an intervention by its explicit link on the plan
(``interventions``), or else by the item id ``intervention.<slug>`` or its title in the
strategy's words (plans saved before the link existed). For each child:

- each profile domain score from the last complete profile on or before the start, against
  the first complete profile at least four weeks after it;
- difficult moments per week in the six weeks before the start against the six weeks after
  (only once those six weeks are over).

The figures are paired per child and summarised by `harbour.reports.stats`. With fewer than
`MIN_CHILDREN` children nothing is shown, and the count only as "fewer than 5" (or 0).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from harbour.observations.models import ObservationChild
from harbour.plans.models import PlanVersion
from harbour.profiles.models import Profile
from harbour.profiles.reading import results_for
from harbour.reports.stats import ChildPeriods, bootstrap_ci, cautions, paired_summary
from harbour.reports.suppression import Cell, count_cell

MIN_CHILDREN = 5
AFTER_AT_LEAST = datetime.timedelta(weeks=4)
WINDOW = datetime.timedelta(weeks=6)


@dataclass(frozen=True)
class Measure:
    name: str
    n: int
    mean_before: float | None = None
    mean_after: float | None = None
    mean_difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    bootstrap: tuple[float, float] | None = None
    cautions: tuple[str, ...] = ()

    @property
    def enough(self) -> bool:
        return self.n >= MIN_CHILDREN

    @property
    def shown_n(self) -> Cell:
        """The number of children as governors may see it: from 1 to 4, "fewer than 5"."""
        return count_cell(self.n, MIN_CHILDREN)


def _matches(strategy: dict[str, object], item_id: str, title: str) -> bool:
    if strategy.get("item_id") == item_id:
        return True
    text = str(strategy.get("text") or "").lower()
    return bool(title) and title.lower() in text


def start_dates(
    organisation_id: int, *, item_id: str, title: str = "", intervention_id: int | None = None
) -> dict[int, datetime.date]:
    """Child id -> the day the first plan version listing the strategy was saved.

    An intervention chosen explicitly on the plan (content ``interventions``) counts first;
    the item id or title in a strategy's words stays as the fallback for older versions.
    """
    starts: dict[int, datetime.date] = {}
    versions = PlanVersion.objects.filter(organisation_id=organisation_id).values_list(
        "plan__child_id", "saved_at", "content"
    )
    for child_id, saved_at, content in versions.order_by("saved_at"):
        if child_id in starts:
            continue
        linked = (content or {}).get("interventions") or []
        strategies = (content or {}).get("strategies") or []
        if (intervention_id is not None and intervention_id in linked) or any(
            isinstance(s, dict) and _matches(s, item_id, title) for s in strategies
        ):
            starts[child_id] = timezone.localdate(saved_at)
    return starts


def _summarise(name: str, before: list[float], after: list[float]) -> Measure:
    n = len(before)
    if n < MIN_CHILDREN:
        return Measure(name=name, n=n)
    summary = paired_summary(before, after)
    differences = [a - b for a, b in zip(after, before, strict=True)]
    return Measure(
        name=name,
        n=n,
        mean_before=summary.mean_before,
        mean_after=summary.mean_after,
        mean_difference=summary.mean_difference,
        ci_low=summary.ci_low,
        ci_high=summary.ci_high,
        bootstrap=bootstrap_ci(differences, resamples=2000),
        cautions=tuple(cautions(n, ci=(summary.ci_low, summary.ci_high))),
    )


def domain_measures(organisation_id: int, starts: dict[int, datetime.date]) -> list[Measure]:
    profiles = list(
        Profile.objects.filter(
            organisation_id=organisation_id,
            child_id__in=list(starts),
            status=Profile.Status.COMPLETE,
        )
        .select_related("child")
        .order_by("observed_on", "pk")
    )
    by_child: dict[int, list[tuple[datetime.date, dict[str, tuple[str, float | None]]]]] = (
        defaultdict(list)
    )
    for profile, result in results_for(profiles):
        scores = {d.domain.slug: (d.domain.title, d.score) for d in result.domains}
        by_child[profile.child_id].append((profile.observed_on, scores))
    pairs: dict[str, tuple[str, list[float], list[float]]] = {}
    for child_id, start in starts.items():
        series = by_child.get(child_id, [])
        before = [s for on, s in series if on <= start]
        after = [s for on, s in series if on >= start + AFTER_AT_LEAST]
        if not before or not after:
            continue
        for slug, (title, score) in before[-1].items():
            later = after[0].get(slug, (title, None))[1]
            if score is None or later is None:
                continue
            entry = pairs.setdefault(slug, (title, [], []))
            entry[1].append(score * 100)
            entry[2].append(later * 100)
    return [_summarise(f"{title} (score out of 100)", b, a) for title, b, a in pairs.values()]


def moments_measure(organisation_id: int, starts: dict[int, datetime.date]) -> Measure:
    today = timezone.localdate()
    ready = {c: s for c, s in starts.items() if s + WINDOW <= today}
    counts: dict[int, list[int]] = {c: [0, 0] for c in ready}
    if ready:
        window = Q()
        for child_id, start in ready.items():
            window |= Q(
                child_id=child_id,
                observation__occurred_at__date__gte=start - WINDOW,
                observation__occurred_at__date__lt=start + WINDOW,
            )
        links = ObservationChild.objects.filter(
            window,
            organisation_id=organisation_id,
            observation__deleted_at__isnull=True,
            observation__is_positive=False,
        ).values_list("child_id", "observation__occurred_at")
        for child_id, occurred_at in links:
            counts[child_id][timezone.localdate(occurred_at) >= ready[child_id]] += 1
    days = WINDOW.days
    periods = [ChildPeriods(b, days, a, days) for b, a in counts.values()]  # per_week in stats
    if len(periods) < MIN_CHILDREN:
        return Measure(name="Difficult moments per week", n=len(periods))
    before = [p.before_count * 7 / days for p in periods]
    after = [p.after_count * 7 / days for p in periods]
    return _summarise("Difficult moments per week", before, after)


def evaluate(
    organisation_id: int, *, item_id: str, title: str = "", intervention_id: int | None = None
) -> dict[str, object]:
    starts = start_dates(
        organisation_id, item_id=item_id, title=title, intervention_id=intervention_id
    )
    return {
        "children": len(starts),
        "moments": moments_measure(organisation_id, starts),
        "domains": domain_measures(organisation_id, starts),
        "min_children": MIN_CHILDREN,
    }
