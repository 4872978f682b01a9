"""Reading what is recorded about a child into `grouping.NeedEvidence`.

The pure rules live in `grouping.py`; this module only counts. It reads safeguarding data
(factors, ACEs, warning signs, open concerns), so only designated staff and the lead reach
it (see the level-of-support page).

- Profile: the latest completed profile's domain scores (0..1).
- Warning signs: those recorded and not yet eased.
- ACEs and risk factors: the checklist items marked present.
- Difficult moments: non-positive observations in the last 6 weeks and the 6 before, with
  their mean intensity.
- Open safeguarding concerns: counted; any one sets the risk-support floor (rule R3).
  Harbour has no separate "risk to self / to others" flag yet, so R1 and R2 never fire
  from the database: such a risk is raised as a concern, which R3 catches.
"""

from __future__ import annotations

import datetime

from django.db.models import Avg, Count, Q
from django.utils import timezone

from harbour.children.models import Child
from harbour.guidance.library import load_library
from harbour.observations.models import ObservationChild
from harbour.pathways.grouping import NeedEvidence
from harbour.pathways.models import NeedDecision
from harbour.profiles.models import FactorRecord, WarningSignRecord
from harbour.profiles.reading import complete_profiles, result_of
from harbour.safeguarding.models import Concern

WINDOW = datetime.timedelta(weeks=6)


def current_decision(child: Child) -> NeedDecision | None:
    return (
        NeedDecision.objects.filter(organisation_id=child.organisation_id, child=child)
        .order_by("-decided_at", "-id")
        .first()
    )


def need_evidence(child: Child, *, now: datetime.datetime | None = None) -> NeedEvidence:
    now = now or timezone.now()
    org = child.organisation_id
    library = load_library()

    latest = complete_profiles(child).last()
    scores = None
    if latest is not None:
        result = result_of(latest)
        scores = {d.domain.slug: d.score for d in result.domains}

    titles = {item.id: item.title for item in library.items}
    signs = [
        titles.get(sign_id, sign_id)
        for sign_id in WarningSignRecord.objects.filter(
            organisation_id=org, child=child, resolved_on__isnull=True
        )
        .values_list("sign_id", flat=True)
        .distinct()
    ]
    factors = FactorRecord.objects.filter(organisation_id=org, child=child, present=True)
    risk = [
        titles.get(i, i)
        for i in factors.filter(kind=FactorRecord.Kind.RISK).values_list("item_id", flat=True)
    ]
    ace_rows = factors.filter(kind=FactorRecord.Kind.ACE).count()
    aces_recorded = FactorRecord.objects.filter(
        organisation_id=org, child=child, kind=FactorRecord.Kind.ACE
    ).exists()

    links = ObservationChild.objects.filter(
        organisation_id=org,
        child=child,
        observation__deleted_at__isnull=True,
        observation__is_positive=False,
        observation__occurred_at__gte=now - 2 * WINDOW,
        observation__occurred_at__lte=now,
    )
    recent_from = now - WINDOW
    figures = links.aggregate(
        recent=Count("id", filter=Q(observation__occurred_at__gte=recent_from)),
        recent_intensity=Avg(
            "observation__intensity", filter=Q(observation__occurred_at__gte=recent_from)
        ),
        previous=Count("id", filter=Q(observation__occurred_at__lt=recent_from)),
        previous_intensity=Avg(
            "observation__intensity", filter=Q(observation__occurred_at__lt=recent_from)
        ),
    )
    # "No record" before the window: nothing was logged about the child then at all.
    any_before = ObservationChild.objects.filter(
        organisation_id=org, child=child, observation__occurred_at__lt=recent_from
    ).exists()

    open_concerns = Concern.objects.filter(
        organisation_id=org, child=child, status=Concern.Status.OPEN
    ).count()
    decision = current_decision(child)
    return NeedEvidence(
        domain_scores=scores,
        warning_signs=tuple(signs),
        aces=ace_rows if aces_recorded else None,
        risk_factors=tuple(risk),
        difficult_recent=figures["recent"] or 0,
        intensity_recent=figures["recent_intensity"],
        difficult_previous=(figures["previous"] or 0) if any_before else None,
        intensity_previous=figures["previous_intensity"],
        open_safeguarding_concerns=open_concerns,
        current_grouping=decision.grouping if decision else None,
    )
