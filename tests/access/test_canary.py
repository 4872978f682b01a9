"""Nothing of the outsider organisation ever reaches a member of organisation A.

Organisation B's name, its child's names, its group and its lead all carry the CANARY
marker. Every page, for every role in A, is searched for it.
"""

from __future__ import annotations

from django.test import Client

from harbour.accounts.roles import Role
from tests.access.urls import all_routes, url_for
from tests.world import CANARY, signed_in_client


def test_no_page_shows_another_organisations_records_to_any_role(world) -> None:
    leaks: list[str] = []
    clients = {role: signed_in_client(world.members[role]) for role in Role.values}
    clients["anonymous"] = Client()
    for route in all_routes():
        url = url_for(route, world)
        # A search for part of the marker would find B's records if any query forgot the
        # organisation, without echoing the whole marker back in the search box.
        part = CANARY[:5]
        for suffix in ("", f"?q={part}&group=&action=&actor={part}"):
            for who, client in clients.items():
                response = client.get(url + suffix, follow=True)
                if CANARY.encode() in response.content:
                    leaks.append(f"{who} {url}{suffix}")
    assert not leaks, f"Outsider data leaked on: {leaks}"


def test_the_outsiders_child_is_not_found_by_id(world, client_for) -> None:
    for role in (Role.LEAD, Role.DESIGNATED, Role.STAFF):
        response = client_for(role).get(f"/children/{world.child_b.pk}/")
        assert response.status_code == 404
        assert CANARY.encode() not in response.content


def test_the_canary_is_really_in_organisation_bs_pages(world) -> None:
    # Guards the test above: the marker must be visible to B's own lead, or the canary
    # test would pass for the wrong reason.
    response = signed_in_client(world.outsider).get(f"/children/{world.child_b.pk}/")
    assert response.status_code == 200
    assert CANARY.encode() in response.content
