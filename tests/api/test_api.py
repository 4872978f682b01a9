"""The JSON API: each endpoint works, and scopes, tokens and organisations are enforced."""

from __future__ import annotations

import datetime
import json

from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.api.models import (
    AGGREGATES_READ,
    OBSERVATIONS_READ,
    OBSERVATIONS_WRITE,
    REFERRALS_READ,
    ROSTER_READ,
    SCOPES,
    ApiToken,
)
from harbour.audit.models import AuditEntry
from harbour.observations.models import Observation
from tests.world import CANARY, signed_in_client

NOTE = {"what_happened": "Ada helped a friend who was upset.", "is_positive": True}


def test_the_roster_lists_organisation_as_children_and_never_bs(world, api) -> None:
    response = api(ROSTER_READ).get("/api/v1/children")
    assert response.status_code == 200
    names = {c["first_name"] for c in response.json()}
    assert names == {"Ada", "Ben"}
    assert CANARY.encode() not in response.content
    # Never safeguarding or identifying extras.
    for forbidden in (b"upn", b"date_of_birth", b"safe_place", b"factor", b"warning"):
        assert forbidden not in response.content


def test_a_child_in_detail(world, api) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["first_name"] == "Ada" and body["year_group"] == 3
    assert body["age_stage"] == "middle"


def test_another_organisations_child_is_not_found(world, api, plan_a) -> None:
    client = api()
    for path in ("", "/observations", "/profiles", "/plan", "/plan/reviews"):
        response = client.get(f"/api/v1/children/{world.child_b.pk}{path}")
        assert response.status_code == 404, path
        assert CANARY.encode() not in response.content
    response = client.post(
        f"/api/v1/children/{world.child_b.pk}/observations", NOTE, content_type="application/json"
    )
    assert response.status_code == 404


def test_a_childs_observations(world, api) -> None:
    response = api(OBSERVATIONS_READ).get(f"/api/v1/children/{world.child_a.pk}/observations")
    assert response.status_code == 200
    assert [o["id"] for o in response.json()] == [world.observation_a.pk]


def test_safeguarding_observations_are_never_served(world, api) -> None:
    with scopes_disabled():
        Observation.objects.filter(pk=world.observation_a.pk).update(safeguarding=True)
    response = api(OBSERVATIONS_READ).get(f"/api/v1/children/{world.child_a.pk}/observations")
    assert response.json() == []


def test_a_roster_token_does_not_read_staffs_notes(world, api) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/observations")
    assert response.status_code == 403
    assert response.json() == {"detail": "This token lacks the observations:read scope."}
    assert world.observation_a.what_happened.encode() not in response.content


def test_logging_an_observation_is_audited_under_the_tokens_name(world, api) -> None:
    response = api(OBSERVATIONS_WRITE).post(
        f"/api/v1/children/{world.child_a.pk}/observations",
        {**NOTE, "feelings": ["proud"], "intensity": 2},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["children"] == [{"child_id": world.child_a.pk, "role": "focus"}]
    with scopes_disabled():
        observation = Observation.objects.get(pk=body["id"])
        entry = AuditEntry.objects.filter(action="observation.created").latest("id")
    assert observation.organisation_id == world.org_a.pk and observation.feelings == ["proud"]
    assert entry.object_id == str(observation.pk) and entry.child_id == world.child_a.pk
    assert entry.actor_label == "API token: MIS sync" and entry.actor_id is None


def test_bad_observations_are_refused_with_422(world, api) -> None:
    client = api(OBSERVATIONS_WRITE)
    url = f"/api/v1/children/{world.child_a.pk}/observations"
    for bad in (
        {},
        {"what_happened": ""},
        {**NOTE, "intensity": 9},
        {**NOTE, "feelings": ["grumpy"]},
        {**NOTE, "what_happened": "nul\x00"},
        {**NOTE, "occurred_at": "2026-01-01T10:00:00"},  # naive
    ):
        response = client.post(url, json.dumps(bad), content_type="application/json")
        assert response.status_code == 422, bad


def test_profiles_with_domain_scores(world, api) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/profiles")
    assert response.status_code == 200
    [profile] = response.json()
    assert profile["id"] == world.profile_a.pk
    assert profile["domains"] and all("score" in d and "band" in d for d in profile["domains"])


def test_aggregates_hide_small_numbers(world, api) -> None:
    response = api(AGGREGATES_READ).get("/api/v1/aggregates/children")
    assert response.status_code == 200
    body = response.json()
    assert body["threshold"] == 5
    # Two children in Year 3: fewer than five, so hidden, and so is every total that shows it.
    assert body["grand_total"] == {"value": None, "label": "fewer than 5"}
    assert all(
        cell["value"] is None
        for row in body["rows"]
        for cell in row["cells"].values()
        if cell["label"] != "0"
    )
    assert b"Ada" not in response.content


def test_each_endpoint_needs_its_scope(world, api, plan_a) -> None:
    child = world.child_a.pk
    calls = [
        ("get", "/api/v1/children", ROSTER_READ),
        ("get", f"/api/v1/children/{child}", ROSTER_READ),
        ("get", f"/api/v1/children/{child}/observations", OBSERVATIONS_READ),
        ("get", f"/api/v1/children/{child}/profiles", ROSTER_READ),
        ("get", f"/api/v1/children/{child}/plan", ROSTER_READ),
        ("get", f"/api/v1/children/{child}/plan/reviews", ROSTER_READ),
        ("get", "/api/v1/aggregates/children", AGGREGATES_READ),
        ("get", "/api/v1/referrals", REFERRALS_READ),
        ("post", f"/api/v1/children/{child}/observations", OBSERVATIONS_WRITE),
    ]
    all_scopes = set(SCOPES)
    assert all_scopes == {
        ROSTER_READ,
        OBSERVATIONS_READ,
        OBSERVATIONS_WRITE,
        AGGREGATES_READ,
        REFERRALS_READ,
    }
    for method, url, needed in calls:
        others = sorted(all_scopes - {needed})
        response = getattr(api(*others), method)(url, NOTE, content_type="application/json")
        assert response.status_code == 403, (url, others)
        response = getattr(api(needed), method)(url, NOTE, content_type="application/json")
        assert response.status_code in (200, 201), url


def test_no_token_bad_token_revoked_or_expired_answer_401(world, api, make_token) -> None:
    assert Client().get("/api/v1/children").status_code == 401
    assert api(secret="hbr_not-a-real-token").get("/api/v1/children").status_code == 401
    expired = make_token(ROSTER_READ, expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert api(secret=expired).get("/api/v1/children").status_code == 401
    secret = make_token(ROSTER_READ)
    assert api(secret=secret).get("/api/v1/children").status_code == 200
    with scopes_disabled():
        token = ApiToken.objects.get(
            token_hash__isnull=False, name="MIS sync", revoked_at=None, expires_at=None
        )
        from harbour.api.services import api_token_revoke

        api_token_revoke(token=token, actor=world.user(Role.LEAD))
    assert api(secret=secret).get("/api/v1/children").status_code == 401


def test_a_signed_in_session_does_not_authenticate_the_api(world, client_for) -> None:
    response = client_for(Role.LEAD).get("/api/v1/children")
    assert response.status_code == 401
    response = client_for(Role.LEAD).post(
        f"/api/v1/children/{world.child_a.pk}/observations", NOTE, content_type="application/json"
    )
    assert response.status_code == 401


def test_the_outsiders_token_sees_only_organisation_b(world, api, make_token) -> None:
    client = api(secret=make_token(ROSTER_READ, org=world.org_b))
    names = {c["first_name"] for c in client.get("/api/v1/children").json()}
    assert names == {CANARY}
    assert client.get(f"/api/v1/children/{world.child_a.pk}").status_code == 404


def test_the_openapi_document_lists_every_endpoint(db) -> None:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/api/v1/children",
        "/api/v1/children/{child_id}",
        "/api/v1/children/{child_id}/observations",
        "/api/v1/children/{child_id}/profiles",
        "/api/v1/children/{child_id}/plan",
        "/api/v1/children/{child_id}/plan/reviews",
        "/api/v1/aggregates/children",
        "/api/v1/referrals",
    }
    assert "post" in document["paths"]["/api/v1/children/{child_id}/observations"]
    assert document["components"]["securitySchemes"]


def test_only_a_hash_of_the_token_is_stored(world, make_token) -> None:
    secret = make_token(ROSTER_READ)
    with scopes_disabled():
        token = ApiToken.objects.latest("id")
    assert secret not in (token.token_hash, token.prefix) and secret.startswith(token.prefix)


def test_the_lead_makes_a_token_sees_it_once_and_revokes_it(world) -> None:
    lead = signed_in_client(world.members[Role.LEAD])
    response = lead.post(
        "/api/tokens/", {"name": "Reporting", "scopes": [AGGREGATES_READ], "expires_in_days": 30}
    )
    assert response.status_code == 200
    secret = response.context["secret"]
    assert secret and secret.encode() in response.content
    assert secret.encode() not in lead.get("/api/tokens/").content
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get("/api/v1/aggregates/children").status_code == 200
    with scopes_disabled():
        token = ApiToken.objects.get(name="Reporting")
    response = lead.post("/api/tokens/", {"action": "revoke", "token_id": token.pk})
    assert response.status_code == 302
    assert client.get("/api/v1/aggregates/children").status_code == 401
    with scopes_disabled():
        actions = list(
            AuditEntry.objects.filter(action__startswith="api.token").values_list(
                "action", flat=True
            )
        )
    assert sorted(actions) == ["api.token.created", "api.token.revoked"]


def test_only_the_lead_manages_tokens(world, client_for) -> None:
    assert client_for(Role.DESIGNATED).get("/api/tokens/").status_code == 403
    assert client_for(Role.LEAD).get("/api/tokens/").status_code == 200


def test_the_token_page_offers_observations_read_on_its_own(world) -> None:
    lead = signed_in_client(world.members[Role.LEAD])
    page = lead.get("/api/tokens/").content.decode()
    assert f'value="{OBSERVATIONS_READ}"' in page
    assert "Read observations: what happened" in page
    assert "observations" not in SCOPES[ROSTER_READ]
    response = lead.post("/api/tokens/", {"name": "Reflective log", "scopes": [OBSERVATIONS_READ]})
    client = Client(headers={"Authorization": f"Bearer {response.context['secret']}"})
    assert client.get(f"/api/v1/children/{world.child_a.pk}/observations").status_code == 200
    assert client.get(f"/api/v1/children/{world.child_a.pk}").status_code == 403
