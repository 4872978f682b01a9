"""Tokens for organisation A's API, made through the service a lead's page uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from harbour.accounts.roles import Role
from harbour.api.models import AGGREGATES_READ, OBSERVATIONS_WRITE, ROSTER_READ


@pytest.fixture
def make_token(world: Any) -> Callable[..., str]:
    from harbour.api.services import api_token_create

    def make(*scopes: str, org: Any = None, **kwargs: Any) -> str:
        organisation = org or world.org_a
        actor = world.user(Role.LEAD) if organisation == world.org_a else world.outsider.user
        _token, secret = api_token_create(
            organisation=organisation,
            actor=actor,
            name="MIS sync",
            scopes=scopes or (ROSTER_READ, OBSERVATIONS_WRITE, AGGREGATES_READ),
            **kwargs,
        )
        return secret

    return make


@pytest.fixture
def api(make_token: Callable[..., str]) -> Callable[..., Client]:
    """A client that sends a bearer token for organisation A (all scopes unless given)."""

    def client(*scopes: str, secret: str | None = None) -> Client:
        return Client(headers={"Authorization": f"Bearer {secret or make_token(*scopes)}"})

    return client
