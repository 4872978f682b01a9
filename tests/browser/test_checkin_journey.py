"""A class check-in on a tablet, and a parent's view. axe-core on every page."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.notifications.models import Notification
from harbour.voices.models import CheckIn
from tests.browser.conftest import check_accessibility
from tests.browser.test_signin_journey import sign_in
from tests.world import build_world, without_random_tokens

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_class_checks_in_on_a_tablet_kiosk(live_server, tablet) -> None:
    world = build_world()
    with scopes_disabled():
        world.group_a.staff.add(world.members[Role.STAFF])
        world.group_a.children.add(world.child_a, world.child_a2)
    base = live_server.url
    sign_in(tablet, base, "staff@alder.example", world.user(Role.STAFF))
    tablet.get_by_role("link", name="Start a class check-in").click()
    check_accessibility(tablet, "kiosk-start-tablet")
    tablet.get_by_role("button", name="Start the check-in").click()

    assert tablet.get_by_role("heading", name="Hello! Tap your name").is_visible()
    check_accessibility(tablet, "kiosk-names-tablet")
    tablet.get_by_role("link", name="Ada", exact=True).click()

    assert tablet.get_by_role("heading", name="Hi Ada!").is_visible()
    check_accessibility(tablet, "checkin-tablet")
    tablet.locator("label.feeling", has_text="A bit sad").click()
    tablet.get_by_label("Do you want to say why?").fill("It was noisy at lunch")
    tablet.get_by_text("I'd like to talk to my trusted adult").click()
    check_accessibility(tablet, "checkin-chosen-tablet")
    tablet.get_by_role("button", name="Done").click()

    assert tablet.get_by_role("heading", name="Thank you!").is_visible()
    check_accessibility(tablet, "checkin-thanks-tablet")
    with scopes_disabled():
        checkin = CheckIn.objects.get()
        assert (checkin.feeling, checkin.wants_to_talk) == (2, True)
        assert Notification.objects.filter(recipient=world.members[Role.STAFF]).count() == 1

    tablet.goto(f"{base}/children/")  # the kiosk cannot reach anything else
    assert tablet.url.endswith("/voices/kiosk/names/")
    tablet.goto(f"{base}/children/{world.child_a.pk}/")
    assert tablet.url.endswith("/voices/kiosk/names/")
    assert not tablet.get_by_text("Alder", exact=False).filter(has_text="Ada Alder").count()


def test_a_parent_reads_their_childs_page_on_a_tablet(live_server, tablet) -> None:
    world = build_world()
    base = live_server.url
    sign_in(tablet, base, "parent@alder.example", world.user(Role.PARENT))
    check_accessibility(tablet, "home-parent-tablet")
    tablet.get_by_role("link", name="Ada: plan, help sheet and your views").click()
    assert tablet.get_by_role("heading", name="Ada", exact=True).is_visible()
    check_accessibility(tablet, "parent-child-tablet")
    tablet.get_by_role("link", name="Give your views").click()
    check_accessibility(tablet, "parent-views-tablet")
    tablet.get_by_label("What is going well for your child?").fill("Reading together at night")
    tablet.get_by_role("button", name="Send my views").click()
    assert tablet.get_by_text("Thank you. Your views will be part of the next review.").is_visible()


def test_an_idle_kiosk_warns_then_clears_its_own_screen(live_server, tablet, settings) -> None:
    # The page leaves 5 s before the server's limit: warned after 5 s, cleared after 7 s.
    settings.HARBOUR_KIOSK_IDLE_SECONDS = 12
    world = build_world()
    with scopes_disabled():
        world.group_a.staff.add(world.members[Role.STAFF])
        world.group_a.children.add(world.child_a)
    base = live_server.url
    sign_in(tablet, base, "staff@alder.example", world.user(Role.STAFF))
    tablet.goto(f"{base}/voices/kiosk/")
    tablet.get_by_role("button", name="Start the check-in").click()
    assert tablet.get_by_role("link", name="Ada", exact=True).is_visible()
    notice = tablet.get_by_text("Still there? Tap anywhere to carry on.")
    assert not notice.is_visible()
    notice.wait_for(state="visible", timeout=9000)
    tablet.wait_for_url("**/accounts/login/**", timeout=10000)
    assert "Ada" not in without_random_tokens(tablet.content())
