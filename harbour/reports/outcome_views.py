"""What changed for the children who had a strategy or intervention: the page and its CSV.

Governors open these pages too, so every number of children on them goes through the same
small-number suppression as the governors' tables: from 1 to 4 it reads "fewer than 5".
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from harbour.reports import outcomes
from harbour.reports.exports import small_csv_response
from harbour.reports.suppression import count_cell

HEADERS = [
    "Measure",
    "Children",
    "Average before",
    "Average after",
    "Average change",
    "95% range for the change, from",
    "95% range for the change, to",
    "Bootstrap range, from",
    "Bootstrap range, to",
]


def _org_id(request: HttpRequest) -> int:
    return request.organisation.pk  # type: ignore[attr-defined,no-any-return]


def _intervention(request: HttpRequest, intervention_id: int) -> tuple[Any, dict[str, Any]]:
    from harbour.guidance.views import _get_intervention_or_404

    intervention = _get_intervention_or_404(request, intervention_id)
    context = outcomes.evaluate(
        _org_id(request),
        item_id=f"intervention.{intervention.slug}",
        title=intervention.title,
        intervention_id=intervention.pk,
    )
    return intervention, {**context, "title": intervention.title, "back": intervention}


def _strategy(request: HttpRequest, item_id: str) -> dict[str, Any]:
    from harbour.guidance.library import load_library

    item = load_library().by_id.get(item_id)
    if item is None:
        raise Http404("No such strategy.")
    context = outcomes.evaluate(_org_id(request), item_id=item_id)
    return {**context, "title": item.title or item.text}


def _page(request: HttpRequest, context: dict[str, Any], csv_url: str) -> HttpResponse:
    return render(
        request,
        "reports/outcome.html",
        {**context, "children_shown": count_cell(context["children"]), "csv_url": csv_url},
    )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _measure_row(m: outcomes.Measure) -> list[str | int]:
    if not m.enough:  # as on the page: no figures, and the number only if 0 or 5 and over
        return [m.name, m.shown_n.label, "", "", "", "", "", "", ""]
    low, high = m.bootstrap or (None, None)
    return [
        m.name,
        m.n,
        _number(m.mean_before),
        _number(m.mean_after),
        _number(m.mean_difference),
        _number(m.ci_low),
        _number(m.ci_high),
        _number(low),
        _number(high),
    ]


def _csv(context: dict[str, Any], name: str) -> HttpResponse:
    children = count_cell(context["children"])
    rows: list[list[str | int]] = [
        [
            "Children who had this in their support plan",
            children.label if children.value is None else children.value,
            *[""] * (len(HEADERS) - 2),
        ],
        _measure_row(context["moments"]),
        *(_measure_row(m) for m in context["domains"]),
    ]
    filename = f"what-changed-{slugify(name)[:60]}-{timezone.localdate():%Y-%m-%d}"
    return small_csv_response(filename, HEADERS, rows)


@require_http_methods(["GET"])
def outcome_intervention(request: HttpRequest, intervention_id: int) -> HttpResponse:
    _found, context = _intervention(request, intervention_id)
    csv_url = reverse("reports:outcome_intervention_csv", args=[intervention_id])
    return _page(request, context, csv_url)


@require_http_methods(["GET"])
def outcome_intervention_csv(request: HttpRequest, intervention_id: int) -> HttpResponse:
    intervention, context = _intervention(request, intervention_id)
    return _csv(context, intervention.slug)


@require_http_methods(["GET"])
def outcome_strategy(request: HttpRequest, item_id: str) -> HttpResponse:
    context = _strategy(request, item_id)
    return _page(request, context, reverse("reports:outcome_strategy_csv", args=[item_id]))


@require_http_methods(["GET"])
def outcome_strategy_csv(request: HttpRequest, item_id: str) -> HttpResponse:
    return _csv(_strategy(request, item_id), item_id)
