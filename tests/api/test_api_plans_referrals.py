"""Support plans, their reviews and referrals through the API: what is served, what never
is, scopes and organisations."""

from __future__ import annotations

import datetime
import json
import typing

from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.api.endpoints import ReferralStatus
from harbour.api.models import (
    AGGREGATES_READ,
    OBSERVATIONS_READ,
    OBSERVATIONS_WRITE,
    REFERRALS_READ,
    ROSTER_READ,
    SCOPES,
    ApiToken,
)
from harbour.pathways.models import Referral
from tests.api.conftest import PRIVATE_WORDS
from tests.world import CANARY, signed_in_client

# --- the plan ----------------------------------------------------------------------------


def test_a_childs_current_plan_for_adults(world, api, plan_a) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["child_id"] == world.child_a.pk and body["status"] == "active"
    assert body["version"] == 2
    assert body["goals"] == ["Ask an adult for help when upset"]
    assert body["strengths"] == ["Kind to younger children"]
    assert body["areas"] == ["Managing big feelings"]
    assert body["strategies"] == [
        {"text": "Name the feeling calmly", "item_id": "prompt.dysregulated.i-can-see"},
        {"text": "Two minutes in the garden", "item_id": None},
    ]
    assert body["next_review_on"] == plan_a.next_review_on.isoformat()
    assert body["review_overdue"] is False
    assert datetime.datetime.fromisoformat(body["saved_at"]) <= timezone.now()


def test_the_plan_names_its_interventions_from_the_organisations_catalogue(
    world, api, plan_a
) -> None:
    from harbour.guidance.models import Intervention
    from harbour.plans.services import plan_save

    assert (
        api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan").json()["interventions"]
        == []
    )
    with scopes_disabled():
        builtin = Intervention.objects.filter(organisation__isnull=True).order_by("pk").first()
        theirs = Intervention.objects.get(organisation=world.org_b)
        # Organisation B's entry cannot be chosen on the page; were its id stored anyway,
        # the API would not name it.
        content = {
            **plan_a.current().content,
            "interventions": [world.intervention_a.pk, theirs.pk, builtin.pk],
        }
        plan_save(plan=plan_a, actor=world.user(Role.STAFF), content=content, base_version=2)
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == 3
    assert response.json()["interventions"] == [
        {
            "id": world.intervention_a.pk,
            "slug": "nurture-group",
            "title": "Nurture group",
            "builtin": False,
        },
        {"id": builtin.pk, "slug": builtin.slug, "title": builtin.title, "builtin": True},
    ]
    assert CANARY.encode() not in response.content
    assert b"Small group time" not in response.content  # the catalogue's text stays there


def test_the_plan_never_serves_the_childs_or_parents_words(world, api, plan_a) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan")
    assert response.status_code == 200
    for word in (*PRIVATE_WORDS, "Staff Person"):
        assert word.encode() not in response.content, word
    for key in ("child_voice", "parent_voice", "safe_place", "calming", "key_adults"):
        assert key not in response.json()


def test_no_plan_and_another_organisations_plan_are_not_found(world, api, plan_a) -> None:
    client = api(ROSTER_READ)
    for child in (world.child_a2, world.child_b):  # no plan; organisation B's plan
        for path in ("/plan", "/plan/reviews"):
            response = client.get(f"/api/v1/children/{child.pk}{path}")
            assert response.status_code == 404, (child, path)
            assert CANARY.encode() not in response.content
    assert client.get(f"/api/v1/children/{2**40}/plan").status_code == 404


def test_the_plan_needs_roster_read(world, api, plan_a) -> None:
    others = api(OBSERVATIONS_READ, OBSERVATIONS_WRITE, AGGREGATES_READ, REFERRALS_READ)
    for path in ("/plan", "/plan/reviews"):
        assert others.get(f"/api/v1/children/{world.child_a.pk}{path}").status_code == 403


def test_the_outsiders_token_reads_only_its_own_plan(world, api, make_token, plan_a) -> None:
    client = api(secret=make_token(ROSTER_READ, org=world.org_b))
    assert client.get(f"/api/v1/children/{world.child_a.pk}/plan").status_code == 404
    response = client.get(f"/api/v1/children/{world.child_b.pk}/plan")
    assert response.status_code == 200 and response.json()["goals"] == [CANARY]


# --- reviews -----------------------------------------------------------------------------


def test_plan_reviews_give_progress_per_goal_and_the_next_review(world, api, review_a) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan/reviews")
    assert response.status_code == 200, response.content
    [review] = response.json()
    assert review == {
        "id": review_a.pk,
        "held_on": review_a.held_on.isoformat(),
        "plan_version": 2,
        "goal_progress": [
            {"goal": "Ask an adult for help when upset", "rating": 3, "label": "Good progress"}
        ],
        "next_review_on": review_a.next_review_on.isoformat(),
    }
    for word in ("Secretattended", "Secretchanged", "Secretvoice", "Secretparent"):
        assert word.encode() not in response.content, word


def test_a_plan_not_yet_reviewed_has_no_reviews(world, api, plan_a) -> None:
    response = api(ROSTER_READ).get(f"/api/v1/children/{world.child_a.pk}/plan/reviews")
    assert response.status_code == 200 and response.json() == []


# --- referrals ---------------------------------------------------------------------------


def _overdue_referral(world) -> Referral:
    from harbour.pathways.services import referral_create

    with scopes_disabled():
        return referral_create(
            child=world.child_a2,
            actor=world.user(Role.DESIGNATED),
            service=world.service_a,  # replies within 10 days
            reason="Secretreason",
            sent_on=timezone.localdate() - datetime.timedelta(days=30),
        )


def test_referrals_are_facts_only(world, api) -> None:
    response = api(REFERRALS_READ).get("/api/v1/referrals")
    assert response.status_code == 200, response.content
    referral = world.referral_a
    assert response.json() == [
        {
            "id": referral.pk,
            "child_id": world.child_a.pk,
            "service_id": world.service_a.pk,
            "service": "Early help hub",
            "status": "sent",
            "sent_on": referral.sent_on.isoformat(),
            "due_by": referral.due_by.isoformat(),
            "overdue": False,
        }
    ]
    # Never the reason, the outcome, who referred, or the safeguarding concern.
    for word in (CANARY, "Family support", "Designated Person", "scared"):
        assert word.encode() not in response.content, word


def test_referrals_filtered_by_status_and_overdue(world, api) -> None:
    late = _overdue_referral(world)
    client = api(REFERRALS_READ)

    def ids(query: str) -> list[int]:
        response = client.get(f"/api/v1/referrals{query}")
        assert response.status_code == 200, (query, response.content)
        return [r["id"] for r in response.json()]

    assert ids("") == [world.referral_a.pk, late.pk]  # newest first
    assert ids("?overdue=true") == [late.pk]
    assert ids("?overdue=false") == [world.referral_a.pk]
    assert ids("?status=sent") == [world.referral_a.pk, late.pk]
    assert ids("?status=closed") == []
    assert ids("?status=sent&overdue=true") == [late.pk]
    assert b"Secretreason" not in client.get("/api/v1/referrals").content
    # A referral the service has answered is no longer overdue, however old.
    with scopes_disabled():
        Referral.objects.filter(pk=late.pk).update(status=Referral.Status.ACCEPTED)
    assert ids("?overdue=true") == []
    assert ids("?status=accepted") == [late.pk]


def test_bad_referral_filters_are_refused_with_422(world, api) -> None:
    client = api(REFERRALS_READ)
    for query in ("?status=lost", "?overdue=perhaps"):
        assert client.get(f"/api/v1/referrals{query}").status_code == 422, query


def test_no_referrals_is_an_empty_list(world, api) -> None:
    with scopes_disabled():
        Referral.objects.filter(organisation=world.org_a).delete()
    response = api(REFERRALS_READ).get("/api/v1/referrals")
    assert response.status_code == 200 and response.json() == []


def test_referrals_need_their_own_scope(world, api) -> None:
    client = api(ROSTER_READ, OBSERVATIONS_READ, OBSERVATIONS_WRITE, AGGREGATES_READ)
    assert client.get("/api/v1/referrals").status_code == 403


def test_the_outsiders_token_sees_only_organisation_bs_referrals(world, api, make_token) -> None:
    response = api(secret=make_token(REFERRALS_READ, org=world.org_b)).get("/api/v1/referrals")
    assert response.status_code == 200
    [referral] = response.json()
    assert referral["service"] == f"{CANARY} service"
    assert referral["child_id"] == world.child_b.pk
    assert referral["id"] != world.referral_a.pk


# --- the document and the token page -----------------------------------------------------


def test_the_openapi_document_describes_the_new_operations(db) -> None:
    document = json.loads(Client().get("/api/v1/openapi.json").content)
    paths = document["paths"]
    plan = paths["/api/v1/children/{child_id}/plan"]["get"]
    assert "child's own words" in plan["description"]
    assert set(plan["responses"]) >= {"200", "401", "403", "404"}
    assert "/api/v1/children/{child_id}/plan/reviews" in paths
    referrals = paths["/api/v1/referrals"]["get"]
    params = {p["name"]: p for p in referrals["parameters"]}
    assert set(params) == {"status", "overdue"}
    schemas = document["components"]["schemas"]
    assert {"PlanOut", "PlanReviewOut", "GoalProgressOut", "ReferralOut"} <= set(schemas)
    assert "outcome" not in schemas["ReferralOut"]["properties"]
    assert "reason" not in schemas["ReferralOut"]["properties"]
    assert "child_voice" not in schemas["PlanOut"]["properties"]


def test_the_documented_referral_statuses_are_the_models() -> None:
    assert set(typing.get_args(ReferralStatus)) == set(Referral.Status.values)


def test_the_lead_can_make_a_referrals_token_on_the_token_page(world) -> None:
    assert REFERRALS_READ in SCOPES
    lead = signed_in_client(world.members[Role.LEAD])
    page = lead.get("/api/tokens/")
    assert f'value="{REFERRALS_READ}"'.encode() in page.content
    response = lead.post("/api/tokens/", {"name": "Early help board", "scopes": [REFERRALS_READ]})
    assert response.status_code == 200
    secret = response.context["secret"]
    with scopes_disabled():
        assert ApiToken.objects.get(name="Early help board").scopes == [REFERRALS_READ]
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get("/api/v1/referrals").status_code == 200
    assert client.get("/api/v1/children").status_code == 403
