"""Retention of record types other than the CP file: the report, the command and the page."""

from __future__ import annotations

import datetime
import io

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.children.models import Child
from harbour.observations.services import observation_create
from harbour.plans.models import Plan
from harbour.profiles.models import Profile
from harbour.safeguarding import services
from harbour.safeguarding.management.commands.retention import Command
from harbour.safeguarding.models import DestructionLog, RetentionReview
from harbour.safeguarding.reporting import (
    CP_FILE,
    OTHER_TYPES,
    REVIEWED_WITH_CP_FILE,
    retention_by_type,
)
from harbour.safeguarding.retention import RULES, anniversary
from tests.safeguarding.test_retention_pages import OVERVIEW, designated
from tests.world import make_profile


def by_type(organisation, today):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return {report.record_type: report for report in retention_by_type(organisation, today)}


def run(*args: str) -> str:
    out = io.StringIO()
    with scopes_disabled():
        call_command("retention", "--organisation", "alder", *args, stdout=out)
    return out.getvalue()


def leave(child: Child, on: datetime.date) -> None:
    with scopes_disabled():
        Child.objects.filter(pk=child.pk).update(left_on=on)
    child.left_on = on


def test_every_record_type_has_a_report_or_goes_with_the_cp_file() -> None:
    # A new rule must get a report (reporting.OTHER_TYPES) or be part of the CP file.
    assert {CP_FILE, REVIEWED_WITH_CP_FILE, *OTHER_TYPES} == set(RULES)


def test_the_command_lists_each_types_due_children_after_the_cp_files(world) -> None:
    a, a2, today = world.child_a, world.child_a2, timezone.localdate()
    with scopes_disabled():
        Plan.objects.create(organisation=world.org_a, child=a2, next_review_on=today)
        services.legal_hold_place(child=a, actor=None, reason="Inquiry")
    leave(a, today)
    later = anniversary(a.date_of_birth, 26)
    out = run("--today", str(later))
    at_25 = anniversary(a.date_of_birth, 25).isoformat()
    assert f"child {a.pk}: review due {at_25} (legal hold)" in out  # the CP file, as before
    assert out.index("child-protection file(s) due") < out.index("other records")
    assert "Skills profile: 1 due for review" in out
    assert f"child {a.pk}, profile: review due {at_25} (legal hold)" in out
    assert f"child {a2.pk}, support_plan: review due {at_25}\n" in out
    six_years = anniversary(today, 6).isoformat()
    assert f"child {a.pk}, observation: review due {six_years} (legal hold)" in out
    assert "Education, health and care plan record: not kept in Harbour here." in out
    assert "Children's home case record: not kept in Harbour here. Children's homes only." in out
    assert f"child {world.child_b.pk}," not in out


def test_the_command_says_other_types_are_destroyed_by_hand() -> None:
    assert "destroyed by hand" in Command.help
    assert "child-protection files only" in Command.help


def test_a_recorded_review_takes_the_child_off_the_list(world) -> None:
    later = anniversary(world.child_a.date_of_birth, 26)
    assert [i.record.id for i in by_type(world.org_a, later)["profile"].summary.due] == [
        str(world.child_a.pk)
    ]
    with scopes_disabled():
        RetentionReview.objects.create(
            organisation=world.org_a, child=world.child_a, record_type="profile", reviewed_on=later
        )
    assert by_type(world.org_a, later)["profile"].summary.due == []
    assert f"child {world.child_a.pk}, profile" not in run("--today", str(later))


def test_destroy_leaves_other_record_types_alone(world) -> None:
    later = anniversary(world.child_a.date_of_birth, 26)
    with scopes_disabled():
        RetentionReview.objects.create(
            organisation=world.org_a, child=world.child_a, record_type="profile", reviewed_on=later
        )
    run("--today", str(later), "--destroy")
    with scopes_disabled():
        assert Profile.objects.filter(child=world.child_a).exists()
        assert not DestructionLog.objects.exclude(record_type=CP_FILE).exists()


def test_observations_wait_until_the_child_has_left(world) -> None:
    today = timezone.localdate()
    report = by_type(world.org_a, anniversary(today, 30))["observation"].summary
    assert report.due == [] and report.coming_up == 0
    leave(world.child_a, today)
    soon = anniversary(today, 6) - datetime.timedelta(days=30)
    report = by_type(world.org_a, soon)["observation"].summary
    assert report.due == [] and report.coming_up == 1


def test_a_childrens_home_keeps_everything_to_the_75th_birthday(world) -> None:
    org, child = world.org_b, world.child_b
    org.kind = "childrens_home"
    with scopes_disabled():
        org.save()
    leave(child, timezone.localdate())
    reports = by_type(org, anniversary(child.date_of_birth, 40))
    for record_type in ("profile", "observation", "childrens_home_case_record"):
        assert reports[record_type].summary.due == [], record_type
    reports = by_type(org, anniversary(child.date_of_birth, 75))
    for record_type in ("profile", "observation", "childrens_home_case_record"):
        [item] = reports[record_type].summary.due
        assert item.record.id == str(child.pk)
        assert item.review_on == anniversary(child.date_of_birth, 75)
    assert reports["childrens_home_case_record"].not_kept == ""
    assert reports["ehcp_record"].not_kept


def test_the_report_reads_the_same_number_of_queries_for_more_children(world) -> None:
    later = anniversary(world.child_a.date_of_birth, 26)

    def count() -> int:
        with scopes_disabled(), CaptureQueriesContext(connection) as queries:
            retention_by_type(world.org_a, later)
        return len(queries)

    before = count()
    with scopes_disabled():
        extra = [
            Child.objects.create(
                organisation=world.org_a,
                legal_first_name=f"Extra{n}",
                legal_last_name="Child",
                date_of_birth=world.child_a.date_of_birth,
                left_on=timezone.localdate(),
            )
            for n in range(4)
        ]
        for child in extra:
            Plan.objects.create(
                organisation=world.org_a, child=child, next_review_on=timezone.localdate()
            )
            make_profile(child, world.user("staff"), value=2)
            services.legal_hold_place(child=child, actor=None, reason="Claim")
        observation_create(
            organisation=world.org_a,
            actor=None,
            children=[(child, "focus") for child in extra],
            data={"what_happened": "A calm morning.", "setting": "lunch"},
        )
    assert count() == before <= 6
    reports = by_type(world.org_a, later)
    assert len(reports["support_plan"].summary.due) == 4
    assert len(reports["observation"].summary.due) == 4


def test_the_overview_shows_a_row_for_each_record_type(world) -> None:
    response = designated(world).get(OVERVIEW)
    assert response.status_code == 200
    rows = response.context["record_types"]
    assert [row["label"] for row in rows] == [
        RULES[CP_FILE].label,
        *(RULES[record_type].label for record_type in OTHER_TYPES),
    ]
    profile = rows[1 + OTHER_TYPES.index("profile")]
    assert profile["due"] == 0 and profile["upcoming"] == 0
    assert profile["rule"] == RULES["profile"].basis
    assert b"Every record type" in response.content
    assert b"destroy them by hand" in response.content
    assert b"Children&#x27;s homes only." in response.content
