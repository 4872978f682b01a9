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
from harbour.reports import outcomes, queries, services
from harbour.reports.exports import csv_response, json_response, small_csv_response
from harbour.reports.suppression import (
    Cell,
    SuppressedHierarchy,
    SuppressedTable,
    suppress_hierarchy,
    suppress_table,
)


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
        [
            Series("Difficult moments", [d for _w, d, _p in weeks]),
            Series("Positive moments", [p for _w, _d, p in weeks]),
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
        "heat_chart": _heat_chart(heat, suppressed=False),
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


def _heat_chart(heat: queries.HeatMap, *, suppressed: bool) -> Any:
    rows, cells, text = [], [], []
    for group_id, name in heat.groups:
        total = heat.profiled[group_id]
        if suppressed and total < 5:
            rows.append(f"{name} *")
            cells.append([None for _slug in heat.domains])
            text.append(["–" for _slug in heat.domains])
            continue
        rows.append(name)
        shares, labels = [], []
        for slug, _title in heat.domains:
            count = heat.counts[group_id].get(slug, 0)
            if suppressed and 0 < count < 5:
                shares.append(None)
                labels.append("<5")
            else:
                shares.append(heat.share(group_id, slug))
                labels.append(_percent(heat.share(group_id, slug)))
        cells.append(shares)
        text.append(labels)
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
    rows = list(found.order_by("legal_last_name", "legal_first_name", "pk")[:2000])
    if request.GET.get("format") == "csv":
        services.report_export_downloaded(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            figure=title,
            child_ids=[c.pk for c in rows],
            request=request,
        )
        return csv_response(
            "harbour-children",
            ["Name", "Year group", "Date of birth"],
            ((c.display_name, c.year_group_label, c.date_of_birth.isoformat()) for c in rows),
        )
    csv_url = request.get_full_path() + "&format=csv"
    return render(
        request,
        "reports/children.html",
        {"title": title, "children": rows, "csv_url": csv_url},
    )


# --- governors ------------------------------------------------------------------------------


def _cell(value: int) -> Cell:
    """A lone published number: hidden as 'fewer than 5' from 1 to 4."""
    if 0 < value < 5:
        return Cell(None, "primary", "fewer than 5")
    return Cell(value, None, str(value))


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
        "referrals_overdue": _cell(figures["referrals"]["children"]),
        "need_chart": need_chart,
        "observation_chart": observation_chart,
        "heat_chart": _heat_chart(figures["heat"], suppressed=True),
    }


@require_http_methods(["GET"])
def governors(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "reports/governors.html",
        governor_context(request.organisation),  # type: ignore[attr-defined]
    )


def _table_lines(name: str, table: SuppressedTable) -> list[list[str | int]]:
    """A protected table in long form (table, row, column, value), totals included."""
    lines: list[list[str | int]] = []
    for row in table.rows:
        lines += [[name, row, col, _label(table.cells[row][col])] for col in table.columns]
        lines.append([name, row, "Total", _label(table.row_totals[row])])
    lines += [[name, "Total", col, _label(table.column_totals[col])] for col in table.columns]
    lines.append([name, "Total", "Total", _label(table.grand_total)])
    return lines


@require_http_methods(["GET"])
def governors_csv(request: HttpRequest) -> HttpResponse:
    """The governors' tables as a spreadsheet: the same suppressed numbers, never names."""
    organisation = request.organisation  # type: ignore[attr-defined]
    context = governor_context(organisation)
    rows = [
        *_table_lines("Children by level of support", context["need_table"]),
        *_table_lines("Support plan reviews", context["plan_table"]),
        *_table_lines("Observations by week", context["week_table"]),
        [
            "Referrals overdue",
            "Children",
            "Total",
            _label(context["referrals_overdue"]),
        ],
    ]
    name = f"governors-figures-{organisation.slug}-{timezone.localdate():%Y-%m-%d}"
    return small_csv_response(name, ["Table", "Row", "Column", "Value"], rows)


@require_http_methods(["GET"])
def governors_pdf(request: HttpRequest) -> HttpResponse:
    from harbour.plans.pdf import render_pdf

    organisation = request.organisation  # type: ignore[attr-defined]
    pdf = render_pdf("reports/governors_pdf.html", governor_context(organisation))
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


# --- outcomes ---------------------------------------------------------------------------------


@require_http_methods(["GET"])
def outcome_intervention(request: HttpRequest, intervention_id: int) -> HttpResponse:
    from harbour.guidance.views import _get_intervention_or_404

    intervention = _get_intervention_or_404(request, intervention_id)
    context = outcomes.evaluate(
        _org_id(request),
        item_id=f"intervention.{intervention.slug}",
        title=intervention.title,
        intervention_id=intervention.pk,
    )
    return render(
        request,
        "reports/outcome.html",
        {**context, "title": intervention.title, "back": intervention},
    )


@require_http_methods(["GET"])
def outcome_strategy(request: HttpRequest, item_id: str) -> HttpResponse:
    from harbour.guidance.library import load_library

    item = load_library().by_id.get(item_id)
    if item is None:
        raise Http404("No such strategy.")
    context = outcomes.evaluate(_org_id(request), item_id=item_id)
    return render(
        request,
        "reports/outcome.html",
        {**context, "title": item.title or item.text},
    )
