"""An external professional's membership ends on its expiry date, mid-session too.

From the day after `Membership.expires_on`, every page answers them exactly as it answers a
signed-in person with no membership at all, and no child's record is reachable.
"""

from __future__ import annotations

import datetime

from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.middleware import AUTH_AT_KEY, ORG_KEY
from harbour.accounts.models import Membership, User
from harbour.accounts.roles import Role
from harbour.permissions import API, URL_ACCESS
from tests.access.urls import all_routes, url_for
from tests.world import PASSWORD, signed_in_client

NO_MEMBERSHIP = "/accounts/no-organisation/"


def _expire(membership: Membership, *, on: datetime.date) -> None:
    with scopes_disabled():
        Membership.objects.filter(pk=membership.pk).update(expires_on=on)


def _no_membership_client(world) -> Client:
    """A person who passed both factors but belongs nowhere, with a stale organisation."""
    user = User.objects.create_user("nobody@alder.example", PASSWORD, full_name="No Body")
    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client = Client()
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session[AUTH_AT_KEY] = timezone.now().timestamp()
    session[ORG_KEY] = world.org_a.pk
    session.save()
    return client


def _answer(response) -> tuple[int, str]:
    return response.status_code, response.get("Location", "")


def test_a_professional_keeps_access_up_to_and_including_the_expiry_date(world) -> None:
    professional = world.members[Role.PROFESSIONAL]
    client = signed_in_client(professional)
    _expire(professional, on=timezone.localdate())
    assert client.get(f"/children/{world.child_a.pk}/").status_code == 200


def test_after_the_expiry_date_the_child_pages_are_gone(world) -> None:
    professional = world.members[Role.PROFESSIONAL]
    client = signed_in_client(professional)
    pages = [
        f"/children/{world.child_a.pk}/",
        "/children/",
        f"/profiles/children/{world.child_a.pk}/",
    ]
    assert [client.get(url).status_code for url in pages] == [200, 200, 200]

    _expire(professional, on=timezone.localdate() - datetime.timedelta(days=1))

    for url in pages:
        response = client.get(url)
        assert _answer(response) == (302, NO_MEMBERSHIP), url
    landing = client.get(NO_MEMBERSHIP, follow=True)
    assert b"your access has ended" in landing.content
    assert world.child_a.legal_first_name.encode() not in landing.content
    with scopes_disabled():
        assert not Membership.objects.active().filter(pk=professional.pk).exists()


def test_an_expired_professional_is_answered_as_someone_with_no_membership(world) -> None:
    professional = world.members[Role.PROFESSIONAL]
    expired = signed_in_client(professional)
    _expire(professional, on=timezone.localdate() - datetime.timedelta(days=1))
    nobody = _no_membership_client(world)

    checked = 0
    differences: list[str] = []
    for route in all_routes():
        if URL_ACCESS[route.name] == API:
            continue  # bearer tokens, not memberships (tests/api)
        url = url_for(route, world)
        theirs, baseline = _answer(expired.get(url)), _answer(nobody.get(url))
        if theirs != baseline:
            differences.append(f"{url}: {theirs}, but {baseline} with no membership")
        if (
            isinstance(URL_ACCESS[route.name], frozenset)
            and Role.PROFESSIONAL in (URL_ACCESS[route.name])
        ):
            checked += 1
            if theirs[0] == 200:
                differences.append(f"{url}: still open to the expired professional")
    assert not differences, "\n".join(differences)
    assert checked >= 5, "the professional's own pages were among those checked"
