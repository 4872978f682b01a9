"""Figures across a trust's settings, for a group viewer who holds no organisation role."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.middleware import AUTH_AT_KEY
from harbour.accounts.models import GroupViewer, Organisation, OrganisationGroup, User
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.pathways.models import NeedDecision
from harbour.reports import queries
from harbour.reports.suppression import hierarchy_disclosure_ranges
from tests.world import CANARY, PASSWORD

SMALL = {"1", "2", "3", "4"}


def _viewer_client(user: User, *, verified: bool = True) -> Client:
    client = Client()
    client.force_login(user)
    session = client.session
    if verified:
        session["otp_device_id"] = TOTPDevice.objects.get(user=user).persistent_id
    session[AUTH_AT_KEY] = timezone.now().timestamp()
    session.save()
    return client


@pytest.fixture
def trust(world):
    """Org A (two children) and Cedar Lodge (seven) in one trust; B, the outsider, is not."""
    with scopes_disabled():
        group = OrganisationGroup.objects.create(
            name="Alder Trust", slug="alder-trust", kind=OrganisationGroup.Kind.TRUST
        )
        Organisation.objects.filter(pk=world.org_a.pk).update(group=group)
        cedar = Organisation.objects.create(
            name="Cedar Lodge", slug="cedar", kind="childrens_home", group=group
        )
        dob = timezone.localdate().replace(year=timezone.localdate().year - 9)
        for i in range(7):
            child = Child.objects.create(
                organisation=cedar,
                legal_first_name=f"Xylo{i}",
                legal_last_name="Quillfeather",
                date_of_birth=dob,
                year_group=4,
            )
            if i < 6:
                NeedDecision.objects.create(
                    organisation=cedar, child=child, grouping="getting-help", rationale="test"
                )
        user = User.objects.create_user("commissioner@county.example", PASSWORD, full_name="Cy")
        TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        viewer = GroupViewer.objects.create(user=user, group=group, title="Commissioner")
    return {"group": group, "cedar": cedar, "viewer": viewer, "user": user}


def _published_small_numbers(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row if cell.strip() in SMALL]


def test_a_group_viewer_sees_counts_with_small_numbers_hidden_and_no_names(world, trust) -> None:
    client = _viewer_client(trust["user"])
    page = client.get("/reports/group/alder-trust/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Cedar Lodge" in html and "Alder School" in html
    assert "fewer than 5" in html
    for name in ("Ada", "Xylo", "Quillfeather", CANARY):
        assert name not in html
    exported = client.get("/reports/group/alder-trust/export/?format=csv").content.decode()
    rows = list(csv.reader(io.StringIO(exported.lstrip("\ufeff"))))
    assert rows[0] == ["Table", "Setting", "Age stage", "Measure", "Value"]
    assert not _published_small_numbers(rows[1:])
    for name in ("Ada", "Xylo", CANARY):
        assert not any(name == cell or name in cell for row in rows for cell in row[:3])
    data = json.loads(client.get("/reports/group/alder-trust/export/?format=json").content)
    settings = {row["Setting"] for row in data["setting_totals"]}
    assert settings == {"Alder School", "Cedar Lodge", "All settings"}
    assert CANARY not in json.dumps(data)
    # Cedar Lodge's 7 children and 6 "getting help" are published; Alder's 2 are not.
    cedar = next(r for r in data["setting_totals"] if r["Setting"] == "Cedar Lodge")
    alder = next(r for r in data["setting_totals"] if r["Setting"] == "Alder School")
    assert alder["Children on roll"] == "fewer than 5"
    assert cedar["Children on roll"] != 7  # else the grand total would give Alder's 2 away


def test_no_hidden_number_can_be_worked_out_from_the_totals(world, trust) -> None:
    with scopes_disabled():
        counts = queries.counts_by_stage_and_grouping(
            [(world.org_a.pk, "A"), (trust["cedar"].pk, "C")], timezone.localdate()
        )
    ranges = hierarchy_disclosure_ranges(counts)
    assert ranges, "something must be hidden"
    assert all(high is None or high > low for low, high in ranges.values())
    html = _viewer_client(trust["user"]).get("/reports/group/alder-trust/").content.decode()
    assert "hidden to protect a small number" in html  # secondary suppression


def test_everyone_else_gets_404_for_the_group(world, trust, client_for) -> None:
    for role in (Role.LEAD, Role.GOVERNOR):
        for url in ("/reports/group/alder-trust/", "/reports/group/alder-trust/export/"):
            assert client_for(role).get(url).status_code == 404
    # A viewer of another group does not find this one, nor does a former viewer.
    other = OrganisationGroup.objects.create(name="County", slug="county", kind="local_authority")
    GroupViewer.objects.filter(pk=trust["viewer"].pk).update(group=other)
    client = _viewer_client(trust["user"])
    assert client.get("/reports/group/alder-trust/").status_code == 404
    assert client.get("/reports/group/county/").status_code == 200
    GroupViewer.objects.filter(pk=trust["viewer"].pk).update(is_active=False)
    assert client.get("/reports/group/county/").status_code == 404


def test_the_second_factor_comes_first(world, trust) -> None:
    response = _viewer_client(trust["user"], verified=False).get("/reports/group/alder-trust/")
    assert response.status_code == 302
    assert "/accounts/mfa/" in response["Location"] or "mfa" in response["Location"]


def test_viewing_and_exporting_is_audited_in_every_setting_without_a_child(world, trust) -> None:
    client = _viewer_client(trust["user"])
    client.get("/reports/group/alder-trust/")
    client.get("/reports/group/alder-trust/export/?format=json")
    with scopes_disabled():
        viewed = AuditEntry.objects.filter(action="reports.group.viewed")
        exported = AuditEntry.objects.filter(action="reports.group.exported")
        assert {e.organisation_id for e in viewed} == {world.org_a.pk, trust["cedar"].pk}
        assert {e.organisation_id for e in exported} == {world.org_a.pk, trust["cedar"].pk}
        assert all(e.child_id is None and e.actor_id == trust["user"].pk for e in viewed)
        assert not AuditEntry.objects.filter(
            action__startswith="reports.group", organisation=world.org_b
        ).exists()


def test_the_home_page_of_a_group_viewer_links_to_the_group(world, trust) -> None:
    response = _viewer_client(trust["user"]).get("/home/", follow=True)
    assert b"/reports/group/alder-trust/" in response.content


def test_a_member_who_also_views_a_group_finds_it_on_their_home_page(
    world, trust, client_for
) -> None:
    GroupViewer.objects.create(user=world.user(Role.LEAD), group=trust["group"])
    GroupViewer.objects.create(user=world.user(Role.STAFF), group=trust["group"])
    for role in (Role.LEAD, Role.STAFF):
        client = client_for(role)
        home = client.get("/home/")
        assert home.status_code == 200
        html = home.content.decode()
        assert '<a href="/reports/group/alder-trust/">Figures across Alder Trust</a>' in html
        assert client.get("/reports/group/alder-trust/").status_code == 200
    # Members who view no group see no such link.
    for role in (Role.DESIGNATED, Role.GOVERNOR):
        html = client_for(role).get("/home/").content.decode()
        assert "Figures across" not in html and "/reports/group/" not in html
    # Nor does a viewer whose access has ended.
    GroupViewer.objects.filter(user=world.user(Role.STAFF)).update(is_active=False)
    assert b"/reports/group/" not in client_for(Role.STAFF).get("/home/").content


def test_governors_download_their_tables_as_csv(world, client_for) -> None:
    response = client_for(Role.GOVERNOR).get("/reports/governors/figures.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows[0] == ["Table", "Row", "Column", "Value"]
    assert any(row[3] == "fewer than 5" for row in rows[1:])
    children = [
        row for row in rows[1:] if row[0] != "Staff training in PACE"
    ]  # staff, not children
    assert children and not _published_small_numbers(children)
    assert "Ada" not in response.content.decode()
    assert client_for(Role.STAFF).get("/reports/governors/figures.csv").status_code == 403
