"""Training register and coverage, reflective practice groups, private wellbeing."""

from __future__ import annotations

import csv
import datetime
import io

from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.guidance.models import Intervention, TrainingRecord
from harbour.staff import services
from harbour.staff.models import ReflectiveSession, WellbeingCheckIn
from harbour.staff.views import SMALL_NUMBER, weekly_summary
from tests.world import make_member


def test_the_register_offers_the_pace_half_day_introduction_first(world, client_for) -> None:
    page = client_for(Role.STAFF).get("/staff/training/").content.decode()
    assert 'value="PACE half-day introduction"' in page
    with scopes_disabled():
        pace = Intervention.objects.get(slug="pace", organisation__isnull=True)
    assert f'value="{pace.pk}" selected' in page


def test_staff_record_their_own_training_and_see_only_theirs(world, client_for) -> None:
    today = timezone.localdate()
    client = client_for(Role.STAFF)
    response = client.post(
        "/staff/training/",
        {"course": "PACE half-day introduction", "completed_on": today.isoformat(), "hours": "3.5"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        TrainingRecord.objects.create(
            organisation=world.org_a,
            membership=world.members[Role.DESIGNATED],
            course="Emotion coaching",
            completed_on=today,
        )
    assert "Emotion coaching" not in client.get("/staff/training/").content.decode()
    assert "Emotion coaching" in client_for(Role.LEAD).get("/staff/training/").content.decode()


def test_coverage_counts_pace_training_by_role(world, client_for) -> None:
    with scopes_disabled():
        TrainingRecord.objects.create(
            organisation=world.org_a,
            membership=world.members[Role.STAFF],
            course="PACE half-day introduction",
            completed_on=timezone.localdate(),
        )
    page = client_for(Role.LEAD).get("/staff/training/coverage/").content.decode()
    assert "1 of 3 staff (33%) are trained in PACE." in page
    governor = client_for(Role.GOVERNOR).get("/staff/training/coverage/").content.decode()
    assert "33%" in governor and "Staff Person" not in governor  # figures, not people


def test_a_reflective_session_warns_when_a_child_seems_named(world, client_for) -> None:
    client = client_for(Role.LEAD)
    data = {
        "held_on": timezone.localdate().isoformat(),
        "themes": "How we felt after Ada's hard morning",
        "attendees": [world.members[Role.STAFF].pk],
    }
    page = client.post("/staff/reflective/", data)
    assert page.status_code == 200 and b"look like children" in page.content
    with scopes_disabled():
        assert not ReflectiveSession.objects.exists()
    data["themes"] = "How we felt after a hard morning"
    assert client.post("/staff/reflective/", data).status_code == 302
    with scopes_disabled():
        assert ReflectiveSession.objects.get().attendees.get() == world.members[Role.STAFF]


def test_wellbeing_is_private_to_the_person(world, client_for) -> None:
    client_for(Role.STAFF).post("/staff/wellbeing/", {"score": "2", "note": "Tough week with Y3"})
    assert "Tough week" in client_for(Role.STAFF).get("/staff/wellbeing/").content.decode()
    for role in (Role.LEAD, Role.DESIGNATED):
        assert "Tough week" not in client_for(role).get("/staff/wellbeing/").content.decode()
    summary = client_for(Role.LEAD).get("/staff/wellbeing/summary/").content.decode()
    assert "Tough week" not in summary and "Fewer than 5" in summary


def test_the_weekly_summary_hides_weeks_with_fewer_than_five_people(world) -> None:
    today = timezone.localdate()
    with scopes_disabled():
        people = [
            make_member(world.org_a, Role.STAFF, f"s{i}@alder.example", f"S {i}")
            for i in range(SMALL_NUMBER)
        ]
        for person in people:
            services.wellbeing_checkin_create(membership=person, score=4)
        services.wellbeing_checkin_create(membership=people[0], score=1)  # still one person
        WellbeingCheckIn.objects.filter(membership=people[-1]).update(
            created_at=timezone.now() - datetime.timedelta(days=14)
        )
        rows = weekly_summary(world.org_a.pk, today)
    this_week = rows[-1]
    assert this_week["small"] is True and this_week["average"] is None  # 4 people
    with scopes_disabled():
        WellbeingCheckIn.objects.filter(membership=people[-1]).update(created_at=timezone.now())
        rows = weekly_summary(world.org_a.pk, today)
    assert rows[-1]["small"] is False and rows[-1]["people"] == SMALL_NUMBER


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_coverage_downloads_as_csv_without_names(world, client_for) -> None:
    with scopes_disabled():
        TrainingRecord.objects.create(
            organisation=world.org_a,
            membership=world.members[Role.STAFF],
            course="=PACE half-day introduction",
            completed_on=timezone.localdate(),
        )
    assert 'href="/staff/training/coverage.csv"' in client_for(Role.GOVERNOR).get(
        "/staff/training/coverage/"
    ).content.decode("utf-8")
    rows = _csv(client_for(Role.GOVERNOR).get("/staff/training/coverage.csv"))
    assert rows[0][:3] == ["Table", "Role or course", "People"]
    staff_row = next(r for r in rows if r[1].startswith("Staff ("))
    assert staff_row[0] == "PACE training by role" and staff_row[2:] == ["1", "1", "100"]
    assert ["Courses", "'=PACE half-day introduction", "1", "", ""] in rows  # formula escaped
    assert "Staff Person" not in str(rows)
    assert client_for(Role.STAFF).get("/staff/training/coverage.csv").status_code == 403


def test_the_wellbeing_overview_downloads_hidden_as_on_the_page(world, client_for) -> None:
    client_for(Role.STAFF).post("/staff/wellbeing/", {"score": "2", "note": "Tough week"})
    lead = client_for(Role.LEAD)
    assert (
        'href="/staff/wellbeing/summary.csv"'
        in lead.get("/staff/wellbeing/summary/").content.decode()
    )
    rows = _csv(lead.get("/staff/wellbeing/summary.csv"))
    assert rows[0][0] == "Week starting" and len(rows) == 1 + 8
    assert rows[-1][1:] == ["fewer than 5", "", ""]  # one person this week: nothing else shown
    assert "Tough week" not in str(rows)
    assert client_for(Role.DESIGNATED).get("/staff/wellbeing/summary.csv").status_code == 403
