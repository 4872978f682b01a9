"""Harbour's JSON API, version 1: plain functions, an OpenAPI document generated from them.

Every call carries `Authorization: Bearer <token>`. The token decides the organisation: each
endpoint runs inside that organisation's scope and fetches only its records, so another
organisation's child answers 404, as on the pages. Session cookies never authenticate here,
which is also why no CSRF token is needed. Safeguarding data (concerns, factors, ACEs,
warning signs, observations marked as a safeguarding concern) is never served; nor are a
child's UPN, date of birth or safe place, the child's and parents' own words in a support
plan, or the reasons for and outcomes of referrals.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django_scopes import scope
from ninja import Field, NinjaAPI, Path, Query, Schema, Status
from ninja.errors import HttpError
from pydantic import AfterValidator, AwareDatetime

from harbour.api.auth import TokenAuth
from harbour.api.models import (
    AGGREGATES_READ,
    OBSERVATIONS_READ,
    OBSERVATIONS_WRITE,
    REFERRALS_READ,
    ROSTER_READ,
    ApiToken,
)
from harbour.children.models import AgeStage, Child
from harbour.guidance.models import Intervention
from harbour.observations import services as observation_services
from harbour.observations.models import ChildRole, Feeling, Observation, Outcome, Response
from harbour.pathways.models import Referral
from harbour.plans.content import PROGRESS_SCALE, normalise
from harbour.plans.models import Plan, PlanReview, PlanVersion
from harbour.profiles.models import Profile
from harbour.profiles.reading import results_for
from harbour.reports.suppression import Cell, suppress_table

MAX_ID = 2**63 - 1


api = NinjaAPI(
    title="Harbour API",
    version="1",
    description=(
        "Read the roster, support plans and referrals, read and log observations and read "
        "anonymised counts for one organisation. Skills profiles are structured observations to support "
        "planning, not a diagnosis."
    ),
    auth=TokenAuth(),
    urls_namespace="apiv1",
    openapi_url="/openapi.json",
    docs_url=None,
)


@contextmanager
def acting(request: HttpRequest, needs: str) -> Iterator[ApiToken]:
    """The request's token, with its organisation's scope active; 403 without the scope."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    if needs not in token.scopes:
        raise HttpError(403, f"This token lacks the {needs} scope.")
    with scope(organisation=token.organisation):
        yield token


def _child_or_404(token: ApiToken, child_id: int) -> Child:
    child = Child.objects.filter(organisation_id=token.organisation_id, pk=child_id).first()
    if child is None:
        raise HttpError(404, "No such child.")
    return child


# --- schemas -----------------------------------------------------------------------------


def _storable(value: str) -> str:
    if "\x00" in value:
        raise ValueError("Text may not contain NUL characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("Text must be valid Unicode.") from exc
    return value


def _recent(value: datetime.datetime | None) -> datetime.datetime | None:
    if value is None:
        return value
    low = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    if not low <= value <= timezone.now() + datetime.timedelta(days=1):
        raise ValueError("occurred_at must be between 2000 and now.")
    return value


Text = Annotated[str, AfterValidator(_storable)]
ChildId = Annotated[int, Path(ge=1, le=MAX_ID)]
# Referral.Status's values, spelled out so the OpenAPI document lists them (a test checks).
ReferralStatus = Literal["sent", "acknowledged", "accepted", "declined", "closed"]


class Error(Schema):
    detail: str


class InvalidRequest(Schema):
    detail: list[dict[str, Any]]


class ChildOut(Schema):
    id: int
    first_name: str
    last_name: str
    preferred_name: str
    year_group: int | None
    age_stage: Literal["early", "middle", "adolescent"]
    groups: list[str]


class ObservationChildOut(Schema):
    child_id: int
    role: str


class ObservationOut(Schema):
    id: int
    occurred_at: datetime.datetime
    setting: str
    what_happened: str
    feelings: list[str]
    intensity: int | None
    needs: str
    responses: list[str]
    how_responded: str
    outcome: str
    is_positive: bool
    children: list[ObservationChildOut]


class ObservationIn(Schema):
    what_happened: Text = Field(min_length=1, max_length=5000)
    occurred_at: Annotated[AwareDatetime | None, AfterValidator(_recent)] = None
    setting: str = Field("", max_length=60, pattern=r"^[-a-z0-9_]*$")
    feelings: list[Feeling] = Field(default_factory=list, max_length=len(Feeling.values))
    intensity: int | None = Field(None, ge=1, le=5)
    needs: Text = Field("", max_length=2000)
    responses: list[Response] = Field(default_factory=list, max_length=len(Response.values))
    how_responded: Text = Field("", max_length=2000)
    outcome: Outcome | Literal[""] = ""
    is_positive: bool = False
    role: ChildRole = ChildRole.FOCUS


class DomainOut(Schema):
    slug: str
    title: str
    score: float | None = Field(description="0 to 1; null when nothing was rated")
    band: str
    rated: int


class ProfileOut(Schema):
    id: int
    observed_on: datetime.date
    kind: str
    framework_version: str
    age_stage: str
    domains: list[DomainOut]


class CellOut(Schema):
    value: int | None = Field(description="null when hidden to protect a small number")
    label: str


class AggregateRowOut(Schema):
    year_group: str
    cells: dict[str, CellOut]
    total: CellOut


class AggregatesOut(Schema):
    threshold: int
    columns: list[str]
    rows: list[AggregateRowOut]
    column_totals: dict[str, CellOut]
    grand_total: CellOut


class StrategyOut(Schema):
    text: str
    item_id: str | None = Field(
        description="The guidance item the strategy came from; null when the adults wrote it"
    )


class InterventionOut(Schema):
    id: int
    slug: str
    title: str
    builtin: bool = Field(
        description="true: from Harbour's own catalogue; false: the organisation's own entry"
    )


class PlanOut(Schema):
    child_id: int
    status: Literal["active", "closed"]
    version: int = Field(description="The current version's number; every save adds one")
    saved_at: datetime.datetime
    next_review_on: datetime.date
    review_overdue: bool
    strengths: list[str]
    areas: list[str] = Field(description="Less-developed areas to work on")
    goals: list[str]
    strategies: list[StrategyOut]
    interventions: list[InterventionOut] = Field(
        description="Interventions from the catalogue that the plan uses, in the plan's order"
    )


class GoalProgressOut(Schema):
    goal: str
    rating: int = Field(ge=1, le=4)
    label: str = Field(description="The rating in words, from 'Not started yet' to 'Achieved'")


class PlanReviewOut(Schema):
    id: int
    held_on: datetime.date
    plan_version: int = Field(description="The plan version that was reviewed")
    goal_progress: list[GoalProgressOut]
    next_review_on: datetime.date


class ReferralOut(Schema):
    id: int
    child_id: int
    service_id: int
    service: str = Field(description="The service's name in the organisation's directory")
    status: ReferralStatus
    sent_on: datetime.date
    due_by: datetime.date = Field(description="When a reply from the service is expected")
    overdue: bool = Field(description="Still waiting for the service after due_by")


ERRORS: dict[int, Any] = {401: Error, 403: Error, 404: Error, 422: InvalidRequest}


# --- children ----------------------------------------------------------------------------


def _child_out(child: Child) -> dict[str, Any]:
    return {
        "id": child.pk,
        "first_name": child.legal_first_name,
        "last_name": child.legal_last_name,
        "preferred_name": child.preferred_name,
        "year_group": child.year_group,
        "age_stage": child.age_stage,
        "groups": [group.name for group in child.groups.all()],
    }


@api.get(
    "/children",
    response={200: list[ChildOut], **ERRORS},
    url_name="children",
    summary="Children on the roster",
)
def children_list(request: HttpRequest) -> Any:
    with acting(request, ROSTER_READ) as token:
        children = Child.objects.filter(organisation_id=token.organisation_id).prefetch_related(
            "groups"
        )
        return [_child_out(child) for child in children]


@api.get(
    "/children/{child_id}",
    response={200: ChildOut, **ERRORS},
    url_name="child",
    summary="One child",
)
def child_detail(request: HttpRequest, child_id: ChildId) -> Any:
    with acting(request, ROSTER_READ) as token:
        return _child_out(_child_or_404(token, child_id))


# --- observations ------------------------------------------------------------------------


def _observation_out(observation: Observation) -> dict[str, Any]:
    return {
        "id": observation.pk,
        "occurred_at": observation.occurred_at,
        "setting": observation.setting,
        "what_happened": observation.what_happened,
        "feelings": list(observation.feelings),
        "intensity": observation.intensity,
        "needs": observation.needs,
        "responses": list(observation.responses),
        "how_responded": observation.how_responded,
        "outcome": observation.outcome,
        "is_positive": observation.is_positive,
        "children": [
            {"child_id": link.child_id, "role": link.role} for link in observation.links.all()
        ],
    }


@api.get(
    "/children/{child_id}/observations",
    response={200: list[ObservationOut], **ERRORS},
    url_name="child_observations",
    summary="A child's observations (safeguarding concerns are never served)",
    description=(
        "What happened, feelings, needs, how adults responded and the outcome, newest first, "
        "at most 500. These are staff's own words about the child, so they need their own "
        "scope, observations:read; roster:read does not include them. Observations marked as "
        "a safeguarding concern are never served."
    ),
)
def observations_list(request: HttpRequest, child_id: ChildId) -> Any:
    with acting(request, OBSERVATIONS_READ) as token:
        child = _child_or_404(token, child_id)
        observations = (
            Observation.objects.filter(
                organisation_id=token.organisation_id,
                links__child=child,
                deleted_at__isnull=True,
                safeguarding=False,
            )
            .distinct()
            .prefetch_related("links")[:500]
        )
        return [_observation_out(o) for o in observations]


class ApiActor:
    """Who the audit trail names for a write made with a token: the token, by name."""

    pk = None

    def __init__(self, token: ApiToken) -> None:
        self.label = f"API token: {token.name}"

    def __str__(self) -> str:
        return self.label


@api.post(
    "/children/{child_id}/observations",
    response={201: ObservationOut, **ERRORS},
    url_name="child_observations",
    summary="Log an observation about a child",
)
def observation_create(request: HttpRequest, child_id: ChildId, payload: ObservationIn) -> Any:
    with acting(request, OBSERVATIONS_WRITE) as token:
        child = _child_or_404(token, child_id)
        data = payload.dict(exclude={"role"})
        if data["occurred_at"] is None:
            del data["occurred_at"]
        data["feelings"] = [str(f) for f in data["feelings"]]
        data["responses"] = [str(r) for r in data["responses"]]
        data["outcome"] = str(data["outcome"])
        observation = observation_services.observation_create(
            organisation=token.organisation,
            actor=ApiActor(token),  # type: ignore[arg-type]
            children=[(child, str(payload.role))],
            data=data,
            request=request,
        )
        return Status(201, _observation_out(observation))


# --- profiles ----------------------------------------------------------------------------


@api.get(
    "/children/{child_id}/profiles",
    response={200: list[ProfileOut], **ERRORS},
    url_name="child_profiles",
    summary="A child's completed skills profiles with domain scores",
)
def profiles_list(request: HttpRequest, child_id: ChildId) -> Any:
    with acting(request, ROSTER_READ) as token:
        child = _child_or_404(token, child_id)
        profiles = Profile.objects.filter(
            organisation_id=token.organisation_id, child=child, status=Profile.Status.COMPLETE
        ).order_by("observed_on", "id")
        return [
            {
                "id": profile.pk,
                "observed_on": profile.observed_on,
                "kind": profile.kind,
                "framework_version": profile.framework_version,
                "age_stage": profile.age_stage,
                "domains": [
                    {
                        "slug": d.domain.slug,
                        "title": d.domain.title,
                        "score": d.score,
                        "band": d.band,
                        "rated": d.rated,
                    }
                    for d in result.domains
                ],
            }
            for profile, result in results_for(profiles)
        ]


# --- support plans ----------------------------------------------------------------------

PLAN_ACCESS = (
    "Which parts of a plan are served. On the pages a plan is read by the adults who work "
    "with that child (their key adults and class staff, a professional it is shared with, "
    "their own parents), while a token reaches every child of the organisation and is read "
    "by another system's users, whom Harbour cannot limit to the child's own adults. So the "
    "API serves only what adults across the setting need to support the child consistently: "
    "strengths, areas to develop, goals, strategies (with the guidance item each came from), "
    "the catalogue interventions it uses (by name, not what adults wrote about them) and the "
    "review dates. The child's own words (what they want adults to know, what helps "
    "them), the parents' or carers' views, the safe place, what helps the child calm and "
    "the names of key adults stay on the pages."
)


def _interventions_out(token: ApiToken, ids: list[int]) -> list[dict[str, Any]]:
    """The plan's catalogue interventions that this organisation sees, in the plan's order."""
    visible = Intervention.objects.filter(
        Q(organisation__isnull=True) | Q(organisation_id=token.organisation_id), pk__in=ids
    )
    found = {i.pk: i for i in visible.only("pk", "slug", "title", "organisation_id")}
    return [
        {"id": i.pk, "slug": i.slug, "title": i.title, "builtin": i.is_builtin}
        for i in (found[pk] for pk in ids if pk in found)
    ]


def _plan_or_404(token: ApiToken, child_id: int) -> Plan:
    child = _child_or_404(token, child_id)
    found = Plan.objects.filter(organisation_id=token.organisation_id, child=child).first()
    if found is None:
        raise HttpError(404, "This child has no support plan.")
    return found


@api.get(
    "/children/{child_id}/plan",
    response={200: PlanOut, **ERRORS},
    url_name="child_plan",
    summary=(
        "A child's current support plan: strengths, areas, goals, strategies and interventions"
    ),
    description=PLAN_ACCESS
    + " Answers 404 when the child has no plan, as for another organisation's child.",
)
def plan_detail(request: HttpRequest, child_id: ChildId) -> Any:
    with acting(request, ROSTER_READ) as token:
        found = _plan_or_404(token, child_id)
        version = PlanVersion.objects.filter(
            organisation_id=token.organisation_id, plan=found, number=found.current_version
        ).first()
        if version is None:  # cannot happen through the services; never a 500
            raise HttpError(404, "This child has no support plan.")
        content = normalise(version.content)
        return {
            "child_id": found.child_id,
            "status": found.status,
            "version": version.number,
            "saved_at": version.saved_at,
            "next_review_on": found.next_review_on,
            "review_overdue": found.next_review_on < timezone.localdate(),
            "strengths": content["strengths"],
            "areas": content["areas"],
            "goals": content["goals"],
            "strategies": [
                {"text": s["text"], "item_id": s["item_id"]} for s in content["strategies"]
            ],
            "interventions": _interventions_out(token, content["interventions"]),
        }


def _progress(rows: Any) -> list[dict[str, Any]]:
    scale = dict(PROGRESS_SCALE)
    result = []
    for row in rows if isinstance(rows, list) else []:
        try:
            rating = int(row.get("rating"))
        except (AttributeError, TypeError, ValueError):
            continue
        if rating in scale:
            result.append(
                {"goal": str(row.get("goal") or ""), "rating": rating, "label": scale[rating]}
            )
    return result


@api.get(
    "/children/{child_id}/plan/reviews",
    response={200: list[PlanReviewOut], **ERRORS},
    url_name="child_plan_reviews",
    summary="A child's support plan reviews, newest first: progress per goal and next review",
    description=(
        "Each review's date, the plan version reviewed, progress on each goal (1 to 4) and "
        "the next review date. Who came, what changed and the child's and parents' views "
        "stay on the pages, for the reasons given for the plan. An empty list when the plan "
        "has not been reviewed yet; 404 when the child has no plan."
    ),
)
def plan_reviews(request: HttpRequest, child_id: ChildId) -> Any:
    with acting(request, ROSTER_READ) as token:
        found = _plan_or_404(token, child_id)
        reviews = PlanReview.objects.filter(
            organisation_id=token.organisation_id, plan=found
        ).order_by("-held_on", "-id")
        return [
            {
                "id": review.pk,
                "held_on": review.held_on,
                "plan_version": review.plan_version,
                "goal_progress": _progress(review.goal_progress),
                "next_review_on": review.next_review_on,
            }
            for review in reviews
        ]


# --- referrals ---------------------------------------------------------------------------

MAX_REFERRALS = 500


@api.get(
    "/referrals",
    response={200: list[ReferralOut], **ERRORS},
    url_name="referrals",
    summary="Referrals to services, newest first, with their status and whether overdue",
    description=(
        "Referrals are support, not safeguarding concerns, but saying that a child was "
        "referred to a service is sensitive, so they need their own scope, referrals:read, "
        "and only facts are served: the child's id, the service, the status and the dates. "
        "The reason for the referral, the outcome and the notes on each update are free text "
        "about the child and family and stay on the designated staff's pages. A referral is "
        f"overdue while the service has not replied after due_by. At most {MAX_REFERRALS}, "
        "newest first."
    ),
)
def referrals_list(
    request: HttpRequest,
    status: Annotated[
        ReferralStatus | None,
        Query(description="Only referrals with this status"),
    ] = None,
    overdue: Annotated[
        bool | None,
        Query(description="true: only overdue referrals; false: only those not overdue"),
    ] = None,
) -> Any:
    with acting(request, REFERRALS_READ) as token:
        today = timezone.localdate()
        referrals = Referral.objects.filter(organisation_id=token.organisation_id)
        if status is not None:
            referrals = referrals.filter(status=status)
        late = Q(status__in=Referral.WAITING, due_by__lt=today)
        if overdue is True:
            referrals = referrals.filter(late)
        elif overdue is False:
            referrals = referrals.exclude(late)
        referrals = referrals.select_related("service").order_by("-sent_on", "-id")
        return [
            {
                "id": referral.pk,
                "child_id": referral.child_id,
                "service_id": referral.service_id,
                "service": referral.service.name,
                "status": referral.status,
                "sent_on": referral.sent_on,
                "due_by": referral.due_by,
                "overdue": referral.is_overdue(today),
            }
            for referral in referrals[:MAX_REFERRALS]
        ]


# --- aggregates --------------------------------------------------------------------------


def _cell(cell: Cell) -> dict[str, Any]:
    return {"value": cell.value, "label": cell.label}


def _year_label(year: int | None) -> str:
    if year is None:
        return "No year group"
    return "Reception" if year == 0 else f"Year {year}"


@api.get(
    "/aggregates/children",
    response={200: AggregatesOut, 401: Error, 403: Error, 409: Error},
    url_name="aggregates_children",
    summary="Children on roll by year group and age stage, small numbers hidden",
)
def aggregates_children(request: HttpRequest) -> Any:
    with acting(request, AGGREGATES_READ) as token:
        today = timezone.localdate()
        children = Child.objects.filter(organisation_id=token.organisation_id).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=today)
        )
        rows: dict[str, dict[str, int]] = {}
        years = sorted(
            {c.year_group for c in children}, key=lambda y: (y is None, y if y is not None else 0)
        )
        for year in years:
            rows[_year_label(year)] = dict.fromkeys(AgeStage.values, 0)
        for child in children:
            rows[_year_label(child.year_group)][child.age_stage] += 1
        if not rows:
            rows = {"No children": dict.fromkeys(AgeStage.values, 0)}
        try:
            table = suppress_table(rows)
        except ValueError as exc:
            return Status(409, {"detail": str(exc)})
        return {
            "threshold": table.threshold,
            "columns": list(table.columns),
            "rows": [
                {
                    "year_group": row,
                    "cells": {c: _cell(table.cells[row][c]) for c in table.columns},
                    "total": _cell(table.row_totals[row]),
                }
                for row in table.rows
            ],
            "column_totals": {c: _cell(table.column_totals[c]) for c in table.columns},
            "grand_total": _cell(table.grand_total),
        }
