"""Tokens for organisation A's API, made through the service a lead's page uses, and support
plans for the plan endpoints (the shared test world has none)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.api.models import SCOPES

# Words from the plan that must never leave through the API (see endpoints.PLAN_ACCESS).
PRIVATE_WORDS = ("Secretvoice", "Secrethelps", "Secretparent", "Secretplace", "Secretcalm")


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
            scopes=scopes or tuple(SCOPES),
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


def _content(goal: str, words: str = "") -> dict[str, Any]:
    return {
        "strengths": [f"{words}Kind to younger children"],
        "areas": [f"{words}Managing big feelings"],
        "goals": [goal],
        "strategies": [
            {"item_id": "prompt.dysregulated.i-can-see", "text": "Name the feeling calmly"},
            {"item_id": None, "text": f"{words}Two minutes in the garden"},
        ],
        "key_adults": "Staff Person",
        "safe_place": f"{words}Secretplace library corner",
        "calming": f"{words}Secretcalm counting",
        "child_voice": {
            "know_about_me": f"{words}Secretvoice I like dogs",
            "helps_me": f"{words}Secrethelps a quiet word",
        },
        "parent_voice": f"{words}Secretparent mornings are hard",
    }


@pytest.fixture
def plan_a(world: Any) -> Any:
    """Ada's plan at version 2, and a plan for organisation B's child carrying the canary."""
    from harbour.plans.services import plan_create, plan_save
    from tests.world import CANARY

    staff = world.user(Role.STAFF)
    with scopes_disabled():
        plan = plan_create(child=world.child_a, actor=staff, content=_content("Ask for help"))
        plan_save(
            plan=plan,
            actor=staff,
            content=_content("Ask an adult for help when upset"),
            base_version=1,
            note="Sharper goal",
        )
        plan_create(
            child=world.child_b, actor=world.outsider.user, content=_content(CANARY, CANARY)
        )
        plan.refresh_from_db()
    return plan


@pytest.fixture
def review_a(world: Any, plan_a: Any) -> Any:
    from harbour.plans.services import plan_review_record

    with scopes_disabled():
        return plan_review_record(
            plan=plan_a,
            actor=world.user(Role.STAFF),
            held_on=timezone.localdate() - datetime.timedelta(days=1),
            attended="Secretattended Mum, Staff Person",
            goal_progress=[{"goal": "Ask an adult for help when upset", "rating": 3}],
            what_changed="Secretchanged a lot",
            child_views="Secretvoice I feel better",
            parent_views="Secretparent happier at home",
        )
