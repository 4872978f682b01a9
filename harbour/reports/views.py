"""The dashboard (lead and designated staff), the governors' view and its PDF, and exports."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from harbour.core.charts import Series, bar_chart, heat_map, line_chart
from harbour.reports import queries, services
from harbour.reports.exports import csv_response, json_response
from harbour.reports.suppression import (
    Cell,
    SuppressedGroups,
    SuppressedHierarchy,
    count_cell,
    suppress_groups,
    suppress_hierarchy,
    suppress_table,
)

# The drill-down page lists at most this many children; its CSV has them all.
LIST_LIMIT = 2000


def _org_id(request: HttpRequest) -> int:
    return request.organisation.pk  # type: ignore[attr-defined,no-any-return]


def _drill(**params: object) -> str:
    return (
        reverse("reports:children") + "?" + urlencode({k: v for k, v in params.items() if v != ""})
    )


# --- the figures, shared by the dashboard and the governors' view ---------------------------


def _figures(organisation_id: int) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        "today": today,
        "need": queries.need_figures(organisation_id, today),
        "heat": queries.heat_map_figures(organisation_id, today),
        "weeks": queries.observation_weeks(organisation_id, today),
        "plans": queries.plan_figures(organisation_id, today),
        "referrals": queries.referral_figures(organisation_id, today),
        "training": queries.training_figures(organisation_id),
    }


def _observation_chart(weeks: list[tuple[Any, int | None, int | None]]) -> Any:
    return line_chart(
        [f"{w:%d %b}" for w, _d, _p in weeks],
        # Positive first, as on a child's charts: the calm teal for positive moments, the
        # warm orange for difficult ones, so a colour means the same thing everywhere.
        [
            Series("Positive moments", [p for _w, _d, p in weeks]),
            Series("Difficult moments", [d for _w, d, _p in weeks]),
        ],
        title="Observations logged each week (last 12 weeks)",
        decimals=0,
    )


@require_http_methods(["GET"])
def dashboard(request: HttpRequest) -> HttpResponse:
    figures = _figures(_org_id(request))
    need: queries.NeedFigures = figures["need"]
    heat: queries.HeatMap = figures["heat"]
    levels = [(label, n, _drill(figure="need", level=slug)) for slug, label, n in need.levels]
    movements = [
        (queries.MOVEMENT_LABELS[kind], need.movement(kind), _drill(figure="need", movement=kind))
        for kind in queries.MOVEMENTS
    ]
    heat_rows = [
        (
            name,
            heat.profiled[group_id],
            [
                (
                    heat.counts[group_id].get(slug, 0),
                    _percent(heat.share(group_id, slug)),
                    _drill(figure="domain", domain=slug, group=group_id or ""),
                )
                for slug, _title in heat.domains
            ],
        )
        for group_id, name in heat.groups
    ]
    context = {
        **figures,
        "levels": levels,
        "movements": movements,
        "need_chart": bar_chart(
            [label for label, _n, _u in levels],
            [Series("Children", [n for _l, n, _u in levels])],
            title="Children by level of support",
        ),
        "heat_rows": heat_rows,
        "heat_chart": _heat_chart(heat),
        "observation_chart": _observation_chart(figures["weeks"]),
        "drill": {
            "difficult": _drill(figure="observations", positive=0),
            "positive": _drill(figure="observations", positive=1),
            "overdue": _drill(figure="plans", state="overdue"),
            "due": _drill(figure="plans", state="due"),
            "referrals": _drill(figure="referrals"),
        },
    }
    return render(request, "reports/dashboard.html", context)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _heat_chart(heat: queries.HeatMap) -> Any:
    """The dashboard's heat map: exact shares (governors get `_governor_heat_chart`)."""
    rows, cells, text = [], [], []
    for group_id, name in heat.groups:
        rows.append(name)
        cells.append([heat.share(group_id, slug) for slug, _title in heat.domains])
        text.append([_percent(heat.share(group_id, slug)) for slug, _title in heat.domains])
    return heat_map(
        rows,
        [title for _slug, title in heat.domains],
        # Shaded by how many are *not* less developed, so more concern shows darker.
        [[None if v is None else 1 - v for v in row] for row in cells],
        title="Share of profiled children with a less-developed area, by group",
        cell_text=text,
    )


# --- drill-downs ----------------------------------------------------------------------------------


def _drill_children(request: HttpRequest) -> tuple[str, Any]:
    org_id = _org_id(request)
    today = timezone.localdate()
    q = request.GET
    figure = q.get("figure", "")
    if figure == "need":
        level, movement = q.get("level", ""), q.get("movement", "")
        label = queries.NEED_LABELS.get(level) or queries.MOVEMENT_LABELS.get(movement, "")
        if not label:
            raise Http404("No such figure.")
        return label, queries.need_children(org_id, today, level=level, movement=movement)
    if figure == "domain":
        heat = queries.heat_map_figures(org_id, today)
        titles = dict(heat.domains)
        domain = q.get("domain", "")
        group = q.get("group", "")
        if domain not in titles or (group and not group.isdigit()):
            raise Http404("No such figure.")
        children = queries.domain_children(org_id, today, domain=domain, group_id=int(group or 0))
        return f"Less developed: {titles[domain]}", children
    if figure == "observations":
        positive = q.get("positive") == "1"
        label = "positive" if positive else "difficult"
        return (
            f"Children with {label} moments logged in the last 12 weeks",
            queries.observation_children(org_id, today, positive=positive),
        )
    if figure == "plans" and q.get("state") in ("due", "overdue"):
        state = q["state"]
        title = "Plan reviews overdue" if state == "overdue" else "Plan reviews due this week"
        return title, queries.plan_children(org_id, today, state=state)
    if figure == "referrals":
        return "Referrals overdue", queries.referral_children(org_id, today)
    raise Http404("No such figure.")


@require_http_methods(["GET"])
def children(request: HttpRequest) -> HttpResponse:
    """The children behind one dashboard figure (names: lead and designated staff only)."""
    if not request.GET.get("figure"):
        return redirect("reports:dashboard")
    title, found = _drill_children(request)
    ordered = found.order_by("legal_last_name", "legal_first_name", "pk")
    if request.GET.get("format") == "csv":
        everyone = list(ordered)  # the file has every child, however long the page's list
        services.report_export_downloaded(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            figure=title,
            child_ids=[c.pk for c in everyone],
            request=request,
        )
        return csv_response(
            "harbour-children",
            ["Name", "Year group", "Date of birth"],
            ((c.display_name, c.year_group_label, c.date_of_birth.isoformat()) for c in everyone),
        )
    rows = list(ordered[: LIST_LIMIT + 1])
    total = len(rows) if len(rows) <= LIST_LIMIT else ordered.count()
    query = request.GET.copy()
    query["format"] = "csv"
    return render(
        request,
        "reports/children.html",
        {
            "title": title,
            "children": rows[:LIST_LIMIT],
            "total": total,
            "limit": LIST_LIMIT,
            "csv_url": f"{request.path}?{query.urlencode()}",
        },
    )


# --- governors ------------------------------------------------------------------------------


NO_GROUP = "Children in no group"


def protected_heat(heat: queries.HeatMap) -> SuppressedGroups:
    """Children less developed in each domain, by group, protected for governors.

    Counts, not shares: a share and its count together give the group's size, and with it
    limits on the hidden numbers. The children in no group get a row of their own, so the
    rows add up to the whole setting when groups do not overlap.
    """
    rows = {
        name: {slug: heat.counts[group_id].get(slug, 0) for slug, _title in heat.domains}
        for group_id, name in heat.groups
        if group_id != queries.WHOLE_SETTING
    }
    if rows and heat.ungrouped_profiled and NO_GROUP not in rows:  # (a group of that name?)
        rows[NO_GROUP] = {slug: heat.ungrouped.get(slug, 0) for slug, _title in heat.domains}
    whole = {slug: heat.counts[queries.WHOLE_SETTING].get(slug, 0) for slug, _t in heat.domains}
    return suppress_groups(rows, whole)


def _heat_rows(protected: SuppressedGroups) -> list[tuple[str, list[Cell]]]:
    table = protected.table
    columns = list(protected.whole)
    return [
        ("Whole setting", [protected.whole[c] for c in columns]),
        *((row, [table.cells[row][c] for c in columns]) for row in table.rows),
    ]


def _short_label(cell: Cell) -> str:
    if cell.value is not None:
        return str(cell.value)
    return "<5" if cell.small else "hidden"


def _governor_heat_chart(heat: queries.HeatMap, protected: SuppressedGroups) -> Any:
    rows = _heat_rows(protected)
    # Shaded against the largest number shown, so the colours tell nothing the numbers don't.
    largest = max((c.value or 0 for _name, cells in rows for c in cells), default=0)
    return heat_map(
        [name for name, _cells in rows],
        [title for _slug, title in heat.domains],
        [
            [None if c.value is None else 1 - c.value / largest if largest else 1.0 for c in cells]
            for _name, cells in rows
        ],
        title="Children with a less-developed area, by group",
        cell_text=[[_short_label(c) for c in cells] for _name, cells in rows],
    )


def governor_context(organisation: Any) -> dict[str, Any]:
    """The figures for governors: no names, every count of children under 5 hidden."""
    figures = _figures(organisation.pk)
    need: queries.NeedFigures = figures["need"]
    need_rows = {
        queries.NEED_LABELS[slug]: {
            queries.MOVEMENT_LABELS[kind]: need.rows[slug].get(kind, 0)
            for kind in queries.MOVEMENTS
        }
        for slug in queries.NEED_ORDER
    }
    need_table = suppress_table(need_rows)
    plans = figures["plans"]
    plan_table = suppress_table(
        {
            "Support plans": {
                "Review overdue": plans["overdue"],
                "Review due this week": plans["due"],
                "On track": plans["on_track"],
            }
        }
    )
    weeks = figures["weeks"]
    week_table = suppress_table(
        {f"{w:%d %b}": {"Difficult": d, "Positive": p} for w, d, p in weeks}
    )
    heat_groups = protected_heat(figures["heat"])
    need_chart = bar_chart(
        list(need_table.rows),
        [Series("Children", [need_table.row_totals[r].value for r in need_table.rows])],
        title="Children by level of support (hidden bars: fewer than 5 or protected)",
    )
    observation_chart = _observation_chart(
        [
            (
                w,
                week_table.cells[f"{w:%d %b}"]["Difficult"].value,
                week_table.cells[f"{w:%d %b}"]["Positive"].value,
            )
            for w, _d, _p in weeks
        ]
    )
    return {
        **figures,
        "organisation": organisation,
        "need_table": need_table,
        "plan_table": plan_table,
        "week_table": week_table,
        "referrals_overdue": count_cell(figures["referrals"]["children"]),
        "need_chart": need_chart,
        "observation_chart": observation_chart,
        "heat_groups": heat_groups,
        "heat_chart": _governor_heat_chart(figures["heat"], heat_groups),
    }


@require_http_methods(["GET"])
def governors(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "reports/governors.html",
        governor_context(request.organisation),  # type: ignore[attr-defined]
    )


@require_http_methods(["GET"])
def governors_pdf(request: HttpRequest) -> HttpResponse:
    from harbour.plans.pdf import render_pdf

    organisation = request.organisation  # type: ignore[attr-defined]
    pdf = render_pdf("reports/governors_pdf.html", {**governor_context(organisation), "pdf": True})
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="governors-report-{organisation.slug}.pdf"'
    return response


# --- the anonymised export for a local authority or trust -------------------------------------------


def _label(cell: Cell) -> str | int:
    return cell.value if cell.value is not None else cell.label


def anonymised_rows(organisation: Any) -> tuple[list[str], list[list[str | int]]]:
    today = timezone.localdate()
    counts = queries.counts_by_stage_and_grouping([(organisation.pk, organisation.name)], today)
    return hierarchy_rows(suppress_hierarchy(counts))


def hierarchy_rows(table: SuppressedHierarchy) -> tuple[list[str], list[list[str | int]]]:
    """Setting x age stage rows of a protected table, with subtotals and the grand total."""
    headers = ["Setting", "Age stage", *table.columns, "Total"]
    rows: list[list[str | int]] = []
    for setting, group in table.groups.items():
        for stage in group.rows:
            rows.append(
                [
                    setting,
                    stage,
                    *(_label(group.cells[stage][c]) for c in table.columns),
                    _label(group.row_totals[stage]),
                ]
            )
        rows.append(
            [
                setting,
                "All ages",
                *(_label(group.subtotals[c]) for c in table.columns),
                _label(group.total),
            ]
        )
    rows.append(
        [
            "All settings",
            "All ages",
            *(_label(table.column_totals[c]) for c in table.columns),
            _label(table.grand_total),
        ]
    )
    return headers, rows


@require_http_methods(["GET"])
def export_la(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    headers, rows = anonymised_rows(organisation)
    fmt = request.GET.get("format", "")
    name = f"harbour-anonymised-{organisation.slug}-{timezone.localdate():%Y-%m-%d}"
    if fmt == "csv":
        return csv_response(name, headers, rows)
    if fmt == "json":
        return json_response(
            name,
            {
                "generated_on": timezone.localdate().isoformat(),
                "threshold": 5,
                "note": "Counts of children; 'fewer than 5' hides 0 to 4, and further "
                "numbers are hidden so that no hidden number can be worked out from the totals.",
                "columns": headers,
                "rows": [dict(zip(headers, row, strict=True)) for row in rows],
            },
        )
    return render(request, "reports/export_la.html", {"headers": headers, "rows": rows})
