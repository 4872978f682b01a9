"""Every URL, every role, one declared table (harbour.permissions.URL_ACCESS).

For each URL pattern the resolver knows, and for an anonymous visitor, each role in
organisation A and the lead of the outsider organisation B, the response must match the
table: allowed roles get the page (or a redirect, or 405 for a POST-only action), other
roles get 403, visitors are sent to sign in, and the outsider gets 404 for A's records.
"""

from __future__ import annotations

import pytest
from django.test import Client

from harbour.accounts.roles import Role
from harbour.permissions import API, PUBLIC, SIGNED_IN, URL_ACCESS, VERIFIED
from tests.access.urls import GROUP_PARAMS, OBJECT_PARAMS, all_routes, url_for
from tests.world import signed_in_client

ALLOWED = {200, 302, 405}


def test_every_url_has_an_entry_in_the_permission_table() -> None:
    names = {route.name for route in all_routes()}
    missing = sorted(names - set(URL_ACCESS))
    stale = sorted(set(URL_ACCESS) - names)
    assert not missing, f"URLs without an access rule in harbour/permissions.py: {missing}"
    assert not stale, f"Access rules for URLs that no longer exist: {stale}"


def test_an_unlisted_url_is_refused(world, monkeypatch) -> None:
    monkeypatch.delitem(URL_ACCESS, "children:list")
    response = signed_in_client(world.members[Role.LEAD]).get("/children/")
    assert response.status_code == 403


@pytest.mark.django_db
def test_every_url_answers_each_role_as_the_table_says(world) -> None:
    clients: dict[str, Client] = {
        role: signed_in_client(world.members[role]) for role in Role.values
    }
    outsider = signed_in_client(world.outsider)
    anonymous = Client()
    failures: list[str] = []
    for route in all_routes():
        url = url_for(route, world)
        rule = URL_ACCESS[route.name]
        if rule == API:
            # A session never authenticates the API (tests/api checks the tokens); the bare
            # root /api/v1/ has nothing to serve and answers 404.
            for who, client in {"anonymous": anonymous, **clients, "outsider": outsider}.items():
                status = client.get(url).status_code
                if status not in (401, 404):
                    failures.append(f"{who} {url}: {status}, expected 401 without a token")
            continue

        status = anonymous.get(url).status_code
        if rule == PUBLIC:
            if status not in ALLOWED:
                failures.append(f"anonymous {url}: {status}, expected the public page")
        elif status != 302:
            failures.append(f"anonymous {url}: {status}, expected a redirect to sign in")

        for role, client in clients.items():
            response = client.get(url)
            if GROUP_PARAMS & set(route.params):
                expected = {404}  # no organisation role opens a group's figures
            elif rule in (PUBLIC, SIGNED_IN, VERIFIED) or role in rule:
                expected = ALLOWED
            else:
                expected = {403}
            if response.status_code not in expected:
                failures.append(
                    f"{role} {url}: {response.status_code}, expected {sorted(expected)}"
                )

        status = outsider.get(url).status_code
        points_at_a = bool(OBJECT_PARAMS & set(route.params))
        if status == 405 and points_at_a:
            # A POST-only action on A's record: the POST itself must not find the record.
            status = outsider.post(url).status_code
        if GROUP_PARAMS & set(route.params):
            expected = {404}
        elif rule in (PUBLIC, SIGNED_IN, VERIFIED):
            expected = ALLOWED | ({404} if points_at_a else set())
        elif Role.LEAD not in rule:
            expected = {403}
        else:
            expected = {404} if points_at_a else ALLOWED
        if status not in expected:
            failures.append(f"outsider {url}: {status}, expected {sorted(expected)}")
    assert not failures, "\n".join(failures)


def test_redirect_for_anonymous_goes_to_sign_in(world) -> None:
    response = Client().get("/children/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
