from __future__ import annotations

from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.children.upn import make_upn
from tests.world import page_queries


def test_staff_see_only_the_children_they_work_with(world, client_for) -> None:
    client = client_for(Role.STAFF)
    page = client.get("/children/")
    assert b"Ada Alder" in page.content and b"Ben Birch" not in page.content
    assert client.get(f"/children/{world.child_a2.pk}/").status_code == 404


def test_the_list_shows_children_here_now_and_finds_those_who_have_left(world, client_for):
    import datetime

    with scopes_disabled():
        Child.objects.filter(pk=world.child_a2.pk).update(left_on=datetime.date(2025, 7, 20))
    client = client_for(Role.LEAD)
    now = client.get("/children/").content
    assert b"Ada Alder" in now and b"Ben Birch" not in now
    left = client.get("/children/?status=left").content
    assert b"Ben Birch" in left and b"Ada Alder" not in left
    everyone = client.get("/children/?status=all").content
    assert b"Ben Birch" in everyone and b"Ada Alder" in everyone


def test_a_class_teacher_sees_the_class(world, client_for) -> None:
    with scopes_disabled():
        world.group_a.staff.add(world.members[Role.STAFF])
        world.child_a2.groups.add(world.group_a)
    assert client_for(Role.STAFF).get(f"/children/{world.child_a2.pk}/").status_code == 200


def test_a_professional_loses_access_when_the_share_ends(world, client_for) -> None:
    client = client_for(Role.PROFESSIONAL)
    assert client.get(f"/children/{world.child_a.pk}/").status_code == 200
    with scopes_disabled():
        world.child_a.shares.update(expires_on="2000-01-01")
    assert client.get(f"/children/{world.child_a.pk}/").status_code == 404


def test_designated_staff_add_a_child_with_a_valid_upn(world, client_for) -> None:
    response = client_for(Role.DESIGNATED).post(
        "/children/new/",
        {
            "legal_first_name": "Dara",
            "legal_last_name": "Dunn",
            "date_of_birth": "2017-03-02",
            "upn": make_upn(201, 3300, 21, 7),
            "year_group": "3",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        child = Child.objects.get(legal_first_name="Dara")
        assert child.organisation_id == world.org_a.pk
        assert AuditEntry.objects.filter(action="child.created", child_id=child.pk).exists()


def test_a_wrong_upn_check_letter_is_explained(world, client_for) -> None:
    good = make_upn(201, 3300, 21, 7)
    wrong = ("A" if good[0] != "A" else "B") + good[1:]
    response = client_for(Role.LEAD).post(
        "/children/new/",
        {
            "legal_first_name": "Dara",
            "legal_last_name": "Dunn",
            "date_of_birth": "2017-03-02",
            "upn": wrong,
        },
    )
    assert response.status_code == 200
    assert b"UPN" in response.content and good[0].encode() in response.content
    with scopes_disabled():
        assert not Child.objects.filter(legal_first_name="Dara").exists()


def test_two_people_editing_at_once_do_not_overwrite_each_other(world, client_for) -> None:
    first, second = client_for(Role.LEAD), client_for(Role.DESIGNATED)
    version = world.child_a.version
    base = {
        "legal_first_name": "Ada",
        "legal_last_name": "Alder",
        "date_of_birth": world.child_a.date_of_birth.isoformat(),
        "version": str(version),
    }
    assert (
        first.post(
            f"/children/{world.child_a.pk}/edit/", {**base, "safe_place": "Library"}
        ).status_code
        == 302
    )
    clash = second.post(f"/children/{world.child_a.pk}/edit/", {**base, "safe_place": "Garden"})
    assert clash.status_code == 409
    assert b"Saved meanwhile by someone else" in clash.content and b"Library" in clash.content
    with scopes_disabled():
        world.child_a.refresh_from_db()
    assert world.child_a.safe_place == "Library"
    # The second person saves again knowingly, from the version they were shown.
    again = second.post(
        f"/children/{world.child_a.pk}/edit/",
        {**base, "version": str(world.child_a.version), "safe_place": "Garden"},
    )
    assert again.status_code == 302


def test_designated_staff_change_key_adults(world, client_for) -> None:
    client = client_for(Role.DESIGNATED)
    response = client.post(
        f"/children/{world.child_a.pk}/key-adults/",
        {"membership": world.members[Role.DESIGNATED].pk},
    )
    assert response.status_code == 302
    with scopes_disabled():
        assert world.child_a.key_adults.count() == 2


def test_a_key_adult_from_another_organisation_cannot_be_chosen(world, client_for) -> None:
    response = client_for(Role.DESIGNATED).post(
        f"/children/{world.child_a.pk}/key-adults/", {"membership": world.outsider.pk}
    )
    assert response.status_code == 200  # the form refuses the choice
    with scopes_disabled():
        assert world.child_a.key_adults.count() == 1


def test_governors_and_parents_cannot_open_the_roster(world, client_for) -> None:
    for role in (Role.GOVERNOR, Role.PARENT, Role.YOUNG_PERSON):
        assert client_for(role).get("/children/").status_code == 403


def test_a_lead_puts_a_child_in_a_class_and_the_teacher_then_sees_them(world, client_for) -> None:
    staff = world.members[Role.STAFF]
    assert client_for(Role.STAFF).get(f"/children/{world.child_a2.pk}/").status_code == 404
    response = client_for(Role.LEAD).post(
        f"/children/groups/{world.group_a.pk}/",
        {
            "name": "Year 3 Oak",
            "kind": "class",
            "staff": [staff.pk],
            "children": [world.child_a2.pk],
        },
    )
    assert response.status_code == 302
    assert client_for(Role.STAFF).get(f"/children/{world.child_a2.pk}/").status_code == 200
    with scopes_disabled():
        joined = AuditEntry.objects.filter(action="child.group.joined", child_id=world.child_a2.pk)
        assert joined.count() == 1


def test_a_group_cannot_take_another_organisations_child(world, client_for) -> None:
    response = client_for(Role.LEAD).post(
        "/children/groups/new/",
        {"name": "Mixed", "kind": "class", "children": [world.child_b.pk]},
    )
    assert response.status_code == 200  # the form refuses the unknown choice
    with scopes_disabled():
        assert not world.child_b.groups.exists()


def test_group_names_are_unique_in_an_organisation(world, client_for) -> None:
    response = client_for(Role.LEAD).post(
        "/children/groups/new/", {"name": "year 3 oak", "kind": "class"}
    )
    assert b"already a group with this name" in response.content


def test_the_childs_page_shows_their_check_in_trend_in_a_bounded_number_of_queries(
    world, client_for
) -> None:
    import datetime

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from harbour.voices import services as voices
    from harbour.voices.models import CheckIn

    def check_in(feeling: int, days_ago: int) -> None:
        with scopes_disabled():
            c = voices.checkin_create(
                child=world.child_a, feeling=feeling, via="kiosk", actor=world.user(Role.STAFF)
            )
            CheckIn.objects.filter(pk=c.pk).update(
                created_at=timezone.now() - datetime.timedelta(days=days_ago)
            )

    url = f"/children/{world.child_a.pk}/"
    client = client_for(Role.STAFF)
    before = client.get(url).content.decode()
    assert "How Ada has felt lately" not in before and "<svg" not in before
    assert f"/voices/children/{world.child_a.pk}/checkins/" in before  # the link stays

    check_in(2, days_ago=200)  # long ago: on the check-ins page, not in the recent trend
    check_in(3, days_ago=8)
    with CaptureQueriesContext(connection) as few:
        page = client.get(url).content.decode()
    assert "How Ada has felt lately" in page and "<svg" in page and "Show the numbers" in page
    assert f"/voices/children/{world.child_a.pk}/checkins/" in page
    assert page.count("<tr>") == 2  # one week in the chart's table (plus its header row)

    for days in range(0, 60, 3):
        check_in(4, days_ago=days)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(page_queries(many)) == len(page_queries(few))

    professional = client_for(Role.PROFESSIONAL).get(url).content.decode()
    assert "How Ada has felt lately" in professional
