"""Every service that changes a child's record writes exactly the audit entries expected.

The test finds every public function in every `harbour/*/services.py` itself; a new service
without a call below fails the suite, so no write can slip past the audit trail. Most write
one entry; the import writes one per child plus a summary; a preview writes none.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from django.db import DatabaseError, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

import harbour
from harbour.accounts.roles import Role
from harbour.api import services as api_tokens
from harbour.api.models import ApiToken
from harbour.audit.models import AuditEntry
from harbour.audit.services import MASK
from harbour.children import services as children
from harbour.children.models import KeyAdult
from harbour.children.upn import make_upn
from harbour.guidance import services as guidance
from harbour.observations import services as observations
from harbour.plans import services as plans
from harbour.profiles import services as profiles
from harbour.profiles.models import Profile, Rating, WarningSignRecord
from harbour.reports import services as reports
from tests.world import World

# Modules whose functions are not child-record writes.
NOT_CHILD_WRITES = {
    "harbour.audit.services",
    "harbour.notifications.services",  # notifications hold no child data, only kind and a link
}
# Written by a parent or carer about their own child (the actor is the parent).
ACTED_BY_A_PARENT = {"parent.invitation.accepted", "parent.views.submitted"}
# Audited writes that concern the organisation or a member of staff, not one child.
NOT_ABOUT_ONE_CHILD = {
    "api.token.created",
    "api.token.revoked",
    "children.import.applied",
    "guidance.intervention.created",
    "guidance.feedback.created",
    "staff.training.recorded",
    "staff.reflective_group.recorded",
    "staff.wellbeing.recorded",
    "group.created",
    "group.updated",
    "observation.setting.created",
    "observation.setting.updated",
    "pathways.services.seeded",
    "pathways.service.saved",
    "reports.group.viewed",
    "reports.group.exported",
    "retention.overview.viewed",  # names and dates across the setting's CP files
    "safeguarding.concerns.listed",  # which children have concerns, across the setting
    "safeguarding.closure.added",  # the setting's closure days (not school days)
    "safeguarding.closure.removed",
}


def service_functions() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for module_info in pkgutil.walk_packages(harbour.__path__, "harbour."):
        if not module_info.name.endswith(".services") or module_info.name in NOT_CHILD_WRITES:
            continue
        module = importlib.import_module(module_info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                found[f"{module.__name__}.{name}"] = fn
    return found


def import_file(world: World) -> bytes:
    """One new child and one change to child_a (found by UPN): two entries plus a summary."""
    child = world.child_a
    assert child is not None
    return (
        "UPN,Surname,Forename,Preferred Name,DOB\n"
        f"{make_upn(123, 4567, 18, 2)},Cedar,Cara,,04/05/2016\n"
        f"{child.upn},{child.legal_last_name},{child.legal_first_name},Addy,"
        f"{child.date_of_birth:%d/%m/%Y}\n"
    ).encode()


def draft_profile(world: World, *, rated: bool = False) -> Profile:
    """A draft skills profile for child_a, made without a service (so without an entry)."""
    profile = Profile.objects.create(
        organisation=world.org_a, child=world.child_a, framework_version="1", age_stage="middle"
    )
    if rated:
        Rating.objects.create(
            organisation=world.org_a,
            profile=profile,
            item_id="skill.prosocial.empathy",
            value=2,
        )
    return profile


def bare_plan(world: World) -> Any:
    """A plan for child_a at version 1, made without a service (so without an entry)."""
    from harbour.plans.models import Plan, PlanVersion

    plan = Plan.objects.create(
        organisation=world.org_a, child=world.child_a, next_review_on=timezone.localdate()
    )
    PlanVersion.objects.create(organisation=world.org_a, plan=plan, number=1, content={})
    return plan


def calls(world: World) -> dict[str, tuple[list[str], Callable[[], Any]]]:
    """service path -> (the action codes it must write, a call that performs the write)."""
    lead = world.user(Role.LEAD)
    child = world.child_a
    dob = datetime.date(2016, 5, 4)
    return {
        **safeguarding_calls(world),
        **voices_and_staff_calls(world),
        "harbour.reports.services.report_export_downloaded": (
            ["reports.export.downloaded"],
            lambda: reports.report_export_downloaded(
                organisation=world.org_a, actor=lead, figure="Getting help", child_ids=[child.pk]
            ),
        ),
        # One entry per setting in the group; the world's group here is org A alone.
        "harbour.reports.services.group_report_viewed": (
            ["reports.group.viewed"],
            lambda: reports.group_report_viewed(
                organisations=[world.org_a], actor=lead, group_slug="alder-trust"
            ),
        ),
        "harbour.reports.services.group_report_exported": (
            ["reports.group.exported"],
            lambda: reports.group_report_exported(
                organisations=[world.org_a], actor=lead, group_slug="alder-trust", file_format="csv"
            ),
        ),
        "harbour.api.services.api_token_create": (
            ["api.token.created"],
            lambda: api_tokens.api_token_create(
                organisation=world.org_a, actor=lead, name="MIS", scopes=["roster:read"]
            ),
        ),
        "harbour.api.services.api_token_revoke": (
            ["api.token.revoked"],
            lambda: api_tokens.api_token_revoke(
                token=ApiToken.objects.create(  # made without a service, so without an entry
                    organisation=world.org_a, name="MIS", prefix="hbr_", token_hash="0" * 64
                ),
                actor=lead,
            ),
        ),
        "harbour.children.services.children_import_preview": (
            [],  # a preview reads only
            lambda: children.children_import_preview(
                organisation=world.org_a, data=import_file(world)
            ),
        ),
        "harbour.children.services.children_import_apply": (
            ["child.imported", "child.imported", "children.import.applied"],
            lambda: children.children_import_apply(
                organisation=world.org_a,
                actor=lead,
                plan=children.children_import_preview(
                    organisation=world.org_a, data=import_file(world)
                ),
            ),
        ),
        "harbour.guidance.services.intervention_create": (
            ["guidance.intervention.created"],
            lambda: guidance.intervention_create(
                organisation=world.org_a,
                actor=lead,
                title="Circle time",
                summary="",
                sections={"introduction": "Weekly circle"},
            ),
        ),
        "harbour.guidance.services.intervention_feedback_create": (
            ["guidance.feedback.created"],
            lambda: guidance.intervention_feedback_create(
                intervention=world.intervention_a,
                membership=world.members[Role.LEAD],
                rating=4,
                comment="",
            ),
        ),
        "harbour.guidance.services.training_record_create": (
            ["staff.training.recorded"],
            lambda: guidance.training_record_create(
                membership=world.members[Role.LEAD],
                course="PACE introduction",
                completed_on=datetime.date(2026, 9, 1),
            ),
        ),
        "harbour.children.services.group_save": (
            ["group.created", "child.group.joined"],
            lambda: children.group_save(
                organisation=world.org_a,
                actor=lead,
                name="Year 3 Ash",
                kind="class",
                children=[child],
                staff=[world.members[Role.STAFF]],
            ),
        ),
        "harbour.children.services.child_create": (
            ["child.created"],
            lambda: children.child_create(
                organisation=world.org_a,
                actor=lead,
                data={"legal_first_name": "Cara", "legal_last_name": "Cedar", "date_of_birth": dob},
            ),
        ),
        "harbour.children.services.child_update": (
            ["child.updated"],
            lambda: children.child_update(
                child=child,
                actor=lead,
                data={"safe_place": "The library"},
                expected_version=child.version,
            ),
        ),
        "harbour.children.services.key_adult_add": (
            ["child.key_adult.added"],
            lambda: children.key_adult_add(
                child=child, membership=world.members[Role.DESIGNATED], actor=lead
            ),
        ),
        "harbour.children.services.key_adult_remove": (
            ["child.key_adult.removed"],
            lambda: children.key_adult_remove(
                key_adult=KeyAdult.objects.get(pk=world.key_adult_a.pk), actor=lead
            ),
        ),
        "harbour.children.services.child_share_create": (
            ["child.share.created"],
            lambda: children.child_share_create(
                child=child,
                membership=world.members[Role.PROFESSIONAL],
                expires_on=timezone.localdate() + datetime.timedelta(days=7),
                reason="",
                actor=lead,
            ),
        ),
        "harbour.observations.services.observation_create": (
            ["observation.created"],
            lambda: observations.observation_create(
                organisation=world.org_a,
                actor=lead,
                children=[(child, "focus")],
                data={"what_happened": "Ada seemed calmer after a walk."},
            ),
        ),
        "harbour.observations.services.observation_update": (
            ["observation.updated"],
            lambda: observations.observation_update(
                observation=world.observation_a,
                actor=lead,
                data={"what_happened": "Ada seemed overwhelmed by the noise."},
                expected_version=world.observation_a.version,
            ),
        ),
        "harbour.observations.services.observation_delete": (
            ["observation.deleted"],
            lambda: observations.observation_delete(observation=world.observation_a, actor=lead),
        ),
        "harbour.observations.services.observation_restore": (
            ["observation.restored"],
            lambda: observations.observation_restore(observation=world.observation_a, actor=lead),
        ),
        "harbour.observations.services.observation_safeguarding_viewed": (
            ["observation.safeguarding.viewed"],
            lambda: observations.observation_safeguarding_viewed(
                observation=world.observation_a, actor=lead
            ),
        ),
        "harbour.observations.services.setting_create": (
            ["observation.setting.created"],
            lambda: observations.setting_create(
                organisation=world.org_a, actor=lead, label="Forest school"
            ),
        ),
        "harbour.observations.services.setting_set_hidden": (
            ["observation.setting.updated"],
            lambda: observations.setting_set_hidden(
                organisation=world.org_a, actor=lead, slug="assembly", hidden=True
            ),
        ),
        "harbour.plans.services.plan_create": (
            ["plan.created"],
            lambda: plans.plan_create(child=child, actor=lead, content={"goals": ["Ask for help"]}),
        ),
        "harbour.plans.services.plan_save": (
            ["plan.version.saved"],
            lambda: plans.plan_save(
                plan=bare_plan(world), actor=lead, content={"goals": ["Wait"]}, base_version=1
            ),
        ),
        "harbour.plans.services.plan_review_record": (
            ["plan.review.created"],
            lambda: plans.plan_review_record(
                plan=bare_plan(world),
                actor=lead,
                held_on=timezone.localdate(),
                attended="Key adult",
                goal_progress=[{"goal": "Wait", "rating": 3}],
                what_changed="",
                child_views="",
                parent_views="",
            ),
        ),
        "harbour.profiles.services.profile_create": (
            ["profile.created"],
            lambda: profiles.profile_create(child=child, actor=lead),
        ),
        "harbour.profiles.services.profile_rate": (
            ["profile.rated"],
            lambda: profiles.profile_rate(
                profile=draft_profile(world),
                actor=lead,
                ratings={"skill.prosocial.empathy": 3, "skill.prosocial.flexible": None},
                notes="Kind to a new classmate",
            ),
        ),
        "harbour.profiles.services.profile_complete": (
            ["profile.completed"],
            lambda: profiles.profile_complete(profile=draft_profile(world, rated=True), actor=lead),
        ),
        "harbour.profiles.services.profiles_screen_group": (
            ["profile.screened"],  # one per child rated; child_a2 rated nothing, so none
            lambda: profiles.profiles_screen_group(
                organisation=world.org_a,
                actor=lead,
                children=[child, world.child_a2],
                ratings={child.pk: {"domain.feelings": 1}, world.child_a2.pk: {}},
            ),
        ),
        "harbour.profiles.services.factors_update": (
            ["child.factors.updated"],
            lambda: profiles.factors_update(
                child=child,
                actor=lead,
                present=["ace.loss-separation", "protective.family.warm-parents"],
            ),
        ),
        "harbour.profiles.services.warning_sign_record": (
            ["child.warning_sign.recorded"],
            lambda: profiles.warning_sign_record(
                child=child,
                actor=lead,
                sign_id="warning.frustration",
                observed_on=timezone.localdate(),
                note="After PE",
            ),
        ),
        "harbour.profiles.services.warning_sign_resolve": (
            ["child.warning_sign.resolved"],
            lambda: profiles.warning_sign_resolve(
                record=WarningSignRecord.objects.create(
                    organisation=world.org_a,
                    child=child,
                    sign_id="warning.frustration",
                    observed_on=timezone.localdate() - datetime.timedelta(days=20),
                ),
                actor=lead,
                resolved_on=timezone.localdate(),
            ),
        ),
    }


def safeguarding_calls(world: World) -> dict[str, tuple[list[str], Callable[[], Any]]]:
    """Concerns, the CP file and its transfer, retention, levels of need and referrals."""
    import secrets

    from harbour.pathways import services as pathways
    from harbour.safeguarding import services as sg
    from harbour.safeguarding.bundle import build_bundle
    from harbour.safeguarding.models import (
        ClosurePeriod,
        CPImport,
        CPTransfer,
        LegalHold,
        RetentionReview,
    )
    from harbour.safeguarding.retention import anniversary

    lead = world.user(Role.LEAD)
    child = world.child_a
    assert child is not None

    def bundle() -> dict[str, Any]:
        return build_bundle(
            child=child,
            sender="Elsewhere School",
            token=secrets.token_urlsafe(8),
            sent_on=timezone.localdate(),
            sent_to=world.org_a.name,
            sent_by="Someone",
        )

    def confirm() -> Any:
        CPTransfer.objects.create(
            organisation=world.org_a, child=child, sent_to="x", token="tok-1", content_hash="h"
        )
        received = CPImport.objects.create(
            organisation=world.org_a, child=child, token="tok-1", content_hash="h", sender_name="x"
        )
        return sg.transfer_confirm(received=received, actor=lead)

    def destroy() -> Any:
        RetentionReview.objects.create(
            organisation=world.org_a,
            child=child,
            record_type="child_protection_file",
            reviewed_on=anniversary(child.date_of_birth, 25, leap_day="1 Mar"),
        )
        return sg.cp_file_destroy(
            child=child, actor=lead, today=anniversary(child.date_of_birth, 26)
        )

    p, s = "harbour.pathways.services.", "harbour.safeguarding.services."
    return {
        s + "concern_raise": (
            ["safeguarding.concern.raised"],
            lambda: sg.concern_raise(
                organisation=world.org_a, actor=lead, child=child, summary="A worry"
            ),
        ),
        s + "concern_viewed": (
            ["safeguarding.concern.viewed"],
            lambda: sg.concern_viewed(concern=world.concern_a, actor=lead),
        ),
        s + "concerns_listed": (
            ["safeguarding.concerns.listed"],
            lambda: sg.concerns_listed(organisation=world.org_a, actor=lead),
        ),
        s + "cp_file_viewed": (
            ["safeguarding.cp_file.viewed"],
            lambda: sg.cp_file_viewed(child=child, actor=lead),
        ),
        s + "concern_action_record": (
            ["safeguarding.concern.action.recorded"],
            lambda: sg.concern_action_record(
                concern=world.concern_a,
                actor=lead,
                kind="decision",
                text="Refer to MASH",
                reasons="Disclosure",
            ),
        ),
        s + "concern_close": (
            ["safeguarding.concern.closed"],
            lambda: sg.concern_close(concern=world.concern_a, actor=lead, reasons="Resolved"),
        ),
        s + "transfer_export": (
            ["safeguarding.transfer.exported"],
            lambda: sg.transfer_export(child=child, actor=lead, sent_to="Kestrel Academy"),
        ),
        s + "transfer_import": (
            ["safeguarding.transfer.imported"],
            lambda: sg.transfer_import(organisation=world.org_a, actor=lead, document=bundle()),
        ),
        s + "transfer_confirm": (
            ["safeguarding.transfer.receipt_confirmed", "safeguarding.transfer.confirmed"],
            confirm,
        ),
        s + "transfer_confirm_outside": (
            ["safeguarding.transfer.confirmed_outside"],
            lambda: sg.transfer_confirm_outside(
                transfer=CPTransfer.objects.create(  # made without a service: no entry
                    organisation=world.org_a,
                    child=child,
                    sent_to="Kestrel Academy",
                    token="tok-outside",
                    content_hash="h",
                ),
                actor=lead,
                confirmed_by="J Patel, DSL",
                confirmed_on=timezone.localdate(),
                how="Secure email from their DSL",
            ),
        ),
        s + "closure_period_add": (
            ["safeguarding.closure.added"],
            lambda: sg.closure_period_add(
                organisation=world.org_a,
                actor=lead,
                start=datetime.date(2026, 10, 26),
                end=datetime.date(2026, 10, 30),
                label="Autumn half-term",
            ),
        ),
        s + "closure_period_remove": (
            ["safeguarding.closure.removed"],
            lambda: sg.closure_period_remove(
                period=ClosurePeriod.objects.create(  # made without a service: no entry
                    organisation=world.org_a,
                    start=datetime.date(2026, 10, 26),
                    end=datetime.date(2026, 10, 30),
                    label="Autumn half-term",
                ),
                actor=lead,
            ),
        ),
        s + "legal_hold_place": (
            ["safeguarding.legal_hold.placed"],
            lambda: sg.legal_hold_place(child=child, actor=lead, reason="Subject access request"),
        ),
        s + "legal_hold_lift": (
            ["safeguarding.legal_hold.lifted"],
            lambda: sg.legal_hold_lift(
                hold=LegalHold.objects.create(  # made without a service, so without an entry
                    organisation=world.org_a, child=child, reason="Subject access request"
                ),
                actor=lead,
                reason="Request answered",
            ),
        ),
        s + "retention_viewed": (
            ["retention.viewed"],
            lambda: sg.retention_viewed(child=child, actor=lead),
        ),
        s + "retention_overview_viewed": (
            ["retention.overview.viewed"],
            lambda: sg.retention_overview_viewed(organisation=world.org_a, actor=lead),
        ),
        s + "retention_review_record": (
            ["retention.reviewed"],
            lambda: sg.retention_review_record(
                child=child, actor=lead, record_type="child_protection_file"
            ),
        ),
        s + "cp_file_destroy": (["retention.destroyed"], destroy),
        p + "need_decide": (
            ["pathways.need.decided"],
            lambda: pathways.need_decide(
                child=child, actor=lead, grouping="getting-help", rationale="Agreed at review"
            ),
        ),
        p + "services_seed": (
            ["pathways.services.seeded"],
            lambda: pathways.services_seed(organisation=world.org_a, actor=lead),
        ),
        p + "service_save": (
            ["pathways.service.saved"],
            lambda: pathways.service_save(
                organisation=world.org_a,
                actor=lead,
                service=world.service_a,
                data={"locality": "Truro"},
            ),
        ),
        p + "referral_create": (
            ["pathways.referral.created"],
            lambda: pathways.referral_create(child=child, actor=lead, service=world.service_a),
        ),
        p + "referral_update": (
            ["pathways.referral.updated"],
            lambda: pathways.referral_update(
                referral=world.referral_a, actor=lead, status="acknowledged"
            ),
        ),
    }


def test_every_service_is_covered_by_this_test(world) -> None:
    missing = sorted(set(service_functions()) - set(calls(world)))
    assert not missing, f"Add these services to the audit completeness test: {missing}"


@pytest.mark.parametrize("path", sorted(service_functions()))
def test_each_service_writes_the_expected_audit_entries(world, path: str) -> None:
    actions, call = calls(world)[path]
    with scopes_disabled():
        before = AuditEntry.objects.count()
        call()
        new = AuditEntry.objects.count() - before
        entries = list(AuditEntry.objects.order_by("-id")[:new]) if new else []
    assert sorted(e.action for e in entries) == sorted(actions), (
        f"{path} wrote {[e.action for e in entries]}, expected {actions}"
    )
    for entry in entries:
        assert entry.organisation_id == world.org_a.pk
        assert entry.child_id == world.child_a.pk or entry.action in (
            "child.created",
            "child.imported",
            *NOT_ABOUT_ONE_CHILD,
        )
        assert entry.child_id is not None or entry.action in NOT_ABOUT_ONE_CHILD
        if entry.action in ACTED_BY_A_PARENT:  # a parent acts for themselves, not the lead
            assert entry.actor_id is not None
        else:
            assert entry.actor_id == world.user(Role.LEAD).pk
        assert entry.at.tzinfo is not None


def test_sensitive_values_are_masked_in_the_trail(world) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=None,
            data={"safe_place": "Secret garden", "year_group": 4},
            expected_version=world.child_a.version,
        )
        entry = AuditEntry.objects.filter(action="child.updated").latest("id")
    assert entry.changes["safe_place"][1] == MASK
    assert "Secret garden" not in str(entry.changes)
    assert entry.changes["year_group"] == [3, 4]


def test_audit_entries_cannot_be_changed_or_deleted(world) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=None,
            data={"safe_place": "x"},
            expected_version=world.child_a.version,
        )
        entry = AuditEntry.objects.latest("id")
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).update(action="tampered.entry")
        with pytest.raises(DatabaseError), transaction.atomic():
            AuditEntry.objects.filter(pk=entry.pk).delete()
        assert AuditEntry.objects.get(pk=entry.pk).action == "child.updated"


def test_a_failed_write_leaves_no_audit_entry(world) -> None:
    with scopes_disabled():
        before = AuditEntry.objects.count()
        with pytest.raises(children.ConcurrentEditError):
            children.child_update(
                child=world.child_a,
                actor=None,
                data={"safe_place": "x"},
                expected_version=world.child_a.version + 5,
            )
        assert AuditEntry.objects.count() == before


def test_the_lead_can_browse_and_filter_the_trail(world, client_for) -> None:
    with scopes_disabled():
        children.child_update(
            child=world.child_a,
            actor=world.user(Role.LEAD),
            data={"safe_place": "y"},
            expected_version=world.child_a.version,
        )
    page = client_for(Role.LEAD).get("/audit/?action=child.updated")
    assert page.status_code == 200
    assert b"child.updated" in page.content
    assert b"child.created" not in client_for(Role.LEAD).get("/audit/?action=child.upd").content


def voices_and_staff_calls(world: World) -> dict[str, tuple[list[str], Callable[[], Any]]]:
    """Children's check-ins, parents' invitations and views, reflective practice, wellbeing."""
    from harbour.staff import services as staff
    from harbour.voices import services as voices

    lead = world.user(Role.LEAD)
    child = world.child_a
    assert child is not None

    def accept() -> Any:
        from harbour.voices.models import ParentInvitation
        from harbour.voices.services import _token_hash

        ParentInvitation.objects.create(
            organisation=world.org_a,
            child=child,
            email="carer@alder.example",
            token_hash=_token_hash("audit-token"),
            expires_at=timezone.now() + datetime.timedelta(days=1),
        )
        return voices.parent_invitation_accept(
            token="audit-token", full_name="A Carer", password="a-long-test-password-2"
        )

    return {
        "harbour.voices.services.checkin_create": (
            ["child.checkin.created"],
            lambda: voices.checkin_create(
                child=child, feeling=2, why="Tired", wants_to_talk=True, via="kiosk", actor=lead
            ),
        ),
        "harbour.voices.services.parent_invitation_create": (
            ["parent.invitation.created"],
            lambda: voices.parent_invitation_create(
                child=child, email="new.parent@alder.example", actor=lead
            ),
        ),
        "harbour.voices.services.invitation_for_token": (
            [],  # a read: finds a pending invitation by its link
            lambda: pytest.raises(voices.InvitationError, voices.invitation_for_token, "nope"),
        ),
        "harbour.voices.services.parent_invitation_accept": (
            ["parent.invitation.accepted"],
            accept,
        ),
        "harbour.voices.services.parent_views_submit": (
            ["parent.views.submitted"],
            lambda: voices.parent_views_submit(
                membership=world.members[Role.PARENT], child=child, going_well="Reading at bedtime"
            ),
        ),
        "harbour.staff.services.reflective_session_create": (
            ["staff.reflective_group.recorded"],
            lambda: staff.reflective_session_create(
                membership=world.members[Role.LEAD],
                held_on=timezone.localdate(),
                themes="Staying curious when we feel rejected",
                attendees=[world.members[Role.STAFF]],
                actor=lead,
            ),
        ),
        "harbour.staff.services.wellbeing_checkin_create": (
            ["staff.wellbeing.recorded"],
            lambda: staff.wellbeing_checkin_create(
                membership=world.members[Role.LEAD], score=3, note="Long week"
            ),
        ),
    }
