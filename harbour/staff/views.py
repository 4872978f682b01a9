"""Staff development: training register and coverage, reflective practice, wellbeing."""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.accounts.models import Membership
from harbour.accounts.roles import SETTING_STAFF_ROLES, Role
from harbour.children.models import Child
from harbour.guidance import services as guidance_services
from harbour.guidance.models import TrainingRecord
from harbour.reports.exports import small_csv_response
from harbour.staff import services
from harbour.staff.forms import ReflectiveForm, TrainingForm, WellbeingForm
from harbour.staff.models import ReflectiveSession, WellbeingCheckIn

SMALL_NUMBER = 5  # weekly wellbeing figures for fewer people than this are not shown
SUMMARY_WEEKS = 8
PACE_TRAINING = Q(intervention__slug="pace", intervention__organisation__isnull=True) | Q(
    course__icontains="PACE"
)


def _membership(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined,no-any-return]


def _staff(organisation_id: int) -> list[Membership]:
    return list(
        Membership.objects.active()
        .filter(organisation_id=organisation_id, role__in=SETTING_STAFF_ROLES)
        .select_related("user")
        .order_by("user__full_name")
    )


@require_http_methods(["GET", "POST"])
def training(request: HttpRequest) -> HttpResponse:
    """The register: the lead and DSL see everyone's; staff see and add their own."""
    membership = _membership(request)
    form = TrainingForm(request.POST or None, organisation_id=membership.organisation_id)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        guidance_services.training_record_create(
            membership=membership,
            course=data["course"],
            intervention=data["intervention"],
            completed_on=data["completed_on"],
            hours=data["hours"],
            provider=data["provider"],
            request=request,
        )
        messages.success(request, "Your training is recorded.")
        return redirect("staff:training")
    records = TrainingRecord.objects.filter(
        organisation_id=membership.organisation_id
    ).select_related("membership__user", "intervention")
    sees_everyone = membership.role in (Role.LEAD, Role.DESIGNATED)
    if not sees_everyone:
        records = records.filter(membership=membership)
    return render(
        request,
        "staff/training.html",
        {"form": form, "records": records[:500], "sees_everyone": sees_everyone},
    )


def _coverage(membership: Membership) -> dict[str, Any]:
    """How many of each role are trained in PACE, and who is trained in what (lead only)."""
    staff = _staff(membership.organisation_id)
    records = list(
        TrainingRecord.objects.filter(
            organisation_id=membership.organisation_id, membership__in=staff
        ).select_related("intervention")
    )
    pace_ids = set(
        TrainingRecord.objects.filter(
            PACE_TRAINING, organisation_id=membership.organisation_id, membership__in=staff
        ).values_list("membership_id", flat=True)
    )
    by_role = []
    for role in (Role.LEAD, Role.DESIGNATED, Role.STAFF):
        people = [m for m in staff if m.role == role]
        trained = sum(1 for m in people if m.pk in pace_ids)
        percent = round(100 * trained / len(people)) if people else None
        by_role.append((Role(role).label, len(people), trained, percent))
    total = len(staff)
    trained_total = sum(1 for m in staff if m.pk in pace_ids)
    courses: dict[str, set[int]] = defaultdict(set)
    for record in records:
        courses[record.intervention.title if record.intervention else record.course].add(
            record.membership_id
        )
    who = []
    if membership.role == Role.LEAD:  # governors see figures, not people
        for person in staff:
            mine = sorted(
                {
                    r.intervention.title if r.intervention else r.course
                    for r in records
                    if r.membership_id == person.pk
                }
            )
            who.append((person, mine))
    return {
        "by_role": by_role,
        "total": total,
        "trained_total": trained_total,
        "percent_total": round(100 * trained_total / total) if total else None,
        "courses": sorted((title, len(ids)) for title, ids in courses.items()),
        "who": who,
    }


@require_http_methods(["GET"])
def coverage(request: HttpRequest) -> HttpResponse:
    return render(request, "staff/coverage.html", _coverage(_membership(request)))


@require_http_methods(["GET"])
def coverage_csv(request: HttpRequest) -> HttpResponse:
    """The coverage figures as a spreadsheet: numbers by role and by course, no names."""
    figures = _coverage(_membership(request))
    rows: list[list[object]] = [
        ["PACE training by role", label, people, trained, "" if percent is None else percent]
        for label, people, trained, percent in figures["by_role"]
    ]
    rows += [["Courses", title, count, "", ""] for title, count in figures["courses"]]
    return small_csv_response(
        f"training-coverage-{timezone.localdate():%Y-%m-%d}",
        ["Table", "Role or course", "People", "Trained in PACE", "Percentage trained"],
        rows,
    )


def child_names_in(text: str, organisation_id: int) -> list[str]:
    """Children's names (of this organisation) that appear as whole words in the text."""
    names: set[str] = set()
    for first, preferred, last in Child.objects.filter(
        organisation_id=organisation_id, left_on__isnull=True
    ).values_list("legal_first_name", "preferred_name", "legal_last_name"):
        names.update(n for n in (first, preferred, last) if len(n) >= 3)
    tokens = re.findall(r"[A-Z][\w'’-]+", text)
    words = set(tokens) | {re.split(r"['’]", t)[0] for t in tokens}  # "Ada's" names Ada
    return sorted(words & names)


@require_http_methods(["GET", "POST"])
def reflective(request: HttpRequest) -> HttpResponse:
    membership = _membership(request)
    form = ReflectiveForm(request.POST or None, organisation_id=membership.organisation_id)
    found: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        found = child_names_in(f"{data['themes']}\n{data['will_try']}", membership.organisation_id)
        if found and not data["names_ok"]:
            messages.warning(
                request,
                "This may name a child. Reflective practice is about our own practice; "
                "please take names out, or tick the box if no child can be identified.",
            )
        else:
            services.reflective_session_create(
                membership=membership,
                held_on=data["held_on"],
                themes=data["themes"],
                will_try=data["will_try"],
                facilitator=data["facilitator"],
                attendees=list(data["attendees"]),
                actor=request.user,  # type: ignore[arg-type]
                request=request,
            )
            messages.success(request, "The session is recorded.")
            return redirect("staff:reflective")
    sessions = (
        ReflectiveSession.objects.filter(organisation_id=membership.organisation_id)
        .select_related("facilitator__user")
        .prefetch_related("attendees__user")[:50]
    )
    return render(
        request, "staff/reflective.html", {"form": form, "sessions": sessions, "found": found}
    )


@require_http_methods(["GET", "POST"])
def wellbeing(request: HttpRequest) -> HttpResponse:
    """A private check-in: each person sees only their own history."""
    membership = _membership(request)
    form = WellbeingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.wellbeing_checkin_create(
            membership=membership,
            score=form.cleaned_data["score"],
            note=form.cleaned_data["note"],
            request=request,
        )
        messages.success(request, "Thank you. Looking after yourself matters in this work.")
        return redirect("staff:wellbeing")
    mine = WellbeingCheckIn.objects.filter(
        organisation_id=membership.organisation_id, membership=membership
    )[:26]
    labels = dict(form.fields["score"].choices)  # type: ignore[attr-defined]
    history = [(entry, labels.get(entry.score, "")) for entry in mine]
    return render(request, "staff/wellbeing.html", {"form": form, "history": history})


def weekly_summary(organisation_id: int, today: datetime.date) -> list[dict[str, object]]:
    """Per week: how many people checked in and their average, hidden under SMALL_NUMBER."""
    monday = today - datetime.timedelta(days=today.weekday())
    start = monday - datetime.timedelta(weeks=SUMMARY_WEEKS - 1)
    entries = WellbeingCheckIn.objects.filter(
        organisation_id=organisation_id,
        created_at__date__gte=start,
    ).values_list("membership_id", "score", "created_at")
    weeks: dict[datetime.date, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for member_id, score, created in entries:
        day = timezone.localtime(created).date()
        weeks[day - datetime.timedelta(days=day.weekday())][member_id].append(score)
    rows = []
    for i in range(SUMMARY_WEEKS):
        week = start + datetime.timedelta(weeks=i)
        people = weeks.get(week, {})
        # Each person counts once a week, with their own average, so one person can't tip it.
        averages = [sum(s) / len(s) for s in people.values()]
        small = len(averages) < SMALL_NUMBER
        low = sum(1 for a in averages if a <= 2)
        rows.append(
            {
                "week": week,
                "small": small,
                "people": len(averages),
                "average": None if small else round(sum(averages) / len(averages), 1),
                # A handful finding it hard is itself a small number: say so, not how many.
                "low": None if small else (low if low == 0 or low >= SMALL_NUMBER else "some"),
            }
        )
    return rows


@require_http_methods(["GET"])
def wellbeing_summary(request: HttpRequest) -> HttpResponse:
    membership = _membership(request)
    rows = weekly_summary(membership.organisation_id, timezone.localdate())
    return render(
        request, "staff/wellbeing_summary.html", {"rows": rows, "threshold": SMALL_NUMBER}
    )


@require_http_methods(["GET"])
def wellbeing_summary_csv(request: HttpRequest) -> HttpResponse:
    """The weekly figures as a spreadsheet, hidden exactly as on the page."""
    membership = _membership(request)
    fewer = f"fewer than {SMALL_NUMBER}"

    def line(r: dict[str, object]) -> list[object]:
        week = f"{r['week']:%Y-%m-%d}"
        if r["small"]:
            return [week, fewer if r["people"] else 0, "", ""]
        return [week, r["people"], r["average"], fewer if r["low"] == "some" else r["low"]]

    rows = weekly_summary(membership.organisation_id, timezone.localdate())
    return small_csv_response(
        f"wellbeing-overview-{timezone.localdate():%Y-%m-%d}",
        [
            "Week starting",
            "People who checked in",
            "Average (1 struggling to 5 doing well)",
            "Finding it hard",
        ],
        [line(r) for r in rows],
    )
