"""Reading a child's voices for the adults who plan with them: check-in trends, parents' views.

Plain reads, each in a fixed number of queries, shared by the child's page, the check-ins
page, the plan and the review form.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone

from harbour.children.models import Child, ParentLink
from harbour.core.charts import Chart, Series, line_chart
from harbour.voices.models import CheckIn, ParentView

TREND_WEEKS = 12  # the child's page shows this much; the check-ins page shows everything


def weekly_checkin_chart(child: Child, checkins: Sequence[CheckIn]) -> Chart | None:
    """The average feeling week by week (1 very sad to 5 very happy); None without check-ins."""
    if not checkins:
        return None
    weeks: dict[str, list[int]] = {}
    for checkin in sorted(checkins, key=lambda c: c.created_at):
        local = timezone.localtime(checkin.created_at).date()
        monday = local - datetime.timedelta(days=local.weekday())
        weeks.setdefault(f"{monday:%d %b %Y}", []).append(checkin.feeling)
    return line_chart(
        list(weeks),
        [
            Series(
                "Average feeling (1 very sad – 5 very happy)",
                [sum(v) / len(v) for v in weeks.values()],
            )
        ],
        title=f"{child.first_name}'s check-ins, week by week",
        y_min=1,
        y_max=5,
    )


def recent_checkins(child: Child, *, weeks: int = TREND_WEEKS) -> list[CheckIn]:
    """The child's check-ins of the last `weeks` weeks, oldest first, in one query."""
    since = timezone.now() - datetime.timedelta(weeks=weeks)
    return list(
        CheckIn.objects.filter(
            organisation_id=child.organisation_id, child=child, created_at__gte=since
        ).order_by("created_at")
    )


@dataclass(frozen=True)
class ParentViews:
    """One parent's or carer's latest views, with who gave them."""

    view: ParentView
    name: str
    relationship: str


def latest_parent_views(child: Child, *, limit: int = 4) -> list[ParentViews]:
    """Each parent's or carer's most recent views on this child, newest first (two queries)."""
    recent = ParentView.objects.filter(
        organisation_id=child.organisation_id, child=child
    ).select_related("membership__user")[:50]
    relationships = dict(
        ParentLink.objects.filter(organisation_id=child.organisation_id, child=child).values_list(
            "membership_id", "relationship"
        )
    )
    latest: dict[int, ParentViews] = {}
    for view in recent:  # newest first (the model's ordering): keep each person's first
        if view.membership_id not in latest and len(latest) < limit:
            latest[view.membership_id] = ParentViews(
                view=view,
                name=view.membership.user.full_name,
                relationship=relationships.get(view.membership_id, ""),
            )
    return list(latest.values())
