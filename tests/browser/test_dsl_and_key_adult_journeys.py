"""A DSL receives and handles a concern; a key adult completes a profile and a plan and
downloads the PDFs. Every page passes axe-core with no serious or critical violations."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.plans.models import Plan
from harbour.profiles.models import Profile
from harbour.safeguarding import services as safeguarding
from harbour.safeguarding.models import Concern
from tests.browser.conftest import check_accessibility
from tests.browser.test_signin_journey import sign_in
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_dsl_receives_and_handles_a_concern(live_server, desktop) -> None:
    world = build_world()
    with scopes_disabled():
        concern = safeguarding.concern_raise(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            child=world.child_a,
            summary="Ada said she was scared to go home",
            details="Said at the gate, quietly.",
        )
    base = live_server.url
    sign_in(desktop, base, "designated@alder.example", world.user(Role.DESIGNATED))
    check_accessibility(desktop, "dsl-home-desktop")
    desktop.goto(f"{base}/notifications/")
    check_accessibility(desktop, "dsl-notifications-desktop")
    desktop.goto(f"{base}/safeguarding/concerns/")
    check_accessibility(desktop, "dsl-concerns-desktop")
    desktop.goto(f"{base}/safeguarding/concerns/{concern.pk}/")
    assert desktop.get_by_text("Ada said she was scared to go home").first.is_visible()
    check_accessibility(desktop, "dsl-concern-desktop")
    desktop.get_by_label("What are you recording?").select_option(index=1)
    desktop.get_by_label("What happened").fill("Spoke with Ada's aunt; agreed a check-in tomorrow.")
    desktop.get_by_label("Reasons").fill("Ada is safe tonight; her aunt is at home.")
    desktop.get_by_role("button", name="Record").click()
    desktop.get_by_label("Why is it right to close this now?").fill(
        "Early help is in place and the family is engaged."
    )
    desktop.get_by_role("button", name="Close").click()
    check_accessibility(desktop, "dsl-concern-closed-desktop")
    with scopes_disabled():
        concern.refresh_from_db()
        assert concern.status == Concern.Status.CLOSED
        assert concern.actions.count() >= 1


def test_a_key_adult_completes_a_profile_and_a_plan_and_downloads_the_pdfs(
    live_server, desktop
) -> None:
    world = build_world()
    base = live_server.url
    child = world.child_a
    sign_in(desktop, base, "staff@alder.example", world.user(Role.STAFF))
    desktop.goto(f"{base}/profiles/children/{child.pk}/new/")
    check_accessibility(desktop, "profile-rate-desktop")
    # Rate every skill "developing" (the third option), as an adult would on a tablet.
    for group in desktop.locator(".segmented").all():
        group.locator("label").nth(2).click()
    desktop.get_by_role("button", name="Finish and see the results").click()
    assert desktop.get_by_text("structured observation").first.is_visible()
    check_accessibility(desktop, "profile-result-desktop")

    desktop.goto(f"{base}/plans/children/{child.pk}/")
    desktop.get_by_role("link", name="Start a plan").click()
    check_accessibility(desktop, "plan-edit-desktop")
    desktop.get_by_role("button", name="Save the plan").click()
    check_accessibility(desktop, "plan-desktop")
    for link in ("The plan (PDF)", "One-page profile (PDF)", "Help sheet for parents (PDF)"):
        # Fetched with the page's own session, as the browser would on a click.
        href = desktop.get_by_role("link", name=link).get_attribute("href")
        response = desktop.context.request.get(f"{base}{href}")
        assert response.status == 200, link
        assert response.headers["content-type"] == "application/pdf", link
        assert response.body()[:4] == b"%PDF", link
    with scopes_disabled():
        assert Profile.objects.filter(child=child).count() == 2  # the world's plus this one
        assert Plan.objects.filter(child=child).exists()
