"""A class check-in kiosk: started by an adult, only its own pages, ends on its own."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.notifications.models import Kind, Notification
from harbour.permissions import KIOSK_ALLOWED
from harbour.voices.kiosk import KIOSK_KEY
from harbour.voices.models import CheckIn
from tests.access.urls import all_routes, url_for


def start_kiosk(world, client_for):
    with scopes_disabled():
        world.group_a.staff.add(world.members[Role.STAFF])
        world.group_a.children.add(world.child_a, world.child_a2)
    client = client_for(Role.STAFF)
    response = client.post("/voices/kiosk/", {"group": world.group_a.pk})
    assert response.status_code == 302 and response["Location"] == "/voices/kiosk/names/"
    return client


def test_the_names_page_shows_first_names_only(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    page = client.get("/voices/kiosk/names/").content.decode()
    assert "Ada" in page and "Ben" in page
    assert "Alder" not in page.replace("Alder School", "")  # no surnames
    assert "Birch" not in page
    assert "Children" not in page  # no navigation in a kiosk


def test_a_child_checks_in_and_their_key_adult_is_told_without_content(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    response = client.post(
        f"/voices/kiosk/child/{world.child_a.pk}/",
        {"feeling": "2", "why": "My cat is poorly", "wants_to_talk": "on"},
    )
    assert response["Location"] == "/voices/kiosk/thanks/"
    assert b"trusted adult will come" in client.get("/voices/kiosk/thanks/").content
    with scopes_disabled():
        checkin = CheckIn.objects.get()
        assert (checkin.child, checkin.feeling, checkin.via) == (world.child_a, 2, "kiosk")
        note = Notification.objects.get(kind=Kind.WANTS_TO_TALK)
    assert note.recipient == world.members[Role.STAFF]
    assert "Ada" not in note.text and "cat" not in note.text


def test_every_other_url_sends_a_kiosk_back_to_the_names(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    for route in all_routes():
        if route.name in KIOSK_ALLOWED:
            continue
        url = url_for(route, world)
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (302, 403), f"{url}: {response.status_code}"
            if response.status_code == 302:
                assert response["Location"] == "/voices/kiosk/names/", url
    assert client.get("/children/").status_code == 302


def test_a_child_outside_the_kiosk_group_is_not_found(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    with scopes_disabled():
        world.group_a.children.remove(world.child_a2)
    assert client.get(f"/voices/kiosk/child/{world.child_a2.pk}/").status_code == 404


@override_settings(HARBOUR_KIOSK_IDLE_SECONDS=60)
def test_an_idle_kiosk_signs_the_session_out(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    session = client.session
    state = session[KIOSK_KEY]
    state["seen"] = timezone.now().timestamp() - 61
    session[KIOSK_KEY] = state
    session.save()
    response = client.get("/voices/kiosk/names/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert client.get("/children/").status_code == 302  # to sign in: no session left
    assert client.get("/children/")["Location"].startswith("/accounts/login/")


def test_finishing_the_kiosk_signs_out(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    assert client.post("/voices/kiosk/end/")["Location"] == "/accounts/login/"
    assert client.get("/voices/kiosk/names/")["Location"].startswith("/accounts/login/")


def test_an_adult_can_start_a_kiosk_only_for_their_own_groups(world, client_for) -> None:
    client = client_for(Role.STAFF)  # not yet in group_a's staff
    client.post("/voices/kiosk/", {"group": world.group_a.pk})
    assert KIOSK_KEY not in client.session
    assert client.get("/children/").status_code == 200


@pytest.mark.parametrize("role", [Role.GOVERNOR, Role.PARENT, Role.YOUNG_PERSON, Role.PROFESSIONAL])
def test_other_roles_cannot_start_a_kiosk(world, client_for, role) -> None:
    assert client_for(role).post("/voices/kiosk/", {"group": world.group_a.pk}).status_code == 403


@override_settings(HARBOUR_KIOSK_IDLE_SECONDS=90)
def test_every_kiosk_page_leaves_the_screen_by_itself_after_the_idle_time(
    world, client_for
) -> None:
    client = start_kiosk(world, client_for)
    # A script leaves the screen after the idle time, warning first (any touch waits again);
    # without scripts, a refresh does it.
    refresh = 'data-idle-seconds="90" data-idle-url="/voices/kiosk/idle/"'
    names = client.get("/voices/kiosk/names/").content.decode()
    assert "harbour/kiosk-idle.js" in names and 'id="idle-notice"' in names
    assert (
        '<noscript><meta http-equiv="refresh" content="90;url=/voices/kiosk/idle/"></noscript>'
        in names
    )
    names = client.get("/voices/kiosk/names/").content.decode()
    assert refresh in names and "Ada" in names
    assert refresh in client.get(f"/voices/kiosk/child/{world.child_a.pk}/").content.decode()
    client.post(f"/voices/kiosk/child/{world.child_a.pk}/", {"feeling": "4"})
    assert refresh in client.get("/voices/kiosk/thanks/").content.decode()
    # Where the refresh lands: the kiosk ends and the next screen names no child.
    response = client.get("/voices/kiosk/idle/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/login/"
    assert "Ada" not in response.content.decode() and "signs you out" in response.content.decode()
    assert client.get("/voices/kiosk/names/")["Location"].startswith("/accounts/login/")


def test_the_idle_page_ends_only_a_kiosk(world, client_for) -> None:
    client = client_for(Role.STAFF)  # an adult's own session, no kiosk running
    assert client.get("/voices/kiosk/idle/")["Location"] == "/voices/kiosk/"
    assert client.get("/children/").status_code == 200
    assert "http-equiv" not in client.get("/voices/kiosk/").content.decode()


@override_settings(HARBOUR_KIOSK_IDLE_SECONDS=60)
def test_a_child_still_using_the_page_keeps_the_kiosk_going(world, client_for) -> None:
    client = start_kiosk(world, client_for)
    page = client.get(f"/voices/kiosk/child/{world.child_a.pk}/").content.decode()
    assert 'data-still-here-url="/voices/kiosk/still-here/"' in page

    def idle_for(seconds: int) -> None:
        session = client.session
        state = session[KIOSK_KEY]
        state["seen"] = timezone.now().timestamp() - seconds
        session[KIOSK_KEY] = state
        session.save()

    idle_for(50)  # typing slowly, no page loaded for 50 s: the script says so
    assert client.post("/voices/kiosk/still-here/").status_code == 204
    assert timezone.now().timestamp() - client.session[KIOSK_KEY]["seen"] < 5
    assert client.get("/voices/kiosk/still-here/").status_code == 405
    idle_for(61)  # and once nobody touches it, it ends as before
    assert client.post("/voices/kiosk/still-here/")["Location"] == "/accounts/login/"
