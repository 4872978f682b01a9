"""Level of support: the suggestion from the database, the decision, and who sees what."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.pathways import services
from harbour.pathways.evidence import need_evidence
from harbour.pathways.grouping import suggest_grouping
from harbour.pathways.models import NeedDecision, Service


def test_an_open_concern_suggests_risk_support(world) -> None:
    with scopes_disabled():
        evidence = need_evidence(world.child_a)
        suggestion = suggest_grouping(evidence)
    assert evidence.open_safeguarding_concerns == 1
    assert evidence.domain_scores  # the world's profile
    assert suggestion.grouping == "getting-risk-support"
    assert "1 safeguarding concern is open." in suggestion.reasons


def test_designated_staff_see_the_reasons_and_decide_with_a_rationale(world, client_for) -> None:
    designated = client_for(Role.DESIGNATED)
    url = reverse("pathways:need", kwargs={"child_id": world.child_a.pk})
    page = designated.get(url)
    assert b"Harbour suggests: Getting risk support" in page.content
    assert b"safeguarding concern is open" in page.content
    designated.post(url, {"grouping": "getting-help", "rationale": ""})
    with scopes_disabled():
        assert not NeedDecision.objects.exists()
    designated.post(url, {"grouping": "getting-help", "rationale": "Agreed with the family."})
    designated.post(url, {"grouping": "getting-more-help", "rationale": "CAMHS referral."})
    with scopes_disabled():
        history = list(NeedDecision.objects.filter(child=world.child_a).order_by("decided_at"))
    assert [d.grouping for d in history] == ["getting-help", "getting-more-help"]
    assert history[0].suggested_grouping == "getting-risk-support"
    assert history[0].suggested_reasons


def test_staff_see_the_current_level_only(world, client_for) -> None:
    with scopes_disabled():
        services.need_decide(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            grouping="getting-help",
            rationale="Private reasoning about home",
        )
    staff = client_for(Role.STAFF)
    url = reverse("pathways:need", kwargs={"child_id": world.child_a.pk})
    page = staff.get(url)
    assert b"Getting help" in page.content
    assert b"Private reasoning" not in page.content
    assert b"Harbour suggests" not in page.content
    assert staff.post(url, {"grouping": "thriving", "rationale": "x"}).status_code == 403


def test_the_directory_starts_from_the_guidance_and_overdue_referrals_reach_home(
    world, client_for
) -> None:
    page = client_for(Role.STAFF).get(reverse("pathways:directory"))
    assert b"Headstart Kernow" in page.content
    with scopes_disabled():
        count = Service.objects.filter(organisation=world.org_a).count()
        services.referral_create(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            service=world.service_a,
            sent_on=timezone.localdate() - datetime.timedelta(days=30),
        )
    client_for(Role.STAFF).get(reverse("pathways:directory"))
    with scopes_disabled():
        assert Service.objects.filter(organisation=world.org_a).count() == count  # once
    home = client_for(Role.DESIGNATED).get(reverse("core:home"))
    assert b"Referrals past their timescale" in home.content
    assert b"Early help hub" in home.content
