"""Group screening, and the safeguarding pages for factors, ACEs and warning signs."""

from __future__ import annotations

import datetime

from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import SAFEGUARDING_ROLES, Role
from harbour.audit.models import AuditEntry
from harbour.profiles import services
from harbour.profiles.frameworks import load_framework
from harbour.profiles.models import FactorRecord, Profile, WarningSignRecord
from tests.access.urls import all_routes, url_for
from tests.pdf import pdf_text
from tests.world import CANARY, make_profile, signed_in_client

SIGN_NOTE = "Qvxsignnote"


def put_children_in_group(world) -> None:
    with scopes_disabled():
        world.group_a.children.add(world.child_a, world.child_a2)
        world.group_a.staff.add(world.members[Role.STAFF])


def test_the_group_grid_shows_children_by_domain_and_who_needs_more_support(
    world, client_for
) -> None:
    put_children_in_group(world)
    with scopes_disabled():
        make_profile(world.child_a2, world.user(Role.LEAD), value=0)
    page = client_for(Role.LEAD).get(f"/profiles/groups/{world.group_a.pk}/").content.decode()
    assert 'class="chart heat-map"' in page
    assert "Ada Alder" in page and "Ben Birch" in page
    assert "It is not a diagnosis or a validated clinical measure." in page
    support = page.split("Who may need more support")[1]
    assert "Ben Birch" in support and "Ada Alder" not in support
    assert 'less developed so far in <span class="area">Feelings</span>' in support
    # Staff see only the children they work with (Ada, as her key adult; Ben via the group
    # only now that they are its staff).
    staff_page = client_for(Role.STAFF).get(f"/profiles/groups/{world.group_a.pk}/")
    assert staff_page.status_code == 200
    assert CANARY.encode() not in staff_page.content


def test_staff_not_in_a_group_see_none_of_its_children(world, client_for) -> None:
    with scopes_disabled():
        world.group_a.children.add(world.child_a2)
    page = client_for(Role.STAFF).get(f"/profiles/groups/{world.group_a.pk}/").content.decode()
    assert "Ben Birch" not in page


def test_a_whole_group_is_screened_in_one_form(world, client_for) -> None:
    put_children_in_group(world)
    framework = load_framework("1")
    client = client_for(Role.STAFF)
    form = client.get(f"/profiles/groups/{world.group_a.pk}/screen/")
    assert form.status_code == 200
    assert form.content.count(b"<select") == 2 * len(framework.domains)
    data = {"observed_on": timezone.localdate().isoformat()}
    data[f"c{world.child_a.pk}_domain.feelings"] = "0"
    data[f"c{world.child_a.pk}_domain.empathy"] = "3"
    response = client.post(f"/profiles/groups/{world.group_a.pk}/screen/", data)
    assert response["Location"] == f"/profiles/groups/{world.group_a.pk}/"
    with scopes_disabled():
        screens = list(Profile.objects.filter(kind=Profile.Kind.SCREEN))
        assert [p.child_id for p in screens] == [world.child_a.pk]  # Ben: nothing rated
        assert screens[0].status == Profile.Status.COMPLETE
        assert AuditEntry.objects.filter(action="profile.screened").count() == 1
    grid = client.get(response["Location"]).content.decode()
    assert "in a quick screen" not in grid  # wording on the result page, not the grid
    assert "quick screen" in grid.split("Who may need more support")[1]


def test_the_outsider_cannot_reach_a_group(world) -> None:
    outsider = signed_in_client(world.outsider)
    assert outsider.get(f"/profiles/groups/{world.group_a.pk}/").status_code == 404
    assert outsider.get(f"/profiles/groups/{world.group_a.pk}/screen/").status_code == 404
    groups = outsider.get("/profiles/groups/").content.decode()
    assert world.group_a.name not in groups


def test_every_read_of_the_factors_page_is_audited(world, client_for) -> None:
    with scopes_disabled():
        before = AuditEntry.objects.filter(action="child.factors.viewed").count()
    for role in (Role.LEAD, Role.DESIGNATED):
        assert (
            client_for(role).get(f"/profiles/children/{world.child_a.pk}/factors/").status_code
            == 200
        )
    with scopes_disabled():
        entries = AuditEntry.objects.filter(action="child.factors.viewed").order_by("id")
        assert entries.count() == before + 2
        assert {e.child_id for e in entries} == {world.child_a.pk}


def test_factors_are_recorded_with_the_ace_count_and_warning_signs_with_dates(
    world, client_for
) -> None:
    client = client_for(Role.DESIGNATED)
    url = f"/profiles/children/{world.child_a.pk}/factors/"
    response = client.post(
        url, {"present": ["ace.poverty", "ace.loss-separation", "protective.family.warm-parents"]}
    )
    assert response.status_code == 302
    seen = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    signs = f"/profiles/children/{world.child_a.pk}/warning-signs/"
    client.post(signs, {"sign": "warning.organising", "observed_on": seen, "note": SIGN_NOTE})
    with scopes_disabled():
        record = WarningSignRecord.objects.get(child=world.child_a)
        assert (
            FactorRecord.objects.filter(child=world.child_a, kind="ace", present=True).count() == 2
        )
    page = client.get(url).content.decode()
    assert '<span class="figure">2</span> of 6 ACEs recorded' in page
    assert "Organising and planning are very hard" in page and SIGN_NOTE in page
    client.post(signs, {"record": record.pk, "resolved_on": timezone.localdate().isoformat()})
    record.refresh_from_db()
    assert record.resolved_on == timezone.localdate()
    # Unticking keeps the history but no longer counts the ACE.
    client.post(url, {"present": ["ace.poverty"]})
    with scopes_disabled():
        assert FactorRecord.objects.filter(child=world.child_a, kind="ace").count() == 2
        assert FactorRecord.objects.filter(child=world.child_a, present=True).count() == 1
        trail = " ".join(
            str(e.changes) for e in AuditEntry.objects.filter(child_id=world.child_a.pk)
        )
    assert SIGN_NOTE not in trail and "ace.poverty" not in trail  # counts and dates only


def test_factor_pages_refuse_every_role_without_the_right(world, client_for) -> None:
    for role in (Role.STAFF, Role.PROFESSIONAL, Role.PARENT, Role.GOVERNOR, Role.YOUNG_PERSON):
        client = client_for(role)
        assert client.get(f"/profiles/children/{world.child_a.pk}/factors/").status_code == 403
        response = client.post(
            f"/profiles/children/{world.child_a.pk}/warning-signs/",
            {"sign": "warning.organising", "observed_on": timezone.localdate().isoformat()},
        )
        assert response.status_code == 403
    assert (
        signed_in_client(world.outsider)
        .get(f"/profiles/children/{world.child_a.pk}/factors/")
        .status_code
        == 404
    )


def test_factor_and_ace_wording_is_absent_from_every_page_for_roles_without_the_right(
    world,
) -> None:
    """Every URL, every role without the safeguarding right: nothing of the child's factors."""
    with scopes_disabled():
        services.factors_update(
            child=world.child_a,
            actor=None,
            present=["ace.loss-separation", "compromise.prejudice-bullying"],
        )
        services.warning_sign_record(
            child=world.child_a,
            actor=None,
            sign_id="warning.organising",
            observed_on=timezone.localdate(),
            note=SIGN_NOTE,
        )
    child_specific = [
        "Bereavement or separation",  # the ACE's title
        "Prejudice, bullying or discrimination",  # the risk factor's title
        "Organising and planning are very hard",  # the warning sign's title
        SIGN_NOTE,
        "ACEs recorded",
    ]
    routes = all_routes()
    leaks = []
    for role in set(Role.values) - SAFEGUARDING_ROLES:
        client: Client = signed_in_client(world.members[role])
        for route in routes:
            response = client.get(url_for(route, world), follow=True)
            if response.get("Content-Type", "").startswith("application/pdf"):
                content = pdf_text(response.content)  # compressed: search the text itself
            else:
                content = response.content.decode(errors="replace")
            leaks += [f"{role} {route.name}: {w}" for w in child_specific if w in content]
    assert not leaks, leaks
    # The control: the lead does see them on the factors page.
    lead = signed_in_client(world.members[Role.LEAD])
    page = lead.get(f"/profiles/children/{world.child_a.pk}/factors/").content.decode()
    assert all(w in page for w in child_specific)
