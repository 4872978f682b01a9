"""A teacher signs in on a phone, finds their class and opens a child; a lead reads the
audit trail. Every page passes axe-core with no serious or critical violations."""

from __future__ import annotations

from typing import Any

import pytest

from harbour.accounts.roles import Role
from tests.browser.conftest import check_accessibility
from tests.world import PASSWORD, build_world, current_code, without_random_tokens

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page: Any, base: str, email: str, user: Any) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("6-digit code").fill(current_code(user))
    page.get_by_role("button", name="Sign in").click()


def test_a_teacher_signs_in_on_a_phone_and_opens_a_child(live_server, phone) -> None:
    world = build_world()
    base = live_server.url
    phone.goto(f"{base}/")
    check_accessibility(phone, "landing-phone")
    phone.get_by_role("link", name="Sign in").click()
    check_accessibility(phone, "login-phone")
    sign_in(phone, base, "staff@alder.example", world.user(Role.STAFF))
    assert phone.url.endswith("/home/")
    check_accessibility(phone, "home-staff-phone")
    phone.get_by_role("link", name="Ada Alder").click()
    assert phone.get_by_role("heading", name="Ada Alder").is_visible()
    check_accessibility(phone, "child-staff-phone")


def test_a_lead_reads_the_audit_trail(live_server, desktop) -> None:
    world = build_world()
    sign_in(desktop, live_server.url, "lead@alder.example", world.user(Role.LEAD))
    check_accessibility(desktop, "home-lead-desktop")
    desktop.get_by_role("link", name="Children").first.click()
    check_accessibility(desktop, "children-lead-desktop")
    desktop.get_by_role("link", name="Audit trail").click()
    assert desktop.get_by_role("heading", name="Audit trail").is_visible()
    check_accessibility(desktop, "audit-lead-desktop")


def test_a_lead_reads_the_dashboard_and_a_governor_the_figures(live_server, desktop) -> None:
    world = build_world()
    base = live_server.url
    sign_in(desktop, base, "lead@alder.example", world.user(Role.LEAD))
    desktop.get_by_role("link", name="Dashboard").first.click()
    assert desktop.get_by_role("heading", level=1).first.is_visible()
    check_accessibility(desktop, "dashboard-lead-desktop")
    desktop.goto(f"{base}/reports/governors/")
    check_accessibility(desktop, "figures-lead-desktop")


def test_a_governor_sees_figures_without_names(live_server, phone) -> None:
    world = build_world()
    sign_in(phone, live_server.url, "governor@alder.example", world.user(Role.GOVERNOR))
    phone.goto(f"{live_server.url}/reports/governors/")
    check_accessibility(phone, "figures-governor-phone")
    assert "Ada" not in without_random_tokens(phone.content())
