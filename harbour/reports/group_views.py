"""Figures across a trust's or local authority's settings, for the people who view the group.

A group viewer holds no role in any organisation, so the permission table only asks for a
verified sign-in (VERIFIED); the check that this person views *this* group is here, and
answers 404 for any other group, as if it did not exist. Only suppressed counts leave these
views: no child's name, id or row. Queries run in a scope of the group's settings only.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods
from django_scopes import scope

from harbour.accounts.models import GroupViewer, Organisation, OrganisationGroup
from harbour.reports import queries, services
from harbour.reports.exports import json_response, small_csv_response
from harbour.reports.suppression import Cell, suppress_hierarchy, suppress_table
from harbour.reports.views import hierarchy_rows

ACTIVITY_COLUMNS = ("Difficult moments this term", "Positive moments this term")
PLANS = "Support plans active"
NOTE = (
    "'fewer than 5' hides 0 to 4; further numbers are hidden so that no hidden number can "
    "be worked out from the totals."
)


def viewed_group_or_404(request: HttpRequest, slug: str) -> OrganisationGroup:
    """The group, if this person views it with a second factor given; otherwise 404."""
    user = request.user
    is_verified = getattr(user, "is_verified", None)
    if not (user.is_authenticated and is_verified and is_verified()):
        raise Http404("No such group.")
    viewer = (
        GroupViewer.objects.filter(user=user, is_active=True, group__slug=slug)
        .select_related("group")
        .first()
    )
    if viewer is None:
        raise Http404("No such group.")
    return viewer.group


def groups_viewed_by(user: Any) -> list[OrganisationGroup]:
    """The groups whose figures this person views: for links on their home page."""
    return list(
        OrganisationGroup.objects.filter(viewers__user=user, viewers__is_active=True)
        .distinct()
        .order_by("name")
    )


def _label(cell: Cell) -> str | int:
    return cell.value if cell.value is not None else cell.label


def group_figures(settings: list[Organisation]) -> dict[str, Any]:
    """Suppressed tables for the settings; call inside a scope of those settings."""
    today = timezone.localdate()
    if not settings:
        return {
            "need_headers": [],
            "need_rows": [],
            "total_headers": [],
            "total_rows": [],
            "term_start": queries.term_start(today),
            "today": today,
        }
    counts = queries.counts_by_stage_and_grouping([(o.pk, o.name) for o in settings], today)
    need = suppress_hierarchy(counts)
    activity = {o.name: queries.setting_activity(o.pk, today) for o in settings}
    moments = suppress_table(
        {
            name: {ACTIVITY_COLUMNS[0]: a["difficult"], ACTIVITY_COLUMNS[1]: a["positive"]}
            for name, a in activity.items()
        }
    )
    plans = suppress_table({name: {PLANS: a["plans"]} for name, a in activity.items()})
    headers = ["Setting", "Children on roll", *ACTIVITY_COLUMNS, "All moments this term", PLANS]
    totals: list[list[str | int]] = [
        [
            name,
            _label(need.groups[name].total),
            *(_label(moments.cells[name][c]) for c in ACTIVITY_COLUMNS),
            _label(moments.row_totals[name]),
            _label(plans.row_totals[name]),
        ]
        for name in activity
    ]
    totals.append(
        [
            "All settings",
            _label(need.grand_total),
            *(_label(moments.column_totals[c]) for c in ACTIVITY_COLUMNS),
            _label(moments.grand_total),
            _label(plans.grand_total),
        ]
    )
    need_headers, need_rows = hierarchy_rows(need)
    return {
        "need_headers": need_headers,
        "need_rows": need_rows,
        "total_headers": headers,
        "total_rows": totals,
        "term_start": queries.term_start(today),
        "today": today,
    }


def _settings(group: OrganisationGroup) -> list[Organisation]:
    return list(Organisation.objects.filter(group=group).order_by("name"))


@require_http_methods(["GET"])
def group(request: HttpRequest, group_slug: str) -> HttpResponse:
    found = viewed_group_or_404(request, group_slug)
    settings = _settings(found)
    with scope(organisation=settings):
        figures = group_figures(settings)
        services.group_report_viewed(
            organisations=settings,
            actor=request.user,  # type: ignore[arg-type]
            group_slug=found.slug,
            request=request,
        )
    return render(request, "reports/group.html", {"group": found, **figures, "note": NOTE})


@require_http_methods(["GET"])
def group_export(request: HttpRequest, group_slug: str) -> HttpResponse:
    found = viewed_group_or_404(request, group_slug)
    settings = _settings(found)
    fmt = "json" if request.GET.get("format") == "json" else "csv"
    with scope(organisation=settings):
        figures = group_figures(settings)
        services.group_report_exported(
            organisations=settings,
            actor=request.user,  # type: ignore[arg-type]
            group_slug=found.slug,
            file_format=fmt,
            request=request,
        )
    name = f"harbour-{found.slug}-{figures['today']:%Y-%m-%d}"
    if fmt == "json":
        return json_response(
            name,
            {
                "group": found.name,
                "generated_on": figures["today"].isoformat(),
                "term_start": figures["term_start"].isoformat(),
                "threshold": 5,
                "note": NOTE,
                "children_by_stage_and_level": [
                    dict(zip(figures["need_headers"], row, strict=True))
                    for row in figures["need_rows"]
                ],
                "setting_totals": [
                    dict(zip(figures["total_headers"], row, strict=True))
                    for row in figures["total_rows"]
                ],
            },
        )
    # One file, two tables, in long form: every row says what it counts.
    need, totals = "Children by age stage and level of support", "Totals by setting"

    def rows() -> Any:
        for setting, stage, *values in figures["need_rows"]:
            for measure, value in zip(figures["need_headers"][2:], values, strict=True):
                yield [need, setting, stage, measure, value]
        for setting, *values in figures["total_rows"]:
            for measure, value in zip(figures["total_headers"][1:], values, strict=True):
                yield [totals, setting, "", measure, value]

    return small_csv_response(name, ["Table", "Setting", "Age stage", "Measure", "Value"], rows())
