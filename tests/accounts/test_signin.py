"""Sign-in: password then a second factor, lockout, no user enumeration, session lifetimes,
password reset links that last an hour and work once."""

from __future__ import annotations

import datetime
import re
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.models import Membership, User
from harbour.accounts.roles import Role
from tests.world import PASSWORD, current_code, signed_in_client


def sign_in_with_password(client: Client, email: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"username": email, "password": password})


def test_password_alone_does_not_open_any_child_page(world) -> None:
    client = Client()
    response = sign_in_with_password(client, "staff@alder.example")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/mfa/verify/")
    for url in ("/home/", "/children/", f"/children/{world.child_a.pk}/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/mfa/verify/"), url


def test_between_password_and_code_the_header_shows_nothing_of_the_organisation(world):
    from harbour.notifications.models import Notification

    with scopes_disabled():
        Notification.objects.create(
            organisation=world.org_a,
            recipient=world.members[Role.STAFF],
            kind="checkin.wants_to_talk",
            url="/home/",
        )
    client = Client()
    sign_in_with_password(client, "staff@alder.example")
    page = client.get("/accounts/mfa/verify/").content.decode()
    assert "6-digit code" in page and "Sign out" in page
    assert "Alder School" not in page and "Notifications" not in page
    assert 'aria-label="Main"' not in page
    client.post("/accounts/mfa/verify/", {"token": current_code(world.user(Role.STAFF))})
    home = client.get("/home/").content.decode()
    assert "Alder School" in home and "Notifications" in home and 'aria-label="Main"' in home


def test_password_and_code_sign_in(world) -> None:
    client = Client()
    sign_in_with_password(client, "staff@alder.example")
    response = client.post(
        "/accounts/mfa/verify/?next=/home/", {"token": current_code(world.user(Role.STAFF))}
    )
    assert response.status_code == 302 and response["Location"] == "/home/"
    assert client.get("/home/").status_code == 200


def test_a_wrong_code_is_refused(world) -> None:
    client = Client()
    sign_in_with_password(client, "staff@alder.example")
    good = current_code(world.user(Role.STAFF))
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    response = client.post("/accounts/mfa/verify/", {"token": wrong})
    assert response.status_code == 200
    assert b"did not match" in response.content
    assert client.get("/home/").status_code == 302


def test_first_sign_in_links_an_authenticator_app(world) -> None:
    user = User.objects.create_user("new@alder.example", PASSWORD, full_name="New Starter")
    Membership.objects.create(user=user, organisation=world.org_a, role=Role.STAFF)
    client = Client()
    sign_in_with_password(client, "new@alder.example")
    response = client.get("/accounts/mfa/verify/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/mfa/setup/")
    page = client.get(response["Location"])
    assert b"<svg" in page.content  # the QR code
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/accounts/mfa/setup/", {"token": current_code_unconfirmed(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/home/").status_code == 200


def current_code_unconfirmed(device: TOTPDevice) -> str:
    from django_otp.oath import totp

    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_young_person_needs_no_second_factor(world) -> None:
    client = Client()
    response = sign_in_with_password(client, "young_person@alder.example")
    assert response.status_code == 302
    assert client.get("/home/").status_code == 200


def test_five_failures_lock_the_account_and_address_for_fifteen_minutes(world) -> None:
    client = Client()
    for _ in range(5):
        response = sign_in_with_password(client, "staff@alder.example", "wrong-password")
    assert response.status_code == 429
    # Even the right password is refused while locked.
    response = sign_in_with_password(client, "staff@alder.example")
    assert response.status_code == 429
    assert b"Too many attempts" in response.content
    # Another address is not locked out by this one's failures.
    other = Client(REMOTE_ADDR="10.9.9.9")
    assert sign_in_with_password(other, "staff@alder.example").status_code == 302
    # After 15 minutes the lock lifts.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert sign_in_with_password(client, "staff@alder.example").status_code == 302


def test_four_failures_do_not_lock(world) -> None:
    client = Client()
    for _ in range(4):
        assert sign_in_with_password(client, "staff@alder.example", "nope").status_code == 200
    assert sign_in_with_password(client, "staff@alder.example").status_code == 302


def test_no_user_enumeration(world) -> None:
    known = sign_in_with_password(Client(), "staff@alder.example", "wrong-password")
    unknown = sign_in_with_password(Client(), "nobody@alder.example", "wrong-password")
    assert known.status_code == unknown.status_code == 200
    strip = lambda r: re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", r.content)  # noqa: E731
    assert strip(known).replace(b"staff@", b"X@") == strip(unknown).replace(b"nobody@", b"X@")
    # Lockout looks the same for an account that does not exist.
    client = Client()
    for _ in range(5):
        response = sign_in_with_password(client, "nobody@alder.example", "x")
    assert response.status_code == 429
    # And the reset form answers the same either way.
    a = Client().post("/accounts/password-reset/", {"email": "staff@alder.example"})
    b = Client().post("/accounts/password-reset/", {"email": "nobody@alder.example"})
    assert a.status_code == b.status_code == 302 and a["Location"] == b["Location"]


def _at(moment: datetime.datetime):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_idle_session_ends_after_thirty_minutes(world) -> None:
    start = timezone.now()
    with _at(start):
        client = signed_in_client(world.members[Role.STAFF])
        assert client.get("/home/").status_code == 200
    with _at(start + datetime.timedelta(minutes=29)):
        assert client.get("/home/").status_code == 200  # activity renews the idle timer
    with _at(start + datetime.timedelta(minutes=29 + 29)):
        assert client.get("/home/").status_code == 200
    with _at(start + datetime.timedelta(minutes=29 + 29 + 31)):
        response = client.get("/home/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_active_session_is_written_back_at_most_once_a_minute(world) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def writes(client) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/home/").status_code == 200
        return sum(
            1 for q in captured.captured_queries if q["sql"].startswith('UPDATE "django_session"')
        )

    start = timezone.now()
    with _at(start):
        client = signed_in_client(world.members[Role.STAFF])
        writes(client)
    with _at(start + datetime.timedelta(seconds=20)):
        assert writes(client) == 0
    with _at(start + datetime.timedelta(seconds=50)):
        assert writes(client) == 0
    with _at(start + datetime.timedelta(seconds=75)):
        assert writes(client) == 1
    # Requests in between don't push the expiry: 30 minutes after the last write, it ends.
    with _at(start + datetime.timedelta(seconds=75 + 50)):
        assert writes(client) == 0
    with _at(start + datetime.timedelta(seconds=75, minutes=30, milliseconds=1)):
        response = client.get("/home/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_session_ends_twelve_hours_after_sign_in_however_active(world) -> None:
    start = timezone.now()
    with _at(start):
        client = signed_in_client(world.members[Role.STAFF])
    for minutes in range(20, 12 * 60, 20):
        with _at(start + datetime.timedelta(minutes=minutes)):
            assert client.get("/home/").status_code == 200, minutes
    with _at(start + datetime.timedelta(hours=12, minutes=1)):
        response = client.get("/home/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def _reset_link() -> str:
    body = mail.outbox[-1].body
    match = re.search(r"https?://[^/]+(/accounts/password-reset/[^\s]+)", body)
    assert match, body
    return match.group(1)


@pytest.mark.parametrize("minutes, works", [(59, True), (61, False)])
def test_password_reset_link_lasts_one_hour(world, minutes: int, works: bool) -> None:
    Client().post("/accounts/password-reset/", {"email": "staff@alder.example"})
    link = _reset_link()
    later = datetime.datetime.now() + datetime.timedelta(minutes=minutes)  # noqa: DTZ005
    with mock.patch(
        "django.contrib.auth.tokens.PasswordResetTokenGenerator._now", return_value=later
    ):
        client = Client()
        response = client.get(link, follow=True)
        assert (b"<h1>Choose a new password</h1>" in response.content) is works
        assert (b"This link has expired" in response.content) is not works


def test_password_reset_link_works_once(world) -> None:
    Client().post("/accounts/password-reset/", {"email": "staff@alder.example"})
    link = _reset_link()
    client = Client()
    form_page = client.get(link, follow=True)
    assert b"<h1>Choose a new password</h1>" in form_page.content
    new = "a-brand-new-password-42"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    assert User.objects.get(email="staff@alder.example").check_password(new)
    again = Client().get(link, follow=True)
    assert b"This link has expired" in again.content


def test_a_new_session_starts_in_the_organisation_last_chosen(world) -> None:
    lead = world.members[Role.LEAD]
    Membership.objects.create(user=lead.user, organisation=world.org_b, role=Role.STAFF)
    client = signed_in_client(lead)
    client.post("/accounts/switch/", {"organisation": world.org_b.pk})
    assert client.get("/home/").context["organisation"] == world.org_b
    # Tomorrow, a fresh sign-in opens where they last chose to work.
    fresh = Client()
    fresh.force_login(lead.user)
    session = fresh.session
    device = TOTPDevice.objects.get(user=lead.user, confirmed=True)
    session["otp_device_id"] = device.persistent_id
    session["harbour_auth_at"] = timezone.now().timestamp()
    session.save()
    assert fresh.get("/home/").context["organisation"] == world.org_b
