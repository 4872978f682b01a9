"""Every table on the dashboard and the governors' pages, as CSV.

One long form for all of them (table, row, column, value), with the same numbers as the
page: exact on the dashboard (lead and designated staff), protected for governors. ``?table=``
picks one table; without it the file has them all. No child is named, so these downloads
are not audited; the drill-down's list of names is (`views.children`).
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.reports import queries
from harbour.reports.exports import small_csv_response
from harbour.reports.suppression import SuppressedGroups, SuppressedTable
from harbour.reports.views import _figures, _heat_rows, _label, _org_id, governor_context

Line = list[str | int]  # one row of a table in long form: table, row, column, value

DASHBOARD_TABLES = {
    "need": "Level of support (I-THRIVE)",
    "movement": "Since the start of term",
    "heat": "Where many children are less developed",
    "observations": "Observations by week",
    "plans": "Plans and referrals",
    "training": "Training coverage (PACE)",
}
GOVERNOR_TABLES = {
    "need": "Children by level of support",
    "heat": "Where many children are less developed",
    "observations": "Observations by week",
    "plans": "Support plan reviews",
    "training": "Staff training in PACE",
}


def _tables_csv(
    request: HttpRequest, name: str, titles: dict[str, str], tables: dict[str, list[Line]]
) -> HttpResponse:
    """One table (``?table=``) or all of them, as a spreadsheet."""
    chosen = request.GET.get("table", "")
    if chosen and chosen not in titles:
        raise Http404("No such table.")
    slugs = [chosen] if chosen else list(titles)
    organisation = request.organisation  # type: ignore[attr-defined]
    filename = f"{name}-{organisation.slug}-{timezone.localdate():%Y-%m-%d}"
    if chosen:
        filename += f"-{chosen}"
    rows = [line for slug in slugs for line in tables[slug]]
    return small_csv_response(filename, ["Table", "Row", "Column", "Value"], rows)


def _training_lines(title: str, training: list[tuple[str, int, int]]) -> list[Line]:
    return [
        line
        for label, staff, trained in training
        for line in ([title, label, "Staff", staff], [title, label, "Trained in PACE", trained])
    ]


def _week_lines(title: str, weeks: list[tuple[Any, int, int]]) -> list[Line]:
    return [
        line
        for w, difficult, positive in weeks
        for line in (
            [title, f"{w:%Y-%m-%d}", "Difficult", difficult],
            [title, f"{w:%Y-%m-%d}", "Positive", positive],
        )
    ]


@require_http_methods(["GET"])
def dashboard_csv(request: HttpRequest) -> HttpResponse:
    """The dashboard's tables, with the exact numbers the dashboard shows."""
    figures = _figures(_org_id(request))
    need: queries.NeedFigures = figures["need"]
    heat: queries.HeatMap = figures["heat"]
    t = DASHBOARD_TABLES
    plans, referrals = figures["plans"], figures["referrals"]
    tables: dict[str, list[Line]] = {
        "need": [[t["need"], label, "Children", n] for _slug, label, n in need.levels],
        "movement": [
            [t["movement"], queries.MOVEMENT_LABELS[kind], "Children", need.movement(kind)]
            for kind in queries.MOVEMENTS
        ],
        "heat": [
            line
            for group_id, name in heat.groups
            for line in (
                [t["heat"], name, "Children with a complete profile", heat.profiled[group_id]],
                *(
                    [t["heat"], name, title, heat.counts[group_id].get(slug, 0)]
                    for slug, title in heat.domains
                ),
            )
        ],
        "observations": _week_lines(t["observations"], figures["weeks"]),
        "plans": [
            [t["plans"], "Plan reviews", "Overdue", plans["overdue"]],
            [t["plans"], "Plan reviews", "Due this week", plans["due"]],
            [t["plans"], "Plan reviews", "On track", plans["on_track"]],
            [
                t["plans"],
                "Referrals past the service's timescale",
                "Referrals",
                referrals["referrals"],
            ],
            [
                t["plans"],
                "Referrals past the service's timescale",
                "Children",
                referrals["children"],
            ],
        ],
        "training": _training_lines(t["training"], figures["training"]),
    }
    return _tables_csv(request, "dashboard-figures", t, tables)


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
    """The governors' tables as a spreadsheet: the same protected numbers, never names."""
    context = governor_context(request.organisation)  # type: ignore[attr-defined]
    t = GOVERNOR_TABLES
    heat: queries.HeatMap = context["heat"]
    titles = dict(heat.domains)
    protected: SuppressedGroups = context["heat_groups"]
    tables: dict[str, list[Line]] = {
        "need": _table_lines(t["need"], context["need_table"]),
        "heat": [
            [t["heat"], name, titles[slug], _label(cell)]
            for name, cells in _heat_rows(protected)
            for slug, cell in zip(protected.whole, cells, strict=True)
        ],
        "observations": _table_lines(t["observations"], context["week_table"]),
        "plans": [
            *_table_lines(t["plans"], context["plan_table"]),
            [t["plans"], "Referrals overdue", "Children", _label(context["referrals_overdue"])],
        ],
        # Numbers of staff, not children, exactly as on the page (and on Training coverage).
        "training": _training_lines(t["training"], context["training"]),
    }
    return _tables_csv(request, "governors-figures", t, tables)
