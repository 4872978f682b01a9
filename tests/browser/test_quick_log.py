"""A teacher logs an observation on a phone between lessons: at most three form
interactions besides typing, then reads the child's chronology and patterns.
Every page passes axe-core with no serious or critical violations."""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.observations.models import Observation
from tests.browser.conftest import check_accessibility
from tests.browser.test_signin_journey import sign_in
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class Counted:
    """Counts taps and ticks (typing is free), so the test can hold the log to three."""

    def __init__(self) -> None:
        self.interactions = 0

    def tap(self, locator: Any) -> None:
        self.interactions += 1
        locator.click()


def test_a_teacher_logs_an_observation_on_a_phone_in_three_taps(live_server, phone) -> None:
    world = build_world()
    base = live_server.url
    sign_in(phone, base, "staff@alder.example", world.user(Role.STAFF))
    phone.get_by_role("link", name="Log an observation").click()
    assert phone.viewport_size["width"] == 375
    check_accessibility(phone, "quick-log-phone")

    counted = Counted()
    counted.tap(phone.locator("label.chip", has_text="Ada Alder"))  # 1: the child
    phone.get_by_label("What happened").fill("Seemed overwhelmed when the bell rang; hid.")
    counted.tap(phone.get_by_role("button", name="Log it"))  # 2: log it
    assert counted.interactions <= 3

    assert phone.get_by_text("Logged. Thank you for noticing.").is_visible()
    check_accessibility(phone, "quick-log-done-phone")
    with scopes_disabled():
        logged = Observation.objects.filter(what_happened__startswith="Seemed overwhelmed when")
        assert logged.count() == 1
        assert list(logged[0].links.values_list("child_id", flat=True)) == [world.child_a.pk]


def test_a_positive_moment_is_one_tap_from_the_same_form(live_server, phone) -> None:
    world = build_world()
    sign_in(phone, live_server.url, "staff@alder.example", world.user(Role.STAFF))
    phone.goto(f"{live_server.url}/observations/log/?child={world.child_a.pk}")
    counted = Counted()
    phone.get_by_label("What happened").fill("Waited for a turn and smiled.")
    counted.tap(phone.get_by_role("button", name="Positive moment"))
    assert counted.interactions == 1
    with scopes_disabled():
        assert Observation.objects.get(what_happened="Waited for a turn and smiled.").is_positive


def test_the_fuller_form_chronology_and_patterns_read_well_on_a_phone(live_server, phone) -> None:
    world = build_world()
    sign_in(phone, live_server.url, "staff@alder.example", world.user(Role.STAFF))
    phone.goto(f"{live_server.url}/observations/log/?child={world.child_a.pk}")
    phone.get_by_text("Add more").click()
    phone.get_by_label("What I said or did").fill("Why did you do that?")
    phone.get_by_role("button", name="Check my words").click()
    assert phone.get_by_role("heading", name="What your words convey").is_visible()
    check_accessibility(phone, "quick-log-more-phone")
    phone.goto(f"{live_server.url}/observations/child/{world.child_a.pk}/")
    assert phone.get_by_text("Ada seemed overwhelmed when the bell rang.").is_visible()
    check_accessibility(phone, "chronology-phone")
    phone.goto(f"{live_server.url}/observations/child/{world.child_a.pk}/insights/")
    check_accessibility(phone, "insights-phone")
