"""Any adult raises a safeguarding concern in under a minute, on a phone: from the child's
page, the form needs the words and one tap to send. axe-core on every page."""

from __future__ import annotations

import time

import pytest
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.notifications.models import Notification
from harbour.safeguarding.models import Concern
from tests.browser.conftest import check_accessibility
from tests.browser.test_quick_log import Counted
from tests.browser.test_signin_journey import sign_in
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_teacher_raises_a_concern_on_a_phone_in_two_taps(live_server, phone) -> None:
    world = build_world()
    base = live_server.url
    sign_in(phone, base, "staff@alder.example", world.user(Role.STAFF))
    phone.goto(f"{base}/observations/child/{world.child_a.pk}/")

    began = time.monotonic()
    counted = Counted()
    counted.tap(phone.get_by_role("link", name="Raise a concern"))
    assert phone.get_by_role("heading", name="Raise a safeguarding concern").is_visible()
    check_accessibility(phone, "raise-concern-phone")
    # The child is already chosen; the adult writes what they noticed and sends it.
    assert phone.get_by_label("Which child?").input_value() == str(world.child_a.pk)
    phone.get_by_label("What is the concern, in a few words?").fill(
        "Said there was no dinner at home again last night"
    )
    counted.tap(phone.get_by_role("button", name="Send to the safeguarding lead"))
    assert phone.get_by_text("The designated safeguarding lead has been told").is_visible()
    check_accessibility(phone, "raise-concern-sent-phone")
    assert counted.interactions == 2
    assert time.monotonic() - began < 60

    with scopes_disabled():
        concern = Concern.objects.get(summary__startswith="Said there was no dinner")
        assert concern.child_id == world.child_a.pk
        alerts = Notification.objects.filter(
            organisation=world.org_a, url__contains=f"/{concern.pk}/"
        )
        assert {n.recipient.role for n in alerts} == {Role.DESIGNATED}
    # The reporter sees the status only, not the words, once it is sent.
    assert "no dinner" not in phone.content()
